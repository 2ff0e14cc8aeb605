package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	format "github.com/ipfs/go-ipld-format"
)

// unixfsFile reads a UnixFS file from a DAG. Seeking only moves the offset;
// a read loads the one leaf that holds it, fetching the nodes on the way down
// from the root, so an open file holds one block however large it is and a
// range reads only the blocks it covers. (boxo's DagReader fetches up to ten
// sibling leaves ahead, nine for 100 bytes of a 5 MiB file, and reports a
// missing block as "failed to fetch all nodes", without its CID.)
type unixfsFile struct {
	ctx  context.Context
	dag  format.NodeGetter
	root format.Node
	size int64
	off  int64
	leaf []byte // the data of the leaf loaded last, which starts at leafAt
	at   int64
}

var _ io.ReadSeeker = (*unixfsFile)(nil)

// errNotFile means a CID's root is not a UnixFS file (a directory, a symlink,
// or another codec).
var errNotFile = errors.New("not a UnixFS file")

// openUnixFSFile reads the file whose root is root, fetching its other blocks
// from dag under ctx.
func openUnixFSFile(ctx context.Context, dag format.NodeGetter, root format.Node) (*unixfsFile, error) {
	f := &unixfsFile{ctx: ctx, dag: dag, root: root}
	switch n := root.(type) {
	case *merkledag.RawNode:
		f.size = int64(len(n.RawData()))
	case *merkledag.ProtoNode:
		fsn, err := unixfs.FSNodeFromBytes(n.Data())
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", errNotFile, root.Cid(), err)
		}
		if t := fsn.Type(); t != unixfs.TFile && t != unixfs.TRaw {
			return nil, fmt.Errorf("%w: %s is a UnixFS %s", errNotFile, root.Cid(), t)
		}
		f.size = int64(fsn.FileSize())
	default:
		return nil, fmt.Errorf("%w: %s is neither raw nor dag-pb", errNotFile, root.Cid())
	}
	return f, nil
}

func (f *unixfsFile) Read(p []byte) (int, error) {
	if f.off >= f.size {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	if f.leaf == nil || f.off < f.at || f.off >= f.at+int64(len(f.leaf)) {
		if err := f.load(); err != nil {
			return 0, err
		}
	}
	n := copy(p, f.leaf[f.off-f.at:])
	f.off += int64(n)
	return n, nil
}

// load finds the leaf that holds f.off, going down from the root by the
// sizes each node records of its children.
func (f *unixfsFile) load() error {
	f.leaf = nil
	n, at := f.root, int64(0)
	for {
		var data []byte
		var links []*format.Link
		var sizes func(int) uint64
		switch n := n.(type) {
		case *merkledag.RawNode:
			data = n.RawData()
		case *merkledag.ProtoNode:
			fsn, err := unixfs.FSNodeFromBytes(n.Data())
			if err != nil {
				return fmt.Errorf("ipfs: block %s of %s: %w", n.Cid(), f.root.Cid(), err)
			}
			if fsn.NumChildren() != len(n.Links()) {
				return fmt.Errorf("ipfs: block %s of %s has %d links and %d sizes", n.Cid(), f.root.Cid(), len(n.Links()), fsn.NumChildren())
			}
			data, links, sizes = fsn.Data(), n.Links(), fsn.BlockSize
		default:
			return fmt.Errorf("ipfs: block %s of %s is neither raw nor dag-pb", n.Cid(), f.root.Cid())
		}
		if f.off < at+int64(len(data)) {
			f.leaf, f.at = data, at
			return nil
		}
		at += int64(len(data))
		i := 0
		for ; i < len(links) && f.off >= at+int64(sizes(i)); i++ {
			at += int64(sizes(i))
		}
		if i == len(links) {
			return fmt.Errorf("ipfs: %s: block %s ends before the %d bytes it is part of", f.root.Cid(), n.Cid(), f.size)
		}
		child, err := f.dag.Get(f.ctx, links[i].Cid)
		if format.IsNotFound(err) {
			return fmt.Errorf("ipfs: block %s of %s is missing", links[i].Cid, f.root.Cid())
		}
		if err != nil {
			return fmt.Errorf("ipfs: block %s of %s: %w", links[i].Cid, f.root.Cid(), err)
		}
		n = child
	}
}

func (f *unixfsFile) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		offset += f.off
	case io.SeekEnd:
		offset += f.size
	default:
		return f.off, fmt.Errorf("ipfs: seek: bad whence %d", whence)
	}
	if offset < 0 {
		return f.off, fmt.Errorf("ipfs: seek to %d, before the start", offset)
	}
	f.off = offset
	return offset, nil
}
