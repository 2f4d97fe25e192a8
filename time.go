package hebel

import "time"

// Precision says how exactly a date is known.
type Precision string

// Precisions of dates and valid times.
const (
	PrecisionDay   Precision = "day"
	PrecisionMonth Precision = "month"
	PrecisionYear  Precision = "year"
)

// Where a document's publication date came from (Dating.Source).
const (
	DateFromHTML     = "html"     // the page's metadata (go-trafilatura's date extraction)
	DateFromFeed     = "feed"     // the RSS/Atom item's date
	DateFromWARC     = "warc"     // the crawl date: an upper bound, not the publication date
	DateFromFlag     = "flag"     // --published on the command line
	DateFromSidecar  = "sidecar"  // a NAME.meta.json beside the file
	DateFromIndex    = "index"    // a metadata index listing the file (news-dev's INDEX.json)
	DateFromDateline = "dateline" // a dateline in the text itself ("BERLIN, 3. März 2024 –")
)

// Dating says where a document's publication date came from and how exact
// it is. A document whose Published is zero is undated: nothing may put
// the clock's date in its place.
type Dating struct {
	Source     string    // one of the DateFrom… constants; "" when undated
	Precision  Precision // how much of Published the source states
	UpperBound bool      // published on or before Published (a crawl date), not on it
	Note       string    // why the date is what it is, when it is not plain metadata
}

// Undated reports whether d has no publication date.
func (d *Document) Undated() bool { return d.Published.IsZero() }

// ValidTime is the time a claim or relation is about: a point (Start ==
// End) or the half-open interval [Start, End), each end with its own
// precision. A zero Start is an open (unknown) beginning ("bis Ende
// 2024"), a zero End an open end ("seit März", "since 2022"). Text and Span
// give the words it was resolved from; a valid time taken from the
// publication date alone (the text states something as current) has no
// words and Basis "published".
type ValidTime struct {
	Start     time.Time
	End       time.Time
	Precision Precision // the coarser of the two ends
	Basis     string    // "text": resolved from words; "published": the document's date
	Text      string    // the words, as written ("im Sommer", "since 2022")
	Span      *Span     // where the words are, nil when Basis is "published"
}

// Valid-time bases.
const (
	BasisText      = "text"
	BasisPublished = "published"
)

// Point reports whether v is a single point in time.
func (v ValidTime) Point() bool { return v.Start.Equal(v.End) && !v.Start.IsZero() }

// Overlaps reports whether v and w share some time; an open end reaches
// as far as the other interval needs. Points are closed.
func (v ValidTime) Overlaps(w ValidTime) bool {
	return before(v.Start, w.End, w.Point()) && before(w.Start, v.End, v.Point())
}

// before reports whether an interval starting at start can overlap one
// ending at end: an open side (zero) always can.
func before(start, end time.Time, endIsPoint bool) bool {
	if start.IsZero() || end.IsZero() {
		return true
	}
	if endIsPoint {
		return !start.After(end)
	}
	return start.Before(end)
}
