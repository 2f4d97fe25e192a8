package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/hebel-project/hebel"
)

// PolNeAR scores extract on one split of PolNeAR (Newell, Margolin &
// Ruths, LREC 2018) in dir, which holds text/*.txt and
// attributions/*.ann (brat standoff, one file per annotator): source,
// cue and content spans and source+content pairing, lenient (any
// character overlap). Of an article with several annotators the first
// annotation file in name order is the gold.
func PolNeAR(dir string, extract QuoteExtractor) (*QuoteReport, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("eval polnear: no attributions/*.ann in %s", dir)
	}
	sort.Strings(anns)
	rep := &QuoteReport{Dataset: "polnear " + filepath.Base(dir)}
	seen := map[string]bool{}
	for _, ap := range anns {
		base := strings.TrimSuffix(filepath.Base(ap), ".ann")
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			base = base[:i] // the annotator id
		}
		if seen[base] {
			continue
		}
		seen[base] = true
		b, err := os.ReadFile(filepath.Join(dir, "text", base+".txt"))
		if err != nil {
			rep.Failures++
			continue
		}
		text := string(b)
		gold, err := readBrat(ap, runeToByte(text), text)
		if err != nil {
			rep.Failures++
			continue
		}
		rep.Docs++
		rep.scoreAttributions(text, gold, extract(text, "en"))
	}
	return rep, nil
}

// readBrat reads the attributions of one brat .ann file.
func readBrat(path string, rb func(int) int, text string) ([]goldAttribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	type tb struct {
		role  string
		spans []hebel.Span
	}
	tbs := map[string]tb{}
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			continue
		}
		switch fields[0][0] {
		case 'T':
			role, rest, _ := strings.Cut(fields[1], " ")
			var spans []hebel.Span
			for _, part := range strings.Split(rest, ";") {
				se := strings.Fields(part)
				if len(se) != 2 {
					continue
				}
				s, err1 := strconv.Atoi(se[0])
				e, err2 := strconv.Atoi(se[1])
				if err1 != nil || err2 != nil {
					continue
				}
				spans = append(spans, hebel.Span{Start: rb(s), End: rb(e)})
			}
			tbs[fields[0]] = tb{role, spans}
		case 'E':
			events = append(events, strings.Fields(fields[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []goldAttribution
	for _, ev := range events {
		var g goldAttribution
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			t := tbs[id]
			switch {
			case strings.HasPrefix(role, "Source"):
				g.Speaker = append(g.Speaker, t.spans...)
			case strings.HasPrefix(role, "Content"):
				g.Content = append(g.Content, t.spans...)
			case strings.HasPrefix(role, "Cue"):
				if len(t.spans) > 0 && t.spans[0].Start <= t.spans[0].End {
					g.Cue = text[t.spans[0].Start:t.spans[0].End]
				}
			}
		}
		if len(g.Content) > 0 {
			out = append(out, g)
		}
	}
	return out, nil
}
