package reader

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/hebel-project/hebel"
)

// WalkFunc is called by Walk for each file, or with a non-nil err for a
// path Walk could not read (err is then a *hebel.Error or wraps an
// os error). Returning an error stops the walk and Walk returns it;
// returning nil goes on.
type WalkFunc func(path string, err error) error

// Walk calls fn for every regular file under root in lexical order,
// descending into directories. A root that is a file gives one call.
// Hidden files and directories (names starting with ".") below root are
// skipped. Symbolic links are followed; a link back to a directory that is
// being walked (a loop) is reported to fn with an EINVALID error and not
// followed. Other non-regular files (devices, sockets, pipes) are skipped.
//
// Walk returns an error only when root cannot be read or fn returns one.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Stat(root)
	if err != nil {
		return fmt.Errorf("reading %s: %w", root, err)
	}
	if !info.IsDir() {
		if info.Mode().IsRegular() {
			return fn(root, nil)
		}
		return &hebel.Error{Code: hebel.EINVALID, Op: "reader.Walk",
			Message: fmt.Sprintf("%s is neither a file nor a directory", root)}
	}
	return walkDir(root, []os.FileInfo{info}, fn)
}

// walkDir walks the directory dir; ancestors holds dir and the
// directories above it, for loop detection.
func walkDir(dir string, ancestors []os.FileInfo, fn WalkFunc) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fn(dir, fmt.Errorf("reading directory %s: %w", dir, err))
	}
	for _, e := range entries { // os.ReadDir sorts by name
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		info, err := os.Stat(path) // follows links
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && e.Type()&fs.ModeSymlink != 0 {
				err = &hebel.Error{Code: hebel.ENOTFOUND, Op: "reader.Walk",
					Message: fmt.Sprintf("broken symbolic link %s", path)}
			}
			if err := fn(path, err); err != nil {
				return err
			}
			continue
		}
		switch {
		case info.IsDir():
			if loops(info, ancestors) {
				err := &hebel.Error{Code: hebel.EINVALID, Op: "reader.Walk",
					Message: fmt.Sprintf("symbolic link loop: %s leads back to a directory above it", path)}
				if err := fn(path, err); err != nil {
					return err
				}
				continue
			}
			if err := walkDir(path, append(ancestors, info), fn); err != nil {
				return err
			}
		case info.Mode().IsRegular():
			if err := fn(path, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

func loops(info os.FileInfo, ancestors []os.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(info, a) {
			return true
		}
	}
	return false
}
