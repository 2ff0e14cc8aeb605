package siwe_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/auth/siwe"
)

func TestValidate(t *testing.T) {
	t.Parallel()
	issued := time.Date(2021, 9, 30, 16, 25, 24, 0, time.UTC)
	expires := issued.Add(10 * time.Minute)
	notBefore := issued.Add(2 * time.Minute)
	expect := siwe.Expect{Domain: "example.com", ChainID: 1, Now: issued.Add(5 * time.Minute), Skew: time.Minute}
	// msg is the spec's example, changed by fn.
	msg := func(fn func(*siwe.Message)) *siwe.Message {
		m, err := siwe.Parse(specExample)
		require.NoError(t, err)
		if fn != nil {
			fn(m)
		}
		return m
	}
	for _, tc := range []struct {
		name   string
		m      *siwe.Message
		expect func(*siwe.Expect)
		want   error
	}{
		{name: "valid", m: msg(nil)},
		{name: "wrong domain", m: msg(nil), expect: func(e *siwe.Expect) { e.Domain = "evil.com" }, want: siwe.ErrDomainMismatch},
		{name: "domain with another port", m: msg(func(m *siwe.Message) { m.Domain = "example.com:8443" }), want: siwe.ErrDomainMismatch},
		{name: "domain with userinfo", m: msg(func(m *siwe.Message) { m.Domain = "example.com@evil.com" }), want: siwe.ErrDomainMismatch},
		{name: "domain in another case", m: msg(func(m *siwe.Message) { m.Domain = "Example.com" }), want: siwe.ErrDomainMismatch},
		{name: "scheme https", m: msg(func(m *siwe.Message) { m.Scheme = "https" })},
		{name: "scheme http, https expected", m: msg(func(m *siwe.Message) { m.Scheme = "http" }), want: siwe.ErrDomainMismatch},
		{name: "scheme http expected", m: msg(func(m *siwe.Message) { m.Scheme = "http" }), expect: func(e *siwe.Expect) { e.Scheme = "http" }},
		{name: "no scheme, http expected", m: msg(nil), expect: func(e *siwe.Expect) { e.Scheme = "http" }},
		{name: "URI matches", m: msg(nil), expect: func(e *siwe.Expect) { e.URI = "https://example.com/login" }},
		{name: "URI differs", m: msg(nil), expect: func(e *siwe.Expect) { e.URI = "https://example.com/" }, want: siwe.ErrURIMismatch},
		{name: "wrong chain", m: msg(nil), expect: func(e *siwe.Expect) { e.ChainID = 146 }, want: siwe.ErrChainMismatch},
		{name: "before expiry", m: msg(func(m *siwe.Message) { m.ExpirationTime = &expires })},
		{name: "expired", m: msg(func(m *siwe.Message) { m.ExpirationTime = &expires }), expect: func(e *siwe.Expect) { e.Now = expires.Add(time.Minute) }, want: siwe.ErrExpired},
		{name: "expired within skew", m: msg(func(m *siwe.Message) { m.ExpirationTime = &expires }), expect: func(e *siwe.Expect) { e.Now = expires.Add(59 * time.Second) }},
		{name: "expired at once without skew", m: msg(func(m *siwe.Message) { m.ExpirationTime = &expires }), expect: func(e *siwe.Expect) { e.Now, e.Skew = expires, 0 }, want: siwe.ErrExpired},
		{name: "not yet valid", m: msg(func(m *siwe.Message) { m.NotBefore = &notBefore }), expect: func(e *siwe.Expect) { e.Now = notBefore.Add(-61 * time.Second) }, want: siwe.ErrNotYetValid},
		{name: "not yet valid within skew", m: msg(func(m *siwe.Message) { m.NotBefore = &notBefore }), expect: func(e *siwe.Expect) { e.Now = notBefore.Add(-59 * time.Second) }},
		{name: "past not before", m: msg(func(m *siwe.Message) { m.NotBefore = &notBefore })},
		{name: "issued in the future", m: msg(nil), expect: func(e *siwe.Expect) { e.Now = issued.Add(-61 * time.Second) }, want: siwe.ErrIssuedInFuture},
		{name: "issued in the future within skew", m: msg(nil), expect: func(e *siwe.Expect) { e.Now = issued.Add(-59 * time.Second) }},
		{name: "issued in the future without skew", m: msg(nil), expect: func(e *siwe.Expect) { e.Now, e.Skew = issued.Add(-time.Second), 0 }, want: siwe.ErrIssuedInFuture},
		{name: "within max age", m: msg(nil), expect: func(e *siwe.Expect) { e.MaxAge = 5 * time.Minute }},
		{name: "too old", m: msg(nil), expect: func(e *siwe.Expect) { e.MaxAge = 3 * time.Minute }, want: siwe.ErrTooOld},
		{name: "too old though not expired", m: msg(func(m *siwe.Message) { m.ExpirationTime = &expires }), expect: func(e *siwe.Expect) { e.MaxAge = time.Minute }, want: siwe.ErrTooOld},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			e := expect
			if tc.expect != nil {
				tc.expect(&e)
			}
			err := tc.m.Validate(e)
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.want)
			t.Log(err)
		})
	}
}

func TestValidateMessages(t *testing.T) {
	t.Parallel()
	m, err := siwe.Parse(specExample)
	require.NoError(t, err)
	e := siwe.Expect{Domain: "example.com", ChainID: 1, Now: m.IssuedAt}
	require.EqualError(t, m.Validate(siwe.Expect{Domain: "evil.com", ChainID: 1, Now: m.IssuedAt}),
		`siwe: domain mismatch: message for "example.com", expected "evil.com"`)
	m.Scheme = "http"
	require.EqualError(t, m.Validate(e), `siwe: domain mismatch: message for http://example.com, expected https://example.com`)
	m.Scheme = ""
	require.EqualError(t, m.Validate(siwe.Expect{Domain: "example.com", ChainID: 146, Now: m.IssuedAt}),
		`siwe: chain mismatch: message for chain 1, expected 146`)
	e.Now = m.IssuedAt.Add(-time.Hour)
	require.EqualError(t, m.Validate(e), `siwe: message issued in the future: issued at 2021-09-30T16:25:24Z (now 2021-09-30T15:25:24Z)`)
}

func TestValidateNeedsDomainAndChain(t *testing.T) {
	t.Parallel()
	m, err := siwe.Parse(specExample)
	require.NoError(t, err)
	for _, e := range []siwe.Expect{{ChainID: 1}, {Domain: "example.com"}} {
		err := m.Validate(e)
		require.Error(t, err)
		require.NotErrorIs(t, err, siwe.ErrDomainMismatch)
		require.NotErrorIs(t, err, siwe.ErrChainMismatch)
	}
}

func TestValidateNowDefaultsToTheClock(t *testing.T) {
	t.Parallel()
	m, err := siwe.Parse(specExample) // issued in 2021
	require.NoError(t, err)
	e := siwe.Expect{Domain: "example.com", ChainID: 1}
	require.NoError(t, m.Validate(e))
	e.MaxAge = time.Hour
	require.ErrorIs(t, m.Validate(e), siwe.ErrTooOld)
	m.IssuedAt = time.Now().Add(time.Hour)
	require.ErrorIs(t, m.Validate(siwe.Expect{Domain: "example.com", ChainID: 1}), siwe.ErrIssuedInFuture)
}
