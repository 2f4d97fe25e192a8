package http

import (
	"archive/zip"
	"io"
	nethttp "net/http"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/export"
)

// exportTypes are the Content-Types of the export formats.
var exportTypes = map[string]string{
	"jsonl":   "application/jsonl; charset=utf-8",
	"graphml": "application/graphml+xml; charset=utf-8",
	"gexf":    "application/gexf+xml; charset=utf-8",
	"ftm":     "application/jsonl; charset=utf-8",
	"csv":     "text/csv; charset=utf-8",
}

// export answers GET /api/export/{format}?lang=&table=: the stored
// records (of one language) in csv (one table with ?table=, else a zip of
// every table), jsonl, graphml, gexf or ftm, as 'hebel export' writes
// them, streamed as an attachment.
func (s *Server) export(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, "lang", "table"); err != nil {
		return err
	}
	format, err := enumParam(r.PathValue("format"), "format", export.Formats...)
	if err != nil {
		return err
	}
	lang, err := langParam(q.Get("lang"))
	if err != nil {
		return err
	}
	table := q.Get("table")
	if table != "" && (format != "csv" || !export.IsTable(table)) {
		return hebel.Errorf(hebel.EINVALID, "table takes one of the csv tables (documents, entities, mentions, claims, quotes, relations, problems), with format csv")
	}
	if s.RecordStore == nil {
		return notConfigured("record store")
	}
	// Check the store answers before the first byte is sent.
	if _, _, err := s.RecordStore.FindDocuments(r.Context(), hebel.DocumentFilter{Lang: lang, Limit: 1}); err != nil {
		return err
	}
	recs := export.FromStore(r.Context(), s.RecordStore, hebel.DocumentFilter{Lang: lang})
	_ = nethttp.NewResponseController(w).SetWriteDeadline(time.Now().Add(ExportWriteTimeout))
	name := "hebel." + format
	ctype := exportTypes[format]
	if format == "csv" {
		if table == "" {
			name, ctype = "hebel-csv.zip", "application/zip"
		} else {
			name = "hebel-" + table + ".csv"
		}
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	setSecurityHeaders(w)
	w.WriteHeader(nethttp.StatusOK)
	switch {
	case format == "csv" && table != "":
		err = export.WriteCSV(w, table, recs)
	case format == "csv":
		err = writeZip(w, recs)
	default:
		err = export.Write(w, format, recs)
	}
	if err != nil {
		// The status is sent; the client sees a cut answer.
		s.logger().WarnContext(r.Context(), "http: export cut short", "format", format, "err", err)
	}
	return nil
}

// writeZip writes every CSV table into one zip archive.
func writeZip(w io.Writer, recs export.Records) error {
	zw := zip.NewWriter(w)
	for _, t := range export.Tables {
		f, err := zw.Create(t + ".csv")
		if err != nil {
			return err
		}
		if err := export.WriteCSV(f, t, recs); err != nil {
			return err
		}
	}
	return zw.Close()
}
