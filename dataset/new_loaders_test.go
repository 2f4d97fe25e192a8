package dataset

import (
	"strings"
	"testing"

	hebel "github.com/hebel-project/hebel"
)

func TestRegistryOneEntryPerKind(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range registry {
		if seen[k.name] {
			t.Errorf("kind %q twice", k.name)
		}
		seen[k.name] = true
		if len(k.layout) == 0 || len(k.sources) == 0 || k.load == nil {
			t.Errorf("kind %q lacks layout, sources or loader", k.name)
		}
		for id, info := range k.sources {
			if info.Name == "" || info.Licence == "" || info.Citation == "" {
				t.Errorf("kind %q: dataset %q is not cited fully", k.name, id)
			}
			if Sources[id].Name != info.Name {
				t.Errorf("Sources[%q] not built from the registry", id)
			}
		}
	}
	if len(Kinds) != len(registry) {
		t.Errorf("Kinds has %d entries, registry %d", len(Kinds), len(registry))
	}
}

func TestLoadEurostatGas(t *testing.T) {
	in := `siec,partner_exporter,unit,geo_importer,2020,2021,2022
G3000,RU,TJ_GCV,DE,NA,2161623,0
G3200,RU,TJ_GCV,DE,NA,100,NA
G3000,NO,TJ_GCV,EL,5,6,7
G3000,RU,TJ_GCV,EU27_2020,1,1,1
G3000,RU,TJ_GCV,ZZ,1,1,1
G3000,RU,MIO_M3,DE,1,1,1
`
	flows, errs := LoadEurostatGas(strings.NewReader(in), "g.csv")
	checkErrs(t, errs)
	if got := errLines(errs); len(got) != 2 || got[0] != 6 || got[1] != 7 {
		t.Errorf("error lines %v (%v)", got, errs)
	}
	var de2021, de2022, gr int
	for _, f := range flows {
		switch {
		case f.To == "DEU" && f.Year == 2021:
			de2021++
			if f.Value != 2161623 || f.Unit != "TJ GCV" || f.Channel != hebel.ChannelGas || !strings.Contains(f.Note, "of which LNG 100 TJ GCV (G3200, row 3)") {
				t.Errorf("RU→DE 2021: %+v", f)
			}
		case f.To == "DEU" && f.Year == 2022:
			de2022++
			if f.Value != 0 {
				t.Errorf("a zero the source states is kept as 0: %+v", f)
			}
		case f.To == "GRC":
			gr++
		case f.To == "DEU" && f.Year == 2020:
			t.Errorf("NA became a flow: %+v", f)
		}
	}
	if de2021 != 1 || de2022 != 1 || gr != 3 {
		t.Errorf("flows %+v", flows)
	}
}

func TestLoadBACIEnergy(t *testing.T) {
	in := `year,importer_iso3,exporter_iso3,hs_code,value_usd,qty,qty_unit,source
2013,PRK,CHN,2709,598133947,578001.81,tonnes,BACI (CEPII)
2019,PRK,PNG,271111,102182031,,tonnes,BACI (CEPII)
2019,KOR,S19,2709,5,1,tonnes,BACI (CEPII)
2019,KOR,SCG,2709,5,1,tonnes,BACI (CEPII)
2019,KOR,XXX,2709,5,1,tonnes,BACI (CEPII)
2019,KOR,CHN,2710,5,1,tonnes,BACI (CEPII)
`
	flows, errs := LoadBACIEnergy(strings.NewReader(in), "b.csv")
	checkErrs(t, errs)
	if got := errLines(errs); len(got) != 2 || got[0] != 6 || got[1] != 7 {
		t.Errorf("error lines %v (%v)", got, errs)
	}
	if len(flows) != 5 {
		t.Fatalf("flows %+v", flows)
	}
	if f := flows[1]; f.Unit != "t" || f.Value != 578001.81 || f.Channel != hebel.ChannelCrude || f.From != "CHN" {
		t.Errorf("tonnes flow %+v", f)
	}
	if f := flows[2]; f.Channel != hebel.ChannelLNG || f.Unit != "USD" {
		t.Errorf("LNG without quantity %+v", f)
	}
	if f := flows[3]; f.From != "TWN" {
		t.Errorf("S19 is Taiwan: %+v", f)
	}
}

