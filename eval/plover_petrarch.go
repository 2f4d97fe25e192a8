package eval

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"
)

// PETRARCHRecord is one sentence of the PETRARCH2 unit-test records with
// its expected codings (CAMEO event codes and actor codes).
type PETRARCHRecord struct {
	ID      string
	Text    string
	Codings []PETRARCHCoding
}

// PETRARCHCoding is one expected event of a PETRARCH2 record.
type PETRARCHCoding struct {
	Source, Target, Event string // CAMEO codes: "ARN", "GON", "064"
}

// ReadPETRARCH reads the sentences of a PETRARCH2 validation file
// (PETR.UnitTest.records.xml): each <Sentence> with its <Text> and
// <EventCoding> elements. Sentences without an expected coding are
// skipped.
func ReadPETRARCH(r io.Reader) ([]PETRARCHRecord, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var out []PETRARCHRecord
	var cur *PETRARCHRecord
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("reading PETRARCH records: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "Sentence":
				cur = &PETRARCHRecord{ID: attr(t, "id")}
			case "Text":
				inText = cur != nil
			case "EventCoding":
				if cur != nil {
					cur.Codings = append(cur.Codings, PETRARCHCoding{
						Source: attr(t, "sourcecode"), Target: attr(t, "targetcode"), Event: attr(t, "eventcode")})
				}
			}
		case xml.CharData:
			if inText {
				cur.Text += string(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "Text":
				inText = false
			case "Sentence":
				if cur != nil && len(cur.Codings) > 0 && cur.Codings[0].Event != "" {
					cur.Text = strings.Join(strings.Fields(cur.Text), " ")
					out = append(out, *cur)
				}
				cur = nil
			}
		}
	}
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// ReadCAMEOToPLOVER reads a CAMEO → PLOVER conversion table
// (CAMEO2PLOVER-2021.txt: lines "031: AGREE, …") into a map from CAMEO
// code to PLOVER event type in lower case.
func ReadCAMEOToPLOVER(r io.Reader) (map[string]string, error) {
	m := map[string]string{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		code, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		ev, _, _ := strings.Cut(rest, ",")
		ev, _, _ = strings.Cut(ev, "#")
		ev = strings.ToLower(strings.TrimSpace(ev))
		if code = strings.TrimSpace(code); code != "" && ev != "" && !strings.ContainsAny(ev, " ") {
			m[code] = ev
		}
	}
	return m, sc.Err()
}

// ploverOf returns the PLOVER type of a CAMEO code, trying shorter prefixes
// ("0311" → "031" → "03") when the code itself is not in the table.
func ploverOf(table map[string]string, code string) string {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if t, ok := table[c]; ok {
			return t
		}
	}
	return ""
}

// PETRARCH codes the PETRARCH2 unit-test sentences in recordsPath with
// code, the expected CAMEO event of each converted to PLOVER with the
// table in mappingPath. The actors of these records are fictional
// (Arnor, Gondor), so only the event type is comparable.
func PETRARCH(recordsPath, mappingPath string, code EventCoder) (*EventReport, error) {
	f, err := os.Open(recordsPath)
	if err != nil {
		return nil, fmt.Errorf("petrarch eval: %w", err)
	}
	defer f.Close()
	recs, err := ReadPETRARCH(f)
	if err != nil {
		return nil, fmt.Errorf("petrarch eval: %w", err)
	}
	mf, err := os.Open(mappingPath)
	if err != nil {
		return nil, fmt.Errorf("petrarch eval: %w", err)
	}
	defer mf.Close()
	table, err := ReadCAMEOToPLOVER(mf)
	if err != nil {
		return nil, fmt.Errorf("petrarch eval: reading %s: %w", mappingPath, err)
	}
	rep := &EventReport{Name: "PETRARCH2 unit-test records"}
	for _, r := range recs {
		typ := ploverOf(table, r.Codings[0].Event)
		if typ == "" {
			continue
		}
		got := code(r.Text)
		got.Source, got.Target = "", "" // fictional actors: not compared
		rep.Items = append(rep.Items, EventItem{ID: r.ID, Text: r.Text, Gold: Event{Type: typ}, Got: got})
	}
	return rep, nil
}
