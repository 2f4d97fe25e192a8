package bundle

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"

	hebel "github.com/hebel-project/hebel"
)

// magic starts every bundle (before compression).
const magic = "HEBELWORLD2\n"

// The format, after the magic: a JSON blob (uvarint length) with the
// Sources map; a string table (uvarint count, then uvarint length + bytes
// each); then the flows, ties and indicators, each a uvarint count
// followed by one column after the other. Strings are uvarint indexes into
// the table, years and rows zig-zag varint deltas from the previous
// record, values either an even varint 2n meaning n/1000 or the odd varint
// 1 followed by the 8 bytes of the float64.

// encoder interns strings and writes columns.
type encoder struct {
	body bytes.Buffer
	strs map[string]int
	list []string
	tmp  [binary.MaxVarintLen64]byte
}

func (e *encoder) uvarint(v uint64) {
	n := binary.PutUvarint(e.tmp[:], v)
	e.body.Write(e.tmp[:n])
}

func (e *encoder) varint(v int64) {
	n := binary.PutVarint(e.tmp[:], v)
	e.body.Write(e.tmp[:n])
}

func (e *encoder) str(s string) {
	i, ok := e.strs[s]
	if !ok {
		i = len(e.list)
		e.strs[s] = i
		e.list = append(e.list, s)
	}
	e.uvarint(uint64(i))
}

func (e *encoder) value(v float64) {
	n := math.Round(v * 1000)
	if math.Abs(n) < 1<<52 && n/1000 == v && !(v == 0 && math.Signbit(v)) {
		e.varint(int64(n) * 2)
		return
	}
	e.varint(1)
	binary.LittleEndian.PutUint64(e.tmp[:8], math.Float64bits(v))
	e.body.Write(e.tmp[:8])
}

// ints writes a column of integers as deltas.
func (e *encoder) ints(n int, get func(i int) int) {
	prev := 0
	for i := 0; i < n; i++ {
		v := get(i)
		e.varint(int64(v - prev))
		prev = v
	}
}

func (e *encoder) strs1(n int, get func(i int) string) {
	for i := 0; i < n; i++ {
		e.str(get(i))
	}
}

func (e *encoder) values(n int, get func(i int) float64) {
	for i := 0; i < n; i++ {
		e.value(get(i))
	}
}

// prov writes the provenance columns.
func (e *encoder) prov(n int, get func(i int) hebel.Provenance) {
	e.strs1(n, func(i int) string { return get(i).Dataset })
	e.strs1(n, func(i int) string { return get(i).Version })
	e.strs1(n, func(i int) string { return get(i).File })
	e.ints(n, func(i int) int { return get(i).Row })
	e.strs1(n, func(i int) string { return get(i).URL })
}

// Encode writes w in the bundle format (uncompressed; the caller gzips).
func Encode(out io.Writer, w *hebel.World) error {
	e := &encoder{strs: map[string]int{}}
	fl, ti, in := w.Flows, w.Ties, w.Indicators

	e.uvarint(uint64(len(fl)))
	e.ints(len(fl), func(i int) int { return fl[i].Year })
	e.strs1(len(fl), func(i int) string { return fl[i].From })
	e.strs1(len(fl), func(i int) string { return fl[i].To })
	e.strs1(len(fl), func(i int) string { return string(fl[i].Channel) })
	e.values(len(fl), func(i int) float64 { return fl[i].Value })
	e.strs1(len(fl), func(i int) string { return fl[i].Unit })
	e.strs1(len(fl), func(i int) string { return fl[i].ClaimID })
	e.strs1(len(fl), func(i int) string { return fl[i].Note })
	e.prov(len(fl), func(i int) hebel.Provenance { return fl[i].Prov })

	e.uvarint(uint64(len(ti)))
	e.strs1(len(ti), func(i int) string { return ti[i].Kind })
	e.strs1(len(ti), func(i int) string { return ti[i].From })
	e.strs1(len(ti), func(i int) string { return ti[i].To })
	e.ints(len(ti), func(i int) int { return ti[i].Start })
	e.ints(len(ti), func(i int) int { return ti[i].End })
	e.values(len(ti), func(i int) float64 { return ti[i].Value })
	e.strs1(len(ti), func(i int) string { return ti[i].Unit })
	for _, t := range ti {
		keys := make([]string, 0, len(t.Attributes))
		for k := range t.Attributes {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		e.uvarint(uint64(len(keys)))
		for _, k := range keys {
			e.str(k)
			e.str(t.Attributes[k])
		}
	}
	e.prov(len(ti), func(i int) hebel.Provenance { return ti[i].Prov })

	e.uvarint(uint64(len(in)))
	e.strs1(len(in), func(i int) string { return in[i].Country })
	e.ints(len(in), func(i int) int { return in[i].Year })
	e.strs1(len(in), func(i int) string { return in[i].Name })
	e.values(len(in), func(i int) float64 { return in[i].Value })
	e.strs1(len(in), func(i int) string { return in[i].Unit })
	e.strs1(len(in), func(i int) string { return in[i].Note })
	e.prov(len(in), func(i int) hebel.Provenance { return in[i].Prov })

	src, err := json.Marshal(w.Sources)
	if err != nil {
		return fmt.Errorf("encoding bundle sources: %w", err)
	}
	var head bytes.Buffer
	head.WriteString(magic)
	put := func(v uint64) {
		n := binary.PutUvarint(e.tmp[:], v)
		head.Write(e.tmp[:n])
	}
	put(uint64(len(src)))
	head.Write(src)
	put(uint64(len(e.list)))
	for _, s := range e.list {
		put(uint64(len(s)))
		head.WriteString(s)
	}
	if _, err := out.Write(head.Bytes()); err != nil {
		return err
	}
	_, err = out.Write(e.body.Bytes())
	return err
}

// errCorrupt reports a bundle that does not decode.
var errCorrupt = errors.New("corrupt world bundle")

// decoder reads what encoder wrote.
type decoder struct {
	b    []byte
	strs []string
	err  error
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errCorrupt
	}
	d.b = nil
}

