package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	format "github.com/ipfs/go-ipld-format"
)

// blockDir is the local store's blockstore: one file per block under a
// directory, named by the block's CID (CIDv1 in base32), holding the block's
// bytes. A raw block is the file it stands for, so the store's files from
// before it chunked content (one raw block per CID, however large) are still
// blocks here. Every block read is checked against its CID.
type blockDir struct {
	dir string
}

var _ blockstore.Blockstore = blockDir{}

func (b blockDir) path(c cid.Cid) string { return filepath.Join(b.dir, c.String()) }

// Put writes a block under its CID; a block already there is left alone. The
// file appears whole or not at all (written aside, synced, renamed, the
// directory synced), so a node's children are on disk before the node that
// links to them.
func (b blockDir) Put(ctx context.Context, blk blocks.Block) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	path := b.path(blk.Cid())
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	tmp, err := os.CreateTemp(b.dir, ".put-*")
	if err != nil {
		return fmt.Errorf("ipfs: local put block %s: %w", blk.Cid(), err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(blk.RawData()); err != nil {
		tmp.Close()
		return fmt.Errorf("ipfs: local put block %s: %w", blk.Cid(), err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("ipfs: local put block %s: %w", blk.Cid(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("ipfs: local put block %s: %w", blk.Cid(), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("ipfs: local put block %s: %w", blk.Cid(), err)
	}
	// The rename is durable only once the directory is: without this a
	// power loss could keep a node whose children's names were lost.
	if err := syncDir(b.dir); err != nil {
		return fmt.Errorf("ipfs: local put block %s: %w", blk.Cid(), err)
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// PutMany writes blocks in order.
func (b blockDir) PutMany(ctx context.Context, blks []blocks.Block) error {
	for _, blk := range blks {
		if err := b.Put(ctx, blk); err != nil {
			return err
		}
	}
	return nil
}

// Get reads a block and checks it against its CID; a block that is not there
// is format.ErrNotFound, as blockservice and merkledag expect.
func (b blockDir) Get(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	data, err := os.ReadFile(b.path(c))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, format.ErrNotFound{Cid: c}
	}
	if err != nil {
		return nil, fmt.Errorf("ipfs: local get block %s: %w", c, err)
	}
	sum, err := c.Prefix().Sum(data)
	if err != nil {
		return nil, fmt.Errorf("ipfs: local get block %s: %w", c, err)
	}
	if !sum.Equals(c) {
		return nil, fmt.Errorf("ipfs: local file for block %s does not match its CID", c)
	}
	return blocks.NewBlockWithCid(data, c)
}

// Has tells whether the block's file is there.
func (b blockDir) Has(ctx context.Context, c cid.Cid) (bool, error) {
	_, err := os.Stat(b.path(c))
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	}
	return false, fmt.Errorf("ipfs: local block %s: %w", c, err)
}

// GetSize is the size of the block's file.
func (b blockDir) GetSize(ctx context.Context, c cid.Cid) (int, error) {
	fi, err := os.Stat(b.path(c))
	if errors.Is(err, fs.ErrNotExist) {
		return -1, format.ErrNotFound{Cid: c}
	}
	if err != nil {
		return -1, fmt.Errorf("ipfs: local block %s: %w", c, err)
	}
	return int(fi.Size()), nil
}

// DeleteBlock removes the block's file; removing a block that is not there is
// not an error.
func (b blockDir) DeleteBlock(ctx context.Context, c cid.Cid) error {
	if err := os.Remove(b.path(c)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("ipfs: local delete block %s: %w", c, err)
	}
	return nil
}

// AllKeysChan lists the blocks of the directory, skipping files that are not
// named by a CID (files being written).
func (b blockDir) AllKeysChan(ctx context.Context) (<-chan cid.Cid, error) {
	entries, err := os.ReadDir(b.dir)
	if err != nil {
		return nil, fmt.Errorf("ipfs: local list blocks: %w", err)
	}
	out := make(chan cid.Cid)
	go func() {
		defer close(out)
		for _, e := range entries {
			if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
				continue
			}
			c, err := cid.Decode(e.Name())
			if err != nil {
				continue
			}
			select {
			case <-ctx.Done():
				return
			case out <- c:
			}
		}
	}()
	return out, nil
}

// HashOnRead does nothing: Get always checks.
func (blockDir) HashOnRead(bool) {}