func TestLoadFAOSTATTMMirror(t *testing.T) {
	in := `ISO3,Area,ISOP,Partner,cpc_name1,Item,Element,Unit,Year,value
EGY,Egypt,RUS,Russian Federation,Cereals,Wheat,Import value,1000 USD,2022,1948982
RUS,Russian Federation,EGY,Egypt,Cereals,Wheat,Export value,1000 USD,2022,1900000
CHN,China,PRK,North Korea,Cereals,Rice,Export value,1000 USD,2019,20000
CHN,China,PRK,North Korea,Cereals,Maize (corn),Export value,1000 USD,2019,500
XXA,Group,PRK,North Korea,Cereals,Rice,Export value,1000 USD,2019,1
EGY,Egypt,RUS,Russian Federation,Cereals,Wheat,Re-export,1000 USD,2022,1
`
	flows, errs := LoadFAOSTATTM(strings.NewReader(in), "f.csv")
	checkErrs(t, errs)
	if got := errLines(errs); len(got) != 1 || got[0] != 7 {
		t.Errorf("error lines %v (%v)", got, errs)
	}
	if len(flows) != 3 {
		t.Fatalf("flows %+v", flows)
	}
	if f := flows[0]; f.From != "RUS" || f.To != "EGY" || f.Value != 1948982 || strings.Contains(f.Note, "mirror") {
		t.Errorf("the importer's report is used: %+v", f)
	}
	for _, f := range flows[1:] {
		if f.From != "CHN" || f.To != "PRK" || !strings.Contains(f.Note, "mirror") || f.Channel != hebel.ChannelCereals {
			t.Errorf("PRK reports nothing: the exporter's rows stand in, marked: %+v", f)
		}
	}
}

func TestLoadSIPRIArms(t *testing.T) {
	in := "Transfers of major conventional arms\nData generated: 13 Mar 2025\n" +
		"Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n" +
		"Russia,North Korea,2023,,100,,M-1978 Koksan,self-propelled gun,100,,2023; 2024,New,,2.5,250,250\n" +
		"Saudi Arabia,Germany,2024,,12,,ship engine,ship engine,0,,,New,MTU engine for\n3 frigates,1.5,18,\n" +
		"Ukraine,Ukraine Rebels*,2014,,1,,T-64,tank,1,,2014,Second hand,,1,1,1\n" +
		"Turkiye,France,2010,,1,,X,y,1,,2011,New,,0.3,0.3,0\n" +
		"Atlantis,France,2010,,1,,X,y,1,,2011,New,,1,1,1\n" +
		"Chile,Germany,2010,,1,,X,y,1,,20x1,New,,1,1,1\n"
	raw := []byte(in)
	raw = append(raw, []byte("Peru,Espa\xf1a,2010,,1,,X,y,1,,2011,New,,1,1,1\n")...)
	flows, errs := LoadSIPRIArms(strings.NewReader(string(raw)), "r.csv")
	checkErrs(t, errs)
	lines := errLines(errs)
	if len(lines) != 3 || lines[0] != 9 || lines[1] != 10 || lines[2] != 11 {
		t.Errorf("error lines %v, want 9, 10, 11 (%v)", lines, errs)
	}
	if !strings.Contains(errs[2].Error(), "España") {
		t.Errorf("Latin-1 not decoded: %v", errs[2])
	}
	var prk []hebel.Flow
	for _, f := range flows {
		if f.From == "PRK" {
			prk = append(prk, f)
		}
	}
	if len(prk) != 2 || prk[0].Year != 2023 || prk[1].Year != 2024 || prk[0].Value != 125 || prk[0].Unit != UnitTIV || prk[0].Prov.Row != 4 {
		t.Errorf("a deal delivered over two years is split evenly: %+v", prk)
	}
	if len(flows) != 3 || flows[2].To != "TUR" || flows[2].Value != 0 || !strings.Contains(flows[2].Note, "between 0 and 0.5") {
		t.Errorf("flows %+v", flows)
	}
}

