package indexer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Client is what the indexer asks of a node. NewClient adapts a go-ethereum
// RPC client; tests wrap it to inject faults.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	// HeaderByNumber returns a header; nil number is the latest block, and
	// rpc.FinalizedBlockNumber the finalized one.
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// Headers returns the headers of the given blocks, in order, in as few
	// round trips as the node allows.
	Headers(ctx context.Context, numbers []uint64) ([]*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	// SubscribeNewHead follows the head; it fails with rpc.ErrNotificationsUnsupported
	// over plain HTTP, where the indexer polls instead.
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// headerBatchSize bounds one JSON-RPC batch of eth_getBlockByNumber calls.
const headerBatchSize = 100

// NewClient returns a Client over an RPC connection (HTTP or WebSocket).
func NewClient(c *rpc.Client) Client {
	return &rpcClient{Client: ethclient.NewClient(c), rpc: c}
}

type rpcClient struct {
	*ethclient.Client
	rpc *rpc.Client
	// url and http, when set, carry eth_getLogs (NewHTTPClient).
	url  string
	http *http.Client
}

func (c *rpcClient) Headers(ctx context.Context, numbers []uint64) ([]*types.Header, error) {
	out := make([]*types.Header, len(numbers))
	for start := 0; start < len(numbers); start += headerBatchSize {
		end := min(start+headerBatchSize, len(numbers))
		batch := make([]rpc.BatchElem, end-start)
		for i := range batch {
			out[start+i] = new(types.Header)
			batch[i] = rpc.BatchElem{
				Method: "eth_getBlockByNumber",
				Args:   []any{hexutil.EncodeUint64(numbers[start+i]), false},
				Result: out[start+i],
			}
		}
		if err := c.rpc.BatchCallContext(ctx, batch); err != nil {
			return nil, err
		}
		for i, b := range batch {
			if b.Error != nil {
				return nil, fmt.Errorf("header of block %d: %w", numbers[start+i], b.Error)
			}
			if out[start+i].Number == nil {
				return nil, fmt.Errorf("header of block %d: %w", numbers[start+i], ethereum.NotFound)
			}
		}
	}
	return out, nil
}

var _ Client = (*rpcClient)(nil)

// NewHTTPClient is NewClient for a node at url, the address c was dialled
// with: when it is http(s), eth_getLogs goes straight over hc (give it the
// transport c has, backoff.Transport) and its answer is read in one pass
// (getLogs), without go-ethereum's client, whose encoding/json scans a big
// answer three times over (docs/benchmarks.md). Every other call, and
// eth_getLogs over a WebSocket, goes through c.
func NewHTTPClient(c *rpc.Client, url string, hc *http.Client) Client {
	rc := &rpcClient{Client: ethclient.NewClient(c), rpc: c}
	if strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://") {
		rc.url, rc.http = url, hc
	}
	return rc
}

// FilterLogs asks eth_getLogs and decodes the answer in one pass (see
// logsAnswer), not with types.Log's own JSON decoding, which re-validates
// every log object (the indexer's largest CPU cost in backfill).
func (c *rpcClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	arg := map[string]any{"address": q.Addresses, "topics": q.Topics}
	if q.BlockHash != nil {
		arg["blockHash"] = *q.BlockHash
	} else {
		arg["fromBlock"] = hexutil.EncodeBig(q.FromBlock)
		arg["toBlock"] = hexutil.EncodeBig(q.ToBlock)
	}
	if c.http != nil {
		return c.getLogs(ctx, arg)
	}
	var logs logsAnswer
	if err := c.rpc.CallContext(ctx, &logs, "eth_getLogs", arg); err != nil {
		return nil, err
	}
	return logs, nil
}

// wireLog is a log as JSON-RPC sends it, for the answers scanLogs leaves to
// encoding/json.
type wireLog struct {
	Address     string   `json:"address"`
	Topics      []string `json:"topics"`
	Data        string   `json:"data"`
	BlockNumber string   `json:"blockNumber"`
	TxHash      string   `json:"transactionHash"`
	TxIndex     string   `json:"transactionIndex"`
	BlockHash   string   `json:"blockHash"`
	Index       string   `json:"logIndex"`
	Removed     bool     `json:"removed"`
}

