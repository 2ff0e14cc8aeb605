package siwe_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/auth/siwe"
)

func TestHash(t *testing.T) {
	t.Parallel()
	// personal_sign's prefix, then the length in bytes (not characters).
	want := crypto.Keccak256Hash([]byte("\x19Ethereum Signed Message:\n5hello"))
	require.Equal(t, want, siwe.Hash("hello"))
	require.Equal(t, crypto.Keccak256Hash([]byte("\x19Ethereum Signed Message:\n2é")), siwe.Hash("é"))
}

// sign is key's personal_sign signature over text, v as 27 or 28.
func sign(t *testing.T, text string, key []byte) []byte {
	t.Helper()
	k, err := crypto.ToECDSA(key)
	require.NoError(t, err)
	sig, err := crypto.Sign(siwe.Hash(text).Bytes(), k)
	require.NoError(t, err)
	sig[64] += 27
	return sig
}

func TestVerifyEOASignature(t *testing.T) {
	t.Parallel()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	keyBytes, otherBytes := crypto.FromECDSA(key), crypto.FromECDSA(other)

	sig := sign(t, specExample, keyBytes)
	withV := func(v byte) []byte { s := bytes.Clone(sig); s[64] = v; return s }
	// highS is the same signature's twin (s' = n - s, parity flipped): it
	// recovers the same address, and homestead rules refuse it.
	highS := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	copy(highS[32:64], math.PaddedBigBytes(new(big.Int).Sub(crypto.S256().Params().N, s), 32))
	highS[64] = 27 + (1 - (sig[64] - 27))

	for _, tc := range []struct {
		name string
		text string
		sig  []byte
		want string // "" for valid
	}{
		{"valid v=27/28", specExample, sig, ""},
		{"valid v=0/1", specExample, withV(sig[64] - 27), ""},
		{"other key", specExample, sign(t, specExample, otherBytes), "siwe: bad signature: signed by " + crypto.PubkeyToAddress(other.PublicKey).Hex() + ", not " + addr.Hex()},
		{"other text", specExample + " ", sig, "siwe: bad signature: signed by "},
		{"truncated", specExample, sig[:64], "siwe: bad signature: signature is 64 bytes, not 65"},
		{"too long", specExample, append(bytes.Clone(sig), 0), "siwe: bad signature: signature is 66 bytes, not 65"},
		{"empty", specExample, nil, "siwe: bad signature: signature is 0 bytes, not 65"},
		{"v=29", specExample, withV(29), "siwe: bad signature: recovery byte v is 29, not 27, 28, 0 or 1"},
		{"v=2", specExample, withV(2), "siwe: bad signature: recovery byte v is 2, not 27, 28, 0 or 1"},
		{"EIP-155 v", specExample, withV(37), "siwe: bad signature: recovery byte v is 37, not 27, 28, 0 or 1"},
		{"high s", specExample, highS, "siwe: bad signature: r or s out of range (s must be in the lower half of the curve order)"},
		{"zero r", specExample, append(make([]byte, 32), sig[32:]...), "siwe: bad signature: r or s out of range (s must be in the lower half of the curve order)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := siwe.VerifySignature(context.Background(), nil, tc.text, addr, tc.sig)
			if tc.want == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, siwe.ErrBadSignature)
			require.ErrorContains(t, err, tc.want)
		})
	}

	// The twin does recover to addr: only the s check refuses it.
	pub, err := crypto.SigToPub(siwe.Hash(specExample).Bytes(), append(highS[:64:64], highS[64]-27))
	require.NoError(t, err)
	require.Equal(t, addr, crypto.PubkeyToAddress(*pub))
}

