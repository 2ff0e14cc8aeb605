package chat

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/txmgr"
)

// Enqueuer queues a transaction intent in the caller's transaction
// (txmgr.Manager).
type Enqueuer interface {
	Enqueue(ctx context.Context, q pg.DataSource, r txmgr.Request) (int64, bool, error)
}

// SettleKey is the idempotency key of a session's settlement intent.
func SettleKey(sessionID string) string { return "settle:" + sessionID }

// Settler queues the settlement of every session that is due: ended by its
// user, at its cap, expired, or whose agent changed hands. The relayer runs
// it on a schedule; the transaction manager batches the settlements with the
// fulfilments (multicall).
type Settler struct {
	DB      *sqlx.DB
	Tx      Enqueuer
	Agents  common.Address
	Channel string
	Log     *slog.Logger
	// Now is the clock sessions expire by. Default time.Now.
	Now func() time.Time
}

func (st *Settler) now() time.Time {
	if st.Now == nil {
		return time.Now()
	}
	return st.Now()
}

var agentsABI = bindings.NewINFTAgents()

// Due lists the sessions open on chain whose settlement is due and not yet
// queued, at most limit.
func (st *Settler) Due(ctx context.Context, limit int) ([]string, error) {
	var ids []string
	err := st.DB.SelectContext(ctx, &ids, `SELECT s.id::text FROM chat_sessions s
		JOIN agents a ON a.id = s.agent_id
		LEFT JOIN chat_conversations c ON c.session_id = s.id AND c.open_tx = s.open_tx
		WHERE s.status = 'open' AND c.settle_queued_at IS NULL
		  AND (c.closing IS NOT NULL OR s.expires_at <= $2 OR a.transfer_nonce <> s.agent_nonce)
		  -- a session still streaming a reply waits for it (Settle would skip it),
		  -- so that it never keeps the sessions behind it from their turn
		  AND NOT EXISTS (SELECT 1 FROM chat_messages m WHERE m.session_id = s.id
		                  AND m.status = 'streaming' AND m.lease_until > $2)
		ORDER BY s.id LIMIT $1`, limit, st.now())
	if err != nil {
		return nil, fmt.Errorf("chat: list sessions due for settlement: %w", err)
	}
	return ids, nil
}

// SettleDue queues the settlements of up to limit due sessions and returns
// how many it queued. A session with a reply still streaming waits for it.
func (st *Settler) SettleDue(ctx context.Context, limit int) (int, error) {
	ids, err := st.Due(ctx, limit)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, id := range ids {
		queued, err := st.Settle(ctx, id)
		if err != nil {
			return n, err
		}
		if queued {
			n++
		}
	}
	return n, nil
}

// Settle queues one session's settlement, once: the credits its committed
// replies used and its transcript hash. It reports whether it queued it.
func (st *Settler) Settle(ctx context.Context, id string) (bool, error) {
	queued := false
	err := pg.Transact(ctx, st.DB, func(tx *sqlx.Tx) error {
		sess, err := readSession(ctx, tx, id)
		if err != nil {
			return err
		}
		if sess.Status != "open" {
			return nil
		}
		c, err := lockConversation(ctx, tx, sess)
		if err != nil {
			return err
		}
		if c.SettleQueuedAt.Valid {
			return nil
		}
		now := st.now()
		var notes []note
		live, err := interruptStale(ctx, tx, c, now, &notes)
		if err != nil {
			return err
		}
		if live {
			return nil // the reply's end is charged too: next round
		}
		if !c.Closing.Valid {
			why := "expired"
			if sess.AgentNonce != sess.AgentNonceNow {
				why = "transferred"
			}
			if err := closeConversation(ctx, tx, st.Channel, c, why); err != nil {
				return err
			}
		}
		credits := CreditsFor(c.TokensUsed, sess.TokensPerCredit.Int64, sess.CreditCap)
		sessionID, _ := new(big.Int).SetString(id, 10)
		if _, _, err := st.Tx.Enqueue(ctx, tx, txmgr.Request{
			Key: SettleKey(id), To: st.Agents, Batch: true,
			Data: agentsABI.PackSettleSession(sessionID, credits, [32]byte(c.TranscriptHash)),
		}); err != nil {
			return fmt.Errorf("chat: queue settlement of %s: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE chat_conversations SET settle_queued_at = $2, credits_settled = $3
			WHERE session_id = $1`, id, now, credits); err != nil {
			return fmt.Errorf("chat: mark settlement queued: %w", err)
		}
		if err := publish(ctx, tx, st.Channel, notes...); err != nil {
			return err
		}
		queued = true
		if st.Log != nil {
			st.Log.Info("settlement queued", "session", id, "credits", credits, "tokens", c.TokensUsed, "reason", c.Closing.String)
		}
		return nil
	})
	return queued, err
}
