package http

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
)

// Bounds of query parameters. Every parameter is checked; a value out of
// bounds is a 400 with a message naming the parameter and the bounds.
const (
	MinYear        = 1800 // the earliest year a leverage or filter parameter may name
	MaxYear        = 2100 // the latest
	MaxHeadroom    = 100  // a substitute can add at most this many times its deliveries
	MaxQueryLength = 500  // bytes of a search query or a text filter
	MinIDPrefix    = 8    // hex digits of the shortest id prefix
)

// intParam parses the query parameter name: def when empty, EINVALID when
// it is not an integer in [lo, hi] (hi < 0: no upper bound).
func intParam(v, name string, def, lo, hi int) (int, error) {
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || (hi >= 0 && n > hi) {
		if hi >= 0 {
			return 0, hebel.Errorf(hebel.EINVALID, "%s must be an integer from %d to %d, not %s", name, lo, hi, quoteParam(v))
		}
		return 0, hebel.Errorf(hebel.EINVALID, "%s must be an integer ≥ %d, not %s", name, lo, quoteParam(v))
	}
	return n, nil
}

// yearParam parses an optional year: 0 when empty, else MinYear–MaxYear.
func yearParam(v, name string) (int, error) {
	if v == "" {
		return 0, nil
	}
	return intParam(v, name, 0, MinYear, MaxYear)
}

// floatParam parses a finite number in [lo, hi]; def when empty.
func floatParam(v, name string, def, lo, hi float64) (float64, error) {
	if v == "" {
		return def, nil
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || f < lo || f > hi {
		return 0, hebel.Errorf(hebel.EINVALID, "%s must be a number from %g to %g, not %s", name, lo, hi, quoteParam(v))
	}
	return f, nil
}

// boolParam parses a flag-like query parameter: "", "0", "false" are
// false; "1", "true", "on" are true; anything else is EINVALID.
func boolParam(v, name string) (bool, error) {
	switch strings.ToLower(v) {
	case "", "0", "false", "off":
		return false, nil
	case "1", "true", "on":
		return true, nil
	}
	return false, hebel.Errorf(hebel.EINVALID, "%s must be 1 or 0, not %s", name, quoteParam(v))
}

// textParam checks a free-text parameter: valid UTF-8, at most
// MaxQueryLength bytes, no control characters. It returns it trimmed.
func textParam(v, name string) (string, error) {
	if len(v) > MaxQueryLength {
		return "", hebel.Errorf(hebel.EINVALID, "%s is %d bytes long; at most %d", name, len(v), MaxQueryLength)
	}
	if !utf8.ValidString(v) {
		return "", hebel.Errorf(hebel.EINVALID, "%s is not valid UTF-8", name)
	}
	for _, r := range v {
		if r < 0x20 || r == 0x7f {
			return "", hebel.Errorf(hebel.EINVALID, "%s contains a control character", name)
		}
	}
	return strings.TrimSpace(v), nil
}

// relationTypeParam checks a relation type filter: empty, or one of
// hebel.RelationTypes.
func relationTypeParam(v string) (hebel.RelationType, error) {
	v, err := textParam(v, "type")
	if err != nil || v == "" {
		return "", err
	}
	t := hebel.RelationType(v)
	if !t.Known() {
		return "", hebel.Errorf(hebel.EINVALID, "type must be a relation type such as sanction, alliance or trade, not %s", quoteParam(v))
	}
	return t, nil
}

// enumParam checks that v is empty or one of allowed.
func enumParam(v, name string, allowed ...string) (string, error) {
	if v == "" {
		return "", nil
	}
	for _, a := range allowed {
		if v == a {
			return v, nil
		}
	}
	return "", hebel.Errorf(hebel.EINVALID, "%s must be one of %s, not %s", name, strings.Join(allowed, ", "), quoteParam(v))
}

// langParam checks an ISO 639-1 language filter: two lower-case letters.
func langParam(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if len(v) != 2 || !isLower(v[0]) || !isLower(v[1]) {
		return "", hebel.Errorf(hebel.EINVALID, "lang must be an ISO 639-1 code such as de or en, not %s", quoteParam(v))
	}
	return v, nil
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// dateParam parses a date filter: YYYY, YYYY-MM or YYYY-MM-DD. With end
// set it returns the first instant after the period (an exclusive upper
// bound), else its first instant. The zero time when v is empty.
func dateParam(v, name string, end bool) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	var (
		t    time.Time
		err  error
		next func(time.Time) time.Time
	)
	switch len(v) {
	case 4:
		t, err = time.Parse("2006", v)
		next = func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }
	case 7:
		t, err = time.Parse("2006-01", v)
		next = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	case 10:
		t, err = time.Parse(time.DateOnly, v)
		next = func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	default:
		err = strconv.ErrSyntax
	}
	if err != nil || t.Year() < MinYear || t.Year() > MaxYear {
		return time.Time{}, hebel.Errorf(hebel.EINVALID, "%s must be a date YYYY, YYYY-MM or YYYY-MM-DD from %d to %d, not %s", name, MinYear, MaxYear, quoteParam(v))
	}
	if end {
		return next(t), nil
	}
	return t, nil
}

// pageParams reads ?limit= and ?offset=.
func pageParams(q url.Values) (limit, offset int, err error) {
	if limit, err = intParam(q.Get("limit"), "limit", DefaultLimit, 1, MaxLimit); err != nil {
		return 0, 0, err
	}
	if offset, err = intParam(q.Get("offset"), "offset", 0, 0, MaxOffset); err != nil {
		return 0, 0, err
	}
	return limit, offset, nil
}

// checkParams refuses query parameters a route does not know, so that a
// misspelt filter is an error instead of being ignored.
func checkParams(q url.Values, known ...string) error {
	for k := range q {
		ok := false
		for _, n := range known {
			if k == n {
				ok = true
				break
			}
		}
		if !ok {
			if len(known) == 0 {
				return hebel.Errorf(hebel.EINVALID, "unknown parameter %s: this route takes none", quoteParam(k))
			}
			return hebel.Errorf(hebel.EINVALID, "unknown parameter %s; known: %s", quoteParam(k), strings.Join(known, ", "))
		}
	}
	return nil
}

// docID checks a document id or id prefix from a path: "sha256:" and 64
// hex digits, or at least MinIDPrefix hex digits with or without the
// "sha256:" scheme.
func docID(v string) (string, error) {
	hex := strings.TrimPrefix(v, "sha256:")
	if len(hex) > 64 || !isHex(hex) {
		return "", hebel.Errorf(hebel.EINVALID, "document id %s is not sha256: and hex digits", quoteParam(v))
	}
	if len(hex) < MinIDPrefix {
		return "", hebel.Errorf(hebel.EINVALID, "document id prefix %s is too short: give at least %d hex digits", quoteParam(v), MinIDPrefix)
	}
	return v, nil
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// quoteParam quotes a parameter value for an error message, cut short.
func quoteParam(v string) string {
	if len(v) > 40 {
		v = v[:40] + "…"
	}
	return strconv.Quote(strings.ToValidUTF8(v, "?"))
}
