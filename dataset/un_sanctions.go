package dataset

import (
	"encoding/xml"
	"errors"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	hebel "github.com/hebel-project/hebel"
)

// UNListEntry is one designation on the UN Security Council Consolidated
// List: an individual or an entity under one sanctions regime.
type UNListEntry struct {
	Kind          string   // "individual" or "entity"
	DataID        string   // DATAID
	Reference     string   // REFERENCE_NUMBER, e.g. "KPi.001" (DPRK individual 1)
	Regime        string   // UN_LIST_TYPE, e.g. "DPRK", "Al-Qaida", "Taliban"
	Name          string   // FIRST_NAME … FOURTH_NAME joined by spaces
	ListedOn      string   // LISTED_ON, yyyy-mm-dd
	Nationalities []string // NATIONALITY/VALUE
	Prov          hebel.Provenance
}

// UNList is a whole consolidated list file.
type UNList struct {
	Generated string // dateGenerated attribute, yyyy-mm-dd
	Entries   []UNListEntry
	Prov      hebel.Provenance // the file; Row is the line of CONSOLIDATED_LIST
}

// unRegimeCountries maps UN_LIST_TYPE values of country regimes to the
// ISO code of the targeted state. Al-Qaida/ISIL has no state.
var unRegimeCountries = map[string]string{
	"DPRK": "PRK", "Iraq": "IRQ", "Libya": "LBY", "Somalia": "SOM", "SouthSudan": "SSD",
	"Sudan": "SDN", "Yemen": "YEM", "CAR": "CAF", "DRC": "COD", "Haiti": "HTI",
	"GB": "GNB", "Taliban": "AFG", "Iran": "IRN", "Mali": "MLI", "Lebanon": "LBN",
	"Eritrea": "ERI", "CotedIvoire": "CIV", "Liberia": "LBR",
}

// unEntryXML is the part of an INDIVIDUAL or ENTITY element we read.
type unEntryXML struct {
	DataID      string   `xml:"DATAID"`
	First       string   `xml:"FIRST_NAME"`
	Second      string   `xml:"SECOND_NAME"`
	Third       string   `xml:"THIRD_NAME"`
	Fourth      string   `xml:"FOURTH_NAME"`
	ListType    string   `xml:"UN_LIST_TYPE"`
	Ref         string   `xml:"REFERENCE_NUMBER"`
	ListedOn    string   `xml:"LISTED_ON"`
	Nationality []string `xml:"NATIONALITY>VALUE"`
}

// LoadUNSanctions streams a UN consolidated list (sc-sanctions.xsd:
// CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL, …/ENTITIES/ENTITY) and
// returns its entries, each with the line where its element starts as
// Prov.Row. Prov.Version is the list's dateGenerated day. Entries without
// a reference number or list type are row errors; an XML syntax error
// ends the read with one error at its line.
func LoadUNSanctions(r io.Reader, file string) (UNList, []error) {
	el := &errorList{file: file}
	list := UNList{Prov: hebel.Provenance{Dataset: IDUNSanctions, File: file}}
	d := xml.NewDecoder(r)
	d.Strict = true
	for {
		line, _ := d.InputPos()
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				el.addf(se.Line, "%s", se.Msg)
			} else {
				el.addf(line, "%v", err)
			}
			break
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch start.Name.Local {
		case "CONSOLIDATED_LIST":
			list.Prov.Row = line
			for _, a := range start.Attr {
				if a.Name.Local == "dateGenerated" && len(a.Value) >= 10 {
					list.Generated = a.Value[:10]
				}
			}
			list.Prov.Version = list.Generated
		case "INDIVIDUAL", "ENTITY":
			line, _ = d.InputPos()
			var x unEntryXML
			if err := d.DecodeElement(&x, &start); err != nil {
				el.addf(line, "%s: %v", start.Name.Local, err)
				return list, el.list()
			}
			if x.Ref == "" || x.ListType == "" {
				el.addf(line, "%s %s: missing REFERENCE_NUMBER or UN_LIST_TYPE", start.Name.Local, x.DataID)
				continue
			}
			var name []string
			for _, n := range []string{x.First, x.Second, x.Third, x.Fourth} {
				if n = strings.TrimSpace(n); n != "" {
					name = append(name, n)
				}
			}
			var nats []string
			for _, n := range x.Nationality {
				if n = strings.TrimSpace(n); n != "" {
					nats = append(nats, n)
				}
			}
			list.Entries = append(list.Entries, UNListEntry{
				Kind: strings.ToLower(start.Name.Local), DataID: strings.TrimSpace(x.DataID), Reference: strings.TrimSpace(x.Ref),
				Regime: strings.TrimSpace(x.ListType), Name: strings.Join(name, " "), ListedOn: strings.TrimSpace(x.ListedOn),
				Nationalities: nats, Prov: hebel.Provenance{Dataset: IDUNSanctions, File: file, Row: line},
			})
		}
	}
	for i := range list.Entries {
		list.Entries[i].Prov.Version = list.Generated
	}
	return list, el.list()
}

