package figure

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/internal/cputime"
)

// words is the vocabulary of made-up documents.
var words = strings.Fields(`Regierung Armee Grenze Bericht Quelle Lage Front Stadt Region Angriff Abkommen Hilfe
Lieferung Schiff Hafen Minister Sprecher Zahl Woche Monat Jahr Plan Gespräch Truppe Einheit Konvoi Brücke Fluss
Straße Markt Preis Öl Gas Strom Wasser Schule Kind Familie Dorf Feld Wald Berg Küste Insel Norden Süden Osten Westen`)

// text returns a made-up document of n words from seed.
func text(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 7))
	ws := make([]string, n)
	for i := range ws {
		ws[i] = words[r.IntN(len(words))]
	}
	return strings.Join(ws, " ") + "."
}

// est makes an estimate of document doc, claim i.
func est(doc string, i int, m hebel.Measure, actor string, places []string, value float64, src string, published time.Time, sig hebel.Signature) *hebel.Estimate {
	c := hebel.Claim{Quantity: hebel.Quantity{Value: value, Qualifier: hebel.Approx}, Measure: m, Concept: hebel.ConceptTroops,
		Actor: actor, Places: places, Confidence: 0.8}
	if src != "" {
		c.Source = &hebel.Source{Text: src}
	}
	return &hebel.Estimate{DocumentID: doc, ClaimIndex: i, Claim: c, Published: published, Signature: sig}
}

var day = func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestKeyOf(t *testing.T) {
	c := hebel.Claim{Measure: hebel.MeasureDeployed, Concept: hebel.ConceptTroops, Actor: "PRK", Places: []string{"RUS"}}
	k, ok := KeyOf(&c)
	if !ok || k.Places != "RUS" || k.Reading != "" || Label(k) != "troops of PRK deployed in RUS" {
		t.Errorf("KeyOf = %+v, %v (%s)", k, ok, Label(k))
	}
	two := c
	two.Places, two.Reading = []string{"KOR", "JPN"}, hebel.Collective
	if k, _ := KeyOf(&two); k.Places != "JPN+KOR" || k.Reading != hebel.Collective || !strings.HasSuffix(Label(k), "together") {
		t.Errorf("two places: %+v", k)
	}
	for name, bad := range map[string]hebel.Claim{
		"no measure": {Concept: hebel.ConceptTroops, Actor: "PRK"},
		"no concept": {Measure: hebel.MeasureKilled, Actor: "PRK"},
		"no anchor":  {Measure: hebel.MeasureKilled, Concept: hebel.ConceptPeople},
	} {
		if _, ok := KeyOf(&bad); ok {
			t.Errorf("%s: a key", name)
		}
	}
	// events split by the period the text names; levels do not
	killed := hebel.Claim{Measure: hebel.MeasureKilled, Concept: hebel.ConceptPeople, Places: []string{"SYR"},
		Valid: &hebel.ValidTime{Start: day(2023, 1, 1), End: day(2024, 1, 1), Precision: hebel.PrecisionYear, Basis: hebel.BasisText}}
	if k, _ := KeyOf(&killed); k.Period != "2023" {
		t.Errorf("killed in 2023: period %q", k.Period)
	}
	level := c
	level.Valid = killed.Valid
	if k, _ := KeyOf(&level); k.Period != "" {
		t.Errorf("deployed: period %q", k.Period)
	}
	if k2, _ := KeyOf(&c); ID(k) != ID(k2) || !strings.HasPrefix(ID(k), "fig-") || len(ID(k)) != 20 {
		t.Errorf("ID %q", ID(k))
	}
}

