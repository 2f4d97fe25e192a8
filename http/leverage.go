package http

import (
	"math"
	nethttp "net/http"
	"strconv"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

// leverage answers GET /api/leverage/{a}/{b}?year=&headroom= with the
// same JSON as 'hebel leverage A B --format json': A's leverage over B per
// channel, with sources. Codes are ISO 3166-1 alpha-3, any case.
func (s *Server) leverage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	year, err := intParam(q.Get("year"), "year", 0, 0, -1)
	if err != nil {
		return err
	}
	headroom := leverage.DefaultHeadroom
	if v := q.Get("headroom"); v != "" {
		h, err := strconv.ParseFloat(v, 64)
		if err != nil || h < 0 || math.IsInf(h, 0) || math.IsNaN(h) {
			return hebel.Errorf(hebel.EINVALID, "headroom must be a number ≥ 0, not %q", v)
		}
		headroom = h
	}
	model, err := s.leverageModel(headroom)
	if err != nil {
		return err
	}
	p, err := model.Analyze(strings.ToUpper(r.PathValue("a")), strings.ToUpper(r.PathValue("b")), year)
	if err != nil {
		return err
	}
	return s.writeJSON(w, nethttp.StatusOK, p)
}

// leverageModel builds the model of the current world, as the command
// line does for each run. A model is not kept between requests: its
// source ids for assumptions depend on the questions it answered before,
// and the same request must give the same answer. Building costs about
// 0.2 s on the bundled world.
func (s *Server) leverageModel(headroom float64) (*leverage.Model, error) {
	if s.World == nil {
		return nil, notConfigured("world")
	}
	w, err := s.World()
	if err != nil {
		return nil, err
	}
	opts := leverage.DefaultOptions()
	opts.Headroom = headroom
	return leverage.New(w, opts)
}
