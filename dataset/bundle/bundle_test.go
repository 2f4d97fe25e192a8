package bundle

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/hebel-project/hebel/internal/sharedtest"

	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset"
)

func TestLoad(t *testing.T) {
	w, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Flows) < 100000 || len(w.Ties) < 1000 || len(w.Indicators) < 1000 {
		t.Errorf("bundle too small: %d flows, %d ties, %d indicators", len(w.Flows), len(w.Ties), len(w.Indicators))
	}
	if Size() > 3<<20 {
		t.Errorf("bundle is %d bytes, want < 3 MiB", Size())
	}
	for _, id := range []string{dataset.IDGSDB, dataset.IDTIES, dataset.IDFBIC} {
		if _, ok := w.Sources[id]; ok {
			t.Errorf("bundle ships %s, whose licence does not allow it", id)
		}
	}
	var chnPRK bool
	for _, f := range w.Flows {
		if f.Year == 2014 && f.From == "CHN" && f.To == "PRK" && f.Value == 3883 && f.Prov.Dataset == dataset.IDCOWTradeDyadic && f.Prov.Row > 1 {
			chnPRK = true
		}
		if _, ok := w.Sources[f.Prov.Dataset]; !ok {
			t.Fatalf("flow from undescribed dataset %q", f.Prov.Dataset)
		}
	}
	if !chnPRK {
		t.Error("CHN→PRK 2014 trade flow missing")
	}
}

func TestRoundTrip(t *testing.T) {
	w := &hebel.World{
		Sources: map[string]hebel.DatasetInfo{"x": {Name: "X", Version: "1"}},
		Flows: []hebel.Flow{{Year: 2014, From: "CHN", To: "PRK", Channel: hebel.ChannelTrade, Value: 3883, Unit: "USD million",
			Prov: hebel.Provenance{Dataset: "x", Version: "1", File: "f.csv", Row: 7}},
			{Year: 2013, From: "RUS", To: "PRK", Value: 0.1 + 0.2, Note: "n", ClaimID: "c", Prov: hebel.Provenance{Row: 3, URL: "u"}}},
		Ties: []hebel.Tie{{Kind: "defense", From: "CHN", To: "PRK", Start: 1961, End: 2018, Value: -1.5,
			Attributes: map[string]string{"a": "b"}, Prov: hebel.Provenance{Dataset: "x", Row: 2}}},
		Indicators: []hebel.Indicator{{Country: "PRK", Year: 2010, Name: "cereal_imports", Value: 1e300, Unit: "kt"}},
	}
	var buf bytes.Buffer
	if err := Encode(&buf, w); err != nil {
		t.Fatal(err)
	}
	got, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, w) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, w)
	}
}

func FuzzDecode(f *testing.F) {
	var buf bytes.Buffer
	Encode(&buf, &hebel.World{Flows: []hebel.Flow{{Year: 1, From: "A"}}, Ties: []hebel.Tie{{Attributes: map[string]string{"k": "v"}}}})
	f.Add(buf.Bytes())
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		Decode(b) // must not panic
	})
}

// TestMatchesLoadDir checks bundle rows against the shared files.
func TestMatchesLoadDir(t *testing.T) {
	root := sharedtest.Dir(t, "data", "world")
	if testing.Short() {
		t.Skip("loads every shared dataset")
	}
	full, _ := dataset.LoadDir(root)
	b, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		ds, file string
		row      int
		a, c     string
	}
	type fkey struct {
		key
		year int
		ch   hebel.Channel
		unit string
	}
	flows := map[fkey]hebel.Flow{}
	for _, f := range full.Flows {
		flows[fkey{key{f.Prov.Dataset, f.Prov.File, f.Prov.Row, f.From, f.To}, f.Year, f.Channel, f.Unit}] = f
	}
	for i := 0; i < len(b.Flows); i += 997 {
		f := b.Flows[i]
		g, ok := flows[fkey{key{f.Prov.Dataset, f.Prov.File, f.Prov.Row, f.From, f.To}, f.Year, f.Channel, f.Unit}]
		if !ok || !reflect.DeepEqual(f, g) {
			t.Errorf("bundle flow %+v\n  LoadDir %+v (found %v)", f, g, ok)
		}
	}
	inds := map[key]hebel.Indicator{}
	for _, x := range full.Indicators {
		inds[key{x.Prov.Dataset, x.Prov.File, x.Prov.Row, x.Country, x.Name}] = x
	}
	for i := 0; i < len(b.Indicators); i += 311 {
		x := b.Indicators[i]
		y, ok := inds[key{x.Prov.Dataset, x.Prov.File, x.Prov.Row, x.Country, x.Name}]
		if !ok || !reflect.DeepEqual(x, y) {
			t.Errorf("bundle indicator %+v\n  LoadDir %+v", x, y)
		}
	}
	ties := map[key]hebel.Tie{}
	for _, x := range full.Ties {
		ties[key{x.Prov.Dataset + x.Kind, x.Prov.File, x.Prov.Row, x.From, x.To}] = x
	}
	for i := 0; i < len(b.Ties); i += 97 {
		x := b.Ties[i]
		y, ok := ties[key{x.Prov.Dataset + x.Kind, x.Prov.File, x.Prov.Row, x.From, x.To}]
		if !ok || !reflect.DeepEqual(x, y) {
			t.Errorf("bundle tie %+v\n  LoadDir %+v", x, y)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
