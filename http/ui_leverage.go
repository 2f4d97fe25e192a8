package http

import (
	"context"
	nethttp "net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

// The leverage pages: GET /leverage?a=&b= and GET /leverage/{a}/{b},
// one pair's channels as bars and tables, every number linked to the rows,
// claims and assumptions it rests on, with a what-if form (GET, so that
// a result has its own address) whose result states its assumptions.

// leverageForm is the question a leverage page answers: the pair, the
// model's date and assumptions, and the what-if.
type leverageForm struct {
	A, B        string
	Year        int
	AsOf        time.Time
	AsOfText    string // as given, "" for today
	Headroom    float64
	ExportShare float64
	Channels    []hebel.Channel // what-if: channels to cut; none: every channel
	Enforce     bool
	Substitutes []string
	Run         bool // the what-if was asked for
}

// leveragePageParams are the query parameters of the leverage pages.
var leveragePageParams = []string{"a", "b", "year", "as_of", "headroom", "export_share", "channel", "enforce", "substitute", "run"}

// GET /leverage and GET /leverage/{a}/{b}
func (s *Server) leveragePage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	a, b := r.PathValue("a"), r.PathValue("b")
	if a == "" && b == "" {
		a, b = q.Get("a"), q.Get("b")
	} else if q.Has("a") || q.Has("b") {
		return hebel.Errorf(hebel.EINVALID, "the pair is in the path; give no a= or b=")
	}
	if a == "" && b == "" && len(q) == 0 {
		return s.renderPage(w, r, "leverage", "Leverage", &leverageView{Form: leverageForm{Headroom: leverage.DefaultHeadroom, ExportShare: leverage.DefaultExportShare}})
	}
	form, err := s.readLeverageForm(q, a, b)
	if err != nil {
		return err
	}
	v, err := s.leverageView(r.Context(), form)
	if err != nil {
		return err
	}
	return s.renderPage(w, r, "leverage", form.A+" over "+form.B+" – leverage", v)
}

// readLeverageForm checks the pair and every parameter.
func (s *Server) readLeverageForm(q url.Values, a, b string) (leverageForm, error) {
	var f leverageForm
	if err := checkParams(q, leveragePageParams...); err != nil {
		return f, err
	}
	var err error
	if f.A, f.B, err = s.pairCodes(a, b); err != nil {
		return f, err
	}
	if f.Year, err = yearParam(q.Get("year"), "year"); err != nil {
		return f, err
	}
	opts, err := leverageOptions(q, f.Year)
	if err != nil {
		return f, err
	}
	f.AsOf, f.AsOfText, f.Headroom, f.ExportShare = opts.AsOf, q.Get("as_of"), opts.Headroom, opts.ExportShare
	if f.Run, err = boolParam(q.Get("run"), "run"); err != nil {
		return f, err
	}
	if f.Enforce, err = boolParam(q.Get("enforce"), "enforce"); err != nil {
		return f, err
	}
	if f.Channels, err = channelParams(q["channel"]); err != nil {
		return f, err
	}
	f.Substitutes, err = s.substituteParam(q.Get("substitute"))
	return f, err
}

// channelParams reads the channels to cut.
func channelParams(vs []string) ([]hebel.Channel, error) {
	if len(vs) == 0 {
		return nil, nil
	}
	joined := strings.Join(vs, ",")
	if len(joined) > MaxQueryLength {
		return nil, hebel.Errorf(hebel.EINVALID, "channel: too many channels")
	}
	return leverage.ParseChannels(joined)
}

// substituteParam reads "A, B": the only states that may substitute.
func (s *Server) substituteParam(v string) ([]string, error) {
	var out []string
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' })
	if len(parts) > MaxSubstitutes {
		return nil, hebel.Errorf(hebel.EINVALID, "at most %d substitutes, not %d", MaxSubstitutes, len(parts))
	}
	for _, p := range parts {
		code, err := s.stateParam(p, "substitute")
		if err != nil {
			return nil, err
		}
		out = append(out, code)
	}
	return out, nil
}

// scenario is the what-if of the form: A stops its deliveries to B in
// the chosen channels.
func (f leverageForm) scenario() leverage.Scenario {
	sc := leverage.NewScenario()
	sc.Year, sc.Headroom, sc.ExportShare = f.Year, f.Headroom, f.ExportShare
	sc.Cuts = []leverage.Cut{{From: f.A, To: f.B, Channels: f.Channels}}
	sc.EnforceSanctions, sc.Substitutes = f.Enforce, f.Substitutes
	return sc
}

// leverageView runs the model (and the what-if, when asked) and builds
// the page.
func (s *Server) leverageView(ctx context.Context, f leverageForm) (*leverageView, error) {
	opts := leverage.DefaultOptions()
	opts.AsOf, opts.Headroom, opts.ExportShare = f.AsOf, f.Headroom, f.ExportShare
	p, err := s.analyzePair(ctx, f.A, f.B, f.Year, opts, nil)
	if err != nil {
		return nil, err
	}
	v := newLeverageView(f, p)
	if f.Run {
		o, err := s.runWhatIf(ctx, f.scenario(), f.AsOf)
		if err != nil {
			return nil, err
		}
		v.WhatIf = newWhatIfView(o)
	}
	return v, nil
}

// formNumber formats a form's number for an input's value.
func formNumber(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
