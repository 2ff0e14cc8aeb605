package txmgr

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// Fees: pricing a new attempt and a replacement.

// fees prices a new attempt: the node's tip (asked once per head), and twice
// the base fee on top.
func (m *Manager) fees(ctx context.Context, head *types.Header) (*big.Int, *big.Int, error) {
	if m.tipHead != head.Hash() {
		tip, err := m.client.SuggestGasTipCap(ctx)
		if err != nil {
			return nil, nil, fmt.Errorf("txmgr: suggest tip: %w", err)
		}
		m.tip, m.tipHead = tip, head.Hash()
	}
	tip := new(big.Int).Set(m.tip)
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	return capped(feeCap, m.cfg.MaxFeeCap), capped(tip, m.cfg.MaxFeeCap), nil
}

func capped(v, limit *big.Int) *big.Int {
	if v.Cmp(limit) > 0 {
		return new(big.Int).Set(limit)
	}
	return v
}

// wei parses an amount as stored (numeric(78,0) as text).
func wei(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("not an amount of wei: %q", s)
	}
	return v, nil
}

func raise(v *big.Int, percent int64) *big.Int {
	out := new(big.Int).Mul(v, big.NewInt(100+percent))
	out.Add(out, big.NewInt(99)) // round up, so a bump is never below the node's minimum
	return out.Div(out, big.NewInt(100))
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return new(big.Int).Set(b)
}
