package http_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"math"
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

// TestLeverageAsOf: ?as_of= answers as of that date (nothing later used),
// and a malformed date is a 400.
func TestLeverageAsOf(t *testing.T) {
	f := newFixture(t)
	w := f.do(t, "GET", "/api/leverage/RUS/DEU?as_of=2021-12-31", "", "")
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var p leverage.Pair
	if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil {
		t.Fatal(err)
	}
	gas := false
	for _, c := range p.Channels {
		if c.Year > 2021 {
			t.Errorf("%s: data of %d after the as-of date", c.Channel, c.Year)
		}
		if c.Channel == "gas" && c.FromA != nil && math.Round(c.FromA.Value) == 2161623 {
			gas = true
		}
	}
	if p.AsOf != "2021-12-31" || !gas {
		t.Errorf("as of %q, gas from Eurostat %v", p.AsOf, gas)
	}
	for _, q := range []string{"as_of=yesterday", "as_of=2021-13-01", "as_of=2021&year=2020"} {
		if w := f.do(t, "GET", "/api/leverage/RUS/DEU?"+q, "", ""); w.Code != 400 {
			t.Errorf("%s: status %d, want 400", q, w.Code)
		}
	}
}
