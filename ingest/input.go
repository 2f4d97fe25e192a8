// Package ingest moves documents from their sources into Hebel: it expands
// command-line inputs (files, directories, stdin) into inputs, reads each
// into a document, runs the pipeline and hands the record to a store. It
// knows no concrete store and no flags; cmd/hebel wires it.
package ingest

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
)

// Stdin is the input name that means standard input.
const Stdin = "-"

// Input is one document source: a file path, or Stdin.
type Input struct {
	Name string // as the user will recognise it: the path, or "-"
}

// Expand turns command-line arguments into inputs: "-" is standard input,
// a file is itself, a directory is every regular file below it (sorted,
// hidden files and directories skipped, and JSON files — sidecars,
// INDEX.json, gold annotations — which are metadata, not documents). Arguments that cannot be read give
// an error each; the others still expand.
func Expand(args []string) ([]Input, []error) {
	var inputs []Input
	var errs []error
	for _, arg := range args {
		if arg == Stdin {
			inputs = append(inputs, Input{Name: Stdin})
			continue
		}
		fi, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, inputError(arg, err))
			continue
		}
		if !fi.IsDir() {
			inputs = append(inputs, Input{Name: arg})
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, inputError(path, err))
				return nil
			}
			name := d.Name()
			if path != arg && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && !strings.EqualFold(filepath.Ext(name), ".json") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, inputError(arg, err))
		}
		sort.Strings(found)
		for _, p := range found {
			inputs = append(inputs, Input{Name: p})
		}
	}
	return inputs, errs
}

// InputError is a failure to read or extract one input. Name says which.
type InputError struct {
	Name string
	Err  error
}

func (e *InputError) Error() string { return e.Name + ": " + hebel.ErrorMessage(e.Err) }

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

func inputError(name string, err error) error {
	if os.IsNotExist(err) {
		err = &hebel.Error{Code: hebel.ENOTFOUND, Message: "no such file or directory", Err: err}
	} else if os.IsPermission(err) {
		err = &hebel.Error{Code: hebel.EINVALID, Message: "permission denied", Err: err}
	}
	return &InputError{Name: name, Err: err}
}

func errorf(name, format string, args ...any) error {
	return &InputError{Name: name, Err: hebel.Errorf(hebel.EINVALID, format, args...)}
}
