package hebel

// Problem codes recorded on a document.
const (
	ProblemUnsupportedLanguage = "unsupported_language"
	ProblemNoText              = "no_text"
	ProblemEncoding            = "encoding"
	ProblemTruncated           = "truncated"
	ProblemSkippedItem         = "skipped_item"  // a feed item or crawl record left out, with the reason
	ProblemBadField            = "bad_field"     // an unreadable date or link; the item is kept without it
	ProblemBadDate             = "bad_date"      // an impossible date (31 February) in metadata or text; left out
	ProblemFutureDate          = "future_date"   // a date after the one it must precede (published after crawled, a past event after publication)
	ProblemDateConflict        = "date_conflict" // two sources give different publication dates; the higher-ranked one is kept
	ProblemOverBudget          = "over_budget"   // the input went past a budget (HTML structure, field size, time, memory); the message says what was cut or stopped
)

// Problem is something about one document that went wrong without
// stopping the work: an unsupported language, undecodable bytes, a
// truncated page. Problems travel with the record.
type Problem struct {
	Code      string
	Message   string
	Span      *Span // where in the text, when it is about a place
	Extractor string
}
