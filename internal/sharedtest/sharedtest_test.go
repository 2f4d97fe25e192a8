package sharedtest

import (
	"strings"
	"testing"
)

func TestNewsDev(t *testing.T) {
	texts := NewsDev(t)
	if len(texts) != 30 {
		t.Fatalf("%d news-dev texts, want 30", len(texts))
	}
	for _, x := range texts {
		if x.Lang != "de" && x.Lang != "en" || strings.TrimSpace(x.Text) == "" {
			t.Errorf("%s: lang %q, %d bytes", x.Name, x.Lang, len(x.Text))
		}
	}
}

func TestDirSkipsWhenAbsent(t *testing.T) {
	rootOnce.Do(func() { root = find() })
	saved := root
	root = t.TempDir()
	defer func() { root = saved }()
	skipped := false
	t.Run("absent", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Dir(t, "no", "such", "dir")
	})
	if !skipped {
		t.Error("Dir did not skip for a missing directory")
	}
}
