package dataset

import hebel "github.com/hebel-project/hebel"

// Dataset ids, used as hebel.Provenance.Dataset and as keys of
// hebel.World.Sources. Each is described in registry.
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
	IDBACIEnergy       = "baci-energy"
	IDOTSPairs         = "ots-pairs"
	IDOTSSections      = "ots-sections"
	IDFAOSTATTM        = "faostat-tm"
	IDEurostatGas      = "eurostat-gas"
	IDSIPRIArms        = "sipri-arms"
	IDGCDF             = "gcdf"
	IDCOWContiguity    = "cow-contiguity"
)

// prov builds the provenance of one row.
func prov(id, file string, line int) hebel.Provenance {
	return hebel.Provenance{Dataset: id, Version: Sources[id].Version, File: file, Row: line}
}
