package feed

import (
	"encoding/xml"
	"net/url"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// fields collects the raw fields of one item before they are chosen.
type fields struct {
	title, link, guid, id, published, updated, author string
	guidPermaLink                                     bool
	content, summary                                  []byte
	contentType, summaryType                          string
	cuts                                              []hebel.Problem
}

// noteCut records a field cut off at limit bytes.
func (p *parser) noteCut(f *fields, cut bool, field string, limit int) {
	if cut {
		f.cuts = append(f.cuts, hebel.Problem{Code: hebel.ProblemOverBudget, Extractor: extractorName,
			Message: sprintf("the %s field is longer than %d bytes and was cut off there", field, limit)})
	}
}

// item reads one item or entry, start being its start element.
func (p *parser) item(start xml.StartElement) (Item, error) {
	var f fields
	end := p.depth - 1
	for {
		tok, err := p.token()
		if err != nil {
			return Item{}, eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if p.depth == end {
				return p.choose(&f), nil
			}
		case xml.StartElement:
			if err := p.field(t, &f); err != nil {
				return Item{}, err
			}
		}
	}
}

// field reads one child element of an item into f.
func (p *parser) field(t xml.StartElement, f *fields) error {
	text := func(dst *string) error {
		s, cut, err := p.text(t, MaxShortFieldBytes)
		p.noteCut(f, cut, t.Name.Local, MaxShortFieldBytes)
		if *dst == "" {
			*dst = strings.TrimSpace(s)
		}
		return err
	}
	local, space := t.Name.Local, t.Name.Space
	switch {
	case local == "title":
		return text(&f.title)
	case local == "link":
		if href := attr(t, "href"); href != "" || space == nsAtom || p.kind == "atom" {
			if rel := attr(t, "rel"); (rel == "" || rel == "alternate") && f.link == "" {
				f.link = strings.TrimSpace(href)
			}
			return p.skip()
		}
		return text(&f.link)
	case local == "guid":
		f.guidPermaLink = attr(t, "isPermaLink") != "false"
		return text(&f.guid)
	case local == "id":
		return text(&f.id)
	case local == "pubDate" || local == "published" || local == "issued" ||
		local == "date" && space != nsAtom:
		return text(&f.published)
	case local == "updated" || local == "modified":
		return text(&f.updated)
	case local == "author" && (p.kind == "atom" || space == nsAtom):
		return p.person(t, f)
	case local == "author" || local == "creator":
		return text(&f.author)
	case local == "encoded" && space == nsContent:
		return p.body(t, f, &f.content, &f.contentType, HTML)
	case local == "content" && p.kind == "atom":
		if attr(t, "src") != "" {
			return p.skip() // out-of-line content: not fetched
		}
		return p.body(t, f, &f.content, &f.contentType, "")
	case local == "description" || local == "summary":
		kind := HTML // RSS descriptions are escaped HTML
		if p.kind == "atom" {
			kind = ""
		}
		return p.body(t, f, &f.summary, &f.summaryType, kind)
	}
	return p.skip()
}

// person reads an Atom author: its name, else its e-mail address.
func (p *parser) person(t xml.StartElement, f *fields) error {
	var name, email string
	end := p.depth - 1
	for {
		tok, err := p.token()
		if err != nil {
			return eofIsUnexpected(err)
		}
		switch c := tok.(type) {
		case xml.EndElement:
			if p.depth == end {
				if f.author == "" {
					f.author = name
					if name == "" {
						f.author = email
					}
				}
				return nil
			}
		case xml.StartElement:
			var s string
			var err error
			switch c.Name.Local {
			case "name", "email":
				var cut bool
				s, cut, err = p.text(c, MaxShortFieldBytes)
				p.noteCut(f, cut, "author "+c.Name.Local, MaxShortFieldBytes)
				if c.Name.Local == "name" {
					name = strings.TrimSpace(s)
				} else {
					email = strings.TrimSpace(s)
				}
			default:
				err = p.skip()
			}
			if err != nil {
				return err
			}
		}
	}
}

// body reads a content element. kind is HTML or Text when the format
// fixes it, "" when the Atom type attribute says.
func (p *parser) body(t xml.StartElement, f *fields, dst *[]byte, dstType *string, kind string) error {
	if kind == "" {
		switch typ := strings.ToLower(strings.TrimSpace(attr(t, "type"))); {
		case typ == "" || typ == "text" || typ == "text/plain":
			kind = Text
		case typ == "html" || typ == "text/html":
			kind = HTML
		case typ == "xhtml" || typ == "application/xhtml+xml":
			b, cut, err := p.markup(t)
			p.noteCut(f, cut, t.Name.Local, MaxFieldBytes)
			if len(*dst) == 0 && len(b) > 0 {
				*dst, *dstType = b, HTML
			}
			return err
		default:
			return p.skip() // base64 or other media: not text
		}
	}
	s, cut, err := p.text(t, MaxFieldBytes)
	p.noteCut(f, cut, t.Name.Local, MaxFieldBytes)
	if s = strings.TrimSpace(s); len(*dst) == 0 && s != "" {
		*dst, *dstType = []byte(s), kind
	}
	return err
}

// choose turns the raw fields into an Item.
func (p *parser) choose(f *fields) Item {
	it := Item{Title: collapse(f.title), Author: collapse(f.author)}
	bad := func(format string, args ...any) {
		it.Problems = append(it.Problems, hebel.Problem{Code: hebel.ProblemBadField,
			Message: sprintf(format, args...), Extractor: extractorName})
	}
	it.Problems = append(it.Problems, f.cuts...)
	raw := f.link
	if raw == "" && f.guidPermaLink && looksLikeURL(f.guid) {
		raw = f.guid
	}
	if raw == "" && looksLikeURL(f.id) {
		raw = f.id
	}
	if raw != "" {
		if it.Link = canonicalURL(raw, p.base); it.Link == "" {
			bad("unusable link %q", clip(raw))
		}
	}
	date := f.published
	if date == "" {
		date = f.updated
	}
	if date != "" {
		if t, ok := parseDate(date); ok {
			it.Published = t
		} else {
			bad("unreadable date %q", clip(date))
		}
	}
	switch {
	case len(f.content) > 0:
		it.Content, it.ContentType = f.content, f.contentType
	case len(f.summary) > 0:
		it.Content, it.ContentType = f.summary, f.summaryType
	}
	return it
}

// canonicalURL resolves raw against base and returns it as an absolute
// http(s) URL with a lower-case scheme and host and no fragment, or "".
func canonicalURL(raw, base string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > 8192 {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if !u.IsAbs() && base != "" {
		b, err := url.Parse(base)
		if err != nil {
			return ""
		}
		u = b.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

func looksLikeURL(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// dateLayouts are the forms of dates met in feeds: RFC 822 and its
// variants (RSS), RFC 3339 (Atom, Dublin Core).
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC3339Nano, time.RFC3339,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 06 15:04:05 -0700", "Mon, 2 Jan 06 15:04:05 MST",
	time.RFC822Z, time.RFC822, "2006-01-02T15:04:05", "2006-01-02T15:04:05-0700",
	"2006-01-02 15:04:05", "2006-01-02",
}

// parseDate reads a feed date and returns it in UTC.
func parseDate(s string) (time.Time, bool) {
	s = collapse(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// collapse trims s and turns each run of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// clip shortens s for a message.
func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
