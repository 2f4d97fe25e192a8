package leverage

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
)

// Deliveries is what each supplier delivered to B in one channel, year by
// year, beside a cap on B's imports when one is known (the UN cap on
// refined petroleum for the DPRK). Figures keep their own units: barrels
// and tonnes are listed side by side, never added; a tonnes figure is put
// into the cap's unit only with Options.BarrelsPerTonne, an assumption
// that is printed and cited.
type Deliveries struct {
	To          string         `json:"to"`
	Channel     hebel.Channel  `json:"channel"`
	Cap         *Cap           `json:"cap,omitempty"`
	Years       []DeliveryYear `json:"years"`
	Assumptions []string       `json:"assumptions,omitempty"`
	Sources     []Source       `json:"sources,omitempty"`
}

// Cap is a ceiling on B's imports in a channel, in force from Since.
type Cap struct {
	Since int    `json:"since"`
	Value Figure `json:"value"`
	Note  string `json:"note,omitempty"`
}

// DeliveryYear lists one year's deliveries by supplier and the totals
// reported for all suppliers together.
type DeliveryYear struct {
	Year       int        `json:"year"`
	Deliveries []Delivery `json:"deliveries"`
	Totals     []Delivery `json:"totals,omitempty"`
}

// Delivery is one reported figure: one supplier's deliveries (From set) or
// a total of all suppliers (From empty), for the whole year or a part of
// it (Period names it).
type Delivery struct {
	From     string `json:"from,omitempty"`
	Value    Figure `json:"value"`
	Period   string `json:"period,omitempty"` // as the source names it
	Partial  bool   `json:"partial,omitempty"`
	Claim    bool   `json:"claim,omitempty"` // a claim, not a reported figure
	Claimant string `json:"claimant,omitempty"`
	// CapShare is Value as a share of the cap, when both are in one unit
	// dimension.
	CapShare *Figure `json:"cap_share,omitempty"`
	// Converted is Value in the cap's unit by the BarrelsPerTonne
	// assumption, for tonnes figures when the option is set.
	Converted *Figure `json:"converted,omitempty"`
	Note      string  `json:"note,omitempty"`
}

// Deliveries returns the deliveries to B in channel ch from year since on
// (0: from the year the cap starts, or every year when there is no cap),
// whole-year figures first, then partial ones, then claims.
func (m *Model) Deliveries(b string, ch hebel.Channel, since int) (*Deliveries, error) {
	if b == "" {
		return nil, hebel.Errorf(hebel.EINVALID, "leverage: deliveries need a state")
	}
	d := &Deliveries{To: b, Channel: ch, Years: []DeliveryYear{}}
	var capDim string
	var capFactor float64
	if rows := m.ind[ikey{b, m.opts.CapIndicator[ch]}]; len(rows) > 0 {
		r := rows[0]
		d.Cap = &Cap{Since: r.year, Value: Figure{Value: r.value, Unit: r.unit, Sources: []int{r.ref}}}
		for i := range m.world.Indicators {
			in := &m.world.Indicators[i]
			if in.Country == b && in.Name == m.opts.CapIndicator[ch] && in.Year == r.year {
				d.Cap.Note = in.Note
			}
		}
		u := unitOf(r.unit)
		capDim, capFactor = u.dim, u.factor
		if since == 0 {
			since = r.year
		}
	}
	convRef := -1
	if m.opts.BarrelsPerTonne > 0 && d.Cap != nil && capDim == "bbl" {
		text := fmt.Sprintf("%g bbl per tonne (%s): puts tonnes beside the cap in barrels; never added to barrel figures",
			m.opts.BarrelsPerTonne, m.opts.BarrelsPerTonneSource)
		convRef = m.led.assume(text)
		d.Assumptions = append(d.Assumptions, text)
	}
	share := func(dl *Delivery) {
		if d.Cap == nil {
			return
		}
		u := unitOf(dl.Value.Unit)
		switch {
		case u.dim == capDim:
			v := dl.Value.Value * u.factor / (d.Cap.Value.Value * capFactor)
			dl.CapShare = &Figure{Value: v, Unit: UnitShare, Sources: union(dl.Value.Sources, d.Cap.Value.Sources)}
		case u.dim == "t" && convRef >= 0:
			bbl := dl.Value.Value * u.factor * m.opts.BarrelsPerTonne / capFactor
			dl.Converted = &Figure{Value: bbl, Unit: d.Cap.Value.Unit, Sources: union(dl.Value.Sources, []int{convRef})}
			dl.CapShare = &Figure{Value: bbl / d.Cap.Value.Value, Unit: UnitShare,
				Sources: union(dl.Value.Sources, d.Cap.Value.Sources, []int{convRef})}
		}
	}
	byYear := map[int]*DeliveryYear{}
	at := func(y int) *DeliveryYear {
		if byYear[y] == nil {
			byYear[y] = &DeliveryYear{Year: y, Deliveries: []Delivery{}}
		}
		return byYear[y]
	}
	for _, fi := range m.flows {
		i := int(fi)
		f := &m.world.Flows[i]
		if f.To != b || f.Channel != ch || f.Year < since || !validValue(f.Value) {
			continue
		}
		dl := Delivery{From: f.From, Period: period(f.Note), Partial: partialYear(f)}
		dl.Claim = isClaim(f)
		if dl.Claim {
			dl.Claimant = m.claimant(f)
		}
		ref := m.flowRef(i)
		dl.Value = Figure{Value: f.Value, Unit: f.Unit, Sources: []int{ref}}
		dl.Note = f.Note
		share(&dl)
		dy := at(f.Year)
		dy.Deliveries = append(dy.Deliveries, dl)
	}
	if prefix := m.opts.SuppliedIndicator[ch]; prefix != "" {
		for i := range m.world.Indicators {
			in := &m.world.Indicators[i]
			if in.Country != b || in.Year < since || !strings.HasPrefix(in.Name, prefix) || !validValue(in.Value) {
				continue
			}
			dl := Delivery{Value: Figure{Value: in.Value, Unit: in.Unit, Sources: []int{m.indRef(i)}},
				Period: period(in.Note), Partial: strings.HasSuffix(in.Name, "_partial"), Note: in.Note}
			share(&dl)
			dy := at(in.Year)
			dy.Totals = append(dy.Totals, dl)
		}
	}
	rank := func(x Delivery) int {
		switch {
		case x.Claim:
			return 2
		case x.Partial:
			return 1
		}
		return 0
	}
	for _, dy := range byYear {
		for _, list := range [][]Delivery{dy.Deliveries, dy.Totals} {
			sort.SliceStable(list, func(i, j int) bool {
				if ri, rj := rank(list[i]), rank(list[j]); ri != rj {
					return ri < rj
				}
				if list[i].From != list[j].From {
					return list[i].From < list[j].From
				}
				return list[i].Period < list[j].Period
			})
		}
		d.Years = append(d.Years, *dy)
	}
	sort.Slice(d.Years, func(i, j int) bool { return d.Years[i].Year < d.Years[j].Year })
	d.Sources = m.Sources(d)
	return d, nil
}

// period returns the period a loader's note names ("period 2020-01..2020-08;
// source: …" gives "2020-01..2020-08"), or "".
func period(note string) string {
	_, rest, ok := strings.Cut(note, "period ")
	if !ok {
		return ""
	}
	p, _, _ := strings.Cut(rest, ";")
	return strings.TrimSpace(p)
}
