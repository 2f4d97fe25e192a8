package main

import (
	"strings"
	"testing"
)

// TestExtractFeed runs extract on the RSS fixture: one record per item,
// the item without content reported on stderr and the exit code 1.
func TestExtractFeed(t *testing.T) {
	code, out, errOut := run(t, "", nil, "extract", "--format", "json", "../../testdata/feed/rss2.xml")
	if code != 1 || !strings.Contains(errOut, "item 3 has no title, link or content") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	recs := decodeAll(t, out)
	if len(recs) != 3 {
		t.Fatalf("got %d records, want 3", len(recs))
	}
	for i, want := range []struct{ source, url, lang, title string }{
		{"#item-1", "https://news.example.org/world/2024/03/drills.html", "en", "Japan and South Korea agree on joint naval drills"},
		{"#item-2", "https://news.example.org/world/2024/03/turbinen.html", "de", "Deutschland liefert Turbinen an Kanada"},
		{"#item-4", "https://news.example.org/world/2024/03/barley.html", "en", "China raises tariffs on Australian barley"},
	} {
		d := recs[i].Document
		if !strings.HasSuffix(d.Source, "rss2.xml"+want.source) || str(d.URL) != want.url || d.Lang != want.lang || str(d.Title) != want.title {
			t.Errorf("record %d: source %q url %q lang %q title %q", i, d.Source, str(d.URL), d.Lang, str(d.Title))
		}
		if len(recs[i].Entities) == 0 {
			t.Errorf("record %d: no entities", i)
		}
	}
}

// TestExtractAtom checks that every entry of the Atom fixture is a record.
func TestExtractAtom(t *testing.T) {
	code, out, errOut := run(t, "", nil, "extract", "../../testdata/feed/atom.xml")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	if recs := decodeAll(t, out); len(recs) != 3 {
		t.Errorf("got %d records, want 3", len(recs))
	}
}

// TestExtractWARC runs extract on both WARC fixtures: one record per HTML
// response, the truncated record reported with its offset.
func TestExtractWARC(t *testing.T) {
	for _, name := range []string{"small.warc", "small.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := run(t, "", nil, "extract", "../../testdata/warc/"+name)
			if code != 1 || !strings.Contains(errOut, name+"#record-7: record at offset") {
				t.Errorf("exit %d, stderr %q", code, errOut)
			}
			recs := decodeAll(t, out)
			if len(recs) != 2 {
				t.Fatalf("got %d records, want 2", len(recs))
			}
			for i, want := range []struct{ source, url, lang, entity string }{
				{"#record-3", "https://times.example.com/world/minerals-deal", "en", "CAN"},
				{"#record-4", "https://zeitung.example.de/politik/flugabwehr", "de", "POL"},
			} {
				d := recs[i].Document
				if !strings.HasSuffix(d.Source, name+want.source) || str(d.URL) != want.url || d.Lang != want.lang {
					t.Errorf("record %d: source %q url %q lang %q", i, d.Source, str(d.URL), d.Lang)
				}
				found := false
				for _, e := range recs[i].Entities {
					found = found || e.ID == want.entity
				}
				if !found {
					t.Errorf("record %d: entity %s missing", i, want.entity)
				}
			}
		})
	}
}

// TestIngestWARC stores one document per HTML response of a WARC file.
func TestIngestWARC(t *testing.T) {
	db := t.TempDir() + "/test.db"
	code, out, errOut := run(t, "", nil, "--db", db, "ingest", "../../testdata/warc/small.warc.gz")
	if code != 1 || strings.Count(out, "stored\t") != 2 || !strings.Contains(errOut, "small.warc.gz: 2 documents, 1 failed") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	code, out, _ = run(t, "", nil, "--db", db, "ingest", "../../testdata/warc/small.warc")
	if strings.Count(out, "unchanged\t") != 2 {
		t.Errorf("re-ingest: exit %d, stdout %s", code, out)
	}
}

// str dereferences an optional string of the public record.
func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
