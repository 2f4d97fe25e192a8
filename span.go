package hebel

import "unicode/utf8"

// Span is a half-open range [Start, End) of byte offsets into a
// Document's Text, like go/token positions. The public record converts it
// to rune offsets.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether s lies inside a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Contains reports whether t lies inside s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Text returns the slice of text that s covers. It panics, like a slice
// expression, if s does not lie inside text.
func (s Span) Text(text string) string { return text[s.Start:s.End] }

// RuneOffsets converts byte offsets into rune offsets of the same text.
// It walks the text once; callers converting many spans should use
// NewRuneIndex instead.
func RuneOffsets(text string, s Span) (start, end int) {
	return utf8.RuneCountInString(text[:s.Start]), utf8.RuneCountInString(text[:s.End])
}

// RuneIndex converts byte offsets of one text to rune offsets in O(log n).
type RuneIndex struct {
	bytes []int // byte offset of every rune start, plus len(text)
}

// NewRuneIndex indexes text for byte→rune conversions.
func NewRuneIndex(text string) *RuneIndex {
	idx := &RuneIndex{bytes: make([]int, 0, len(text)+1)}
	for i := range text {
		idx.bytes = append(idx.bytes, i)
	}
	idx.bytes = append(idx.bytes, len(text))
	return idx
}

// Rune returns the rune offset of byte offset b. A b inside a multi-byte
// rune maps to that rune's offset.
func (x *RuneIndex) Rune(b int) int {
	lo, hi := 0, len(x.bytes)-1
	for lo < hi {
		m := (lo + hi + 1) / 2
		if x.bytes[m] <= b {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo
}

// Byte returns the byte offset of rune offset r, clamped to the text.
func (x *RuneIndex) Byte(r int) int {
	if r < 0 {
		return 0
	}
	if r >= len(x.bytes) {
		return x.bytes[len(x.bytes)-1]
	}
	return x.bytes[r]
}

// Provenance says where a dataset figure came from, down to the row.
type Provenance struct {
	Dataset string `json:"dataset"`
	Version string `json:"version,omitempty"`
	File    string `json:"file,omitempty"`
	Row     int    `json:"row,omitempty"`
	URL     string `json:"url,omitempty"`
}
