// Package metrics writes counters and gauges in the Prometheus text
// exposition format (version 0.0.4), for the /metrics endpoints of
// Hebel's long-running commands. It keeps no registry and reads no
// clock: a caller hands it the values to write.
package metrics

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
)

// Type is a metric's type as the exposition format names it.
type Type string

// The metric types Hebel exposes.
const (
	Counter Type = "counter" // only goes up (resets when the process restarts)
	Gauge   Type = "gauge"   // goes up and down
)

// ContentType is the media type of the text format.
const ContentType = "text/plain; version=0.0.4; charset=utf-8"

// Sample is one value of a metric, with its labels.
type Sample struct {
	Labels map[string]string
	Value  float64
}

// Metric is one named metric with its samples.
type Metric struct {
	Name    string // [a-zA-Z_:][a-zA-Z0-9_:]*
	Help    string
	Type    Type
	Samples []Sample
}

// Write writes metrics in the text format: HELP and TYPE lines, then one
// line per sample with its labels sorted by name. A name that is not a
// valid metric name is an error.
func Write(w io.Writer, metrics []Metric) error {
	var b strings.Builder
	for _, m := range metrics {
		if !validName(m.Name) {
			return fmt.Errorf("metrics: invalid metric name %q", m.Name)
		}
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s %s\n", m.Name, escapeHelp(m.Help), m.Name, m.Type)
		for _, s := range m.Samples {
			b.WriteString(m.Name)
			if len(s.Labels) > 0 {
				keys := make([]string, 0, len(s.Labels))
				for k := range s.Labels {
					if !validName(k) || strings.Contains(k, ":") {
						return fmt.Errorf("metrics: invalid label name %q of %s", k, m.Name)
					}
					keys = append(keys, k)
				}
				sort.Strings(keys)
				b.WriteByte('{')
				for i, k := range keys {
					if i > 0 {
						b.WriteByte(',')
					}
					fmt.Fprintf(&b, "%s=\"%s\"", k, escapeLabel(s.Labels[k]))
				}
				b.WriteByte('}')
			}
			b.WriteByte(' ')
			b.WriteString(formatValue(s.Value))
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Handler serves the metrics collect returns at each request.
func Handler(collect func() []Metric) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		if err := Write(&b, collect()); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", ContentType)
		io.WriteString(w, b.String())
	})
}

// One returns a metric with a single unlabelled sample.
func One(name, help string, typ Type, value float64) Metric {
	return Metric{Name: name, Help: help, Type: typ, Samples: []Sample{{Value: value}}}
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || r == ':' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
		case '0' <= r && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// formatValue writes a float as the format wants it: integers without an
// exponent, +Inf, -Inf and NaN by name.
func formatValue(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NaN"
	case v == math.Trunc(v) && math.Abs(v) < 1e15:
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

var (
	helpEscaper  = strings.NewReplacer(`\`, `\\`, "\n", `\n`)
	labelEscaper = strings.NewReplacer(`\`, `\\`, "\n", `\n`, `"`, `\"`)
)

func escapeHelp(s string) string  { return helpEscaper.Replace(s) }
func escapeLabel(s string) string { return labelEscaper.Replace(s) }
