package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/internal/ftmtest"
	"github.com/hebel-project/hebel/internal/servicetest"
	"github.com/hebel-project/hebel/internal/sharedtest"
)

// networkxPython returns a Python 3 that imports networkx (Debian's
// python3-networkx), or ends the test as a missing service.
func networkxPython(t *testing.T) string {
	t.Helper()
	var last error
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		out, err := exec.Command(py, "-c", "import networkx; print(networkx.__version__)").CombinedOutput()
		if err == nil {
			t.Logf("%s: networkx %s", py, strings.TrimSpace(string(out)))
			return py
		}
		last = fmt.Errorf("%s: %v: %s", py, err, strings.TrimSpace(string(out)))
	}
	servicetest.Unavailable(t, "python3 with networkx (apt-get install python3-networkx)", last)
	return ""
}

// TestExportNewsDev is the acceptance check of the exports: the news-dev
// texts are ingested; GraphML and GEXF load in networkx with one node per
// actor and one edge per relation of the records; the FtM entities
// validate against the FollowTheMoney schema; the CSV tables and JSONL
// hold every document.
func TestExportNewsDev(t *testing.T) {
	dir := sharedtest.Dir(t, "data", "eval", "news-dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no news-dev texts")
	}
	tmp := t.TempDir()
	db := filepath.Join(tmp, "hebel.db")
	if code, _, errOut := run(t, "", nil, append([]string{"ingest", "-q", "--db", db}, files...)...); code != 0 {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	code, out, errOut := run(t, "", nil, "export", "jsonl", "--db", db)
	if code != 0 {
		t.Fatalf("export jsonl: %d %s", code, errOut)
	}
	recs := decodeAll(t, out)
	if len(recs) != len(files) {
		t.Fatalf("jsonl has %d records of %d files", len(recs), len(files))
	}
	actors, relations := map[string]bool{}, 0
	for _, r := range recs {
		for _, e := range r.Entities {
			actors[e.ID] = true
		}
		for _, rel := range r.Relations {
			actors[rel.From], actors[rel.To] = true, true
			relations++
		}
	}
	t.Logf("news-dev: %d documents, %d actors, %d relations", len(recs), len(actors), relations)

	py := networkxPython(t)
	for _, format := range []string{"graphml", "gexf"} {
		path := filepath.Join(tmp, "news-dev."+format)
		if code, _, errOut := run(t, "", nil, "export", format, "--db", db, "-o", path); code != 0 {
			t.Fatalf("export %s: %d %s", format, code, errOut)
		}
		read := map[string]string{"graphml": "read_graphml", "gexf": "read_gexf"}[format]
		script := fmt.Sprintf(`import json, sys, networkx as nx
g = nx.%s(sys.argv[1])
dated = sum(1 for _, _, d in g.edges(data=True) if d.get("published") or d.get("start"))
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "dated_edges": dated, "directed": g.is_directed()}))`, read)
		res, err := exec.Command(py, "-c", script, path).CombinedOutput()
		if err != nil {
			t.Fatalf("networkx %s: %v\n%s", read, err, res)
		}
		var got struct {
			Nodes      int  `json:"nodes"`
			Edges      int  `json:"edges"`
			DatedEdges int  `json:"dated_edges"`
			Directed   bool `json:"directed"`
		}
		if err := json.Unmarshal(res, &got); err != nil {
			t.Fatalf("networkx said %s", res)
		}
		t.Logf("%s in networkx: %d nodes, %d edges (%d dated)", format, got.Nodes, got.Edges, got.DatedEdges)
		if got.Nodes != len(actors) || got.Edges != relations || !got.Directed {
			t.Errorf("%s in networkx: %d nodes, %d edges; want %d actors, %d relations", format, got.Nodes, got.Edges, len(actors), relations)
		}
		if got.DatedEdges == 0 {
			t.Errorf("%s: no edge carries a date", format)
		}
	}

	code, out, errOut = run(t, "", nil, "export", "ftm", "--db", db)
	if code != 0 {
		t.Fatalf("export ftm: %d %s", code, errOut)
	}
	var ents []ftmtest.Entity
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var e ftmtest.Entity
		if err := dec.Decode(&e); err != nil {
			t.Fatal(err)
		}
		ents = append(ents, e)
	}
	m, err := ftmtest.Load()
	if err != nil {
		t.Fatal(err)
	}
	errs := m.Validate(ents)
	for i, err := range errs {
		if i < 20 {
			t.Error(err)
		}
	}
	schemas := map[string]int{}
	for _, e := range ents {
		schemas[e.Schema]++
	}
	t.Logf("ftm: %d entities %v, %d violations", len(ents), schemas, len(errs))
	if schemas["Article"] != len(recs) || schemas["Event"] != relations {
		t.Errorf("ftm: %v; want %d Articles and %d Events", schemas, len(recs), relations)
	}

	csvDir := filepath.Join(tmp, "csv")
	if code, _, errOut := run(t, "", nil, "export", "csv", "--db", db, "-o", csvDir); code != 0 {
		t.Fatalf("export csv: %d %s", code, errOut)
	}
	b, err := os.ReadFile(filepath.Join(csvDir, "documents.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\nsha256:"); n != len(recs) {
		t.Errorf("documents.csv has %d rows, want %d", n, len(recs))
	}
}

func TestExportUsage(t *testing.T) {
	for _, args := range [][]string{{"export"}, {"export", "pdf"}, {"export", "jsonl", "--table", "claims"}, {"export", "csv", "--table", "nope"}} {
		if code, _, _ := run(t, "", nil, append(args, "--db", filepath.Join(t.TempDir(), "x.db"))...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}
