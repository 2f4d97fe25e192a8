package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportExample runs 'hebel report' on the example through the real
// root command: the text states the trade dependence with year and
// sources, deliveries against the cap by supplier, the what-if with its
// assumptions and the attributed statements; the record is stored.
func TestReportExample(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	env := map[string]string{envDB: db}
	code, out, errOut := run(t, "", env, "report", "../../examples/seed-article.de.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"What leverage does", "Trade dependence: in ", "against the cap of", "by supplier",
		"Assumptions:", "shortfall before substitution", "shortfall after substitution",
		"What the article's own sources say", "Sources:"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if code, docs, _ := run(t, "", env, "docs"); code != 0 || !strings.Contains(docs, "sha256:") {
		t.Errorf("the article was not stored: %s", docs)
	}
	code, out, errOut = run(t, "", env, "report", "--no-store", "--format", "json", "../../examples/seed-article.de.txt")
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, errOut)
	}
	var r struct {
		From, To string
		Leverage *struct {
			Channels []struct {
				Channel string
				Year    int
			}
		}
		Deliveries []json.RawMessage
		WhatIf     *struct{ Assumptions []string }
		Statements []struct{ Speaker, Text string }
		Sources    []json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.From == "" || r.To == "" || r.Leverage == nil || len(r.Leverage.Channels) == 0 || len(r.Deliveries) == 0 ||
		r.WhatIf == nil || len(r.WhatIf.Assumptions) == 0 || len(r.Sources) == 0 {
		t.Errorf("incomplete report: %s", out[:min(len(out), 2000)])
	}
	for _, s := range r.Statements {
		if s.Speaker == "" || s.Text == "" {
			t.Errorf("statement without speaker or text: %+v", s)
		}
	}
}

func TestReportUsage(t *testing.T) {
	for _, args := range [][]string{
		{"report"},
		{"report", "--format", "xml", "x.txt"},
		{"report", "--barrels-per-tonne", "7", "x.txt"},
	} {
		if code, _, errOut := run(t, "", nil, args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, exitUsage, errOut)
		}
	}
}
