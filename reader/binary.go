package reader

import "bytes"

// sniffBytes is how much of an input the binary check looks at.
const sniffBytes = 8 << 10

// maxControlShare is the share of C0 control bytes (other than tab, line
// feed, carriage return, form feed, vertical tab and escape) above which
// an input counts as binary.
const maxControlShare = 0.05

// magic is a file signature and the name of the format it starts.
type magic struct {
	prefix string
	name   string
}

// magics are the signatures of binary formats people feed to text tools
// by mistake. Formats whose signature holds a NUL byte are caught by the
// NUL rule too, but naming them makes a better message.
var magics = []magic{
	{"%PDF-", "PDF"},
	{"PK\x03\x04", "ZIP, or an Office/EPUB document"},
	{"PK\x05\x06", "ZIP"},
	{"\x1f\x8b", "gzip"},
	{"BZh", "bzip2"}, // checked with a digit after it, see binaryKind
	{"\xfd7zXZ\x00", "xz"},
	{"\x28\xb5\x2f\xfd", "zstd"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip"},
	{"Rar!\x1a\x07", "RAR"},
	{"\x89PNG\r\n\x1a\n", "PNG"},
	{"\xff\xd8\xff", "JPEG"},
	{"GIF87a", "GIF"},
	{"GIF89a", "GIF"},
	{"II*\x00", "TIFF"},
	{"MM\x00*", "TIFF"},
	{"\x7fELF", "ELF executable"},
	{"MZ\x90\x00", "Windows executable"},
	{"\xca\xfe\xba\xbe", "Java class or Mach-O"},
	{"\xcf\xfa\xed\xfe", "Mach-O executable"},
	{"\x00asm", "WebAssembly"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"},
	{"SQLite format 3\x00", "SQLite database"},
	{"OggS", "Ogg"},
	{"fLaC", "FLAC"},
	{"ID3", "MP3"}, // checked with a version byte after it
	{"\x1a\x45\xdf\xa3", "Matroska/WebM"},
	{"wOFF", "WOFF font"},
	{"wOF2", "WOFF2 font"},
}

// binaryKind returns what kind of binary data looks like, or "" when it
// looks like text: a known signature (also RIFF containers and ISO media
// files, whose signature is not at offset 0), a NUL byte in the first
// sniffBytes, or too many control bytes there.
func binaryKind(data []byte) string {
	for _, m := range magics {
		if !bytes.HasPrefix(data, []byte(m.prefix)) {
			continue
		}
		if m.prefix == "BZh" && (len(data) < 4 || data[3] < '1' || data[3] > '9') {
			continue
		}
		if m.prefix == "ID3" && (len(data) < 5 || data[3] < 2 || data[3] > 4) {
			continue
		}
		return "looks like " + m.name
	}
	if len(data) >= 12 && string(data[:4]) == "RIFF" {
		return "looks like RIFF media: WAV, AVI or WebP"
	}
	if len(data) >= 12 && string(data[4:8]) == "ftyp" {
		return "looks like MP4/ISO media"
	}
	head := data
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "contains NUL bytes"
	}
	controls := 0
	for _, b := range head {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b {
			controls++
		}
	}
	if len(head) > 0 && float64(controls) > maxControlShare*float64(len(head)) {
		return "too many control bytes"
	}
	return ""
}

// Sniff looks at the head of an input named name (its first KB or more)
// and says what Read would take it for: the format ("text" or "html") and,
// when it looks binary, what kind of binary ("" otherwise). Directory
// walks use it to pick the files worth reading.
func Sniff(name string, head []byte) (format, binary string) {
	if enc, body := byteOrderMark(head); enc != "" {
		head = []byte(decodeBOM(enc, body[:len(body)&^1]))
	} else {
		head = body
	}
	if kind := binaryKind(head); kind != "" {
		return "", kind
	}
	return detectFormat(name, head), ""
}
