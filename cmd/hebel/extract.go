package main

import (
	"fmt"
	"io"
	"strings"
	"time"

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
	timeout   time.Duration
	memoryMiB int
	workers   int
}

func (f *readFlags) register(cmd *cobra.Command) {
	cmd.Flags().Int64Var(&f.maxBytes, "max-bytes", reader.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	cmd.Flags().StringVar(&f.format, "input", "", "input format: text or html (default: guess from name and content)")
	cmd.Flags().StringVar(&f.lang, "lang", "", "language of the inputs (de or en; default: detect)")
	cmd.Flags().StringVar(&f.published, "published", "", "publication date of every input: YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339, optionally with a note in parentheses (it outranks every other date source; default: from the input's metadata, a sidecar NAME.meta.json, INDEX.json or a dateline, else undated)")
	cmd.Flags().BoolVar(&f.noMeta, "no-meta-files", false, "do not read sidecars (NAME.EXT.meta.json, NAME.meta.json) or INDEX.json beside plain-text inputs")
	cmd.Flags().BoolVar(&f.fallback, "html-fallback", htmltext.DefaultFallback, "HTML: also try go-trafilatura's fallback extractors (about 1.6× the CPU, F1 +0.01); --html-fallback=false turns them off")
	f.timeout, f.memoryMiB = ingest.DefaultTimeBudget, ingest.DefaultMemoryBudget>>20
}

// registerRun adds the flags of commands that extract many documents:
// budgets and parallelism. Commands without them use the default budget.
func (f *readFlags) registerRun(cmd *cobra.Command) {
	cmd.Flags().DurationVar(&f.timeout, "doc-timeout", ingest.DefaultTimeBudget, "time budget of one document: past it the document is stopped with an over_budget problem and the run goes on (0: none)")
	cmd.Flags().IntVar(&f.memoryMiB, "memory-budget", ingest.DefaultMemoryBudget>>20, "MiB of live heap past which the largest document in work is stopped with an over_budget problem (0: none)")
	cmd.Flags().IntVar(&f.workers, "workers", 0, "documents extracted at once (default: one per CPU)")
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
	if f.timeout < 0 || f.memoryMiB < 0 || f.workers < 0 {
		return nil, usagef("--doc-timeout, --memory-budget and --workers must not be negative")
	}
	x := &ingest.Extractor{Read: ropts, Pipeline: pipeline.New(det), Stdin: stdin, NoMetaFiles: f.noMeta,
		Budget: ingest.Budget{Time: f.timeout, Memory: uint64(f.memoryMiB) << 20}, Workers: f.workers}

	if f.published != "" {
		t, p, note, err := dating.ParseDate(f.published)
		if err != nil {
			return nil, usagef("--published: %s", hebel.ErrorMessage(err))
		}
		x.Published = dating.Meta{Published: t, Precision: p, Note: note}
	}
	return x, nil
}

// memoryHeadroom is what the Go runtime may use beside the memory budget
// before its collector runs flat out.
const memoryHeadroom = 128 << 20

// limitMemory lets the collector work harder before the process grows
// much past the memory budget (the budget itself stops the largest
// document in work).
func (m *Main) limitMemory(x *ingest.Extractor) {
	if m.SetMemoryLimit != nil && x.Budget.Memory > 0 {
		m.SetMemoryLimit(int64(x.Budget.Memory) + memoryHeadroom)
	}
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
			m.limitMemory(x)
			ctx := cmd.Context()
			e := ingest.ExpandArgs(args)
			failed := m.reportErrors(e.Errs)
			m.reportSkipped(e.Skipped)
			// A bar only when it does not mix with the records.
			quiet := !m.terminal(m.Stderr) || m.terminal(m.Stdout)
			prog := m.newProgress(quiet, "extract", "documents", e.Bytes(), len(e.Inputs))
			enc := record.NewEncoder(m.Stdout, pretty)
			written, filesDone := 0, 0
			err = x.Run(ctx, e.Inputs, func(r ingest.Result) error {
				defer func() { prog.update(r.Done, written, failed, filesDone) }()
				switch {
				case r.EndOfInput:
					filesDone++
					return nil
				case r.Err != nil:
					failed++
					prog.println(m.Stderr, "%s: %v", programName, r.Err)
					return nil
				}
				if p, ok := ingest.StoppedByBudget(r.Record); ok {
					failed++
					prog.println(m.Stderr, "%s: %s: %s", programName, r.Record.Document.Source, p.Message)
				}
				pub := record.FromRecord(r.Record)
				var err error
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
			prog.finish()
			if err != nil {
				if ctx.Err() != nil {
					fmt.Fprintf(m.Stderr, "%s: stopped after %d documents (%d failed)\n", programName, written, failed)
				}
				return err
			}
			if failed > 0 {
				return &exitError{exitFailed}
			}
			return nil
		},
	}
	rf.register(cmd)
	rf.registerRun(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output format: json (JSON Lines) or text")
	cmd.Flags().BoolVar(&pretty, "pretty", false, "indent JSON output")
	return cmd
}

// maxSkippedNamed is how many skipped files the skip line names.
const maxSkippedNamed = 6

// reportSkipped says in one line on stderr which files under the
// directories given were left out, and why.
func (m *Main) reportSkipped(skipped []ingest.Skip) {
	if len(skipped) == 0 {
		return
	}
	var names []string
	for i, s := range skipped {
		if i == maxSkippedNamed {
			names = append(names, fmt.Sprintf("and %d more", len(skipped)-i))
			break
		}
		names = append(names, fmt.Sprintf("%s (%s)", s.Path, s.Reason))
	}
	noun := "files"
	if len(skipped) == 1 {
		noun = "file"
	}
	fmt.Fprintf(m.Stderr, "%s: skipped %d %s that are not text, HTML, feeds or WARC crawls: %s\n",
		programName, len(skipped), noun, strings.Join(names, ", "))
}

// reportErrors prints one line per error on stderr and returns how many.
func (m *Main) reportErrors(errs []error) int {
	for _, err := range errs {
		fmt.Fprintf(m.Stderr, "%s: %v\n", programName, err)
	}
	return len(errs)
}
