package segment

import "strings"

// terminal scans the run of sentence-final punctuation at i ("." "?!"
// "..."), emits it with the closing quotes and brackets right after it,
// ends the sentence if what follows starts a new one, and returns where
// it stopped.
func (s *scanner) terminal(i int) int {
	text := s.text
	n := len(text)
	j := i
	for j < n {
		r, size := at(text, j)
		if !isTerminal(r) {
			break
		}
		j += size
	}
	s.emit(i, j, Punct)
	// An ellipsis in brackets marks an omission: "(...)", "[…]".
	if i > 0 && (text[i-1] == '(' || text[i-1] == '[') && (text[i] == '.' || strings.HasPrefix(text[i:], "…")) {
		return j
	}
	return s.close(j)
}

// close emits the closing quotes and brackets at j that follow final
// punctuation, ends the sentence if what follows them starts a new one,
// and returns where it stopped.
func (s *scanner) close(j int) int {
	text := s.text
	for j < len(text) {
		r, size := at(text, j)
		switch {
		case isQuote(r):
			s.emit(j, j+size, Quote)
		case isCloser(r):
			s.emit(j, j+size, Punct)
		default:
			if s.ends(j) {
				s.cut()
			}
			return j
		}
		j += size
	}
	s.cut()
	return j
}

// ends reports whether a sentence that reached final punctuation ending at
// j ends there: at the end of the text or a blank line, or when the next
// token does not continue it (a lowercase word, a comma, semicolon or
// colon, a closing bracket, a dash before a lowercase word continue it).
// Text attached without space (a URL, "3.5") continues too.
func (s *scanner) ends(j int) bool {
	text := s.text
	n := len(text)
	k, breaks := s.skipSpace(j, true)
	if k >= n || breaks >= 2 {
		return true
	}
	r, size := at(text, k)
	if k == j {
		return !(isWordChar(r) || r == ',' || r == ';' || r == ':')
	}
	switch {
	case isLower(r):
		return false
	case r == ',' || r == ';' || r == ':' || isCloser(r):
		return false
	case isDash(r):
		if m, _ := s.skipSpace(k+size, false); m < n && s.lowerAt(m) {
			return false
		}
	}
	return true
}
