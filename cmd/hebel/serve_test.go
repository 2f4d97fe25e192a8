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
	go func() { done <- m.Run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--lang", "en"}) }()

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
