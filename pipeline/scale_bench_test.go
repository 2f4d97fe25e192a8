package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/claim"
	"github.com/hebel-project/hebel/entity"
	"github.com/hebel-project/hebel/internal/cputime"
	"github.com/hebel-project/hebel/internal/sharedtest"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/quantity"
	"github.com/hebel-project/hebel/quote"
	"github.com/hebel-project/hebel/relation"
	"github.com/hebel-project/hebel/timex"
)

// scaleSizes are the input sizes of BenchmarkScale.
var scaleSizes = []struct {
	name  string
	bytes int
}{{"1KB", 1_000}, {"10KB", 10_000}, {"100KB", 100_000}, {"1MB", 1_000_000}, {"3MB", 3_000_000}}

// newsOf returns the news-dev and news-dev2 texts of one language joined
// by blank lines, or skips b.
func newsOf(b *testing.B, code string) string {
	var parts []string
	for _, set := range []string{"news-dev", "news-dev2"} {
		dir := sharedtest.Dir(b, "data", "eval", set)
		files, _ := filepath.Glob(filepath.Join(dir, code+"-*.txt"))
		sort.Strings(files)
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			parts = append(parts, strings.TrimSpace(string(t)))
		}
	}
	if len(parts) == 0 {
		b.Skipf("no %s news texts", code)
	}
	return strings.Join(parts, "\n\n")
}

// grow repeats news up to n bytes, cut at the last paragraph break that
// fits (at a rune boundary when there is none).
func grow(news string, n int) string {
	s := strings.Repeat(news+"\n\n", n/(len(news)+2)+1)[:n]
	if i := strings.LastIndex(s, "\n\n"); i > n/2 {
		return s[:i]
	}
	for n > 0 && s[n-1]&0xc0 == 0x80 {
		n--
	}
	return s[:n]
}

// BenchmarkScale runs the analysis, every extractor and the whole pipeline
// on news of one language repeated to 1 KB … 3 MB: a stage is linear when
// its MB/s stay flat from size to size (compare with benchstat -col
// /size). Each stage gets the results of the stages before it computed
// outside the timer; the actor recogniser is warm (it read the text once).
func BenchmarkScale(b *testing.B) {
	for _, l := range []struct {
		code string
		p    *lang.Profile
	}{{"en", en.Profile}, {"de", de.Profile}} {
		news := newsOf(b, l.code)
		for _, sz := range scaleSizes {
			text := grow(news, sz.bytes)
			var in *stageInput // prepared when a stage of this size runs
			for _, st := range scaleStages {
				b.Run(fmt.Sprintf("lang=%s/stage=%s/size=%s", l.code, st.name, sz.name), func(b *testing.B) {
					if in == nil {
						in = prepare(text, l.p)
					}
					b.SetBytes(int64(len(text)))
					b.ReportAllocs()
					start := cputime.Now()
					for b.Loop() {
						st.run(in)
					}
					cputime.Report(b, start, int64(len(text)))
				})
			}
		}
	}
}

// stageInput is what each stage needs: the analysis and the results of
// the stages before it.
type stageInput struct {
	text   string
	p      *lang.Profile
	doc    *analysis.Doc
	rec    *entity.Recognizer
	ents   []hebel.Entity
	quotes []hebel.Quote
	qs     []hebel.Quantity
	pipe   *Pipeline
}

func prepare(text string, p *lang.Profile) *stageInput {
	ctx := context.Background()
	in := &stageInput{text: text, p: p, rec: entity.Actors(), pipe: New(nil)}
	in.doc = analysis.New(text, p)
	in.ents, _ = in.rec.FindDoc(ctx, in.doc)
	in.doc.SetEntities(in.ents)
	in.quotes, _ = quote.FindDoc(ctx, in.doc)
	in.qs, _ = quantity.FindDoc(ctx, in.doc)
	in.pipe.Run(hebel.Document{Text: text, Lang: p.Code})
	return in
}

var scaleStages = []struct {
	name string
	run  func(in *stageInput)
}{
	{"analysis", func(in *stageInput) { analysis.New(in.text, in.p) }},
	{"entity", func(in *stageInput) { in.rec.FindDoc(context.Background(), in.doc) }},
	{"quote", func(in *stageInput) { quote.FindDoc(context.Background(), in.doc) }},
	{"quantity", func(in *stageInput) { quantity.FindDoc(context.Background(), in.doc) }},
	{"claim", func(in *stageInput) { claim.BuildDoc(context.Background(), in.doc, in.qs, in.quotes) }},
	{"relation", func(in *stageInput) { relation.FindDoc(context.Background(), in.doc, in.quotes) }},
	{"time", func(in *stageInput) { timex.FindDoc(in.doc, timex.Reference{}) }},
	{"pipeline", func(in *stageInput) { in.pipe.Run(hebel.Document{Text: in.text, Lang: in.p.Code}) }},
}
