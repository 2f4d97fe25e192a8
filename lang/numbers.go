package lang

// Numbers is what package quantity needs to read numbers, scales, units
// and hedges in one language.
type Numbers struct {
}
