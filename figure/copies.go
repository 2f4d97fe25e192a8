package figure

import (
	"sort"
	"time"

	"github.com/hebel-project/hebel"
)

// Near copies among the documents of a set of estimates, found with
// locality-sensitive hashing on their signatures: the SignatureSize slots
// are cut into bands of bandRows; two documents that agree on a whole
// band are candidates, and candidates at least NearCopy similar are
// joined. Clusters are the connected components (a copy of a copy is a
// copy), so they do not depend on the order documents come in. With 16
// bands of 4 rows, documents 0.8 similar are candidates with probability
// 1 − (1 − 0.8⁴)¹⁶ > 0.999; unrelated documents almost never are, so the
// work is linear in the number of documents.

// bandRows is the number of signature slots per band.
const bandRows = 4

// copies maps documents to their cluster of near copies.
type copies struct {
	index  map[string]int // document id → its number
	parent []int          // union-find forest over document numbers
}

// newCopies clusters the documents of ests.
func newCopies(ests []*hebel.Estimate, threshold float64) *copies {
	sigs := map[string]hebel.Signature{}
	for _, e := range ests {
		sigs[e.DocumentID] = e.Signature
	}
	ids := make([]string, 0, len(sigs))
	for id := range sigs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	cs := &copies{index: make(map[string]int, len(ids)), parent: make([]int, len(ids))}
	for i, id := range ids {
		cs.index[id] = i
		cs.parent[i] = i
	}
	type band struct {
		n    int
		vals [bandRows]uint32
	}
	buckets := map[band][]int{}
	for i, id := range ids {
		s := sigs[id]
		if s.IsZero() {
			continue
		}
		for b := 0; b < hebel.SignatureSize/bandRows; b++ {
			var k band
			k.n = b
			copy(k.vals[:], s[b*bandRows:(b+1)*bandRows])
			for _, j := range buckets[k] {
				if cs.find(i) != cs.find(j) && s.Similarity(sigs[ids[j]]) >= threshold {
					cs.union(i, j)
				}
			}
			buckets[k] = append(buckets[k], i)
		}
	}
	return cs
}

// cluster returns the cluster of a document: the same number for every
// near copy of it.
func (cs *copies) cluster(id string) int {
	i, ok := cs.index[id]
	if !ok {
		return -1
	}
	return cs.find(i)
}

func (cs *copies) find(i int) int {
	for cs.parent[i] != i {
		cs.parent[i] = cs.parent[cs.parent[i]]
		i = cs.parent[i]
	}
	return i
}

// union joins two clusters under the smaller number, so the forest's
// roots do not depend on the order of unions.
func (cs *copies) union(i, j int) {
	a, b := cs.find(i), cs.find(j)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	cs.parent[b] = a
}

// Doc is what near-copy detection needs of a document.
type Doc struct {
	ID        string
	Published time.Time
	Signature hebel.Signature
}

// Representatives maps every document to the one that stands for its
// cluster of near copies (itself when it has none): in each cluster the
// dated before the undated, the earlier published, then the smaller id.
// The result does not depend on the order of docs.
func Representatives(docs []Doc, threshold float64) map[string]string {
	if threshold <= 0 {
		threshold = hebel.NearCopy
	}
	ests := make([]*hebel.Estimate, len(docs))
	for i, d := range docs {
		ests[i] = &hebel.Estimate{DocumentID: d.ID, Published: d.Published, Signature: d.Signature}
	}
	cs := newCopies(ests, threshold)
	rep := map[int]*hebel.Estimate{}
	for _, e := range ests {
		c := cs.cluster(e.DocumentID)
		if r := rep[c]; r == nil || rankBefore(e, r) {
			rep[c] = e
		}
	}
	out := make(map[string]string, len(docs))
	for _, e := range ests {
		out[e.DocumentID] = rep[cs.cluster(e.DocumentID)].DocumentID
	}
	return out
}

// EstimatesOf returns the estimates a store keeps for rec: one per claim
// whose Measure is set, with the document's metadata and signature, and
// the claim without its entities (as FigureStore gives them).
func EstimatesOf(rec *hebel.Record) []*hebel.Estimate {
	if rec == nil {
		return nil
	}
	d := &rec.Document
	var sig hebel.Signature
	var out []*hebel.Estimate
	for i, c := range rec.Claims {
		if c.Measure == "" {
			continue
		}
		if sig.IsZero() {
			sig = hebel.NewSignature(d.Text)
		}
		out = append(out, EstimateOf(rec, i, sig))
	}
	return out
}

// EstimateOf returns the estimate of claim i of rec, its document having
// signature sig.
func EstimateOf(rec *hebel.Record, i int, sig hebel.Signature) *hebel.Estimate {
	d := &rec.Document
	c := rec.Claims[i]
	c.Entities = nil
	clause := ""
	if c.Span.Valid(len(d.Text)) {
		clause = c.Span.Text(d.Text)
	}
	return &hebel.Estimate{DocumentID: d.ID, ClaimIndex: i, Claim: c, Clause: clause,
		Title: d.Title, URL: d.URL, Source: d.Source, Lang: d.Lang, Published: d.Published, Dating: d.Dating,
		HebelVersion: rec.HebelVersion, Signature: sig}
}
