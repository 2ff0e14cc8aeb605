package auth_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/auth"
	"github.com/inft-labs/inft/auth/siwe"
	"github.com/inft-labs/inft/bindings/testbindings"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
)

const domain = "app.example.com"

type env struct {
	svc   *auth.Service
	chain *chaintest.Chain
	now   time.Time
	key   *ecdsa.PrivateKey
	db    *pgtest.DB
}

func setup(t *testing.T) *env {
	t.Helper()
	db := pgtest.New(t)
	_, err := migrations.Up(t.Context(), db.DB.DB)
	require.NoError(t, err)
	c := chaintest.New(t)
	e := &env{db: db, chain: c, now: time.Now().UTC().Truncate(time.Second), key: c.Accounts[chaintest.Alice].Key}
	e.svc = auth.New(auth.Config{DB: db.DB, Domains: []string{domain, "127.0.0.1:8080"}, ChainID: 1337,
		Caller: c.Client, Now: func() time.Time { return e.now }})
	return e
}

// message is a valid sign-in message for addr with nonce, issued now.
func (e *env) message(addr common.Address, nonce string) *siwe.Message {
	return &siwe.Message{
		Scheme: "https", Domain: domain, Address: addr, Statement: "Sign in to inft.",
		URI: "https://" + domain + "/login", ChainID: 1337, Nonce: nonce, IssuedAt: e.now,
	}
}

func sign(t *testing.T, key *ecdsa.PrivateKey, text string) string {
	t.Helper()
	sig, err := crypto.Sign(siwe.Hash(text).Bytes(), key)
	require.NoError(t, err)
	sig[64] += 27 // as wallets give it
	return hexutil.Encode(sig)
}

func TestSignIn(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ctx := context.Background()
	alice := crypto.PubkeyToAddress(e.key.PublicKey)

	nonce, err := e.svc.Nonce(ctx)
	require.NoError(t, err)
	require.Len(t, nonce, 16)
	text := e.message(alice, nonce).String()

	tok, err := e.svc.SignIn(ctx, text, sign(t, e.key, text))
	require.NoError(t, err)
	require.Equal(t, alice, tok.Address)
	require.Equal(t, e.now.Add(24*time.Hour), tok.ExpiresAt)
	got, err := e.svc.Authenticate(ctx, tok.Token)
	require.NoError(t, err)
	require.Equal(t, alice, got)

	// The nonce is spent: the same signed message again is refused.
	_, err = e.svc.SignIn(ctx, text, sign(t, e.key, text))
	require.ErrorIs(t, err, auth.ErrNonce)

	// Signing out revokes the token everywhere, once.
	require.NoError(t, e.svc.SignOut(ctx, tok.Token))
	_, err = e.svc.Authenticate(ctx, tok.Token)
	require.ErrorIs(t, err, auth.ErrUnauthenticated)
	require.ErrorIs(t, e.svc.SignOut(ctx, tok.Token), auth.ErrUnauthenticated)

	// A dApp on this machine may be served over plain http.
	nonce, err = e.svc.Nonce(ctx)
	require.NoError(t, err)
	m := e.message(alice, nonce)
	m.Scheme, m.Domain, m.URI = "http", "127.0.0.1:8080", "http://127.0.0.1:8080/"
	text = m.String()
	_, err = e.svc.SignIn(ctx, text, sign(t, e.key, text))
	require.NoError(t, err, "plain http on a loopback domain")
}

