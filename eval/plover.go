package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Event is what an event coder says about one sentence: the PLOVER event
// type in lower case ("" when it finds none) and the source and target
// actor ids ("" when unknown).
type Event struct {
	Type, Source, Target string
}

// EventCoder codes the event of one English sentence.
type EventCoder func(text string) Event

// EventItem is one gold sentence with the coder's answer.
type EventItem struct {
	ID      string
	Text    string
	Gold    Event    // Type lower case; Source/Target the first gold actor code
	Sources []string // every acceptable source code
	Targets []string // every acceptable target code
	Got     Event
}

// EventReport is the result of PLOVER and PETRARCH: per-item answers, to
// be summarised by Write.
type EventReport struct {
	Name  string
	Items []EventItem
}

// ploverRenamed maps event types of the 2016 PLOVER gold standard that
// PLOVER 2021 (the spec's list) merged into others, as we read the 2021
// manual: DEMAND became REQUEST; DISAPPROVE and INVESTIGATE became modes
// of ACCUSE; FIGHT became part of ASSAULT.
var ploverRenamed = map[string]string{
	"demand": "request", "disapprove": "accuse", "investigate": "accuse", "fight": "assault",
}

// PLOVER reads the PLOVER gold standard records (a JSON array, e.g.
// PLOVER_GSR_CAMEO.json.txt) and codes each sentence with code. Records
// without text (the DOCUMENT header) are skipped.
func PLOVER(path string, code EventCoder) (*EventReport, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("plover eval: %w", err)
	}
	var recs []struct {
		ID     string          `json:"id"`
		Event  string          `json:"event"`
		Text   string          `json:"text"`
		Source json.RawMessage `json:"source"`
		Target json.RawMessage `json:"target"`
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		return nil, fmt.Errorf("plover eval: reading %s: %w", path, err)
	}
	rep := &EventReport{Name: "PLOVER gold standard"}
	for _, r := range recs {
		if strings.TrimSpace(r.Text) == "" {
			continue
		}
		typ := strings.ToLower(r.Event)
		if t, ok := ploverRenamed[typ]; ok {
			typ = t
		}
		it := EventItem{ID: r.ID, Text: r.Text, Sources: actorCodes(r.Source), Targets: actorCodes(r.Target)}
		it.Gold = Event{Type: typ, Source: first(it.Sources), Target: first(it.Targets)}
		it.Got = code(r.Text)
		rep.Items = append(rep.Items, it)
	}
	return rep, nil
}

// actorCodes reads a PLOVER actor field: a list of {"code": …} objects or
// an empty string.
func actorCodes(raw json.RawMessage) []string {
	var list []struct {
		Code string `json:"code"`
	}
	if json.Unmarshal(raw, &list) != nil {
		return nil
	}
	var out []string
	for _, a := range list {
		if a.Code != "" {
			out = append(out, a.Code)
		}
	}
	return out
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Write prints the report as Markdown: event-type accuracy, actor
// agreement where gold actors are ISO codes, per-type recall and the most
// frequent confusions.
func (r *EventReport) Write(w io.Writer) {
	n, typeOK, none := len(r.Items), 0, 0
	srcN, srcOK, tgtN, tgtOK := 0, 0, 0, 0
	type cell struct{ gold, got string }
	confusion := map[cell]int{}
	perGold := map[string][2]int{}
	for _, it := range r.Items {
		c := perGold[it.Gold.Type]
		c[0]++
		if it.Got.Type == it.Gold.Type {
			typeOK++
			c[1]++
		} else {
			got := it.Got.Type
			if got == "" {
				got = "(none)"
				none++
			}
			confusion[cell{it.Gold.Type, got}]++
		}
		perGold[it.Gold.Type] = c
		if len(it.Sources) > 0 && it.Got.Source != "" {
			srcN++
			if has(it.Sources, it.Got.Source) {
				srcOK++
			}
		}
		if len(it.Targets) > 0 && it.Got.Target != "" {
			tgtN++
			if has(it.Targets, it.Got.Target) {
				tgtOK++
			}
		}
	}
	fmt.Fprintf(w, "%s: %d sentences, event type correct %d (accuracy %.3f), no event found %d\n\n",
		r.Name, n, typeOK, ratio(typeOK, n), none)
	if srcN+tgtN > 0 {
		fmt.Fprintf(w, "actors (where both gold and Hebel name one): source %d/%d (%.3f), target %d/%d (%.3f)\n\n",
			srcOK, srcN, ratio(srcOK, srcN), tgtOK, tgtN, ratio(tgtOK, tgtN))
	}
	fmt.Fprintln(w, "| gold type | sentences | correct | recall |")
	fmt.Fprintln(w, "|---|---:|---:|---:|")
	types := make([]string, 0, len(perGold))
	for t := range perGold {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := perGold[t]
		fmt.Fprintf(w, "| %s | %d | %d | %.3f |\n", t, c[0], c[1], ratio(c[1], c[0]))
	}
	cells := make([]cell, 0, len(confusion))
	for c := range confusion {
		cells = append(cells, c)
	}
	sort.Slice(cells, func(i, j int) bool {
		if confusion[cells[i]] != confusion[cells[j]] {
			return confusion[cells[i]] > confusion[cells[j]]
		}
		return cells[i].gold+cells[i].got < cells[j].gold+cells[j].got
	})
	fmt.Fprintln(w, "\nMost frequent confusions (gold → Hebel):")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| gold | Hebel | sentences |")
	fmt.Fprintln(w, "|---|---|---:|")
	for i, c := range cells {
		if i == 15 {
			break
		}
		fmt.Fprintf(w, "| %s | %s | %d |\n", c.gold, c.got, confusion[c])
	}
}
