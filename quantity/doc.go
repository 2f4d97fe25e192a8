// Package quantity finds numbers in German and English text together with
// their hedges, scales and units: "Rund 10.000", "bis zu tausend", "40
// Prozent", "$1.5 billion", "Tausende", "between 10,000 and 12,000".
//
// Find returns the numbers that are claims and leaves out those that are
// not (years, dates, clock times, ages, ordinals, numbers in names and
// codes, phone numbers, list numbering); FindAll keeps them with the reason.
// Parse reads a single number expression. All spans are byte offsets into
// the text.
//
// The package reads one language profile (lang.Numbers) passed by the
// caller; it keeps no word lists of its own beyond punctuation, does no
// I/O and must not import other extractors.
package quantity
