package figure

import (
	"math"

	"github.com/hebel-project/hebel"
)

// confidence returns how far a figure can be trusted, in [0, 1]:
//
//	confidence = support × (0.5 + 0.5 × agreement)
//
// support is the chance that at least one independent claimant is right,
// each claimant counting with the confidence of its most confident
// estimate (claim.Confidence: hedge, attribution, typing) as if they
// erred independently: 1 − Π (1 − c_k). Copies of one article and one
// claimant quoted by several articles count once. agreement is the least
// over the greatest value (their stated ranges included) among the
// current estimates: the independent estimates dated within
// Options.Current of the latest dated one (all of them when none is
// dated). One claimant alone keeps its claim's confidence; claimants who
// agree raise it, claimants who differ halve it at most.
func confidence(f *hebel.Figure, claimants map[string]float64, opts Options) float64 {
	miss := 1.0
	for _, c := range claimants {
		miss *= 1 - c
	}
	support := 1 - miss
	lo, hi := currentBounds(f, opts)
	agreement := 1.0
	if hi > 0 && lo >= 0 {
		agreement = lo / hi
	}
	return round3(math.Max(0, support*(0.5+0.5*agreement)))
}

// currentBounds returns the least and greatest value of the figure's
// current estimates (see confidence).
func currentBounds(f *hebel.Figure, opts Options) (float64, float64) {
	var latest hebel.Estimate
	for _, e := range f.Estimates {
		if e.CopyOf == "" && e.Date().After(latest.Date()) {
			latest = *e
		}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, e := range f.Estimates {
		if e.CopyOf != "" {
			continue
		}
		if d := latest.Date(); !d.IsZero() && (e.Date().IsZero() || d.Sub(e.Date()) > opts.Current) {
			continue
		}
		l, h := bounds(e)
		lo, hi = math.Min(lo, l), math.Max(hi, h)
	}
	if math.IsInf(lo, 0) {
		return 0, 0
	}
	return lo, hi
}
