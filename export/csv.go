package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/record"
)

// Tables are the CSV tables, in the order a spreadsheet user reads them.
var Tables = []string{"documents", "entities", "mentions", "claims", "quotes", "relations", "problems"}

// tableHeaders are the columns of each table.
var tableHeaders = map[string][]string{
	"documents": {"document", "title", "lang", "published", "url", "source", "format", "author", "chars", "entities", "claims", "quotes", "relations", "problems"},
	"entities":  {"document", "entity", "type", "name", "wikidata", "country", "role", "mentions"},
	"mentions":  {"document", "entity", "start", "end", "text", "coref"},
	"claims":    {"document", "pos", "start", "end", "quantity", "value", "qualifier", "low", "high", "unit", "counted", "location", "entities", "claimant", "claimant_cue", "claimant_entity", "published"},
	"quotes":    {"document", "pos", "start", "end", "kind", "cue", "content", "content_start", "content_end", "speaker", "speaker_entity", "published"},
	"relations": {"document", "pos", "type", "from", "to", "modality", "attributes", "evidence", "claimant", "claimant_entity", "published"},
	"problems":  {"document", "pos", "code", "message", "start", "end"},
}

// IsTable reports whether name is one of Tables.
func IsTable(name string) bool {
	_, ok := tableHeaders[name]
	return ok
}

// WriteCSV writes one table of the records as CSV with a header row.
// Offsets are rune offsets; dates are UTC (RFC 3339); unknown values are
// empty, never zero. A text cell that a spreadsheet would run as a
// formula (starting with =, +, -, @, tab or carriage return) gets a
// leading apostrophe.
func WriteCSV(w io.Writer, table string, recs Records) error {
	header, ok := tableHeaders[table]
	if !ok {
		return hebel.Errorf(hebel.EINVALID, "no table %q; tables: %s", table, strings.Join(Tables, ", "))
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for rec, err := range recs {
		if err != nil {
			return err
		}
		for _, row := range tableRows(table, record.FromRecord(rec)) {
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// tableRows returns the rows of one table for one record.
func tableRows(table string, r *record.Record) [][]string {
	d := &r.Document
	id := d.ID
	pub := ""
	if d.Published != nil {
		pub = d.Published.UTC().Format(time.RFC3339)
	}
	var rows [][]string
	switch table {
	case "documents":
		rows = append(rows, []string{id, cell(opt(d.Title)), d.Lang, pub, opt(d.URL), cell(d.Source), d.Format, cell(opt(d.Author)),
			itoa(len([]rune(d.Text))), itoa(len(r.Entities)), itoa(len(r.Claims)), itoa(len(r.Quotes)), itoa(len(r.Relations)), itoa(len(r.Problems))})
	case "entities":
		for _, e := range r.Entities {
			rows = append(rows, []string{id, e.ID, e.Type, cell(e.Name), e.Wikidata, e.Country, cell(e.Role), itoa(len(e.Mentions))})
		}
	case "mentions":
		for _, e := range r.Entities {
			for _, m := range e.Mentions {
				rows = append(rows, []string{id, e.ID, itoa(m.Start), itoa(m.End), cell(m.Text), strconv.FormatBool(m.Coref)})
			}
		}
	case "claims":
		for i, c := range r.Claims {
			q := c.Quantity
			src, cue, ent := sourceCells(c.Source)
			rows = append(rows, []string{id, itoa(i), itoa(c.Start), itoa(c.End), cell(q.Text), num(q.Value), q.Qualifier,
				optNum(q.Low), optNum(q.High), opt(q.Unit), cell(c.Counted), cell(opt(c.Location)), strings.Join(c.Entities, ";"),
				src, cue, ent, pub})
		}
	case "quotes":
		for i, q := range r.Quotes {
			src, _, ent := sourceCells(q.Speaker)
			rows = append(rows, []string{id, itoa(i), itoa(q.Start), itoa(q.End), q.Kind, cell(q.Cue), cell(q.Content),
				itoa(q.ContentStart), itoa(q.ContentEnd), src, ent, pub})
		}
	case "relations":
		for i, rel := range r.Relations {
			src, _, ent := sourceCells(rel.Source)
			mod, _ := rel.Attributes["modality"].(string)
			var ev []string
			for _, sp := range rel.Evidence {
				ev = append(ev, itoa(sp.Start)+"-"+itoa(sp.End))
			}
			rows = append(rows, []string{id, itoa(i), string(rel.Type), rel.From, rel.To, mod, cell(attributesJSON(rel.Attributes)),
				strings.Join(ev, ";"), src, ent, pub})
		}
	case "problems":
		for i, p := range r.Problems {
			rows = append(rows, []string{id, itoa(i), p.Code, cell(p.Message), optInt(p.Start), optInt(p.End)})
		}
	}
	return rows
}

func sourceCells(s *record.Source) (text, cue, entity string) {
	if s == nil {
		return "", "", ""
	}
	return cell(s.Text), cell(s.Cue), opt(s.Entity)
}

// cell defuses a text that a spreadsheet would run as a formula.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func opt(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func optInt(p *int) string {
	if p == nil {
		return ""
	}
	return itoa(*p)
}

func num(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func optNum(p *float64) string {
	if p == nil {
		return ""
	}
	return num(*p)
}
