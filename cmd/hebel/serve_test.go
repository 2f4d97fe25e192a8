package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a Stderr the test reads while serve writes to it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var servingRE = regexp.MustCompile(`serving on (http://\S+)`)

// TestServe runs 'hebel serve' in-process on a free port, stores a
// document through the API, reads it back and stops the server with the
// context, as SIGINT does.
func TestServe(t *testing.T) {
	testServe(t, filepath.Join(t.TempDir(), "hebel.db"))
}

// testServe runs the serve test on the database db names.
func testServe(t *testing.T, db string) {
	var stderr lockedBuffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr, Getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- m.Run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--lang", "en", "--allow-writes"})
	}()

	var base string
	for deadline := time.Now().Add(10 * time.Second); base == ""; {
		if mm := servingRE.FindStringSubmatch(stderr.String()); mm != nil {
			base = mm[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}

	resp, err := http.Post(base+"/api/extract?store=1", "text/plain", strings.NewReader("The minister said on Monday that 500 soldiers would be sent."))
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Document struct{ ID string } `json:"document"`
	}
	err = json.NewDecoder(resp.Body).Decode(&rec)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusCreated || rec.Document.ID == "" {
		t.Fatalf("POST /api/extract?store=1: %d, %v", resp.StatusCode, err)
	}
	resp, err = http.Get(base + "/api/docs/" + rec.Document.ID[:len("sha256:")+12])
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET the stored document: %d", resp.StatusCode)
	}

	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Fatalf("serve exited %d after shutdown: %s", code, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop after its context was cancelled")
	}
	if !strings.Contains(stderr.String(), "stopped") {
		t.Errorf("no shutdown message: %s", stderr.String())
	}
}

// startServe runs 'hebel serve' with args in-process and returns its base
// URL; the server stops at the end of the test.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	var stderr lockedBuffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr, Getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			t.Error("serve did not stop")
		}
	})
	for deadline := time.Now().Add(10 * time.Second); ; {
		if mm := servingRE.FindStringSubmatch(stderr.String()); mm != nil {
			return mm[1]
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestServeReadOnly: without --allow-writes nothing is stored.
func TestServeReadOnly(t *testing.T) {
	base := startServe(t, "--db", filepath.Join(t.TempDir(), "hebel.db"), "--lang", "en")
	resp, err := http.Post(base+"/api/extract?store=1", "text/plain", strings.NewReader("The minister said 500 soldiers would be sent."))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("store=1 without --allow-writes: %d", resp.StatusCode)
	}
	resp, err = http.Post(base+"/api/extract", "application/pdf", strings.NewReader("abc"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnsupportedMediaType {
		t.Errorf("a PDF Content-Type: %d", resp.StatusCode)
	}
}

// TestServeWritesNeedToken: writes on a non-loopback address need a token.
func TestServeWritesNeedToken(t *testing.T) {
	var stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr, Getenv: func(string) string { return "" }}
	code := m.Run(context.Background(), []string{"serve", "--addr", "0.0.0.0:0", "--allow-writes", "--db", filepath.Join(t.TempDir(), "x.db")})
	if code != exitUsage || !strings.Contains(stderr.String(), envToken) {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
}

// TestServeNestedTables posts a page of deeply nested tables to the real
// extractor: the server answers (a record or an error) and keeps serving.
func TestServeNestedTables(t *testing.T) {
	base := startServe(t, "--db", filepath.Join(t.TempDir(), "hebel.db"))
	var page strings.Builder
	page.WriteString("<html><body>")
	const depth = 5000
	for i := 0; i < depth; i++ {
		page.WriteString("<table><tr><td>")
	}
	page.WriteString("Nordkorea schickt Soldaten.")
	for i := 0; i < depth; i++ {
		page.WriteString("</td></tr></table>")
	}
	page.WriteString("</body></html>")
	resp, err := http.Post(base+"/api/extract", "text/html", strings.NewReader(page.String()))
	if err != nil {
		t.Fatalf("nested tables: %v", err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	t.Logf("nested tables (%d deep, %d bytes): %d", depth, page.Len(), resp.StatusCode)
	if resp.StatusCode >= 500 {
		t.Errorf("nested tables: %d", resp.StatusCode)
	}
	resp, err = http.Get(base + "/healthz")
	if err != nil {
		t.Fatalf("after nested tables: %v", err)
	}
	resp.Body.Close()
}
