// Package export writes stored records in the formats the tools analysts
// already use read: CSV (one file per table, for spreadsheets), JSON
// Lines (the public record, one per line), GraphML and GEXF (actors and
// relations with their dates, for Gephi and networkx), and
// FollowTheMoney entities (for Aleph).
//
// It reads records from an iterator and writes to an io.Writer; it does no
// other I/O, knows no store, and never changes what it is given. Offsets
// in every format are rune offsets, as in the public record.
package export

import (
	"iter"

	"github.com/hebel-project/hebel"
)

// Records yields the records to export, or an error that ends the export.
type Records = iter.Seq2[*hebel.Record, error]

// Formats are the export formats, by name.
var Formats = []string{"csv", "jsonl", "graphml", "gexf", "ftm"}
