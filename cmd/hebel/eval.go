package main

import (
	"github.com/spf13/cobra"

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
	cmd.AddCommand(m.newEvalLangIDCommand())
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
