package lang

// Claims is what package claim needs to assemble claims in one language:
// how the counted noun phrase continues after a number, place
// prepositions.
type Claims struct {
}
