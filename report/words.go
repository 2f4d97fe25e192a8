package report

import (
	_ "embed"
	"strings"
	"unicode"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

//go:embed channel_words.txt
var channelWordsText string

type channelWord struct {
	word  string
	alias string
}

// channelWords is channel_words.txt parsed.
var channelWords = func() []channelWord {
	var out []channelWord
	for _, line := range strings.Split(channelWordsText, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, a, ok := strings.Cut(line, "\t")
		if ok {
			out = append(out, channelWord{strings.TrimSpace(w), strings.TrimSpace(a)})
		}
	}
	return out
}()

// ChannelsNamed returns the channels text names (by channel_words.txt),
// in the model's order, and whether it speaks of sanctions.
func ChannelsNamed(text string) (channels []hebel.Channel, sanctions bool) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	seen := map[string]bool{}
	for _, w := range words {
		for _, cw := range channelWords {
			if whole, ok := strings.CutSuffix(cw.word, "$"); ok && w == whole || !ok && strings.HasPrefix(w, cw.word) {
				seen[cw.alias] = true
			}
		}
	}
	var aliases []string
	for a := range seen {
		if a == "sanctions" {
			sanctions = true
			continue
		}
		aliases = append(aliases, a)
	}
	chs, err := leverage.ParseChannels(strings.Join(aliases, ","))
	if err != nil || len(aliases) == 0 {
		return nil, sanctions
	}
	for _, c := range []hebel.Channel{hebel.ChannelRefined, hebel.ChannelCrude, hebel.ChannelGas, hebel.ChannelLNG, hebel.ChannelCereals,
		hebel.ChannelFood, hebel.ChannelFertilizer, hebel.ChannelArms, hebel.ChannelFinance} {
		for _, x := range chs {
			if x == c {
				channels = append(channels, c)
			}
		}
	}
	return channels, sanctions
}
