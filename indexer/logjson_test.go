package indexer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
)

// slowLogs decodes an eth_getLogs result as FilterLogs did before
// logsAnswer: encoding/json into wireLogs.
func slowLogs(data []byte) ([]types.Log, error) {
	var raw []wireLog
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	logs := make([]types.Log, len(raw))
	for i := range raw {
		if err := raw[i].decode(&logs[i]); err != nil {
			return nil, fmt.Errorf("eth_getLogs answer %d: %w", i, err)
		}
	}
	return logs, nil
}

// anvilLog is a log as anvil 1.7 sends it (with blockTimestamp, which the
// indexer does not read).
func anvilLog(i int) string {
	return fmt.Sprintf(`{"address":"0xe7f1725e7734ce288f8367e1bb143e90bb3f0512","topics":["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef",`+
		`"0x0000000000000000000000000000000000000000000000000000000000000000","0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"],`+
		`"data":"0x%064x","blockHash":"0x%064x","blockNumber":"0x%x","blockTimestamp":"0x6750a1c0",`+
		`"transactionHash":"0x%064x","transactionIndex":"0x0","logIndex":"0x%x","removed":false}`, i, 7, 100+i/3, i/3, i)
}

func anvilAnswer(n int) []byte {
	logs := make([]string, n)
	for i := range logs {
		logs[i] = anvilLog(i)
	}
	return []byte("[" + strings.Join(logs, ",") + "]")
}

// What nodes send is read in one pass, to the same logs as encoding/json's.
func TestScanLogsReadsWhatNodesSend(t *testing.T) {
	geth := `[
  {
    "address": "0xE7F1725E7734CE288F8367E1BB143E90BB3F0512",
    "topics": [],
    "data": "0x",
    "blockNumber": "0x0",
    "transactionHash": "0x` + strings.Repeat("ab", 32) + `",
    "transactionIndex": "0xffffffffffffffff",
    "blockHash": "0x` + strings.Repeat("CD", 32) + `",
    "logIndex": "0X1a",
    "removed": true,
    "extra": {"nested": ["]", "}", "\"", 1.5e3, null, {"a": [true]}]}
  }
]`
	for _, answer := range [][]byte{anvilAnswer(3), []byte(geth), []byte(` [ ] `)} {
		logs, ok := scanLogs(answer)
		require.True(t, ok, "%s", answer)
		want, err := slowLogs(answer)
		require.NoError(t, err)
		require.Equal(t, want, logs)
	}
	for _, envelope := range []string{`{"jsonrpc":"2.0","id":1,"result":` + string(anvilAnswer(3)) + `}`,
		"{\n \"id\": \"a\",\n \"result\": " + string(anvilAnswer(3)) + ",\n \"jsonrpc\": \"2.0\"\n}\n"} {
		logs, ok := scanAnswer([]byte(envelope))
		require.True(t, ok, envelope)
		want, err := slowLogs(anvilAnswer(3))
		require.NoError(t, err)
		require.Equal(t, want, logs)
	}
	logs, _ := scanLogs(anvilAnswer(3))
	require.Len(t, logs, 3)
	require.Equal(t, common.HexToAddress("0xe7f1725e7734ce288f8367e1bb143e90bb3f0512"), logs[2].Address)
	require.Len(t, logs[2].Topics, 3)
	require.Equal(t, uint64(100), logs[2].BlockNumber)
	require.Equal(t, uint(2), logs[2].Index)
	require.Equal(t, common.BigToHash(common.Big2).Bytes(), logs[2].Data)
	logs[0].Topics = append(logs[0].Topics, common.Hash{1}) // a log's slices are its own to grow
	logs[0].Data = append(logs[0].Data, 1)
	require.Equal(t, common.Hash{}, logs[1].Topics[1])
	require.Equal(t, common.BigToHash(common.Big1).Bytes(), logs[1].Data)
}

