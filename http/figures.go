package http

import (
	nethttp "net/http"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/figure"
	"github.com/hebel-project/hebel/timeline"
)

// The figure routes: figures consolidated across the stored documents
// and an actor's timeline. Their JSON shapes are package figure's List and
// JSON and package timeline's Timeline (docs/FIGURES.md).

// measureNames are the values of ?measure=.
func measureNames() []string {
	out := make([]string, len(hebel.Measures))
	for i, m := range hebel.Measures {
		out[i] = string(m)
	}
	return out
}

// GET /api/figures?actor=&measure=&concept=&min_estimates=&limit=&offset=
func (s *Server) listFigures(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, "actor", "measure", "concept", "min_estimates", "limit", "offset"); err != nil {
		return err
	}
	var f hebel.EstimateFilter
	var err error
	if f.Actor, err = textParam(q.Get("actor"), "actor"); err != nil {
		return err
	}
	m, err := enumParam(q.Get("measure"), "measure", measureNames()...)
	if err != nil {
		return err
	}
	f.Measure = hebel.Measure(m)
	c, err := textParam(q.Get("concept"), "concept")
	if err != nil {
		return err
	}
	f.Concept = hebel.Concept(c)
	minEst, err := intParam(q.Get("min_estimates"), "min_estimates", 1, 0, MaxLimit)
	if err != nil {
		return err
	}
	limit, offset, err := pageParams(q)
	if err != nil {
		return err
	}
	if s.FigureStore == nil {
		return notImplemented("figures")
	}
	return s.answer(w, r, func() (any, error) {
		res, err := figure.Find(r.Context(), s.FigureStore, f)
		if err != nil {
			return nil, err
		}
		return figure.NewList(res, minEst, offset, limit), nil
	})
}

// GET /api/figures/{id}: one figure with every estimate. It consolidates
// every stored estimate to find the figure (an id is a hash of the key).
func (s *Server) showFigure(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	if err := s.checkFigureID(r); err != nil {
		return err
	}
	return s.answer(w, r, func() (any, error) {
		f, err := s.findFigure(r)
		if err != nil {
			return nil, err
		}
		return figure.ToJSON(f), nil
	})
}

// checkFigureID checks the path's {id} and that figures are served.
func (s *Server) checkFigureID(r *nethttp.Request) error {
	if id := r.PathValue("id"); !validFigureID(id) {
		return hebel.Errorf(hebel.EINVALID, "figure id %s is not fig- and 16 hex digits", quoteParam(id))
	}
	if s.FigureStore == nil {
		return notImplemented("figures")
	}
	return nil
}

// findFigure returns the figure the path's {id} names, from the figures
// of all stored documents.
func (s *Server) findFigure(r *nethttp.Request) (*hebel.Figure, error) {
	id := strings.ToLower(r.PathValue("id"))
	res, err := s.allFigures(r)
	if err != nil {
		return nil, err
	}
	for _, f := range res.Figures {
		if f.ID == id {
			return f, nil
		}
	}
	return nil, hebel.Errorf(hebel.ENOTFOUND, "no figure %s in the stored documents", quoteParam(id))
}

// allFigures returns every figure of the stored documents, consolidated
// once per data version when Server.WorldVersion is set (the figure
// routes look figures up by id, and each id would otherwise consolidate
// every stored estimate again).
func (s *Server) allFigures(r *nethttp.Request) (*figure.Result, error) {
	if s.WorldVersion == nil {
		return figure.Find(r.Context(), s.FigureStore, hebel.EstimateFilter{})
	}
	version, err := s.WorldVersion(r.Context())
	if err != nil {
		return nil, err
	}
	v, err := s.remember(version+" figures", func() (any, error) {
		return figure.Find(r.Context(), s.FigureStore, hebel.EstimateFilter{})
	})
	if err != nil {
		return nil, err
	}
	return v.(*figure.Result), nil
}

func validFigureID(id string) bool {
	hex := strings.TrimPrefix(id, "fig-")
	return len(hex) == 16 && hex != id && isHex(hex)
}

// GET /api/timeline/{actor}?limit=&offset=
func (s *Server) showTimeline(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, "limit", "offset"); err != nil {
		return err
	}
	actor, err := textParam(r.PathValue("actor"), "actor")
	if err != nil {
		return err
	}
	if actor == "" {
		return hebel.Errorf(hebel.EINVALID, "timeline needs an actor")
	}
	limit, offset, err := pageParams(q)
	if err != nil {
		return err
	}
	if s.FigureStore == nil || s.RecordStore == nil {
		return notImplemented("timelines")
	}
	return s.answer(w, r, func() (any, error) {
		items, err := timeline.Load(r.Context(), s.RecordStore, s.FigureStore, actor)
		if err != nil {
			return nil, err
		}
		return timeline.Page(actor, items, offset, limit), nil
	})
}
