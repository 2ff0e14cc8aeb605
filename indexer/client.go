package indexer

import (
	"context"
	"fmt"
	"math/big"

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

// FilterLogs asks eth_getLogs and decodes the answer with a plain struct of
// strings: about twice as fast as types.Log's own JSON decoding, which
// re-validates every log object (the indexer's largest CPU cost in backfill).
func (c *rpcClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	arg := map[string]any{"address": q.Addresses, "topics": q.Topics}
	if q.BlockHash != nil {
		arg["blockHash"] = *q.BlockHash
	} else {
		arg["fromBlock"] = hexutil.EncodeBig(q.FromBlock)
		arg["toBlock"] = hexutil.EncodeBig(q.ToBlock)
	}
	var raw []wireLog
	if err := c.rpc.CallContext(ctx, &raw, "eth_getLogs", arg); err != nil {
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

// wireLog is a log as JSON-RPC sends it.
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
