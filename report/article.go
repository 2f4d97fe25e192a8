package report

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

// Defaults of Options.
const (
	DefaultMaxPairs      = 5  // pairs of states tried, heaviest first
	DefaultMaxStatements = 24 // attributed statements listed
)

// Options shape a report.
type Options struct {
	// Headroom of the what-if's substitutes (see leverage.Scenario).
	Headroom float64
	// MaxPairs: the pairs of states tried for the main question, heaviest
	// first, until the model has data on one.
	MaxPairs int
	// MaxStatements: attributed statements listed at most.
	MaxStatements int
	// TradeShareIndicator is the prefix of indicators that report B's
	// share of total trade with a partner ("trade_share_with_" + A).
	TradeShareIndicator string
}

// DefaultOptions returns the documented defaults.
func DefaultOptions() Options {
	return Options{Headroom: leverage.DefaultHeadroom, MaxPairs: DefaultMaxPairs,
		MaxStatements: DefaultMaxStatements, TradeShareIndicator: "trade_share_with_"}
}

// Report answers an article's question with the leverage model.
type Report struct {
	Document Doc         `json:"document"`
	Pairs    []StatePair `json:"pairs,omitempty"`
	// From and To: the main pair, the direction with the larger leverage.
	From     string `json:"from,omitempty"`
	To       string `json:"to,omitempty"`
	FromName string `json:"from_name,omitempty"`
	ToName   string `json:"to_name,omitempty"`
	// AsOf is the date the model answers for: the article's publication
	// date; empty for an undated article (the latest data are used).
	AsOf string `json:"as_of,omitempty"`
	// AsOfBasis says where AsOf comes from ("the article's date"), empty
	// when it was set otherwise.
	AsOfBasis string `json:"as_of_basis,omitempty"`
	// Leverage of From over To, each channel at its latest year with data.
	Leverage *leverage.Pair `json:"leverage,omitempty"`
	// Reverse is the score of To over From.
	Reverse *leverage.Figure `json:"reverse_score,omitempty"`
	// TradeShares are To's trade shares with From that datasets report.
	TradeShares []leverage.YearFigure `json:"reported_trade_shares,omitempty"`
	// Deliveries against a cap, for each channel of the pair that has one.
	Deliveries []*leverage.Deliveries `json:"deliveries,omitempty"`
	// WhatIf cuts From's deliveries to To in the channels the article names.
	WhatIf *leverage.Outcome `json:"whatif,omitempty"`
	// Statements are the article's attributed statements about the pair.
	Statements []Statement `json:"statements,omitempty"`
	// Figures are the article's typed numbers with their claimants and
	// how the other stored sources agree or differ (see Figures).
	Figures []ArticleFigure `json:"figures,omitempty"`
	Notes   []string        `json:"notes,omitempty"`
	// Sources are the rows, claims and assumptions of every figure above.
	Sources []leverage.Source `json:"sources"`
}

// Doc identifies the article.
type Doc struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Lang   string `json:"lang,omitempty"`
	Source string `json:"source,omitempty"`
	// Published is the publication date as far as it is known
	// ("2024-12", "≤2024-05-10" for a crawl date) or "undated".
	Published string `json:"published"`
}