// What scanLogs does not expect goes through encoding/json, with its
// meaning and its errors.
func TestLogsAnswerLeavesTheUnexpectedToEncodingJSON(t *testing.T) {
	one := anvilLog(1)
	for name, answer := range map[string]string{
		"an escaped key":       strings.Replace(one, `"address"`, `"addr\u0065ss"`, 1),
		"a key in upper case":  strings.Replace(one, `"logIndex"`, `"LOGINDEX"`, 1),
		"null topics":          strings.Replace(one, `"topics":[`, `"topics":null,"x":[`, 1),
		"null removed":         strings.Replace(one, `"removed":false`, `"removed":null`, 1),
		"a null answer":        `null`,
		"a missing address":    strings.Replace(one, `"address"`, `"who"`, 1),
		"a leading zero":       strings.Replace(one, `"transactionIndex":"0x0"`, `"transactionIndex":"0x00"`, 1),
		"a number too big":     strings.Replace(one, `"transactionIndex":"0x0"`, `"transactionIndex":"0x10000000000000000"`, 1),
		"a short hash":         strings.Replace(one, `"blockHash":"0x`, `"blockHash":"0x00`, 1),
		"odd data":             strings.Replace(one, `"data":"0x`, `"data":"0x0`, 1),
		"a number, not a hex":  strings.Replace(one, `"logIndex":"0x1"`, `"logIndex":1`, 1),
		"an object, no array":  one,
		"no prefix":            strings.Replace(one, `"data":"0x`, `"data":"`, 1),
		"a topic that is junk": strings.Replace(one, `"topics":["0x`, `"topics":["0xzz`, 1),
	} {
		if !strings.HasPrefix(answer, "[") && answer != "null" && name != "an object, no array" {
			answer = "[" + answer + "]"
		}
		_, fast := scanLogs([]byte(answer))
		require.False(t, fast, name)
		var got logsAnswer
		gotErr := json.Unmarshal([]byte(answer), &got)
		want, wantErr := slowLogs([]byte(answer))
		if wantErr != nil {
			require.EqualError(t, gotErr, wantErr.Error(), name)
			continue
		}
		require.NoError(t, gotErr, name)
		require.Equal(t, want, []types.Log(got), name)
	}
}

// FuzzLogsAnswer: whatever a node answers, logsAnswer decodes it as
// encoding/json and wireLog do, or fails as they do; scanLogs never panics.
//
// `go test` runs the seeds; go test -fuzz FuzzLogsAnswer ./indexer/ searches further.
func FuzzLogsAnswer(f *testing.F) {
	one := anvilLog(5)
	for _, seed := range []string{
		string(anvilAnswer(2)), "[]", "null", "[{}]", "[" + one + "]", "[" + one + "," + one + "]",
		"[" + strings.Replace(one, `"removed":false`, `"removed":false,"removed":true,"topics":[]`, 1) + "]",
		"[" + strings.Replace(one, `"address"`, `"ADDRESS"`, 1) + "]",
		"[" + strings.Replace(one, `"data"`, `"a":{"b":["\\\"]}"]},"data"`, 1) + "]",
		"[" + strings.Replace(one, `"logIndex":"0x5"`, `"logIndex":"0x05"`, 1) + "]",
		`[{"address":"0x` + strings.Repeat("0", 40) + `"`, "[1,2]", `["\u0000"]`, "[{\"data\":\"0x\xff\"}]",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		logs, fast := scanLogs(data) // any bytes: no panic
		inEnvelope, fastInEnvelope := scanAnswer([]byte(`{"jsonrpc":"2.0","id":1,"result":` + string(data) + `}`))
		if !json.Valid(data) {
			// encoding/json refuses them before logsAnswer sees them, and
			// scanLogs too.
			require.False(t, fast, "scanLogs read invalid JSON")
			require.False(t, fastInEnvelope, "scanAnswer read invalid JSON")
			return
		}
		require.Equal(t, fast, fastInEnvelope)
		require.Equal(t, logs, inEnvelope)
		var got logsAnswer
		gotErr := json.Unmarshal(data, &got)
		want, wantErr := slowLogs(data)
		if fast {
			require.NoError(t, wantErr, "scanLogs read what encoding/json refuses")
			require.Equal(t, want, logs)
		}
		if wantErr != nil {
			require.EqualError(t, gotErr, wantErr.Error())
			return
		}
		require.NoError(t, gotErr)
		require.Equal(t, want, []types.Log(got))
	})
}

