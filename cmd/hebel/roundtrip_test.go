package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel/internal/sharedtest"
)

// roundTripInputs lists every input the round trip reads: the repository's
// examples and test data, and news-dev and news-dev2 where ../shared is.
func roundTripInputs(t *testing.T) []string {
	var files []string
	for _, pattern := range []string{
		"../../examples/*", "testdata/golden/*.txt", "../../testdata/*/*",
	} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if dir := sharedtest.Find(); dir != "" {
		for _, set := range []string{"news-dev", "news-dev2"} {
			m, _ := filepath.Glob(filepath.Join(dir, "data", "eval", set, "*.txt"))
			files = append(files, m...)
		}
	} else {
		t.Log("../shared not found: the round trip reads the repository's inputs only")
	}
	var out []string
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.Mode().IsRegular() && !strings.HasSuffix(f, ".md") &&
			!strings.HasSuffix(f, ".golden") && !strings.HasSuffix(f, ".go") {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}

// TestExtractShowRoundTrip: for every input, 'hebel show' prints the record
// 'hebel extract' printed, field for field (the store keeps the whole
// public record; only the published time is kept to the microsecond).
func TestExtractShowRoundTrip(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rt.db")
	inputs := roundTripInputs(t)
	compared := 0
	seen := map[string]bool{} // the same text from two inputs is one document, stored with the first input's metadata
	for _, in := range inputs {
		_, out, _ := run(t, "", nil, "extract", "--format", "json", in)
		dec := json.NewDecoder(strings.NewReader(out))
		var extracted []map[string]any
		for dec.More() {
			var rec map[string]any
			if err := dec.Decode(&rec); err != nil {
				t.Fatalf("%s: decoding extract output: %v", in, err)
			}
			extracted = append(extracted, rec)
		}
		if len(extracted) == 0 {
			continue // refused input (binary, empty): nothing to store
		}
		if code, _, errOut := run(t, "", nil, "--db", db, "ingest", "-q", in); code != 0 && code != exitFailed {
			t.Fatalf("%s: ingest exit %d: %s", in, code, errOut)
		}
		for _, want := range extracted {
			id := want["document"].(map[string]any)["id"].(string)
			code, shown, errOut := run(t, "", nil, "--db", db, "show", "--format", "json", id)
			if code != 0 {
				t.Errorf("%s: show %s: exit %d: %s", in, id, code, errOut)
				continue
			}
			var got map[string]any
			if err := json.Unmarshal([]byte(shown), &got); err != nil {
				t.Fatalf("%s: decoding show output: %v", in, err)
			}
			if seen[id] {
				// stored from an earlier input (the same text under another
				// name): the store keeps that input's record, whose date
				// and the valid times resolved against it may differ, and
				// it was compared then
				continue
			}
			seen[id] = true
			if d := jsonDiff("", got, want); d != "" {
				t.Errorf("%s: show differs from extract at %s", in, d)
			}
			compared++
		}
	}
	if compared < 3 {
		t.Fatalf("compared %d records from %d inputs", compared, len(inputs))
	}
	t.Logf("%d records from %d inputs: show prints what extract printed", compared, len(inputs))
}

// jsonDiff returns the path of the first difference between two decoded
// JSON values, "" when equal. Published times compare to the microsecond.
func jsonDiff(path string, got, want any) string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return path
		}
		keys := map[string]bool{}
		for k := range w {
			keys[k] = true
		}
		for k := range g {
			keys[k] = true
		}
		for k := range keys {
			if k == "published" && path == ".document" {
				if !sameMicro(g[k], w[k]) {
					return path + ".published"
				}
				continue
			}
			if d := jsonDiff(path+"."+k, g[k], w[k]); d != "" {
				return d
			}
		}
		return ""
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return path
		}
		for i := range w {
			if d := jsonDiff(path+"["+strconv.Itoa(i)+"]", g[i], w[i]); d != "" {
				return d
			}
		}
		return ""
	}
	if !reflect.DeepEqual(got, want) {
		return path
	}
	return ""
}

func sameMicro(a, b any) bool {
	as, _ := a.(string)
	bs, _ := b.(string)
	if as == "" || bs == "" {
		return a == nil && b == nil || as == bs
	}
	ta, err1 := time.Parse(time.RFC3339Nano, as)
	tb, err2 := time.Parse(time.RFC3339Nano, bs)
	return err1 == nil && err2 == nil && ta.Truncate(1000).Equal(tb.Truncate(1000))
}
