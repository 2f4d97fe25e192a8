package main

import (
	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/eval"
	"github.com/hebel-project/hebel/htmltext"
	"github.com/hebel-project/hebel/reader"
)

func (m *Main) newEvalHTMLCommand() *cobra.Command {
	var fallback bool
	cmd := &cobra.Command{
		Use:   "html [flags] DIR",
		Short: "HTML main-text extraction on the trafilatura evaluation set (must-contain / must-not-contain snippets)",
		Long: `HTML runs Hebel's HTML extraction (go-trafilatura, wrapped by package
htmltext) over the pages of DIR (expectations.json and html/) and counts the
snippets each page must and must not yield, as go-trafilatura's own comparison
script counts them: precision, recall, F1, plus a strict count in which a page the
extractor refuses scores as empty output.`,
		Example: `  hebel eval html ../shared/data/eval/trafilatura-eval
  hebel eval html --html-fallback=false ../shared/data/eval/trafilatura-eval`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			// The product's path: reader decodes and normalises, htmltext
			// extracts, exactly as 'hebel extract' reads an HTML file.
			opts := htmltext.DefaultOptions()
			opts.Fallback = fallback
			ropts := reader.DefaultOptions()
			ropts.Format = reader.FormatHTML
			ropts.HTML = func(data []byte, url string) (*hebel.Document, error) {
				return htmltext.Extract(data, url, opts)
			}
			rep, err := eval.HTML(args[0], func(data []byte, url string) (string, error) {
				doc, _, err := reader.Read(url, data, ropts)
				if err != nil {
					return "", err
				}
				return doc.Text, nil
			})
			if err != nil {
				return err
			}
			rep.Write(m.Stdout)
			return nil
		},
	}
	cmd.Flags().BoolVar(&fallback, "html-fallback", htmltext.DefaultFallback, "also try go-trafilatura's fallback extractors")
	return cmd
}
