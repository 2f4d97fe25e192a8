package dating

import (
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		want time.Time
		prec hebel.Precision
		note string
	}{
		{"2024", day(2024, 1, 1), hebel.PrecisionYear, ""},
		{"2024-02 (inferred)", day(2024, 2, 1), hebel.PrecisionMonth, "inferred"},
		{" 2022 (inferred) ", day(2022, 1, 1), hebel.PrecisionYear, "inferred"},
		{"2024-10-13", day(2024, 10, 13), hebel.PrecisionDay, ""},
		{"2024-2-9", day(2024, 2, 9), hebel.PrecisionDay, ""},
		{"2024-02-29", day(2024, 2, 29), hebel.PrecisionDay, ""},
		{"2024-12-03T23:30:00-05:00", day(2024, 12, 4), hebel.PrecisionDay, ""},
		{"2024-12-03 08:00", day(2024, 12, 3), hebel.PrecisionDay, ""},
	}
	for _, c := range cases {
		got, prec, note, err := ParseDate(c.in)
		if err != nil || !got.Equal(c.want) || prec != c.prec || note != c.note {
			t.Errorf("ParseDate(%q) = %v %q %q %v, want %v %q %q", c.in, got, prec, note, err, c.want, c.prec, c.note)
		}
	}
	for _, bad := range []string{"", "(inferred)", "2023-02-29", "2024-02-31", "2024-13", "2024-00-10", "24-01-01",
		"März 2024", "2024/01/01", "2024-01-01-01", "2024-01 (open", "0000", "2024-1x"} {
		if _, _, _, err := ParseDate(bad); err == nil || hebel.ErrorCode(err) != hebel.EINVALID {
			t.Errorf("ParseDate(%q) = %v, want EINVALID", bad, err)
		}
	}
}

func TestOfferRanks(t *testing.T) {
	var doc hebel.Document
	if p := Offer(&doc, day(2024, 3, 3), hebel.Dating{Source: hebel.DateFromDateline, Precision: hebel.PrecisionDay}); p != nil {
		t.Fatalf("first offer: %v", p)
	}
	// A sidecar outranks a dateline; agreeing at the coarser precision is no conflict.
	if p := Offer(&doc, day(2024, 3, 1), hebel.Dating{Source: hebel.DateFromSidecar, Precision: hebel.PrecisionMonth}); p != nil {
		t.Errorf("agreeing sidecar: %v", p)
	}
	if doc.Dating.Source != hebel.DateFromSidecar || doc.DateLabel() != "2024-03" {
		t.Errorf("after sidecar: %+v %s", doc.Dating, doc.DateLabel())
	}
	// A lower-ranked source that disagrees is recorded, not taken.
	p := Offer(&doc, day(2023, 11, 2), hebel.Dating{Source: hebel.DateFromHTML, Precision: hebel.PrecisionDay})
	if p == nil || p.Code != hebel.ProblemDateConflict || !strings.Contains(p.Message, "kept the sidecar date") {
		t.Errorf("conflicting html: %+v", p)
	}
	if doc.DateLabel() != "2024-03" {
		t.Errorf("conflict changed the date: %s", doc.DateLabel())
	}
	// The flag outranks everything and still reports the clash.
	p = Offer(&doc, day(2025, 1, 1), hebel.Dating{Source: hebel.DateFromFlag, Precision: hebel.PrecisionYear})
	if p == nil || p.Code != hebel.ProblemDateConflict || doc.DateLabel() != "2025" {
		t.Errorf("flag: %+v %s", p, doc.DateLabel())
	}
	// A zero time offers nothing.
	if p := Offer(&doc, time.Time{}, hebel.Dating{Source: hebel.DateFromFlag}); p != nil || doc.DateLabel() != "2025" {
		t.Errorf("zero offer: %v %s", p, doc.DateLabel())
	}
}