func TestSignInRefused(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ctx := context.Background()
	alice := crypto.PubkeyToAddress(e.key.PublicKey)
	bobKey := e.chain.Accounts[chaintest.Bob].Key

	cases := []struct {
		name   string
		change func(m *siwe.Message)
		key    *ecdsa.PrivateKey
		want   error
	}{
		{"wrong domain", func(m *siwe.Message) { m.Domain, m.URI = "evil.example.com", "https://evil.example.com/" }, nil, auth.ErrInvalidMessage},
		{"URI on another domain", func(m *siwe.Message) { m.URI = "https://evil.example.com/login" }, nil, auth.ErrInvalidMessage},
		{"wrong chain", func(m *siwe.Message) { m.ChainID = 146 }, nil, siwe.ErrChainMismatch},
		{"expired", func(m *siwe.Message) { exp := e.now.Add(-2 * time.Minute); m.ExpirationTime = &exp }, nil, siwe.ErrExpired},
		{"not yet valid", func(m *siwe.Message) { nb := e.now.Add(time.Hour); m.NotBefore = &nb }, nil, siwe.ErrNotYetValid},
		{"issued too long ago", func(m *siwe.Message) { m.IssuedAt = e.now.Add(-time.Hour) }, nil, siwe.ErrTooOld},
		{"signed by another key", nil, bobKey, auth.ErrSignature},
		{"unknown nonce", func(m *siwe.Message) { m.Nonce = "neverIssued123" }, nil, auth.ErrNonce},
		{"plain http on a public domain", func(m *siwe.Message) { m.Scheme, m.URI = "http", "http://"+domain+"/login" }, nil, auth.ErrInvalidMessage},
		{"an http URI on a public domain", func(m *siwe.Message) { m.Scheme, m.URI = "", "http://"+domain+"/login" }, nil, auth.ErrInvalidMessage},
		{"an ftp URI", func(m *siwe.Message) { m.URI = "ftp://" + domain + "/login" }, nil, auth.ErrInvalidMessage},
	}
	for _, tc := range cases {
		nonce, err := e.svc.Nonce(ctx)
		require.NoError(t, err)
		m := e.message(alice, nonce)
		if tc.change != nil {
			tc.change(m)
		}
		key := e.key
		if tc.key != nil {
			key = tc.key
		}
		text := m.String()
		_, err = e.svc.SignIn(ctx, text, sign(t, key, text))
		require.ErrorIs(t, err, tc.want, tc.name)
	}

	nonce, err := e.svc.Nonce(ctx)
	require.NoError(t, err)
	text := e.message(alice, nonce).String()
	for _, bad := range []string{"", "0x", "zz", "0x" + fmt.Sprintf("%0130x", 1)} {
		_, err = e.svc.SignIn(ctx, text, bad)
		require.ErrorIs(t, err, auth.ErrSignature, "signature %q", bad)
	}
	_, err = e.svc.SignIn(ctx, "not a message\x00", "0x00")
	require.ErrorIs(t, err, auth.ErrInvalidMessage)

	// A refused attempt does not spend the nonce: the right signature still signs in.
	_, err = e.svc.SignIn(ctx, text, sign(t, e.key, text))
	require.NoError(t, err)

	// An expired nonce is refused.
	nonce, err = e.svc.Nonce(ctx)
	require.NoError(t, err)
	e.now = e.now.Add(11 * time.Minute)
	m := e.message(alice, nonce)
	text = m.String()
	_, err = e.svc.SignIn(ctx, text, sign(t, e.key, text))
	require.ErrorIs(t, err, auth.ErrNonce)

	for _, tok := range []string{"", "inft_unknown", string(make([]byte, 300))} {
		_, err = e.svc.Authenticate(ctx, tok)
		require.ErrorIs(t, err, auth.ErrUnauthenticated)
	}
}

// TestSignInExpiry: a token lasts the shorter of the TTL and the message's
// expiration time, and is refused after.
func TestSignInExpiry(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ctx := context.Background()
	alice := crypto.PubkeyToAddress(e.key.PublicKey)
	nonce, err := e.svc.Nonce(ctx)
	require.NoError(t, err)
	m := e.message(alice, nonce)
	exp := e.now.Add(30 * time.Minute)
	m.ExpirationTime = &exp
	text := m.String()
	tok, err := e.svc.SignIn(ctx, text, sign(t, e.key, text))
	require.NoError(t, err)
	require.Equal(t, exp, tok.ExpiresAt)
	e.now = exp
	_, err = e.svc.Authenticate(ctx, tok.Token)
	require.ErrorIs(t, err, auth.ErrUnauthenticated)
}

// TestSignInContractWallet signs in a contract wallet (EIP-1271): its owner's
// key signs, the wallet vouches on chain.
func TestSignInContractWallet(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ctx := context.Background()
	c := e.chain
	w := testbindings.NewSmartWallet()
	wallet, tx, err := bind.DeployContract(c.Opts(chaintest.Alice), common.FromHex(testbindings.SmartWalletMetaData.Bin), c.Client,
		w.PackConstructor(c.Addr(chaintest.Alice)))
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, c.Receipt(tx).Status)

	nonce, err := e.svc.Nonce(ctx)
	require.NoError(t, err)
	text := e.message(wallet, nonce).String()

	_, err = e.svc.SignIn(ctx, text, sign(t, c.Accounts[chaintest.Bob].Key, text))
	require.ErrorIs(t, err, auth.ErrSignature, "the wallet refuses a stranger's signature")

	tok, err := e.svc.SignIn(ctx, text, sign(t, e.key, text))
	require.NoError(t, err)
	require.Equal(t, wallet, tok.Address)
}

// TestNoncesArePruned: expired nonces and tokens do not pile up.
func TestNoncesArePruned(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ctx := context.Background()
	for range 5 {
		_, err := e.svc.Nonce(ctx)
		require.NoError(t, err)
	}
	e.now = e.now.Add(2 * time.Hour)
	_, err := e.svc.Nonce(ctx)
	require.NoError(t, err)
	var n int
	require.NoError(t, e.db.GetContext(ctx, &n, `SELECT count(*) FROM auth_nonces`))
	require.Equal(t, 1, n)
}
