package reader

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/hebel-project/hebel"
)

// TestWalkMixed reads testdata/bad/mixed as the command line does.
func TestWalkMixed(t *testing.T) {
	root := filepath.Join("..", "testdata", "bad", "mixed")
	var files []string
	codes := map[string]int{}
	err := Walk(root, func(path string, err error) error {
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		files = append(files, filepath.Base(path))
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		_, _, err = Read(path, data, testOptions())
		codes[hebel.ErrorCode(err)]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a-good.txt", "b-good.html", "c-binary.bin", "d-empty.txt"}
	if !slices.Equal(files, want) {
		t.Errorf("files %v, want %v", files, want)
	}
	if codes[""] != 2 || codes[hebel.EUNSUPPORTED] != 1 || codes[hebel.EINVALID] != 1 {
		t.Errorf("outcomes %v, want 2 documents, 1 unsupported, 1 invalid", codes)
	}
}

func TestWalkTree(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a/z.txt", "a/y.txt", ".hidden/x.txt", "a/.h.txt", "c/d/e.txt"} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A loop (c/d/up → c) and a link to a file.
	if err := os.Symlink(filepath.Join(dir, "c"), filepath.Join(dir, "c", "d", "up")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "c", "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "c", "broken.txt")); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := Walk(dir, func(path string, err error) error {
		rel, _ := filepath.Rel(dir, path)
		if err != nil {
			rel += " !" + hebel.ErrorCode(err)
		}
		got = append(got, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a/y.txt", "a/z.txt", "b.txt", "c/broken.txt !not_found", "c/d/e.txt", "c/d/up !invalid", "c/link.txt"}
	if !slices.Equal(got, want) {
		t.Errorf("walked\n%v\nwant\n%v", got, want)
	}

	// A file as root, a missing root, and stopping early.
	var one []string
	if err := Walk(filepath.Join(dir, "b.txt"), func(p string, err error) error { one = append(one, p); return err }); err != nil || len(one) != 1 {
		t.Errorf("file root: %v %v", one, err)
	}
	if err := Walk(filepath.Join(dir, "missing"), func(string, error) error { return nil }); err == nil {
		t.Error("missing root gave no error")
	}
	stop := os.ErrClosed
	n := 0
	err = Walk(dir, func(string, error) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("stop: %v after %d calls", err, n)
	}
}
