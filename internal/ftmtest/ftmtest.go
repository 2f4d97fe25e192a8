// Package ftmtest checks FollowTheMoney entities against the FtM schema
// as the @alephdata/followthemoney npm package (version 3.8.4, MIT
// licence, model/LICENSE) ships it in model/defaultModel.json: schema
// names, inherited properties, required properties, property types
// (countries, languages, dates, URLs, lengths) and entity references with
// their ranges. Only _test files import it.
package ftmtest

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"sync"
	"time"
	"unicode/utf8"
)

//go:embed model/defaultModel.json
var modelJSON []byte

// Entity is an FtM entity as exported.
type Entity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

type property struct {
	Name      string `json:"name"`
	Type      string `json:"type"`
	Range     string `json:"range"`
	Stub      bool   `json:"stub"`
	MaxLength int    `json:"maxLength"`
}

type schema struct {
	Extends    []string            `json:"extends"`
	Abstract   bool                `json:"abstract"`
	Required   []string            `json:"required"`
	Properties map[string]property `json:"properties"`
}

type propType struct {
	MaxLength int               `json:"maxLength"`
	Values    map[string]string `json:"values"`
}

// Model is the FtM schema.
type Model struct {
	Schemata map[string]schema   `json:"schemata"`
	Types    map[string]propType `json:"types"`
}

// Load returns the embedded model.
var Load = sync.OnceValues(func() (*Model, error) {
	var m Model
	if err := json.Unmarshal(modelJSON, &m); err != nil {
		return nil, fmt.Errorf("ftmtest: reading the model: %w", err)
	}
	return &m, nil
})

// property returns the property name of schema s or of an ancestor.
func (m *Model) property(s, name string) (property, bool) {
	sc, ok := m.Schemata[s]
	if !ok {
		return property{}, false
	}
	if p, ok := sc.Properties[name]; ok {
		return p, true
	}
	for _, parent := range sc.Extends {
		if p, ok := m.property(parent, name); ok {
			return p, true
		}
	}
	return property{}, false
}

// required returns the required properties of s and its ancestors.
func (m *Model) required(s string) []string {
	sc := m.Schemata[s]
	out := append([]string{}, sc.Required...)
	for _, parent := range sc.Extends {
		out = append(out, m.required(parent)...)
	}
	return out
}

// IsA reports whether schema s is want or descends from it.
func (m *Model) IsA(s, want string) bool {
	if s == want {
		return true
	}
	for _, parent := range m.Schemata[s].Extends {
		if m.IsA(parent, want) {
			return true
		}
	}
	return false
}

var (
	idRE   = regexp.MustCompile(`^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$`)
	dateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$`)
)

// Validate checks the entities, which must hold every entity their
// references name, and returns every violation.
func (m *Model) Validate(ents []Entity) []error {
	var errs []error
	bad := func(e Entity, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s (%s): %s", e.ID, e.Schema, fmt.Sprintf(format, args...)))
	}
	byID := map[string]string{}
	for _, e := range ents {
		if _, dup := byID[e.ID]; dup {
			bad(e, "duplicate id")
		}
		byID[e.ID] = e.Schema
	}
	for _, e := range ents {
		if !idRE.MatchString(e.ID) || len(e.ID) > 200 {
			bad(e, "id is not letters, digits, dots and dashes of at most 200 characters")
		}
		sc, ok := m.Schemata[e.Schema]
		if !ok {
			bad(e, "no such schema")
			continue
		}
		if sc.Abstract {
			bad(e, "abstract schema")
		}
		for _, r := range m.required(e.Schema) {
			if len(e.Properties[r]) == 0 {
				bad(e, "required property %s missing", r)
			}
		}
		for name, values := range e.Properties {
			p, ok := m.property(e.Schema, name)
			if !ok {
				bad(e, "no property %s", name)
				continue
			}
			if p.Stub {
				bad(e, "property %s is a reverse (stub) property", name)
			}
			for _, v := range values {
				if err := m.checkValue(p, v, byID); err != nil {
					bad(e, "%s: %v", name, err)
				}
			}
		}
	}
	return errs
}

// checkValue checks one value of property p.
func (m *Model) checkValue(p property, v string, byID map[string]string) error {
	if v == "" {
		return fmt.Errorf("empty value")
	}
	t := m.Types[p.Type]
	max := t.MaxLength
	if p.MaxLength > 0 {
		max = p.MaxLength
	}
	if max > 0 && utf8.RuneCountInString(v) > max {
		return fmt.Errorf("%d characters, over %d", utf8.RuneCountInString(v), max)
	}
	if len(t.Values) > 0 {
		if _, ok := t.Values[v]; !ok {
			return fmt.Errorf("%q is not a %s value", v, p.Type)
		}
	}
	switch p.Type {
	case "date":
		if !dateRE.MatchString(v) {
			return fmt.Errorf("date %q is not ISO 8601 with a prefix precision", v)
		}
		layouts := []string{"2006", "2006-01", "2006-01-02", "2006-01-02T15", "2006-01-02T15:04", "2006-01-02T15:04:05"}
		ok := false
		for _, l := range layouts {
			if len(l) == len(v) {
				_, err := time.Parse(l, v)
				ok = err == nil
			}
		}
		if !ok {
			return fmt.Errorf("date %q does not exist", v)
		}
	case "url":
		u, err := url.Parse(v)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("url %q", v)
		}
	case "entity":
		target, ok := byID[v]
		if !ok {
			return fmt.Errorf("reference to %s, which is not exported", v)
		}
		if p.Range != "" && !m.IsA(target, p.Range) {
			return fmt.Errorf("reference to a %s, range is %s", target, p.Range)
		}
	}
	if !utf8.ValidString(v) {
		return fmt.Errorf("not UTF-8")
	}
	return nil
}
