// Package siwe reads, writes and checks Sign-In with Ethereum messages
// (ERC-4361): the text a wallet signs to prove to a site that it holds an
// address.
//
// A sign-in takes three steps: Parse the signed text, Validate it against the
// site's origin, chain and clock, and VerifySignature over the same text. The
// nonce is the caller's: it hands one out per sign-in and accepts it once.
package siwe

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/inft-labs/inft/internal/safe"
)

// MaxMessageBytes is the longest message Parse reads. ERC-4361 leaves the
// limit to implementers; a sign-in message is a few hundred bytes.
const MaxMessageBytes = 8192

// Version is the only message version ERC-4361 defines, the value of its
// "Version:" line.
const Version = "1"

// headerSuffix ends the first line, after the optional scheme and the domain.
const headerSuffix = " wants you to sign in with your Ethereum account:"

// The labels of the lines after the statement, in the order the message
// gives them.
const (
	labelURI            = "URI"
	labelVersion        = "Version"
	labelChainID        = "Chain ID"
	labelNonce          = "Nonce"
	labelIssuedAt       = "Issued At"
	labelExpirationTime = "Expiration Time"
	labelNotBefore      = "Not Before"
	labelRequestID      = "Request ID"
	labelResources      = "Resources"
)

var labels = []string{
	labelURI, labelVersion, labelChainID, labelNonce, labelIssuedAt,
	labelExpirationTime, labelNotBefore, labelRequestID, labelResources,
}

var (
	// ErrMalformed is what every error from Parse matches (errors.Is): the
	// text is not a message as ERC-4361's grammar defines it.
	ErrMalformed = errors.New("siwe: malformed message")
	// ErrTooLarge is matched by Parse's error for text longer than
	// MaxMessageBytes.
	ErrTooLarge = errors.New("siwe: message too large")
	// ErrAddressChecksum is matched by Parse's error for an address that is
	// not in its ERC-55 mixed-case checksum form, all-lowercase included.
	ErrAddressChecksum = errors.New("siwe: address not ERC-55 checksummed")
)

// Message is a Sign-In with Ethereum message. Parse fills one from signed
// text; String writes it back.
type Message struct {
	// Scheme is the URI scheme of the origin asking for the sign-in, "" when
	// the message names none (HTTPS is then assumed).
	Scheme string
	// Domain is the RFC 3986 authority (host and optional port) asking for
	// the sign-in.
	Domain string
	// Address is the account signing in.
	Address common.Address
	// Statement is the sentence the user agrees to, "" when there is none.
	Statement string
	// URI is the RFC 3986 URI of the resource the sign-in is for.
	URI string
	// ChainID is the EIP-155 chain the session is bound to, the one a
	// contract account's signature is checked on.
	ChainID uint64
	// Nonce is the relying party's random value, 8 or more ASCII letters and
	// digits, that makes the signature good for one sign-in.
	Nonce string
	// IssuedAt is when the message was made.
	IssuedAt time.Time
	// ExpirationTime, when set, is when the message stops being valid.
	ExpirationTime *time.Time
	// NotBefore, when set, is when the message starts being valid.
	NotBefore *time.Time
	// RequestID, when set, names the sign-in request for the relying party.
	RequestID *string
	// Resources are RFC 3986 URIs the user asks the relying party to resolve
	// as part of the sign-in.
	Resources []string

	// text keeps what Parse read where the fields above lose it, so that
	// String gives back the signed text byte for byte.
	text parsedText
}

// parsedText is the text behind fields that more than one spelling can give.
type parsedText struct {
	emptyStatement bool // a statement line that is there but empty
	emptyResources bool // a "Resources:" line with no resource below it
	issuedAt       stamp
	expirationTime stamp
	notBefore      stamp
}

// stamp is an RFC 3339 date-time as written ("…24.000Z", "…24z") and as read.
type stamp struct {
	raw string
	at  time.Time
}

// format is t as the message wrote it when t is still the time read from it,
// otherwise in RFC 3339 with as many fraction digits as it needs.
func (s stamp) format(t time.Time) string {
	if s.raw != "" && t.Equal(s.at) {
		_, want := s.at.Zone()
		if _, got := t.Zone(); got == want {
			return s.raw
		}
	}
	return t.Format(time.RFC3339Nano)
}

