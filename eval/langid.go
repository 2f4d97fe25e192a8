package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// LangIDRow is the accuracy of language identification on one file of
// the lingua test data: one language, one length class.
type LangIDRow struct {
	Class    string // "sentences", "word-pairs", "single-words"
	Lang     string // the file's language (ISO 639-1)
	Items    int
	Correct  int
	Negative bool // Lang is not supported: correct means "not de or en"
}

// Accuracy is Correct / Items.
func (r LangIDRow) Accuracy() float64 { return ratio(r.Correct, r.Items) }

// LangIDReport is the result of LangID.
type LangIDReport struct {
	Rows    []LangIDRow
	Bytes   int64
	Elapsed time.Duration
}

// LangID runs detect over the lingua test data in dir (subdirectories
// sentences/, word-pairs/, single-words/, one <lang>.txt per language, one
// item per line). For the supported languages an item is correct when
// detect returns its language; for every other language when detect
// returns neither supported language. classes limits the length classes
// read (nil: all three).
func LangID(dir string, supported []string, classes []string, detect func(string) string) (*LangIDReport, error) {
	if classes == nil {
		classes = []string{"sentences", "word-pairs", "single-words"}
	}
	isSupported := map[string]bool{}
	for _, l := range supported {
		isSupported[l] = true
	}
	rep := &LangIDReport{}
	start := time.Now()
	for _, class := range classes {
		files, err := filepath.Glob(filepath.Join(dir, class, "*.txt"))
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("langid eval: no %s/*.txt under %s", class, dir)
		}
		sort.Strings(files)
		for _, f := range files {
			lang := strings.TrimSuffix(filepath.Base(f), ".txt")
			row := LangIDRow{Class: class, Lang: lang, Negative: !isSupported[lang]}
			err := eachLine(f, func(line string) {
				rep.Bytes += int64(len(line))
				got := detect(line)
				row.Items++
				if row.Negative && !isSupported[got] || !row.Negative && got == lang {
					row.Correct++
				}
			})
			if err != nil {
				return nil, err
			}
			rep.Rows = append(rep.Rows, row)
		}
	}
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// Write prints the report as a Markdown table: accuracy per supported
// language and class, and the share of other-language items kept out of
// de/en.
func (r *LangIDReport) Write(w io.Writer) {
	fmt.Fprintln(w, "| class | language | items | correct | accuracy |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|")
	type agg struct{ n, c int }
	neg := map[string]*agg{}
	var classes []string
	for _, row := range r.Rows {
		if row.Negative {
			a := neg[row.Class]
			if a == nil {
				a = &agg{}
				neg[row.Class] = a
				classes = append(classes, row.Class)
			}
			a.n += row.Items
			a.c += row.Correct
			continue
		}
		fmt.Fprintf(w, "| %s | %s | %d | %d | %.3f |\n", row.Class, row.Lang, row.Items, row.Correct, row.Accuracy())
	}
	for _, c := range classes {
		a := neg[c]
		fmt.Fprintf(w, "| %s | other (not de/en) | %d | %d | %.3f |\n", c, a.n, a.c, ratio(a.c, a.n))
	}
	secs := r.Elapsed.Seconds()
	fmt.Fprintf(w, "\n%d bytes in %.2f s (%.2f MB/s)\n", r.Bytes, secs, float64(r.Bytes)/1e6/secs)
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			fn(line)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
