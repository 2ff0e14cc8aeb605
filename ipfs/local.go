package ipfs

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// Local is the embedded store: one file per CID under a directory. The CID of
// content is CIDv1 with the raw codec and a sha2-256 multihash of the bytes,
// which is what `ipfs add --cid-version=1` gives for content that fits one
// block (256 KiB); bigger content keeps a valid CIDv1 of the raw bytes, which
// Kubo would chunk differently.
type Local struct {
	dir string
}

var _ Store = (*Local)(nil)

// NewLocal opens (creating if needed) a local store in dir.
func NewLocal(dir string) (*Local, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("ipfs: local store: %w", err)
	}
	return &Local{dir: dir}, nil
}

// CIDOf returns the CIDv1 (raw, sha2-256) of data.
func CIDOf(data []byte) string {
	sum := sha256.Sum256(data)
	mh, err := multihash.Encode(sum[:], multihash.SHA2_256)
	if err != nil {
		panic(err) // a sha2-256 digest always encodes
	}
	return cid.NewCidV1(cid.Raw, mh).String()
}

// Put writes data under its CID; writing the same content again is a no-op.
// The file appears whole or not at all (written aside, then renamed).
func (l *Local) Put(ctx context.Context, data []byte) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	c := CIDOf(data)
	path := filepath.Join(l.dir, c)
	if _, err := os.Stat(path); err == nil {
		return c, nil
	}
	tmp, err := os.CreateTemp(l.dir, ".put-*")
	if err != nil {
		return "", fmt.Errorf("ipfs: local put: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return "", fmt.Errorf("ipfs: local put: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return "", fmt.Errorf("ipfs: local put: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("ipfs: local put: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", fmt.Errorf("ipfs: local put: %w", err)
	}
	return c, nil
}

// Get reads the content of a CID and checks it against the CID.
func (l *Local) Get(ctx context.Context, c string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	parsed, err := cid.Decode(c)
	if err != nil {
		return nil, fmt.Errorf("ipfs: %q is not a CID: %w", c, err)
	}
	data, err := os.ReadFile(filepath.Join(l.dir, parsed.String()))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, c)
	}
	if err != nil {
		return nil, fmt.Errorf("ipfs: local get: %w", err)
	}
	if CIDOf(data) != parsed.String() {
		return nil, fmt.Errorf("ipfs: local file for %s does not match its CID", c)
	}
	return data, nil
}

// Handler is the store's gateway with no stored types: what it serves is
// typed from its bytes, safely (see Gateway).
func (l *Local) Handler() http.Handler { return NewGateway(l, nil) }
