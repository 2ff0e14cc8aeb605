package relayer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/ipfs"
)

// OutputTypes tells the IPFS gateway the MIME type the relayer stored with an
// output, and that an output's metadata is JSON ("" for content it did not
// store).
func OutputTypes(db *sqlx.DB) ipfs.TypeLookup {
	return func(ctx context.Context, cid string) (string, error) {
		var t string
		err := db.GetContext(ctx, &t, `SELECT mime FROM generation_outputs WHERE output_cid = $1
			UNION ALL SELECT 'application/json' FROM generation_outputs WHERE metadata_cid = $1
			LIMIT 1`, cid)
		if errors.Is(err, sql.ErrNoRows) {
			return "", nil
		}
		if err != nil {
			return "", fmt.Errorf("relayer: type of %s: %w", cid, err)
		}
		return t, nil
	}
}
