package siwe

import (
	"cmp"
	"errors"
	"fmt"
	"time"
)

var (
	// ErrDomainMismatch is Validate's error for a message made for another
	// origin: its domain, or the scheme it names, is not the expected one.
	ErrDomainMismatch = errors.New("siwe: domain mismatch")
	// ErrURIMismatch is Validate's error for a message whose URI is not the
	// expected one.
	ErrURIMismatch = errors.New("siwe: URI mismatch")
	// ErrChainMismatch is Validate's error for a message bound to another
	// chain.
	ErrChainMismatch = errors.New("siwe: chain mismatch")
	// ErrExpired is Validate's error for a message past its expiration time.
	ErrExpired = errors.New("siwe: message expired")
	// ErrNotYetValid is Validate's error for a message before its not-before
	// time.
	ErrNotYetValid = errors.New("siwe: message not yet valid")
	// ErrIssuedInFuture is Validate's error for a message issued later than
	// now, beyond the allowed clock skew.
	ErrIssuedInFuture = errors.New("siwe: message issued in the future")
	// ErrTooOld is Validate's error for a message issued longer ago than the
	// allowed age.
	ErrTooOld = errors.New("siwe: message too old")
)

// Expect is what a relying party requires of a message: its own origin and
// chain, and how far the message's times may stray from its clock.
type Expect struct {
	// Domain is the relying party's authority (host, and port if not the
	// scheme's default), as browsers give it in location.host. Required; the
	// message's domain must equal it byte for byte.
	Domain string
	// Scheme is the relying party's scheme, "https" when empty. A message
	// that names a scheme must name this one; one that names none is taken
	// as ERC-4361 says, for the default scheme, and is not checked.
	Scheme string
	// URI, when set, must equal the message's URI byte for byte. Empty skips
	// the check.
	URI string
	// ChainID is the chain the relying party accepts sign-ins for and checks
	// contract accounts' signatures on. Required.
	ChainID uint64
	// Now is the time to judge the message at, time.Now() when zero.
	Now time.Time
	// MaxAge, when positive, is how long after IssuedAt the message is still
	// accepted, whatever its expiration time.
	MaxAge time.Duration
	// Skew is how far the wallet's clock may be from Now: every time check
	// gives this much leeway. Zero allows none; a minute is typical.
	Skew time.Duration
}

// Validate checks m against e: origin, URI, chain, then times. It returns the
// first failure, wrapping the matching Err… value, or an error of its own for
// an Expect without its required Domain or ChainID. It checks neither the
// signature (VerifySignature does) nor the nonce (the caller accepts each of
// its nonces once).
func (m *Message) Validate(e Expect) error {
	if e.Domain == "" {
		return errors.New("siwe: Expect.Domain is required")
	}
	if e.ChainID == 0 {
		return errors.New("siwe: Expect.ChainID is required")
	}
	if m.Domain != e.Domain {
		return fmt.Errorf("%w: message for %q, expected %q", ErrDomainMismatch, m.Domain, e.Domain)
	}
	if scheme := cmp.Or(e.Scheme, "https"); m.Scheme != "" && m.Scheme != scheme {
		return fmt.Errorf("%w: message for %s://%s, expected %s://%s", ErrDomainMismatch, m.Scheme, m.Domain, scheme, e.Domain)
	}
	if e.URI != "" && m.URI != e.URI {
		return fmt.Errorf("%w: message for %q, expected %q", ErrURIMismatch, m.URI, e.URI)
	}
	if m.ChainID != e.ChainID {
		return fmt.Errorf("%w: message for chain %d, expected %d", ErrChainMismatch, m.ChainID, e.ChainID)
	}

	now := e.Now
	if now.IsZero() {
		now = time.Now()
	}
	if m.ExpirationTime != nil && !now.Before(m.ExpirationTime.Add(e.Skew)) {
		return fmt.Errorf("%w: at %s (now %s)", ErrExpired, m.ExpirationTime.Format(time.RFC3339), now.Format(time.RFC3339))
	}
	if m.NotBefore != nil && now.Before(m.NotBefore.Add(-e.Skew)) {
		return fmt.Errorf("%w: not before %s (now %s)", ErrNotYetValid, m.NotBefore.Format(time.RFC3339), now.Format(time.RFC3339))
	}
	if m.IssuedAt.After(now.Add(e.Skew)) {
		return fmt.Errorf("%w: issued at %s (now %s)", ErrIssuedInFuture, m.IssuedAt.Format(time.RFC3339), now.Format(time.RFC3339))
	}
	if e.MaxAge > 0 && now.Sub(m.IssuedAt) > e.MaxAge+e.Skew {
		return fmt.Errorf("%w: issued at %s, more than %s before %s", ErrTooOld, m.IssuedAt.Format(time.RFC3339), e.MaxAge, now.Format(time.RFC3339))
	}
	return nil
}
