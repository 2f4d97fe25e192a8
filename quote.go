package hebel

// QuoteKind says how a statement is rendered.
type QuoteKind string

// Quote kinds of the public record.
const (
	Direct   QuoteKind = "direct"
	Indirect QuoteKind = "indirect"
	Mixed    QuoteKind = "mixed"
)

// Quote is who says what.
type Quote struct {
	Span                // the whole statement including its frame
	Content   Span      // the quoted or reported content
	Kind      QuoteKind //
	Cue       string    // "sagt", "so", "said" …
	Speaker   *Source   // nil when unknown
	Extractor string

	// SourceOnly marks a source frame around a statement that is no quote,
	// such as a bare figure ("Mindestens 100 … gefallen, so der NIS"):
	// claims take their source from it, but it is left out of
	// Record.Quotes.
	SourceOnly bool
}
