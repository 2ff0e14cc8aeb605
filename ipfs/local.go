package ipfs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	"github.com/ipfs/boxo/verifcid"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	format "github.com/ipfs/go-ipld-format"
)

// Local is the embedded store: content is a UnixFS file, built as Kubo's
// `ipfs add --cid-version=1 --raw-leaves` builds it (256 KiB chunks as raw
// leaves, a balanced DAG of at most 174 links per node, CIDv1 sha2-256), so
// its CID is the one Kubo gives and the one the Kubo store gives. Each block
// is a file under a directory named by its CID; content of one chunk is a
// single raw block, the file of its bytes.
type Local struct {
	dag format.DAGService
}

var _ Store = (*Local)(nil)

// NewLocal opens (creating if needed) a local store in dir.
func NewLocal(dir string) (*Local, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("ipfs: local store: %w", err)
	}
	return &Local{dag: merkledag.NewDAGService(blockservice.New(blockDir{dir: dir}, nil))}, nil
}

// CIDOf returns the CID that Local's Put gives data, without storing it:
// also the one a Kubo node with its default import settings gives.
func CIDOf(data []byte) string {
	c, err := addFile(merkledag.NewDAGService(blockservice.New(blockstore.NewBlockstore(datastore.NewNullDatastore()), nil)), data)
	if err != nil {
		panic(err) // building in memory into a store that keeps nothing cannot fail
	}
	return c.String()
}

// addFile builds data's UnixFS DAG into dag, as Kubo's add with CIDv1 and raw
// leaves does, children before the nodes that link to them, and returns its
// root.
func addFile(dag format.DAGService, data []byte) (cid.Cid, error) {
	prefix, err := merkledag.PrefixForCidVersion(1)
	if err != nil {
		return cid.Undef, err
	}
	params := helpers.DagBuilderParams{
		Maxlinks:   helpers.DefaultLinksPerBlock,
		RawLeaves:  true,
		CidBuilder: prefix,
		Dagserv:    dag,
	}
	db, err := params.New(chunker.NewSizeSplitter(bytes.NewReader(data), chunker.DefaultBlockSize))
	if err != nil {
		return cid.Undef, err
	}
	root, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, err
	}
	return root.Cid(), nil
}

// Put stores data's blocks and returns its CID; storing the same content again
// writes nothing. The root block is written last, so content is whole or
// absent after a crash (a crash may leave blocks that nothing links to).
func (l *Local) Put(ctx context.Context, data []byte) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	c, err := addFile(boundDAG{DAGService: l.dag, ctx: ctx}, data)
	if err != nil {
		return "", fmt.Errorf("ipfs: local put: %w", err)
	}
	return c.String(), nil
}

// Get reads the content of a CID, checking every block against its CID.
func (l *Local) Get(ctx context.Context, c string) ([]byte, error) {
	f, err := l.open(ctx, c)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.Grow(int(min(f.size, maxGrow)) + bytes.MinRead) // room to read EOF without copying
	if _, err := buf.ReadFrom(f); err != nil {
		return nil, fmt.Errorf("ipfs: local get %s: %w", c, err)
	}
	return buf.Bytes(), nil
}

// maxGrow bounds what Get allocates on the root's word for the size, before
// the leaves bear it out.
const maxGrow = 64 << 20

// Open returns the content of a CID to read and seek, for serving ranges of
// large files: it reads, and checks, only the blocks that reads reach, one at
// a time, under ctx.
func (l *Local) Open(ctx context.Context, c string) (io.ReadSeeker, error) {
	return l.open(ctx, c)
}

func (l *Local) open(ctx context.Context, c string) (*unixfsFile, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	parsed, err := cid.Decode(c)
	if err != nil {
		return nil, fmt.Errorf("ipfs: %q is not a CID: %w", c, err)
	}
	root, err := l.dag.Get(ctx, parsed)
	if format.IsNotFound(err) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, c)
	}
	if errors.Is(err, verifcid.ErrPossiblyInsecureHashFunction) || errors.Is(err, verifcid.ErrBelowMinimumHashLength) || errors.Is(err, verifcid.ErrAboveMaximumHashLength) {
		return nil, fmt.Errorf("%w: %s (the store keeps only sha2-256 blocks: %w)", ErrNotFound, c, err)
	}
	if err != nil {
		return nil, fmt.Errorf("ipfs: local get %s: %w", c, err)
	}
	f, err := openUnixFSFile(ctx, l.dag, root)
	if err != nil {
		return nil, fmt.Errorf("ipfs: local get %s: %w", c, err)
	}
	return f, nil
}

// Handler is the store's gateway with no stored types: what it serves is
// typed from its bytes, safely (see Gateway).
func (l *Local) Handler() http.Handler { return NewGateway(l, nil) }

// boundDAG adds to a DAG under ctx, which boxo's importer does not pass on.
type boundDAG struct {
	format.DAGService
	ctx context.Context
}

func (d boundDAG) Add(_ context.Context, n format.Node) error { return d.DAGService.Add(d.ctx, n) }

func (d boundDAG) AddMany(_ context.Context, ns []format.Node) error {
	return d.DAGService.AddMany(d.ctx, ns)
}
