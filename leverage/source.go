package leverage

import (
	"fmt"
	"hash/fnv"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/hebel-project/hebel"
)

// Kinds of Source.
const (
	KindDataset    = "dataset"    // a dataset row: Prov names dataset, version, file, row
	KindClaim      = "claim"      // a sourced news claim: ClaimID and Claimant
	KindAssumption = "assumption" // a modelling assumption: Text says which and its value
)

// Source is one row, claim or assumption a figure was computed from.
// Figures refer to sources by ID. IDs depend only on the model's world
// (its data and as-of date), never on the questions it answered before:
// a row's ID is its place in the world, an assumption's a hash of its
// text, so the same question gets the same answer from a shared model.
type Source struct {
	ID       int              `json:"id"`
	Kind     string           `json:"kind"`
	Prov     hebel.Provenance `json:"provenance"`
	ClaimID  string           `json:"claim_id,omitempty"`
	Claimant string           `json:"claimant,omitempty"`
	Text     string           `json:"text,omitempty"` // what the row says, or the assumption
}

// Figure is one number of the model's output with its unit and the IDs of
// every source it was computed from. Shares and scores have Unit "share".
type Figure struct {
	Value   float64 `json:"value"`
	Unit    string  `json:"unit"`
	Sources []int   `json:"sources"`
}

// UnitShare is the unit of fractions in [0, 1].
const UnitShare = "share"

// assumptionBase is the first ID of assumptions; rows of the world have
// IDs below it (flows, then ties, then indicators, each in world order).
const assumptionBase = 1 << 32

// ledger holds the assumptions of one Model, keyed by a hash of their
// text; rows need no registration (see Model.Source).
type ledger struct {
	mu     sync.Mutex
	byID   map[int]string
	byText map[string]int
}

func newLedger() *ledger { return &ledger{byID: map[int]string{}, byText: map[string]int{}} }

// assume registers an assumption and returns its ID.
func (l *ledger) assume(text string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	if id, ok := l.byText[text]; ok {
		return id
	}
	h := fnv.New32a()
	h.Write([]byte(text))
	id := assumptionBase + int(h.Sum32())
	for {
		if _, taken := l.byID[id]; !taken {
			break
		}
		id++ // two texts with one hash: rare, and then the later one moves on
	}
	l.byID[id] = text
	l.byText[text] = id
	return id
}

func (l *ledger) text(id int) (string, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	t, ok := l.byID[id]
	return t, ok
}

// flowRef, tieRef and indRef are the source IDs of world rows.
func (m *Model) flowRef(i int) int { return i }
func (m *Model) tieRef(i int) int  { return len(m.world.Flows) + i }
func (m *Model) indRef(i int) int  { return len(m.world.Flows) + len(m.world.Ties) + i }

// isClaim reports whether a flow comes from a claim rather than a dataset
// row: a news claim, or a row its source marks as a claim.
func isClaim(f *hebel.Flow) bool {
	return f.ClaimID != "" || f.Prov.Dataset == NewsDataset || strings.HasPrefix(f.Note, "claim")
}

// Source returns the source with the given ID.
func (m *Model) Source(id int) (Source, bool) {
	w := m.world
	nF, nT, nI := len(w.Flows), len(w.Ties), len(w.Indicators)
	switch {
	case id < 0:
		return Source{}, false
	case id < nF:
		f := &w.Flows[id]
		s := Source{ID: id, Kind: KindDataset, Prov: f.Prov, Text: m.rowText(id, func() string { return flowText(f) })}
		if isClaim(f) {
			s.Kind, s.ClaimID, s.Claimant = KindClaim, f.ClaimID, m.claimant(f)
		}
		return s, true
	case id < nF+nT:
		t := &w.Ties[id-nF]
		s := Source{ID: id, Kind: KindDataset, Prov: t.Prov, Text: m.rowText(id, func() string { return tieText(t) })}
		if c := tieClaim(t); c != "" || t.Prov.Dataset == NewsDataset {
			s.Kind, s.ClaimID, s.Claimant = KindClaim, c, t.Attributes["claimant"]
		}
		return s, true
	case id < nF+nT+nI:
		in := &w.Indicators[id-nF-nT]
		return Source{ID: id, Kind: KindDataset, Prov: in.Prov, Text: m.rowText(id, func() string {
			return fmt.Sprintf("%s %s %d = %g %s", in.Country, in.Name, in.Year, in.Value, in.Unit)
		})}, true
	case id >= assumptionBase:
		if t, ok := m.led.text(id); ok {
			return Source{ID: id, Kind: KindAssumption, Text: t}, true
		}
	}
	return Source{}, false
}

