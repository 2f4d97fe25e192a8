package http_test

// The OpenAPI document is written from the Go description below: the
// routes with their parameters and statuses by hand (read from the
// handlers and params.go), the response schemas by reflection on the Go
// types each handler encodes, so that a field added to a type cannot be
// missing from the document. TestOpenAPIGenerated checks that the
// embedded openapi.json is what this description gives;
//
//	go test ./http -run TestOpenAPIGenerated -update
//
// rewrites it.

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/export"
	"github.com/hebel-project/hebel/figure"
	hhttp "github.com/hebel-project/hebel/http"
	"github.com/hebel-project/hebel/leverage"
	"github.com/hebel-project/hebel/record"
	"github.com/hebel-project/hebel/report"
	"github.com/hebel-project/hebel/timeline"
)

var update = flag.Bool("update", false, "rewrite http/openapi.json from the Go description")

type obj = map[string]any

// schemaGen turns Go types into JSON Schemas (draft 2020-12, as OpenAPI
// 3.1 has it) as encoding/json writes them: a named struct becomes a
// component, a pointer may be null, omitempty fields are optional.
type schemaGen struct {
	components obj
}

// strictPackages are the packages whose slices and maps are never nil
// when encoded (they encode as [] and {}, never null): this package's
// answers and the public record (record.FromRecord makes every slice).
var strictPackages = map[string]bool{"http": true, "record": true}

// strictFields are fields of other packages that are never nil.
var strictFields = map[string]bool{
	"figure.List.Figures":     true,
	"timeline.Timeline.Items": true,
}

var timeType = reflect.TypeOf(time.Time{})

func componentName(t reflect.Type) string {
	pkg := t.PkgPath()
	base := pkg[strings.LastIndex(pkg, "/")+1:]
	if pkg == "github.com/hebel-project/hebel" {
		base = "hebel"
	}
	return base + "." + t.Name()
}

func nullable(s obj) obj {
	if ref, ok := s["$ref"]; ok {
		return obj{"anyOf": []any{obj{"$ref": ref}, obj{"type": "null"}}}
	}
	out := obj{}
	for k, v := range s {
		out[k] = v
	}
	switch t := s["type"].(type) {
	case string:
		out["type"] = []any{t, "null"}
	case nil:
		return s // any value
	}
	return out
}

// schema returns the schema of t; strict says whether a slice or map of
// this place is never nil.
func (g *schemaGen) schema(t reflect.Type, strict bool) obj {
	if t == timeType {
		return obj{"type": "string", "format": "date-time"}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return nullable(g.schema(t.Elem(), strict))
	case reflect.Interface:
		return obj{}
	case reflect.String:
		return obj{"type": "string"}
	case reflect.Bool:
		return obj{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return obj{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return obj{"type": "number"}
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			panic("openapi: []byte field in " + t.String())
		}
		s := obj{"type": "array", "items": g.schema(t.Elem(), strict)}
		if t.Kind() == reflect.Slice && !strict {
			s = nullable(s)
		}
		return s
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			panic("openapi: map key " + t.Key().String())
		}
		s := obj{"type": "object", "additionalProperties": g.schema(t.Elem(), strict)}
		if !strict {
			s = nullable(s)
		}
		return s
	case reflect.Struct:
		name := componentName(t)
		if _, ok := g.components[name]; !ok {
			g.components[name] = nil // a placeholder against recursion
			g.components[name] = g.structSchema(t)
		}
		return obj{"$ref": "#/components/schemas/" + name}
	}
	panic("openapi: no schema for " + t.String())
}

func (g *schemaGen) structSchema(t reflect.Type) obj {
	props := obj{}
	var required []string
	g.fields(t, props, &required)
	sort.Strings(required)
	s := obj{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}

func (g *schemaGen) fields(t reflect.Type, props obj, required *[]string) {
	pkg := t.PkgPath()
	pkg = pkg[strings.LastIndex(pkg, "/")+1:]
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			g.fields(ft, props, required)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if strings.Contains(opts, "string") {
			panic("openapi: ,string option on " + t.String() + "." + f.Name)
		}
		if name == "" {
			name = f.Name
		}
		strict := strictPackages[pkg] || strictFields[componentName(t)+"."+f.Name]
		props[name] = g.schema(f.Type, strict)
		if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
			*required = append(*required, name)
		}
	}
}