func TestOfferUpperBound(t *testing.T) {
	crawl := hebel.Dating{Source: hebel.DateFromWARC, Precision: hebel.PrecisionDay, UpperBound: true}
	var doc hebel.Document
	Offer(&doc, day(2024, 5, 10), crawl)
	if doc.DateLabel() != "≤2024-05-10" {
		t.Fatalf("crawl date: %s", doc.DateLabel())
	}
	// A page date before the crawl replaces the bound without a problem.
	if p := Offer(&doc, day(2024, 5, 1), hebel.Dating{Source: hebel.DateFromHTML, Precision: hebel.PrecisionDay}); p != nil {
		t.Errorf("page before crawl: %v", p)
	}
	if doc.DateLabel() != "2024-05-01" || doc.Dating.UpperBound {
		t.Errorf("after page date: %s %+v", doc.DateLabel(), doc.Dating)
	}
	// A page date after the crawl is impossible: recorded as future_date.
	var doc2 hebel.Document
	Offer(&doc2, day(2024, 5, 10), crawl)
	p := Offer(&doc2, day(2024, 6, 1), hebel.Dating{Source: hebel.DateFromHTML, Precision: hebel.PrecisionDay})
	if p == nil || p.Code != hebel.ProblemFutureDate {
		t.Errorf("page after crawl: %+v", p)
	}
	// The same month as the crawl, at month precision, is not after it.
	var doc3 hebel.Document
	Offer(&doc3, day(2024, 5, 10), crawl)
	if p := Offer(&doc3, day(2024, 5, 1), hebel.Dating{Source: hebel.DateFromIndex, Precision: hebel.PrecisionMonth}); p != nil {
		t.Errorf("month of crawl: %v", p)
	}
}

func TestSidecarAndIndex(t *testing.T) {
	m, err := ParseSidecar([]byte(`{"published": "2024-12", "note": "dated by the events it reports", "title": "T", "extra": 1}`))
	if err != nil || !m.Published.Equal(day(2024, 12, 1)) || m.Precision != hebel.PrecisionMonth || m.Title != "T" || m.Note == "" {
		t.Errorf("sidecar: %+v %v", m, err)
	}
	m, _ = ParseSidecar([]byte(`{"date": "2024-02-31"}`))
	if !m.Published.IsZero() || !strings.Contains(m.Problem, "no day 31") {
		t.Errorf("impossible sidecar date: %+v", m)
	}
	if _, err := ParseSidecar([]byte(`[1,2]`)); err == nil {
		t.Error("array sidecar accepted")
	}
	idx, err := ParseIndex([]byte(`[
	 {"file": "de-dev-01.txt", "lang": "de", "url": "https://example.org/a", "date": "2024-02 (inferred)"},
	 {"file": "de-dev-02.txt", "date": ""},
	 {"url": "no file"}]`))
	if err != nil || len(idx) != 2 {
		t.Fatalf("index: %v %v", idx, err)
	}
	a := idx["de-dev-01.txt"]
	if a.Note != "inferred" || a.Precision != hebel.PrecisionMonth || a.URL != "https://example.org/a" || a.Lang != "de" {
		t.Errorf("entry: %+v", a)
	}
	if b := idx["de-dev-02.txt"]; !b.Published.IsZero() || b.Problem != "" {
		t.Errorf("empty date is unknown, not a problem: %+v", b)
	}
	if _, err := ParseIndex([]byte(`{"file": "x"}`)); err == nil {
		t.Error("object index accepted")
	}
}

func TestApply(t *testing.T) {
	doc := hebel.Document{Title: "kept"}
	m := Meta{Published: day(2024, 12, 1), Precision: hebel.PrecisionMonth, Note: "n", Title: "other", URL: "u"}
	if ps := Apply(&doc, m, hebel.DateFromSidecar, "a.txt.meta.json"); len(ps) != 0 {
		t.Errorf("problems: %v", ps)
	}
	if doc.Title != "kept" || doc.URL != "u" || doc.Dating.Note != "n" || doc.Dating.Source != hebel.DateFromSidecar {
		t.Errorf("doc: %+v", doc)
	}
	ps := Apply(&doc, Meta{Problem: "there is no day 31"}, hebel.DateFromIndex, "INDEX.json")
	if len(ps) != 1 || ps[0].Code != hebel.ProblemBadDate {
		t.Errorf("bad date: %v", ps)
	}
}

func TestSidecarNames(t *testing.T) {
	got := SidecarNames("examples/seed-article.de.txt")
	want := []string{"examples/seed-article.de.txt.meta.json", "examples/seed-article.de.meta.json"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("SidecarNames = %v", got)
	}
	if n := SidecarNames("README"); len(n) != 1 {
		t.Errorf("no extension: %v", n)
	}
	for name, want := range map[string]bool{"a/b.txt.meta.json": true, "INDEX.json": true, "x/INDEX.json": true, "b.txt": false, "index.json.txt": false} {
		if IsMetadataFile(name) != want {
			t.Errorf("IsMetadataFile(%q) != %v", name, want)
		}
	}
}
