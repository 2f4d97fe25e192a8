package dataset

import (
	"reflect"
	"strings"
	"testing"

	hebel "github.com/hebel-project/hebel"
)

func TestLoadCOWTrade(t *testing.T) {
	in := `"ccode1","ccode2","year","flow1","flow2","smoothflow1","smoothflow2"
710,731,2014,2845,3883,2845,3883
710,731,2013,-9,NA,,
710,731,x,1,1,,
260,265,1980,5,6,5,6
2,20,2014,-3,1,,
710,731
`
	flows, errs := LoadCOWTrade(strings.NewReader(in), "t.csv")
	checkErrs(t, errs)
	if got, want := errLines(errs), []int{4, 6, 7}; !reflect.DeepEqual(got, want) {
		t.Errorf("error lines = %v, want %v (%v)", got, want, errs)
	}
	want := []hebel.Flow{
		{Year: 2014, From: "PRK", To: "CHN", Channel: hebel.ChannelTrade, Value: 2845, Unit: "USD million", Prov: hebel.Provenance{Dataset: IDCOWTradeDyadic, Version: "4.0", File: "t.csv", Row: 2}},
		{Year: 2014, From: "CHN", To: "PRK", Channel: hebel.ChannelTrade, Value: 3883, Unit: "USD million", Prov: hebel.Provenance{Dataset: IDCOWTradeDyadic, Version: "4.0", File: "t.csv", Row: 2}},
	}
	if !reflect.DeepEqual(flows, want) {
		t.Errorf("flows = %+v\nwant %+v", flows, want)
	}
}

func TestLoadATOPMergesYears(t *testing.T) {
	in := `"ccode1","ccode2","year","atop_defense","atop_offense","atop_neutral","atop_nonagg","atop_consul"
710,731,2016,1,0,0,0,0
710,731,2017,1,0,0,0,1
710,731,2018,1,0,0,0,2
2,20,2010,1,0,0,0,0
2,20,2012,1,0,0,0,0
`
	ties, errs := LoadATOP(strings.NewReader(in), "a.csv")
	checkErrs(t, errs)
	if got := errLines(errs); !reflect.DeepEqual(got, []int{4}) {
		t.Errorf("error lines = %v, want [4]", got)
	}
	if len(ties) != 4 {
		t.Fatalf("got %d ties, want 4: %+v", len(ties), ties)
	}
	d := ties[0]
	if d.Kind != KindDefense || d.From != "CHN" || d.To != "PRK" || d.Start != 2016 || d.End != 2018 ||
		d.Prov.Row != 2 || d.Attributes["last_row"] != "4" || d.Attributes["right_censored"] != "true" {
		t.Errorf("defense tie = %+v", d)
	}
	if ties[2].Start != 2010 || ties[2].End != 2010 || ties[3].Start != 2012 {
		t.Errorf("gap not kept: %+v %+v", ties[2], ties[3])
	}
}

func TestLoadGSDB(t *testing.T) {
	in := `case_id,sanctioned_state,sanctioning_state,begin,end,trade,descr_trade,arms,military,financial,travel,other,target_mult,sender_mult,objective,success
26,"Korea, North","UN, Japan",2006,2022,1,exp_part,1,0,1,0,0,0,1,prevent_war,ongoing
27,"Korea, North",Atlantis,2006,2022,1,,0,0,0,0,0,0,0,,
28,Cuba,United States,x,1,0,,0,0,0,0,0,0,0,,
`
	ties, errs := LoadGSDB(strings.NewReader(in), "g.csv")
	checkErrs(t, errs)
	if got := errLines(errs); !reflect.DeepEqual(got, []int{3, 4}) {
		t.Errorf("error lines = %v, want [3 4]", got)
	}
	if len(ties) != 2 {
		t.Fatalf("got %d ties: %+v", len(ties), ties)
	}
	if ties[0].From != "UN" || ties[0].Attributes["sender_type"] != "organisation" || ties[1].From != "JPN" ||
		ties[1].To != "PRK" || ties[1].Attributes["types"] != "trade,arms,financial" || ties[1].End != 2022 ||
		ties[1].Attributes["right_censored"] != "true" {
		t.Errorf("ties = %+v", ties)
	}
}

