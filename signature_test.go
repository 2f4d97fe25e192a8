package hebel

import (
	"os"
	"strings"
	"testing"
)

// TestSignatureNearCopy: a copy with its last sentence cut and one word
// changed is a near copy; a different article on the same subject is not.
func TestSignatureNearCopy(t *testing.T) {
	buf, err := os.ReadFile("examples/seed-article.de.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(buf)
	trimmed := strings.TrimSpace(text)
	cut := trimmed[:strings.LastIndex(strings.TrimSuffix(trimmed, "."), ".")+1]
	copyText := strings.Replace(cut, "beharrlich", "hartnäckig", 1)
	if copyText == cut {
		t.Fatal("the word to change is not in the text")
	}
	other := "Die Regierung in Seoul meldet, dass Tausende Soldaten aus Nordkorea an der Front in Kursk stehen. " +
		"Beobachter in Washington halten die Zahlen für zu niedrig und verweisen auf Satellitenbilder aus dem Herbst."
	s, c, o := NewSignature(text), NewSignature(copyText), NewSignature(other)
	if got := s.Similarity(c); got < NearCopy {
		t.Errorf("near copy: similarity %.3f, want ≥ %.2f", got, NearCopy)
	}
	if got := s.Similarity(o); got >= 0.2 {
		t.Errorf("other article: similarity %.3f, want < 0.2", got)
	}
	if got := s.Similarity(s); got != 1 {
		t.Errorf("self-similarity %.3f", got)
	}
	back, err := SignatureFromBytes(s.Bytes())
	if err != nil || back != s {
		t.Errorf("bytes round trip: %v", err)
	}
	if !NewSignature(" … ").IsZero() || NewSignature("").Similarity(NewSignature("")) != 0 {
		t.Error("a text without words must have the zero signature, similar to nothing")
	}
	if NewSignature("Nordkorea schweigt").IsZero() {
		t.Error("a short text must have a signature")
	}
	if _, err := SignatureFromBytes([]byte{1, 2, 3}); ErrorCode(err) != EINVALID {
		t.Errorf("bad length: %v", err)
	}
}

func BenchmarkNewSignature(b *testing.B) {
	buf, err := os.ReadFile("examples/seed-article.de.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(buf)))
	for b.Loop() {
		NewSignature(string(buf))
	}
}
