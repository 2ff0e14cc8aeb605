package siwe

import (
	"errors"
	"fmt"
	"net/netip"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/inft-labs/inft/internal/safe"
)

// The rules ERC-4361 borrows from RFC 3986 (URI, authority, pchar) and
// RFC 3339 (date-time), checked as their ABNF writes them.

// checkURI checks s against RFC 3986's URI:
//
//	URI       = scheme ":" hier-part [ "?" query ] [ "#" fragment ]
//	hier-part = "//" authority path-abempty / path-absolute / path-rootless / path-empty
func checkURI(s string) error {
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok {
		return fmt.Errorf("%q is not a URI: no scheme", safe.Truncate(s, 60))
	}
	if err := checkScheme(scheme); err != nil {
		return fmt.Errorf("%q is not a URI: %w", safe.Truncate(s, 60), err)
	}
	if err := checkHierPart(rest); err != nil {
		return fmt.Errorf("%q is not a URI: %w", safe.Truncate(s, 60), err)
	}
	return nil
}

func checkHierPart(s string) error {
	if rest, fragment, ok := strings.Cut(s, "#"); ok {
		if err := checkChars(fragment, isQueryChar, true); err != nil {
			return fmt.Errorf("fragment: %w", err)
		}
		s = rest
	}
	if rest, query, ok := strings.Cut(s, "?"); ok {
		if err := checkChars(query, isQueryChar, true); err != nil {
			return fmt.Errorf("query: %w", err)
		}
		s = rest
	}
	path := s
	if rest, ok := strings.CutPrefix(s, "//"); ok {
		authority := rest
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			authority, path = rest[:i], rest[i:]
		} else {
			path = ""
		}
		if err := checkAuthority(authority, false); err != nil {
			return fmt.Errorf("authority: %w", err)
		}
	}
	// After "//" authority, a path-abempty; otherwise a path-absolute (not
	// "//", taken above), a path-rootless or a path-empty: in each, segments of
	// pchar between slashes.
	if err := checkChars(path, isPathChar, true); err != nil {
		return fmt.Errorf("path: %w", err)
	}
	return nil
}

// checkScheme checks s against scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
func checkScheme(s string) error {
	if s == "" {
		return errors.New("empty scheme")
	}
	if !isAlpha(s[0]) {
		return fmt.Errorf("scheme %q does not start with a letter", safe.Truncate(s, 30))
	}
	return checkChars(s, func(c byte) bool { return isAlphaNum(c) || c == '+' || c == '-' || c == '.' }, false)
}

// checkAuthority checks s against authority = [ userinfo "@" ] host [ ":" port ],
// with a non-empty host when requireHost is set (the domain of a message; a
// URI such as file:///x has an empty one).
func checkAuthority(s string, requireHost bool) error {
	hostport := s
	if userinfo, rest, ok := strings.Cut(s, "@"); ok {
		err := checkChars(userinfo, func(c byte) bool { return isUnreserved(c) || isSubDelim(c) || c == ':' }, true)
		if err != nil {
			return fmt.Errorf("userinfo: %w", err)
		}
		hostport = rest
	}
	host, port := hostport, ""
	if strings.HasPrefix(hostport, "[") {
		end := strings.IndexByte(hostport, ']')
		if end < 0 {
			return errors.New("IP literal without its closing ]")
		}
		host = hostport[:end+1]
		switch rest := hostport[end+1:]; {
		case rest == "":
		case rest[0] == ':':
			port = rest[1:]
		default:
			return fmt.Errorf("%q after the IP literal", safe.Truncate(rest, 30))
		}
		if err := checkIPLiteral(host[1:end]); err != nil {
			return err
		}
	} else {
		if i := strings.IndexByte(hostport, ':'); i >= 0 {
			host, port = hostport[:i], hostport[i+1:]
		}
		// reg-name; an IPv4address is a reg-name too.
		err := checkChars(host, func(c byte) bool { return isUnreserved(c) || isSubDelim(c) }, true)
		if err != nil {
			return fmt.Errorf("host: %w", err)
		}
	}
	if requireHost && host == "" {
		return errors.New("empty host")
	}
	if err := checkChars(port, isDigit, false); err != nil {
		return fmt.Errorf("port: %w", err)
	}
	return nil
}

