package entity

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/internal/nercorpus"
)

// manifest is what gen_tagger.go records of one model.
type manifest struct {
	options map[string]string   // features, epochs, seed, min-weight
	corpora []string            // names of the corpora trained on
	inputs  map[string]string   // file under the shared directory → SHA-256
	model   [2]string           // file name, SHA-256
	files   map[string][]string // corpus → its files
}

func readManifest(t *testing.T, path string) manifest {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := manifest{options: map[string]string{}, inputs: map[string]string{}, files: map[string][]string{}}
	sc := bufio.NewScanner(f)
	corpus := ""
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, _ := strings.Cut(line, " ")
		switch k {
		case "corpus":
			corpus, _, _ = strings.Cut(v, " ")
			m.corpora = append(m.corpora, corpus)
		case "input":
			file, h, _ := strings.Cut(v, " ")
			m.inputs[file] = h
			m.files[corpus] = append(m.files[corpus], file)
		case "model":
			file, h, _ := strings.Cut(v, " ")
			m.model = [2]string{file, h}
		default:
			m.options[k] = v
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return m
}

func sha256File(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// TestTaggerManifest checks, without retraining, that each shipped model
// is the one its manifest describes (same bytes), trained with today's
// feature set and default options, and – where ../shared is present – on
// today's corpus list and today's training files.
func TestTaggerManifest(t *testing.T) {
	for _, c := range []struct {
		code    string
		sources []nercorpus.Source
	}{{"de", nercorpus.German()}, {"en", nercorpus.English()}} {
		t.Run(c.code, func(t *testing.T) {
			m := readManifest(t, "tagger_"+c.code+".manifest")
			stale := "tagger_" + c.code + ".bin is stale (%s): run go generate ./entity"
			if h, err := sha256File(m.model[0]); err != nil || h != m.model[1] {
				t.Fatalf(stale, "model bytes differ from the manifest")
			}
			opt := DefaultTrainOptions()
			for k, want := range map[string]string{
				"features":   strconv.Itoa(FeatureSet),
				"epochs":     strconv.Itoa(opt.Epochs),
				"seed":       strconv.FormatUint(opt.Seed, 10),
				"min-weight": fmt.Sprint(opt.MinWeight),
			} {
				if got := m.options[k]; got != want {
					t.Errorf(stale, fmt.Sprintf("%s %s, now %s", k, got, want))
				}
			}
			var want []string
			for _, s := range c.sources {
				if s.Unused == "" {
					want = append(want, s.Name)
				}
			}
			if strings.Join(m.corpora, ",") != strings.Join(want, ",") {
				t.Errorf(stale, fmt.Sprintf("corpora %v, now %v", m.corpora, want))
			}
			shared := sharedDir(t)
			for _, s := range c.sources {
				if s.Unused != "" {
					continue
				}
				files, err := s.Files(shared)
				if err != nil {
					t.Skipf("training data not in %s: %v", shared, err)
				}
				if len(files) != len(m.files[s.Name]) {
					t.Errorf(stale, fmt.Sprintf("%s has %d files, the manifest %d", s.Name, len(files), len(m.files[s.Name])))
				}
				for _, f := range files {
					rel, _ := filepath.Rel(shared, f)
					h, err := sha256File(f)
					if err != nil {
						t.Fatal(err)
					}
					if m.inputs[filepath.ToSlash(rel)] != h {
						t.Errorf(stale, rel+" changed")
					}
				}
			}
		})
	}
}
