package http

import (
	"encoding/json"
	"fmt"
	nethttp "net/http"
	"net/url"
	"strings"

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
	if a, err = s.stateParam(r.PathValue("a"), "a"); err != nil {
		return "", "", err
	}
	if b, err = s.stateParam(r.PathValue("b"), "b"); err != nil {
		return "", "", err
	}
	if a == b {
		return "", "", hebel.Errorf(hebel.EINVALID, "leverage needs two different states, got %s twice", a)
	}
	return a, b, nil
}

// leverageOptions reads ?headroom= and ?export_share= into model options.
func leverageOptions(q url.Values) (leverage.Options, error) {
	opts := leverage.DefaultOptions()
	var err error
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
	p, err := s.analyze(r)
	if err != nil {
		return err
	}
	return s.writeJSON(w, nethttp.StatusOK, p)
}

// analyze reads the pair and the parameters of r and runs the model.
func (s *Server) analyze(r *nethttp.Request) (*leverage.Pair, error) {
	q := r.URL.Query()
	if err := checkParams(q, "year", "headroom", "export_share"); err != nil {
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
	opts, err := leverageOptions(q)
	if err != nil {
		return nil, err
	}
	key := fmt.Sprintf("pair %s %s %d %g %g", a, b, year, opts.Headroom, opts.ExportShare)
	v, err := s.remember(key, func() (any, error) {
		model, err := s.leverageModel(opts)
		if err != nil {
			return nil, err
		}
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
	if err := checkParams(q, "year", "limit", "headroom", "export_share"); err != nil {
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
	opts, err := leverageOptions(q)
	if err != nil {
		return err
	}
	key := fmt.Sprintf("rank %s %d %d %g %g", a, year, limit, opts.Headroom, opts.ExportShare)
	rk, err := s.remember(key, func() (any, error) {
		model, err := s.leverageModel(opts)
		if err != nil {
			return nil, err
		}
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
	sc, err := s.scenarioParams(r.URL.Query(), true)
	if err != nil {
		return err
	}
	o, err := s.runWhatIf(sc)
	if err != nil {
		return err
	}
	return s.writeJSON(w, nethttp.StatusOK, o)
}

// runWhatIf runs a scenario on a fresh model, or answers from memory.
func (s *Server) runWhatIf(sc leverage.Scenario) (*leverage.Outcome, error) {
	key, err := json.Marshal(sc)
	if err != nil {
		return nil, err
	}
	v, err := s.remember("whatif "+string(key), func() (any, error) {
		model, err := s.leverageModel(leverage.DefaultOptions())
		if err != nil {
			return nil, err
		}
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
	if err := checkParams(q, "cut", "substitute", "enforce", "headroom", "export_share", "year"); err != nil {
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
	if err := checkParams(q, "headroom"); err != nil {
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
	rep, err := s.remember(fmt.Sprintf("report %s %g", rec.Document.ID, ropts.Headroom), func() (any, error) {
		model, err := s.leverageModel(leverage.DefaultOptions())
		if err != nil {
			return nil, err
		}
		return report.Build(rec, model, ropts)
	})
	if err != nil {
		return err
	}
	return s.writeJSON(w, nethttp.StatusOK, rep)
}

// leverageModel builds the model of the current world, as the command
// line does for each run. A model is not kept between requests: its
// source ids for assumptions depend on the questions it answered before,
// and the same request must give the same answer.
func (s *Server) leverageModel(opts leverage.Options) (*leverage.Model, error) {
	if s.World == nil {
		return nil, notConfigured("world")
	}
	w, err := s.World()
	if err != nil {
		return nil, err
	}
	return leverage.New(w, opts)
}
