package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
)

// How progress is shown.
const (
	progressOff   = iota // -q, or nothing long to report
	progressBar          // a bar redrawn in place on a terminal
	progressPlain        // a line now and then, for logs and pipes
)

// Progress timing: a bar is redrawn at most every barEvery; a plain line
// is written every plainEvery.
const (
	barEvery   = 100 * time.Millisecond
	plainEvery = 5 * time.Second
)

// envProgressEvery names the variable that sets the interval of plain
// progress lines.
const envProgressEvery = "HEBEL_PROGRESS_EVERY"

// progress reports how far long work got, on stderr: a bar with rate and
// ETA redrawn in place when stderr is a terminal, else a plain line every
// plainEvery. Amounts are bytes of input (the ETA comes from them) and
// items (documents), when unit names them. It is safe for use from one goroutine at a
// time; other output to the same terminal goes through println so that
// it does not mix with the bar.
type progress struct {
	w     io.Writer
	mode  int
	label string // what is being done: "ingest", "load baci"
	unit  string // what the items are: "documents", "rows"
	total int64  // bytes to read; 0 when unknown (standard input)
	files int    // inputs to read; 0 when there is one
	width int    // terminal columns
	every time.Duration
	now   func() time.Time

	mu        sync.Mutex
	start     time.Time
	shown     time.Time
	drawn     bool // a bar is on the screen
	done      int64
	items     int
	failed    int
	filesDone int
}

// isTerminal reports whether w is a terminal (a character device that
// answers terminal requests).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// newProgress returns the progress report of the command: off when quiet,
// a bar when Stderr is a terminal, plain lines otherwise.
func (m *Main) newProgress(quiet bool, label, unit string, total int64, files int) *progress {
	p := &progress{w: m.Stderr, label: label, unit: unit, total: total, files: files,
		width: 80, every: plainEvery, now: time.Now}
	switch {
	case quiet:
		p.mode = progressOff
	case m.terminal(m.Stderr):
		p.mode = progressBar
	default:
		p.mode = progressPlain
	}
	if c, err := strconv.Atoi(m.Getenv("COLUMNS")); err == nil && c >= 40 {
		p.width = c
	}
	// $HEBEL_PROGRESS_EVERY sets the interval of plain lines (tests).
	if d, err := time.ParseDuration(m.Getenv(envProgressEvery)); err == nil && d > 0 {
		p.every = d
	}
	p.start = p.now()
	p.shown = p.start
	return p
}

// terminal reports whether w is a terminal: Main.Terminal when set (tests),
// else isTerminal.
func (m *Main) terminal(w io.Writer) bool {
	if m.Terminal != nil {
		return m.Terminal(w)
	}
	return isTerminal(w)
}

