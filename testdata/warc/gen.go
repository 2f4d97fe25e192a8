//go:build ignore

// gen writes the WARC fixtures of this directory: small.warc and
// small.warc.gz (one gzip member per record). All content is invented for
// Hebel's tests. Run from the repository root:
//
//	go run testdata/warc/gen.go
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"strings"
)

const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Canada and Mexico sign critical minerals deal | Example Times</title>
<meta name="author" content="Jane Example"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Canada and Mexico sign critical minerals deal</h1>
<p class="byline">By Jane Example, 7 March 2024</p>
<p>Canada and Mexico signed an agreement on Thursday to cooperate on the mining and processing of lithium and other critical minerals, the governments in Ottawa and Mexico City said.</p>
<p>"This partnership makes both our economies stronger," Canada's trade minister told reporters in Ottawa. Mexico's economy ministry said the deal would bring new investment to the northern state of Sonora.</p>
<p>The United States has urged its neighbours to reduce their dependence on China for battery materials. China processes most of the world's lithium, according to industry estimates.</p>
<p>The agreement still has to be approved by the parliaments of both countries, officials said.</p>
</article><footer>© Example Times (invented for tests)</footer></body></html>
`

const page2 = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Polen kauft Flugabwehr in Südkorea | Beispiel-Zeitung</title></head>
<body><article><h1>Polen kauft Flugabwehr in Südkorea</h1>
<p>Polen hat am Freitag den Kauf von Flugabwehrsystemen aus Südkorea angekündigt. Das Verteidigungsministerium in Warschau sprach von einem Auftrag im Wert von mehreren Milliarden Euro.</p>
<p>Südkorea ist damit einer der wichtigsten Rüstungslieferanten Polens geworden. Die Regierung in Seoul begrüßte die Entscheidung und kündigte weitere Gespräche an.</p>
<p>Deutschland und die Vereinigten Staaten hatten ebenfalls Angebote vorgelegt, teilte ein Sprecher in Warschau mit.</p>
</article></body></html>
`

func record(typ, uri, ctype string, block []byte, extra ...string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-4000-8000-000000000000>\r\nWARC-Date: 2024-03-07T12:00:00Z\r\n", typ, len(block))
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	for _, e := range extra {
		b.WriteString(e + "\r\n")
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", ctype, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func chunked(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(len(s), 100)
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
		s = s[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func main() {
	const dir = "testdata/warc/"
	recs := [][]byte{
		record("warcinfo", "", "application/warc-fields", []byte("software: hebel testdata/warc/gen.go\r\nformat: WARC File Format 1.1\r\nnote: invented content for tests\r\n")),
		record("request", "https://times.example.com/world/minerals-deal", "application/http; msgtype=request",
			[]byte("GET /world/minerals-deal HTTP/1.1\r\nHost: times.example.com\r\nUser-Agent: hebel-test\r\n\r\n")),
		record("response", "https://times.example.com/world/minerals-deal", "application/http; msgtype=response",
			[]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "+fmt.Sprint(len(page))+"\r\n\r\n"+page)),
		record("response", "https://zeitung.example.de/politik/flugabwehr", "application/http; msgtype=response",
			[]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"+chunked(gz(page2)))),
		record("response", "https://times.example.com/logo.png", "application/http; msgtype=response",
			[]byte("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n\x00\x00")),
		record("metadata", "https://times.example.com/world/minerals-deal", "application/warc-fields", []byte("fetchTimeMs: 42\r\n")),
	}
	// The last record is cut off: Content-Length promises more than there is.
	trunc := record("response", "https://times.example.com/world/cut", "application/http; msgtype=response",
		[]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>This page was cut off in the middle of"))
	trunc = bytes.Replace(trunc, []byte("Content-Length: "), []byte("Content-Length: 9"), 1)
	trunc = trunc[:len(trunc)-4]
	recs = append(recs, trunc)

	var plain, packed bytes.Buffer
	for _, r := range recs {
		plain.Write(r)
		w := gzip.NewWriter(&packed)
		w.Write(r)
		w.Close()
	}
	must(os.WriteFile(dir+"small.warc", plain.Bytes(), 0o644))
	must(os.WriteFile(dir+"small.warc.gz", packed.Bytes(), 0o644))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
