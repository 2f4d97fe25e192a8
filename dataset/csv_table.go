package dataset

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// csvRow is one data row of a CSV file with a header.
type csvRow struct {
	fields []string
	col    map[string]int
	line   int // 1-based line where the row starts
}

// str returns the trimmed value of column name ("" if absent).
func (r csvRow) str(name string) string {
	i, ok := r.col[name]
	if !ok || i >= len(r.fields) {
		return ""
	}
	return strings.TrimSpace(r.fields[i])
}

// missing reports whether a cell holds no value: empty, "NA" or R's "NaN".
func missing(s string) bool {
	switch s {
	case "", "NA", "NaN", "nan", "N/A", "..", "...", ". .", "xxx":
		return true
	}
	return false
}

// int reads an integer cell. ok is false for a missing cell; err is set
// for a cell that is neither missing nor an integer.
func (r csvRow) int(name string) (v int, ok bool, err error) {
	s := r.str(name)
	if missing(s) {
		return 0, false, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		// Accept integral floats such as "1990.0".
		f, ferr := strconv.ParseFloat(s, 64)
		if ferr != nil || f != math.Trunc(f) || math.Abs(f) > 1e9 {
			return 0, false, fmt.Errorf("column %s: %q is not an integer", name, s)
		}
		return int(f), true, nil
	}
	return n, true, nil
}

// float reads a number cell, like int.
func (r csvRow) float(name string) (v float64, ok bool, err error) {
	s := r.str(name)
	if missing(s) {
		return 0, false, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false, fmt.Errorf("column %s: %q is not a number", name, s)
	}
	return f, true, nil
}

// readCSV reads a CSV file with a header row and calls fn for each data row.
// Columns named in required must be in the header, or the file is rejected
// with one error. fn returns an error for a malformed row; readCSV records it
// as a RowError at the row's line and continues. Broken CSV syntax is
// reported the same way.
func readCSV(r io.Reader, file string, required []string, fn func(row csvRow) error) []error {
	el := &errorList{file: file}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			el.addf(0, "empty file")
		} else {
			el.addf(1, "reading header: %v", err)
		}
		return el.list()
	}
	col := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		col[strings.ToLower(h)] = i
	}
	for _, name := range required {
		if _, ok := col[name]; !ok {
			el.add(&RowError{File: file, Line: 1, Err: fmt.Errorf("%w %q in header", errNoHeader, name)})
		}
	}
	if len(el.errs) > 0 {
		return el.list()
	}
	lastErrLine := -1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			line := 0
			if errors.As(err, &pe) {
				line = pe.StartLine
				if line == lastErrLine {
					break // no progress: give up on the file
				}
				lastErrLine = line
				el.addf(line, "%v", pe.Err)
				continue
			}
			el.addf(line, "%v", err)
			break
		}
		line, _ := cr.FieldPos(0)
		el.add(wrapRow(file, line, fn(csvRow{fields: rec, col: col, line: line})))
	}
	return el.list()
}

// wrapRow turns a row error into a *RowError at line (nil stays nil).
func wrapRow(file string, line int, err error) error {
	if err == nil {
		return nil
	}
	var re *RowError
	if errors.As(err, &re) {
		return err
	}
	return &RowError{File: file, Line: line, Err: err}
}

// orMissing returns err, or a "missing value" error for column when err is nil.
func orMissing(err error, column string) error {
	if err != nil {
		return err
	}
	return fmt.Errorf("column %s: missing value", column)
}

// requiredInt reads an integer column every row must have: a missing
// value is an error, like a malformed one.
func (r csvRow) requiredInt(name string) (int, error) {
	v, ok, err := r.int(name)
	if err != nil || !ok {
		return 0, orMissing(err, name)
	}
	return v, nil
}

// dyad reads the two COW state codes of a dyadic row (ccode1, ccode2).
func (r csvRow) dyad() (c1, c2 int, err error) {
	if c1, err = r.requiredInt("ccode1"); err != nil {
		return 0, 0, err
	}
	c2, err = r.requiredInt("ccode2")
	return c1, c2, err
}

// dyadYear reads a dyad-year row's state codes and year.
func (r csvRow) dyadYear() (c1, c2, year int, err error) {
	if c1, c2, err = r.dyad(); err != nil {
		return 0, 0, 0, err
	}
	year, err = r.requiredInt("year")
	return c1, c2, year, err
}
