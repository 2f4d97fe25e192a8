// Package dataset loads the world datasets Hebel's leverage model reads –
// Correlates of War trade, capabilities, alliances and IGO memberships,
// ATOP alliances, rivalries, US troops abroad, SIPRI military expenditure,
// GSDB and TIES sanctions, the UN consolidated sanctions list, FAO cereal
// imports, hand-transcribed North Korea anchor figures, FBIC, CEPII BACI
// (full years, or the crude oil and LNG extract), UN Comtrade via Open
// Trade Statistics, the FAOSTAT cereals trade matrix, Eurostat gas imports,
// the SIPRI arms-transfer register and AidData's Chinese development
// finance – into the root types hebel.Flow, hebel.Tie and hebel.Indicator.
// Each dataset kind is one entry of the registry (registry.go): its name,
// where its files lie, the datasets it cites and its loader.
//
// Every value keeps its provenance: dataset id, version, file base name and
// the 1-based line of the source file it came from (the header is line 1).
// Loaders never stop at a bad row: they return the good rows and one error
// per bad row, formatted "file:line: what is wrong" (see RowError).
//
// Countries are ISO 3166-1 alpha-3 codes. COW country codes are mapped with
// ISO3 and COWCode; country names (GSDB, SIPRI) with ISO3ForName. Values are
// kept in the units the dataset states; nothing is converted silently.
//
// The package does no network I/O and holds no global state besides its
// read-only tables; it must not import the leverage model or any store.
package dataset
