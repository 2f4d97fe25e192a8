package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// runLeverage runs the leverage and whatif commands under a bare root, as
// they will run once root.go registers them.
func runLeverage(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
	root := &cobra.Command{Use: programName, SilenceUsage: true, SilenceErrors: true}
	root.AddCommand(m.newLeverageCommand(), m.newWhatIfCommand())
	root.SetArgs(args)
	root.SetOut(&stdout)
	root.SetErr(&stderr)
	if err := root.ExecuteContext(context.Background()); err != nil {
		if _, ok := err.(*usageError); ok || isCobraUsage(err) {
			return exitUsage, stdout.String(), err.Error()
		}
		return exitFailed, stdout.String(), err.Error()
	}
	return exitOK, stdout.String(), stderr.String()
}

func TestLeverageCommand(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"pair text", []string{"leverage", "CHN", "PRK", "--year", "2014"}, 0, []string{"Leverage of CHN over PRK (2014)", "trade (2014, USD million)", "Sources:", "[1]"}},
		{"pair json", []string{"leverage", "chn", "prk", "--format", "json"}, 0, []string{`"from": "CHN"`, `"sources"`}},
		{"rank", []string{"leverage", "--from", "CHN", "--rank", "--year", "2014", "--limit", "5"}, 0, []string{"  1. PRK", "Sources:"}},
		{"one state", []string{"leverage", "CHN"}, exitUsage, nil},
		{"bad format", []string{"leverage", "CHN", "PRK", "--format", "xml"}, exitUsage, nil},
		{"whatif", []string{"whatif", "--cut", "CHN:PRK:oil,food", "--enforce-sanctions", "--substitute", "RUS,BLR", "--headroom", "2"}, 0, []string{"Assumptions:", "headroom h = 2", "Sources:"}},
		{"whatif trade 2014", []string{"whatif", "--cut", "CHN:PRK:trade", "--year", "2014"}, 0, []string{"trade to PRK (2014", "shortfall after substitution", "Affected second-hand"}},
		{"whatif bad cut", []string{"whatif", "--cut", "CHN"}, exitUsage, nil},
		{"whatif bad channel", []string{"whatif", "--cut", "CHN:PRK:gold"}, exitUsage, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runLeverage(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr %s\n%s", code, tc.code, errOut, out)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestLeverageJSONIsFigures(t *testing.T) {
	code, out, errOut := runLeverage(t, "leverage", "CHN", "PRK", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var v struct {
		Score struct {
			Value   float64 `json:"value"`
			Sources []int   `json:"sources"`
		} `json:"score"`
		Sources []struct {
			ID   int    `json:"id"`
			Kind string `json:"kind"`
		} `json:"sources"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if v.Score.Value <= 0 || len(v.Score.Sources) == 0 || len(v.Sources) == 0 {
		t.Errorf("score %+v, %d sources", v.Score, len(v.Sources))
	}
}
