package leverage

import (
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
)

// channelOrder is the order in which channels are reported.
var channelOrder = []hebel.Channel{
	hebel.ChannelTrade, hebel.ChannelExportMarket, hebel.ChannelRefined, hebel.ChannelCrude, hebel.ChannelGas,
	hebel.ChannelLNG, hebel.ChannelCereals, hebel.ChannelFood, hebel.ChannelFertilizer, hebel.ChannelArms,
	hebel.ChannelFinance, hebel.ChannelSecurity, hebel.ChannelSanctions,
}

// channelAliases maps the words people use on the command line to channels.
var channelAliases = map[string][]hebel.Channel{
	"oil":               {hebel.ChannelRefined, hebel.ChannelCrude},
	"petroleum":         {hebel.ChannelRefined, hebel.ChannelCrude},
	"energy":            {hebel.ChannelRefined, hebel.ChannelCrude, hebel.ChannelGas, hebel.ChannelLNG},
	"gas":               {hebel.ChannelGas, hebel.ChannelLNG},
	"natural_gas":       {hebel.ChannelGas, hebel.ChannelLNG},
	"pipeline":          {hebel.ChannelGas},
	"lng":               {hebel.ChannelLNG},
	"finance":           {hebel.ChannelFinance},
	"aid":               {hebel.ChannelFinance},
	"loans":             {hebel.ChannelFinance},
	"export_market":     {hebel.ChannelExportMarket},
	"exports":           {hebel.ChannelExportMarket},
	"market":            {hebel.ChannelExportMarket},
	"refined":           {hebel.ChannelRefined},
	"refined_petroleum": {hebel.ChannelRefined},
	"fuel":              {hebel.ChannelRefined},
	"crude":             {hebel.ChannelCrude},
	"crude_oil":         {hebel.ChannelCrude},
	"food":              {hebel.ChannelCereals, hebel.ChannelFood},
	"cereals":           {hebel.ChannelCereals},
	"grain":             {hebel.ChannelCereals},
	"wheat":             {hebel.ChannelCereals},
	"fertilizer":        {hebel.ChannelFertilizer},
	"fertiliser":        {hebel.ChannelFertilizer},
	"arms":              {hebel.ChannelArms},
	"weapons":           {hebel.ChannelArms},
	"security":          {hebel.ChannelSecurity},
	"alliance":          {hebel.ChannelSecurity},
	"defense":           {hebel.ChannelSecurity},
	"defence":           {hebel.ChannelSecurity},
	"sanctions":         {hebel.ChannelSanctions},
	"trade":             {hebel.ChannelTrade},
	"total":             {hebel.ChannelTrade},
	"all":               nil, // every channel
}

// ParseChannels reads a comma-separated list of channel names or aliases
// ("oil,food": oil means refined petroleum and crude oil). "all" or an
// empty list returns nil, meaning every channel. An unknown word fails
// with EINVALID.
func ParseChannels(s string) ([]hebel.Channel, error) {
	var out []hebel.Channel
	for _, w := range strings.Split(s, ",") {
		w = strings.ToLower(strings.TrimSpace(w))
		if w == "" {
			continue
		}
		chs, ok := channelAliases[w]
		if !ok {
			return nil, hebel.Errorf(hebel.EINVALID, "unknown channel %q (try trade, export_market, oil, refined, crude, gas, lng, food, cereals, fertilizer, arms, finance, security, all)", w)
		}
		if chs == nil {
			return nil, nil
		}
		for _, c := range chs {
			if !containsChannel(out, c) {
				out = append(out, c)
			}
		}
	}
	return out, nil
}

func containsChannel(list []hebel.Channel, c hebel.Channel) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}

// channels returns the channels the world has data for, known ones first
// in channelOrder, then others by name.
func (m *Model) channels() []hebel.Channel {
	seen := map[hebel.Channel]bool{}
	for k := range m.chYears {
		seen[k.ch] = true
	}
	var out []hebel.Channel
	for _, c := range channelOrder {
		if seen[c] {
			out = append(out, c)
			delete(seen, c)
		}
	}
	var rest []string
	for c := range seen {
		rest = append(rest, string(c))
	}
	sort.Strings(rest)
	for _, c := range rest {
		out = append(out, hebel.Channel(c))
	}
	return out
}
