package http

import (
	"context"
	"encoding/json"
	"fmt"
	nethttp "net/http"
	"net/url"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
	"github.com/hebel-project/hebel/report"
)

// Bounds of the leverage routes.
const (
	MaxCuts        = 20  // ?cut= of one what-if
	MaxSubstitutes = 50  // states of ?substitute=
	DefaultRank    = 20  // states ranked when ?limit= is absent
	MaxRank        = 300 // the largest ?limit= of a ranking
)

// stateParam checks a state code: three letters, any case, known to
// StateName when it is set. It returns the code in upper case.
func (s *Server) stateParam(v, name string) (string, error) {
	code := strings.ToUpper(v)
	if len(code) != 3 || !isUpperASCII(code) {
		return "", hebel.Errorf(hebel.EINVALID, "%s must be an ISO 3166-1 alpha-3 state code such as CHN, not %s", name, quoteParam(v))
	}
	if s.StateName != nil {
		if _, ok := s.StateName(code); !ok {
			return "", hebel.Errorf(hebel.EINVALID, "%s: unknown state code %s (ISO 3166-1 alpha-3, such as CHN or PRK)", name, quoteParam(v))
		}
	}
	return code, nil
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// pairParams reads the path's {a} and {b}.
func (s *Server) pairParams(r *nethttp.Request) (a, b string, err error) {
	return s.pairCodes(r.PathValue("a"), r.PathValue("b"))
}

// pairCodes checks the state codes of a pair: known, and different.
func (s *Server) pairCodes(va, vb string) (a, b string, err error) {
	if a, err = s.stateParam(va, "a"); err != nil {
		return "", "", err
	}
	if b, err = s.stateParam(vb, "b"); err != nil {
		return "", "", err
	}
	if a == b {
		return "", "", hebel.Errorf(hebel.EINVALID, "leverage needs two different states, got %s twice", a)
	}
	return a, b, nil
}

// asOfParam reads ?as_of= (YYYY-MM-DD, YYYY-MM or YYYY; the end of a
// month or year); without it, the end of ?year= when that is set, else
// def.
func asOfParam(q url.Values, year int, def time.Time) (time.Time, error) {
	v := q.Get("as_of")
	switch {
	case v != "" && year != 0:
		return time.Time{}, hebel.Errorf(hebel.EINVALID, "give as_of or year, not both")
	case v != "":
		if len(v) > 10 {
			return time.Time{}, hebel.Errorf(hebel.EINVALID, "as_of must be a date YYYY-MM-DD, not %s", quoteParam(v))
		}
		t, err := leverage.ParseAsOf(v)
		if err == nil && (t.Year() < MinYear || t.Year() > MaxYear) {
			err = hebel.Errorf(hebel.EINVALID, "as_of must be a date from %d to %d, not %s", MinYear, MaxYear, quoteParam(v))
		}
		return t, err
	case year != 0:
		return time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC), nil
	}
	return def, nil
}

// today is the default as-of date of the leverage routes: the model is
// asked about the present (the clock dates no text).
func today() time.Time {
	now := time.Now().UTC()
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
}

// leverageOptions reads ?headroom=, ?export_share= and ?as_of= (with
// ?year=) into model options.
func leverageOptions(q url.Values, year int) (leverage.Options, error) {
	opts := leverage.DefaultOptions()
	var err error
	if opts.AsOf, err = asOfParam(q, year, today()); err != nil {
		return opts, err
	}
	if opts.Headroom, err = floatParam(q.Get("headroom"), "headroom", leverage.DefaultHeadroom, 0, MaxHeadroom); err != nil {
		return opts, err
	}
	if opts.ExportShare, err = floatParam(q.Get("export_share"), "export_share", leverage.DefaultExportShare, 0, 1); err != nil {
		return opts, err
	}
	return opts, nil
}

// leverage answers GET /api/leverage/{a}/{b}?year=&headroom= with the
// same JSON as 'hebel leverage A B --format json': A's leverage over B per
// channel, with sources.
func (s *Server) leverage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	var key string
	p, err := s.analyzeKey(r, &key)
	if err != nil {
		return err
	}
	// The encoded answer is kept too: a large pair is hundreds of
	// kilobytes of JSON, and encoding it for every request would cost more
	// than the model's answer read from memory.
	body, err := s.remember(key+" json", func() (any, error) { return encodeAnswer(p) })
	if err != nil {
		return err
	}
	s.writeEncoded(w, body.([]byte))
	return nil
}

