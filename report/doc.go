// Package report writes analyst's notes from the leverage model: one
// pair's leverage by channel, a ranking, a what-if, deliveries against a
// cap, and the main job, the report on one article (Build): the state
// pairs the article discusses, the model's answer for the main pair with
// figures and sources, a what-if of cutting the supplies the article
// names, and the attributed statements the article itself carries.
//
// It composes values (a hebel.Record, a leverage.Model) and writes text
// or returns values for JSON; it does no I/O except the io.Writer it is
// given, reads no files, flags or environment, and keeps nothing about
// any particular article: which pair, which channels and which statements
// come from the record alone.
package report
