package leverage

// YearFigure is one year's value of an indicator.
type YearFigure struct {
	Year  int    `json:"year"`
	Value Figure `json:"value"`
}

// IndicatorFigures returns every row of indicator name for country,
// oldest first, each with its source: for example the shares of a state's
// total trade that a dataset reports per partner.
func (m *Model) IndicatorFigures(country, name string) []YearFigure {
	rows := m.ind[ikey{country, name}]
	out := make([]YearFigure, 0, len(rows))
	for _, r := range rows {
		out = append(out, YearFigure{Year: r.year, Value: Figure{Value: r.value, Unit: r.unit, Sources: []int{r.ref}}})
	}
	return out
}
