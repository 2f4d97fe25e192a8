package pipeline_test

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/eval"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// cueEntries returns the cue words and phrases of a language's speech
// lists: the entries that, found in a text, make a statement or a source.
func cueEntries(s *lang.Speech) []string {
	var out []string
	add := func(l ...string) { out = append(out, l...) }
	add(s.Verbs...)
	add(s.Postposed...)
	add(s.ThatVerbs...)
	add(s.Before...)
	add(s.After...)
	add(s.Around...)
	add(s.Opinion...)
	add(s.Impersonal...)
	add(s.Anaphoric...)
	add(s.SourceNouns...)
	add(s.Carry...)
	for k := range s.Particles {
		add(k)
	}
	for k := range s.FigureVerbs {
		add(k)
	}
	for i, e := range out {
		out[i] = strings.ToLower(strings.TrimSpace(e))
	}
	sort.Strings(out)
	return slicesCompact(out)
}

func slicesCompact(s []string) []string {
	var out []string
	for i, w := range s {
		if i == 0 || w != s[i-1] {
			out = append(out, w)
		}
	}
	return out
}

// keyWord returns the word of a cue entry that a construction must
// declare with @cue: the entry itself, or the longest word of a phrase.
func keyWord(entry string) string {
	best := ""
	for _, w := range strings.Fields(entry) {
		if w != "*" && w != "_" && len(w) > len(best) {
			best = w
		}
	}
	return best
}

// TestNewCueWordsHaveCases enforces the rule of issue 12: no cue word
// joins the speech lists without two positive cases and one negative twin
// in the invented construction suite. The baseline (testdata/cues-*.txt)
// lists the cue entries the profiles had before the rule; any entry not
// in it must be declared by an @cue line of a construction of its
// language ("@cue nimmt|nahm|nehmen": the forms of one cue), and every
// declared cue must occur, in one of its forms, in at least two positive
// cases and one negative case of that language.
func TestNewCueWordsHaveCases(t *testing.T) {
	cs, err := eval.ConstructionSuite()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []*lang.Profile{de.Profile, en.Profile} {
		base := readLines(t, filepath.Join("testdata", "cues-"+p.Code+".txt"))
		declared := map[string]bool{}
		var lexemes []string
		pos, neg := map[string]int{}, map[string]int{}
		for _, c := range cs {
			if c.Lang != p.Code {
				continue
			}
			for _, l := range c.Cues {
				l = strings.ToLower(l)
				lexemes = append(lexemes, l)
				for _, w := range strings.Split(l, "|") {
					declared[w] = true
				}
			}
		}
		for _, w := range lexemes {
			var forms []string
			for _, f := range strings.Split(w, "|") {
				forms = append(forms, regexp.QuoteMeta(f))
			}
			re := regexp.MustCompile(`(?i)(^|[^\pL])(` + strings.Join(forms, "|") + `)($|[^\pL])`)
			for _, c := range cs {
				if c.Lang != p.Code {
					continue
				}
				for _, k := range c.Cases {
					if !re.MatchString(k.Text) {
						continue
					}
					if k.Positive {
						pos[w]++
					} else {
						neg[w]++
					}
				}
			}
			if pos[w] < 2 || neg[w] < 1 {
				t.Errorf("%s cue %q: %d positive and %d negative cases in the construction suite; want ≥ 2 and ≥ 1", p.Code, w, pos[w], neg[w])
			}
		}
		for _, e := range cueEntries(&p.Speech) {
			if base[e] {
				continue
			}
			if k := keyWord(e); !declared[k] {
				t.Errorf("%s cue %q is new since the baseline: declare %q with @cue in a construction of eval/constructions/%s.txt, with two positive cases and a negative twin", p.Code, e, k, p.Code)
			}
		}
	}
}

func readLines(t *testing.T, path string) map[string]bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out[l] = true
		}
	}
	return out
}

// TestWriteCueBaseline writes the baseline files; it runs only with
// HEBEL_WRITE_CUE_BASELINE=1 (done once, when the rule was introduced).
func TestWriteCueBaseline(t *testing.T) {
	if os.Getenv("HEBEL_WRITE_CUE_BASELINE") != "1" {
		t.Skip("writes testdata/cues-*.txt only with HEBEL_WRITE_CUE_BASELINE=1")
	}
	for _, p := range []*lang.Profile{de.Profile, en.Profile} {
		body := "# Cue entries of the " + p.Code + " speech lists before issue 12's rule (TestNewCueWordsHaveCases).\n" + strings.Join(cueEntries(&p.Speech), "\n") + "\n"
		if err := os.WriteFile(filepath.Join("testdata", "cues-"+p.Code+".txt"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
