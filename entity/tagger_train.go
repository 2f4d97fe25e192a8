package entity

import (
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/hebel-project/hebel/lang"
)

// TrainSentence is one tokenised sentence with a gold BIO label per token:
// "O", "B-PER", "I-LOC", GermEval's "B-LOCderiv" and "I-ORGpart" (both
// learnt as derived names, which Hebel does not report), or CoNLL's
// "I-MISC" (learnt as OTH). IO-tagged data is read as BIO. Domain numbers
// the corpus's domain: 0 is the domain the model is for, others are
// corpora whose own conventions the tagger learns apart (see
// TrainTagger).
type TrainSentence struct {
	Tokens []string
	Labels []string
	Domain int
}

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
// averaged perceptron. Sentences of other domains than 0 train, besides
// the shared weights, a copy of every feature for their domain alone
// (feature augmentation, Daumé III 2007): what a corpus annotates its own
// way goes into its copy. The model keeps the shared weights plus those
// of domain 0. The result depends only on the data, p, the built-in
// gazetteers and opt.
func TrainTagger(sents []TrainSentence, p *lang.Profile, opt TrainOptions) *Tagger {
	t := &Tagger{firstNames: actorData().firstNames}
	type prepared struct {
		in     []tokInfo
		gold   []int
		domain int
	}
	var w *lang.ActorWords
	if p != nil {
		w = &p.Actors.Words
	}
	words := map[string]*wordInfo{} // shared by every use of a word
	domains := 1
	data := make([]prepared, 0, len(sents))
	for _, s := range sents {
		if len(s.Tokens) == 0 || len(s.Tokens) != len(s.Labels) || s.Domain < 0 {
			continue
		}
		text, toks := joinTokens(s.Tokens)
		in := t.flags(text, toks, gazetteerHits(text, p), nil)
		for i := range in {
			in[i].start = i == 0
			word := text[toks[i].start:toks[i].end]
			wi, ok := words[word]
			if !ok {
				x := t.wordInfo(word, in[i].upper, w)
				wi = &x
				words[word] = wi
			}
			in[i].wordInfo = wi
		}
		data = append(data, prepared{in: in, gold: goldTags(s.Labels), domain: s.Domain})
		domains = max(domains, s.Domain+1)
	}
	// ws[0] are the shared weights, ws[1+d] the copies of domain d.
	ws := make([]map[uint64]*trainWeights, 1+domains)
	for i := range ws {
		ws[i] = map[uint64]*trainWeights{}
	}
	now := int32(1)
	update := func(m map[uint64]*trainWeights, f []uint64, k int, d float32) {
		for _, h := range f {
			tw := m[h]
			if tw == nil {
				tw = &trainWeights{}
				m[h] = tw
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
					for _, m := range [2]map[uint64]*trainWeights{ws[0], ws[1+d.domain]} {
						for _, h := range feats {
							if tw := m[h]; tw != nil {
								for k := range scores {
									scores[k] += tw.w[k]
								}
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
						for _, m := range [2]map[uint64]*trainWeights{ws[0], ws[1+d.domain]} {
							update(m, feats, g, 1)
							update(m, feats, pred, -1)
						}
					}
				}
				t2, t1 = t1, pred
			}
		}
	}
	// Average the shared weights and those of domain 0, add them, prune
	// and pack.
	avgOf := func(tw *trainWeights) (avg [nTags]float32) {
		if tw == nil {
			return avg
		}
		for k := range nTags {
			tot := tw.tot[k] + float64(now-tw.ts[k])*float64(tw.w[k])
			avg[k] = float32(tot / float64(now))
		}
		return avg
	}
	hs := make([]uint64, 0, len(ws[0]))
	for h := range ws[0] {
		hs = append(hs, h)
	}
	for h := range ws[1] {
		if ws[0][h] == nil {
			hs = append(hs, h)
		}
	}
	slices.Sort(hs)
	t.weights = make(map[uint64]uint32, len(hs)/4)
	for _, h := range hs {
		a, b := avgOf(ws[0][h]), avgOf(ws[1][h])
		keep := false
		for k := range nTags {
			a[k] += b[k]
			if a[k] > opt.MinWeight || a[k] < -opt.MinWeight {
				keep = true
			} else {
				a[k] = 0
			}
		}
		if keep {
			t.weights[h] = uint32(len(t.w))
			t.w = append(t.w, a[:]...)
		}
	}
	t.quantise()
	t.build()
	return t
}

// FeatureSet numbers the tagger's feature templates. Change it with
// every change to what the features read (templates, word lists they
// test), so that the models' manifests ask for retraining.
const FeatureSet = 1
