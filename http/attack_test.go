package http_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	nethttp "net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	hhttp "github.com/hebel-project/hebel/http"
)

// The attack suite: what a web page the user visits, or a client on the
// network, would try against a server on loopback. Each attack must be
// refused or bounded.

// liveServer runs srv on a loopback port with the given timeouts and
// returns its base URL.
func liveServer(t *testing.T, srv *hhttp.Server, to hhttp.Timeouts) string {
	t.Helper()
	ts := httptest.NewUnstartedServer(srv.Handler())
	hs := hhttp.NewHTTPServer(srv.Handler(), to, nil)
	ts.Config = hs
	ts.Start()
	t.Cleanup(ts.Close)
	return ts.URL
}

// send makes one request with the given headers and returns the status
// and body.
func send(t *testing.T, method, target string, hdr map[string]string, body string) (int, string) {
	t.Helper()
	req, err := nethttp.NewRequest(method, target, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	resp, err := nethttp.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, target, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func countDocs(t *testing.T, s hebel.RecordStore) int {
	t.Helper()
	_, total, err := s.FindDocuments(context.Background(), hebel.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return total
}

func TestAttackCrossSitePost(t *testing.T) {
	f := newFixture(t)
	base := liveServer(t, f.srv, hhttp.DefaultTimeouts())
	u, _ := url.Parse(base)
	attacks := []struct {
		name string
		hdr  map[string]string
	}{
		{"fetch from another site", map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site", "Content-Type": "text/plain"}},
		{"form from another site", map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site", "Content-Type": "application/x-www-form-urlencoded"}},
		{"same site, other origin", map[string]string{"Origin": "http://localhost:1", "Sec-Fetch-Site": "same-site", "Content-Type": "text/plain"}},
		{"old browser: Origin only", map[string]string{"Origin": "https://evil.example", "Content-Type": "text/plain"}},
		{"null origin (sandboxed frame)", map[string]string{"Origin": "null", "Content-Type": "text/plain"}},
	}
	for _, a := range attacks {
		st, body := send(t, "POST", base+"/api/extract?store=1", a.hdr, "Gespeichert von einer fremden Seite.")
		if st != 403 {
			t.Errorf("%s: status %d, want 403: %s", a.name, st, body)
		}
	}
	if n := countDocs(t, f.store); n != 0 {
		t.Fatalf("cross-site POSTs stored %d documents", n)
	}
	// The server's own pages and non-browser clients may write.
	own := map[string]string{"Origin": "http://" + u.Host, "Sec-Fetch-Site": "same-origin", "Content-Type": "text/plain"}
	if st, body := send(t, "POST", base+"/api/extract?store=1", own, "Von der eigenen Seite."); st != 201 {
		t.Errorf("same-origin POST: %d %s", st, body)
	}
	if st, body := send(t, "POST", base+"/api/extract?store=1", map[string]string{"Content-Type": "text/plain"}, "Von curl."); st != 201 {
		t.Errorf("non-browser POST: %d %s", st, body)
	}
}

func TestAttackForeignHost(t *testing.T) {
	f := newFixture(t, doc("Ein gespeichertes Dokument.", "de"))
	f.srv.Hosts = nil
	base := liveServer(t, f.srv, hhttp.DefaultTimeouts())
	u, _ := url.Parse(base)
	_, port, _ := net.SplitHostPort(u.Host)
	for _, host := range []string{"evil.example", "evil.example:" + port, "127.0.0.1.evil.example", "localhost.evil.example:" + port, "x"} {
		for _, target := range []string{"/api/docs", "/healthz", "/api/leverage/CHN/PRK"} {
			st, body := send(t, "GET", base+target, map[string]string{"Host": host}, "")
			if st != nethttp.StatusMisdirectedRequest || strings.Contains(body, "Ein gespeichertes") {
				t.Errorf("Host %s GET %s: %d %.100s", host, target, st, body)
			}
		}
	}
	for _, host := range []string{"127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port, "LOCALHOST"} {
		if st, body := send(t, "GET", base+"/api/docs", map[string]string{"Host": host}, ""); st != 200 {
			t.Errorf("Host %s: %d %s", host, st, body)
		}
	}
	f.srv.Hosts = []string{"hebel.example.org"}
	base = liveServer(t, f.srv, hhttp.DefaultTimeouts())
	if st, body := send(t, "GET", base+"/api/docs", map[string]string{"Host": "hebel.example.org"}, ""); st != 200 {
		t.Errorf("configured host: %d %s", st, body)
	}
}

func TestAttackWrites(t *testing.T) {
	f := newFixture(t)
	f.srv.AllowWrites = false
	base := liveServer(t, f.srv, hhttp.DefaultTimeouts())
	plain := map[string]string{"Content-Type": "text/plain"}
	if st, body := send(t, "POST", base+"/api/extract?store=1", plain, "Text."); st != 403 || !strings.Contains(body, "--allow-writes") {
		t.Errorf("write without --allow-writes: %d %s", st, body)
	}
	if st, _ := send(t, "POST", base+"/api/extract", plain, "Text."); st != 200 {
		t.Errorf("extraction without storing is a read: %d", st)
	}
	f.srv.AllowWrites, f.srv.Token = true, "s3cret-token"
	base = liveServer(t, f.srv, hhttp.DefaultTimeouts())
	for _, auth := range []string{"", "Bearer wrong", "Basic czNjcmV0LXRva2Vu", "Bearer ", "s3cret-token"} {
		hdr := map[string]string{"Content-Type": "text/plain", "Authorization": auth}
		if st, body := send(t, "POST", base+"/api/extract?store=1", hdr, "Text."); st != 401 {
			t.Errorf("Authorization %q: %d %s", auth, st, body)
		}
	}
	if n := countDocs(t, f.store); n != 0 {
		t.Fatalf("refused writes stored %d documents", n)
	}
	hdr := map[string]string{"Content-Type": "text/plain", "Authorization": "Bearer s3cret-token"}
	if st, body := send(t, "POST", base+"/api/extract?store=1", hdr, "Text."); st != 201 {
		t.Errorf("write with the token: %d %s", st, body)
	}
}

// TestAttackSlowClient: a client that sends its headers or body slowly
// is cut off by the read timeouts, not served for ever.
func TestAttackSlowClient(t *testing.T) {
	f := newFixture(t)
	to := hhttp.Timeouts{ReadHeader: 300 * time.Millisecond, Read: 600 * time.Millisecond, Write: 5 * time.Second, Idle: time.Second}
	base := liveServer(t, f.srv, to)
	u, _ := url.Parse(base)
	for _, tt := range []struct {
		name, send string
	}{
		{"slow headers", "POST /api/extract HTTP/1.1\r\nHost: " + u.Host + "\r\n"},
		{"slow body", "POST /api/extract HTTP/1.1\r\nHost: " + u.Host + "\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nEin Anfang"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := net.Dial("tcp", u.Host)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if _, err := io.WriteString(c, tt.send); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			// Keep trickling one byte now and then, never finishing.
			done := make(chan struct{})
			go func() {
				for {
					select {
					case <-done:
						return
					case <-time.After(100 * time.Millisecond):
						if _, err := c.Write([]byte("x")); err != nil {
							return
						}
					}
				}
			}()
			defer close(done)
			_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
			_, err = io.ReadAll(bufio.NewReader(c))
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				t.Fatalf("the server still held the connection after %v", time.Since(start))
			}
			t.Logf("%s: connection ended after %v", tt.name, time.Since(start).Round(time.Millisecond))
		})
	}
	if n := countDocs(t, f.store); n != 0 {
		t.Errorf("slow requests stored %d documents", n)
	}
}

// TestAttackAbandonedRequest: when the client hangs up, the extraction is
// told through its context and its slot is freed for the next request.
func TestAttackAbandonedRequest(t *testing.T) {
	var started, canceled atomic.Int32
	release := make(chan struct{})
	srv := &hhttp.Server{
		AllowWrites:  true,
		ExtractSlots: 1,
		Logger:       slog.New(slog.DiscardHandler),
		Extract: func(ctx context.Context, name, format string, data []byte) (*hebel.Record, error) {
			if string(data) == "quick" {
				return doc("quick", "en"), nil
			}
			started.Add(1)
			select {
			case <-ctx.Done():
				canceled.Add(1)
				return nil, ctx.Err()
			case <-release:
				return doc(string(data), "en"), nil
			}
		},
	}
	defer close(release)
	base := liveServer(t, srv, hhttp.DefaultTimeouts())
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		req, _ := nethttp.NewRequestWithContext(ctx, "POST", base+"/api/extract", strings.NewReader(fmt.Sprintf("slow %d", i)))
		req.Header.Set("Content-Type", "text/plain")
		errc := make(chan error, 1)
		go func() {
			resp, err := nethttp.DefaultClient.Do(req)
			if err == nil {
				resp.Body.Close()
			}
			errc <- err
		}()
		deadline := time.Now().Add(5 * time.Second)
		for started.Load() != int32(i+1) && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		cancel() // the client hangs up
		<-errc
		for canceled.Load() != int32(i+1) && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		if got := canceled.Load(); got != int32(i+1) {
			t.Fatalf("abandoned request %d: extraction not canceled (%d canceled)", i, got)
		}
	}
	// The one slot is free again.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := nethttp.NewRequestWithContext(ctx, "POST", base+"/api/extract", strings.NewReader("quick"))
	req.Header.Set("Content-Type", "text/plain")
	resp, err := nethttp.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("after abandoned requests: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("after abandoned requests: %d", resp.StatusCode)
	}
}

// TestAttackAbsurdParameters: every parameter is checked; nothing answers
// 200 with an empty body or 500.
func TestAttackAbsurdParameters(t *testing.T) {
	f := newFixture(t, doc("Ein Text.", "de"))
	f.srv.StateName = func(c string) (string, bool) {
		switch c {
		case "CHN", "PRK", "RUS", "BLR":
			return c, true
		}
		return "", false
	}
	long := strings.Repeat("x", 4000)
	for _, target := range []string{
		"/api/leverage/CHN/PRK?headroom=1e300",
		"/api/leverage/CHN/PRK?headroom=Inf",
		"/api/leverage/CHN/PRK?headroom=-0.1",
		"/api/leverage/CHN/PRK?export_share=2",
		"/api/leverage/CHN/PRK?year=99999",
		"/api/leverage/CHN/PRK?year=1e3",
		"/api/leverage/XXX/PRK",
		"/api/leverage/CHN/XXX",
		"/api/leverage/CH/PRK",
		"/api/leverage/C%C3%9CN/PRK",
		"/api/leverage/CHN/PRK?years=2014",
		"/api/rank/XXX",
		"/api/rank/CHN?limit=1000000",
		"/api/whatif",
		"/api/whatif?cut=CHN",
		"/api/whatif?cut=CHN:XXX:oil",
		"/api/whatif?cut=CHN:PRK:plutonium",
		"/api/whatif?cut=CHN:PRK&headroom=1e300",
		"/api/whatif?cut=CHN:PRK&substitute=RUS,XXX",
		"/api/whatif?cut=CHN:PRK&enforce=maybe",
		"/api/docs?limit=1000000000",
		"/api/docs?offset=99999999999",
		"/api/docs?lang=deutsch",
		"/api/docs?from=2024-13-01",
		"/api/docs?from=2025&to=2024",
		"/api/docs?to=10000-01-01",
		"/api/docs/abc",
		"/api/docs/" + strings.Repeat("a", 70),
		"/api/search?q=" + long,
		"/api/search?q=%00",
		"/api/search?limit=0",
		"/api/actors?type=alien",
		"/api/relations?from=yesterday",
		"/api/graph?max_nodes=100000",
		"/api/records?limit=1000",
		"/healthz?x=1",
	} {
		w := f.do(t, "GET", target, "", "")
		if w.Code != 400 {
			t.Errorf("GET %s: %d, want 400: %.200s", target, w.Code, w.Body)
			continue
		}
		if msg := errorBody(t, w); len(msg) < 10 {
			t.Errorf("GET %s: message %q says too little", target, msg)
		}
	}
	for _, ct := range []string{"application/pdf", "image/png", "application/json", "multipart/form-data; boundary=x", "text/plain; charset=koi8-r"} {
		w := f.do(t, "POST", "/api/extract", ct, "abc")
		if w.Code != 415 {
			t.Errorf("POST Content-Type %s: %d, want 415: %s", ct, w.Code, w.Body)
		}
	}
}

// TestNoLeaks: error answers carry no stack traces, file paths or driver
// detail.
func TestNoLeaks(t *testing.T) {
	f := newFixture(t)
	f.store.fail = fmt.Errorf("opening /var/lib/hebel/hebel.db: database disk image is malformed (goroutine 7 [running]: main.go:42)")
	for _, target := range []string{"/api/docs", "/api/docs/sha256:0123456789", "/api/records"} {
		w := f.do(t, "GET", target, "", "")
		body := w.Body.String()
		for _, leak := range []string{"/var/lib", ".go:", "goroutine", "malformed", "sqlite"} {
			if strings.Contains(body, leak) {
				t.Errorf("GET %s leaks %q: %s", target, leak, body)
			}
		}
	}
	w := f.do(t, "POST", "/api/extract", "text/plain", "panic")
	if strings.Contains(w.Body.String(), "extractor bug") || strings.Contains(w.Body.String(), "goroutine") {
		t.Errorf("a panic leaks: %s", w.Body)
	}
}
