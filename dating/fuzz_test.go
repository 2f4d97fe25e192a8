package dating

import (
	"testing"

	"github.com/hebel-project/hebel"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024", "2024-02 (inferred)", "2024-02-31", "2024-12-03T08:00:00Z", "(", "2024-1-1 ()", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, p, _, err := ParseDate(s)
		if err != nil {
			if hebel.ErrorCode(err) != hebel.EINVALID {
				t.Fatalf("error code %q", hebel.ErrorCode(err))
			}
			return
		}
		if tm.IsZero() || p == "" || !hebel.Truncate(tm, p).Equal(tm) {
			t.Fatalf("ParseDate(%q) = %v %q: not the start of its unit", s, tm, p)
		}
	})
}

func FuzzParseMeta(f *testing.F) {
	f.Add([]byte(`{"published": "2024-12", "note": "x"}`))
	f.Add([]byte(`[{"file": "a.txt", "date": "2024-02 (inferred)"}, {"file": "../b", "date": "2024-02-31"}]`))
	f.Add([]byte(`[{"file": 3}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if m, err := ParseSidecar(data); err == nil {
			var doc hebel.Document
			Apply(&doc, m, hebel.DateFromSidecar, "x")
			if !doc.Undated() && doc.Dating.Precision == "" {
				t.Fatal("dated without precision")
			}
		}
		idx, err := ParseIndex(data)
		if err == nil {
			for k, m := range idx {
				if k == "" || (!m.Published.IsZero() && m.Problem != "") {
					t.Fatalf("entry %q: %+v", k, m)
				}
			}
		}
	})
}
