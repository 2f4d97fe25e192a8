package main

import (
	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/eval"
	"github.com/hebel-project/hebel/pipeline"
	"github.com/hebel-project/hebel/record"
)

func (m *Main) newEvalConstructionsCommand() *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "constructions [flags]",
		Short: "Run the invented construction suite (minimal pairs per attribution, speaker, counting and relation construction)",
		Long: `Constructions runs the suite of invented minimal pairs shipped in
eval/constructions/ (German and English) through the pipeline and prints the
recall per construction and how many negative twins held (docs/EVAL.md).
--verbose lists every case that failed, known failures ("?") included.`,
		Example: `  hebel eval constructions
  hebel eval constructions -v`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cs, err := eval.ConstructionSuite()
			if err != nil {
				return err
			}
			p := pipeline.New(nil)
			rep, err := eval.RunConstructions(cs, func(text, lang string) (*record.Record, error) {
				return record.FromRecord(p.Run(hebel.Document{Text: text, Lang: lang})), nil
			})
			if err != nil {
				return err
			}
			rep.Write(m.Stdout, verbose)
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list the cases that failed")
	return cmd
}