// checkIPLiteral checks what is between the brackets of
// IP-literal = "[" ( IPv6address / IPvFuture ) "]".
func checkIPLiteral(s string) error {
	if rest, ok := cutPrefixFold(s, "v"); ok {
		// IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
		version, addr, ok := strings.Cut(rest, ".")
		if !ok || version == "" || addr == "" || strings.IndexFunc(version, func(r rune) bool { return !isHexDigit(r) }) >= 0 {
			return fmt.Errorf("[%s] is not an IPvFuture literal", safe.Truncate(s, 40))
		}
		return checkChars(addr, func(c byte) bool { return isUnreserved(c) || isSubDelim(c) || c == ':' }, false)
	}
	// netip also reads zones ("%eth0") and bare IPv4, neither an IPv6address.
	if a, err := netip.ParseAddr(s); err != nil || a.Zone() != "" || !strings.Contains(s, ":") {
		return fmt.Errorf("[%s] is not an IPv6 address", safe.Truncate(s, 40))
	}
	return nil
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// checkChars checks that every byte of s is one ok allows or, with pct, part
// of a percent-encoding "%" HEXDIG HEXDIG.
func checkChars(s string, ok func(byte) bool, pct bool) error {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case pct && c == '%':
			if i+2 >= len(s) || !isHexDigit(rune(s[i+1])) || !isHexDigit(rune(s[i+2])) {
				return fmt.Errorf("%q is not a percent-encoding", s[i:min(i+3, len(s))])
			}
			i += 3
		case c < utf8.RuneSelf && ok(c):
			i++
		default:
			r, _ := utf8.DecodeRuneInString(s[i:])
			return fmt.Errorf("character %q not allowed", r)
		}
	}
	return nil
}

func isAlpha(c byte) bool      { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool      { return '0' <= c && c <= '9' }
func isAlphaNum(c byte) bool   { return isAlpha(c) || isDigit(c) }
func isUnreserved(c byte) bool { return isAlphaNum(c) || strings.IndexByte("-._~", c) >= 0 }
func isSubDelim(c byte) bool   { return strings.IndexByte("!$&'()*+,;=", c) >= 0 }
func isGenDelim(c byte) bool   { return strings.IndexByte(":/?#[]@", c) >= 0 }
func isPchar(c byte) bool      { return isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@' }
func isPathChar(c byte) bool   { return isPchar(c) || c == '/' }
func isQueryChar(c byte) bool  { return isPchar(c) || c == '/' || c == '?' }
func isStatementChar(c byte) bool {
	return isUnreserved(c) || isSubDelim(c) || isGenDelim(c) || c == ' '
}

func isHexDigit(r rune) bool {
	return '0' <= r && r <= '9' || 'a' <= r && r <= 'f' || 'A' <= r && r <= 'F'
}

// parseDateTime reads RFC 3339's date-time:
//
//	date-time = full-date "T" partial-time time-offset
//	          ; YYYY-MM-DDTHH:MM:SS[.frac](Z / +HH:MM / -HH:MM), "t" and "z" also
//
// time.Parse alone takes more (one-digit hours, a comma before the fraction,
// offsets past 23:59), so the layout is checked here first. A leap second
// (second 60) is refused: time.Time cannot hold it.
func parseDateTime(s string) (time.Time, error) {
	bad := fmt.Errorf("%q is not an RFC 3339 date-time", safe.Truncate(s, 40))
	const layout = "dddd-dd-ddTdd:dd:dd"
	if len(s) < len(layout)+1 {
		return time.Time{}, bad
	}
	for i := range len(layout) {
		c := s[i]
		switch layout[i] {
		case 'd':
			if !isDigit(c) {
				return time.Time{}, bad
			}
		case 'T':
			if c != 'T' && c != 't' {
				return time.Time{}, bad
			}
		default:
			if c != layout[i] {
				return time.Time{}, bad
			}
		}
	}
	offset := s[len(layout):]
	if rest, ok := strings.CutPrefix(offset, "."); ok {
		n := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
		if n <= 0 {
			return time.Time{}, bad
		}
		offset = rest[n:]
	}
	switch {
	case offset == "Z" || offset == "z":
	case len(offset) == 6 && (offset[0] == '+' || offset[0] == '-') &&
		isDigit(offset[1]) && isDigit(offset[2]) && offset[3] == ':' && isDigit(offset[4]) && isDigit(offset[5]):
		if num(offset[1:3]) > 23 || num(offset[4:6]) > 59 {
			return time.Time{}, fmt.Errorf("%q: offset out of range", safe.Truncate(s, 40))
		}
	default:
		return time.Time{}, bad
	}

	year, month, day := num(s[0:4]), num(s[5:7]), num(s[8:10])
	hour, minute, second := num(s[11:13]), num(s[14:16]), num(s[17:19])
	switch {
	case month < 1 || month > 12:
		return time.Time{}, fmt.Errorf("%q: month out of range", s)
	case day < 1 || day > time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day():
		return time.Time{}, fmt.Errorf("%q: day out of range", s)
	case hour > 23:
		return time.Time{}, fmt.Errorf("%q: hour out of range", s)
	case minute > 59:
		return time.Time{}, fmt.Errorf("%q: minute out of range", s)
	case second == 60:
		return time.Time{}, fmt.Errorf("%q: leap seconds are not supported", s)
	case second > 60:
		return time.Time{}, fmt.Errorf("%q: second out of range", s)
	}
	// Only T and Z are letters in a date-time.
	t, err := time.Parse(time.RFC3339Nano, strings.ToUpper(s))
	if err != nil {
		return time.Time{}, fmt.Errorf("%q: %w", s, err)
	}
	return t, nil
}

// num is the value of a string of decimal digits.
func num(digits string) int {
	n := 0
	for i := range len(digits) {
		n = 10*n + int(digits[i]-'0')
	}
	return n
}