// Counts returns, for every country regime (DPRK → PRK, Iraq → IRQ …),
// Indicators "un_designated_individuals" and "un_designated_entities":
// the number of entries on the list, in the year the list was generated
// (unit "entries"). Prov.Row is the line of the regime's first entry.
// Regimes without a target state (Al-Qaida) are left out.
func (l UNList) Counts() []hebel.Indicator {
	type key struct{ country, name string }
	counts := map[key]int{}
	first := map[key]int{}
	for _, e := range l.Entries {
		c, ok := unRegimeCountries[e.Regime]
		if !ok {
			continue
		}
		k := key{c, "un_designated_individuals"}
		if e.Kind == "entity" {
			k.name = "un_designated_entities"
		}
		if counts[k] == 0 {
			first[k] = e.Prov.Row
		}
		counts[k]++
	}
	year := 0
	if len(l.Generated) >= 4 {
		year, _ = strconv.Atoi(l.Generated[:4])
	}
	out := make([]hebel.Indicator, 0, len(counts))
	for k, n := range counts {
		p := l.Prov
		p.Row = first[k]
		out = append(out, hebel.Indicator{Country: k.country, Year: year, Name: k.name, Value: float64(n), Unit: "entries", Prov: p})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Country != out[j].Country {
			return out[i].Country < out[j].Country
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// KindUNDesignation is the Tie kind of one UN designation (Designations).
const KindUNDesignation = "un_designation"

// Designations returns one Tie per entry of a country regime (DPRK → PRK,
// Iraq → IRQ …; Al-Qaida has no state and is left out): Kind
// KindUNDesignation, From "UN", To the regime's state, Start the year of
// LISTED_ON, End 0 (on the list the day it was generated). Attributes:
// "listed_on" (yyyy-mm-dd), "reference", "regime", "entry" (individual
// or entity), "list_date" (the list's dateGenerated: the day the entry
// is last known to be listed) and "sender_type" = "organisation". An
// entry without a LISTED_ON date of the form yyyy-mm-dd is left out (its
// time of validity is unknown). The list holds the designations in force
// when it was generated: one delisted before is in no list, and one
// delisted after is told only by a later list that lacks it (the model
// compares lists by reference).
func (l UNList) Designations() []hebel.Tie {
	var out []hebel.Tie
	for _, e := range l.Entries {
		c, ok := unRegimeCountries[e.Regime]
		if !ok || !validDay(e.ListedOn) {
			continue
		}
		y, _ := strconv.Atoi(e.ListedOn[:4])
		out = append(out, hebel.Tie{Kind: KindUNDesignation, From: "UN", To: c, Start: y,
			Attributes: map[string]string{"listed_on": e.ListedOn, "reference": e.Reference, "regime": e.Regime,
				"entry": e.Kind, "list_date": l.Generated, "sender_type": "organisation"},
			Prov: e.Prov})
	}
	return out
}

// validDay reports whether s is a date yyyy-mm-dd.
func validDay(s string) bool {
	if len(s) != 10 {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