func (w *wireLog) decode(l *types.Log) error {
	var err error
	fixed := func(name, s string, out []byte) {
		if err != nil {
			return
		}
		b, e := hexutil.Decode(s)
		if e != nil || len(b) != len(out) {
			err = fmt.Errorf("malformed %s %q", name, s)
			return
		}
		copy(out, b)
	}
	number := func(name, s string) uint64 {
		if err != nil {
			return 0
		}
		n, e := hexutil.DecodeUint64(s)
		if e != nil {
			err = fmt.Errorf("malformed %s %q", name, s)
		}
		return n
	}
	fixed("address", w.Address, l.Address[:])
	l.Topics = make([]common.Hash, len(w.Topics))
	for i, t := range w.Topics {
		fixed("topic", t, l.Topics[i][:])
	}
	fixed("transactionHash", w.TxHash, l.TxHash[:])
	fixed("blockHash", w.BlockHash, l.BlockHash[:])
	l.BlockNumber = number("blockNumber", w.BlockNumber)
	l.TxIndex = uint(number("transactionIndex", w.TxIndex))
	l.Index = uint(number("logIndex", w.Index))
	l.Removed = w.Removed
	if err != nil {
		return err
	}
	if l.Data, err = hexutil.Decode(w.Data); err != nil {
		return fmt.Errorf("malformed data: %w", err)
	}
	return nil
}

// maxLogsAnswer bounds an eth_getLogs answer read over HTTP: a bigger one is
// refused as too large, and the range is cut (classify). A buffer that held
// more than maxPooledAnswer is not kept for the next.
const (
	maxLogsAnswer   = 256 << 20
	maxPooledAnswer = 16 << 20
)

// answers are the buffers getLogs reads answers into.
var answers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// getLogs makes eth_getLogs over HTTP, as go-ethereum's client would (the
// same headers; an answer whose status is not 2xx is an rpc.HTTPError with
// its body, a JSON-RPC error an rpc.Error and rpc.DataError), and reads the
// answer's logs in one pass where it can (scanAnswer), else with
// encoding/json.
func (c *rpcClient) getLogs(ctx context.Context, arg map[string]any) ([]types.Log, error) {
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "eth_getLogs", "params": []any{arg}})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	// The answers are read into one buffer, used again: a buffer made for
	// each, and grown as it is read, left the heap's pages scattered
	// (docs/benchmarks.md: 25 MB more at the peak, for the same live heap).
	buf := answers.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= maxPooledAnswer {
			buf.Reset()
			answers.Put(buf)
		}
	}()
	if resp.ContentLength > 0 && resp.ContentLength <= maxLogsAnswer {
		buf.Grow(int(resp.ContentLength) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(resp.Body, maxLogsAnswer+1)); err != nil {
		return nil, err
	}
	answer := buf.Bytes()
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		return nil, rpc.HTTPError{Status: resp.Status, StatusCode: resp.StatusCode, Body: bytes.Clone(answer)}
	}
	if len(answer) > maxLogsAnswer {
		return nil, fmt.Errorf("eth_getLogs: response too large (more than %d bytes)", maxLogsAnswer)
	}
	if logs, ok := scanAnswer(answer); ok {
		return logs, nil
	}
	var msg struct {
		Result json.RawMessage `json:"result"`
		Error  *wireError      `json:"error"`
	}
	if err := json.Unmarshal(answer, &msg); err != nil {
		return nil, fmt.Errorf("eth_getLogs: %w", err)
	}
	if msg.Error != nil {
		return nil, &callError{*msg.Error}
	}
	if len(msg.Result) == 0 {
		return nil, rpc.ErrNoResult
	}
	var logs logsAnswer
	if err := json.Unmarshal(msg.Result, &logs); err != nil {
		return nil, err
	}
	return logs, nil
}

// callError is a JSON-RPC error answer, as go-ethereum's client reports it.
type callError struct{ e wireError }

func (e *callError) Error() string {
	if e.e.Message == "" {
		return fmt.Sprintf("json-rpc error %d", e.e.Code)
	}
	return e.e.Message
}
func (e *callError) ErrorCode() int { return e.e.Code }
func (e *callError) ErrorData() any { return e.e.Data }

var (
	_ rpc.Error     = (*callError)(nil)
	_ rpc.DataError = (*callError)(nil)
)

// scanAnswer reads a JSON-RPC answer whose result is an array of logs, in
// one pass (see scanLogs), or says it cannot: an error answer, or anything
// else, is left to encoding/json.
func scanAnswer(answer []byte) ([]types.Log, bool) {
	s := &logScanner{b: answer}
	if !s.take('{') {
		return nil, false
	}
	var logs []types.Log
	found := false
	for {
		key, ok := s.str()
		if !ok || !s.take(':') {
			return nil, false
		}
		switch string(key) {
		case "result":
			if logs, ok = s.logs(); !ok {
				return nil, false
			}
			found = true
		case "jsonrpc", "id":
			if !s.skip() {
				return nil, false
			}
		default: // an error, or anything else
			return nil, false
		}
		if s.take('}') {
			return logs, found && s.end()
		}
		if !s.take(',') {
			return nil, false
		}
	}
}
