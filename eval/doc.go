// Package eval scores Hebel's extractors against gold data written by others: language id, HTML main text, numbers, gold readings, NER, quotes.
// It reads data and returns figures; it prints nothing and never changes a store.
package eval
