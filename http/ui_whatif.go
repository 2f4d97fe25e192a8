package http

import (
	"fmt"

	"github.com/hebel-project/hebel/leverage"
)

// whatIfView is the result of the what-if form.
type whatIfView struct {
	Cuts        []string
	AsOf        string
	Assumptions []string
	Notes       []string
	Effects     []effectRow
	SecondHand  []exposureRow
	Sources     []sourceRow
}

type effectRow struct {
	To, Channel, Unit, Reason         string
	Year                              int
	Supply, Lost, LostShare, Replaced figCell
	Shortfall, ShortfallShare         figCell
}

type exposureRow struct {
	Country, Via, Kind, Channel, Note string
	Volume, Share                     figCell
}

func newWhatIfView(o *leverage.Outcome) *whatIfView {
	ix := newSourceIndex("wsrc", o.Sources)
	v := &whatIfView{AsOf: o.AsOf, Assumptions: o.Assumptions, Notes: o.Notes, Sources: sourceRows(ix, o.Sources)}
	for _, c := range o.Scenario.Cuts {
		what := "every channel"
		if len(c.Channels) > 0 {
			what = fmt.Sprint(c.Channels)
		}
		v.Cuts = append(v.Cuts, fmt.Sprintf("%s stops its deliveries to %s in %s", c.From, c.To, what))
	}
	for _, e := range o.Effects {
		v.Effects = append(v.Effects, effectRow{To: e.To, Channel: string(e.Channel), Unit: e.Unit, Reason: e.Reason, Year: e.Year,
			Supply: ix.cell(&e.Supply), Lost: ix.cell(&e.Lost), LostShare: ix.cell(&e.LostShare), Replaced: ix.cell(&e.Replaced),
			Shortfall: ix.cell(&e.Shortfall), ShortfallShare: ix.cell(&e.ShortfallShare)})
	}
	for _, x := range o.SecondHand {
		v.SecondHand = append(v.SecondHand, exposureRow{Country: x.Country, Via: x.Via, Kind: x.Kind, Channel: string(x.Channel),
			Note: x.Note, Volume: ix.cell(&x.Volume), Share: ix.cell(x.Share)})
	}
	return v
}
