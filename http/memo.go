package http

import (
	"container/list"
	"sync"
)

// DefaultMemoSize is how many model answers a Server keeps.
const DefaultMemoSize = 256

// memo keeps the latest answers of the leverage model by the canonical
// form of their question, which starts with the world's data version (so
// answers are asked anew when data or stored articles change).
// Concurrent askers of the same question wait for one computation.
// Errors are not kept.
type memo struct {
	mu    sync.Mutex
	max   int
	m     map[string]*list.Element
	order *list.List // front: most recently used
}

type memoEntry struct {
	key  string
	done chan struct{}
	val  any
	err  error
}

func newMemo(max int) *memo {
	return &memo{max: max, m: map[string]*list.Element{}, order: list.New()}
}

// get returns the answer kept for key, or computes it with compute.
func (c *memo) get(key string, compute func() (any, error)) (any, error) {
	c.mu.Lock()
	if el, ok := c.m[key]; ok {
		c.order.MoveToFront(el)
		e := el.Value.(*memoEntry)
		c.mu.Unlock()
		<-e.done
		return e.val, e.err
	}
	e := &memoEntry{key: key, done: make(chan struct{})}
	c.m[key] = c.order.PushFront(e)
	for c.order.Len() > c.max {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.m, old.Value.(*memoEntry).key)
	}
	c.mu.Unlock()

	func() {
		defer func() {
			if v := recover(); v != nil {
				e.err = panicError(v)
			}
		}()
		e.val, e.err = compute()
	}()
	close(e.done)
	if e.err != nil {
		c.mu.Lock()
		if el, ok := c.m[key]; ok && el.Value.(*memoEntry) == e {
			c.order.Remove(el)
			delete(c.m, key)
		}
		c.mu.Unlock()
	}
	return e.val, e.err
}
