package htmltext

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// go-trafilatura always returns something: when its content extraction
// finds nothing, its rescue path takes the whole body, navigation and
// all. hasArticleText is the gate in front of it. A page has article text
// when one block of it, outside links and page furniture (navigation,
// footer, aside, menus, form controls, and the ARIA roles for them; not
// <header>, which often holds an article's headline and lede), holds a run of prose: at least minProseWords words
// or minProseLetters letters (for scripts written without spaces).
//
// The gate is lenient on purpose: a false "yes" only lets go-trafilatura
// decide, a false "no" loses an article.
const (
	minProseWords   = 8
	minProseLetters = 40
)

func hasArticleText(root *html.Node) bool {
	found := false
	var walk func(n *html.Node) (words, letters int)
	// walk returns the prose counts of n's inline content that belongs to
	// the nearest enclosing block; blocks report themselves.
	walk = func(n *html.Node) (words, letters int) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				w, l := count(c.Data)
				words += w
				letters += l
			case html.ElementNode:
				if furniture(c) {
					continue
				}
				w, l := walk(c)
				if block(c.DataAtom) {
					if prose(w, l) {
						found = true
					}
					continue
				}
				words += w
				letters += l
			}
		}
		return words, letters
	}
	if w, l := walk(root); prose(w, l) {
		found = true
	}
	return found
}

func prose(words, letters int) bool {
	return words >= minProseWords || letters >= minProseLetters
}

// count returns the words (space-separated runs holding a letter) and the
// letters in s.
func count(s string) (words, letters int) {
	inWord, hasLetter := false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if inWord && hasLetter {
				words++
			}
			inWord, hasLetter = false, false
			continue
		}
		inWord = true
		if unicode.IsLetter(r) {
			hasLetter = true
			letters++
		}
	}
	if inWord && hasLetter {
		words++
	}
	return words, letters
}

// furniture reports whether n is page furniture whose text is never
// article text. Only tags and ARIA roles count: class names like "menu"
// or "footer" also appear on the <body> and page wrappers of many sites,
// and ASP.NET wraps whole pages in one <form>.
func furniture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Nav, atom.Footer, atom.Aside, atom.Menu,
		atom.Button, atom.Select, atom.Option, atom.Label,
		atom.Head, atom.Title, atom.Script, atom.Style, atom.Noscript,
		atom.Template, atom.Iframe, atom.Svg:
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "role" {
			switch strings.ToLower(strings.TrimSpace(a.Val)) {
			case "navigation", "contentinfo", "banner", "menu", "menubar":
				return true
			}
		}
	}
	return false
}

// block reports whether elements with tag a start a new block of text.
func block(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Td, atom.Th, atom.Dd, atom.Dt,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Blockquote, atom.Pre, atom.Article, atom.Section, atom.Main,
		atom.Body, atom.Figcaption, atom.Table, atom.Tr, atom.Ul, atom.Ol,
		atom.Dl, atom.Br, atom.Hr, atom.Html:
		return true
	}
	return false
}
