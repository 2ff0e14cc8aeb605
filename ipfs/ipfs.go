// Package ipfs stores generated outputs and their metadata by content: in a
// Kubo node through its RPC API (go-ipfs-api), or, with no node configured,
// in an embedded store of content-addressed blocks that our HTTP server serves
// at /ipfs/{cid}. Both give the same CIDv1 for the same bytes (a UnixFS file
// as Kubo's defaults build it); token URIs are ipfs://<cid>.
package ipfs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
)

// Store keeps content by its CID.
type Store interface {
	// Put stores and pins data and returns its CID (version 1, base32).
	Put(ctx context.Context, data []byte) (string, error)
	// Get returns the content of a CID, or an error wrapping ErrNotFound.
	Get(ctx context.Context, cid string) ([]byte, error)
}

// ErrNotFound means the store does not have the CID.
var ErrNotFound = errors.New("ipfs: not found")

// PutJSON stores v as compact JSON.
func PutJSON(ctx context.Context, s Store, v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("ipfs: encode JSON: %w", err)
	}
	return s.Put(ctx, b)
}

// URI is the ipfs:// URI of a CID, as token URIs use.
func URI(cid string) string { return "ipfs://" + cid }