// analyzeKey reads the pair and the parameters of r, runs the model (or
// answers from memory) and sets *keyOut to the question's memo key.
func (s *Server) analyzeKey(r *nethttp.Request, keyOut *string) (*leverage.Pair, error) {
	q := r.URL.Query()
	if err := checkParams(q, "year", "as_of", "headroom", "export_share"); err != nil {
		return nil, err
	}
	a, b, err := s.pairParams(r)
	if err != nil {
		return nil, err
	}
	year, err := yearParam(q.Get("year"), "year")
	if err != nil {
		return nil, err
	}
	opts, err := leverageOptions(q, year)
	if err != nil {
		return nil, err
	}
	return s.analyzePair(r.Context(), a, b, year, opts, keyOut)
}

// analyzePair runs the model on the pair (or answers from memory) and,
// when keyOut is not nil, sets *keyOut to the question's memo key.
func (s *Server) analyzePair(ctx context.Context, a, b string, year int, opts leverage.Options, keyOut *string) (*leverage.Pair, error) {
	model, version, err := s.leverageModel(ctx, opts)
	if err != nil {
		return nil, err
	}
	key := fmt.Sprintf("%s pair %s %s %d %s %g %g", version, a, b, year, opts.AsOf.Format("2006-01-02"), opts.Headroom, opts.ExportShare)
	if keyOut != nil {
		*keyOut = key
	}
	v, err := s.remember(key, func() (any, error) {
		return model.Analyze(a, b, year)
	})
	if err != nil {
		return nil, err
	}
	return v.(*leverage.Pair), nil
}

// remember returns the model's answer to the question key, computing it
// with compute only the first time (see memo).
func (s *Server) remember(key string, compute func() (any, error)) (any, error) {
	s.init()
	return s.memo.get(key, compute)
}

// Ranking answers GET /api/rank/{a}: every state ranked by A's leverage
// over it, as 'hebel leverage --from A --rank --format json'.
func (s *Server) rank(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, "year", "as_of", "limit", "headroom", "export_share"); err != nil {
		return err
	}
	a, err := s.stateParam(r.PathValue("a"), "a")
	if err != nil {
		return err
	}
	year, err := yearParam(q.Get("year"), "year")
	if err != nil {
		return err
	}
	limit, err := intParam(q.Get("limit"), "limit", DefaultRank, 1, MaxRank)
	if err != nil {
		return err
	}
	opts, err := leverageOptions(q, year)
	if err != nil {
		return err
	}
	model, version, err := s.leverageModel(r.Context(), opts)
	if err != nil {
		return err
	}
	key := fmt.Sprintf("%s rank %s %d %s %d %g %g", version, a, year, opts.AsOf.Format("2006-01-02"), limit, opts.Headroom, opts.ExportShare)
	rk, err := s.remember(key, func() (any, error) {
		return model.Rank(a, year, limit)
	})
	if err != nil {
		return err
	}
	return s.writeJSON(w, nethttp.StatusOK, rk)
}

// whatIf answers GET /api/whatif?cut=A:B[:CHANNELS]&…: the outcome of the
// scenario, as 'hebel whatif --format json'.
func (s *Server) whatIf(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	sc, err := s.scenarioParams(q, true)
	if err != nil {
		return err
	}
	asOf, err := asOfParam(q, sc.Year, today())
	if err != nil {
		return err
	}
	o, err := s.runWhatIf(r.Context(), sc, asOf)
	if err != nil {
		return err
	}
	return s.writeJSON(w, nethttp.StatusOK, o)
}

// runWhatIf runs a scenario on the shared model as of a date, or answers
// from memory.
func (s *Server) runWhatIf(ctx context.Context, sc leverage.Scenario, asOf time.Time) (*leverage.Outcome, error) {
	key, err := json.Marshal(sc)
	if err != nil {
		return nil, err
	}
	opts := leverage.DefaultOptions()
	opts.AsOf = asOf
	model, version, err := s.leverageModel(ctx, opts)
	if err != nil {
		return nil, err
	}
	v, err := s.remember(version+" whatif "+asOf.Format("2006-01-02")+" "+string(key), func() (any, error) {
		return model.WhatIf(sc)
	})
	if err != nil {
		return nil, err
	}
	return v.(*leverage.Outcome), nil
}

