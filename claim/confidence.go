package claim

import "github.com/hebel-project/hebel"

// Confidence returns how firmly and how attributably the text states c's
// number, in (0, 1]: the product of three factors.
//
//   - The hedge: an exact number 1; "about" 0.9; a bound ("at least",
//     "more than", "up to", "fewer than") or a range 0.8; a vague count
//     ("Tausende", "dozens": approx with a plausible band) 0.5.
//   - The claimant: named and linked to an actor 1; named, not linked
//     ("westliche Geheimdienste") 0.9; none named (the document's own
//     voice) 0.7.
//   - The typing: measure and concept known 1; one of them 0.9; neither
//     0.75, since a number of unknown meaning can be matched with no
//     other.
//
// It says nothing about whether the claim is true; package figure weighs
// a figure's independent claimants for that.
func Confidence(c *hebel.Claim) float64 {
	q := c.Quantity
	h := 1.0
	switch q.Qualifier {
	case hebel.Approx:
		h = 0.9
		if q.Low != nil && q.High != nil {
			h = 0.5 // a vague count with its plausible band
		}
	case hebel.AtLeast, hebel.MoreThan, hebel.AtMost, hebel.LessThan, hebel.Range:
		h = 0.8
	}
	a := 0.7
	if s := c.Source; s != nil {
		a = 0.9
		if s.EntityID != "" {
			a = 1
		}
	}
	t := 0.75
	switch {
	case c.Measure != "" && c.Concept != "":
		t = 1
	case c.Measure != "" || c.Concept != "":
		t = 0.9
	}
	return round3(h * a * t)
}

// round3 rounds to three decimals, so that records print short numbers.
func round3(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}
