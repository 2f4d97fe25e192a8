package leverage

import (
	"encoding/json"
	"testing"

	"github.com/hebel-project/hebel"
)

// plainNumbers are JSON keys whose numbers are not figures: years, source
// IDs and rows, and the scenario's own parameters.
var plainNumbers = map[string]bool{"year": true, "start": true, "end": true, "id": true, "row": true,
	"headroom": true, "export_share": true}

// CheckProvenance walks a JSON result: every number must be the "value" of
// a figure whose "sources" list IDs of the result's "sources" table, each
// of which is a row of w (by provenance), a claim with its id, or an
// assumption with its text. It returns how many figures it checked.
func CheckProvenance(t *testing.T, data []byte, w *hebel.World) int {
	t.Helper()
	var root map[string]any
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatal(err)
	}
	rows := map[hebel.Provenance]bool{}
	for _, f := range w.Flows {
		rows[f.Prov] = true
	}
	for _, x := range w.Ties {
		rows[x.Prov] = true
	}
	for _, x := range w.Indicators {
		rows[x.Prov] = true
	}
	table := map[int]map[string]any{}
	srcs, _ := root["sources"].([]any)
	for _, s := range srcs {
		sm := s.(map[string]any)
		table[int(sm["id"].(float64))] = sm
	}
	resolve := func(path string, id int) {
		s, ok := table[id]
		if !ok {
			t.Errorf("%s: source %d not in the sources table", path, id)
			return
		}
		switch s["kind"] {
		case KindDataset:
			pj, _ := json.Marshal(s["provenance"])
			var p hebel.Provenance
			json.Unmarshal(pj, &p)
			if !rows[p] {
				t.Errorf("%s: source %d %+v is no row of the world", path, id, p)
			}
		case KindClaim:
			if s["claim_id"] == nil && s["claimant"] == nil {
				t.Errorf("%s: claim source %d names neither claim nor claimant", path, id)
			}
		case KindAssumption:
			if s["text"] == "" {
				t.Errorf("%s: assumption %d has no text", path, id)
			}
		default:
			t.Errorf("%s: source %d of unknown kind %v", path, id, s["kind"])
		}
	}
	n := 0
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if val, ok := v["value"].(float64); ok {
				_ = val
				ids, _ := v["sources"].([]any)
				if len(ids) == 0 {
					t.Errorf("%s: figure without sources", path)
				}
				for _, id := range ids {
					resolve(path, int(id.(float64)))
				}
				n++
				return
			}
			for k, x := range v {
				if k == "sources" && path == "" {
					continue
				}
				if _, isNum := x.(float64); isNum && !plainNumbers[k] {
					t.Errorf("%s.%s: a number outside a figure", path, k)
				}
				if k == "sources" {
					continue // a tie's list of IDs
				}
				walk(path+"."+k, x)
			}
		case []any:
			for _, x := range v {
				walk(path+"[]", x)
			}
		}
	}
	walk("", root)
	return n
}
