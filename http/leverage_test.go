package http_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset/bundle"
	hhttp "github.com/hebel-project/hebel/http"
	"github.com/hebel-project/hebel/leverage"
)

// testWorld is the embedded world bundle, loaded once.
var testWorld = sync.OnceValues(bundle.Load)

// TestLeverage checks that the API answers what 'hebel leverage A B
// --format json' prints: the Pair of leverage.Analyze, indented.
func TestLeverage(t *testing.T) {
	f := newFixture(t)
	w0, err := testWorld()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		target string
		a, b   string
		year   int
		opts   func(*leverage.Options)
	}{
		{"/api/leverage/CHN/PRK", "CHN", "PRK", 0, nil},
		{"/api/leverage/chn/prk?year=2014", "CHN", "PRK", 2014, nil},
		{"/api/leverage/CHN/PRK?year=2014&headroom=0.5", "CHN", "PRK", 2014, func(o *leverage.Options) { o.Headroom = 0.5 }},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			w := f.do(t, "GET", tt.target, "", "")
			if w.Code != 200 {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			opts := leverage.DefaultOptions()
			// The route answers as of the end of ?year=, else as of today.
			now := time.Now().UTC()
			opts.AsOf = time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
			if tt.year > 0 {
				opts.AsOf = time.Date(tt.year, 12, 31, 0, 0, 0, 0, time.UTC)
			}
			if tt.opts != nil {
				tt.opts(&opts)
			}
			p, err := leverage.Analyze(w0, tt.a, tt.b, tt.year, opts)
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			if err := enc.Encode(p); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(w.Body.Bytes(), want.Bytes()) {
				t.Errorf("body differs from leverage.Analyze's JSON:\ngot  %.300s\nwant %.300s", w.Body, want.String())
			}
		})
	}
}

func TestLeverageWorldError(t *testing.T) {
	var log logBuffer
	s := &hhttp.Server{
		World:  func() (*hebel.World, error) { return nil, errors.New("bundle corrupt") },
		Logger: slog.New(slog.NewTextHandler(&log, nil)),
		Hosts:  []string{"example.com"},
	}
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/api/leverage/CHN/PRK", nil))
	if w.Code != 500 || errorBody(t, w) != "internal error" {
		t.Errorf("status %d: %s", w.Code, w.Body)
	}
	if !bytes.Contains(log.buf.Bytes(), []byte("bundle corrupt")) {
		t.Errorf("world error not logged: %s", log.String())
	}
}
