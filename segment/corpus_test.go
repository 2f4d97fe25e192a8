package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// newsFile is one text of the shared evaluation set.
type newsFile struct {
	name string
	text string
	p    *lang.Profile
}

// newsFiles reads the news texts of the shared evaluation set and the seed
// article, or skips when they are absent.
func newsFiles(tb testing.TB) []newsFile {
	tb.Helper()
	dir := sharedDir(tb, "data", "eval", "news-dev")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	if seed := filepath.Join(sharedDir(tb), "seed", "seed-article.de.txt"); fileExists(seed) {
		names = append(names, seed)
	}
	if len(names) == 0 {
		tb.Skipf("no news texts in %s", dir)
	}
	var files []newsFile
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		p := de.Profile
		if strings.HasPrefix(filepath.Base(name), "en") {
			p = en.Profile
		}
		files = append(files, newsFile{name: filepath.Base(name), text: string(b), p: p})
	}
	return files
}

func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

func TestNewsInvariants(t *testing.T) {
	for _, f := range newsFiles(t) {
		t.Run(f.name, func(t *testing.T) {
			sents := Split(f.text, f.p)
			if len(sents) == 0 {
				t.Fatal("no sentences")
			}
			checkInvariants(t, f.text, sents)
		})
	}
}

func BenchmarkSplit(b *testing.B) {
	files := newsFiles(b)
	var size int64
	for _, f := range files {
		size += int64(len(f.text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			Split(f.text, f.p)
		}
	}
}
