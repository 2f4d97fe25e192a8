package entity

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/internal/sharedtest"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// sharedDir returns /work/shared seen from the repository root (../shared),
// or skips the test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t)
}

// found renders the mentions of Find as "Text=ID" in text order.
func found(text string, p *lang.Profile) []string {
	var ms []hebel.Mention
	for _, e := range Countries().Find(text, p) {
		ms = append(ms, e.Mentions...)
	}
	slices.SortFunc(ms, func(a, b hebel.Mention) int { return a.Start - b.Start })
	out := []string{}
	for _, m := range ms {
		out = append(out, m.Text+"="+m.EntityID)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		p    *lang.Profile
		text string
		want string // "Text=ID" joined by ", "
	}{
		// German
		{"de name", de.Profile, "Nordkorea schickt Soldaten nach Russland.", "Nordkorea=PRK, Russland=RUS"},
		{"de genitive", de.Profile, "die Unterstützung Russlands und Chinas", "Russlands=RUS, Chinas=CHN"},
		{"de adjective", de.Profile, "nordkoreanisch, nordkoreanische, nordkoreanischen, nordkoreanischer, nordkoreanisches, nordkoreanischem", "nordkoreanisch=PRK, nordkoreanische=PRK, nordkoreanischen=PRK, nordkoreanischer=PRK, nordkoreanisches=PRK, nordkoreanischem=PRK"},
		{"de adjective sentence start", de.Profile, "Russische Truppen rücken vor.", "Russische=RUS"},
		{"de inhabitants", de.Profile, "Nordkoreaner, Nordkoreanerin, Nordkoreanern, die Russen, Chinesen, Amerikaner, Ukrainer", "Nordkoreaner=PRK, Nordkoreanerin=PRK, Nordkoreanern=PRK, Russen=RUS, Chinesen=CHN, Amerikaner=USA, Ukrainer=UKR"},
		{"de capitals", de.Profile, "Peking, Pjöngjang, Moskau, Kiew, Washington, Seoul, Tokio, Minsk, Berlin, Paris, London, Teheran", "Peking=CHN, Pjöngjang=PRK, Moskau=RUS, Kiew=UKR, Washington=USA, Seoul=KOR, Tokio=JPN, Minsk=BLR, Berlin=DEU, Paris=FRA, London=GBR, Teheran=IRN"},
		{"de short forms", de.Profile, "USA, US, UK, Nordkorea, Südkorea, Russland, Weißrussland, Belarus, DVRK", "USA=USA, US=USA, UK=GBR, Nordkorea=PRK, Südkorea=KOR, Russland=RUS, Weißrussland=BLR, Belarus=BLR, DVRK=PRK"},
		{"de multiword", de.Profile, "Die Vereinigte Staaten und die Vereinigten Staaten", "Vereinigte Staaten=USA, Vereinigten Staaten=USA"},
		{"de multiword line break", de.Profile, "der Vereinigten\nStaaten", "Vereinigten\nStaaten=USA"},
		{"de US compounds", de.Profile, "US-Soldaten und US-Präsident", "US=USA, US=USA"},
		{"de US-amerikanisch", de.Profile, "am US-amerikanischen Stimson Center", "US-amerikanischen=USA"},
		{"de country compounds", de.Profile, "Nordkorea-Soldaten im Ukraine-Krieg; die Nordkorea-Spezialistin, Russland-Politik, China-Experte", "Nordkorea=PRK, Ukraine=UKR, Nordkorea=PRK, Russland=RUS, China=CHN"},
		{"de double compound", de.Profile, "der Russland-Ukraine-Krieg", "Russland=RUS, Ukraine=UKR"},
		{"de adjective compound", de.Profile, "deutsch-französische Freundschaft", "deutsch=DEU, französische=FRA"},
		{"de elided compound", de.Profile, "zwischen Nord- und Südkorea", "Nord-=PRK, Südkorea=KOR"},
		{"de not elided", de.Profile, "Nord- und Südamerika", ""},
		{"de no country", de.Profile, "Das Kim-Regime und die Schweizer Uhr", "Schweizer=CHE"},
		{"de lower case names", de.Profile, "wir polen die Batterie um", ""},
		{"de block", de.Profile, "im Südchinesischen Meer", ""},
		{"de Island", de.Profile, "Island und Grönland", "Island=ISL, Grönland=GRL"},
		{"de Mann", de.Profile, "Der Mann aus Jersey", "Jersey=JEY"},
		// English
		{"en names", en.Profile, "North Korea sent troops to Russia.", "North Korea=PRK, Russia=RUS"},
		{"en possessive", en.Profile, "China's help and Russia’s war", "China=CHN, Russia=RUS"},
		{"en demonyms", en.Profile, "North Korean troops, Russians, Chinese, Americans, Ukrainians", "North Korean=PRK, Russians=RUS, Chinese=CHN, Americans=USA, Ukrainians=UKR"},
		{"en capitals", en.Profile, "Beijing, Pyongyang, Moscow, Kyiv, Kiev, Washington, Seoul, Tokyo, Tehran", "Beijing=CHN, Pyongyang=PRK, Moscow=RUS, Kyiv=UKR, Kiev=UKR, Washington=USA, Seoul=KOR, Tokyo=JPN, Tehran=IRN"},
		{"en short forms", en.Profile, "the US, the U.S. and the UK; DPRK, ROK, PRC", "US=USA, U.S.=USA, UK=GBR, DPRK=PRK, ROK=KOR, PRC=CHN"},
		{"en U.S. at sentence end", en.Profile, "troops in the U.S.", "U.S.=USA"},
		{"en U.S.-led", en.Profile, "a U.S.-led coalition", "U.S.=USA"},
		{"en long names", en.Profile, "the United States and the Democratic People's Republic of Korea", "United States=USA, Democratic People's Republic of Korea=PRK"},
		{"en abbreviated", en.Profile, "troops in S. Korea", "S. Korea=KOR"},
		{"en elided", en.Profile, "between North and South Korea", "North=PRK, South Korea=KOR"},
		{"en lower-case us", en.Profile, "let us go, they told us", ""},
		{"en blocks", en.Profile, "New Jersey, the Washington Post, Latin American states and New Mexico", ""},
		{"en accepted homonyms", en.Profile, "Georgia, Jordan, China and Turkey", "Georgia=GEO, Jordan=JOR, China=CHN, Turkey=TUR"},
		{"en turkey lower case", en.Profile, "a roast turkey on china plates", ""},
		{"en Island", en.Profile, "Rhode Island", ""},
		{"en run-on sentence", en.Profile, "the Ukrainian military.Senior members", "Ukrainian=UKR"},
		// nil profile: base forms of every language
		{"nil profile", nil, "Nordkorea and North Korea", "Nordkorea=PRK, North Korea=PRK"},
		{"empty", de.Profile, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(found(tt.text, tt.p), ", ")
			if got != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindEntities(t *testing.T) {
	text := "Peking und Pjöngjang; China und Nordkorea."
	got := Countries().Find(text, de.Profile)
	if len(got) != 2 || got[0].ID != "CHN" || got[1].ID != "PRK" {
		t.Fatalf("Find = %+v, want CHN then PRK", got)
	}
	e := got[0]
	if e.Type != hebel.Country || e.Name != "China" || len(e.Mentions) != 2 {
		t.Errorf("entity = %+v", e)
	}
	for _, m := range e.Mentions {
		if m.Extractor != Extractor || m.EntityID != "CHN" || m.Text != text[m.Start:m.End] {
			t.Errorf("mention = %+v", m)
		}
	}
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedDir(t), "seed", "seed-article.de.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	ents := Countries().Find(text, de.Profile)
	byText := map[string]string{}
	ids := map[string]bool{}
	for _, e := range ents {
		ids[e.ID] = true
		for _, m := range e.Mentions {
			byText[m.Text] = e.ID
		}
	}
	for _, id := range []string{"PRK", "CHN", "RUS", "UKR", "USA", "JPN", "KOR", "BLR"} {
		if !ids[id] {
			t.Errorf("%s not found", id)
		}
	}
	for text, id := range map[string]string{
		"Peking": "CHN", "Pjöngjang": "PRK", "Moskau": "RUS", "Kiew": "UKR",
		"Washington": "USA", "nordkoreanischer": "PRK", "US": "USA",
	} {
		if byText[text] != id {
			t.Errorf("%q → %q, want %s", text, byText[text], id)
		}
	}
	// "US-Soldaten": the mention is "US".
	i := strings.Index(text, "US-Soldaten")
	ok := false
	for _, e := range ents {
		for _, m := range e.Mentions {
			ok = ok || m.Start == i && m.End == i+2 && e.ID == "USA"
		}
	}
	if !ok {
		t.Errorf("no USA mention %q at %d", "US", i)
	}
}

// newsDev returns the news-dev texts by file name, skipping when absent.
func newsDev(t testing.TB) map[string]string {
	dir := filepath.Join(sharedDir(t), "data", "eval", "news-dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no news-dev texts in %s", dir)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = string(b)
	}
	return out
}

func profileFor(name string) *lang.Profile {
	if strings.HasPrefix(name, "en") {
		return en.Profile
	}
	return de.Profile
}

func TestNewsDevSpans(t *testing.T) {
	for name, text := range newsDev(t) {
		checkSpans(t, name, text, profileFor(name))
	}
}

// checkSpans checks the invariants of Find's output on text.
func checkSpans(t *testing.T, name, text string, p *lang.Profile) {
	t.Helper()
	seen := map[string]bool{}
	last := -1
	for _, e := range Countries().Find(text, p) {
		if seen[e.ID] || len(e.Mentions) == 0 || e.Type != hebel.Country || e.Name == "" {
			t.Errorf("%s: bad entity %+v", name, e)
		}
		seen[e.ID] = true
		if e.Mentions[0].Start <= last {
			t.Errorf("%s: entities not ordered by first mention at %s", name, e.ID)
		}
		last = e.Mentions[0].Start
		for _, m := range e.Mentions {
			if !m.Valid(len(text)) || m.Len() == 0 || text[m.Start:m.End] != m.Text || m.EntityID != e.ID {
				t.Errorf("%s: bad mention %+v", name, m)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Nordkorea-Soldaten im Ukraine-Krieg", "Nord- und Südkorea", "U.S.-led", "the U.S.",
		"North and South Korea", "Vereinigten\n Staaten", "-", ".", "US-", "- und Südkorea",
		"und Südkorea", "a.b.c-d-e-f-g-h-i-j-k-Russland", "\xff\xfeRussland\xc3",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, german bool) {
		p := en.Profile
		if german {
			p = de.Profile
		}
		checkSpans(t, "fuzz", text, p)
	})
}

func BenchmarkFind(b *testing.B) {
	texts := newsDev(b)
	var total int64
	for _, s := range texts {
		total += int64(len(s))
	}
	Countries().Find("", de.Profile)
	Countries().Find("", en.Profile)
	b.SetBytes(total)
	b.ResetTimer()
	for b.Loop() {
		for name, s := range texts {
			Countries().Find(s, profileFor(name))
		}
	}
}

func TestFindConcurrent(t *testing.T) {
	g := newGazetteer(hebel.Country, countryTable[:])
	done := make(chan []string)
	for i := range 8 {
		p := de.Profile
		if i%2 == 1 {
			p = en.Profile
		}
		go func() {
			var out []string
			for _, e := range g.Find("Nordkorea, North Korea, Moskau, Moscow", p) {
				out = append(out, e.ID)
			}
			done <- out
		}()
	}
	for range 8 {
		if got := <-done; len(got) != 2 {
			t.Errorf("Find = %v, want two countries", got)
		}
	}
}
