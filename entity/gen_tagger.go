//go:build ignore

// gen_tagger trains the shipped name tagger models: the German one on the
// GermEval 2014 development set (CC BY 4.0; never the test set). Run by
// go generate (see doc.go):
//
//	go run gen_tagger.go -shared ../../shared/data/eval
//
// The output depends only on the data, the code and the built-in
// gazetteers: the same inputs give the same bytes.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/hebel-project/hebel/entity"
	"github.com/hebel-project/hebel/lang/de"
)

func main() {
	shared := flag.String("shared", "../../shared/data/eval", "directory of the evaluation data")
	out := flag.String("o", "tagger_de.bin", "output model file")
	holdout := flag.Int("holdout", 0, "leave out every n-th sentence (for tuning; 0 keeps all)")
	opt := entity.DefaultTrainOptions()
	flag.IntVar(&opt.Epochs, "epochs", opt.Epochs, "passes over the data")
	flag.Parse()
	sents, err := readGermEval(filepath.Join(*shared, "germeval2014-ner", "NER-de-dev.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	if *holdout > 0 {
		var keep []entity.TrainSentence
		for i, s := range sents {
			if i%*holdout != 0 {
				keep = append(keep, s)
			}
		}
		sents = keep
	}
	t := entity.TrainTagger(sents, de.Profile, opt)
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	n, err := t.WriteTo(f)
	if err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gen_tagger: %d sentences → %s (%d bytes)\n", len(sents), *out, n)
}

// readGermEval reads the outer column of a GermEval 2014 file.
func readGermEval(path string) ([]entity.TrainSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []entity.TrainSentence
	var cur entity.TrainSentence
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur.Tokens) > 0 {
				out = append(out, cur)
			}
			cur = entity.TrainSentence{}
			continue
		}
		if line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 3 {
			continue
		}
		cur.Tokens = append(cur.Tokens, fs[1])
		cur.Labels = append(cur.Labels, fs[2])
	}
	if len(cur.Tokens) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}
