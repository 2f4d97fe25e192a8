package nercorpus

import (
	"fmt"
	"path/filepath"
	"slices"
)

// Source is one training corpus: where its files lie under the shared
// directory, its licence, and how to read it.
type Source struct {
	Name    string   // short name used in reports: "germeval-dev"
	Licence string   // as data/SOURCES.md states it
	Globs   []string // its files, relative to the shared directory
	// Tune marks the corpus whose every fifth sentence is held out when
	// tuning (the in-domain development set).
	Tune bool
	// Unused, when set, says why the shipped model is not trained on the
	// corpus; the learning curve still adds it.
	Unused string
	read   func(files []string, tok Tokenizer) ([]Sentence, error)
}

// Files returns the source's files under shared, sorted.
func (s Source) Files(shared string) ([]string, error) {
	var out []string
	for _, g := range s.Globs {
		m, err := filepath.Glob(filepath.Join(shared, g))
		if err != nil {
			return nil, err
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("%s: no file matches %s", s.Name, g)
		}
		out = append(out, m...)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// Read reads the source's sentences from under shared; tok splits the
// texts of corpora that come untokenised.
func (s Source) Read(shared string, tok Tokenizer) ([]Sentence, error) {
	files, err := s.Files(shared)
	if err != nil {
		return nil, err
	}
	return s.read(files, tok)
}

// each reads every file with read and concatenates the sentences.
func each(read func(path string) ([]Sentence, error)) func([]string, Tokenizer) ([]Sentence, error) {
	return func(files []string, _ Tokenizer) ([]Sentence, error) {
		var out []Sentence
		for _, f := range files {
			s, err := read(f)
			if err != nil {
				return nil, err
			}
			out = append(out, s...)
		}
		return out, nil
	}
}

// columns reads files in the given layout and class map.
func columns(c Columns, m ClassMap) func([]string, Tokenizer) ([]Sentence, error) {
	return each(func(path string) ([]Sentence, error) { return ReadColumns(path, c, m) })
}

// German lists the German training corpora in the order the learning
// curve adds them. Only sets whose licence allows shipping a model
// trained on them; never GermEval test, Wikinews or Europarl.
func German() []Source {
	return []Source{
		{Name: "germeval-dev", Licence: "CC BY 4.0", Tune: true,
			Globs: []string{"data/eval/germeval2014-ner/NER-de-dev.tsv"},
			read:  each(ReadGermEval)},
		{Name: "smartdata", Licence: "CC BY 4.0",
			Globs: []string{"data/train/ner-de/smartdata/v1_20180119/*.json.gz"},
			read: func(files []string, tok Tokenizer) ([]Sentence, error) {
				var out []Sentence
				for _, f := range files {
					s, err := ReadSmartData(f, tok)
					if err != nil {
						return nil, err
					}
					out = append(out, s...)
				}
				return Dedup(out), nil
			}},
		{Name: "europeana", Licence: "CC0",
			Globs: []string{"data/train/ner-de/europeana-ner-de/*.bio"},
			read:  each(ReadEuropeana)},
		{Name: "ler", Licence: "CC BY 4.0",
			Unused: "lowers held-out F1: court decisions name other things, in another style",
			Globs:  []string{"data/train/ner-de/ler/per-court-conll/*.conll.gz", "data/train/ner-de/ler/ler_*.conll"},
			read: func(files []string, _ Tokenizer) ([]Sentence, error) {
				var train, held []Sentence
				for _, f := range files {
					s, err := ReadLER(f)
					if err != nil {
						return nil, err
					}
					if filepath.Ext(f) == ".gz" {
						train = append(train, s...)
					} else {
						held = append(held, s...) // LER's own dev and test split
					}
				}
				return Dedup(train, held), nil
			}},
	}
}

// English lists the English training corpora in the order the learning
// curve adds them: only parts whose licence allows shipping a model
// (re3d without its non-commercial BBC part; GUM, whose WikiHow part is
// non-commercial and whose entities are all noun phrases, is not used).
// Never wikigold or UNER PUD, which are test sets.
func English() []Source {
	conll := columns(Columns{Token: 0, Tag: -1}, CoNLL)
	return []Source{
		{Name: "uner-ewt", Licence: "CC BY-SA 4.0", Tune: true,
			Globs: []string{"data/train/ner-en/uner-en-ewt/en_ewt-ud-*.iob2"},
			read:  each(ReadUNER)},
		{Name: "sec-filings", Licence: "CC BY 3.0",
			Globs: []string{"data/train/ner-en/SEC-filings/CONLL-format/data/*/*.txt"},
			read:  columns(Columns{Token: 0, Tag: -1}, CoNLL)},
		{Name: "re3d", Licence: "CC BY-SA 3.0, CC BY 3.0 AU, OGL v3, public domain (BBC part left out)",
			Globs: []string{
				"data/train/ner-en/re3d/CONLL-format/data-by-source/conll/Australian_Department_of_Foreign_Affairs/*.conll",
				"data/train/ner-en/re3d/CONLL-format/data-by-source/conll/CENTCOM/*.conll",
				"data/train/ner-en/re3d/CONLL-format/data-by-source/conll/Delegation_of_the_European_Union_to_Syria/*.conll",
				"data/train/ner-en/re3d/CONLL-format/data-by-source/conll/UK_Government/*.conll",
				"data/train/ner-en/re3d/CONLL-format/data-by-source/conll/US_State_Department/*.conll",
				"data/train/ner-en/re3d/CONLL-format/data-by-source/conll/Wikipedia/*.conll",
			},
			read: columns(Columns{Token: 0, Tag: -1, Tabs: true}, Re3d)},
		{Name: "btc", Licence: "CC BY 4.0",
			Globs: []string{"data/train/ner-en/BTC/CONLL-format/data/*.conll"},
			read:  conll},
		{Name: "wnut17", Licence: "CC BY 4.0",
			Globs: []string{
				"data/train/ner-en/WNUT17/CONLL-format/data/train/wnut17train.conll",
				"data/train/ner-en/WNUT17/CONLL-format/data/dev/emerging.dev.conll",
				"data/train/ner-en/WNUT17/CONLL-format/data/test/emerging.test.annotated",
			},
			read: columns(Columns{Token: 0, Tag: -1}, WNUT17)},
	}
}
