package ipfs_test

import (
	"testing"

	"github.com/inft-labs/inft/ipfs"
)

func TestLink(t *testing.T) {
	const cid = "bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq"
	for _, tc := range []struct {
		base, uri, want string
		ok              bool
	}{
		{"https://ipfs.example", "ipfs://" + cid, "https://ipfs.example/ipfs/" + cid, true},
		{"https://ipfs.example/", "ipfs://" + cid, "https://ipfs.example/ipfs/" + cid, true},
		{"https://ipfs.example/ipfs/", "ipfs://" + cid, "https://ipfs.example/ipfs/" + cid, true},
		{"http://127.0.0.1:8080/ipfs", "ipfs://" + cid + "/image.png", "http://127.0.0.1:8080/ipfs/" + cid + "/image.png", true},
		{"/ipfs/", "ipfs://" + cid, "/ipfs/" + cid, true},
		{"", "ipfs://" + cid, "", false},
		{"https://ipfs.example", "ipfs://", "", false},
		{"https://ipfs.example", `ipfs://x"><script>`, "", false},
		{"https://ipfs.example", "ipfs://" + cid + "?download=1", "", false},
		{"https://ipfs.example", "https://cdn.example/1.json", "https://cdn.example/1.json", true},
		{"", "http://cdn.example/1.json", "http://cdn.example/1.json", true},
		{"https://ipfs.example", "javascript:alert(1)", "", false},
		{"https://ipfs.example", "data:application/json;base64,e30=", "", false},
		{"https://ipfs.example", "", "", false},
		{"/ipfs/", "ipfs://../graphql", "", false},
		{"/ipfs/", "ipfs://" + cid + "/../../graphql", "", false},
		{"/ipfs/", "ipfs://" + cid + "/%2e%2e/graphql", "", false},
		{"/ipfs/", "ipfs://not-a-cid", "", false},
	} {
		got, ok := ipfs.Link(tc.base, tc.uri)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Link(%q, %q) = %q, %v; want %q, %v", tc.base, tc.uri, got, ok, tc.want, tc.ok)
		}
	}
}
