package main

import (
	"encoding/json"
	"io"
	"reflect"
)

// writeJSON prints v as indented JSON for scripts, with every nil slice and
// map printed as [] and {}: the README documents arrays, and a script
// should never have to tell null from an empty list. Nil pointers stay
// null (a figure left blank in the original has "value": null).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(emptyNotNull(reflect.ValueOf(v)).Interface())
}

var jsonMarshaler = reflect.TypeFor[json.Marshaler]()

// emptyNotNull returns a copy of v in which nil slices and maps, at any
// depth, are empty ones. Values that marshal themselves are left as they are.
func emptyNotNull(v reflect.Value) reflect.Value {
	if !v.IsValid() {
		return v
	}
	t := v.Type()
	if t.Implements(jsonMarshaler) && t.Kind() != reflect.Pointer && t.Kind() != reflect.Interface {
		return v
	}
	switch t.Kind() {
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 { // []byte is a base64 string
			return v
		}
		out := reflect.MakeSlice(t, v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(emptyNotNull(v.Index(i)))
		}
		return out
	case reflect.Array:
		out := reflect.New(t).Elem()
		for i := range v.Len() {
			out.Index(i).Set(emptyNotNull(v.Index(i)))
		}
		return out
	case reflect.Map:
		out := reflect.MakeMapWithSize(t, v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), emptyNotNull(it.Value()))
		}
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		out := reflect.New(t.Elem())
		out.Elem().Set(emptyNotNull(v.Elem()))
		return out
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(t).Elem()
		out.Set(emptyNotNull(v.Elem()))
		return out
	case reflect.Struct:
		out := reflect.New(t).Elem()
		out.Set(v) // unexported fields, which JSON ignores, come along as they are
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				out.Field(i).Set(emptyNotNull(v.Field(i)))
			}
		}
		return out
	}
	return v
}
