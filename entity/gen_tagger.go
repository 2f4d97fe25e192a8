//go:build ignore

// gen_tagger trains the shipped name tagger models from the corpora that
// internal/nercorpus lists (German: GermEval 2014 dev, SmartData,
// Europeana, LER; English: UNER EWT, SEC filings, re3d, BTC, WNUT17; never
// a test set) and writes each model with a manifest of its inputs and
// options (tagger_<lang>.manifest), which TestTaggerManifest checks
// without retraining. Run by go generate (see doc.go):
//
//	go run gen_tagger.go -shared ../../shared -lang de
//
// The output depends only on the data, the code and the built-in
// gazetteers: the same inputs give the same bytes.
//
// For tuning, -heldout trains without every fifth sentence of the
// in-domain set (GermEval dev, UNER EWT) and scores the tagger alone on
// them; -curve prints the learning curve (per added corpus and per
// training size) on the same held-out sentences.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/hebel-project/hebel/entity"
	"github.com/hebel-project/hebel/eval"
	"github.com/hebel-project/hebel/internal/nercorpus"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

func main() {
	shared := flag.String("shared", "../../shared", "the shared data directory")
	code := flag.String("lang", "de", "language: de or en")
	out := flag.String("o", "", "output model file (default tagger_<lang>.bin)")
	heldout := flag.Bool("heldout", false, "hold out every 5th in-domain sentence and score the tagger on them")
	curve := flag.Bool("curve", false, "print the learning curve on the held-out sentences")
	heldoutFile := flag.String("heldout-file", "", "with -heldout: write the held-out sentences here (GermEval layout)")
	only := flag.String("corpora", "", "comma-separated corpora to train on (default all)")
	repeat := flag.Int("repeat", 1, "train on the in-domain set this many times per epoch")
	namesOnly := flag.String("names-only", "", "comma-separated corpora of which only sentences with a PER/LOC/ORG name are used")
	opt := entity.DefaultTrainOptions()
	flag.IntVar(&opt.Epochs, "epochs", opt.Epochs, "passes over the data")
	minWeight := flag.Float64("min-weight", float64(opt.MinWeight), "averaged weights below this magnitude are dropped")
	flag.IntVar(&heldoutFold, "fold", 0, "with -heldout: which fifth (0-4) of the in-domain set to hold out")
	flag.Parse()
	opt.MinWeight = float32(*minWeight)
	var p *lang.Profile
	var sources []nercorpus.Source
	switch *code {
	case "de":
		p, sources = de.Profile, nercorpus.German()
	case "en":
		p, sources = en.Profile, nercorpus.English()
	default:
		log.Fatalf("gen_tagger: -lang must be de or en")
	}
	keep := sources[:0:0]
	for _, s := range sources {
		if *only != "" && strings.Contains(","+*only+",", ","+s.Name+",") || *only == "" && (s.Unused == "" || *curve) {
			keep = append(keep, s)
		}
	}
	sources = keep
	sets := make([][]entity.TrainSentence, len(sources))
	for i, s := range sources {
		ss, err := s.Read(*shared, entity.TagTokens)
		if err != nil {
			log.Fatal(err)
		}
		if strings.Contains(","+*namesOnly+",", ","+s.Name+",") {
			ss = nercorpus.WithNames(ss)
		}
		sets[i] = convert(ss, i)
		if s.Tune {
			sets[i], tuneRepeat = repeated(sets[i], *repeat), max(*repeat, 1)
		}
		n := nercorpus.Names(ss)
		log.Printf("%s: %d sentences, names PER %d LOC %d ORG %d OTH %d", s.Name, len(ss), n["PER"], n["LOC"], n["ORG"], n["OTH"])
	}
	switch {
	case *curve:
		learningCurve(sources, sets, p, opt)
	case *heldout:
		train, test := split(sources, sets)
		t := entity.TrainTagger(train, p, opt)
		f1 := score(t, test, p, os.Stdout)
		var size bytes.Buffer
		t.WriteTo(&size)
		log.Printf("held-out F1 %.3f, model %d bytes", f1, size.Len())
		errorKinds(t, test, p)
		if *out != "" { // a model for measuring the whole pipeline on the held-out sentences
			var buf bytes.Buffer
			if _, err := t.WriteTo(&buf); err != nil {
				log.Fatal(err)
			}
			if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
				log.Fatal(err)
			}
		}
		if *heldoutFile != "" {
			var b strings.Builder
			for _, s := range test {
				b.WriteString("#\theld out\n")
				for i, tok := range s.Tokens {
					fmt.Fprintf(&b, "%d\t%s\t%s\tO\n", i+1, tok, s.Labels[i])
				}
				b.WriteString("\n")
			}
			if err := os.WriteFile(*heldoutFile, []byte(b.String()), 0o644); err != nil {
				log.Fatal(err)
			}
		}
	default:
		if *out == "" {
			*out = "tagger_" + *code + ".bin"
		}
		var all []entity.TrainSentence
		for _, s := range sets {
			all = append(all, s...)
		}
		start := time.Now()
		t := entity.TrainTagger(all, p, opt)
		var buf bytes.Buffer
		if _, err := t.WriteTo(&buf); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
		if err := writeManifest(*shared, *out, buf.Bytes(), sources, sets, opt); err != nil {
			log.Fatal(err)
		}
		log.Printf("%d sentences → %s (%d bytes) in %s", len(all), *out, buf.Len(), time.Since(start).Round(time.Second))
	}
}