// Statement is an attributed statement of the article, with rune offsets
// into the document text.
type Statement struct {
	Speaker string   `json:"speaker"`
	Cue     string   `json:"cue,omitempty"`
	Kind    string   `json:"kind"`
	Text    string   `json:"text"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	States  []string `json:"states,omitempty"` // states of the pair named in its sentence
}

// Build composes the report on rec with model m. It fails only when the
// record has no document; a record that names no pair of states with data
// gives a report that says so in Notes.
func Build(rec *hebel.Record, m *leverage.Model, opts Options) (*Report, error) {
	if rec == nil || rec.Document.ID == "" {
		return nil, hebel.Errorf(hebel.EINVALID, "report: no document")
	}
	if opts.MaxPairs <= 0 {
		opts.MaxPairs = DefaultMaxPairs
	}
	d := rec.Document
	r := &Report{Document: Doc{ID: d.ID, Title: d.Title, Lang: d.Lang, Source: d.Source, Published: d.DateLabel()}, Statements: []Statement{}}
	if t := m.AsOf(); !t.IsZero() {
		r.AsOf = t.Format("2006-01-02")
		if a := ArticleAsOf(&d); a.Equal(t) {
			r.AsOfBasis = "the article's date"
		}
	}
	named, _ := ChannelsNamed(rec.Document.Text)
	r.Pairs = FindPairs(rec)
	if len(r.Pairs) == 0 {
		r.Notes = append(r.Notes, "the article names no two states in one sentence and no relation between states")
	}
	for i, sp := range r.Pairs {
		if i == opts.MaxPairs {
			break
		}
		ab, errAB := m.Analyze(sp.A, sp.B, 0)
		ba, errBA := m.Analyze(sp.B, sp.A, 0)
		if errAB != nil && errBA != nil {
			r.Notes = append(r.Notes, fmt.Sprintf("%s–%s: the model has no data on this pair", sp.A, sp.B))
			continue
		}
		main, rev := ab, ba
		if errAB != nil || errBA == nil && moreDependent(ba, ab, named) {
			main, rev = ba, ab
		}
		r.From, r.To, r.Leverage = main.From, main.To, main
		if rev != nil {
			r.Reverse = rev.Score
		}
		break
	}
	names := map[string]string{}
	for _, e := range rec.Entities {
		names[e.ID] = e.Name
	}
	r.FromName, r.ToName = orCode(names[r.From], r.From), orCode(names[r.To], r.To)
	if r.Leverage != nil {
		r.Leverage.Sources = nil // the report's table holds them
		r.TradeShares = m.IndicatorFigures(r.To, opts.TradeShareIndicator+r.From)
		seen := map[hebel.Channel]bool{}
		for _, c := range r.Leverage.Channels {
			if c.Cap == nil || seen[c.Channel] {
				continue
			}
			seen[c.Channel] = true
			if dl, err := m.Deliveries(r.To, c.Channel, 0); err == nil && len(dl.Years) > 0 {
				dl.Sources = nil
				r.Deliveries = append(r.Deliveries, dl)
			}
		}
		r.WhatIf = whatIf(rec, m, r, opts)
	}
	r.Statements = statements(rec, r.From, r.To, opts.MaxStatements)
	r.Sources = m.Sources(r)
	return r, nil
}

// moreDependent reports whether x's B depends more on its A than y's:
// in the supply channels the article names, by A's share of B's imports
// there (the supplier of what the article is about is the one with the
// lever); else by the combined score, a known score beating an unknown
// one.
func moreDependent(x, y *leverage.Pair, named []hebel.Channel) bool {
	sx, sy := namedShare(x, named), namedShare(y, named)
	if sx != sy {
		return sx > sy
	}
	switch {
	case x.Score == nil:
		return false
	case y.Score == nil:
		return true
	}
	return x.Score.Value > y.Score.Value
}

// namedShare is the largest share of B's imports A supplies in the named
// channels (0 when none is known).
func namedShare(p *leverage.Pair, named []hebel.Channel) float64 {
	best := 0.0
	for _, c := range p.Channels {
		if c.ImportShare != nil && containsChannel(named, c.Channel) {
			best = max(best, c.ImportShare.Value)
		}
	}
	return best
}

// ArticleAsOf is the date a report on d answers for: its publication
// date, or the last day of the month or year when only those are known
// (the article may have been written on any day of them); zero for an
// undated document.
func ArticleAsOf(d *hebel.Document) time.Time {
	if d.Undated() {
		return time.Time{}
	}
	p := d.Published.UTC()
	t := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
	switch d.Dating.Precision {
	case hebel.PrecisionYear:
		t = time.Date(p.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
	case hebel.PrecisionMonth:
		t = time.Date(p.Year(), p.Month()+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	}
	return t
}

func orCode(name, code string) string {
	if name == "" {
		return code
	}
	return name
}

// whatIf cuts From's deliveries to To in the supply channels the article
// names (every supply channel From delivers in when it names none), with
// sanctions enforced when it speaks of them.
func whatIf(rec *hebel.Record, m *leverage.Model, r *Report, opts Options) *leverage.Outcome {
	chs, sanctions := ChannelsNamed(rec.Document.Text)
	if len(chs) == 0 {
		for _, c := range r.Leverage.Channels {
			switch c.Channel {
			case hebel.ChannelTrade, hebel.ChannelSecurity, hebel.ChannelExportMarket, hebel.ChannelFinance:
				continue
			}
			if c.FromA != nil && c.FromA.Value > 0 {
				chs = append(chs, c.Channel)
			}
		}
	}
	if len(chs) == 0 {
		r.Notes = append(r.Notes, "no supply channel to cut: the article names none and the data records none")
		return nil
	}
	s := leverage.NewScenario()
	s.Headroom = opts.Headroom
	s.EnforceSanctions = sanctions
	s.Cuts = []leverage.Cut{{From: r.From, To: r.To, Channels: chs}}
	o, err := m.WhatIf(s)
	if err != nil {
		r.Notes = append(r.Notes, "what-if: "+hebel.ErrorMessage(err))
		return nil
	}
	o.Sources = nil
	return o
}

// statements returns the record's attributed quotes whose sentence names
// a or b (or that name them themselves), in text order.
func statements(rec *hebel.Record, a, b string, limit int) []Statement {
	out := []Statement{}
	text := rec.Document.Text
	idx := hebel.NewRuneIndex(text)
	type ment struct {
		span hebel.Span
		id   string
	}
	var ms []ment
	for _, e := range rec.Entities {
		if e.ID != a && e.ID != b {
			continue
		}
		for _, m := range e.Mentions {
			ms = append(ms, ment{m.Span, e.ID})
		}
	}
	sentenceOf := func(s hebel.Span) hebel.Span {
		out := s
		for _, x := range rec.Sentences {
			if x.Overlaps(s) {
				out.Start, out.End = min(out.Start, x.Start), max(out.End, x.End)
			}
		}
		return out
	}
	quotes := append([]hebel.Quote(nil), rec.Quotes...)
	sort.SliceStable(quotes, func(i, j int) bool { return quotes[i].Start < quotes[j].Start })
	for _, q := range quotes {
		if q.SourceOnly || q.Speaker == nil || !q.Content.Valid(len(text)) {
			continue
		}
		ctx := sentenceOf(q.Span)
		var states []string
		for _, m := range ms {
			if ctx.Contains(m.span) && !containsString(states, m.id) {
				states = append(states, m.id)
			}
		}
		if len(states) == 0 {
			continue
		}
		sort.Strings(states)
		speaker := q.Speaker.Name
		if speaker == "" {
			speaker = q.Speaker.Text
		}
		out = append(out, Statement{Speaker: speaker, Cue: q.Cue, Kind: string(q.Kind),
			Text: strings.Join(strings.Fields(q.Content.Text(text)), " "), Start: idx.Rune(q.Content.Start), End: idx.Rune(q.Content.End), States: states})
		if limit > 0 && len(out) == limit {
			break
		}
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