// The signatures of spruceid/siwe's vectors, made by wallets, over the text
// String and the vectors' template both give.
func TestVerificationVectors(t *testing.T) {
	t.Parallel()
	var positive, negative map[string]verificationVector
	readVectors(t, "verification_positive.json", &positive)
	readVectors(t, "verification_negative.json", &negative)

	// What Validate says of each, where it is not nil.
	want := map[string]error{
		// Validated at 2020-01-05, before it was issued (2022): the vector
		// checks only the expiry, Validate also the issue time.
		"positive/expired message": siwe.ErrIssuedInFuture,

		"negative/expired message": siwe.ErrExpired,
		"negative/domain binding":  siwe.ErrDomainMismatch,
		"negative/custom time":     siwe.ErrExpired,
		"negative/not yet valid":   siwe.ErrNotYetValid,
	}
	badSignature := map[string]bool{"negative/malformed signature": true, "negative/wrong signature": true}
	// Nonces are the caller's: "custom nonce" is a valid message whose nonce
	// is not the one the caller handed out.
	vectors := map[string]verificationVector{}
	for name, v := range positive {
		vectors["positive/"+name] = v
	}
	for name, v := range negative {
		vectors["negative/"+name] = v
	}
	require.Len(t, vectors, 11)

	for name, v := range vectors {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			text := v.text()
			m, err := siwe.Parse(text)
			require.NoError(t, err)
			require.Equal(t, text, m.String())

			// common.FromHex reads the odd-length "malformed signature" as 66 bytes.
			err = siwe.VerifySignature(context.Background(), nil, text, m.Address, common.FromHex(v.Signature))
			if badSignature[name] {
				require.ErrorIs(t, err, siwe.ErrBadSignature)
				t.Log(err)
			} else {
				require.NoError(t, err)
			}

			e := siwe.Expect{Domain: v.Domain, ChainID: 1, Now: m.IssuedAt.Add(time.Minute)}
			if v.DomainBinding != "" {
				e.Domain = v.DomainBinding
			}
			if v.Time != "" {
				e.Now, err = time.Parse(time.RFC3339Nano, v.Time)
				require.NoError(t, err)
			}
			if want[name] == nil {
				require.NoError(t, m.Validate(e))
			} else {
				require.ErrorIs(t, m.Validate(e), want[name])
			}
			if v.MatchNonce != "" {
				require.NotEqual(t, v.MatchNonce, m.Nonce)
			}
		})
	}
}

func TestVerificationVectorsWithInvalidDates(t *testing.T) {
	t.Parallel()
	// As in the negative vectors spruceid/siwe added after the copied
	// version: messages whose dates do not exist.
	base := verificationVector{
		Domain: "login.xyz", Address: "0xA0aEF081D1ACE5F830532d7D77Ea4c8EE0EaBCF9",
		Statement: "Sign-In With Ethereum Example Statement", URI: "https://login.xyz",
		Version: "1", ChainID: 1, Nonce: "bTyXgcQxn2htgkjJn", IssuedAt: "2022-01-30T17:09:38.578Z",
	}
	invalidIssuedAt, invalidNotBefore, invalidExpiration := base, base, base
	invalidIssuedAt.IssuedAt = "2022-02-31T17:09:38.578Z"
	invalidNotBefore.NotBefore = "2025-02-31T17:09:38.578Z"
	invalidExpiration.ExpirationTime = "2100-02-31T14:31:43.952Z"
	for _, v := range []verificationVector{invalidIssuedAt, invalidNotBefore, invalidExpiration} {
		_, err := siwe.Parse(v.text())
		require.ErrorIs(t, err, siwe.ErrMalformed)
		require.ErrorContains(t, err, "day out of range")
	}
}

// wallet is an ERC-1271 contract account as a bind.ContractCaller sees it:
// code at its address, and isValidSignature answering ret for the one call
// it expects.
type wallet struct {
	addr     common.Address
	code     []byte
	calldata []byte // the call it answers
	ret      []byte // its answer
	codeErr  error  // CodeAt's failure
	hang     bool   // CallContract waits for the context's end
	calls    atomic.Int32
}

var _ bind.ContractCaller = (*wallet)(nil)

func (w *wallet) CodeAt(_ context.Context, addr common.Address, _ *big.Int) ([]byte, error) {
	if w.codeErr != nil {
		return nil, w.codeErr
	}
	if addr != w.addr {
		return nil, nil
	}
	return w.code, nil
}

