// Package auth signs wallets in with Sign-In with Ethereum (EIP-4361, see
// auth/siwe) and keeps their bearer tokens: a nonce from Nonce, a message
// signed by the wallet (an externally owned account, or a contract wallet
// through EIP-1271) accepted once by SignIn, an opaque token that
// Authenticate maps back to the address until it expires or SignOut revokes
// it. Nonces and tokens live in PostgreSQL (tokens only as their SHA-256), so
// every API replica accepts what any one issued.
package auth

import (
	"cmp"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/auth/siwe"
	"github.com/inft-labs/inft/internal/pg"
)

// Errors a client is told; each wraps into a message that says what to do.
var (
	// ErrDisabled: the server has no sign-in domain configured.
	ErrDisabled = errors.New("sign-in is off: the server has no SIWE_DOMAIN")
	// ErrInvalidMessage: the message is not EIP-4361, or not for this server.
	ErrInvalidMessage = errors.New("invalid sign-in message")
	// ErrNonce: the nonce was never issued here, expired, or was used.
	ErrNonce = errors.New("the nonce is unknown, expired or already used: ask siweNonce for a new one")
	// ErrSignature: the signature is not the address's.
	ErrSignature = errors.New("the signature is not the message's address's")
	// ErrUnauthenticated: no token, or one that is unknown, expired or revoked.
	ErrUnauthenticated = errors.New("unauthenticated: sign in and send Authorization: Bearer <token>")
)

// Config configures a Service.
type Config struct {
	DB *sqlx.DB
	// Domains are the RFC 3986 authorities (host[:port]) of the dApps whose
	// sign-in messages are accepted; none: sign-in is off (ErrDisabled).
	Domains []string
	// ChainID is the chain the messages must name.
	ChainID uint64
	// Caller calls isValidSignature on contract wallets (EIP-1271); nil:
	// only externally owned accounts can sign in.
	Caller bind.ContractCaller
	// TokenTTL is how long a token lasts, and the longest a message's
	// Expiration Time may give it. Default 24 h.
	TokenTTL time.Duration
	// NonceTTL is how long a nonce may wait for its message. Default 10 min.
	NonceTTL time.Duration
	// Skew is the clock difference allowed with the wallet's. Default 1 min.
	Skew time.Duration
	// AllowHTTP accepts messages for dApps served over plain HTTP on any
	// domain (development); otherwise only loopback domains (localhost,
	// 127.0.0.1, [::1]) may use http, and every other domain must be https.
	AllowHTTP bool
	// Now is the clock (tests). Default time.Now.
	Now func() time.Time
}

// Service issues nonces and tokens.
type Service struct {
	cfg Config
}

// Token is a signed-in wallet's bearer token.
type Token struct {
	Token     string
	ExpiresAt time.Time
	Address   common.Address
}

// New returns a Service.
func New(cfg Config) *Service {
	cfg.TokenTTL = cmp.Or(cfg.TokenTTL, 24*time.Hour)
	cfg.NonceTTL = cmp.Or(cfg.NonceTTL, 10*time.Minute)
	cfg.Skew = cmp.Or(cfg.Skew, time.Minute)
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Service{cfg: cfg}
}

// Enabled reports whether the service accepts sign-ins.
func (s *Service) Enabled() bool { return len(s.cfg.Domains) > 0 }

// pruneBatch bounds the expired rows one call removes: a flood of nonce
// requests cannot grow the tables without bound, nor make one call slow.
const pruneBatch = 100

// Nonce issues a fresh nonce (16 random alphanumeric characters) for one
// sign-in message within NonceTTL.
func (s *Service) Nonce(ctx context.Context) (string, error) {
	if !s.Enabled() {
		return "", ErrDisabled
	}
	nonce := randomAlphanumeric(16)
	now := s.cfg.Now()
	if _, err := s.cfg.DB.ExecContext(ctx,
		`INSERT INTO auth_nonces (nonce, issued_at, expires_at) VALUES ($1, $2, $3)`,
		nonce, now, now.Add(s.cfg.NonceTTL)); err != nil {
		return "", fmt.Errorf("auth: store nonce: %w", err)
	}
	if err := s.prune(ctx, now); err != nil {
		return "", err
	}
	return nonce, nil
}

// prune deletes some nonces and tokens that expired a while ago.
func (s *Service) prune(ctx context.Context, now time.Time) error {
	before := now.Add(-time.Hour)
	for _, table := range []string{"auth_nonces", "auth_tokens"} {
		if _, err := s.cfg.DB.ExecContext(ctx, `DELETE FROM `+table+` WHERE ctid IN
			(SELECT ctid FROM `+table+` WHERE expires_at < $1 LIMIT $2)`, before, pruneBatch); err != nil {
			return fmt.Errorf("auth: prune %s: %w", table, err)
		}
	}
	return nil
}

