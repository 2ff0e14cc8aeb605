package scalar_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph/scalar"
)

func TestAddress(t *testing.T) {
	var a scalar.Address
	require.NoError(t, a.UnmarshalGQL("0x52908400098527886e0f7030069857d2e4169ee7"))
	var out bytes.Buffer
	a.MarshalGQL(&out)
	require.Equal(t, `"0x52908400098527886E0F7030069857D2E4169EE7"`, out.String(), "EIP-55 on output")
	for _, bad := range []any{"0x123", "52908400098527886e0f7030069857d2e4169ee7", "0xZZ908400098527886e0f7030069857d2e4169ee7", 5} {
		require.Error(t, new(scalar.Address).UnmarshalGQL(bad), "%v", bad)
	}
}

func TestBigInt(t *testing.T) {
	var b scalar.BigInt
	require.NoError(t, b.UnmarshalGQL("115792089237316195423570985008687907853269984665640564039457584007913129639935"))
	require.NoError(t, b.UnmarshalGQL(int64(7)))
	require.Equal(t, scalar.BigInt("7"), b)
	for _, bad := range []any{"-5", "1.5", "0x10", "007", "115792089237316195423570985008687907853269984665640564039457584007913129639936", 1.5} {
		require.Error(t, new(scalar.BigInt).UnmarshalGQL(bad), "%v", bad)
	}
}
