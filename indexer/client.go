package indexer

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
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
