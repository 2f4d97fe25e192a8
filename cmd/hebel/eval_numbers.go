package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel/eval"
)

func (m *Main) newEvalNumbersCommand() *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "numbers [flags] DIR",
		Short: "Number recognition on the Recognizers-Text Number specs (German and English)",
		Long: `Numbers runs package quantity over the Microsoft Recognizers-Text Number
specs in DIR/{German,English} (NumberModel, NumberRangeModel, PercentModel) and
prints the pass rate per file and language. A case passes when Hebel finds
exactly the spec's numbers with the same text and value. Cases declared out of
scope (with their reason, see --verbose) count as failures.`,
		Example: `  hebel eval numbers ../shared/data/eval/recognizers-text-specs/Number`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rep, err := eval.Numbers(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintln(m.Stdout, "| language | file | passed | cases | rate |")
			fmt.Fprintln(m.Stdout, "|---|---|---:|---:|---:|")
			for i := range rep.Files {
				f := &rep.Files[i]
				fmt.Fprintf(m.Stdout, "| %s | %s | %d | %d | %.1f %% |\n", f.Lang, f.File, f.Passed, f.Cases, 100*f.PassRate())
			}
			for _, l := range []string{"German", "English"} {
				if c, p := rep.Lang(l); c > 0 {
					fmt.Fprintf(m.Stdout, "| **%s** | **all** | **%d** | **%d** | **%.1f %%** |\n", l, p, c, 100*float64(p)/float64(c))
				}
			}
			if !verbose {
				return nil
			}
			for i := range rep.Files {
				f := &rep.Files[i]
				f.SortFailures()
				for _, x := range f.Failures {
					scope := x.Scope
					if scope == "" {
						scope = "in scope"
					}
					fmt.Fprintf(m.Stdout, "\n%s %s FAIL [%s] %q\n  want %q\n  got  %q\n", f.Lang, f.File, scope, x.Input, x.Want, x.Got)
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every failed case with its reason")
	return cmd
}
