package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel/ingest"
	"github.com/hebel-project/hebel/record"

	"github.com/hebel-project/hebel/eval"
	"github.com/hebel-project/hebel/langid"
)

func (m *Main) newEvalCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure Hebel's extractors against gold data written by others",
		Long: `Eval scores Hebel against gold data and prints Markdown tables ready for
docs/EVAL.md. The datasets live in ../shared/data/eval/ on a developer's machine.`,
	}
	cmd.AddCommand(m.newEvalLangIDCommand(), m.newEvalGoldCommand(), m.newEvalQuotesDECommand(), m.newEvalPolNeARCommand(), m.newEvalPLOVERCommand(), m.newEvalHTMLCommand(), m.newEvalNERCommand(), m.newEvalNumbersCommand(), m.newEvalDateTimeCommand(), m.newEvalConstructionsCommand())
	return cmd
}

func (m *Main) newEvalLangIDCommand() *cobra.Command {
	var classes []string
	var sample int
	cmd := &cobra.Command{
		Use:     "langid [flags] DIR",
		Short:   "Language identification on the lingua test data (sentences, word pairs, single words)",
		Example: `  hebel eval langid ../shared/data/eval/langid-lingua`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			det := langid.New()
			det.SampleBytes = sample
			rep, err := eval.LangID(args[0], langid.Supported, classes, func(s string) string {
				code, _ := det.Detect(s)
				return code
			})
			if err != nil {
				return err
			}
			rep.Write(m.Stdout)
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&classes, "class", []string{"sentences"}, "length classes: sentences, word-pairs, single-words")
	cmd.Flags().IntVar(&sample, "sample-bytes", langid.DefaultSampleBytes, "bytes of each text the detector reads")
	return cmd
}

func (m *Main) newEvalGoldCommand() *cobra.Command {
	var rf readFlags
	var verbose bool
	cmd := &cobra.Command{
		Use:   "gold [flags] GOLD.json ...",
		Short: "Score extraction against gold readings (claims loose and strict, quotes, relations)",
		Long: `Gold extracts the text each gold reading names (the file beside it) and scores
the record against the reading as shared/spec/gold-format.md says: P/R/F1
micro-averaged per language and over all files. --verbose lists what was missed
and what was spurious, per file.`,
		Example: `  hebel eval gold ../shared/seed/seed-article.gold.json
  hebel eval gold ../shared/data/eval/news-dev/*.gold.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			x, err := rf.extractor(m.Stdin)
			if err != nil {
				return err
			}
			rep, err := eval.ScoreGoldFiles(args, func(path string) (*record.Record, error) {
				rec, err := x.Extract(context.WithoutCancel(cmd.Context()), ingest.Input{Name: path})
				if err != nil {
					return nil, err
				}
				return record.FromRecord(rec), nil
			})
			if err != nil {
				return fmt.Errorf("eval gold: %w", err)
			}
			rep.Write(m.Stdout, verbose)
			return nil
		},
	}
	rf.register(cmd)
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list misses and spurious items per file")
	return cmd
}
