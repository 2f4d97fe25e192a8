package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/export"
)

func (m *Main) newExportCommand() *cobra.Command {
	var out, table, lang string
	cmd := &cobra.Command{
		Use:   "export FORMAT [-o PATH]",
		Short: "Export the store as CSV, JSON Lines, GraphML, GEXF or FollowTheMoney entities",
		Long: `Export writes every stored record (or those of --lang) in a format other tools read:

  csv      one file per table (` + strings.Join(export.Tables, ", ") + `) into the
           directory -o (default ./hebel-csv); --table T writes one table to
           stdout or -o FILE
  jsonl    the public records, one per line (the format of 'hebel extract')
  graphml  actors as nodes, relations as directed edges with their documents'
           dates (Gephi, networkx, yEd)
  gexf     the same as a dynamic GEXF 1.2 graph: actors and relations carry
           start and end dates, for Gephi's timeline
  ftm      FollowTheMoney entities for Aleph: an Article per document, Person,
           Organization and LegalEntity per actor, an Event per relation,
           each citing its Articles as proof

Offsets are rune offsets; unknown dates are left empty, never guessed.`,
		Example: `  hebel export csv -o tables/
  hebel export graphml -o news.graphml
  hebel export ftm | alephclient write-entities -f hebel`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			format := args[0]
			if !containsFormat(format) {
				return usagef("export format must be one of %s, not %q", strings.Join(export.Formats, ", "), format)
			}
			if table != "" && (format != "csv" || !export.IsTable(table)) {
				return usagef("--table takes one of %s, with the csv format", strings.Join(export.Tables, ", "))
			}
			switch lang {
			case "", "de", "en":
			default:
				if len(lang) != 2 {
					return usagef("--lang must be an ISO 639-1 code such as de or en, not %q", lang)
				}
			}
			store, closeStore, err := m.openStore(cmd)
			if err != nil {
				return err
			}
			defer closeStore()
			recs := export.FromStore(cmd.Context(), store, hebel.DocumentFilter{Lang: lang})
			if format == "csv" && table == "" {
				if out == "" {
					out = "hebel-csv"
				}
				return m.exportTables(out, recs)
			}
			return m.writeOut(out, func(w io.Writer) error {
				if format == "csv" {
					return export.WriteCSV(w, table, recs)
				}
				return export.Write(w, format, recs)
			})
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file (csv: directory) instead of stdout")
	cmd.Flags().StringVar(&table, "table", "", "csv: write only this table")
	cmd.Flags().StringVar(&lang, "lang", "", "export only documents in this language")
	return cmd
}

func containsFormat(f string) bool {
	for _, x := range export.Formats {
		if x == f {
			return true
		}
	}
	return false
}

// exportTables writes every CSV table into dir, one file each.
func (m *Main) exportTables(dir string, recs export.Records) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", dir, err)
	}
	for _, t := range export.Tables {
		path := filepath.Join(dir, t+".csv")
		if err := m.writeOut(path, func(w io.Writer) error { return export.WriteCSV(w, t, recs) }); err != nil {
			return err
		}
	}
	fmt.Fprintf(m.Stderr, "%s: wrote %d tables to %s\n", programName, len(export.Tables), dir)
	return nil
}

// writeOut runs write on stdout (path "" or "-") or on a new file at path,
// which is removed again when write fails.
func (m *Main) writeOut(path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriter(m.Stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	if err := write(f); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
