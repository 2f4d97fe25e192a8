package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/segment"
)

// findT returns "words=start..end" for each expression, "start" alone for a
// point, "" for an open end, with dates as far as their precision goes.
func findT(p *lang.Profile, ref time.Time, prec hebel.Precision, text string) string {
	es, probs := Find(text, segment.Split(text, p), p, Reference{Date: ref, Precision: prec})
	var out []string
	for _, e := range es {
		v := e.Valid
		f := func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return hebel.FormatDate(t, v.Precision)
		}
		s := e.Text + "=" + f(v.Start)
		if !v.Point() {
			s += ".." + f(v.End)
		}
		out = append(out, s)
	}
	for _, p := range probs {
		out = append(out, "!"+p.Code)
	}
	return strings.Join(out, "; ")
}

var ref = time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC) // a Tuesday

// Each rule has a positive and a negative twin: the same words where
// they are a time expression and where they are not.
func TestFindGerman(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Am 3. März 2024 griffen Truppen an.", "3. März 2024=2024-03-03"},
		{"Der 3. Platz ging an Polen.", ""},
		{"Im Sommer schlossen beide einen Pakt.", "Sommer=2024-06..2024-09"},
		{"Der Sommer ist heiß.", "Sommer=2024-06..2024-09"},
		{"Seit März kämpfen die Soldaten.", "Seit März=2024-03.."},
		{"Seit Jahren kämpfen die Soldaten.", ""},
		{"Anfang Oktober wurden sie verlegt.", "Anfang Oktober=2024-10-01..2024-10-16"},
		{"Vergangene Woche kamen 3000 Soldaten an.", "Vergangene Woche=2024-12-02..2024-12-09"},
		{"Die vergangene Lieferung kam an.", ""},
		{"Bis Ende 2024 sollen alle abziehen.", "Bis Ende 2024=..2025-01"},
		{"Das Abkommen gilt seit 2022.", "seit 2022=2022.."},
		{"Es waren 2022 Soldaten im Einsatz.", ""},
		{"Vom 3. bis zum 12. September 2023 fand die Übung statt.", "Vom 3. bis zum 12. September 2023=2023-09-03..2023-09-13"},
		{"Zwischen 10 und 20 Soldaten fielen.", ""},
		{"Zwischen 2014 und 2018 stieg der Handel.", "Zwischen 2014 und 2018=2014..2019"},
		{"Gestern sagte der Minister, heute sei alles ruhig.", "Gestern=2024-12-09; heute=2024-12-10"},
		{"Am Morgen sagte der Minister nichts.", ""},
		{"Vor drei Jahren begann der Aufbau.", "Vor drei Jahren=2021"},
		{"Das dritte Quartal 2024 war stark.", "dritte Quartal 2024=2024-07..2024-10"},
		{"Das dritte Angebot war stark.", ""},
		{"In den 1990er Jahren zerfiel die Union.", "1990er Jahren=1990..2000"},
		{"Im 20. Jahrhundert gab es zwei Weltkriege.", "20. Jahrhundert=1900..2000"},
		{"Am 15.1.2011 und am 21/04/2016 geschah es.", "15.1.2011=2011-01-15; 21/04/2016=2016-04-21"},
		{"Die Lieferung vom 31. Februar 2024 kam nie.", "!bad_date"},
		{"Mitte der 1990er Jahre begann es.", "Mitte der 1990er Jahre=1994..1997"},
		{"Letzten September war ich nicht hier.", "Letzten September=2024-09"},
		{"Nächstes Jahr wird gewählt.", "Nächstes Jahr=2025"},
		{"Ich komme am 15. zurück.", "15.=2024-12-15"},
		{"Am 15. Jahrestag sprach er.", ""},
		{"Die Abfrage für den 28.Oktober und für 28.10.", "28.Oktober=2024-10-28; 28.10=2024-10-28"},
		{"Ich bin vom 4. bis zum 23. weg.", "vom 4. bis zum 23.=2024-12-04..2024-12-24"},
		{"Im November zwischen dem 19. und dem 20. bin ich nicht da.", "November zwischen dem 19. und dem 20.=2024-11-19..2024-11-21"},
		{"Nächsten Monat vom 4. bis zum 23. bin ich weg.", "Nächsten Monat vom 4. bis zum 23.=2025-01-04..2025-01-24"},
		{"Mein Gehalt kommt Dienstag, der 25.", "Dienstag, der 25=2025-02-25"},
		{"Nächsten Donnerstag bis Samstag regnet es.", "Nächsten Donnerstag bis Samstag=2024-12-19..2024-12-22"},
		{"Von Juni-August 2024 stieg der Handel.", "Juni-August 2024=2024-06..2024-09"},
		{"Seit Jahresbeginn kamen 3000 Menschen.", "Seit Jahresbeginn=2024-01.."},
		{"Zum Jahresende wird gewählt.", "Jahresende=2024-09..2025-01"},
		{"In den nächsten beiden Tagen regnet es.", "nächsten beiden Tagen=2024-12-11..2024-12-13"},
		{"Im vorletztem Jahr war es anders.", "vorletztem Jahr=2022"},
	}
	for _, c := range cases {
		if got := findT(de.Profile, ref, hebel.PrecisionDay, c.text); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestFindEnglish(t *testing.T) {
	cases := []struct{ text, want string }{
		{"On March 3, 2024, troops attacked.", "March 3, 2024=2024-03-03"},
		{"Troops may attack.", ""},
		{"In May the talks resumed.", "May=2024-05"},
		{"Last year exports fell.", "Last year=2023"},
		{"The last exports fell.", ""},
		{"Since 2022 the pact holds.", "Since 2022=2022.."},
		{"Until the end of 2024 the deal holds.", "Until the end of 2024=..2025-01"},
		{"In the past 3 weeks 200 died.", "past 3 weeks=2024-11-19..2024-12-10"},
		{"Two years ago the talks failed.", "Two years ago=2022"},
		{"Two soldiers failed.", ""},
		{"From 4 to 22 this month the drill runs.", "From 4 to 22 this month=2024-12-04..2024-12-23"},
		{"From 4 to 22 soldiers will come.", ""},
		{"In the 1970s the alliance grew.", "1970s=1970..1980"},
		{"It rose in Q3 2016.", "Q3 2016=2016-07..2016-10"},
		{"Early next year talks resume.", "Early next year=2025-01..2025-07"},
		{"The fall of the city was quick.", ""},
		{"Last spring the war began.", "Last spring=2024-03..2024-06"},
		{"I'll go back 4/22 and 22/04.", "4/22=2025-04-22; 22/04=2025-04-22"},
		{"Some 3/4 of the soldiers left.", ""},
		{"I'll be out Oct. 2 to October 22.", "Oct. 2 to October 22=2024-10-02..2024-10-23"},
		{"I will leave in 3 weeks.", "in 3 weeks=2024-12-31"},
		{"It happened in 3 cases.", ""},
		{"It was the first visit in 14 years.", ""},
		{"On Friday 31 soldiers were killed.", "Friday=2024-12-06"},
		{"Shares are up 20% in the year to date.", "year to date=2024-01-01..2024-12-10"},
		{"It's on Monday of the following week.", "Monday of the following week=2024-12-16"},
		{"I will go back on 28 June in 2020.", "28 June in 2020=2020-06-28"},
		{"Three years later the war ended.", ""},
		{"The range is 2014-2018.", "2014-2018=2014..2019"},
		{"Between 1000 and 2000 soldiers came.", ""},
		{"I'll be out the weekend after the next.", "weekend after the next=2024-12-28..2024-12-30"},
		{"I will work between now and November 15th.", "between now and November 15th=2024-12-10..2025-11-16"},
		{"I'll be out from Friday the 13th until Tuesday the 17th.", "from Friday the 13th until Tuesday the 17th=2024-12-13..2024-12-18"},
	}
	for _, c := range cases {
		if got := findT(en.Profile, ref, hebel.PrecisionDay, c.text); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestFindUndated(t *testing.T) {
	// Without a reference only what is written in full resolves.
	got := findT(de.Profile, time.Time{}, "", "Gestern, im Sommer und am 3. März 2024 und seit 2022.")
	if want := "3. März 2024=2024-03-03; seit 2022=2022.."; got != want {
		t.Errorf("undated: got %q, want %q", got, want)
	}
}

func TestFindMonthReference(t *testing.T) {
	// A reference known to its month: "gestern" is some day around it.
	got := findT(de.Profile, time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC), hebel.PrecisionMonth, "Gestern kamen sie an, im Sommer.")
	if want := "Gestern=2024-11-30..2024-12-31; Sommer=2024-06..2024-09"; got != want {
		t.Errorf("month reference: got %q, want %q", got, want)
	}
}

func TestFutureOfPublication(t *testing.T) {
	got := findT(de.Profile, ref, hebel.PrecisionDay, "Am 5. Mai 2025 wurde der Vertrag unterzeichnet. Am 5. Mai 2025 wird gewählt.")
	if want := "5. Mai 2025=2025-05-05; 5. Mai 2025=2025-05-05; !future_date"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTense(t *testing.T) {
	for text, want := range map[string]Tense{
		"Kim und Putin haben einen Pakt abgeschlossen.": Perfect,
		"Biden hat die Bündnisse verstärkt.":            Perfect,
		"Die Truppen wurden verlegt.":                   Past,
		"Russland wird liefern.":                        Future,
		"Die Soldaten sind im Einsatz.":                 Present,
		"The troops were moved.":                        Past,
		"The troops have arrived.":                      Perfect,
		"Russia will deliver oil.":                      Future,
		"Russia delivers oil.":                          Present,
	} {
		p := de.Profile
		if strings.HasPrefix(text, "The") || strings.HasPrefix(text, "Russia ") {
			p = en.Profile
		}
		s := segment.Split(text, p)[0]
		if got := newCursor(text, "", s, p).tense(); got != want {
			t.Errorf("%s: %s, want %s", text, got, want)
		}
	}
}