func TestLoadGCDF(t *testing.T) {
	in := "ccode,year,oof_amt,oof_adj,oda_amt,oda_adj,vof_amt,vof_adj\n731,2015,100,100,50,50,0,0\n710,2015,1,1,1,1,1,1\n9999,2015,1,1,1,1,1,1\n731,2016,-1,0,0,0,0,0\n"
	flows, errs := LoadGCDF(strings.NewReader(in), "g.csv")
	checkErrs(t, errs)
	if got := errLines(errs); len(got) != 1 || got[0] != 5 {
		t.Errorf("error lines %v (%v)", got, errs)
	}
	if len(flows) != 1 || flows[0].From != "CHN" || flows[0].To != "PRK" || flows[0].Value != 150 || flows[0].Unit != UnitUSD2021 || flows[0].Channel != hebel.ChannelFinance {
		t.Errorf("flows %+v", flows)
	}
}

func TestLoadOTSPairsCountsEachFlowOnce(t *testing.T) {
	in := `"year","reporter_iso","partner_iso","export_value_usd","import_value_usd"
2017,"chn","prk",3245097511,1602765893
2017,"prk","chn",1602765893,3245097511
2017,"prk","e-490",1,1
2017,"prk","kor",5,0
`
	flows, errs := LoadOTSPairs(strings.NewReader(in), "p.csv")
	checkErrs(t, errs)
	if len(errs) != 0 || len(flows) != 2 {
		t.Fatalf("flows %+v errs %v", flows, errs)
	}
	if flows[0].From != "PRK" || flows[0].To != "CHN" || flows[0].Value != 1602765893 || flows[1].From != "CHN" || flows[1].Value != 3245097511 {
		t.Errorf("flows %+v", flows)
	}
}

func TestLoadOTSSections(t *testing.T) {
	in := "year,community_name,reporter_iso,partner_iso,export_value_usd,import_value_usd\n2018,Weapons,rus,blr,1,7\n2018,Mineral Products,rus,blr,1,9\n2018,Textiles,rus,blr,1,9\n"
	flows, errs := LoadOTSSections(strings.NewReader(in), "s.csv")
	if got := errLines(errs); len(got) != 1 || got[0] != 4 {
		t.Errorf("error lines %v", got)
	}
	if len(flows) != 2 || flows[0].Channel != hebel.ChannelArms || flows[1].Channel != "hs:mineral_products" {
		t.Errorf("flows %+v", flows)
	}
}

func TestSuggestISO3(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Germany", "DEU"}, {"deutschland", "DEU"}, {"deu", "DEU"}, {"Korea, North", "PRK"}, {"Nordkorea", "PRK"},
		{"DE", "DEU"}, {"Germ", "DEU"}, {"XXX", ""}, {"", ""},
	} {
		got, _, ok := SuggestISO3(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("SuggestISO3(%q) = %q %v, want %q", tc.in, got, ok, tc.want)
		}
	}
	if IsISO3("XXX") || !IsISO3("PRK") {
		t.Error("IsISO3")
	}
}

func TestLoadCOWContiguity(t *testing.T) {
	in := `"ccode1","ccode2","conttype","stdate","enddate"
710,731,1,1948-09-01,2016-12-01
731,710,1,1948-09-01,2016-12-01
710,700,0,1919-08-01,1919-12-01
710,740,5,1952-04-01,2016-12-01
710,740,4,1879-03-01,1895-04-01
710,x,1,1948-09-01,2016-12-01
`
	ties, errs := LoadCOWContiguity(strings.NewReader(in), "c.csv")
	if got := errLines(errs); len(got) != 1 || got[0] != 7 {
		t.Errorf("error lines %v (%v)", got, errs)
	}
	if len(ties) != 3 || ties[0].From != "CHN" || ties[0].To != "PRK" || ties[0].Start != 1948 || ties[0].Attributes["right_censored"] != "true" || ties[2].Attributes["right_censored"] != "" {
		t.Errorf("ties %+v", ties)
	}
}