// convert turns corpus sentences into training sentences of a domain.
func convert(ss []nercorpus.Sentence, domain int) []entity.TrainSentence {
	out := make([]entity.TrainSentence, len(ss))
	for i, s := range ss {
		out[i] = entity.TrainSentence{Tokens: s.Tokens, Labels: s.Labels, Domain: domain}
	}
	return out
}

// heldoutFold is which fifth of the in-domain set -heldout holds out.
var heldoutFold = 0

// tuneRepeat is how often each in-domain sentence stands in its set.
var tuneRepeat = 1

// repeated returns ss n times over, each copy in place of the original
// sentence (so that every fifth original stays the held-out one).
func repeated(ss []entity.TrainSentence, n int) []entity.TrainSentence {
	if n <= 1 {
		return ss
	}
	out := make([]entity.TrainSentence, 0, n*len(ss))
	for _, s := range ss {
		for range n {
			out = append(out, s)
		}
	}
	return out
}

// split returns the training sentences without every fifth sentence of
// the in-domain set, and those held-out sentences.
func split(sources []nercorpus.Source, sets [][]entity.TrainSentence) (train, test []entity.TrainSentence) {
	for i, s := range sources {
		for k, x := range sets[i] {
			if s.Tune && (k/tuneRepeat)%5 == heldoutFold {
				if k%tuneRepeat == 0 {
					test = append(test, x)
				}
			} else {
				train = append(train, x)
			}
		}
	}
	return train, test
}

// score tags test with t alone and writes the report; it returns the
// overall F1 of PER, LOC and ORG.
func score(t *entity.Tagger, test []entity.TrainSentence, p *lang.Profile, w io.Writer) float64 {
	sents := make([]eval.NERSentence, len(test))
	for i, s := range test {
		sents[i] = eval.NERSentence{Tokens: s.Tokens, Labels: s.Labels}
	}
	rep := eval.ScoreNER("held out", sents, []string{"PER", "LOC", "ORG"}, func(tokens []string) []string {
		return t.Labels(tokens, p)
	})
	if w != nil {
		rep.Write(w)
	}
	return rep.Overall.F1()
}

