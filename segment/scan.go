package segment

import (
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/internal/cancel"
)

// scanner holds the state of one Split: the tokens so far and the index
// of the first token of the sentence being built.
type scanner struct {
	text  string
	r     *rules
	toks  []Token
	sents []Sentence
	first int          // index in toks of the current sentence's first token
	stop  *cancel.Poll // nil: never stop
}

func (s *scanner) emit(start, end int, k Kind) {
	s.toks = append(s.toks, Token{Span: hebel.Span{Start: start, End: end}, Kind: k})
	if len(s.toks)-s.first >= MaxSentenceTokens {
		s.cut()
	}
}

// cut ends the current sentence after the last token, if it has any.
func (s *scanner) cut() {
	if len(s.toks) == s.first {
		return
	}
	toks := s.toks[s.first:len(s.toks):len(s.toks)]
	s.sents = append(s.sents, Sentence{
		Span:   hebel.Span{Start: toks[0].Start, End: toks[len(toks)-1].End},
		Tokens: toks,
	})
	s.first = len(s.toks)
}

// atSentenceStart reports whether no token has been emitted in the current
// sentence yet.
func (s *scanner) atSentenceStart() bool { return len(s.toks) == s.first }

// prev returns the last token, or false at the start of a sentence.
func (s *scanner) prev() (Token, bool) {
	if s.atSentenceStart() {
		return Token{}, false
	}
	return s.toks[len(s.toks)-1], true
}

func (s *scanner) run() []Sentence {
	text := s.text
	n := len(text)
	s.toks = make([]Token, 0, n/5+4)
	s.sents = make([]Sentence, 0, n/120+1)
	for i := 0; i < n; {
		if s.stop.Stop() {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf {
			cl := ascii[c]
			switch {
			case cl&cSpace != 0:
				i = s.space(i)
			case cl&cLetter != 0:
				i = s.word(i)
			case cl&cDigit != 0:
				i = s.number(i)
			case cl&cTerminal != 0:
				i = s.terminal(i)
			default:
				s.emit(i, i+1, kindOf(rune(c)))
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError:
			s.emit(i, i+size, Symbol)
			i += size
		case isSpace(r):
			i = s.space(i)
		case isWordChar(r):
			i = s.word(i)
		case isTerminal(r):
			i = s.terminal(i)
		default:
			s.emit(i, i+size, kindOf(r))
			i += size
		}
	}
	s.cut()
	return s.sents
}

// space skips white space from i and ends the sentence at a blank line, or
// at a line break unless the next line starts with a lowercase letter.
func (s *scanner) space(i int) int {
	j, breaks := s.skipSpace(i, true)
	if breaks >= 2 || breaks == 1 && !(j < len(s.text) && s.lowerAt(j)) {
		s.cut()
	}
	return j
}

// skipSpace skips white space from i (line breaks too when lines is true)
// and returns where it stops and how many line breaks it passed.
func (s *scanner) skipSpace(i int, lines bool) (int, int) {
	text := s.text
	breaks := 0
	for i < len(text) {
		r, size := at(text, i)
		if !isSpace(r) {
			break
		}
		if b := lineBreaks(r); b > 0 {
			if !lines {
				break
			}
			if r == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				size = 2
			}
			breaks += b
		}
		i += size
	}
	return i, breaks
}

func (s *scanner) lowerAt(i int) bool {
	r, _ := at(s.text, i)
	return isLower(r)
}

func (s *scanner) upperAt(i int) bool {
	r, _ := at(s.text, i)
	return isUpper(r)
}

// nextWord returns the word starting at i (letters only, no joiners).
func (s *scanner) nextWord(i int) string {
	j := i
	for j < len(s.text) {
		r, size := at(s.text, j)
		if !isLetter(r) {
			break
		}
		j += size
	}
	return s.text[i:j]
}
