package hebel

// QuoteKind says how a statement is rendered.
type QuoteKind string

// Quote kinds of the public record.
const (
	Direct   QuoteKind = "direct"
	Indirect QuoteKind = "indirect"
	Mixed    QuoteKind = "mixed"
)

// Attachment says how a text attaches a source to what it says: the
// construction the attribution analyser (package quote) read. Claims
// and quotes share it, since claims take their sources from the same
// frames.
type Attachment string

// Attachments of the public record.
const (
	// AttachSubject: the cue verb's subject before the content ("X
	// sagte, dass …", "X said …", "X counted 120 attacks").
	AttachSubject Attachment = "subject"
	// AttachAfter: the speaker after the content ("…, sagte X", "…, so
	// X", "…," X said).
	AttachAfter Attachment = "after"
	// AttachFrame: a source frame ("laut X", "X zufolge", "according to
	// X", "(nach Angaben der Behörden)").
	AttachFrame Attachment = "frame"
	// AttachClause: a clause of its own frames the statement ("Wie X
	// mitteilte, …", "As X announced, …", "als X von … sprach", "X, der
	// … bezifferte").
	AttachClause Attachment = "clause"
	// AttachAgent: the agent of a passive cue or of evidence ("was
	// confirmed by X", "von X wurde erklärt", "figures published by X
	// show").
	AttachAgent Attachment = "agent"
	// AttachObject: the object of a verb of quoting ("quoted X as
	// saying", "zitierte X mit den Worten").
	AttachObject Attachment = "object"
	// AttachNext: the next sentence points back ("Dies bestätigte X.",
	// "This was confirmed by X.").
	AttachNext Attachment = "next"
	// AttachHeadline: a name and a colon ("X: …", an interview answer).
	AttachHeadline Attachment = "headline"
	// AttachCarried: carried over from an earlier statement (Konjunktiv
	// that continues it, "demnach", "hieß es", a quotation right after
	// it, a cue that shares its subject: "…, adding that …").
	AttachCarried Attachment = "carried"
)

// Quote is who says what.
type Quote struct {
	Span                // the whole statement including its frame
	Content   Span      // the quoted or reported content
	Kind      QuoteKind //
	Cue       string    // "sagt", "so", "said" …
	Speaker   *Source   // nil when unknown
	Extractor string

	// Confidence is how firmly the text attributes the statement, in
	// (0, 1]: how the speaker is attached, whether it is named and
	// linked, and whether the words are quoted (quote.Confidence
	// documents the rule). 0 when not computed.
	Confidence float64

	// SourceOnly marks a source frame around a statement that is no quote,
	// such as a bare figure ("Mindestens 100 … gefallen, so der NIS"):
	// claims take their source from it, but it is left out of
	// Record.Quotes.
	SourceOnly bool
}
