package export

import (
	"bufio"
	"io"

	"github.com/hebel-project/hebel/record"
)

// WriteJSONL writes each record as its public JSON record on one line
// (the format of 'hebel extract', version record.Version).
func WriteJSONL(w io.Writer, recs Records) error {
	bw := bufio.NewWriter(w)
	enc := record.NewEncoder(bw, false)
	for rec, err := range recs {
		if err != nil {
			return err
		}
		if err := enc.Encode(record.FromRecord(rec)); err != nil {
			return err
		}
	}
	return bw.Flush()
}
