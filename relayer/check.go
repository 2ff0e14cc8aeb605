package relayer

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/txmgr"
)

// maxViewsPerCall bounds the views read in one multicall eth_call.
const maxViewsPerCall = 200

// Batch packs calls to INFTAgents into one multicall: the transaction
// manager's Config.Batch.
var Batch = bindings.NewINFTAgents().PackMulticall

// StatusCheck returns the transaction manager's Check hook: before a
// fulfilment or failure is sent, the request's status is read from the chain
// (many per eth_call, through multicall), and an intent whose request is no
// longer pending (fulfilled, failed, or cancelled by its requester) is vetoed;
// so is a settlement whose chat session is no longer open (reclaimed by its
// user, say).
func StatusCheck(caller ethereum.ContractCaller, agents common.Address) func(context.Context, []txmgr.Tx) (map[int64]string, error) {
	abi := bindings.NewINFTAgents()
	return func(ctx context.Context, txs []txmgr.Tx) (map[int64]string, error) {
		type item struct {
			intent int64
			id     *big.Int
		}
		var items, sessions []item
		for _, t := range txs {
			if id, ok := RequestOf(t.Key); ok {
				items = append(items, item{t.ID, id})
			}
			if id, ok := SessionOf(t.Key); ok {
				sessions = append(sessions, item{t.ID, id})
			}
		}
		veto := map[int64]string{}
		for len(sessions) > 0 {
			chunk := sessions[:min(len(sessions), maxViewsPerCall)]
			sessions = sessions[len(chunk):]
			views := make([][]byte, len(chunk))
			for i, it := range chunk {
				views[i] = abi.PackSessions(it.id)
			}
			out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &agents, Data: abi.PackMulticall(views)}, nil)
			if err != nil {
				return nil, fmt.Errorf("read session statuses: %w", err)
			}
			results, err := abi.UnpackMulticall(out)
			if err != nil || len(results) != len(chunk) {
				return nil, fmt.Errorf("read session statuses: %d answers to %d questions: %v", len(results), len(chunk), err)
			}
			for i, raw := range results {
				s, err := abi.UnpackSessions(raw)
				if err != nil {
					return nil, fmt.Errorf("read session %s: %w", chunk[i].id, err)
				}
				if s.Status != sessionOpen {
					veto[chunk[i].intent] = fmt.Sprintf("session %s is %s on chain", chunk[i].id, sessionStatusName(s.Status))
				}
			}
		}
		for len(items) > 0 {
			chunk := items[:min(len(items), maxViewsPerCall)]
			items = items[len(chunk):]
			views := make([][]byte, len(chunk))
			for i, it := range chunk {
				views[i] = abi.PackRequests(it.id)
			}
			out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &agents, Data: abi.PackMulticall(views)}, nil)
			if err != nil {
				return nil, fmt.Errorf("read request statuses: %w", err)
			}
			results, err := abi.UnpackMulticall(out)
			if err != nil || len(results) != len(chunk) {
				return nil, fmt.Errorf("read request statuses: %d answers to %d questions: %v", len(results), len(chunk), err)
			}
			for i, raw := range results {
				r, err := abi.UnpackRequests(raw)
				if err != nil {
					return nil, fmt.Errorf("read request %s: %w", chunk[i].id, err)
				}
				if r.Status != statusPending {
					veto[chunk[i].intent] = fmt.Sprintf("request %s is %s on chain", chunk[i].id, statusName(r.Status))
				}
			}
		}
		return veto, nil
	}
}

// SessionOf returns the chat session a settlement intent ends.
func SessionOf(key string) (*big.Int, bool) {
	if rest, ok := strings.CutPrefix(key, "settle:"); ok {
		return new(big.Int).SetString(rest, 10)
	}
	return nil, false
}

// Session statuses of INFTAgents.
const sessionOpen = 1

func sessionStatusName(s uint8) string {
	switch s {
	case 0:
		return "unknown"
	case 1:
		return "open"
	case 2:
		return "settled"
	case 3:
		return "reclaimed"
	}
	return fmt.Sprintf("status %d", s)
}

// RequestOf returns the request a fulfilment or failure intent ends.
func RequestOf(key string) (*big.Int, bool) {
	for _, prefix := range []string{"fulfil:", "fail:"} {
		if rest, ok := strings.CutPrefix(key, prefix); ok {
			return new(big.Int).SetString(rest, 10)
		}
	}
	return nil, false
}

// Request statuses of INFTAgents.
const (
	statusNone uint8 = iota
	statusPending
	statusFulfilled
	statusFailed
)

func statusName(s uint8) string {
	switch s {
	case statusNone:
		return "unknown"
	case statusPending:
		return "pending"
	case statusFulfilled:
		return "fulfilled"
	case statusFailed:
		return "failed (refunded)"
	}
	return fmt.Sprintf("in status %d", s)
}
