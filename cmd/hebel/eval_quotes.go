package main

import (
	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/eval"
	"github.com/hebel-project/hebel/pipeline"
)

// quoteExtractor runs the whole pipeline (entities included, so speakers
// are linked) on a text of a known language and returns its statements.
func quoteExtractor() eval.QuoteExtractor {
	p := pipeline.New(nil)
	return func(text, lang string) []hebel.Quote {
		return p.Run(hebel.Document{Text: text, Lang: lang}).Quotes
	}
}

func (m *Main) newEvalQuotesDECommand() *cobra.Command {
	return &cobra.Command{
		Use:   "quotes-de DIR",
		Short: "Quotation attribution on the German Wikinews dataset (content, speaker, cue, pairing; lenient)",
		Long: `Quotes-de runs the pipeline on every article of one split of the German
Wikinews quotation dataset (Petersen-Frey & Biemann, LREC-COLING 2024) and
scores the statements against the annotations: content, speaker and cue
P/R/F1 and speaker+content pairing, counting any character overlap as a
match, with content recall per quotation type. Develop on train or dev;
run test once.`,
		Example: `  hebel eval quotes-de ../shared/data/eval/german-quotes-wikinews/dev`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rep, err := eval.QuotesDE(args[0], quoteExtractor())
			if err != nil {
				return err
			}
			rep.Write(m.Stdout)
			return nil
		},
	}
}

func (m *Main) newEvalPolNeARCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "polnear DIR",
		Short: "Attribution on PolNeAR (English; source, cue, content; lenient)",
		Long: `Polnear runs the pipeline on every article of one PolNeAR split (DIR holds
text/ and attributions/) and scores the statements against the first
annotator's attributions: content, source and cue P/R/F1 and
source+content pairing, counting any character overlap as a match.`,
		Example: `  hebel eval polnear ../shared/data/eval/polnear/dev`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rep, err := eval.PolNeAR(args[0], quoteExtractor())
			if err != nil {
				return err
			}
			rep.Write(m.Stdout)
			return nil
		},
	}
}