func TestLoadTIES(t *testing.T) {
	in := `caseid,startyear,endyear,sender1,sender2,sender3,sender4,sender5,targetstate,imposition,sancimpositionstartyear,sanctiontype,institution,institutionid,ongoingasofyear
2002101601,2002,,2,,,,,731,1,2003,1 2 8,0,,
1968012301,1968,1968,2,732,,,,731,0,,,0,,
1,1990,1991,2,,,,,731,1,1990,77,0,,
`
	ties, errs := LoadTIES(strings.NewReader(in), "ties.csv")
	checkErrs(t, errs)
	if got := errLines(errs); !reflect.DeepEqual(got, []int{4}) {
		t.Errorf("error lines = %v, want [4]", got)
	}
	if len(ties) != 3 || ties[0].Kind != KindSanctions || ties[0].Start != 2003 || ties[0].End != 0 ||
		ties[0].Attributes["types"] != "total_embargo,partial_embargo,travel_ban" ||
		ties[1].Kind != KindSanctionsThreat || ties[2].From != "KOR" {
		t.Errorf("ties = %+v", ties)
	}
}

func TestLoadNKAnchor(t *testing.T) {
	in := `indicator,from,to,period,value,unit,underlying_source,url,note
refined_petroleum_cap,any UN member,PRK,annual from 2018,500000,barrels,UNSCR 2397,https://un.example/cap,
refined_petroleum_supplied,RUS,PRK,2019,30180,tonnes,UN 1718,https://x.example/1,
refined_petroleum_supplied,CHN,PRK,2021-03,4893,barrels,UN 1718,https://x.example/2,= 587.4 t
refined_petroleum_supplied,CHN+RUS,PRK,2019,418000,barrels,UN 1718,https://x.example/3,
trade_share,PRK,CHN,2022,96.7,percent of PRK total trade,KOTRA,https://x.example/4,
imports,CHN,PRK,2017-01..2017-06,880000000,USD,China customs,https://x.example/5,
exports,PRK,world,2018,240000000,USD,KOTRA,https://x.example/6,
refined_petroleum_supplied,RUS,PRK,2019,1,gallons,UN,https://x.example/7,
`
	flows, inds, errs := LoadNKAnchor(strings.NewReader(in), "nk.csv")
	checkErrs(t, errs)
	if got := errLines(errs); !reflect.DeepEqual(got, []int{9}) {
		t.Errorf("error lines = %v, want [9]", got)
	}
	if len(flows) != 3 || flows[0].Unit != "t" || flows[0].Value != 30180 || flows[0].Prov.URL != "https://x.example/1" ||
		!strings.HasPrefix(flows[1].Note, "partial year:") || flows[2].From != "PRK" || flows[2].To != "CHN" {
		t.Errorf("flows = %+v", flows)
	}
	names := map[string]float64{}
	for _, in := range inds {
		names[in.Name] = in.Value
	}
	want := map[string]float64{"refined_petroleum_cap": 500000, "refined_petroleum_supplied_total": 418000,
		"trade_share_with_CHN": 96.7, "exports_total": 240000000}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("indicators = %v, want %v", names, want)
	}
}

