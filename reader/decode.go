package reader

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// byteOrderMark returns "utf-16le" or "utf-16be" and the bytes after the
// mark when data starts with a UTF-16 byte-order mark, else "" and data
// without a UTF-8 byte-order mark.
func byteOrderMark(data []byte) (enc string, body []byte) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return "", data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		return "", data // UTF-32LE: left to the binary check
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return "utf-16le", data[2:]
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "utf-16be", data[2:]
	}
	return "", data
}

// decodeBOM decodes UTF-16 text in the given byte order. Unpaired
// surrogates and an odd last byte become U+FFFD.
func decodeBOM(enc string, body []byte) string {
	order := unicode.LittleEndian
	if enc == "utf-16be" {
		order = unicode.BigEndian
	}
	out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(body)
	if err != nil { // the decoder replaces rather than fails; be safe anyway
		return strings.ToValidUTF8(string(out), "\uFFFD")
	}
	return string(out)
}

// decode returns data as UTF-8 text and, when it had to guess, a problem
// message. Valid UTF-8 is taken as it is (whatever an HTML page declares:
// pages that lie about their charset mostly lie in that direction). For
// other HTML the charset its <meta> declares decides. Otherwise text that
// is mostly valid UTF-8 keeps its valid parts and gets U+FFFD for the
// broken bytes, and anything else is read as Windows-1252, a superset of
// Latin-1 that can decode every byte.
func decode(data []byte, isHTML bool) (text, problem string) {
	if utf8.Valid(data) {
		return string(data), ""
	}
	if isHTML {
		if label := declaredCharset(data); label != "" {
			if e, name := charset.Lookup(label); e != nil && name != "utf-8" &&
				!strings.HasPrefix(name, "utf-16") {
				if out, err := e.NewDecoder().Bytes(data); err == nil {
					return string(out), ""
				}
			}
		}
	}
	if multi, bad := utf8Counts(data); multi > bad {
		return strings.ToValidUTF8(string(data), "\uFFFD"),
			fmt.Sprintf("%d invalid UTF-8 sequences replaced by U+FFFD", bad)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), "invalid UTF-8 replaced by U+FFFD"
	}
	return string(out), "decoded as Windows-1252"
}

// utf8Counts returns how many valid multi-byte UTF-8 sequences and how
// many invalid bytes data holds.
func utf8Counts(data []byte) (multi, bad int) {
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			multi++
		}
		data = data[n:]
	}
	return multi, bad
}

// metaCharset finds <meta charset=…> and <meta http-equiv … content="…;
// charset=…">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// declaredCharset returns the charset label an HTML page declares in a
// <meta> element within its first 8 KB, or "". (The HTML standard scans
// 1 KB; real pages put long <head>s first.)
func declaredCharset(data []byte) string {
	if len(data) > 8<<10 {
		data = data[:8<<10]
	}
	m := metaCharset.FindSubmatch(data)
	if m == nil {
		return ""
	}
	return string(m[1])
}