// TestConsolidateCopiesAndConflicts: a near copy counts once, its
// estimate marked; differing claimants stand side by side with their
// range; a document repeating itself gives one estimate.
func TestConsolidateCopiesAndConflicts(t *testing.T) {
	orig := text(1, 300)
	near := strings.Replace(orig[:strings.LastIndex(orig[:len(orig)-1], " ")]+".", "Armee", "Heer", 1)
	a := est("sha256:a", 0, hebel.MeasureDeployed, "PRK", []string{"RUS"}, 10000, "westliche Geheimdienste", day(2024, 12, 1), hebel.NewSignature(orig))
	aAgain := est("sha256:a", 3, hebel.MeasureDeployed, "PRK", []string{"RUS"}, 10000, "", day(2024, 12, 1), hebel.NewSignature(orig))
	aAgain.Claim.Confidence = 0.5
	b := est("sha256:b", 0, hebel.MeasureDeployed, "PRK", []string{"RUS"}, 10000, "westliche Geheimdienste", day(2024, 12, 2), hebel.NewSignature(near))
	c := est("sha256:c", 1, hebel.MeasureDeployed, "PRK", []string{"RUS"}, 12000, "Kiew", day(2024, 12, 20), hebel.NewSignature(text(2, 300)))
	d := est("sha256:d", 0, hebel.MeasureDeployed, "PRK", []string{"RUS"}, 3000, "NIS", day(2024, 10, 18), hebel.NewSignature(text(3, 300)))
	res := Consolidate([]*hebel.Estimate{c, b, aAgain, d, a, a}, DefaultOptions())
	if len(res.Figures) != 1 {
		t.Fatalf("%d figures, want 1", len(res.Figures))
	}
	f := res.Figures[0]
	if len(f.Estimates) != 4 || len(res.Restated) != 1 || res.Restated[0].ClaimIndex != 3 {
		t.Fatalf("estimates %d, restated %d", len(f.Estimates), len(res.Restated))
	}
	var got []string
	for _, e := range f.Estimates {
		got = append(got, fmt.Sprintf("%s:%g:%s", e.DocumentID[7:], e.Claim.Quantity.Value, strings.TrimPrefix(e.CopyOf, "sha256:")))
	}
	if want := "d:3000: a:10000: b:10000:a c:12000:"; strings.Join(got, " ") != want {
		t.Errorf("estimates by date %q, want %q", strings.Join(got, " "), want)
	}
	if f.Independent != 3 || f.Claimants != 3 || f.Low != 3000 || f.High != 12000 {
		t.Errorf("independent %d claimants %d range %g–%g", f.Independent, f.Claimants, f.Low, f.High)
	}
	if f.Confidence <= 0 || f.Confidence >= 1 {
		t.Errorf("confidence %v", f.Confidence)
	}
	ch, ok := Pick(f, PickOptions{})
	if !ok || ch.Estimate.DocumentID != "sha256:c" || ch.Low != 3000 || ch.High != 12000 || ch.Claimants != 3 || ch.Rule != RuleLatest {
		t.Errorf("pick %+v", ch)
	}
	if ch, ok := Pick(f, PickOptions{AsOf: day(2024, 12, 10)}); !ok || ch.Estimate.DocumentID != "sha256:a" {
		t.Errorf("pick as of 10 December: %+v", ch.Estimate)
	}
	if _, ok := Pick(f, PickOptions{Year: 2023}); ok {
		t.Error("pick in 2023: an estimate")
	}
}

// TestPickUndated: undated estimates enter only with a date the caller
// gives.
func TestPickUndated(t *testing.T) {
	u := est("sha256:u", 0, hebel.MeasureDeployed, "USA", []string{"DEU"}, 24000, "Esper", time.Time{}, hebel.Signature{})
	f := Consolidate([]*hebel.Estimate{u}, DefaultOptions()).Figures[0]
	if _, ok := Pick(f, PickOptions{}); ok {
		t.Error("an undated estimate was taken without a date")
	}
	if len(Years(f, time.Time{})) != 0 {
		t.Error("an undated figure has years")
	}
	ch, ok := Pick(f, PickOptions{Undated: day(2020, 7, 1)})
	if !ok || !ch.Assumed || ch.Date.Year() != 2020 {
		t.Errorf("with a date given: %+v %v", ch, ok)
	}
}

