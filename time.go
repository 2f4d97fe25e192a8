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

// Point reports whether v is a single point in time: one calendar unit
// named by the text ("am 3. März 2024", "im März 2024", "2022"), which
// covers the whole day, month or year its Precision names.
func (v ValidTime) Point() bool { return v.Start.Equal(v.End) && !v.Start.IsZero() }

// Overlaps reports whether v and w share some time; an open end reaches
// as far as the other interval needs. A point covers the unit its
// precision names (a month point overlaps the days of that month); a
// point without precision is an instant.
func (v ValidTime) Overlaps(w ValidTime) bool {
	v, w = v.unit(), w.unit()
	return before(v.Start, w.End, w.Point()) && before(w.Start, v.End, v.Point())
}

// unit widens a point with a precision to the interval of its unit.
func (v ValidTime) unit() ValidTime {
	if v.Point() && v.Precision != "" {
		v.End = AddUnit(v.Start, v.Precision, 1)
	}
	return v
}

// AddUnit returns t moved by n units of precision p (days, months or
// years); an unknown precision leaves t unchanged.
func AddUnit(t time.Time, p Precision, n int) time.Time {
	switch p {
	case PrecisionDay:
		return t.AddDate(0, 0, n)
	case PrecisionMonth:
		return t.AddDate(0, n, 0)
	case PrecisionYear:
		return t.AddDate(n, 0, 0)
	}
	return t
}

// Truncate returns the first instant (UTC) of the day, month or year of
// precision p that holds t.
func Truncate(t time.Time, p Precision) time.Time {
	t = t.UTC()
	switch p {
	case PrecisionYear:
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// FormatDate writes t as far as precision p knows it: "2024-12-03",
// "2024-12", "2024".
func FormatDate(t time.Time, p Precision) string {
	switch p {
	case PrecisionYear:
		return t.UTC().Format("2006")
	case PrecisionMonth:
		return t.UTC().Format("2006-01")
	}
	return t.UTC().Format("2006-01-02")
}

// Undated is how a document without a publication date is shown.
const Undated = "undated"

// DateLabel shows the listed document's publication date as
// Document.DateLabel does.
func (s *DocumentSummary) DateLabel() string {
	d := Document{Dating: Dating{Precision: s.DatePrecision, UpperBound: s.DateUpperBound}}
	if s.Published != nil {
		d.Published = *s.Published
	}
	return d.DateLabel()
}

// DateLabel shows d's publication date for people: "2024-12-03",
// "2024-12", "≤2024-12-03" for an upper bound (a crawl date), or
// "undated".
func (d *Document) DateLabel() string {
	if d.Undated() {
		return Undated
	}
	s := FormatDate(d.Published, d.Dating.Precision)
	if d.Dating.UpperBound {
		s = "≤" + s
	}
	return s
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
