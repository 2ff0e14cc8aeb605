package live

import (
	"encoding"
	"encoding/json"
	"reflect"
	"sync"
)

// encodeMessage encodes the WebSocket protocol messages of gqlgen's
// transports, structs of Payload (json.RawMessage), ID and Type (strings),
// without encoding/json's reflection: on a busy server they are most of
// what is written, one per subscriber and change. The payloads are what
// gqlgen marshalled, so they are valid, compact JSON. Any other value, or a
// string that would need escaping, goes through encoding/json.
// TestGqlgenContract checks that every message gqlgen writes takes the fast
// path, spelled as encoding/json spells it.
func encodeMessage(v any) ([]byte, error) {
	if b, ok, err := encodeProtocolMessage(v); ok {
		return b, err
	}
	return json.Marshal(v)
}

// encodeProtocolMessage is encodeMessage's own encoding; ok is false when v
// is not a protocol message it spells (then encoding/json does).
func encodeProtocolMessage(v any) (b []byte, ok bool, err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return nil, false, nil
	}
	l := messageLayoutOf(rv.Type())
	if l == nil {
		return nil, false, nil
	}
	payload := rv.Field(l.payload).Bytes()
	id, typ := rv.Field(l.id).String(), rv.Field(l.typ).String()
	if l.text {
		text, err := rv.Field(l.typ).Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return nil, true, err
		}
		typ = string(text)
	}
	if !plainString(id) || !plainString(typ) {
		return nil, false, nil
	}
	b = make([]byte, 0, len(payload)+len(id)+len(typ)+32)
	b = append(b, '{')
	if len(payload) > 0 {
		b = append(b, `"payload":`...)
		b = append(b, payload...)
		b = append(b, ',')
	}
	if id != "" {
		b = append(b, `"id":"`...)
		b = append(b, id...)
		b = append(b, `",`...)
	}
	b = append(b, `"type":"`...)
	b = append(b, typ...)
	b = append(b, `"}`...)
	return b, true, nil
}

type messageLayout struct {
	payload, id, typ int
	text             bool // the type spells itself with MarshalText
}

var messageLayouts sync.Map // reflect.Type → *messageLayout, nil when it does not fit

// messageLayoutOf finds the fields of a protocol message: exactly three
// exported fields, tagged payload,omitempty (json.RawMessage), id,omitempty
// (string) and type (string).
func messageLayoutOf(t reflect.Type) *messageLayout {
	if l, ok := messageLayouts.Load(t); ok {
		return l.(*messageLayout)
	}
	l, found := &messageLayout{}, 0
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		switch tag := f.Tag.Get("json"); {
		case tag == "payload,omitempty" && f.Type == reflect.TypeFor[json.RawMessage]():
			l.payload = i
		case tag == "id,omitempty" && f.Type.Kind() == reflect.String:
			l.id = i
		case tag == "type" && f.Type.Kind() == reflect.String && !f.Type.Implements(reflect.TypeFor[json.Marshaler]()):
			l.typ = i
			l.text = f.Type.Implements(reflect.TypeFor[encoding.TextMarshaler]())
		default:
			found = -10
		}
		found++
	}
	if found != 3 {
		l = nil
	}
	messageLayouts.Store(t, l)
	return l
}

// plainString: JSON spells s as itself between quotes.
func plainString(s string) bool {
	for i := range len(s) {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}