// rowText returns the text of row id (a flow, tie or indicator), written
// by text once per model: a shared model cites the same rows (a large
// exporter's buyers, a regime's designations) in many answers.
func (m *Model) rowText(id int, text func() string) string {
	if p := m.rowTexts[id].Load(); p != nil {
		return *p
	}
	t := text()
	m.rowTexts[id].Store(&t)
	return t
}

func flowText(f *hebel.Flow) string {
	// Built with strconv rather than fmt: a large pair lists thousands of
	// rows, and this is most of its cost. The text is what
	// "%s %s→%s %d: %g %s" writes.
	b := make([]byte, 0, len(f.Channel)+len(f.From)+len(f.To)+len(f.Unit)+40)
	b = append(b, f.Channel...)
	b = append(b, ' ')
	b = append(b, f.From...)
	b = append(b, "→"...)
	b = append(b, f.To...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(f.Year), 10)
	b = append(b, ": "...)
	b = strconv.AppendFloat(b, f.Value, 'g', -1, 64)
	b = append(b, ' ')
	b = append(b, f.Unit...)
	if partialYear(f) {
		b = append(b, " (partial year)"...)
	}
	return string(b)
}

func tieText(t *hebel.Tie) string {
	s := fmt.Sprintf("%s tie %s–%s %d–%s", t.Kind, t.From, t.To, t.Start, endText(t.End))
	if d := t.Attributes[attrDataEnd]; d != "" {
		s += " (in force when the data end, " + d + ")"
	}
	if n := t.Attributes["note"]; n != "" {
		s += ": " + n // a news tie: the rule that took it and the range across claimants
	}
	return s
}

// NewsDataset is the Provenance.Dataset of flows and ties that come from
// news claims rather than from a dataset.
const NewsDataset = "news"

// figureType is reflect's view of Figure, for collecting sources.
var figureType = reflect.TypeFor[Figure]()

// collect walks v (a result value) and returns the IDs of every source
// any Figure in it refers to, and of every []int field named Sources
// (the source lists of sanctions and evidence), sorted.
func collect(v any) []int {
	var ids []int // sorted and made unique at the end: cheaper than a set
	var walk func(reflect.Value)
	walk = func(r reflect.Value) {
		switch r.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !r.IsNil() {
				walk(r.Elem())
			}
		case reflect.Struct:
			if r.Type() == figureType {
				ids = append(ids, r.Interface().(Figure).Sources...)
				return
			}
			for i := range r.NumField() {
				f := r.Type().Field(i)
				if !f.IsExported() {
					continue
				}
				if f.Name == "Sources" && f.Type == reflect.TypeFor[[]int]() {
					ids = append(ids, r.Field(i).Interface().([]int)...)
					continue
				}
				walk(r.Field(i))
			}
		case reflect.Slice, reflect.Array:
			if r.Type().Elem() == reflect.TypeFor[Source]() {
				return // a sources table, not references
			}
			for i := range r.Len() {
				walk(r.Index(i))
			}
		case reflect.Map:
			it := r.MapRange()
			for it.Next() {
				walk(it.Value())
			}
		}
	}
	walk(reflect.ValueOf(v))
	return union(ids)
}

// union merges sorted-or-not ID lists into one sorted list without
// duplicates. It returns a fresh slice.
func union(lists ...[]int) []int {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]int, 0, n)
	for _, l := range lists {
		out = append(out, l...)
	}
	sort.Ints(out)
	j := 0
	for i, id := range out {
		if i == 0 || id != out[j-1] {
			out[j] = id
			j++
		}
	}
	return out[:j]
}
