package export

import (
	"context"
	"io"

	"github.com/hebel-project/hebel"
)

// FromStore yields the stored records that match filter, in the store's
// listing order (most recently ingested first). Each range over it reads
// the store again. Offset and Limit of filter page the listing.
func FromStore(ctx context.Context, s hebel.RecordStore, filter hebel.DocumentFilter) Records {
	return func(yield func(*hebel.Record, error) bool) {
		docs, _, err := s.FindDocuments(ctx, filter)
		if err != nil {
			yield(nil, err)
			return
		}
		for _, d := range docs {
			if err := ctx.Err(); err != nil {
				yield(nil, err)
				return
			}
			rec, err := s.FindRecordByID(ctx, d.ID)
			if hebel.ErrorCode(err) == hebel.ENOTFOUND {
				continue // deleted since the listing
			}
			if !yield(rec, err) || err != nil {
				return
			}
		}
	}
}

// Write writes the records in format (one of Formats; "csv" needs a
// table: WriteCSV).
func Write(w io.Writer, format string, recs Records) error {
	switch format {
	case "jsonl":
		return WriteJSONL(w, recs)
	case "graphml", "gexf":
		g, err := BuildGraph(recs)
		if err != nil {
			return err
		}
		if format == "gexf" {
			return WriteGEXF(w, g)
		}
		return WriteGraphML(w, g)
	case "ftm":
		return WriteFtM(w, recs)
	}
	return hebel.Errorf(hebel.EINVALID, "no export format %q (formats: csv, jsonl, graphml, gexf, ftm)", format)
}
