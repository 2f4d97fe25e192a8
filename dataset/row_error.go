package dataset

import (
	"errors"
	"fmt"
)

// RowError is a problem with one row of a dataset file. Loaders return it
// for malformed rows and carry on with the next row.
type RowError struct {
	File string // base name of the file
	Line int    // 1-based line number; 0 when the problem concerns the whole file
	Err  error
}

// Error returns "file:line: message".
func (e *RowError) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *RowError) Unwrap() error { return e.Err }

// rowErr builds a *RowError from a format.
func rowErr(file string, line int, format string, args ...any) error {
	return &RowError{File: file, Line: line, Err: fmt.Errorf(format, args...)}
}

// maxErrors caps the row errors one file reports, so that a file in the
// wrong format does not yield one error per line.
const maxErrors = 100

// errorList collects row errors up to maxErrors and then counts the rest.
type errorList struct {
	file       string
	errs       []error
	suppressed int
}

// add records err (if it is not nil).
func (l *errorList) add(err error) {
	if err == nil {
		return
	}
	if len(l.errs) >= maxErrors {
		l.suppressed++
		return
	}
	l.errs = append(l.errs, err)
}

// addf records a formatted error for line.
func (l *errorList) addf(line int, format string, args ...any) {
	l.add(rowErr(l.file, line, format, args...))
}

// list returns the collected errors, with a closing note when some were
// suppressed.
func (l *errorList) list() []error {
	if l.suppressed > 0 {
		return append(l.errs, &RowError{File: l.file, Err: fmt.Errorf("%d further errors not shown", l.suppressed)})
	}
	return l.errs
}

// errNoHeader reports a file whose first row lacks a required column.
var errNoHeader = errors.New("missing column")
