package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
)

// SpeakerReport says how many gold speaker spans of a quotation corpus
// overlap a recognised actor mention.
type SpeakerReport struct {
	Files       int
	Speakers    int      // gold speaker spans
	Overlapping int      // of them, those overlapping an actor mention
	Missed      []string // speaker texts without an overlapping mention (up to maxMissed)
	Bytes       int64
	Elapsed     time.Duration // time spent in find
}

// Share is Overlapping / Speakers.
func (r *SpeakerReport) Share() float64 { return ratio(r.Overlapping, r.Speakers) }

// speakerDoc is the part of a German Wikinews quotation file we read.
type speakerDoc struct {
	OriginalText string `json:"originalText"`
	Annotations  []struct {
		Speaker *struct {
			Spans []struct {
				CharBegin int `json:"charBegin"`
				CharEnd   int `json:"charEnd"`
			} `json:"spans"`
			Text string `json:"text"`
		} `json:"speaker"`
	} `json:"annotations"`
}

// SpeakerOverlap reads the German Wikinews quotation files in dir (one
// JSON per article; speaker spans in character offsets of originalText)
// and counts the speaker spans that overlap a span find returns for the
// article's text (byte offsets).
func SpeakerOverlap(dir string, find func(text string) []hebel.Span) (*SpeakerReport, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("speaker eval: no *.json in %s", dir)
	}
	sort.Strings(files)
	rep := &SpeakerReport{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("speaker eval: %w", err)
		}
		var d speakerDoc
		if err := json.Unmarshal(data, &d); err != nil {
			return nil, fmt.Errorf("speaker eval: %s: %w", filepath.Base(f), err)
		}
		rep.Files++
		rep.Bytes += int64(len(d.OriginalText))
		start := time.Now()
		spans := find(d.OriginalText)
		rep.Elapsed += time.Since(start)
		byteAt := runeOffsets(d.OriginalText)
		for _, a := range d.Annotations {
			if a.Speaker == nil {
				continue
			}
			for _, s := range a.Speaker.Spans {
				if s.CharBegin < 0 || s.CharEnd > len(byteAt)-1 || s.CharBegin >= s.CharEnd {
					continue
				}
				b, e := byteAt[s.CharBegin], byteAt[s.CharEnd]
				rep.Speakers++
				hit := false
				for _, m := range spans {
					if m.Start < e && b < m.End {
						hit = true
						break
					}
				}
				if hit {
					rep.Overlapping++
				} else if len(rep.Missed) < maxMissed {
					rep.Missed = append(rep.Missed, d.OriginalText[b:e])
				}
			}
		}
	}
	return rep, nil
}

// runeOffsets maps each rune index of s (and len) to its byte offset.
func runeOffsets(s string) []int {
	out := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// Write prints the report.
func (r *SpeakerReport) Write(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "Speaker spans overlapping an actor mention: %d of %d (%.3f) in %d files\n", r.Overlapping, r.Speakers, r.Share(), r.Files)
	if r.Elapsed > 0 {
		fmt.Fprintf(w, "Actor recognition: %v, %.2f MB/s\n", r.Elapsed.Round(time.Millisecond), float64(r.Bytes)/1e6/r.Elapsed.Seconds())
	}
	if verbose {
		for _, m := range r.Missed {
			fmt.Fprintf(w, "  missed: %q\n", m)
		}
	}
}

// maxMissed caps SpeakerReport.Missed.
const maxMissed = 1000
