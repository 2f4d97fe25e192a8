package entity

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// modelMagic starts every tagger model file.
const modelMagic = "hebel-ner-1\n"

// quantise rounds every weight to the int16 grid the model file stores,
// so a trained tagger and the same tagger read back from its file agree.
func (t *Tagger) quantise() {
	s := t.scale()
	for i, v := range t.w {
		t.w[i] = float32(math.Round(float64(v/s))) * s
	}
}

// scale is the weight of one int16 step.
func (t *Tagger) scale() float32 {
	var m float32
	for _, v := range t.w {
		m = max(m, v, -v)
	}
	if m == 0 {
		return 1
	}
	return m / 32767
}

// WriteTo writes the tagger as a gzip-compressed model file: the magic
// line, the scale, the feature count, then per feature (sorted by hash)
// the hash, a bit mask of the tags with a weight and those weights as
// int16. The same tagger always gives the same bytes.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	t.unpack()
	var raw bytes.Buffer
	raw.WriteString(modelMagic)
	s := t.scale()
	hs := make([]uint64, 0, len(t.weights))
	for h := range t.weights {
		hs = append(hs, h)
	}
	slices.Sort(hs)
	var b [8]byte
	binary.LittleEndian.PutUint32(b[:4], math.Float32bits(s))
	raw.Write(b[:4])
	binary.LittleEndian.PutUint32(b[:4], uint32(len(hs)))
	raw.Write(b[:4])
	for _, h := range hs {
		binary.LittleEndian.PutUint64(b[:], h)
		raw.Write(b[:])
		off := t.weights[h]
		var mask uint16
		for k := range nTags {
			if t.w[off+uint32(k)] != 0 {
				mask |= 1 << k
			}
		}
		binary.LittleEndian.PutUint16(b[:2], mask)
		raw.Write(b[:2])
		for k := range nTags {
			if v := t.w[off+uint32(k)]; v != 0 {
				binary.LittleEndian.PutUint16(b[:2], uint16(int16(math.Round(float64(v/s)))))
				raw.Write(b[:2])
			}
		}
	}
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return cw.n, fmt.Errorf("writing tagger model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("writing tagger model: %w", err)
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadTagger reads a model file written by Tagger.WriteTo.
func ReadTagger(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("reading tagger model: %w", err)
	}
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("reading tagger model: not a Hebel NER model")
	}
	var hdr [8]byte
	if _, err := io.ReadFull(br, hdr[:]); err != nil {
		return nil, fmt.Errorf("reading tagger model: %w", err)
	}
	s := math.Float32frombits(binary.LittleEndian.Uint32(hdr[:4]))
	n := binary.LittleEndian.Uint32(hdr[4:])
	if n > 1<<24 {
		return nil, errors.New("reading tagger model: too many features")
	}
	// The features go straight into the decoding table; the float
	// weights that training and WriteTo use are made from them only when
	// asked for (unpack).
	t := &Tagger{firstNames: actorData().firstNames, fileScale: s, file: make([]fileFeature, 0, n)}
	var b [10]byte
	var m float32 // the largest weight, as scale computes it
	for range n {
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return nil, fmt.Errorf("reading tagger model: %w", err)
		}
		f := fileFeature{h: binary.LittleEndian.Uint64(b[:8])}
		mask := binary.LittleEndian.Uint16(b[8:])
		for k := range nTags {
			if mask&(1<<k) != 0 {
				if _, err := io.ReadFull(br, b[:2]); err != nil {
					return nil, fmt.Errorf("reading tagger model: %w", err)
				}
				f.q[k] = int16(binary.LittleEndian.Uint16(b[:2]))
				v := float32(f.q[k]) * s
				m = max(m, v, -v)
			}
		}
		t.file = append(t.file, f)
	}
	// The table holds each weight in steps of the scale of the weights
	// read (see build), computed as scale computes it.
	step := float32(1)
	if m != 0 {
		step = m / 32767
	}
	t.table = newTable(len(t.file))
	for _, f := range t.file {
		var w [nTags]int16
		for k, q := range f.q {
			w[k] = int16(math.Round(float64(float32(q)*s) / float64(step)))
		}
		t.table.put(f.h, w)
	}
	t.buildSums()
	return t, nil
}

// fileFeature is one feature as a model file stores it: its hash and its
// weights in int16 steps of the file's scale.
type fileFeature struct {
	h uint64
	q [nTags]int16
}

// unpack fills t.weights and t.w from the features read from a model
// file, with the values reading them always gave (q × the file's scale),
// for WriteTo; a trained tagger has them already.
func (t *Tagger) unpack() {
	if t.weights != nil || t.file == nil {
		return
	}
	t.weights = make(map[uint64]uint32, len(t.file))
	t.w = make([]float32, 0, len(t.file)*nTags)
	for _, f := range t.file {
		t.weights[f.h] = uint32(len(t.w))
		for _, q := range f.q {
			var v float32
			if q != 0 {
				v = float32(q) * t.fileScale
			}
			t.w = append(t.w, v)
		}
	}
}
