//go:build ignore

// gen writes world.bin.gz, the embedded world bundle, from the shared
// world data directory:
//
//	go run gen.go -root ../../../shared/data/world -out world.bin.gz
//
// It ships only datasets whose terms allow redistribution with citation,
// restricted to what the leverage model reads:
//
//   - COW Trade 4.0 dyadic, 2000–2014, non-zero flows only (zero flows and
//     earlier years are left out for size); COW national trade since 1990
//   - COW NMC 7.0 (CINC and components) since 1990
//   - COW Direct Contiguity 3.2, neighbours since 1990
//   - ATOP 5.0 and COW Formal Alliances 4.1, ties lasting into 1990 or later
//   - US troops abroad (troopdata; DMDC figures) since 1990
//   - SIPRI milex (current US$ million, share of GDP) since 1990
//   - FAOSTAT cereal imports (CC BY 4.0), all rows
//   - the project's hand-transcribed North Korea anchor figures, all rows
//   - UN consolidated lists (UN public document): counts per regime and
//     every designation of a country regime with its listing date
//   - Eurostat gas imports by partner (CC BY 4.0), the whole extract
//   - CEPII BACI crude oil and LNG (Etalab 2.0), since 2000, tonnes only
//   - FAOSTAT cereals trade matrix (CC BY 4.0), since 2005
//   - SIPRI arms-transfer register (free with attribution), deliveries
//     since 2000
//   - AidData Chinese development finance 3.0 (ODC-By 1.0), all rows
//
// Left out (no redistribution licence, or not needed): GSDB (free on
// request, not redistributable), TIES (no licence statement), FBIC (thesis
// extract without licence), COW IGO dyads (size), rivalries, full BACI
// years (not in the shared data), UN Comtrade via Open Trade Statistics
// (Comtrade's terms bar bulk redistribution: load it with 'hebel data load
// ots-pairs').
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"

	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset"
	"github.com/hebel-project/hebel/dataset/bundle"
)

const since = 1990

// recentSince is the first year kept of the large flow datasets (COW
// trade, BACI, SIPRI); foodSince of the FAOSTAT matrix.
const (
	recentSince = 2000
	foodSince   = 2005
)

func main() {
	root := flag.String("root", "../../../shared/data/world", "shared world data directory")
	out := flag.String("out", "world.bin.gz", "output file")
	flag.Parse()
	w, errs := dataset.LoadDir(*root)
	if w == nil {
		log.Fatal(errs)
	}
	for _, e := range errs {
		log.Print(e)
	}
	b := &hebel.World{Sources: map[string]hebel.DatasetInfo{}}
	keep := func(id string) { b.Sources[id] = w.Sources[id] }
	for _, f := range w.Flows {
		switch f.Prov.Dataset {
		case dataset.IDCOWTradeDyadic:
			if f.Year >= recentSince && f.Value > 0 {
				b.Flows = append(b.Flows, f)
				keep(f.Prov.Dataset)
			}
		case dataset.IDNKAnchor, dataset.IDEurostatGas, dataset.IDGCDF:
			b.Flows = append(b.Flows, f)
			keep(f.Prov.Dataset)
		case dataset.IDBACIEnergy:
			if f.Year >= recentSince && f.Unit == "t" {
				b.Flows = append(b.Flows, f)
				keep(f.Prov.Dataset)
			}
		case dataset.IDFAOSTATTM:
			if f.Year >= foodSince {
				b.Flows = append(b.Flows, f)
				keep(f.Prov.Dataset)
			}
		case dataset.IDSIPRIArms:
			if f.Year >= recentSince {
				b.Flows = append(b.Flows, f)
				keep(f.Prov.Dataset)
			}
		}
	}
	for _, t := range w.Ties {
		switch t.Prov.Dataset {
		case dataset.IDATOP, dataset.IDCOWAlliance:
			if t.End >= since || t.End == 0 {
				b.Ties = append(b.Ties, t)
				keep(t.Prov.Dataset)
			}
		case dataset.IDCOWContiguity:
			if t.End >= since {
				b.Ties = append(b.Ties, t)
				keep(t.Prov.Dataset)
			}
		case dataset.IDUNSanctions:
			b.Ties = append(b.Ties, t)
			keep(t.Prov.Dataset)
		case dataset.IDUSTroops:
			if t.Start >= since {
				b.Ties = append(b.Ties, t)
				keep(t.Prov.Dataset)
			}
		}
	}
	for _, in := range w.Indicators {
		ok := false
		switch in.Prov.Dataset {
		case dataset.IDCOWNMC, dataset.IDCOWTradeNational:
			ok = in.Year >= since
		case dataset.IDSIPRI:
			ok = in.Year >= since && (in.Name == "milex" || in.Name == "milex_gdp_share")
		case dataset.IDFAOCereals, dataset.IDNKAnchor, dataset.IDUNSanctions:
			ok = true
		}
		if ok {
			b.Indicators = append(b.Indicators, in)
			keep(in.Prov.Dataset)
		}
	}
	var raw bytes.Buffer
	if err := bundle.Encode(&raw, b); err != nil {
		log.Fatal(err)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(raw.Bytes())
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, gz.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d flows, %d ties, %d indicators, %d bytes raw, %d bytes gzip\n",
		*out, len(b.Flows), len(b.Ties), len(b.Indicators), raw.Len(), gz.Len())
}
