package leverage

import (
	"encoding/json"
	"fmt"

	"github.com/hebel-project/hebel"
)

// plainNumbers are JSON keys whose numbers are not figures: years, source
// IDs and rows, and the scenario's own parameters.
var plainNumbers = map[string]bool{"year": true, "start": true, "end": true, "id": true, "row": true,
	"headroom": true, "export_share": true, "since": true, "partners": true, "stale_after": true, "reference_year": true, "more_substitutes": true}

// ResolveProvenance walks a JSON result of this package (a Pair, Ranking,
// Outcome or Deliveries, or an object holding one with a "sources"
// table): every number must be the "value" of a figure whose "sources"
// list IDs of the result's "sources" table, each of which is a row of w
// (by provenance), a claim with its id or claimant, or an assumption with
// its text. It returns how many figures it resolved and one error per
// number it could not.
func ResolveProvenance(data []byte, w *hebel.World) (figures int, errs []error) {
	var root map[string]any
	if err := json.Unmarshal(data, &root); err != nil {
		return 0, []error{err}
	}
	errorf := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
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
		sm, _ := s.(map[string]any)
		id, _ := sm["id"].(float64)
		table[int(id)] = sm
	}
	resolve := func(path string, id int) {
		s, ok := table[id]
		if !ok {
			errorf("%s: source %d not in the sources table", path, id)
			return
		}
		switch s["kind"] {
		case KindDataset:
			pj, _ := json.Marshal(s["provenance"])
			var p hebel.Provenance
			json.Unmarshal(pj, &p)
			if !rows[p] {
				errorf("%s: source %d %+v is no row of the world", path, id, p)
			}
		case KindClaim:
			if s["claim_id"] == nil && s["claimant"] == nil {
				errorf("%s: claim source %d names neither claim nor claimant", path, id)
			}
		case KindAssumption:
			if s["text"] == "" || s["text"] == nil {
				errorf("%s: assumption %d has no text", path, id)
			}
		default:
			errorf("%s: source %d of unknown kind %v", path, id, s["kind"])
		}
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if _, ok := v["value"].(float64); ok {
				ids, _ := v["sources"].([]any)
				if len(ids) == 0 {
					errorf("%s: figure without sources", path)
				}
				for _, id := range ids {
					n, _ := id.(float64)
					resolve(path, int(n))
				}
				figures++
				return
			}
			for k, x := range v {
				if k == "sources" && path == "" {
					continue
				}
				if _, isNum := x.(float64); isNum && !plainNumbers[k] {
					errorf("%s.%s: a number outside a figure", path, k)
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
	return figures, errs
}