// scenarioParams reads a what-if: ?cut= (repeated, A:B[:CHANNELS]),
// ?substitute=A,B, ?enforce=1, ?headroom=, ?export_share=, ?year=. With
// needCut, a scenario without a cut is EINVALID.
func (s *Server) scenarioParams(q url.Values, needCut bool) (leverage.Scenario, error) {
	sc := leverage.NewScenario()
	if err := checkParams(q, "cut", "substitute", "enforce", "headroom", "export_share", "year", "as_of"); err != nil {
		return sc, err
	}
	cuts := q["cut"]
	if len(cuts) == 0 && needCut {
		return sc, hebel.Errorf(hebel.EINVALID, "a what-if needs at least one cut=A:B[:CHANNELS], e.g. cut=CHN:PRK:oil,food")
	}
	if len(cuts) > MaxCuts {
		return sc, hebel.Errorf(hebel.EINVALID, "at most %d cuts, not %d", MaxCuts, len(cuts))
	}
	for _, c := range cuts {
		cut, err := s.parseCut(c)
		if err != nil {
			return sc, err
		}
		sc.Cuts = append(sc.Cuts, cut)
	}
	if v := q.Get("substitute"); v != "" {
		parts := strings.Split(v, ",")
		if len(parts) > MaxSubstitutes {
			return sc, hebel.Errorf(hebel.EINVALID, "at most %d substitutes, not %d", MaxSubstitutes, len(parts))
		}
		for _, p := range parts {
			if p = strings.TrimSpace(p); p == "" {
				continue
			}
			code, err := s.stateParam(p, "substitute")
			if err != nil {
				return sc, err
			}
			sc.Substitutes = append(sc.Substitutes, code)
		}
	}
	var err error
	if sc.EnforceSanctions, err = boolParam(q.Get("enforce"), "enforce"); err != nil {
		return sc, err
	}
	if sc.Headroom, err = floatParam(q.Get("headroom"), "headroom", leverage.DefaultHeadroom, 0, MaxHeadroom); err != nil {
		return sc, err
	}
	if sc.ExportShare, err = floatParam(q.Get("export_share"), "export_share", leverage.DefaultExportShare, 0, 1); err != nil {
		return sc, err
	}
	if sc.Year, err = yearParam(q.Get("year"), "year"); err != nil {
		return sc, err
	}
	return sc, nil
}

// parseCut reads "CHN:PRK" or "CHN:PRK:oil,food".
func (s *Server) parseCut(v string) (leverage.Cut, error) {
	parts := strings.SplitN(v, ":", 3)
	if len(parts) < 2 {
		return leverage.Cut{}, hebel.Errorf(hebel.EINVALID, "cut %s: want A:B[:CHANNELS], e.g. CHN:PRK:oil,food", quoteParam(v))
	}
	from, err := s.stateParam(parts[0], "cut")
	if err != nil {
		return leverage.Cut{}, err
	}
	to, err := s.stateParam(parts[1], "cut")
	if err != nil {
		return leverage.Cut{}, err
	}
	if from == to {
		return leverage.Cut{}, hebel.Errorf(hebel.EINVALID, "cut %s: A and B must differ", quoteParam(v))
	}
	c := leverage.Cut{From: from, To: to}
	if len(parts) == 3 {
		if len(parts[2]) > MaxQueryLength {
			return leverage.Cut{}, hebel.Errorf(hebel.EINVALID, "cut %s: channel list too long", quoteParam(v))
		}
		if c.Channels, err = leverage.ParseChannels(parts[2]); err != nil {
			return leverage.Cut{}, err
		}
	}
	return c, nil
}

// docReport answers GET /api/docs/{id}/report: the report of a stored
// article, as 'hebel report --format json' gives it.
func (s *Server) docReport(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, "headroom", "as_of"); err != nil {
		return err
	}
	ropts := report.DefaultOptions()
	var err error
	if ropts.Headroom, err = floatParam(q.Get("headroom"), "headroom", leverage.DefaultHeadroom, 0, MaxHeadroom); err != nil {
		return err
	}
	rec, err := s.findRecord(r)
	if err != nil {
		return err
	}
	opts := leverage.DefaultOptions()
	if opts.AsOf, err = asOfParam(q, 0, report.ArticleAsOf(&rec.Document)); err != nil {
		return err
	}
	model, version, err := s.leverageModel(r.Context(), opts)
	if err != nil {
		return err
	}
	rep, err := s.remember(fmt.Sprintf("%s report %s %s %g", version, rec.Document.ID, opts.AsOf.Format("2006-01-02"), ropts.Headroom), func() (any, error) {
		return report.Build(rec, model, ropts)
	})
	if err != nil {
		return err
	}
	return s.writeJSON(w, nethttp.StatusOK, rep)
}

// leverageModel returns the shared model of the current world under opts
// (as-of date, headroom, export share), built once per data version and
// as-of date (leverage.Cache), and the data version, which keys the
// answers kept in memory: when datasets are loaded or articles stored,
// both are made anew. A model's answers do not depend on the questions
// it answered before, so one model serves every request.
func (s *Server) leverageModel(ctx context.Context, opts leverage.Options) (*leverage.Model, string, error) {
	s.init()
	if s.World == nil {
		return nil, "", notConfigured("world")
	}
	version := ""
	if s.WorldVersion != nil {
		var err error
		if version, err = s.WorldVersion(ctx); err != nil {
			return nil, "", err
		}
	}
	m, err := s.models.Model(ctx, opts.AsOf, opts.Headroom, opts.ExportShare)
	return m, version, err
}