// String is the message's text, the bytes a wallet signs. For a message from
// Parse it is the text parsed; after a field changes, that field is written in
// its canonical form. String does not check the fields: Parse its result to
// check a message built by hand.
func (m *Message) String() string {
	var b strings.Builder
	if m.Scheme != "" {
		b.WriteString(m.Scheme + "://")
	}
	b.WriteString(m.Domain + headerSuffix + "\n")
	b.WriteString(m.Address.Hex() + "\n\n")
	if m.Statement != "" || m.text.emptyStatement {
		b.WriteString(m.Statement + "\n")
	}
	b.WriteString("\n")
	line := func(label, value string) { b.WriteString(label + ": " + value) }
	line(labelURI, m.URI+"\n")
	line(labelVersion, Version+"\n")
	line(labelChainID, strconv.FormatUint(m.ChainID, 10)+"\n")
	line(labelNonce, m.Nonce+"\n")
	line(labelIssuedAt, m.text.issuedAt.format(m.IssuedAt))
	if m.ExpirationTime != nil {
		b.WriteString("\n")
		line(labelExpirationTime, m.text.expirationTime.format(*m.ExpirationTime))
	}
	if m.NotBefore != nil {
		b.WriteString("\n")
		line(labelNotBefore, m.text.notBefore.format(*m.NotBefore))
	}
	if m.RequestID != nil {
		b.WriteString("\n")
		line(labelRequestID, *m.RequestID)
	}
	if len(m.Resources) > 0 || m.text.emptyResources {
		b.WriteString("\n" + labelResources + ":")
		for _, r := range m.Resources {
			b.WriteString("\n- " + r)
		}
	}
	return b.String()
}

// Parse reads a message as ERC-4361's ABNF defines it: every line in its
// place, lines ending in LF alone, nothing after the last field. Beyond the
// grammar it requires the address in ERC-55 checksum form, a chain id without
// leading zeros and a non-empty host in the domain. Every error matches
// ErrMalformed and says which line and field are at fault.
func Parse(text string) (*Message, error) {
	if len(text) > MaxMessageBytes {
		return nil, &parseError{kind: ErrTooLarge, reason: fmt.Sprintf("message is %d bytes, over the %d-byte limit", len(text), MaxMessageBytes)}
	}
	if i := firstInvalidUTF8(text); i >= 0 {
		return nil, &parseError{line: lineAt(text, i), reason: "not valid UTF-8"}
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		return nil, &parseError{line: lineAt(text, i), reason: "NUL byte"}
	}
	if i := strings.IndexByte(text, '\r'); i >= 0 {
		return nil, &parseError{line: lineAt(text, i), reason: "carriage return: lines end in LF alone"}
	}
	p := &parser{lines: strings.Split(text, "\n")}
	return p.message()
}

// parser walks the message's lines in order.
type parser struct {
	lines []string
	i     int // the line being read, from 0
}

func (p *parser) message() (*Message, error) {
	m := &Message{}
	if err := p.header(m); err != nil {
		return nil, err
	}
	if err := p.statement(m); err != nil {
		return nil, err
	}

	uri, err := p.field(labelURI, checkURI)
	if err != nil {
		return nil, err
	}
	m.URI = uri
	if _, err := p.field(labelVersion, checkVersion); err != nil {
		return nil, err
	}
	chainID, err := p.field(labelChainID, checkChainID)
	if err != nil {
		return nil, err
	}
	m.ChainID, _ = strconv.ParseUint(chainID, 10, 64) // checkChainID parsed it
	if m.Nonce, err = p.field(labelNonce, checkNonce); err != nil {
		return nil, err
	}
	if m.IssuedAt, m.text.issuedAt, err = p.time(labelIssuedAt); err != nil {
		return nil, err
	}

	if p.next(labelExpirationTime) {
		t, s, err := p.time(labelExpirationTime)
		if err != nil {
			return nil, err
		}
		m.ExpirationTime, m.text.expirationTime = &t, s
	}
	if p.next(labelNotBefore) {
		t, s, err := p.time(labelNotBefore)
		if err != nil {
			return nil, err
		}
		m.NotBefore, m.text.notBefore = &t, s
	}
	if p.next(labelRequestID) {
		id, err := p.field(labelRequestID, checkRequestID)
		if err != nil {
			return nil, err
		}
		m.RequestID = &id
	}
	if p.next(labelResources) {
		if err := p.resources(m); err != nil {
			return nil, err
		}
	}
	if p.i < len(p.lines) {
		return nil, p.trailing()
	}
	return m, nil
}