func (w *wallet) CallContract(ctx context.Context, call ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	w.calls.Add(1)
	if w.hang {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	if call.To == nil || *call.To != w.addr || !bytes.Equal(call.Data, w.calldata) {
		return nil, errors.New("execution reverted")
	}
	return w.ret, nil
}

// isValidSignatureCall is the calldata of isValidSignature(hash, sig),
// written out: the selector, the hash, the offset of the bytes (64), their
// length, and the bytes padded to a multiple of 32.
func isValidSignatureCall(hash common.Hash, sig []byte) []byte {
	data := []byte{0x16, 0x26, 0xba, 0x7e}
	data = append(data, hash[:]...)
	data = append(data, common.LeftPadBytes([]byte{64}, 32)...)
	data = append(data, common.LeftPadBytes(big.NewInt(int64(len(sig))).Bytes(), 32)...)
	data = append(data, sig...)
	return append(data, make([]byte, (32-len(sig)%32)%32)...)
}

// word is b left-aligned in a 32-byte ABI word.
func word(b ...byte) []byte { return common.RightPadBytes(b, 32) }

func TestVerifyERC1271Signature(t *testing.T) {
	t.Parallel()
	addr := common.HexToAddress("0x0e565A6dFc43DE21455a67bbF196f7F7b15447A7")
	// Whatever the contract makes of it: here two owners' 65-byte signatures.
	sig := bytes.Repeat([]byte{0xab}, 130)
	call := isValidSignatureCall(siwe.Hash(specExample), sig)
	magic := word(0x16, 0x26, 0xba, 0x7e)
	valid := func() *wallet { return &wallet{addr: addr, code: []byte{0x60, 0x80}, calldata: call, ret: magic} }

	for _, tc := range []struct {
		name   string
		wallet func(*wallet)
		text   string
		want   string // "" for valid
	}{
		{name: "valid", text: specExample},
		{name: "other text", text: specExample + " ", want: "failed isValidSignature: execution reverted"},
		{name: "other value", text: specExample, wallet: func(w *wallet) { w.ret = word(0xff, 0xff, 0xff, 0xff) }, want: "returned 0xffffffff00000000000000000000000000000000000000000000000000000000, not the magic value 0x1626ba7e"},
		{name: "dirty padding", text: specExample, wallet: func(w *wallet) { w.ret = word(0x16, 0x26, 0xba, 0x7e, 1) }, want: "not the magic value"},
		{name: "empty return", text: specExample, wallet: func(w *wallet) { w.ret = nil }, want: "returned 0 bytes, not a bytes4"},
		{name: "short return", text: specExample, wallet: func(w *wallet) { w.ret = []byte{0x16, 0x26, 0xba, 0x7e} }, want: "returned 4 bytes, not a bytes4"},
		{name: "magic and more", text: specExample, wallet: func(w *wallet) { w.ret = append(bytes.Clone(magic), word(1)...) }},
		{name: "no code", text: specExample, wallet: func(w *wallet) { w.code = nil }, want: "has no contract code to ask (ERC-1271)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			w := valid()
			if tc.wallet != nil {
				tc.wallet(w)
			}
			err := siwe.VerifySignature(context.Background(), w, tc.text, addr, sig)
			if tc.want == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, siwe.ErrBadSignature)
			require.ErrorContains(t, err, tc.want)
			// The EOA check's reason comes first.
			require.ErrorContains(t, err, "siwe: bad signature: signature is 130 bytes, not 65, and ")
		})
	}

	// A 65-byte contract signature is first read as an EOA's, then asked.
	sig65 := bytes.Repeat([]byte{0x01}, 65)
	w := &wallet{addr: addr, code: []byte{0x60}, calldata: isValidSignatureCall(siwe.Hash(specExample), sig65), ret: magic}
	require.NoError(t, siwe.VerifySignature(context.Background(), w, specExample, addr, sig65))
}

func TestVerifySignatureAsksTheContractOnlyAfterTheEOACheck(t *testing.T) {
	t.Parallel()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	w := &wallet{addr: addr, code: []byte{0x60}}
	require.NoError(t, siwe.VerifySignature(context.Background(), w, specExample, addr, sign(t, specExample, crypto.FromECDSA(key))))
	require.Zero(t, w.calls.Load())
}

func TestVerifySignatureNodeFailures(t *testing.T) {
	t.Parallel()
	addr := common.HexToAddress("0x0e565A6dFc43DE21455a67bbF196f7F7b15447A7")
	down := errors.New("dial tcp 127.0.0.1:8545: connection refused")

	// The code cannot be read: the signature was not judged.
	err := siwe.VerifySignature(context.Background(), &wallet{addr: addr, codeErr: down}, specExample, addr, []byte{1})
	require.ErrorIs(t, err, down)
	require.NotErrorIs(t, err, siwe.ErrBadSignature)

	// The context ends during the call: likewise.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	w := &wallet{addr: addr, code: []byte{0x60}, hang: true}
	err = siwe.VerifySignature(ctx, w, specExample, addr, []byte{1})
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.NotErrorIs(t, err, siwe.ErrBadSignature)
}
