package siwe

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrBadSignature is VerifySignature's error for a signature that is not the
// address's over the text.
var ErrBadSignature = errors.New("siwe: bad signature")

// erc1271ABI is ERC-1271's one function, by which a contract account says
// whether a signature is its own.
const erc1271ABI = `[{"type":"function","name":"isValidSignature","stateMutability":"view",
	"inputs":[{"name":"hash","type":"bytes32"},{"name":"signature","type":"bytes"}],
	"outputs":[{"name":"magicValue","type":"bytes4"}]}]`

var erc1271 = mustParseABI(erc1271ABI)

// erc1271Magic is what isValidSignature returns for a valid signature, its
// own selector.
var erc1271Magic = [4]byte{0x16, 0x26, 0xba, 0x7e}

func mustParseABI(s string) abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(fmt.Sprintf("siwe: ERC-1271 ABI: %v", err))
	}
	return a
}

// Hash is the ERC-191 hash a wallet signs for text with personal_sign: the
// keccak-256 of "\x19Ethereum Signed Message:\n", text's length in bytes and
// text.
func Hash(text string) common.Hash {
	return common.BytesToHash(accounts.TextHash([]byte(text)))
}

// VerifySignature checks that sig is address's signature over text, the
// message exactly as signed. An externally owned account's signature is 65
// bytes r ‖ s ‖ v with v 27, 28, 0 or 1 and s in the lower half of the curve
// order. Failing that, and with a caller, a contract account at address is
// asked through ERC-1271's isValidSignature over Hash(text); caller must read
// the message's chain (Message.ChainID), which VerifySignature cannot check.
//
// A signature that does not hold is ErrBadSignature, wrapped with why. An
// error reading the account's code, or the context's end, is returned as
// itself: the signature was not judged.
func VerifySignature(ctx context.Context, caller bind.ContractCaller, text string, address common.Address, sig []byte) error {
	hash := Hash(text)
	eoaErr := verifyEOA(hash, address, sig)
	if eoaErr == nil {
		return nil
	}
	if caller == nil {
		return fmt.Errorf("%w: %w", ErrBadSignature, eoaErr)
	}
	code, err := caller.CodeAt(ctx, address, nil)
	if err != nil {
		return fmt.Errorf("siwe: read the code at %s: %w", address, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w: %w, and %s has no contract code to ask (ERC-1271)", ErrBadSignature, eoaErr, address)
	}
	if err := verifyERC1271(ctx, caller, hash, address, sig); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("siwe: ask %s (ERC-1271): %w", address, ctx.Err())
		}
		return fmt.Errorf("%w: %w, and %s (ERC-1271) %w", ErrBadSignature, eoaErr, address, err)
	}
	return nil
}

// verifyEOA checks sig as address's secp256k1 signature over hash.
func verifyEOA(hash common.Hash, address common.Address, sig []byte) error {
	if len(sig) != crypto.SignatureLength {
		return fmt.Errorf("signature is %d bytes, not %d", len(sig), crypto.SignatureLength)
	}
	rsv := bytes.Clone(sig)
	if rsv[64] >= 27 {
		rsv[64] -= 27
	}
	r, s := new(big.Int).SetBytes(rsv[:32]), new(big.Int).SetBytes(rsv[32:64])
	if rsv[64] > 1 {
		return fmt.Errorf("recovery byte v is %d, not 27, 28, 0 or 1", sig[64])
	}
	// homestead rules: s in the lower half, so that no second signature can be
	// derived from this one.
	if !crypto.ValidateSignatureValues(rsv[64], r, s, true) {
		return errors.New("r or s out of range (s must be in the lower half of the curve order)")
	}
	pub, err := crypto.SigToPub(hash[:], rsv)
	if err != nil {
		return fmt.Errorf("recover the signer: %w", err)
	}
	if signer := crypto.PubkeyToAddress(*pub); signer != address {
		return fmt.Errorf("signed by %s, not %s", signer, address)
	}
	return nil
}

// verifyERC1271 asks the contract at address whether sig is its signature
// over hash; the error completes "the contract …".
func verifyERC1271(ctx context.Context, caller bind.ContractCaller, hash common.Hash, address common.Address, sig []byte) error {
	data, err := erc1271.Pack("isValidSignature", hash, sig)
	if err != nil {
		return fmt.Errorf("could not be asked: %w", err)
	}
	ret, err := caller.CallContract(ctx, ethereum.CallMsg{To: &address, Data: data}, nil)
	if err != nil {
		return fmt.Errorf("failed isValidSignature: %w", err)
	}
	out, err := erc1271.Unpack("isValidSignature", ret)
	if err != nil {
		return fmt.Errorf("returned %d bytes, not a bytes4: %w", len(ret), err)
	}
	// Unpack reads the first four bytes of the word; the other 28 must be zero
	// padding, as Solidity's decoder requires.
	got, ok := out[0].([4]byte)
	if !ok || got != erc1271Magic || !isZero(ret[4:32]) {
		return fmt.Errorf("returned %#x, not the magic value %#x", ret[:32], erc1271Magic)
	}
	return nil
}

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