// update records how far the work got and shows it when it is time.
func (p *progress) update(done int64, items, failed, filesDone int) {
	if p == nil || p.mode == progressOff {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done, p.items, p.failed, p.filesDone = done, items, failed, filesDone
	now := p.now()
	switch p.mode {
	case progressBar:
		// A line printed above the bar took it off the screen: put it
		// back at once, else at most every barEvery.
		if !p.drawn || now.Sub(p.shown) >= barEvery {
			p.draw(now)
		}
	case progressPlain:
		if now.Sub(p.shown) >= p.every {
			fmt.Fprintf(p.w, "%s: %s\n", programName, p.line(now))
			p.shown = now
		}
	}
}

// println writes a line to w without mixing it into the bar: the bar is
// cleared first and drawn again at the next update.
func (p *progress) println(w io.Writer, format string, args ...any) {
	if p != nil && p.mode == progressBar {
		p.mu.Lock()
		p.clearLocked()
		p.mu.Unlock()
	}
	fmt.Fprintf(w, format+"\n", args...)
}

// finish takes the bar off the screen; the command's summary follows.
func (p *progress) finish() {
	if p == nil || p.mode != progressBar {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clearLocked()
}

func (p *progress) clearLocked() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// draw redraws the bar: label, bar, share, files, items, rates and ETA,
// leaving out what does not fit the terminal's width.
func (p *progress) draw(now time.Time) {
	parts := p.stats(now)
	for len(parts) > 3 && len(p.label)+1+10+1+runeLen(strings.Join(parts, "  ")) > p.width-1 {
		parts = parts[:len(parts)-1] // the optional ones come last
	}
	stats := strings.Join(parts, "  ")
	barWidth := max(10, min(40, p.width-1-len(p.label)-2-runeLen(stats)))
	filled := 0
	if p.total > 0 {
		filled = int(int64(barWidth) * min(p.done, p.total) / p.total)
	}
	bar := strings.Repeat("█", filled) + strings.Repeat("░", barWidth-filled)
	line := fmt.Sprintf("%s %s %s", p.label, bar, stats)
	if r := []rune(line); len(r) > p.width-1 {
		line = string(r[:p.width-1])
	}
	fmt.Fprint(p.w, "\r"+line+"\x1b[K")
	p.drawn = true
	p.shown = now
}

func runeLen(s string) int { return len([]rune(s)) }

// stats is the numbers of the bar, the essential ones first (share,
// items, ETA), then files, items per second and bytes per second.
func (p *progress) stats(now time.Time) []string {
	elapsed := now.Sub(p.start).Seconds()
	var parts []string
	if p.total > 0 {
		parts = append(parts, fmt.Sprintf("%3d%%", 100*min(p.done, p.total)/p.total))
	}
	if p.unit != "" {
		items := fmt.Sprintf("%d %s", p.items, p.unit)
		if p.failed > 0 {
			items += fmt.Sprintf(" (%d failed)", p.failed)
		}
		parts = append(parts, items)
	}
	parts = append(parts, "ETA "+p.eta(elapsed))
	if p.files > 1 {
		parts = append(parts, fmt.Sprintf("%d/%d files", p.filesDone, p.files))
	}
	if elapsed > 0 {
		if p.unit != "" {
			parts = append(parts, fmt.Sprintf("%.0f/s", float64(p.items)/elapsed))
		}
		parts = append(parts, megabytes(float64(p.done)/elapsed)+"/s")
	}
	return parts
}

// line is the plain progress line.
func (p *progress) line(now time.Time) string {
	elapsed := now.Sub(p.start).Seconds()
	var b strings.Builder
	b.WriteString(p.label + ": ")
	if p.total > 0 {
		fmt.Fprintf(&b, "%d%% of %s", 100*min(p.done, p.total)/p.total, megabytes(float64(p.total)))
	} else {
		b.WriteString(megabytes(float64(p.done)) + " read")
	}
	if p.files > 1 {
		fmt.Fprintf(&b, " (%d/%d files)", p.filesDone, p.files)
	}
	if p.unit != "" {
		fmt.Fprintf(&b, ", %d %s", p.items, p.unit)
		if p.failed > 0 {
			fmt.Fprintf(&b, " (%d failed)", p.failed)
		}
	}
	if elapsed > 0 {
		if p.unit != "" {
			fmt.Fprintf(&b, ", %.0f %s/s", float64(p.items)/elapsed, p.unit)
		}
		fmt.Fprintf(&b, ", %s/s", megabytes(float64(p.done)/elapsed))
	}
	b.WriteString(", ETA " + p.eta(elapsed))
	return b.String()
}

// eta estimates the time left from the bytes read so far.
func (p *progress) eta(elapsed float64) string {
	if p.total <= 0 || p.done <= 0 || elapsed <= 0 {
		return "?"
	}
	left := time.Duration(float64(p.total-min(p.done, p.total)) / (float64(p.done) / elapsed) * float64(time.Second))
	switch {
	case left < time.Minute:
		return fmt.Sprintf("%ds", int(left.Round(time.Second).Seconds()))
	case left < time.Hour:
		return fmt.Sprintf("%dm%02ds", int(left.Minutes()), int(left.Seconds())%60)
	}
	return fmt.Sprintf("%dh%02dm", int(left.Hours()), int(left.Minutes())%60)
}

// megabytes formats a number of bytes in MB (10⁶ bytes).
func megabytes(b float64) string {
	switch {
	case b >= 100e6:
		return fmt.Sprintf("%.0f MB", b/1e6)
	case b >= 1e6:
		return fmt.Sprintf("%.1f MB", b/1e6)
	}
	return fmt.Sprintf("%.0f kB", b/1e3)
}