func TestLoadUNSanctions(t *testing.T) {
	in := `<?xml version='1.0' encoding='UTF-8'?>
<CONSOLIDATED_LIST dateGenerated='2025-04-19T23:00:04.625Z'>
 <INDIVIDUALS>
  <INDIVIDUAL>
   <DATAID>1</DATAID><FIRST_NAME>KIM</FIRST_NAME><SECOND_NAME>IL</SECOND_NAME>
   <UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.001</REFERENCE_NUMBER><LISTED_ON>2013-03-07</LISTED_ON>
   <NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE></NATIONALITY>
  </INDIVIDUAL>
  <INDIVIDUAL><DATAID>2</DATAID><UN_LIST_TYPE>DPRK</UN_LIST_TYPE></INDIVIDUAL>
 </INDIVIDUALS>
 <ENTITIES>
  <ENTITY><DATAID>3</DATAID><FIRST_NAME>KOREA MINING</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPe.001</REFERENCE_NUMBER><LISTED_ON>2009</LISTED_ON></ENTITY>
  <ENTITY><DATAID>4</DATAID><FIRST_NAME>X</FIRST_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDe.001</REFERENCE_NUMBER><LISTED_ON>2001-10-06</LISTED_ON></ENTITY>
 </ENTITIES>
</CONSOLIDATED_LIST>
`
	l, errs := LoadUNSanctions(strings.NewReader(in), "un.xml")
	checkErrs(t, errs)
	if got := errLines(errs); !reflect.DeepEqual(got, []int{9}) {
		t.Errorf("error lines = %v, want [9] (%v)", got, errs)
	}
	if l.Generated != "2025-04-19" || len(l.Entries) != 3 || l.Entries[0].Name != "KIM IL" || l.Entries[0].Prov.Row != 4 ||
		l.Entries[0].Nationalities[0] != "Democratic People's Republic of Korea" {
		t.Errorf("list = %+v", l)
	}
	c := l.Counts()
	if len(c) != 2 || c[0].Name != "un_designated_entities" || c[0].Value != 1 || c[1].Value != 1 || c[0].Year != 2025 || c[0].Country != "PRK" {
		t.Errorf("counts = %+v", c)
	}
	// Designations: one tie per dated entry of a country regime; the
	// entity whose date is a bare year has no day of validity, Al-Qaida
	// no state.
	d := l.Designations()
	if len(d) != 1 || d[0].Kind != KindUNDesignation || d[0].From != "UN" || d[0].To != "PRK" || d[0].Start != 2013 || d[0].End != 0 ||
		d[0].Attributes["listed_on"] != "2013-03-07" || d[0].Attributes["list_date"] != "2025-04-19" || d[0].Attributes["reference"] != "KPi.001" || d[0].Prov.Row != 4 {
		t.Errorf("designations = %+v", d)
	}
}

func TestLoadBACIFixture(t *testing.T) {
	w, errs := LoadKind("baci", "testdata/baci/BACI_HS92_Y2022_V202401_fixture.csv")
	checkErrs(t, errs)
	if len(errs) != 1 {
		t.Errorf("errors = %v, want one (the malformed fixture row)", errs)
	}
	var refined, tonnes float64
	for _, f := range w.Flows {
		if f.From == "CHN" && f.To == "PRK" && f.Channel == hebel.ChannelRefined {
			if f.Unit == "USD thousand" {
				refined += f.Value
			} else if f.Unit == "t" {
				tonnes += f.Value
			}
			if f.Prov.Version != "202401" || f.Prov.Dataset != IDBACI || f.Prov.Row < 2 {
				t.Errorf("provenance = %+v", f.Prov)
			}
		}
	}
	if refined != 1234.5 || tonnes != 1500 {
		t.Errorf("CHN→PRK refined = %v USD thousand, %v t; want 1234.5, 1500", refined, tonnes)
	}
	if w.Sources[IDBACI].Version != "202401" {
		t.Errorf("sources = %+v", w.Sources)
	}
}

func TestLoadKindUnknown(t *testing.T) {
	_, errs := LoadKind("nope", "x.csv")
	if len(errs) != 1 {
		t.Errorf("errs = %v", errs)
	}
}

func TestMissingHeader(t *testing.T) {
	_, errs := LoadCOWTrade(strings.NewReader("a,b\n1,2\n"), "x.csv")
	if len(errs) == 0 || !strings.HasPrefix(errs[0].Error(), "x.csv:1: missing column") {
		t.Errorf("errs = %v", errs)
	}
}
