// Package scalar holds the API's custom GraphQL scalars, Address and
// BigInt, and its reading of the built-in Int.
package scalar

import (
	"database/sql/driver"
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/ethereum/go-ethereum/common"
)

// Address is a 20-byte account address: EIP-55 checksummed on output, any
// case on input. It scans from and writes to bytea.
type Address common.Address

// MarshalGQL writes the checksummed form.
func (a Address) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, strconv.Quote(common.Address(a).Hex()))
}

// UnmarshalGQL accepts a 0x-prefixed, 40-hex-digit string in any case.
func (a *Address) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("Address must be a string, got %T", v)
	}
	if !common.IsHexAddress(s) || len(s) != 42 || (s[:2] != "0x" && s[:2] != "0X") {
		return fmt.Errorf("%q is not an address: want 0x and 40 hex digits", s)
	}
	*a = Address(common.HexToAddress(s))
	return nil
}

// Bytes returns the 20 bytes, as stored.
func (a Address) Bytes() []byte { return common.Address(a).Bytes() }

// Hex returns the checksummed form.
func (a Address) Hex() string { return common.Address(a).Hex() }

// Scan reads a bytea of 20 bytes.
func (a *Address) Scan(src any) error {
	b, ok := src.([]byte)
	if !ok || len(b) != common.AddressLength {
		return fmt.Errorf("scalar: an address needs 20 bytes, got %T of %d", src, len(b))
	}
	*a = Address(common.BytesToAddress(b))
	return nil
}

// Value writes the 20 bytes.
func (a Address) Value() (driver.Value, error) { return a.Bytes(), nil }

// BigInt is a uint256 as its decimal string.
type BigInt string

// MaxUint256 bounds a BigInt.
var MaxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// MarshalGQL writes the decimal string.
func (b BigInt) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(b))) }

// UnmarshalGQL accepts a decimal string (or a JSON integer) from 0 to 2^256-1.
func (b *BigInt) UnmarshalGQL(v any) error {
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case int, int32, int64:
		s = fmt.Sprint(v)
	default:
		return fmt.Errorf("BigInt must be a decimal string, got %T", v)
	}
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Sign() < 0 || n.Cmp(MaxUint256) > 0 || s != n.String() {
		return fmt.Errorf("%q is not a uint256 in decimal", s)
	}
	*b = BigInt(s)
	return nil
}

// Scan reads a numeric (as text).
func (b *BigInt) Scan(src any) error {
	switch v := src.(type) {
	case []byte:
		*b = BigInt(v)
	case string:
		*b = BigInt(v)
	case int64:
		*b = BigInt(strconv.FormatInt(v, 10))
	default:
		return fmt.Errorf("scalar: a BigInt from %T", src)
	}
	return nil
}

// MarshalInt writes GraphQL's Int, held in an int.
func MarshalInt(i int) graphql.Marshaler { return graphql.MarshalInt(i) }

// UnmarshalInt reads GraphQL's Int, which is 32 bits: a larger number is an
// error, not a number the resolvers would cap or wrap.
func UnmarshalInt(v any) (int, error) {
	n, err := graphql.UnmarshalInt64(v)
	if err != nil {
		return 0, err
	}
	if n < math.MinInt32 || n > math.MaxInt32 {
		return 0, fmt.Errorf("%d is not an Int: GraphQL's Int is 32 bits", n)
	}
	return int(n), nil
}
