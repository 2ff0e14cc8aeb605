package indexer

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// written forgets every changed row: a dirty set it left would be written
// again under the next block's number near the head, recording the wrong
// block in the undo log.
func TestWrittenForgetsEveryChange(t *testing.T) {
	s := newState()
	v := reflect.ValueOf(s).Elem()
	field := func(i int) reflect.Value { // settable, though unexported
		f := v.Field(i)
		return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
	}
	for i := range v.NumField() {
		f, name := field(i), v.Type().Field(i).Name
		if !strings.HasPrefix(name, "dirty") {
			continue
		}
		switch f.Kind() {
		case reflect.Map:
			f.SetMapIndex(reflect.Zero(f.Type().Key()), reflect.ValueOf(true))
		case reflect.Bool:
			f.SetBool(true)
		default:
			t.Fatalf("%s: a %s, neither a set nor a flag", name, f.Kind())
		}
	}
	s.written()
	for i := range v.NumField() {
		f, name := field(i), v.Type().Field(i).Name
		if strings.HasPrefix(name, "dirty") && !f.IsZero() && !(f.Kind() == reflect.Map && f.Len() == 0) {
			t.Errorf("%s still holds changes after written", name)
		}
	}
}
