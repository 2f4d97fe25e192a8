// Package langid tells the language of a text. It is the one package that
// imports github.com/pemistahl/lingua-go, limited to German, English and
// their close neighbours so that a Dutch or Swedish text is recognised as
// "other" rather than misread as German or English.
//
// lingua-go runs at about 1 MB/s, so Detect looks at a bounded sample of
// the text (DefaultSampleBytes), and a fast path decides plain German or
// English from function words before lingua is asked: the cost per
// document stays small and flat however long the document is. It does no
// I/O.
package langid

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// DefaultSampleBytes is how much text Detect reads by default: enough for a
// few sentences, far below the size of a typical article.
const DefaultSampleBytes = 2048

// Supported are the languages Hebel extracts from.
var Supported = []string{"de", "en"}

// candidates are the languages the detector chooses among: the supported
// ones and neighbours a news crawl brings, so that those come out as
// themselves instead of as the nearest supported language.
var candidates = []lingua.Language{
	lingua.German, lingua.English,
	lingua.Dutch, lingua.Afrikaans, lingua.Danish, lingua.Swedish, lingua.Bokmal,
	lingua.French, lingua.Spanish, lingua.Italian, lingua.Portuguese,
	lingua.Polish, lingua.Czech, lingua.Russian, lingua.Ukrainian,
	lingua.Chinese, lingua.Japanese, lingua.Korean,
}

// Detector detects languages. Its zero value is not usable; call New. It
// is safe for concurrent use.
type Detector struct {
	SampleBytes int // bytes of text looked at; 0 means DefaultSampleBytes

	once sync.Once
	det  lingua.LanguageDetector
}

// New returns a Detector over the candidate languages. Language models
// load lazily on first use of each language.
func New() *Detector { return &Detector{SampleBytes: DefaultSampleBytes} }

func (d *Detector) detector() lingua.LanguageDetector {
	d.once.Do(func() {
		d.det = lingua.NewLanguageDetectorBuilder().FromLanguages(candidates...).Build()
	})
	return d.det
}

// Detect returns the ISO 639-1 code of text's language and the
// detector's confidence in it, or "" when it cannot tell (no letters,
// or a language outside the candidates).
func (d *Detector) Detect(text string) (code string, confidence float64) {
	s := Sample(text, d.SampleBytes)
	if strings.TrimSpace(s) == "" {
		return "", 0
	}
	if code := fastDetect(s); code != "" {
		return code, 1
	}
	det := d.detector()
	values := det.ComputeLanguageConfidenceValues(s)
	if len(values) == 0 || values[0].Value() == 0 {
		return "", 0
	}
	best := values[0]
	return strings.ToLower(best.Language().IsoCode639_1().String()), best.Value()
}

// Sample returns at most n bytes of text, cut at a word boundary and never
// inside a rune.
func Sample(text string, n int) string {
	if n <= 0 {
		n = DefaultSampleBytes
	}
	if len(text) <= n {
		return text
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	if sp := strings.LastIndexAny(text[:cut], " \n\t"); sp > n/2 {
		cut = sp
	}
	return text[:cut]
}