// param is one parameter of a route.
type param struct {
	name, in, desc string
	schema         obj
	required       bool
	reserved       bool // the value may hold :/?,… unescaped
}

func (p param) json() obj {
	o := obj{"name": p.name, "in": p.in, "description": p.desc, "schema": p.schema}
	if p.required || p.in == "path" {
		o["required"] = true
	}
	if p.schema["type"] == "array" {
		o["style"], o["explode"] = "form", true
	}
	if p.reserved {
		o["allowReserved"] = true
	}
	return o
}

// operation describes one route.
type operation struct {
	method, path, id, summary, desc string
	params                          []param
	ok                              any // a Go value whose type is the 200 answer; nil: see responses
	responses                       obj // further or other responses by status
	errors                          []int
	body                            obj
}

// Query parameters shared by several routes.
var (
	datePattern = `^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`
	textSchema  = obj{"type": "string", "maxLength": hhttp.MaxQueryLength}

	pLang   = param{name: "lang", in: "query", desc: "ISO 639-1 language of the documents, such as de or en.", schema: obj{"type": "string", "pattern": "^[a-z]{2}$"}}
	pActor  = param{name: "actor", in: "query", desc: "Actor id (such as country:CHN): only documents naming this actor.", schema: textSchema}
	pType   = param{name: "type", in: "query", desc: "Relation type (such as sanction or alliance): only documents stating a relation of this type.", schema: relationTypeSchema()}
	pFrom   = param{name: "from", in: "query", desc: "Earliest publication date: YYYY, YYYY-MM or YYYY-MM-DD (the period's first day), years 1800 to 2100. Undated documents are left out when from or to is given.", schema: obj{"type": "string", "pattern": datePattern}}
	pTo     = param{name: "to", in: "query", desc: "Latest publication date: YYYY, YYYY-MM or YYYY-MM-DD (the whole period is included), years 1800 to 2100; not before from.", schema: obj{"type": "string", "pattern": datePattern}}
	pOffset = param{name: "offset", in: "query", desc: "Items to skip.", schema: obj{"type": "integer", "minimum": 0, "maximum": hhttp.MaxOffset, "default": 0}}
	pLimit  = limitParam(hhttp.DefaultLimit, hhttp.MaxLimit)

	pYear        = param{name: "year", in: "query", desc: "Answer as of the end of this year (31 December), with the data of that year; not together with as_of. Default: today, each channel at its latest year with data.", schema: obj{"type": "integer", "minimum": hhttp.MinYear, "maximum": hhttp.MaxYear}}
	pAsOf        = param{name: "as_of", in: "query", desc: "Answer as of this date: YYYY-MM-DD, YYYY-MM (the month's last day) or YYYY (31 December), years 1800 to 2100; not together with year.", schema: obj{"type": "string", "pattern": datePattern}}
	pHeadroom    = param{name: "headroom", in: "query", desc: "How many times its present deliveries a substitute supplier can add.", schema: obj{"type": "number", "minimum": 0, "maximum": hhttp.MaxHeadroom, "default": leverage.DefaultHeadroom}}
	pExportShare = param{name: "export_share", in: "query", desc: "Share of a supplier's exports that can be redirected to the state cut off.", schema: obj{"type": "number", "minimum": 0, "maximum": 1, "default": leverage.DefaultExportShare}}

	flagSchema = obj{"type": "string", "enum": []any{"0", "1", "false", "true", "off", "on"}}
	stateCode  = obj{"type": "string", "pattern": "^[A-Za-z]{3}$"}
)

func limitParam(def, max int) param {
	return param{name: "limit", in: "query", desc: "Items to list.", schema: obj{"type": "integer", "minimum": 1, "maximum": max, "default": def}}
}

var docFilter = []param{pLang, pActor, pType, pFrom, pTo}

func with(ps []param, more ...param) []param {
	return append(append([]param{}, ps...), more...)
}

