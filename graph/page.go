package graph

import (
	"encoding/base64"
	"fmt"
	"math/big"
	"strings"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/inft-labs/inft/internal/safe"
)

// Pages: `first` defaults to 20 and is capped at MaxFirst; cursors are
// opaque, and stable: each names the sort key of its row, so rows inserted
// while a client pages cause neither gaps nor repeats.
const (
	DefaultFirst = 20
	MaxFirst     = 100
)

func pageSize(first *int) (int, error) {
	if first == nil {
		return DefaultFirst, nil
	}
	if *first < 0 {
		return 0, gqlerror.Errorf("first must not be negative")
	}
	return min(*first, MaxFirst), nil
}

// page reads the paging arguments of list, whose cursors have parts key
// parts: how many rows, and the key to continue after (nil: from the start).
func page(list string, parts int, first *int, after *string) (int, []string, error) {
	n, err := pageSize(first)
	if err != nil {
		return 0, nil, err
	}
	key, err := decodeCursor(list, after, parts)
	return n, key, err
}

// cursor encodes the sort key of a row of a list.
func cursor(list string, key ...string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(list + ":" + strings.Join(key, ":")))
}

// decodeCursor reads an after cursor of list with n key parts, each a
// non-negative integer of at most 256 bits (every key is an on-chain
// uint256 or smaller).
func decodeCursor(list string, after *string, n int) ([]string, error) {
	if after == nil {
		return nil, nil
	}
	bad := invalidCursor(*after)
	raw, err := base64.RawURLEncoding.DecodeString(*after)
	if err != nil {
		return nil, bad
	}
	parts := strings.Split(string(raw), ":")
	if len(parts) != n+1 || parts[0] != list {
		return nil, bad
	}
	for _, p := range parts[1:] {
		if v, ok := new(big.Int).SetString(p, 10); !ok || v.Sign() < 0 || v.BitLen() > 256 || v.String() != p {
			return nil, bad
		}
	}
	return parts[1:], nil
}

// invalidCursor is the error for an after cursor that is not one of the
// list's.
func invalidCursor(after string) error {
	return gqlerror.Errorf("invalid cursor %q: pass a cursor this list returned", safe.Truncate(after, 80))
}

// decimalID checks an ID argument: a uint256 in decimal.
func decimalID(name, id string) (string, error) {
	v, ok := new(big.Int).SetString(id, 10)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 || v.String() != id {
		return "", gqlerror.Errorf("%s %q is not an on-chain id (a uint256 in decimal)", name, safe.Truncate(id, 80))
	}
	return id, nil
}

// where builds a WHERE clause with numbered arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	for _, a := range args {
		w.args = append(w.args, a)
		cond = strings.Replace(cond, "?", fmt.Sprintf("$%d", len(w.args)), 1)
	}
	w.conds = append(w.conds, cond)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return fmt.Sprintf("$%d", len(w.args))
}
