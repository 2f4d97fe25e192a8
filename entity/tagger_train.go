package entity

import (
	"math/rand/v2"
	"strings"

	"github.com/hebel-project/hebel/lang"
)

// TrainSentence is one tokenised sentence with a gold BIO label per token:
// "O", "B-PER", "I-LOC", GermEval's "B-LOCderiv" and "I-ORGpart" (both
// learnt as derived names, which Hebel does not report), or CoNLL's
// "I-MISC" (learnt as OTH). IO-tagged data is read as BIO.
type TrainSentence struct {
	Tokens []string
	Labels []string
}

// TrainOptions control TrainTagger. DefaultTrainOptions fills them.
type TrainOptions struct {
	Epochs    int     // passes over the data
	Seed      uint64  // shuffling seed; the same seed gives the same model
	MinWeight float32 // averaged weights below this magnitude are dropped
}

// Defaults of TrainOptions.
const (
	DefaultEpochs    = 20
	DefaultSeed      = 2014
	DefaultMinWeight = 0.05
)

// DefaultTrainOptions returns the options the shipped models are built with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: DefaultEpochs, Seed: DefaultSeed, MinWeight: DefaultMinWeight}
}

// labelTag maps a gold label to a tag given the previous label's tag.
func labelTag(label string, prev int) int {
	if label == "" || label == "O" || label == "0" {
		return tagO
	}
	bio, class, ok := strings.Cut(label, "-")
	if !ok {
		return tagO
	}
	var b int
	switch {
	case strings.HasSuffix(class, "deriv") || strings.HasSuffix(class, "part"):
		b = tagBX
	case class == "PER":
		b = tagBPER
	case class == "LOC":
		b = tagBLOC
	case class == "ORG":
		b = tagBORG
	default:
		b = tagBOTH
	}
	if bio == "I" && (prev == b || prev == b+1) {
		return b + 1
	}
	return b
}

// goldTags converts labels to tags.
func goldTags(labels []string) []int {
	out := make([]int, len(labels))
	prev := tagO
	for i, l := range labels {
		out[i] = labelTag(l, prev)
		prev = out[i]
	}
	return out
}

// Text joins tokens by single spaces and returns the text with the span
// of each token, as the tagger reads pre-tokenised data.
func joinTokens(tokens []string) (string, []span) {
	var b strings.Builder
	spans := make([]span, len(tokens))
	for i, t := range tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		spans[i] = span{b.Len(), b.Len() + len(t)}
		b.WriteString(t)
	}
	return b.String(), spans
}

// trainWeights are the weights of one feature during training.
type trainWeights struct {
	w   [nTags]float32
	tot [nTags]float64
	ts  [nTags]int32
}

// TrainTagger trains a name tagger for language p on sents with the
// averaged perceptron. The result depends only on the data, p, the
// built-in gazetteers and opt.
func TrainTagger(sents []TrainSentence, p *lang.Profile, opt TrainOptions) *Tagger {
	t := &Tagger{firstNames: actorData().firstNames}
	type prepared struct {
		in   []tokInfo
		gold []int
	}
	var w *lang.ActorWords
	if p != nil {
		w = &p.Actors.Words
	}
	data := make([]prepared, 0, len(sents))
	for _, s := range sents {
		if len(s.Tokens) == 0 || len(s.Tokens) != len(s.Labels) {
			continue
		}
		text, toks := joinTokens(s.Tokens)
		in := t.infos(text, toks, gazetteerHits(text, p), w, nil)
		for i := range in {
			in[i].start = i == 0
		}
		data = append(data, prepared{in: in, gold: goldTags(s.Labels)})
	}
	ws := map[uint64]*trainWeights{}
	now := int32(1)
	update := func(f []uint64, k int, d float32) {
		for _, h := range f {
			tw := ws[h]
			if tw == nil {
				tw = &trainWeights{}
				ws[h] = tw
			}
			tw.tot[k] += float64(now-tw.ts[k]) * float64(tw.w[k])
			tw.ts[k] = now
			tw.w[k] += d
		}
	}
	var feats []uint64
	var scores [nTags]float32
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5eed))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for range opt.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, di := range order {
			d := data[di]
			t1, t2 := tagO, tagO
			for i := range d.in {
				now++
				pred := tagO
				if !skip(d.in, i, t1) {
					feats = static(d.in, i, feats[:0])
					feats = dynamic(d.in, i, t1, t2, feats)
					scores = [nTags]float32{}
					for _, h := range feats {
						if tw := ws[h]; tw != nil {
							for k := range scores {
								scores[k] += tw.w[k]
							}
						}
					}
					bs := float32(-1e30)
					for k := range nTags {
						if valid(t1, k) && scores[k] > bs {
							pred, bs = k, scores[k]
						}
					}
					if g := d.gold[i]; g != pred {
						update(feats, g, 1)
						update(feats, pred, -1)
					}
				}
				t2, t1 = t1, pred
			}
		}
	}
	// Average, prune and pack.
	t.weights = make(map[uint64]uint32, len(ws)/4)
	for h, tw := range ws {
		var avg [nTags]float32
		keep := false
		for k := range nTags {
			tot := tw.tot[k] + float64(now-tw.ts[k])*float64(tw.w[k])
			avg[k] = float32(tot / float64(now))
			if avg[k] > opt.MinWeight || avg[k] < -opt.MinWeight {
				keep = true
			} else {
				avg[k] = 0
			}
		}
		if keep {
			t.weights[h] = uint32(len(t.w))
			t.w = append(t.w, avg[:]...)
		}
	}
	t.quantise()
	t.build()
	return t
}
