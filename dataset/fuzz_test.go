package dataset

import (
	"strings"
	"testing"
)

// fuzzCSV runs a CSV loader on arbitrary input and checks that it does
// not panic and that its errors carry file:line.
func fuzzCSV(f *testing.F, seeds []string, load func(in string) []error) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Add("")
	f.Add("\"unterminated\n")
	f.Fuzz(func(t *testing.T, in string) {
		checkErrs(t, load(in))
	})
}

func FuzzLoadCOWTrade(f *testing.F) {
	fuzzCSV(f, []string{"ccode1,ccode2,year,flow1,flow2\n710,731,2014,2845,3883\n2,20,x,-9,1e400\n"}, func(in string) []error {
		_, errs := LoadCOWTrade(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadCOWTradeNational(f *testing.F) {
	fuzzCSV(f, []string{"ccode,year,imports,exports\n731,2014,4000,3000\n731,NA,1,1\n"}, func(in string) []error {
		_, errs := LoadCOWTradeNational(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadCOWNMC(f *testing.F) {
	fuzzCSV(f, []string{"ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n731,2010,NA,1190,1,2,3,4,0.01\n"}, func(in string) []error {
		_, errs := LoadCOWNMC(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadATOP(f *testing.F) {
	fuzzCSV(f, []string{"ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n710,731,2018,1,0,0,0,1\n710,731,2019,1,2,0,0,1\n"}, func(in string) []error {
		_, errs := LoadATOP(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadCOWAlliance(f *testing.F) {
	fuzzCSV(f, []string{"ccode1,ccode2,year,cow_defense,cow_neutral,cow_nonagg,cow_entente\n710,731,2012,1,0,1,1\n"}, func(in string) []error {
		_, errs := LoadCOWAlliance(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadRivalries(f *testing.F) {
	fuzzCSV(f, []string{
		"tssr_id,rivalry,ccode1,ccode2,start,end,positional,spatial,ideological,interventionary\n1,\"A-B\",2,365,1945,1989,1,,1,\n",
		"rivalryno,rivalryname,ccode1,ccode2,styear,endyear,region,type1,type2,type3\n1,\"A-B\",731,732,1948,2010,x,spatial,,\n",
	}, func(in string) []error {
		_, errs := LoadRivalries(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadIGODyadic(f *testing.F) {
	fuzzCSV(f, []string{"ccode1,ccode2,year,dyadigos\n710,731,2014,12\n2,20,1990,-9\n"}, func(in string) []error {
		_, errs := LoadIGODyadic(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadIGONational(f *testing.F) {
	fuzzCSV(f, []string{"ccode,year,sum_igo_full,sum_igo_associate,sum_igo_observer,sum_igo_anytype\n731,2014,30,1,2,33\n"}, func(in string) []error {
		_, errs := LoadIGONational(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadUSTroops(f *testing.F) {
	fuzzCSV(f, []string{"countryname,year,ccode,iso3c,troops_ad,army_ad\nKorea,2024,732,KOR,24515,19000\nAden,1951,1029,NA,0,0\n"}, func(in string) []error {
		_, errs := LoadUSTroops(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadSIPRI(f *testing.F) {
	fuzzCSV(f, []string{"country,region,subregion,year,measure,value,flag\n\"Korea, North\",Asia,East Asia,2020,usd_m_current,,...\nChina,Asia,East Asia,2020,usd_m_current,252304,\n"}, func(in string) []error {
		_, errs := LoadSIPRI(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadGSDB(f *testing.F) {
	fuzzCSV(f, []string{"case_id,sanctioned_state,sanctioning_state,begin,end,trade\n26,\"Korea, North\",\"UN, EU\",2006,2022,1\n"}, func(in string) []error {
		_, errs := LoadGSDB(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadTIES(f *testing.F) {
	fuzzCSV(f, []string{"caseid,startyear,endyear,sender1,sender2,targetstate,imposition,sanctiontype\n1,2002,,2,,731,1,1 2\n"}, func(in string) []error {
		_, errs := LoadTIES(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadFAOCereals(f *testing.F) {
	fuzzCSV(f, []string{"fao_area_code,iso3,year,cereals_excl_beer_import_quantity_kt\n116,PRK,2010,484\n"}, func(in string) []error {
		_, errs := LoadFAOCereals(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadNKAnchor(f *testing.F) {
	fuzzCSV(f, []string{"indicator,from,to,period,value,unit,underlying_source,url,note\nrefined_petroleum_supplied,RUS,PRK,2019,277365,barrels,UN,https://x.example,\n"}, func(in string) []error {
		_, _, errs := LoadNKAnchor(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadFBIC(f *testing.F) {
	fuzzCSV(f, []string{"country,iso3c,year,fbic,bandwidth\n\"North Korea\",PRK,1994,0.34,0.5\n"}, func(in string) []error {
		_, errs := LoadFBIC(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadBACI(f *testing.F) {
	countries := BACICountries{156: "CHN", 408: "PRK"}
	fuzzCSV(f, []string{"t,i,j,k,v,q\n2022,156,408,271019,1000.5,1200\n2022,156,408,71019,1,\n"}, func(in string) []error {
		_, errs := LoadBACI(strings.NewReader(in), "BACI_HS92_Y2022_V202401.csv", countries)
		return errs
	})
}

func FuzzLoadBACICodes(f *testing.F) {
	fuzzCSV(f, []string{"country_code,country_name,country_iso2,country_iso3\n156,China,CN,CHN\n", "code,description\n271019,oil\n"}, func(in string) []error {
		_, errs := LoadBACICountries(strings.NewReader(in), "c.csv")
		_, errs2 := LoadBACIProducts(strings.NewReader(in), "p.csv")
		return append(errs, errs2...)
	})
}

func FuzzLoadUNSanctions(f *testing.F) {
	f.Add(`<CONSOLIDATED_LIST dateGenerated='2020-11-23T00:00:00Z'><INDIVIDUALS><INDIVIDUAL><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`)
	f.Add(`<CONSOLIDATED_LIST dateGenerated='x'><ENTITIES><ENTITY><UN_LIST_TYPE>DPRK`)
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		l, errs := LoadUNSanctions(strings.NewReader(in), "f.xml")
		checkErrs(t, errs)
		_ = l.Counts()
		for _, d := range l.Designations() {
			if d.Start <= 0 || d.To == "" || len(d.Attributes["listed_on"]) != 10 {
				t.Errorf("designation without a day or a state: %+v", d)
			}
		}
	})
}

func FuzzLoadEurostatGas(f *testing.F) {
	fuzzCSV(f, []string{"siec,partner_exporter,unit,geo_importer,2020,2021\nG3000,RU,TJ_GCV,DE,NA,5\nG3200,RU,TJ_GCV,DE,1,x\n"}, func(in string) []error {
		_, errs := LoadEurostatGas(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadBACIEnergy(f *testing.F) {
	fuzzCSV(f, []string{"year,importer_iso3,exporter_iso3,hs_code,value_usd,qty,qty_unit\n2013,PRK,CHN,2709,5,1,tonnes\n2013,PRK,S19,271111,5,,tonnes\n"}, func(in string) []error {
		_, errs := LoadBACIEnergy(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadFAOSTATTM(f *testing.F) {
	fuzzCSV(f, []string{"ISO3,Area,ISOP,Partner,cpc_name1,Item,Element,Unit,Year,value\nCHN,China,PRK,NK,Cereals,Rice,Export value,1000 USD,2019,2\n"}, func(in string) []error {
		_, errs := LoadFAOSTATTM(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadSIPRIArms(f *testing.F) {
	fuzzCSV(f, []string{"pre\nRecipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\nRussia,North Korea,2023,,100,,X,y,100,,2023; 2024,New,a\nb,2.5,250,250\n"}, func(in string) []error {
		_, errs := LoadSIPRIArms(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadGCDF(f *testing.F) {
	fuzzCSV(f, []string{"ccode,year,oof_amt,oof_adj,oda_amt,oda_adj,vof_amt,vof_adj\n731,2015,1,1,1,1,1,1\n"}, func(in string) []error {
		_, errs := LoadGCDF(strings.NewReader(in), "f.csv")
		return errs
	})
}

func FuzzLoadOTSSections(f *testing.F) {
	fuzzCSV(f, []string{"year,community_name,reporter_iso,partner_iso,export_value_usd,import_value_usd\n2018,Weapons,rus,blr,1,7\n"}, func(in string) []error {
		_, errs := LoadOTSSections(strings.NewReader(in), "f.csv")
		return errs
	})
}
