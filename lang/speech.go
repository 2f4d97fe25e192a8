package lang

// Speech is what package quote needs to find who says what in one
// language: quotation marks, speech and cognition verbs, source frames
// ("laut", "according to"), Konjunktiv forms.
type Speech struct {
}
