package recordcodec

import (
	"encoding/json"
	"fmt"

	"github.com/hebel-project/hebel"
)

// legacyVersion is the version of the record encoding rows stored before
// the stores kept the public record (SQLite migration 0003, PostgreSQL
// migration 0003) hold ({"v": 1, …}). Newer rows hold the public record
// (package record, codec.go); this decoder only reads old rows.
const legacyVersion = 1

// The legacy encoding of a record's extractions (everything but the
// Document, which has its own columns): spans are byte offsets, written
// as [start, end]. It lacks entities' country and role and everything
// newer; records read from it have HebelVersion "".
type (
	recordJSON struct {
		V         int            `json:"v"`
		Sentences []spanJSON     `json:"sentences"`
		Entities  []entityJSON   `json:"entities"`
		Claims    []claimJSON    `json:"claims"`
		Quotes    []quoteJSON    `json:"quotes"`
		Relations []relationJSON `json:"relations"`
		Problems  []problemJSON  `json:"problems"`
	}

	spanJSON [2]int

	entityJSON struct {
		ID       string        `json:"id"`
		Type     string        `json:"type"`
		Name     string        `json:"name"`
		Wikidata string        `json:"wikidata"`
		Mentions []mentionJSON `json:"mentions"`
	}

	mentionJSON struct {
		Span      spanJSON `json:"span"`
		Text      string   `json:"text"`
		EntityID  string   `json:"entity"`
		Coref     bool     `json:"coref"`
		Extractor string   `json:"extractor"`
	}

	quantityJSON struct {
		Span      spanJSON `json:"span"`
		Text      string   `json:"text"`
		Value     float64  `json:"value"`
		Qualifier string   `json:"qualifier"`
		Low       *float64 `json:"low"`
		High      *float64 `json:"high"`
		Unit      string   `json:"unit"`
	}

	sourceJSON struct {
		Span      spanJSON `json:"span"`
		Text      string   `json:"text"`
		Cue       string   `json:"cue"`
		EntityID  string   `json:"entity"`
		Name      string   `json:"name"`
		Extractor string   `json:"extractor"`
	}

	claimJSON struct {
		Span      spanJSON     `json:"span"`
		Quantity  quantityJSON `json:"quantity"`
		Counted   string       `json:"counted"`
		Entities  []string     `json:"entities"`
		Location  string       `json:"location"`
		Source    *sourceJSON  `json:"source"`
		Extractor string       `json:"extractor"`
	}

	quoteJSON struct {
		Span      spanJSON    `json:"span"`
		Content   spanJSON    `json:"content"`
		Kind      string      `json:"kind"`
		Cue       string      `json:"cue"`
		Speaker   *sourceJSON `json:"speaker"`
		Extractor string      `json:"extractor"`
	}

	relationJSON struct {
		Type       string         `json:"type"`
		From       string         `json:"from"`
		To         string         `json:"to"`
		Attributes map[string]any `json:"attributes"`
		Evidence   []spanJSON     `json:"evidence"`
		Source     *sourceJSON    `json:"source"`
		Extractor  string         `json:"extractor"`
	}

	problemJSON struct {
		Code      string    `json:"code"`
		Message   string    `json:"message"`
		Span      *spanJSON `json:"span"`
		Extractor string    `json:"extractor"`
	}
)

// decodeLegacy decodes stored extractions of the legacy encoding into
// rec, leaving rec.Document alone. Relation attributes come back as
// encoding/json gives them (numbers as float64).
func decodeLegacy(buf []byte, rec *hebel.Record) error {
	var r recordJSON
	if err := json.Unmarshal(buf, &r); err != nil {
		return fmt.Errorf("decoding record: %w", err)
	}
	if r.V != legacyVersion {
		return fmt.Errorf("decoding record: unknown encoding version %d", r.V)
	}
	rec.Sentences = mapSlice(r.Sentences, fromSpanJSON)
	rec.Entities = mapSlice(r.Entities, fromEntityJSON)
	rec.Claims = mapSlice(r.Claims, fromClaimJSON)
	rec.Quotes = mapSlice(r.Quotes, fromQuoteJSON)
	rec.Relations = mapSlice(r.Relations, fromRelationJSON)
	rec.Problems = mapSlice(r.Problems, fromProblemJSON)
	return nil
}

// mapSlice applies f to every element, keeping a nil slice nil.
func mapSlice[T, U any](in []T, f func(T) U) []U {
	if in == nil {
		return nil
	}
	out := make([]U, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

func fromSpanJSON(s spanJSON) hebel.Span { return hebel.Span{Start: s[0], End: s[1]} }

func fromEntityJSON(e entityJSON) hebel.Entity {
	return hebel.Entity{
		ID: e.ID, Type: hebel.EntityType(e.Type), Name: e.Name, Wikidata: e.Wikidata,
		Mentions: mapSlice(e.Mentions, func(m mentionJSON) hebel.Mention {
			return hebel.Mention{Span: fromSpanJSON(m.Span), Text: m.Text, EntityID: m.EntityID, Coref: m.Coref, Extractor: m.Extractor}
		}),
	}
}

func fromSourceJSON(s *sourceJSON) *hebel.Source {
	if s == nil {
		return nil
	}
	return &hebel.Source{Span: fromSpanJSON(s.Span), Text: s.Text, Cue: s.Cue, EntityID: s.EntityID, Name: s.Name, Extractor: s.Extractor}
}

func fromClaimJSON(c claimJSON) hebel.Claim {
	q := c.Quantity
	return hebel.Claim{
		Span: fromSpanJSON(c.Span),
		Quantity: hebel.Quantity{
			Span: fromSpanJSON(q.Span), Text: q.Text, Value: q.Value, Qualifier: hebel.Qualifier(q.Qualifier),
			Low: q.Low, High: q.High, Unit: q.Unit,
		},
		Counted: c.Counted, Entities: c.Entities, Location: c.Location,
		Source: fromSourceJSON(c.Source), Extractor: c.Extractor,
	}
}

func fromQuoteJSON(q quoteJSON) hebel.Quote {
	return hebel.Quote{
		Span: fromSpanJSON(q.Span), Content: fromSpanJSON(q.Content), Kind: hebel.QuoteKind(q.Kind), Cue: q.Cue,
		Speaker: fromSourceJSON(q.Speaker), Extractor: q.Extractor,
	}
}

func fromRelationJSON(r relationJSON) hebel.Relation {
	return hebel.Relation{
		Type: hebel.RelationType(r.Type), From: r.From, To: r.To, Attributes: r.Attributes,
		Evidence: mapSlice(r.Evidence, fromSpanJSON), Source: fromSourceJSON(r.Source), Extractor: r.Extractor,
	}
}

func fromProblemJSON(p problemJSON) hebel.Problem {
	var sp *hebel.Span
	if p.Span != nil {
		s := fromSpanJSON(*p.Span)
		sp = &s
	}
	return hebel.Problem{Code: p.Code, Message: p.Message, Span: sp, Extractor: p.Extractor}
}
