package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/entity"
	"github.com/hebel-project/hebel/eval"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

func (m *Main) newEvalNERCommand() *cobra.Command {
	var format, language, speakers string
	var noTagger, taggerOnly, verbose bool
	cmd := &cobra.Command{
		Use:   "ner [flags] FILE ...",
		Short: "Named-entity recognition: P/R/F1 per class (PER, LOC, ORG) by exact span match",
		Long: `Ner tags tokenised NER data with Hebel's actor recognition (tagger,
gazetteers and rules, as extract reports actors; --tagger-only: the
statistical tagger alone) and scores exact span matches of PER, LOC and ORG
(OTH/MISC and GermEval's *deriv and *part are ignored). GermEval files are
read with --format germeval (outer column), CoNLL-style files (last column
is the tag, IO or BIO) with --format conll, Universal NER files (iob2, tag
in the third column) with --format uner.

--speakers DIR instead scores the German Wikinews quotation data: the share
of gold speaker spans that overlap a recognised actor mention.`,
		Example: `  hebel eval ner --format germeval ../shared/data/eval/germeval2014-ner/NER-de-test.tsv
  hebel eval ner --format conll --lang en ../shared/data/eval/wikigold-ner-en/wikigold.conll.txt
  hebel eval ner --format conll ../shared/data/eval/europarl-ner-de-pado/ep-96-04-15_pado_annotated.tsv
  hebel eval ner --format uner --lang en ../shared/data/train/ner-en/uner-en-pud/en_pud-ud-test.iob2
  hebel eval ner --speakers ../shared/data/eval/german-quotes-wikinews/dev`,
		RunE: func(cmd *cobra.Command, args []string) error {
			var p *lang.Profile
			switch language {
			case "de":
				p = de.Profile
			case "en":
				p = en.Profile
			default:
				return hebel.Errorf(hebel.EINVALID, "eval ner: --lang must be de or en, not %q", language)
			}
			r := entity.Actors()
			r.Tagger = !noTagger
			if speakers != "" {
				rep, err := eval.SpeakerOverlap(speakers, func(text string) []hebel.Span {
					var out []hebel.Span
					for _, e := range r.Find(text, p) {
						for _, m := range e.Mentions {
							out = append(out, m.Span)
						}
					}
					return out
				})
				if err != nil {
					return err
				}
				rep.Write(m.Stdout, verbose)
				return nil
			}
			if len(args) == 0 {
				return hebel.Errorf(hebel.EINVALID, "eval ner: name a file or --speakers DIR")
			}
			for _, path := range args {
				sents, err := eval.ReadNER(path, eval.NERFormat(format))
				if err != nil {
					return err
				}
				tag := func(tokens []string) []string { return r.Labels(tokens, p) }
				if taggerOnly {
					t := entity.TaggerFor(p)
					if t == nil {
						return hebel.Errorf(hebel.EINVALID, "eval ner: no tagger for %s", p.Code)
					}
					tag = func(tokens []string) []string { return t.Labels(tokens, p) }
				}
				rep := eval.ScoreNER(path, sents, []string{"PER", "LOC", "ORG"}, tag)
				rep.Write(m.Stdout)
				fmt.Fprintln(m.Stdout)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "germeval", "file format: germeval, conll or uner")
	cmd.Flags().StringVar(&language, "lang", "de", "language profile: de or en")
	cmd.Flags().StringVar(&speakers, "speakers", "", "score speaker overlap on a German Wikinews quotation directory instead")
	cmd.Flags().BoolVar(&noTagger, "no-tagger", false, "gazetteers and rules only")
	cmd.Flags().BoolVar(&taggerOnly, "tagger-only", false, "the statistical tagger alone, without gazetteers, rules or corrections")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list missed speakers")
	return cmd
}