// operations is the Go description of every API route.
func operations() []operation {
	docID := param{name: "id", in: "path", desc: "Document id (sha256: and 64 hex digits) or a unique prefix of at least 8 hex digits, with or without sha256:.",
		schema: obj{"type": "string", "pattern": "^(sha256:)?[0-9A-Fa-f]{8,64}$"}}
	return []operation{
		{method: "GET", path: "/healthz", id: "health", summary: "Liveness check",
			ok: map[string]string{}, errors: []int{400}},
		{method: "GET", path: "/api/openapi.json", id: "openapi", summary: "This document",
			responses: obj{"200": obj{"description": "The OpenAPI 3.1 document of the API.",
				"content": obj{"application/json": obj{"schema": obj{"type": "object", "required": []any{"openapi", "info", "paths"}}}}}},
			errors: []int{400}},
		{method: "GET", path: "/api/docs", id: "listDocuments", summary: "Stored documents, newest first",
			desc:   "One page of the stored documents, newest first (by ingestion), with the number matching the filter. Filters other than lang need a store with search (501 otherwise).",
			params: with(docFilter, pLimit, pOffset), ok: hhttp.DocumentList{}, errors: []int{400, 501}},
		{method: "GET", path: "/api/docs/{id}", id: "getDocument", summary: "A stored record",
			desc:   "The public record of a stored document (spec/extraction-format.md): its text, entities, claims, quotes, relations and problems, with rune offsets.",
			params: []param{docID}, ok: record.Record{}, errors: []int{400, 404, 409}},
		{method: "GET", path: "/api/docs/{id}/report", id: "getDocumentReport", summary: "The leverage report of a stored article",
			desc: "What 'hebel report --format json' gives: the state pairs the article names, the leverage between the main pair as of the article's date, its statements and figures with their sources.",
			params: []param{docID,
				{name: "as_of", in: "query", desc: "Answer as of this date (YYYY-MM-DD, YYYY-MM or YYYY, years 1800 to 2100) instead of the article's publication date.", schema: obj{"type": "string", "pattern": datePattern}},
				pHeadroom},
			ok: report.Report{}, errors: []int{400, 404, 409}},
		{method: "GET", path: "/api/records", id: "listRecords", summary: "Whole records, newest first",
			desc:   "One page of whole public records, filtered as /api/docs.",
			params: with(docFilter, limitParam(hhttp.DefaultRecsLimit, hhttp.MaxRecordsLimit), pOffset), ok: hhttp.RecordList{}, errors: []int{400, 501}},
		{method: "POST", path: "/api/extract", id: "extract", summary: "Extract a posted document",
			desc: "Reads the body as one document (text/plain or text/html; no Content-Type, application/octet-stream or application/x-www-form-urlencoded: detected) and answers its record. " +
				"With store=1 the record is also stored (a write: the server must allow writes, and take the token when it has one); 201 when it was new, with its Location.",
			params: []param{
				{name: "store", in: "query", desc: "1: also store the record.", schema: flagSchema},
				{name: "source", in: "query", reserved: true, desc: "Where the document comes from (a URL is kept as the page URL). Default: api.", schema: textSchema},
			},
			body: obj{"required": true, "description": "The document, at most the server's body limit (20 MiB by default).", "content": obj{
				"text/plain":                        obj{"schema": obj{"type": "string"}},
				"text/html":                         obj{"schema": obj{"type": "string"}},
				"application/xhtml+xml":             obj{"schema": obj{"type": "string"}},
				"application/octet-stream":          obj{"schema": obj{"type": "string"}},
				"application/x-www-form-urlencoded": obj{"schema": obj{"type": "string"}},
			}},
			ok: record.Record{},
			responses: obj{"201": obj{"description": "The record, stored for the first time.",
				"headers": obj{"Location": obj{"description": "The stored document.", "schema": obj{"type": "string"}}},
				"content": obj{"application/json": obj{"schema": obj{"$ref": "#/components/schemas/record.Record"}}}}},
			errors: []int{400, 401, 403, 413, 415}},
		{method: "GET", path: "/api/search", id: "search", summary: "Full-text search with facets",
			desc: "Documents matching the query and filters, best first when q is given (else newest first), with snippets and facets counted over all matches.",
			params: with([]param{
				{name: "q", in: "query", desc: "Words to find (all of them); \"a phrase\" in quotes. Empty: every document matching the filters.", schema: textSchema},
				{name: "stem", in: "query", desc: "1: also match other forms of the words (stemming by the document's language; PostgreSQL only, 415 on SQLite).", schema: flagSchema},
			}, pActor, pLang, pType, pFrom, pTo, pLimit, pOffset),
			ok: hhttp.SearchAnswer{}, errors: []int{400, 415, 501}},
		{method: "GET", path: "/api/actors", id: "listActors", summary: "Actors across the stored documents",
			desc: "Actors by the number of documents naming them.",
			params: []param{
				{name: "q", in: "query", desc: "Part of the actor's name.", schema: textSchema},
				{name: "type", in: "query", desc: "Actor type.", schema: obj{"type": "string", "enum": []any{"country", "organisation", "person", "place", "group"}}},
				pLimit, pOffset},
			ok: hhttp.ActorList{}, errors: []int{400, 501}},
		{method: "GET", path: "/api/actors/{id}", id: "getActor", summary: "One actor",
			desc:   fmt.Sprintf("The actor, the latest documents naming it, its quotes and claims from the latest %d of them, and up to %d of its relations.", hhttp.MaxActorDocs, hhttp.MaxActorRelations),
			params: []param{{name: "id", in: "path", desc: "Actor id, such as country:CHN.", schema: obj{"type": "string", "minLength": 1, "maxLength": hhttp.MaxQueryLength}}},
			ok:     hhttp.ActorDetail{}, errors: []int{400, 404, 501}},
		{method: "GET", path: "/api/relations", id: "listRelations", summary: "Relations stated in the stored documents",
			params: relationParams(pLimit, pOffset), ok: hhttp.RelationList{}, errors: []int{400, 501}},
		{method: "GET", path: "/api/graph", id: "graph", summary: "The graph of actors and relations",
			desc: fmt.Sprintf("Relations (at most %d read) aggregated per (from, to, type) as edges between the actors of highest degree.", hhttp.MaxGraphRelations),
			params: relationParams(param{name: "max_nodes", in: "query", desc: "Actors kept, those of highest degree.",
				schema: obj{"type": "integer", "minimum": 1, "maximum": hhttp.MaxGraphNodes, "default": hhttp.DefaultGraphNodes}}),
			ok: hhttp.Graph{}, errors: []int{400, 501}},
		{method: "GET", path: "/api/leverage/{a}/{b}", id: "leverage", summary: "A's leverage over B",
			desc: "What 'hebel leverage A B --format json' prints: A's leverage over B per channel, with sources.",
			params: []param{
				{name: "a", in: "path", desc: "ISO 3166-1 alpha-3 code of the state holding leverage (any case).", schema: stateCode},
				{name: "b", in: "path", desc: "ISO 3166-1 alpha-3 code of the state depending on A; not A.", schema: stateCode},
				pYear, pAsOf, pHeadroom, pExportShare},
			ok: leverage.Pair{}, errors: []int{400, 404}},
		{method: "GET", path: "/api/rank/{a}", id: "rank", summary: "States ranked by A's leverage over them",
			desc: "What 'hebel leverage --from A --rank --format json' prints.",
			params: []param{
				{name: "a", in: "path", desc: "ISO 3166-1 alpha-3 code of the state holding leverage (any case).", schema: stateCode},
				pYear, pAsOf, limitParam(hhttp.DefaultRank, hhttp.MaxRank), pHeadroom, pExportShare},
			ok: leverage.Ranking{}, errors: []int{400, 404}},
		{method: "GET", path: "/api/whatif", id: "whatIf", summary: "A what-if scenario",
			desc: "What 'hebel whatif --format json' prints: the outcome of cutting deliveries.",
			params: []param{
				{name: "cut", in: "query", required: true, reserved: true, desc: "A:B or A:B:CHANNELS (comma-separated, such as oil,food): A stops delivering to B. Repeatable.",
					schema: obj{"type": "array", "minItems": 1, "maxItems": hhttp.MaxCuts, "items": obj{"type": "string", "pattern": "^[A-Za-z]{3}:[A-Za-z]{3}(:.+)?$"}}},
				{name: "substitute", in: "query", reserved: true, desc: fmt.Sprintf("Comma-separated state codes (at most %d) that may step in as suppliers.", hhttp.MaxSubstitutes), schema: textSchema},
				{name: "enforce", in: "query", desc: "1: sanctions in force are enforced.", schema: flagSchema},
				pHeadroom, pExportShare, pYear, pAsOf},
			ok: leverage.Outcome{}, errors: []int{400, 404}},
		{method: "GET", path: "/api/export/{format}", id: "export", summary: "The stored records in an export format",
			desc: "What 'hebel export' writes, streamed as an attachment: csv (a zip of every table, or one table with table=), jsonl, graphml, gexf or ftm (FollowTheMoney entities, JSON lines).",
			params: []param{
				{name: "format", in: "path", desc: "Export format.", schema: obj{"type": "string", "enum": anys(export.Formats)}},
				pLang,
				{name: "table", in: "query", desc: "With format csv: only this table, as one CSV file.", schema: obj{"type": "string", "enum": anys(export.Tables)}},
			},
			responses: obj{"200": obj{"description": "The export, as an attachment (Content-Disposition).",
				"headers": obj{"Content-Disposition": obj{"schema": obj{"type": "string"}}},
				"content": obj{
					"application/jsonl":       obj{}, // JSON lines: one JSON value a line
					"application/graphml+xml": obj{"schema": obj{"type": "string"}},
					"application/gexf+xml":    obj{"schema": obj{"type": "string"}},
					"text/csv":                obj{"schema": obj{"type": "string"}},
					"application/zip":         obj{"schema": obj{"type": "string", "contentMediaType": "application/zip"}},
				}}},
			errors: []int{400}},
		{method: "GET", path: "/api/figures", id: "listFigures", summary: "Figures consolidated across the stored documents",
			desc: "Typed figures (docs/FIGURES.md): the estimates of one quantity of one actor by every source.",
			params: []param{
				{name: "actor", in: "query", desc: "Only figures of this actor id.", schema: textSchema},
				{name: "measure", in: "query", desc: "Only figures of this measure.", schema: obj{"type": "string", "enum": anys(measureNames())}},
				{name: "concept", in: "query", desc: "Only figures of this concept.", schema: textSchema},
				{name: "min_estimates", in: "query", desc: "Only figures with at least this many estimates.", schema: obj{"type": "integer", "minimum": 0, "maximum": hhttp.MaxLimit, "default": 1}},
				pLimit, pOffset},
			ok: figure.List{}, errors: []int{400, 501}},
		{method: "GET", path: "/api/figures/{id}", id: "getFigure", summary: "One figure with every estimate",
			params: []param{{name: "id", in: "path", desc: "Figure id: fig- and 16 hex digits.", schema: obj{"type": "string", "pattern": "^fig-[0-9A-Fa-f]{16}$"}}},
			ok:     figure.JSON{}, errors: []int{400, 404, 501}},
		{method: "GET", path: "/api/timeline/{actor}", id: "timeline", summary: "An actor's timeline",
			desc: "The actor's dated events and figures across the stored documents, oldest first, undated items last.",
			params: []param{
				{name: "actor", in: "path", desc: "Actor id, such as country:CHN.", schema: obj{"type": "string", "minLength": 1, "maxLength": hhttp.MaxQueryLength}},
				pLimit, pOffset},
			ok: timeline.Timeline{}, errors: []int{400, 501}},
	}
}