// count reads a record count, bounded by the bytes left (each record
// takes at least one byte per column).
func (d *decoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	i := d.uvarint()
	if i >= uint64(len(d.strs)) {
		d.fail()
		return ""
	}
	return d.strs[i]
}

func (d *decoder) value() float64 {
	x := d.varint()
	if x&1 == 0 {
		return float64(x/2) / 1000
	}
	if len(d.b) < 8 {
		d.fail()
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

func (d *decoder) ints(n int, set func(i, v int)) {
	prev := 0
	for i := 0; i < n && d.err == nil; i++ {
		prev += int(d.varint())
		set(i, prev)
	}
}

func (d *decoder) strs1(n int, set func(i int, s string)) {
	for i := 0; i < n && d.err == nil; i++ {
		set(i, d.str())
	}
}

func (d *decoder) values(n int, set func(i int, v float64)) {
	for i := 0; i < n && d.err == nil; i++ {
		set(i, d.value())
	}
}

func (d *decoder) prov(n int, get func(i int) *hebel.Provenance) {
	d.strs1(n, func(i int, s string) { get(i).Dataset = s })
	d.strs1(n, func(i int, s string) { get(i).Version = s })
	d.strs1(n, func(i int, s string) { get(i).File = s })
	d.ints(n, func(i, v int) { get(i).Row = v })
	d.strs1(n, func(i int, s string) { get(i).URL = s })
}

// Decode reads a world written by Encode (uncompressed).
func Decode(b []byte) (*hebel.World, error) {
	if !bytes.HasPrefix(b, []byte(magic)) {
		return nil, fmt.Errorf("%w: bad magic", errCorrupt)
	}
	d := &decoder{b: b[len(magic):]}
	n := d.count()
	if d.err != nil {
		return nil, d.err
	}
	w := &hebel.World{}
	if err := json.Unmarshal(d.b[:n], &w.Sources); err != nil {
		return nil, fmt.Errorf("%w: sources: %v", errCorrupt, err)
	}
	d.b = d.b[n:]
	ns := d.count()
	d.strs = make([]string, ns)
	for i := 0; i < ns && d.err == nil; i++ {
		l := d.count()
		if d.err == nil {
			d.strs[i] = string(d.b[:l])
			d.b = d.b[l:]
		}
	}

	nf := d.count()
	fl := make([]hebel.Flow, nf)
	d.ints(nf, func(i, v int) { fl[i].Year = v })
	d.strs1(nf, func(i int, s string) { fl[i].From = s })
	d.strs1(nf, func(i int, s string) { fl[i].To = s })
	d.strs1(nf, func(i int, s string) { fl[i].Channel = hebel.Channel(s) })
	d.values(nf, func(i int, v float64) { fl[i].Value = v })
	d.strs1(nf, func(i int, s string) { fl[i].Unit = s })
	d.strs1(nf, func(i int, s string) { fl[i].ClaimID = s })
	d.strs1(nf, func(i int, s string) { fl[i].Note = s })
	d.prov(nf, func(i int) *hebel.Provenance { return &fl[i].Prov })

	nt := d.count()
	ti := make([]hebel.Tie, nt)
	d.strs1(nt, func(i int, s string) { ti[i].Kind = s })
	d.strs1(nt, func(i int, s string) { ti[i].From = s })
	d.strs1(nt, func(i int, s string) { ti[i].To = s })
	d.ints(nt, func(i, v int) { ti[i].Start = v })
	d.ints(nt, func(i, v int) { ti[i].End = v })
	d.values(nt, func(i int, v float64) { ti[i].Value = v })
	d.strs1(nt, func(i int, s string) { ti[i].Unit = s })
	for i := 0; i < nt && d.err == nil; i++ {
		na := d.count()
		if na == 0 {
			continue
		}
		ti[i].Attributes = make(map[string]string, na)
		for j := 0; j < na && d.err == nil; j++ {
			k := d.str()
			ti[i].Attributes[k] = d.str()
		}
	}
	d.prov(nt, func(i int) *hebel.Provenance { return &ti[i].Prov })

	ni := d.count()
	in := make([]hebel.Indicator, ni)
	d.strs1(ni, func(i int, s string) { in[i].Country = s })
	d.ints(ni, func(i, v int) { in[i].Year = v })
	d.strs1(ni, func(i int, s string) { in[i].Name = s })
	d.values(ni, func(i int, v float64) { in[i].Value = v })
	d.strs1(ni, func(i int, s string) { in[i].Unit = s })
	d.strs1(ni, func(i int, s string) { in[i].Note = s })
	d.prov(ni, func(i int) *hebel.Provenance { return &in[i].Prov })
	if d.err != nil {
		return nil, d.err
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errCorrupt, len(d.b))
	}
	w.Flows, w.Ties, w.Indicators = fl, ti, in
	return w, nil
}
