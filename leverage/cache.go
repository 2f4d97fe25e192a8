package leverage

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/hebel-project/hebel"
)

// Cache keeps the models of one world, one per as-of date and
// substitution assumptions, so that concurrent requests (and rankings)
// share a model instead of each building its own. A model's answers do
// not depend on the questions it answered before, so sharing changes no
// answer. When the data change (Version returns something new: datasets
// loaded, articles stored) the world is read again and the models are
// dropped. A Cache is safe for concurrent use.
type Cache struct {
	// Version returns a value that changes whenever the world Load would
	// return changes; it is called on every Model and should be cheap.
	// Nil: the world never changes.
	Version func(ctx context.Context) (string, error)
	// Load reads the world.
	Load func(ctx context.Context) (*hebel.World, error)
	// Options are the defaults each model starts from; Model's arguments
	// set the as-of date, headroom and export share.
	Options Options

	mu      sync.Mutex
	version string
	loaded  bool
	world   *hebel.World
	models  map[cacheKey]*cacheEntry
}

type cacheKey struct {
	asOf                  string
	headroom, exportShare float64
}

type cacheEntry struct {
	once  sync.Once
	model *Model
	err   error
}

// MaxCachedModels bounds the models a Cache keeps; beyond it the cache
// starts afresh (as-of dates are many, one model is about 100 MB at most).
const MaxCachedModels = 16

// Model returns the model of the current world under c.Options with the
// given as-of date (zero: all data), headroom and export share, building
// it on first use; concurrent callers asking for the same model wait for
// one build.
func (c *Cache) Model(ctx context.Context, asOf time.Time, headroom, exportShare float64) (*Model, error) {
	if c.Load == nil {
		return nil, hebel.Errorf(hebel.EINTERNAL, "leverage: cache without a world")
	}
	v := ""
	if c.Version != nil {
		var err error
		if v, err = c.Version(ctx); err != nil {
			return nil, fmt.Errorf("checking the world's version: %w", err)
		}
	}
	c.mu.Lock()
	if !c.loaded || v != c.version {
		c.mu.Unlock()
		w, err := c.Load(ctx)
		if err != nil {
			return nil, err
		}
		c.mu.Lock()
		c.world, c.version, c.loaded = w, v, true
		c.models = map[cacheKey]*cacheEntry{}
	}
	k := cacheKey{headroom: headroom, exportShare: exportShare}
	if !asOf.IsZero() {
		k.asOf = asOf.Format("2006-01-02")
	}
	if len(c.models) >= MaxCachedModels {
		c.models = map[cacheKey]*cacheEntry{}
	}
	e := c.models[k]
	if e == nil {
		e = &cacheEntry{}
		c.models[k] = e
	}
	w := c.world
	c.mu.Unlock()
	e.once.Do(func() {
		opts := c.Options
		if opts.Units == nil {
			opts = DefaultOptions()
		}
		opts.AsOf, opts.Headroom, opts.ExportShare = asOf, headroom, exportShare
		e.model, e.err = New(w, opts)
	})
	return e.model, e.err
}

// World returns the world of the models last built (nil before the
// first Model).
func (c *Cache) World() *hebel.World {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.world
}
