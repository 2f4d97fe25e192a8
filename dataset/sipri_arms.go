package dataset

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	hebel "github.com/hebel-project/hebel"
)

// UnitTIV is the unit of SIPRI's trend-indicator values (millions).
const UnitTIV = "TIV million"

// maxRegisterBytes bounds the SIPRI register read into memory (the 2025
// register is 3.8 MB).
const maxRegisterBytes = 256 << 20

// sipriColumns is the header of the SIPRI trade register.
const sipriHeader = "Recipient,Supplier,"

// LoadSIPRIArms reads the SIPRI Arms Transfers trade register (a CSV in
// ISO 8859-1 after a preamble, header "Recipient,Supplier,Year of order,…,
// Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for
// total order,SIPRI TIV of delivered weapons") as Flows supplier →
// recipient on ChannelArms in UnitTIV. A deal's delivered TIV is spread
// evenly over the years its "Year(s) of delivery" lists (the register
// gives no split; each year's part rounded to 0.001), one Flow per deal and year, Note naming the weapon,
// the order year and the split. A delivered TIV of 0 means "between 0 and
// 0.5" in SIPRI's convention and is kept as 0 with that note; deals
// without deliveries give no flow. Non-state parties (names SIPRI marks
// with * or **), "unknown" parties and states without a successor are
// skipped; other unknown names are row errors. Rows split by a line break
// inside an unquoted comment are joined again.
func LoadSIPRIArms(r io.Reader, file string) ([]hebel.Flow, []error) {
	el := &errorList{file: file}
	raw, err := io.ReadAll(io.LimitReader(r, maxRegisterBytes+1))
	if err != nil {
		el.addf(0, "reading: %v", err)
		return nil, el.list()
	}
	if len(raw) > maxRegisterBytes {
		el.addf(0, "larger than %d bytes", maxRegisterBytes)
		return nil, el.list()
	}
	text := latin1(raw)
	// Find the header line; the lines before it are SIPRI's preamble.
	offset := 0
	lineNo := 1
	for {
		if strings.HasPrefix(text[offset:], sipriHeader) {
			break
		}
		i := strings.IndexByte(text[offset:], '\n')
		if i < 0 {
			el.addf(0, "no header line starting %q", sipriHeader)
			return nil, el.list()
		}
		offset += i + 1
		lineNo++
	}
	cr := csv.NewReader(strings.NewReader(text[offset:]))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	header, err := cr.Read()
	if err != nil {
		el.addf(lineNo, "reading header: %v", err)
		return nil, el.list()
	}
	width := len(header)
	const (
		colRecipient, colSupplier, colOrder = 0, 1, 2
		colDesignation, colDescription      = 6, 7
		colYears                            = 10
	)
	colTIV := width - 1
	if width < 16 || !strings.HasPrefix(header[colTIV], "SIPRI TIV of delivered") || !strings.HasPrefix(header[colYears], "Year(s) of delivery") {
		el.addf(lineNo, "unexpected header %q", strings.Join(header, ","))
		return nil, el.list()
	}
	var out []hebel.Flow
	var pending []string
	pendingLine := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		line += lineNo - 1
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				el.addf(pe.StartLine+lineNo-1, "%v", pe.Err)
				continue
			}
			el.addf(line, "%v", err)
			break
		}
		if pending != nil {
			// The rest of a row a line break cut: join the cut field.
			rec = append(append(pending[:len(pending)-1:len(pending)-1], pending[len(pending)-1]+" "+rec[0]), rec[1:]...)
			line = pendingLine
			pending = nil
		}
		if len(rec) < width {
			if len(rec) > 1 {
				pending, pendingLine = append([]string(nil), rec...), line
			}
			continue
		}
		fl, err := sipriDeal(rec, colTIV, file, line)
		el.add(wrapRow(file, line, err))
		out = append(out, fl...)
	}
	if pending != nil {
		el.addf(pendingLine, "row cut short: %d fields, want %d", len(pending), width)
	}
	return out, el.list()
}

// sipriDeal turns one register row into flows, one per delivery year.
func sipriDeal(rec []string, colTIV int, file string, line int) ([]hebel.Flow, error) {
	tivText := strings.TrimSpace(rec[colTIV])
	yearsText := strings.TrimSpace(rec[10])
	if tivText == "" || yearsText == "" {
		return nil, nil // no deliveries identified
	}
	tiv, err := strconv.ParseFloat(tivText, 64)
	if err != nil || tiv < 0 {
		return nil, fmt.Errorf("SIPRI TIV of delivered weapons: %q is not a number ≥ 0", tivText)
	}
	var years []int
	for _, y := range strings.Split(yearsText, ";") {
		y = strings.TrimSpace(y)
		if i := strings.IndexByte(y, '('); i > 0 {
			y = strings.TrimSpace(y[:i])
		}
		n, err := strconv.Atoi(y)
		if err != nil || n < 1900 || n > 2100 {
			return nil, fmt.Errorf("Year(s) of delivery: %q is not a list of years", yearsText)
		}
		years = append(years, n)
	}
	from, okFrom, err := sipriParty(rec[1], "Supplier")
	if err != nil || !okFrom {
		return nil, err
	}
	to, okTo, err := sipriParty(rec[0], "Recipient")
	if err != nil || !okTo || from == to {
		return nil, err
	}
	note := fmt.Sprintf("deal: %s, ordered %s; delivered TIV %s", strings.TrimSpace(rec[6]), strings.TrimSpace(rec[2]), tivText)
	if len(years) > 1 {
		note += fmt.Sprintf(" spread evenly over %d delivery years", len(years))
	}
	if tiv == 0 {
		note += "; 0 means between 0 and 0.5"
	}
	share := math.Round(tiv/float64(len(years))*1000) / 1000
	out := make([]hebel.Flow, len(years))
	for i, y := range years {
		out[i] = hebel.Flow{Year: y, From: from, To: to, Channel: hebel.ChannelArms, Value: share, Unit: UnitTIV,
			Prov: prov(IDSIPRIArms, file, line), Note: note}
	}
	return out, nil
}

// sipriParty maps a supplier or recipient name to ISO alpha-3. ok is false
// (without error) for parties that are no state.
func sipriParty(name, column string) (iso string, ok bool, err error) {
	name = strings.TrimSpace(name)
	if strings.HasSuffix(name, "*") || strings.HasPrefix(strings.ToLower(name), "unknown") {
		return "", false, nil
	}
	if iso, found := ISO3ForName(name); found {
		return iso, true, nil
	}
	for _, c := range isoCountries {
		if strings.EqualFold(c.name, name) {
			return c.alpha3, true, nil
		}
	}
	if historicalName(nameKey(name)) {
		return "", false, nil
	}
	return "", false, fmt.Errorf("%s: unknown party %q", column, name)
}

// latin1 decodes ISO 8859-1 bytes to a string (UTF-8 input passes
// unchanged).
func latin1(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var buf bytes.Buffer
	buf.Grow(len(b) + len(b)/8)
	w := bufio.NewWriter(&buf)
	for _, c := range b {
		w.WriteRune(rune(c))
	}
	w.Flush()
	return buf.String()
}
