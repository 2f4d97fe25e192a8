// Package ingest moves documents from their sources into Hebel: it expands
// command-line inputs (files, directories, stdin) into inputs, reads each
// into a document, runs the pipeline and hands the record to a store. It
// knows no concrete store and no flags; cmd/hebel wires it.
package ingest

import (
	"os"

	"github.com/hebel-project/hebel"
)

// Stdin is the input name that means standard input.
const Stdin = "-"

// Input is one document source: a file path, or Stdin.
type Input struct {
	Name string // as the user will recognise it: the path, or "-"
	Size int64  // bytes, as the file system said when it was found; 0 for Stdin
}

// Skip is a file under a directory that a walk left out, and why.
type Skip struct {
	Path   string
	Reason string // "JSON", "binary (looks like PNG)", "not a document (.csv)" …
}

// Expansion is what command-line arguments expand to.
type Expansion struct {
	Inputs  []Input
	Skipped []Skip  // files under directories that Hebel does not read
	Errs    []error // arguments or directory entries that cannot be read, each an *InputError
}

// Bytes returns the total size of the inputs.
func (e Expansion) Bytes() int64 {
	var n int64
	for _, in := range e.Inputs {
		n += in.Size
	}
	return n
}

// Expand turns command-line arguments into inputs; it is ExpandArgs
// without the list of skipped files.
func Expand(args []string) ([]Input, []error) {
	e := ExpandArgs(args)
	return e.Inputs, e.Errs
}

// ExpandArgs turns command-line arguments into inputs: "-" is standard
// input, a file named on the command line is itself (whatever it holds:
// the user asked for it), and a directory is every file below it that
// Hebel reads, in lexical order: text, HTML, RSS/Atom feeds and WARC
// crawls, also gzip-compressed, told by name and content (see Walk).
// Hidden files and directories are left out silently; other files that
// are not documents (JSON metadata, tables, images, archives, binaries,
// FIFOs and devices) are listed in Skipped. Arguments that cannot be read
// give an error each; the others still expand.
func ExpandArgs(args []string) Expansion {
	var e Expansion
	for _, arg := range args {
		if arg == Stdin {
			e.Inputs = append(e.Inputs, Input{Name: Stdin})
			continue
		}
		fi, err := os.Stat(arg)
		if err != nil {
			e.Errs = append(e.Errs, inputError(arg, err))
			continue
		}
		if !fi.IsDir() {
			e.Inputs = append(e.Inputs, Input{Name: arg, Size: fi.Size()})
			continue
		}
		walk(arg, &e)
	}
	return e
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