func relationParams(more ...param) []param {
	return with([]param{
		{name: "type", in: "query", desc: "Relation type, such as sanction or alliance.", schema: relationTypeSchema()},
		{name: "actor", in: "query", desc: "Actor id: relations with this actor on either side.", schema: textSchema},
		pFrom, pTo}, more...)
}

// relationTypeSchema enumerates hebel.RelationTypes.
func relationTypeSchema() obj {
	var ts []any
	for _, t := range hebel.RelationTypes() {
		ts = append(ts, string(t))
	}
	return obj{"type": "string", "enum": ts}
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func measureNames() []string {
	out := make([]string, len(hebel.Measures))
	for i, m := range hebel.Measures {
		out[i] = string(m)
	}
	return out
}

// errorText says when each error status is answered.
var errorText = map[int]string{
	400: "A parameter is missing, unknown or out of bounds; the message names it.",
	401: "The server takes a token for writes, and the request did not carry it (Authorization: Bearer TOKEN).",
	403: "Writes are disabled on this server, or a cross-origin write from a web page was refused.",
	404: "Nothing is stored under this id, or the data know nothing of this state.",
	409: "The id prefix names more than one document.",
	413: "The body is over the server's limit.",
	415: "The Content-Type (or its charset) is not read, or the body is binary; for search: the database cannot do what was asked (stemming needs PostgreSQL).",
	421: "The Host header names neither an IP address, localhost nor a host the server was started with (DNS rebinding guard).",
	500: "An internal error (logged by the server, not shown), or a dependency the server was not given.",
	501: "The database in use does not offer this (no search, actors or figures).",
}

// openAPIDocument builds the document.
func openAPIDocument() obj {
	g := &schemaGen{components: obj{}}
	g.components["Error"] = obj{"type": "object", "required": []any{"error"}, "additionalProperties": false,
		"properties": obj{"error": obj{"type": "string", "description": "What went wrong, for a person to read."}}}
	responses := obj{}
	for st, text := range errorText {
		responses[fmt.Sprint(st)] = obj{"description": text,
			"content": obj{"application/json": obj{"schema": obj{"$ref": "#/components/schemas/Error"}}}}
	}
	responses["405"] = obj{"description": "The path exists, but not with this method; Allow lists the methods it takes.",
		"headers": obj{"Allow": obj{"schema": obj{"type": "string"}}},
		"content": obj{"application/json": obj{"schema": obj{"$ref": "#/components/schemas/Error"}}}}
	paths := obj{}
	for _, op := range operations() {
		o := obj{"operationId": op.id, "summary": op.summary}
		if op.desc != "" {
			o["description"] = op.desc
		}
		var ps []any
		for _, p := range op.params {
			ps = append(ps, p.json())
		}
		if len(ps) > 0 {
			o["parameters"] = ps
		}
		if op.body != nil {
			o["requestBody"] = op.body
		}
		rs := obj{}
		if op.ok != nil {
			rs["200"] = obj{"description": "OK", "content": obj{"application/json": obj{"schema": g.schema(reflect.TypeOf(op.ok), true)}}}
		}
		for k, v := range op.responses {
			rs[k] = v
		}
		for _, st := range append(op.errors, 421, 500) {
			rs[fmt.Sprint(st)] = obj{"$ref": fmt.Sprintf("#/components/responses/%d", st)}
		}
		o["responses"] = rs
		item, _ := paths[op.path].(obj)
		if item == nil {
			item = obj{}
			paths[op.path] = item
		}
		item[strings.ToLower(op.method)] = o
	}
	// Unused error responses would be dead weight.
	used := map[string]bool{"405": true}
	for _, item := range paths {
		for _, o := range item.(obj) {
			for k := range o.(obj)["responses"].(obj) {
				used[k] = true
			}
		}
	}
	for k := range responses {
		if !used[k] {
			delete(responses, k)
		}
	}
	return obj{
		"openapi": "3.1.0",
		"info": obj{
			"title":   "Hebel API",
			"version": "1",
			"description": "The JSON API of 'hebel serve': stored documents and their records, full-text search, actors, relations, figures, " +
				"extraction, leverage, rank, what-if, report and exports. Every error is JSON, {\"error\": \"message\"}, with the statuses each operation lists; " +
				"an unknown path answers 404 and a known path with another method 405 (components/responses/405), both with the same body. " +
				"Unknown query parameters are refused (400) rather than ignored. Offsets in records are rune offsets.",
		},
		"jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
		"paths":             paths,
		"components":        obj{"schemas": g.components, "responses": responses},
	}
}

// encodeDocument encodes the document as the file holds it.
func encodeDocument(doc obj) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// TestOpenAPIGenerated checks that openapi.json is what the Go
// description gives (run with -update to rewrite it).
func TestOpenAPIGenerated(t *testing.T) {
	want := encodeDocument(openAPIDocument())
	if *update {
		if err := os.WriteFile("openapi.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("openapi.json differs from the Go description in openapi_gen_test.go: run go test ./http -run TestOpenAPIGenerated -update and review the diff")
	}
}
