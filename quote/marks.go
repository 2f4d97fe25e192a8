package quote

import "github.com/hebel-project/hebel/analysis"

// region is one pair of quotation marks: Open is the byte offset of the
// opening mark, Close the offset just after the closing mark; the text
// between the marks is [InStart, InEnd). Depth is 0 for outermost pairs.
type region struct {
	Open, InStart, InEnd, Close int
	Depth                       int
}

// regionsOf returns the quotation-mark pairs the analysis found
// (analysis.Quotation), in order of their opening marks.
func regionsOf(qs []analysis.Quotation) []region {
	out := make([]region, len(qs))
	for i, q := range qs {
		out[i] = region{Open: q.Marks.Start, InStart: q.Inner.Start, InEnd: q.Inner.End, Close: q.Marks.End, Depth: q.Depth}
	}
	return out
}
