package metrics

import (
	"math"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestWrite(t *testing.T) {
	var b strings.Builder
	err := Write(&b, []Metric{
		One("hebel_worker_documents_done_total", "Documents stored.", Counter, 42),
		{Name: "hebel_worker_documents_total", Help: "By outcome,\nwith \\ escapes.", Type: Counter, Samples: []Sample{
			{Labels: map[string]string{"outcome": "stored", "a": `x"y`}, Value: 3},
			{Labels: map[string]string{"outcome": "unchanged"}, Value: 0.5},
		}},
		One("hebel_worker_rate", "Rate.", Gauge, math.Inf(1)),
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `# HELP hebel_worker_documents_done_total Documents stored.
# TYPE hebel_worker_documents_done_total counter
hebel_worker_documents_done_total 42
# HELP hebel_worker_documents_total By outcome,\nwith \\ escapes.
# TYPE hebel_worker_documents_total counter
hebel_worker_documents_total{a="x\"y",outcome="stored"} 3
hebel_worker_documents_total{outcome="unchanged"} 0.5
# HELP hebel_worker_rate Rate.
# TYPE hebel_worker_rate gauge
hebel_worker_rate +Inf
`
	if b.String() != want {
		t.Errorf("Write:\n%s\nwant\n%s", b.String(), want)
	}
}

func TestWriteInvalidName(t *testing.T) {
	for _, m := range []Metric{One("1abc", "", Gauge, 1), One("a-b", "", Gauge, 1),
		{Name: "ok", Type: Gauge, Samples: []Sample{{Labels: map[string]string{"a:b": "x"}}}}} {
		if err := Write(&strings.Builder{}, []Metric{m}); err == nil {
			t.Errorf("Write(%+v) = nil, want an error", m)
		}
	}
}

func TestHandler(t *testing.T) {
	rec := httptest.NewRecorder()
	Handler(func() []Metric { return []Metric{One("up", "Up.", Gauge, 1)} }).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 || rec.Header().Get("Content-Type") != ContentType || !strings.HasSuffix(rec.Body.String(), "up 1\n") {
		t.Errorf("handler: %d %q %q", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
}
