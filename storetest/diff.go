package storetest

import (
	"fmt"
	"reflect"
	"time"

	"github.com/hebel-project/hebel"
)

// Diff describes the first section in which two records differ, "" when
// they are equal. Empty and nil slices and maps count as equal (the
// public record, which stores keep, writes both as [] or {}); times are
// compared with Equal. Stores are compared with it against Normalize of
// what they were given.
func Diff(got, want *hebel.Record) string {
	g, w := canonical(reflect.ValueOf(got)), canonical(reflect.ValueOf(want))
	if reflect.DeepEqual(g, w) {
		return ""
	}
	gr, wr := g.(*hebel.Record), w.(*hebel.Record)
	sections := []struct {
		name      string
		got, want any
	}{
		{"hebel version", gr.HebelVersion, wr.HebelVersion},
		{"document", gr.Document, wr.Document},
		{"sentences", gr.Sentences, wr.Sentences},
		{"entities", gr.Entities, wr.Entities},
		{"claims", gr.Claims, wr.Claims},
		{"quotes", gr.Quotes, wr.Quotes},
		{"relations", gr.Relations, wr.Relations},
		{"problems", gr.Problems, wr.Problems},
	}
	for _, s := range sections {
		if !reflect.DeepEqual(s.got, s.want) {
			return fmt.Sprintf("%s differ:\ngot  %s\nwant %s", s.name, show(s.got), show(s.want))
		}
	}
	return "records differ"
}

// canonical returns a deep copy of v with empty slices and maps made nil
// and times in UTC without monotonic reading, as an interface value of
// v's type.
func canonical(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	return canon(v).Interface()
}

var timeType = reflect.TypeOf(time.Time{})

func canon(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type().Elem())
		out.Elem().Set(canon(v.Elem()))
		return out
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(canon(v.Elem()))
		return out
	case reflect.Slice:
		if v.Len() == 0 {
			return reflect.Zero(v.Type())
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(canon(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.Len() == 0 {
			return reflect.Zero(v.Type())
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			out.SetMapIndex(iter.Key(), canon(iter.Value()))
		}
		return out
	case reflect.Struct:
		if v.Type() == timeType {
			t := v.Interface().(time.Time)
			if t.IsZero() {
				return reflect.Zero(timeType)
			}
			return reflect.ValueOf(t.UTC().Round(0))
		}
		out := reflect.New(v.Type()).Elem()
		for i := 0; i < v.NumField(); i++ {
			if out.Field(i).CanSet() {
				out.Field(i).Set(canon(v.Field(i)))
			}
		}
		return out
	}
	return v
}
