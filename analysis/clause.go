package analysis

// Clause is a stretch of one sentence between clause punctuation: the
// tokens after a FlagBoundary token (comma, semicolon, colon, dash, lone
// hyphen, parenthesis, ellipsis or quotation mark) or the sentence start,
// up to the next such token or the sentence end. The punctuation belongs
// to no clause. It is a shallow, punctuation-only notion of a clause: "Er
// sagte, dass …" is two clauses, "Er sagte dass …" one; an apposition or a
// parenthesis is a clause of its own. Before and After say what separates
// a clause from its neighbours, so a reader can tell an apposition
// (commas), an inserted clause (dashes, parentheses) and a quotation
// (marks) apart.
type Clause struct {
	Range        // its tokens, never empty
	Sentence int // the sentence it is part of
	// Before is the boundary token right before the clause, -1 when the
	// clause opens its sentence; After the one right after it, -1 when
	// the clause ends its sentence.
	Before, After int
	// Quoted says every token of the clause lies inside an outermost
	// quotation pair.
	Quoted bool
}

// clauses splits every sentence into clauses and sets FlagClauseStart.
func (d *Doc) clauses() {
	d.clauseOf = make([]int32, len(d.Tokens))
	for s := range d.Sentences {
		r := d.Sentence(s)
		start, before := r.Start, -1
		for i := r.Start; i <= r.End; i++ {
			if i < r.End && d.Flags[i]&FlagBoundary == 0 {
				continue
			}
			if i > start {
				after := i
				if i == r.End {
					after = -1
				}
				d.addClause(Range{start, i}, s, before, after)
			}
			if i < r.End {
				d.clauseOf[i] = -1
			}
			start, before = i+1, i
		}
	}
}

// addClause records one clause.
func (d *Doc) addClause(r Range, sent, before, after int) {
	quoted := true
	for i := r.Start; i < r.End; i++ {
		d.clauseOf[i] = int32(len(d.Clauses))
		quoted = quoted && d.Flags[i]&FlagQuoted != 0
	}
	d.Flags[r.Start] |= FlagClauseStart
	d.Clauses = append(d.Clauses, Clause{Range: r, Sentence: sent, Before: before, After: after, Quoted: quoted})
}

// ClauseOf returns the clause of token i, -1 for clause punctuation.
func (d *Doc) ClauseOf(i int) int { return int(d.clauseOf[i]) }
