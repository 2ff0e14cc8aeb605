package ipfs

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	files "github.com/ipfs/boxo/files"
	shell "github.com/ipfs/go-ipfs-api"
)

// Kubo stores content in a Kubo node through its RPC API (IPFS_API_URL),
// adding with CIDv1 and raw leaves (and the node's chunker and layout, by
// default those Local builds with) and pinning what it adds.
type Kubo struct {
	sh     *shell.Shell
	maxGet int64
}

var _ Store = (*Kubo)(nil)

// NewKubo returns a store over the Kubo RPC API at apiURL (e.g.
// http://127.0.0.1:5001). maxGet bounds what Get reads (default 64 MiB).
func NewKubo(apiURL string, maxGet int64) *Kubo {
	if maxGet <= 0 {
		maxGet = 64 << 20
	}
	client := &http.Client{Timeout: 2 * time.Minute}
	return &Kubo{sh: shell.NewShellWithClient(strings.TrimSuffix(apiURL, "/"), client), maxGet: maxGet}
}

// Ping checks that the node answers, returning its version.
func (k *Kubo) Ping(ctx context.Context) (string, error) {
	var v struct{ Version string }
	if err := k.sh.Request("version").Exec(ctx, &v); err != nil {
		return "", fmt.Errorf("ipfs: kubo version: %w", err)
	}
	return v.Version, nil
}

// Put adds and pins data.
func (k *Kubo) Put(ctx context.Context, data []byte) (string, error) {
	dir := files.NewSliceDirectory([]files.DirEntry{files.FileEntry("", files.NewBytesFile(data))})
	body := files.NewMultiFileReader(dir, true, false)
	var out struct{ Hash string }
	err := k.sh.Request("add").
		// The layout the local store builds, whatever import profile the node
		// has: the same content gets the same CID from either store.
		Option("cid-version", 1).Option("raw-leaves", true).Option("pin", true).
		Option("chunker", "size-262144").Option("max-file-links", 174).
		Body(body).Exec(ctx, &out)
	if err != nil {
		return "", fmt.Errorf("ipfs: kubo add: %w", err)
	}
	return out.Hash, nil
}

// Get reads the content of a CID.
func (k *Kubo) Get(ctx context.Context, c string) ([]byte, error) {
	resp, err := k.sh.Request("cat", c).Send(ctx)
	if err != nil {
		return nil, fmt.Errorf("ipfs: kubo cat %s: %w", c, err)
	}
	defer resp.Close()
	if resp.Error != nil {
		if strings.Contains(resp.Error.Message, "not found") || strings.Contains(resp.Error.Message, "no link named") {
			return nil, fmt.Errorf("%w: %s", ErrNotFound, c)
		}
		return nil, fmt.Errorf("ipfs: kubo cat %s: %w", c, resp.Error)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Output, k.maxGet+1))
	if err != nil {
		return nil, fmt.Errorf("ipfs: kubo cat %s: %w", c, err)
	}
	if int64(len(b)) > k.maxGet {
		return nil, fmt.Errorf("ipfs: kubo cat %s: larger than %d bytes", c, k.maxGet)
	}
	return bytes.Clone(b), nil
}
