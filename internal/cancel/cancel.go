// Package cancel lets the long loops of the extractors notice a cancelled
// context cheaply: a Poll looks at the context once every Every calls of
// Stop, so a loop can ask at every token or sentence without paying for a
// context look-up each time. It does no I/O and knows nothing of text.
package cancel

import "context"

// Every is how many calls of Stop pass between two looks at the context.
// A look costs a few nanoseconds; an extractor's loop step costs tens to
// hundreds, so a cancelled run stops within microseconds of work.
const Every = 64

// Poll watches one context for one goroutine. A nil *Poll never stops:
// the extractors' entry points without a context pass nil.
type Poll struct {
	ctx context.Context
	n   int
	err error
}

// New returns a Poll of ctx, nil when ctx can never be cancelled.
func New(ctx context.Context) *Poll {
	if ctx == nil || ctx.Done() == nil {
		return nil
	}
	return &Poll{ctx: ctx}
}

// Stop reports whether the context is done; once it has said so, it says
// so at every later call. It looks at the context only once every Every
// calls.
func (p *Poll) Stop() bool {
	if p == nil {
		return false
	}
	if p.err != nil {
		return true
	}
	if p.n++; p.n < Every {
		return false
	}
	p.n = 0
	p.err = p.ctx.Err()
	return p.err != nil
}

// Now looks at the context at once (between stages) and reports whether
// it is done.
func (p *Poll) Now() bool {
	if p == nil {
		return false
	}
	if p.err == nil {
		p.err = p.ctx.Err()
	}
	return p.err != nil
}

// Err returns the context's error once Stop or Now has seen it done, nil
// before.
func (p *Poll) Err() error {
	if p == nil {
		return nil
	}
	return p.err
}
