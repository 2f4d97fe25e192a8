package entity

// bloom is a Bloom filter over 64-bit hashes with two probes, sized at
// 16 bits per key (about 1.5% false positives). It is small enough to
// stay in the processor's cache and answers most misses of the large
// tables it guards without touching them.
type bloom struct {
	bits []uint64
	mask uint64 // number of bits − 1
}

// newBloom returns a filter for about n keys.
func newBloom(n int) bloom {
	m := uint64(1 << 10)
	for m < uint64(n)*16 {
		m <<= 1
	}
	return bloom{bits: make([]uint64, m/64), mask: m - 1}
}

// add puts hash h into the filter.
func (b *bloom) add(h uint64) {
	i, j := h&b.mask, (h>>32^h>>17)&b.mask
	b.bits[i>>6] |= 1 << (i & 63)
	b.bits[j>>6] |= 1 << (j & 63)
}

// has reports whether h may be in the filter; false means it is not.
func (b *bloom) has(h uint64) bool {
	if b.bits == nil {
		return true
	}
	i, j := h&b.mask, (h>>32^h>>17)&b.mask
	return b.bits[i>>6]&(1<<(i&63)) != 0 && b.bits[j>>6]&(1<<(j&63)) != 0
}
