package leverage

import (
	"fmt"
	"reflect"
	"sort"
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

// Source is one row, claim or assumption a figure was computed from. ID
// is stable within one Model; figures refer to sources by ID.
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

// ledger is the table of sources of one Model. Rows are registered once
// when a year is indexed; assumptions on demand, under the mutex. The
// text of a dataset row of a flow or an indicator is written when the
// source is read, not when it is registered: all-pairs work registers
// hundreds of thousands of rows and reads few.
type ledger struct {
	mu      sync.Mutex
	sources []Source
	lazy    []lazyText // by ID: what to describe when Text is empty
	byKey   map[ledgerKey]int
}

type ledgerKey struct {
	kind  byte // 'd' dataset row, 'c' claim, 'a' assumption
	prov  hebel.Provenance
	claim string
	text  string // claims, assumptions and rows without a number
}

type lazyText struct {
	flow *hebel.Flow
	ind  *hebel.Indicator
}

func (t lazyText) String() string {
	switch {
	case t.flow != nil:
		f := t.flow
		return fmt.Sprintf("%s %s→%s %d: %g %s", f.Channel, f.From, f.To, f.Year, f.Value, f.Unit)
	case t.ind != nil:
		in := t.ind
		return fmt.Sprintf("%s %s %d = %g %s", in.Country, in.Name, in.Year, in.Value, in.Unit)
	}
	return ""
}

func newLedger() *ledger { return &ledger{byKey: map[ledgerKey]int{}} }

// add registers s under key unless it is there already and returns its ID.
func (l *ledger) add(key ledgerKey, s Source, lz lazyText) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	if id, ok := l.byKey[key]; ok {
		return id
	}
	s.ID = len(l.sources)
	l.sources = append(l.sources, s)
	l.lazy = append(l.lazy, lz)
	l.byKey[key] = s.ID
	return s.ID
}

func (l *ledger) get(id int) (Source, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if id < 0 || id >= len(l.sources) {
		return Source{}, false
	}
	s := l.sources[id]
	if s.Text == "" {
		s.Text = l.lazy[id].String()
	}
	return s, true
}

// row registers the dataset row or claim behind a flow, tie or indicator.
func (l *ledger) row(p hebel.Provenance, claimID, claimant, text string) int {
	if claimID != "" || p.Dataset == NewsDataset || strings.HasSuffix(p.Dataset, " (claim)") {
		p.Dataset = strings.TrimSuffix(p.Dataset, " (claim)")
		key := ledgerKey{kind: 'c', prov: hebel.Provenance{URL: p.URL}, claim: claimID, text: text}
		return l.add(key, Source{Kind: KindClaim, Prov: p, ClaimID: claimID, Claimant: claimant, Text: text}, lazyText{})
	}
	key := ledgerKey{kind: 'd', prov: p}
	if p.Row == 0 {
		key.text = text // rows without a number are told apart by what they say
	}
	return l.add(key, Source{Kind: KindDataset, Prov: p, Text: text}, lazyText{})
}

// flowRow registers the dataset row behind a whole-year flow; its text is
// written when it is read.
func (l *ledger) flowRow(f *hebel.Flow) int {
	if f.Prov.Row == 0 {
		return l.row(f.Prov, "", "", lazyText{flow: f}.String())
	}
	return l.add(ledgerKey{kind: 'd', prov: f.Prov}, Source{Kind: KindDataset, Prov: f.Prov}, lazyText{flow: f})
}

// indicatorRow registers the dataset row behind an indicator.
func (l *ledger) indicatorRow(in *hebel.Indicator) int {
	if in.Prov.Row == 0 {
		return l.row(in.Prov, "", "", lazyText{ind: in}.String())
	}
	return l.add(ledgerKey{kind: 'd', prov: in.Prov}, Source{Kind: KindDataset, Prov: in.Prov}, lazyText{ind: in})
}

// assume registers an assumption and returns its ID.
func (l *ledger) assume(text string) int {
	return l.add(ledgerKey{kind: 'a', text: text}, Source{Kind: KindAssumption, Text: text}, lazyText{})
}

// NewsDataset is the Provenance.Dataset of flows and ties that come from
// news claims rather than from a dataset.
const NewsDataset = "news"

// figureType is reflect's view of Figure, for collecting sources.
var figureType = reflect.TypeFor[Figure]()

// collect walks v (a result value) and returns the IDs of every source
// any Figure in it refers to, sorted.
func collect(v any) []int {
	seen := map[int]bool{}
	var walk func(reflect.Value)
	walk = func(r reflect.Value) {
		switch r.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !r.IsNil() {
				walk(r.Elem())
			}
		case reflect.Struct:
			if r.Type() == figureType {
				for _, id := range r.Interface().(Figure).Sources {
					seen[id] = true
				}
				return
			}
			for i := range r.NumField() {
				if r.Type().Field(i).IsExported() {
					walk(r.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
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
	ids := make([]int, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	return ids
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