// header reads the first two lines: scheme, domain and address.
func (p *parser) header(m *Message) error {
	origin, ok := strings.CutSuffix(p.lines[0], headerSuffix)
	if !ok {
		return p.errorf("", "does not end in %q", headerSuffix)
	}
	if scheme, domain, ok := strings.Cut(origin, "://"); ok {
		if err := checkScheme(scheme); err != nil {
			return p.fail("scheme", err)
		}
		m.Scheme, origin = scheme, domain
	}
	if err := checkAuthority(origin, true); err != nil {
		return p.fail("domain", err)
	}
	m.Domain = origin

	p.i++
	if p.i == len(p.lines) {
		return p.errorf("address", "missing: the message ends")
	}
	addr, err := parseAddress(p.lines[p.i])
	if err != nil {
		return p.fail("address", err)
	}
	m.Address = addr
	p.i++
	return nil
}

// statement reads the empty line after the address, the optional statement
// and the empty line that closes it.
func (p *parser) statement(m *Message) error {
	if err := p.empty("an empty line after the address"); err != nil {
		return err
	}
	switch {
	case p.i+1 < len(p.lines) && p.lines[p.i] == "" && p.lines[p.i+1] == "":
		m.text.emptyStatement = true
		p.i++
	case p.i < len(p.lines) && p.lines[p.i] != "":
		if err := checkStatement(p.lines[p.i]); err != nil {
			return p.fail("statement", err)
		}
		m.Statement = p.lines[p.i]
		p.i++
	}
	return p.empty("an empty line after the statement")
}

func (p *parser) empty(what string) error {
	if p.i == len(p.lines) {
		return p.errorf("", "missing %s: the message ends", what)
	}
	if p.lines[p.i] != "" {
		return p.errorf("", "expected %s, found %q", what, safe.Truncate(p.lines[p.i], 40))
	}
	p.i++
	return nil
}

// next says whether the line being read is the field with this label.
func (p *parser) next(label string) bool {
	return p.i < len(p.lines) && strings.HasPrefix(p.lines[p.i], label+":")
}

// field reads the line "label: value" and checks the value.
func (p *parser) field(label string, check func(string) error) (string, error) {
	if p.i == len(p.lines) {
		return "", p.errorf(label, "missing: the message ends")
	}
	line := p.lines[p.i]
	value, ok := strings.CutPrefix(line, label+": ")
	if !ok {
		if strings.HasPrefix(line, label+":") {
			return "", p.errorf(label, "no space after the colon")
		}
		if other := labelOf(line); other != "" {
			return "", p.errorf(label, "missing (found %q in its place)", other)
		}
		return "", p.errorf(label, "missing (found %q)", safe.Truncate(line, 40))
	}
	if err := check(value); err != nil {
		return "", p.fail(label, err)
	}
	p.i++
	return value, nil
}

func (p *parser) time(label string) (time.Time, stamp, error) {
	var t time.Time
	raw, err := p.field(label, func(s string) error {
		var err error
		t, err = parseDateTime(s)
		return err
	})
	if err != nil {
		return time.Time{}, stamp{}, err
	}
	return t, stamp{raw: raw, at: t}, nil
}

// resources reads the "Resources:" line and the "- URI" lines below it.
func (p *parser) resources(m *Message) error {
	if p.lines[p.i] != labelResources+":" {
		return p.errorf(labelResources, `must be alone on its line, each resource below it on a line "- URI"`)
	}
	p.i++
	for ; p.i < len(p.lines); p.i++ {
		r, ok := strings.CutPrefix(p.lines[p.i], "- ")
		if !ok {
			break
		}
		if err := checkURI(r); err != nil {
			return p.fail(labelResources, fmt.Errorf("resource %d: %w", len(m.Resources)+1, err))
		}
		m.Resources = append(m.Resources, r)
	}
	m.text.emptyResources = len(m.Resources) == 0
	return nil
}