// SignIn checks an EIP-4361 message and its signature (0x-hex, 65 bytes for
// an account; a contract wallet's may differ) and returns a token for the
// message's address. The message must name one of Domains, a URI on that
// domain, ChainID, and a nonce from Nonce, which it uses up; it must have
// been issued within NonceTTL and not expired. The token lasts TokenTTL, or
// until the message's Expiration Time if sooner.
func (s *Service) SignIn(ctx context.Context, message, signature string) (Token, error) {
	if !s.Enabled() {
		return Token{}, ErrDisabled
	}
	m, err := siwe.Parse(message)
	if err != nil {
		return Token{}, fmt.Errorf("%w: %w", ErrInvalidMessage, err)
	}
	if !slices.Contains(s.cfg.Domains, m.Domain) {
		return Token{}, fmt.Errorf("%w: domain %q is not one this server signs in for", ErrInvalidMessage, m.Domain)
	}
	if err := sameDomain(m.URI, m.Domain); err != nil {
		return Token{}, fmt.Errorf("%w: %w", ErrInvalidMessage, err)
	}
	plain := m.Scheme == "http" || strings.HasPrefix(strings.ToLower(m.URI), "http:")
	if plain && !s.cfg.AllowHTTP && !loopback(m.Domain) {
		return Token{}, fmt.Errorf("%w: %s is served over plain http; sign-in needs https there", ErrInvalidMessage, m.Domain)
	}
	now := s.cfg.Now()
	scheme := "https"
	if m.Scheme == "http" {
		scheme = "http" // a dApp served over plain HTTP: loopback, or AllowHTTP
	}
	if err := m.Validate(siwe.Expect{Domain: m.Domain, Scheme: scheme, ChainID: s.cfg.ChainID, Now: now,
		MaxAge: s.cfg.NonceTTL, Skew: s.cfg.Skew}); err != nil {
		return Token{}, fmt.Errorf("%w: %w", ErrInvalidMessage, err)
	}
	sig, err := hexutil.Decode(strings.TrimSpace(signature))
	if err != nil || len(sig) == 0 || len(sig) > 4096 {
		return Token{}, fmt.Errorf("%w: the signature is not 0x-prefixed hex of up to 4 KiB", ErrSignature)
	}
	if err := siwe.VerifySignature(ctx, s.cfg.Caller, message, m.Address, sig); err != nil {
		if errors.Is(err, siwe.ErrBadSignature) {
			return Token{}, fmt.Errorf("%w: %w", ErrSignature, err)
		}
		return Token{}, fmt.Errorf("auth: check signature: %w", err)
	}

	expires := now.Add(s.cfg.TokenTTL)
	if m.ExpirationTime != nil && m.ExpirationTime.Before(expires) {
		expires = *m.ExpirationTime
	}
	token := "inft_" + base64.RawURLEncoding.EncodeToString(randomBytes(32))
	err = pg.Transact(ctx, s.cfg.DB, func(tx *sqlx.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE auth_nonces SET used_at = $2
			WHERE nonce = $1 AND used_at IS NULL AND expires_at > $2`, m.Nonce, now)
		if err != nil {
			return fmt.Errorf("auth: use nonce: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return cmp.Or(err, ErrNonce)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO auth_tokens (token_hash, address, issued_at, expires_at)
			VALUES ($1, $2, $3, $4)`, hashToken(token), m.Address.Bytes(), now, expires); err != nil {
			return fmt.Errorf("auth: store token: %w", err)
		}
		return nil
	})
	if err != nil {
		return Token{}, err
	}
	return Token{Token: token, ExpiresAt: expires, Address: m.Address}, nil
}

// Authenticate returns the address a token was issued to, or
// ErrUnauthenticated when it is unknown, expired or revoked.
func (s *Service) Authenticate(ctx context.Context, token string) (common.Address, error) {
	if token == "" || len(token) > 256 {
		return common.Address{}, ErrUnauthenticated
	}
	var addr []byte
	err := s.cfg.DB.GetContext(ctx, &addr, `SELECT address FROM auth_tokens
		WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2`, hashToken(token), s.cfg.Now())
	if errors.Is(err, sql.ErrNoRows) {
		return common.Address{}, ErrUnauthenticated
	}
	if err != nil {
		return common.Address{}, fmt.Errorf("auth: read token: %w", err)
	}
	return common.BytesToAddress(addr), nil
}

// SignOut revokes a token; a token already revoked or unknown is
// ErrUnauthenticated.
func (s *Service) SignOut(ctx context.Context, token string) error {
	res, err := s.cfg.DB.ExecContext(ctx, `UPDATE auth_tokens SET revoked_at = $2
		WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2`, hashToken(token), s.cfg.Now())
	if err != nil {
		return fmt.Errorf("auth: revoke token: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return cmp.Or(err, ErrUnauthenticated)
	}
	return nil
}

// sameDomain requires an http(s) URI on the message's domain: a message
// signed for one site cannot sign its holder in as another.
func sameDomain(uri, domain string) error {
	u, err := url.Parse(uri)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || !strings.EqualFold(u.Host, domain) {
		return fmt.Errorf("URI %q is not an http(s) URI on %s", uri, domain)
	}
	return nil
}

// loopback reports whether domain (host[:port]) names this machine.
func loopback(domain string) bool {
	host := domain
	if h, _, err := net.SplitHostPort(domain); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func hashToken(token string) []byte {
	sum := sha256.Sum256([]byte(token))
	return sum[:]
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return b
}

const alphanumeric = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// randomAlphanumeric returns n characters from alphanumeric, uniformly.
func randomAlphanumeric(n int) string {
	out := make([]byte, 0, n)
	for len(out) < n {
		for _, b := range randomBytes(n) {
			if int(b) < 256-256%len(alphanumeric) && len(out) < n {
				out = append(out, alphanumeric[int(b)%len(alphanumeric)])
			}
		}
	}
	return string(out)
}
