package http_test

import (
	"context"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/hebel-project/hebel"
)

// memStore is an in-memory hebel.RecordStore for the handler tests. It
// keeps the contract's id-prefix rule; fail, when set, is returned by
// every method.
type memStore struct {
	mu   sync.Mutex
	recs map[string]*hebel.Record
	at   map[string]time.Time
	fail error
}

var _ hebel.RecordStore = (*memStore)(nil)

func newMemStore(recs ...*hebel.Record) *memStore {
	s := &memStore{recs: map[string]*hebel.Record{}, at: map[string]time.Time{}}
	for _, r := range recs {
		if _, err := s.PutRecord(context.Background(), r, false); err != nil {
			panic(err)
		}
	}
	return s
}

func (s *memStore) PutRecord(_ context.Context, rec *hebel.Record, replace bool) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return false, s.fail
	}
	if rec.Document.ID == "" || rec.Document.Text == "" {
		return false, hebel.Errorf(hebel.EINVALID, "record without id or text")
	}
	_, exists := s.recs[rec.Document.ID]
	if exists && !replace {
		return false, nil
	}
	s.recs[rec.Document.ID] = rec
	s.at[rec.Document.ID] = time.Unix(int64(len(s.at)), 0)
	return !exists, nil
}

func (s *memStore) FindRecordByID(_ context.Context, id string) (*hebel.Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return nil, s.fail
	}
	if r, ok := s.recs[id]; ok {
		return r, nil
	}
	hex := strings.TrimPrefix(id, "sha256:")
	if len(hex) < 8 {
		return nil, hebel.Errorf(hebel.ENOTFOUND, "no record %s", id)
	}
	var found *hebel.Record
	for k, r := range s.recs {
		if strings.HasPrefix(k, "sha256:"+hex) {
			if found != nil {
				return nil, hebel.Errorf(hebel.ECONFLICT, "id prefix %s is ambiguous", id)
			}
			found = r
		}
	}
	if found == nil {
		return nil, hebel.Errorf(hebel.ENOTFOUND, "no record %s", id)
	}
	return found, nil
}

func (s *memStore) FindDocuments(_ context.Context, f hebel.DocumentFilter) ([]*hebel.DocumentSummary, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return nil, 0, s.fail
	}
	var all []*hebel.DocumentSummary
	for id, r := range s.recs {
		if f.Lang != "" && r.Document.Lang != f.Lang {
			continue
		}
		all = append(all, &hebel.DocumentSummary{ID: id, Title: r.Document.Title, Lang: r.Document.Lang,
			Source: r.Document.Source, Chars: len([]rune(r.Document.Text)), Ingested: s.at[id]})
		if d := &r.Document; !d.Undated() {
			all[len(all)-1].Published, all[len(all)-1].DatePrecision = &d.Published, d.Dating.Precision
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Ingested.After(all[j].Ingested) })
	total := len(all)
	if f.Offset >= len(all) {
		return nil, total, nil
	}
	all = all[f.Offset:]
	if f.Limit > 0 && f.Limit < len(all) {
		all = all[:f.Limit]
	}
	return all, total, nil
}

func (s *memStore) DeleteRecord(_ context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.recs[id]; !ok {
		return hebel.Errorf(hebel.ENOTFOUND, "no record %s", id)
	}
	delete(s.recs, id)
	return nil
}
