package hebel

import (
	"errors"
	"fmt"
)

// Error codes. They are few on purpose: each maps to one HTTP status and one
// exit code in the layer that talks to people.
const (
	EINVALID     = "invalid"     // the input is malformed or breaks a rule
	ENOTFOUND    = "not_found"   // the thing asked for does not exist
	ECONFLICT    = "conflict"    // the thing exists already
	EUNSUPPORTED = "unsupported" // valid input Hebel cannot handle (language, format)
	EINTERNAL    = "internal"    // a bug or an infrastructure failure
)

// Error is Hebel's one error type. Code says what kind of failure it is,
// Op what was being done, Message a sentence for people, Err the cause.
type Error struct {
	Code    string
	Op      string
	Message string
	Err     error
}

// Error implements the error interface: "op: message: cause".
func (e *Error) Error() string {
	var s string
	if e.Op != "" {
		s = e.Op + ": "
	}
	switch {
	case e.Message != "" && e.Err != nil:
		s += e.Message + ": " + e.Err.Error()
	case e.Message != "":
		s += e.Message
	case e.Err != nil:
		s += e.Err.Error()
	default:
		s += e.Code
	}
	return s
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != "" {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the human message of the first *Error in err's
// chain, or err.Error() for other errors.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return err.Error()
}