// learningCurve prints F1 on the held-out sentences when training on the
// in-domain set alone and then with each further corpus added, and when
// training on a growing random share of all training sentences.
func learningCurve(sources []nercorpus.Source, sets [][]entity.TrainSentence, p *lang.Profile, opt entity.TrainOptions) {
	_, test := split(sources, sets)
	fmt.Println("| training data | sentences | P | R | F1 | time |")
	fmt.Println("|---|---:|---:|---:|---:|---:|")
	row := func(name string, train []entity.TrainSentence) {
		start := time.Now()
		t := entity.TrainTagger(train, p, opt)
		sents := make([]eval.NERSentence, len(test))
		for i, s := range test {
			sents[i] = eval.NERSentence{Tokens: s.Tokens, Labels: s.Labels}
		}
		rep := eval.ScoreNER("", sents, []string{"PER", "LOC", "ORG"}, func(tokens []string) []string { return t.Labels(tokens, p) })
		c := rep.Overall
		fmt.Printf("| %s | %d | %.3f | %.3f | %.3f | %s |\n", name, len(train), c.Precision(), c.Recall(), c.F1(), time.Since(start).Round(time.Second))
	}
	var names []string
	for i := range sources {
		names = append(names, sources[i].Name)
		train, _ := split(sources[:i+1], sets[:i+1])
		row(strings.Join(names, " + "), train)
	}
	// Training size: random shares of the in-domain set alone, and of
	// everything the shipped model is trained on.
	rng := rand.New(rand.NewPCG(opt.Seed, 7))
	sample := func(all []entity.TrainSentence, frac int) []entity.TrainSentence {
		perm := rng.Perm(len(all))
		sub := make([]entity.TrainSentence, 0, len(all)/frac)
		for _, k := range perm[:len(all)/frac] {
			sub = append(sub, all[k])
		}
		return sub
	}
	var shipped []nercorpus.Source
	var shippedSets [][]entity.TrainSentence
	for i, s := range sources {
		if s.Unused == "" {
			shipped, shippedSets = append(shipped, s), append(shippedSets, sets[i])
		}
	}
	inDomain, _ := split(sources[:1], sets[:1])
	all, _ := split(shipped, shippedSets)
	for _, frac := range []int{4, 2} {
		row(fmt.Sprintf("%s, random 1/%d", sources[0].Name, frac), sample(inDomain, frac))
	}
	for _, frac := range []int{4, 2} {
		row(fmt.Sprintf("shipped corpora, random 1/%d", frac), sample(all, frac))
	}
}

// writeManifest writes the manifest beside the model: the feature set
// and options, each input file with its SHA-256, and the model's hash.
func writeManifest(shared, model string, data []byte, sources []nercorpus.Source, sets [][]entity.TrainSentence, opt entity.TrainOptions) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Inputs and options of %s, written by gen_tagger.go (go generate ./entity).\n", filepath.Base(model))
	fmt.Fprintf(&b, "# TestTaggerManifest checks them against ../shared without retraining.\n")
	fmt.Fprintf(&b, "features %d\nepochs %d\nseed %d\nmin-weight %g\n", entity.FeatureSet, opt.Epochs, opt.Seed, opt.MinWeight)
	for i, s := range sources {
		fmt.Fprintf(&b, "corpus %s %d (%s)\n", s.Name, len(sets[i]), s.Licence)
		files, err := s.Files(shared)
		if err != nil {
			return err
		}
		for _, f := range files {
			h, err := fileHash(f)
			if err != nil {
				return err
			}
			rel, err := filepath.Rel(shared, f)
			if err != nil {
				return err
			}
			fmt.Fprintf(&b, "input %s %s\n", filepath.ToSlash(rel), h)
		}
	}
	sum := sha256.Sum256(data)
	fmt.Fprintf(&b, "model %s %s\n", filepath.Base(model), hex.EncodeToString(sum[:]))
	return os.WriteFile(strings.TrimSuffix(model, ".bin")+".manifest", []byte(b.String()), 0o644)
}

// fileHash returns the hex SHA-256 of a file.
func fileHash(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// errorKinds prints how the tagger's names on test differ from the gold
// ones: right, wrong class, wrong bounds, missed, spurious.
func errorKinds(t *entity.Tagger, test []entity.TrainSentence, p *lang.Profile) {
	type span struct {
		i, j  int
		class string
	}
	spans := func(labels []string) []span {
		var out []span
		for i := 0; i < len(labels); {
			_, c, ok := strings.Cut(labels[i], "-")
			if !ok || (c != "PER" && c != "LOC" && c != "ORG") {
				i++
				continue
			}
			j := i + 1
			for j < len(labels) && labels[j] == "I-"+c {
				j++
			}
			out = append(out, span{i, j, c})
			i = j
		}
		return out
	}
	n := map[string]int{}
	for _, s := range test {
		gold, got := spans(s.Labels), spans(t.Labels(s.Tokens, p))
		for _, g := range gold {
			kind := "missed " + g.class
			for _, h := range got {
				switch {
				case h.i == g.i && h.j == g.j && h.class == g.class:
					kind = "right"
				case h.i == g.i && h.j == g.j:
					kind = "class " + g.class + "→" + h.class
				case h.i < g.j && g.i < h.j && kind[0] == 'm':
					kind = "bounds " + g.class
				}
			}
			n[kind]++
		}
		for _, h := range got {
			hit := false
			for _, g := range gold {
				hit = hit || h.i < g.j && g.i < h.j
			}
			if !hit {
				n["spurious "+h.class]++
			}
		}
	}
	for k, v := range n {
		fmt.Printf("%s\t%d\n", k, v)
	}
}