// trailing is the error for a line after the message's end.
func (p *parser) trailing() error {
	line := p.lines[p.i]
	switch {
	case line == "" && p.i == len(p.lines)-1:
		return p.errorf("", "ends in a newline: the message ends after its last field")
	case labelOf(line) != "":
		return p.errorf(labelOf(line), "out of order or repeated: the fields come once each, in the order %s", strings.Join(labels, ", "))
	case strings.HasPrefix(line, "- "):
		return p.errorf("", `resource %q outside a "Resources:" list`, safe.Truncate(line[2:], 40))
	}
	return p.errorf("", "unexpected line %q where the message should end", safe.Truncate(line, 40))
}

func (p *parser) errorf(field, format string, args ...any) error {
	return &parseError{line: p.i + 1, field: field, reason: fmt.Sprintf(format, args...)}
}

// fail is the error for a field whose value check failed with err.
func (p *parser) fail(field string, err error) error {
	e := &parseError{line: p.i + 1, field: field, reason: err.Error()}
	var k *kindError
	if errors.As(err, &k) {
		e.kind = k.kind
	}
	return e
}

// labelOf is the label a line starts with, "" for none.
func labelOf(line string) string {
	for _, l := range labels {
		if strings.HasPrefix(line, l+":") {
			return l
		}
	}
	return ""
}

// parseError is the error of Parse: a line of the message, the field on it
// and what is wrong.
type parseError struct {
	line   int    // from 1; 0 for the message as a whole
	field  string // the label or ABNF rule, "" for the line as a whole
	reason string
	kind   error // a sentinel more specific than ErrMalformed, or nil
}

func (e *parseError) Error() string {
	var b strings.Builder
	b.WriteString("siwe: ")
	if e.line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.line)
	}
	if e.field != "" {
		fmt.Fprintf(&b, "%q: ", e.field)
	}
	b.WriteString(e.reason)
	return b.String()
}

func (e *parseError) Is(target error) bool {
	return target == ErrMalformed || (e.kind != nil && target == e.kind)
}

// kindError is a value check's failure that a caller can tell apart by kind.
type kindError struct {
	kind   error
	reason string
}

func (e *kindError) Error() string { return e.reason }

// parseAddress reads "0x" and 40 hex digits in ERC-55 checksum form.
func parseAddress(s string) (common.Address, error) {
	digits, ok := strings.CutPrefix(s, "0x")
	if !ok || len(digits) != 2*common.AddressLength || strings.IndexFunc(digits, func(r rune) bool { return !isHexDigit(r) }) >= 0 {
		return common.Address{}, fmt.Errorf("%q is not 0x and 40 hex digits", safe.Truncate(s, 50))
	}
	addr := common.HexToAddress(s)
	if addr.Hex() != s {
		return common.Address{}, &kindError{kind: ErrAddressChecksum, reason: fmt.Sprintf("%s is not in ERC-55 checksum form (%s)", s, addr.Hex())}
	}
	return addr, nil
}

func checkVersion(s string) error {
	if s != Version {
		return fmt.Errorf("must be %s, not %q", Version, safe.Truncate(s, 20))
	}
	return nil
}

func checkChainID(s string) error {
	if s == "" || strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return errors.New("not a decimal number")
	}
	if len(s) > 1 && s[0] == '0' {
		return errors.New("leading zero")
	}
	if _, err := strconv.ParseUint(s, 10, 64); err != nil {
		return errors.New("over 2^64-1")
	}
	return nil
}

func checkNonce(s string) error {
	if err := checkChars(s, isAlphaNum, false); err != nil {
		return fmt.Errorf("%w (letters and digits only)", err)
	}
	if len(s) < 8 {
		return fmt.Errorf("%d characters, fewer than 8", len(s))
	}
	return nil
}

func checkStatement(s string) error { return checkChars(s, isStatementChar, false) }

func checkRequestID(s string) error { return checkChars(s, isPchar, true) }

// firstInvalidUTF8 is the offset of the first byte of s that is not part of
// valid UTF-8, -1 if there is none.
func firstInvalidUTF8(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// lineAt is the line, from 1, holding byte i of text.
func lineAt(text string, i int) int { return 1 + strings.Count(text[:i], "\n") }
