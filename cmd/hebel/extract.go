package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dating"
	"github.com/hebel-project/hebel/htmltext"
	"github.com/hebel-project/hebel/ingest"
	"github.com/hebel-project/hebel/langid"
	"github.com/hebel-project/hebel/pipeline"
	"github.com/hebel-project/hebel/reader"
	"github.com/hebel-project/hebel/record"
)

// readFlags are the flags every command that reads documents shares.
type readFlags struct {
	maxBytes  int64
	format    string // forced input format: "", "text", "html"
	lang      string // forced language
	fallback  bool   // trafilatura's fallback chain
	published string // --published: the publication date of every input
	noMeta    bool   // --no-meta-files: ignore sidecars and INDEX.json
}

func (f *readFlags) register(cmd *cobra.Command) {
	cmd.Flags().Int64Var(&f.maxBytes, "max-bytes", reader.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	cmd.Flags().StringVar(&f.format, "input", "", "input format: text or html (default: guess from name and content)")
	cmd.Flags().StringVar(&f.lang, "lang", "", "language of the inputs (de or en; default: detect)")
	cmd.Flags().StringVar(&f.published, "published", "", "publication date of every input: YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339, optionally with a note in parentheses (it outranks every other date source; default: from the input's metadata, a sidecar NAME.meta.json, INDEX.json or a dateline, else undated)")
	cmd.Flags().BoolVar(&f.noMeta, "no-meta-files", false, "do not read sidecars (NAME.EXT.meta.json, NAME.meta.json) or INDEX.json beside plain-text inputs")
	cmd.Flags().BoolVar(&f.fallback, "html-fallback", htmltext.DefaultFallback, "HTML: also try go-trafilatura's fallback extractors (about 1.6× the CPU, F1 +0.01); --html-fallback=false turns them off")
}

// extractor wires reader, HTML extraction, language identification and
// the pipeline.
func (f *readFlags) extractor(stdin io.Reader) (*ingest.Extractor, error) {
	switch f.format {
	case "", reader.FormatText, reader.FormatHTML:
	default:
		return nil, usagef("--input must be text or html, not %q", f.format)
	}
	switch f.lang {
	case "", "de", "en":
	default:
		return nil, usagef("--lang must be de or en, not %q", f.lang)
	}
	hopts := htmltext.DefaultOptions()
	hopts.Fallback = f.fallback
	ropts := reader.DefaultOptions()
	ropts.MaxBytes = f.maxBytes
	ropts.Format = f.format
	ropts.HTML = func(data []byte, url string) (*hebel.Document, error) {
		return htmltext.Extract(data, url, hopts)
	}
	var det pipeline.LanguageDetector = langid.New()
	if f.lang != "" {
		det = fixedLanguage(f.lang)
	}
	x := &ingest.Extractor{Read: ropts, Pipeline: pipeline.New(det), Stdin: stdin, NoMetaFiles: f.noMeta}
	if f.published != "" {
		t, p, note, err := dating.ParseDate(f.published)
		if err != nil {
			return nil, usagef("--published: %s", hebel.ErrorMessage(err))
		}
		x.Published = dating.Meta{Published: t, Precision: p, Note: note}
	}
	return x, nil
}

// fixedLanguage is a detector that always answers the same language.
type fixedLanguage string

func (l fixedLanguage) Detect(string) (string, float64) { return string(l), 1 }

func (m *Main) newExtractCommand() *cobra.Command {
	var rf readFlags
	var format string
	var pretty bool
	cmd := &cobra.Command{
		Use:   "extract [flags] PATH|- ...",
		Short: "Extract actors, claims, quotes and relations from documents and print the records",
		Long: `Extract reads each input (a file, a directory read recursively, or - for
standard input), in plain text (UTF-8, Latin-1/Windows-1252, UTF-16 with BOM),
HTML, an RSS/Atom feed (one document per item, source file#item-n) or a WARC
crawl, plain or gzip (one document per HTML or text response, source
file#record-n), and prints one extraction record per document: JSON Lines in the
public record format (--format json, the default) or a readable summary
(--format text).

An input that cannot be read is reported on stderr and the others are still
processed; the exit code is then 1.`,
		Example: `  hebel extract examples/seed-article.de.txt
  hebel extract --format text examples/
  hebel extract news.rss crawl.warc.gz
  curl -s https://example.org/article | hebel extract --input html -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "text" {
				return usagef("--format must be json or text, not %q", format)
			}
			x, err := rf.extractor(m.Stdin)
			if err != nil {
				return err
			}
			inputs, errs := ingest.Expand(args)
			failed := m.reportErrors(errs)
			enc := record.NewEncoder(m.Stdout, pretty)
			written := 0
			for _, in := range inputs {
				err := x.ExtractAll(cmd.Context(), in, func(rec *hebel.Record, err error) error {
					if err != nil {
						failed += m.reportErrors([]error{err})
						return cmd.Context().Err()
					}
					pub := record.FromRecord(rec)
					if format == "text" {
						if written > 0 {
							fmt.Fprintln(m.Stdout)
						}
						err = record.WriteText(m.Stdout, pub)
					} else {
						err = enc.Encode(pub)
					}
					written++
					return err
				})
				if err != nil {
					return err
				}
			}
			if failed > 0 {
				return &exitError{exitFailed}
			}
			return nil
		},
	}
	rf.register(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output format: json (JSON Lines) or text")
	cmd.Flags().BoolVar(&pretty, "pretty", false, "indent JSON output")
	return cmd
}

// reportErrors prints one line per error on stderr and returns how many.
func (m *Main) reportErrors(errs []error) int {
	for _, err := range errs {
		fmt.Fprintf(m.Stderr, "%s: %v\n", programName, err)
	}
	return len(errs)
}
