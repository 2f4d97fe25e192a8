// Package leverage models who depends on whom between states, how much
// leverage that gives, and what happens when a lever is pulled. It reads a
// hebel.World (flows, ties and indicators from datasets and from sourced
// news claims) and returns figures that each carry the IDs of the dataset
// rows, claims and assumptions they were computed from. It is the one
// package that imports gonum.
//
// It does no I/O and loads nothing: callers pass a World (package dataset
// builds one) and read the results. It never mixes units: flows are
// grouped by unit dimension (US$, tonnes, barrels, persons …); scales of
// one dimension are converted (US$ thousand into US$ million), different
// dimensions are never added (SumFlows fails on them).
//
// # The model
//
// For an ordered pair, A over B, a year and a channel c (trade, refined
// petroleum, crude oil, food, fertilizer, arms, security …), with x_k the
// deliveries of supplier k to B in c:
//
//	T  = B's imports in c: Σ_k x_k, or B's reported total imports when an
//	     indicator gives a larger figure in the same unit dimension
//	d  = x_A / T                          import share (B's dependence on A)
//	m  = T / B's supply in c when known, else 1 (assumed)   import reliance
//	D  = d × m                            dependence
//	HHI = Σ_k (x_k / T)²                  B's supplier concentration
//	cap_k = h × x_k + e × (X_k − x_k)     capacity of substitute k ≠ A, where
//	     h is the headroom (default 1: k can at most double its deliveries
//	     to B), X_k k's exports in c to everyone, e the export share a
//	     substitute could divert from other buyers (default 0.1, in the
//	     goods channels of Options.Divertible)
//	C  = Σ_k cap_k                         substitute capacity
//	S  = C / (C + x_A)                     substitutability (1 when x_A = 0)
//	L_c = (D × HHI × (1 − S))^(1/3)        channel leverage, in [0, 1]
//	k  = x_A / A's exports in c            A's counter-dependence on B
//
// L_c is the geometric mean of the three criteria of the EU's 2021
// strategic-dependency screen (import share, concentration, lack of
// substitutes): it is 0 when any of them is 0, like the screen's rule that
// all three must hold, and 1 only when B takes everything from A alone and
// nobody can step in. The pair score follows FBIC's bandwidth × dependence:
//
//	L = (1 − k_trade) × Σ_c ω_c L_c / Σ_c ω_c
//
// averaged over every channel in which B has data and A's figure is
// known (the bandwidth: a channel where the data say A delivers nothing
// counts as 0; one where A's figure is unknown is left out and named),
// weights ω_c default 1, discounted by A's counter-dependence in total
// trade. Every component is kept in the output, with the coverage of each
// channel (partners with figures, what the data lack, figures carried
// forward from earlier years).
//
// # Time and absence
//
// A model answers as of a date (Options.AsOf): nothing dated later is used
// and each channel uses B's latest year on or before it, at most
// Options.MaxLag years back, flagged stale after Options.StaleAfter years.
// Missing is unknown, never zero: a supplier without a row counts 0 only
// in a complete dataset that lists the importer's partners (and not where
// the dataset has a known gap); otherwise its latest figure is carried
// forward, named with its year, or it is unknown. Mirror-data artefacts
// (a flow booked to the wrong one of two states with similar names) are
// set aside as outliers (outlier.go). Security is a channel
// too: B's defence allies (Options.AllianceKinds) weighted by their power
// indicator (COW CINC; counted when one ally lacks it), and troops
// stationed (persons) as a separate unit. Sanctions are a channel when a
// regime is in force against B on the day asked (UN designations from
// their listing day until a later list lacks them; GSDB, TIES and news
// ties by year): L = 1 − (1 − e)(1 − p), e A's share of B's imports in
// what the regimes restrict, p A's Shapley–Shubik power in the Security
// Council over a UN regime (sanctions.go).
//
// # Sources and news
//
// Every Figure lists source IDs; Model.Source resolves an ID to a dataset
// row (hebel.Provenance), a news claim (claim ID and claimant) or an
// assumption (its text, e.g. the headroom). Results carry the sources
// they use. A flow from a claim (ClaimID set or Provenance.Dataset
// "news") is an input only where no dataset reports that flow (a 2024
// delivery after the datasets end); otherwise it is listed as evidence
// beside the dataset figure. Several datasets reporting one flow: the one
// earliest in Options.Prefer wins, rows of one dataset are summed.
//
// # What-if
//
// WhatIf cuts A's deliveries to B in some channels (and with
// EnforceSanctions withholds what exceeds a known cap or a sanctioned
// channel) and reports per channel B's shortfall before substitution
// (Lost), what the allowed substitutes can replace (min(Lost, C)) and the
// shortfall after, absolute and as a share of B's imports, with the
// cutters' own lost exports and the third states that trade most with B.
package leverage
