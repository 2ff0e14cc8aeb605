package live

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
)

type kind string

func (k kind) MarshalText() ([]byte, error) { return []byte("k-" + string(k)), nil }

// encodeMessage writes exactly what encoding/json would, for protocol
// messages and for anything else.
func TestEncodeMessageAsEncodingJSON(t *testing.T) {
	type plain struct {
		Payload json.RawMessage `json:"payload,omitempty"`
		ID      string          `json:"id,omitempty"`
		Type    string          `json:"type"`
		hidden  bool
	}
	type text struct {
		Payload json.RawMessage `json:"payload,omitempty"`
		ID      string          `json:"id,omitempty"`
		Type    kind            `json:"type"`
	}
	type other struct {
		Payload json.RawMessage `json:"payload,omitempty"`
		ID      string          `json:"id,omitempty"`
		Type    string          `json:"type"`
		Extra   int             `json:"extra"`
	}
	for _, v := range []any{
		&plain{Payload: json.RawMessage(`{"data":{"a":1}}`), ID: "7", Type: "next"},
		&plain{Type: "ping"},
		plain{ID: "x", Type: "complete", hidden: true},
		&plain{ID: `needs "escaping" <here>`, Type: "next", Payload: json.RawMessage(`[]`)},
		&plain{ID: "é", Type: "next"},
		&text{ID: "1", Type: "data", Payload: json.RawMessage(`null`)},
		&other{ID: "1", Type: "next", Extra: 3},
		map[string]string{"type": "connection_ack"},
		"a string",
	} {
		want, err := json.Marshal(v)
		require.NoError(t, err)
		got, err := encodeMessage(v)
		require.NoError(t, err)
		require.Equal(t, string(want), string(got), "%#v", v)
	}
	require.NotNil(t, messageLayoutOf(reflect.TypeFor[plain]()))
	require.NotNil(t, messageLayoutOf(reflect.TypeFor[text]()))
	require.Nil(t, messageLayoutOf(reflect.TypeFor[other]()), "a fourth exported field: encoding/json's")
}
