// Package chart draws Hebel's figures as accessible inline SVG: a time
// axis of a figure's estimates (TimeChart), a node-link drawing of actors
// and their relations (Graph), and horizontal bars for leverage channels
// (Bars). Each drawing carries a <title> and a <desc> that say in words
// what it shows, labels its marks with text, and needs no JavaScript and
// no stylesheet (colours are presentation attributes, which a strict
// Content-Security-Policy allows).
//
// It is pure: it takes plain values and returns bytes. It reads no store,
// no clock and no file, and knows nothing of HTTP; every text it is given
// is escaped, and a link that is not a path or an http(s) URL is dropped.
// Missing is unknown, never zero: an undated estimate is listed apart,
// never plotted at "now"; an unknown bar is drawn hatched and labelled
// "unknown", never as 0.
package chart