// randomEstimates makes a realistic mix: documents with a few claims of a
// few figures, some documents near copies of others, some undated.
func randomEstimates(r *rand.Rand, docs int) []*hebel.Estimate {
	actors := []string{"PRK", "RUS", "USA", "UKR", "CHN"}
	places := [][]string{{"RUS"}, {"UKR"}, {"KOR"}, {"JPN", "KOR"}, nil}
	measures := []hebel.Measure{hebel.MeasureDeployed, hebel.MeasureKilled, hebel.MeasureWounded, hebel.MeasureWithdrawn}
	claimants := []string{"NIS", "Kiew", "Pentagon", "westliche Geheimdienste", ""}
	texts := make([]string, docs)
	var out []*hebel.Estimate
	for i := range docs {
		texts[i] = text(uint64(i), 200)
		if i > 0 && r.IntN(5) == 0 { // a near copy of an earlier document
			src := texts[r.IntN(i)]
			texts[i] = strings.Replace(src, "Armee", "Heer", 1) + " Ende."
		}
		sig := hebel.NewSignature(texts[i])
		var pub time.Time
		if r.IntN(6) > 0 {
			pub = day(2020+r.IntN(5), 1+r.IntN(12), 1+r.IntN(28))
		}
		id := fmt.Sprintf("sha256:%04d", i)
		for k := range 1 + r.IntN(5) {
			e := est(id, k, measures[r.IntN(len(measures))], actors[r.IntN(len(actors))], places[r.IntN(len(places))],
				float64(100*(1+r.IntN(200))), claimants[r.IntN(len(claimants))], pub, sig)
			e.Claim.Confidence = float64(1+r.IntN(10)) / 10
			out = append(out, e)
		}
	}
	return out
}

func encode(t testing.TB, res *Result) string {
	buf, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	return string(buf)
}

// TestConsolidateProperties: the same figures whatever order the
// estimates come in and however often each is given; never two estimates
// of one document in a figure; copies never counted as independent.
func TestConsolidateProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(42, 1))
	for round := range 20 {
		ests := randomEstimates(r, 40)
		want := encode(t, Consolidate(ests, DefaultOptions()))
		for range 5 {
			shuffled := append([]*hebel.Estimate(nil), ests...)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			shuffled = append(shuffled, shuffled[:len(shuffled)/3]...) // given again
			if got := encode(t, Consolidate(shuffled, DefaultOptions())); got != want {
				t.Fatalf("round %d: the order of the estimates changed the figures", round)
			}
		}
		res := Consolidate(ests, DefaultOptions())
		for _, f := range res.Figures {
			docs := map[string]bool{}
			indep := 0
			for _, e := range f.Estimates {
				if docs[e.DocumentID] {
					t.Fatalf("figure %s holds two estimates of %s", f.ID, e.DocumentID)
				}
				docs[e.DocumentID] = true
				if e.CopyOf == "" {
					indep++
				} else if !docs[e.CopyOf] && !contains(f.Estimates, e.CopyOf) {
					t.Fatalf("copy of %s, which the figure does not hold", e.CopyOf)
				}
			}
			if indep != f.Independent || f.Claimants > f.Independent || f.Low > f.High {
				t.Fatalf("figure %s: independent %d/%d claimants %d range %g–%g", f.ID, indep, f.Independent, f.Claimants, f.Low, f.High)
			}
		}
	}
	for _, e := range randomEstimates(rand.New(rand.NewPCG(1, 1)), 5) {
		if e.CopyOf != "" {
			t.Fatal("Consolidate set CopyOf on the caller's estimate")
		}
	}
}

func contains(es []*hebel.Estimate, doc string) bool {
	for _, e := range es {
		if e.DocumentID == doc {
			return true
		}
	}
	return false
}

// BenchmarkConsolidate consolidates the claims of 1,000, 10,000 and
// 40,000 documents (about three estimates a document, a fifth of the
// documents near copies); ns/estimate shows whether the work stays
// linear in the input.
func BenchmarkConsolidate(b *testing.B) {
	for _, docs := range []int{1000, 10000, 40000} {
		b.Run(fmt.Sprintf("docs=%d", docs), func(b *testing.B) {
			ests := randomEstimates(rand.New(rand.NewPCG(9, 9)), docs)
			start := cputime.Now()
			for b.Loop() {
				Consolidate(ests, DefaultOptions())
			}
			cpu := cputime.Now() - start
			b.ReportMetric(float64(len(ests)), "estimates")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ests)), "ns/estimate")
			if cpu > 0 {
				b.ReportMetric(float64(cpu)/float64(b.N)/float64(len(ests)), "cpu-ns/estimate")
			}
		})
	}
}
