package ipfs

import (
	"net/url"
	"strings"

	"github.com/ipfs/go-cid"
)

// Link is where a browser loads uri: an ipfs://CID[/path] URI through the
// gateway at base (IPFS_GATEWAY_URL, or "/ipfs/" for the server's own), an
// http(s) URL as it is. ok is false for anything else, and for an ipfs:// URI
// when there is no gateway. A base whose path ends in /ipfs is used as it
// is; any other gets /ipfs/ appended, as path gateways (https://ipfs.io,
// Kubo's) serve /ipfs/<CID>.
func Link(base, uri string) (string, bool) {
	if rest, ok := strings.CutPrefix(uri, "ipfs://"); ok {
		if base == "" || !safePath(rest) {
			return "", false
		}
		base = strings.TrimSuffix(base, "/")
		if !strings.HasSuffix(base, "/ipfs") {
			base += "/ipfs"
		}
		return base + "/" + rest, true
	}
	u, err := url.Parse(uri)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	return u.String(), true
}

// safePath is a CID and, optionally, a plain path below it: the rest of an
// ipfs:// URI comes from the chain and may be anything, and a link must stay
// under the gateway's /ipfs/ (no "..", no escapes a browser would decode).
func safePath(p string) bool {
	segs := strings.Split(p, "/")
	if _, err := cid.Decode(segs[0]); err != nil {
		return false
	}
	for _, seg := range segs[1:] {
		if seg == "" || seg == "." || seg == ".." {
			return false
		}
		for _, r := range seg {
			switch {
			case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			case strings.ContainsRune("-._~", r):
			default:
				return false
			}
		}
	}
	return true
}
