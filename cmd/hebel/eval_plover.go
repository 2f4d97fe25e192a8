package main

import (
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel/entity"
	"github.com/hebel-project/hebel/eval"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/relation"
	"github.com/hebel-project/hebel/segment"
)

func (m *Main) newEvalPLOVERCommand() *cobra.Command {
	var petrarch, mapping string
	cmd := &cobra.Command{
		Use:   "plover [flags] PLOVER_GSR.json",
		Short: "Event types of the PLOVER gold sentences and the PETRARCH2 unit-test records",
		Long: `Plover codes each English sentence of the PLOVER gold standard with Hebel's
relation triggers (the first event found, one with both sides preferred) and
prints event-type accuracy, actor agreement and the most frequent confusions.
With --petrarch it does the same for the PETRARCH2 unit-test records, whose
CAMEO codes are converted to PLOVER with --mapping (default: the
CAMEO2PLOVER-2021.txt beside the PLOVER file).`,
		Example: `  hebel eval plover ../shared/data/eval/plover/PLOVER_GSR_CAMEO.json.txt \
    --petrarch ../shared/data/eval/petrarch2/PETR.UnitTest.records.xml`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			countries := entity.Countries()
			code := func(text string) eval.Event {
				sents := segment.Split(text, en.Profile)
				evs := relation.Events(text, sents, countries.Find(text, en.Profile), en.Profile)
				best, score := eval.Event{}, -1
				for _, e := range evs {
					s := 0
					if e.From != "" {
						s++
					}
					if e.To != "" {
						s++
					}
					if s > score {
						best, score = eval.Event{Type: string(relation.PLOVER(e.Type)), Source: e.From, Target: e.To}, s
					}
				}
				return best
			}
			rep, err := eval.PLOVER(args[0], code)
			if err != nil {
				return err
			}
			rep.Write(m.Stdout)
			if petrarch == "" {
				return nil
			}
			if mapping == "" {
				mapping = filepath.Join(filepath.Dir(args[0]), "CAMEO2PLOVER-2021.txt")
			}
			prep, err := eval.PETRARCH(petrarch, mapping, code)
			if err != nil {
				return err
			}
			m.Stdout.Write([]byte("\n"))
			prep.Write(m.Stdout)
			return nil
		},
	}
	cmd.Flags().StringVar(&petrarch, "petrarch", "", "also score the PETRARCH2 unit-test records in this file")
	cmd.Flags().StringVar(&mapping, "mapping", "", "CAMEO → PLOVER table for --petrarch")
	return cmd
}