// BenchmarkLogsAnswer decodes an answer of 2,000 logs (the indexer's
// TargetLogs): through encoding/json's check then scanLogs (over a
// WebSocket), with scanAnswer alone (over HTTP), and with encoding/json
// into wireLogs (before).
func BenchmarkLogsAnswer(b *testing.B) {
	answer := anvilAnswer(2_000)
	b.Run("scanLogs", func(b *testing.B) {
		b.SetBytes(int64(len(answer)))
		for b.Loop() {
			var logs logsAnswer
			if err := json.Unmarshal(answer, &logs); err != nil || len(logs) != 2_000 {
				b.Fatal(err)
			}
		}
	})
	b.Run("scanAnswer", func(b *testing.B) { // over HTTP: the whole answer, read once
		envelope := []byte(`{"jsonrpc":"2.0","id":1,"result":` + string(answer) + `}`)
		b.SetBytes(int64(len(envelope)))
		for b.Loop() {
			if logs, ok := scanAnswer(envelope); !ok || len(logs) != 2_000 {
				b.Fatal("not read")
			}
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		b.SetBytes(int64(len(answer)))
		for b.Loop() {
			if logs, err := slowLogs(answer); err != nil || len(logs) != 2_000 {
				b.Fatal(err)
			}
		}
	})
}

// eth_getLogs straight over HTTP answers as go-ethereum's client does: the
// same logs, and the same errors (their text, JSON-RPC code and data, HTTP
// status and body), which classify reads to decide what to do next.
func TestHTTPLogsAnswerAsGoEthereumsClient(t *testing.T) {
	result := func(r string) string { return `{"jsonrpc":"2.0","id":1,"result":` + r + `}` }
	rpcError := `{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"query returned more than 10000 results","data":{"backoff_seconds":2}}}`
	for name, answer := range map[string]struct {
		status int
		body   string
	}{
		"logs":                      {200, result(string(anvilAnswer(3)))},
		"logs, pretty":              {200, "{\n \"id\": 1,\n \"result\": " + string(anvilAnswer(2)) + ",\n \"jsonrpc\": \"2.0\"\n}\n"},
		"no logs":                   {200, result("[]")},
		"null":                      {200, result("null")},
		"an escaped key":            {200, result("[" + strings.Replace(anvilLog(1), `"address"`, `"addr\u0065ss"`, 1) + "]")},
		"a malformed log":           {200, result("[" + strings.Replace(anvilLog(1), `"data":"0x`, `"data":"0xz`, 1) + "]")},
		"an error with data":        {200, rpcError},
		"an error without message":  {200, `{"jsonrpc":"2.0","id":1,"error":{"code":-32000}}`},
		"no result":                 {200, `{"jsonrpc":"2.0","id":1}`},
		"a rate limit":              {429, `{"jsonrpc":"2.0","id":1,"error":{"code":429,"message":"Too Many Requests"}}`},
		"a proxy's error":           {502, "<html>Bad Gateway</html>"},
		"an error beside a result":  {200, `{"jsonrpc":"2.0","id":1,"result":[],"error":{"code":-1,"message":"both"}}`},
		"a result that is a number": {200, result("7")},
	} {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(answer.status)
				_, _ = io.WriteString(w, answer.body)
			}))
			defer srv.Close()
			c, err := rpc.Dial(srv.URL)
			require.NoError(t, err)
			defer c.Close()
			q := ethereum.FilterQuery{FromBlock: common.Big1, ToBlock: common.Big2}
			fast, fastErr := NewHTTPClient(c, srv.URL, http.DefaultClient).FilterLogs(context.Background(), q)
			want, wantErr := NewClient(c).FilterLogs(context.Background(), q)
			require.Equal(t, want, fast)
			if wantErr == nil {
				require.NoError(t, fastErr)
				return
			}
			require.EqualError(t, fastErr, wantErr.Error())
			var wantRPC, fastRPC rpc.Error
			if errors.As(wantErr, &wantRPC) {
				require.ErrorAs(t, fastErr, &fastRPC)
				require.Equal(t, wantRPC.ErrorCode(), fastRPC.ErrorCode())
			}
			var wantData, fastData rpc.DataError
			if errors.As(wantErr, &wantData) {
				require.ErrorAs(t, fastErr, &fastData)
				require.Equal(t, wantData.ErrorData(), fastData.ErrorData())
			}
			var wantHTTP, fastHTTP rpc.HTTPError
			if errors.As(wantErr, &wantHTTP) {
				require.ErrorAs(t, fastErr, &fastHTTP)
				require.Equal(t, wantHTTP, fastHTTP)
			}
			require.Equal(t, classify(wantErr, 0), classify(fastErr, 0))
		})
	}
}
