package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel/eval"
)

func (m *Main) newEvalDateTimeCommand() *cobra.Command {
	var verbose bool
	var set, export, peer string
	cmd := &cobra.Command{
		Use:   "datetime [flags] DIR",
		Short: "Time expressions on the Recognizers-Text DateTime specs (German and English)",
		Long: `Datetime resolves the date and date-range cases of the Microsoft
Recognizers-Text DateTime specs in DIR/{German,English} with package timex,
against each case's reference date, and prints the accuracy per language and
set: dev (DateParser, DatePeriodParser), model (the date and daterange results
of DateTimeModel) and held-out (those of MergedParser). A case is right when the expression Hebel finds over
the expected words resolves to the spec's past or future reading; an impossible
date is right when nothing is resolved. Cases out of scope are counted and,
with --verbose, listed with their reason.

--export writes the cases in scope as JSON for a peer; --peer reads the peer's
answers (bench/peers/datetime-peer.js: chrono-node) and scores them beside.`,
		Example: `  hebel eval datetime ../shared/data/eval/recognizers-text-specs/DateTime
  hebel eval datetime --export /tmp/cases.json DIR && node bench/peers/datetime-peer.js /tmp/cases.json > /tmp/chrono.json
  hebel eval datetime --set all --peer /tmp/chrono.json DIR`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch set {
			case "dev", "model", "held-out", "all":
			default:
				return usagef("--set must be dev, model, held-out or all, not %q", set)
			}
			all, err := eval.LoadDateTime(args[0])
			if err != nil {
				return err
			}
			var cases []eval.DateTimeCase
			for _, c := range all {
				if set == "all" || c.Set == set {
					cases = append(cases, c)
				}
			}
			if export != "" {
				return writeJSONFile(export, cases)
			}
			ours := map[string]eval.DateTimeAnswer{}
			for _, c := range cases {
				if c.Scope == "" {
					ours[c.ID] = eval.HebelDateTime(c)
				}
			}
			res, misses := eval.ScoreDateTime(cases, ours)
			var peerRes []eval.DateTimeResult
			var peerMisses []eval.DateTimeMiss
			if peer != "" {
				answers, err := readAnswers(peer)
				if err != nil {
					return err
				}
				peerRes, peerMisses = eval.ScoreDateTime(cases, answers)
			}
			fmt.Fprintln(m.Stdout, "| language | set | type | in scope | Hebel | chrono-node | impossible dates refused | out of scope |")
			fmt.Fprintln(m.Stdout, "|---|---|---|---:|---:|---:|---:|---:|")
			rows, peerRows := append(res, eval.Totals(res)...), append(peerRes, eval.Totals(peerRes)...)
			for i, r := range rows {
				p := "—"
				if peer != "" && i < len(peerRows) {
					p = fmt.Sprintf("%d (%.1f %%)", peerRows[i].Right, 100*peerRows[i].Accuracy())
				}
				b := ""
				if r.Type == "all" {
					b = "**"
				}
				fmt.Fprintf(m.Stdout, "| %s%s%s | %s | %s | %d | %s%d (%.1f %%)%s | %s | %d of %d | %d |\n", b, r.Lang, b, r.Set, r.Type, r.Cases,
					b, r.Right, 100*r.Accuracy(), b, p, r.ImpossibleRefused, r.ImpossibleCases, r.OutOfScope)
			}
			if !verbose {
				return nil
			}
			scopes := map[string][]string{}
			for _, c := range cases {
				if c.Scope != "" {
					scopes[c.Scope] = append(scopes[c.Scope], fmt.Sprintf("%s %q", c.ID, c.Text))
				}
			}
			keys := make([]string, 0, len(scopes))
			for k := range scopes {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			fmt.Fprintln(m.Stdout, "\nOut of scope:")
			for _, k := range keys {
				fmt.Fprintf(m.Stdout, "  %s (%d)\n", k, len(scopes[k]))
				for _, s := range scopes[k] {
					fmt.Fprintf(m.Stdout, "    %s\n", s)
				}
			}
			for _, x := range []struct {
				who    string
				misses []eval.DateTimeMiss
			}{{"Hebel", misses}, {"chrono-node", peerMisses}} {
				if x.who != "Hebel" && peer == "" {
					continue
				}
				fmt.Fprintf(m.Stdout, "\n%s misses (%d):\n", x.who, len(x.misses))
				for _, ms := range x.misses {
					fmt.Fprintf(m.Stdout, "  %s ref %s %q: want %q %v, got %q %q\n", ms.Case.ID, ms.Case.Ref, ms.Case.Input,
						ms.Case.Text, ms.Case.Want, ms.Got.Text, ms.Got.Value)
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list the cases out of scope and every miss")
	cmd.Flags().StringVar(&set, "set", "dev", "cases to run: dev, model, held-out or all")
	cmd.Flags().StringVar(&export, "export", "", "write the cases as JSON to this file for a peer, and stop")
	cmd.Flags().StringVar(&peer, "peer", "", "score a peer's answers (JSON array of {id, text, value}) beside Hebel's")
	return cmd
}

func writeJSONFile(path string, v any) error {
	data, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

func readAnswers(path string) (map[string]eval.DateTimeAnswer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var list []eval.DateTimeAnswer
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, usagef("--peer %s: want a JSON array of {id, text, value}: %v", path, err)
	}
	out := make(map[string]eval.DateTimeAnswer, len(list))
	for _, a := range list {
		out[a.ID] = a
	}
	return out, nil
}
