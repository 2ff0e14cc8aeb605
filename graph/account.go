package graph

import (
	"context"
	"encoding/hex"
	"math/big"
	"strconv"

	"github.com/lib/pq"

	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/graph/scalar"
	"github.com/inft-labs/inft/internal/pg"
)

// Money and holdings: accounts (withdrawal balances, payments, rentals,
// agents), an agent's subscribers, and the fee settings, as the indexer
// projects them from the contracts' logs (payments, balances,
// subscriptions, fee_settings).

const (
	subscriptionCols = `s.agent_id::text AS agent_id, s.subscriber, s.expires_at, s.credits_left::text AS credits_left,
		s.paid::text AS paid, NOT s.lapsed AND s.expires_at > now() AS active`
	paymentCols = `contract, payee, amount::text AS amount, cause, agent_id::text AS agent_id, listing_id::text AS listing_id,
		block_number, log_index, '0x' || encode(tx_hash, 'hex') AS tx_hash, at`
)

func (r *Resolver) accountBalances(ctx context.Context, a *model.Account) ([]*model.Balance, error) {
	rows := []*model.Balance{}
	err := r.DB.SelectContext(ctx, &rows, `SELECT contract, withdrawable::text AS withdrawable, deposited::text AS deposited,
		withdrawn::text AS withdrawn FROM balances WHERE payee = $1 ORDER BY contract`, a.Address.Bytes())
	return rows, err
}

func (r *Resolver) accountWithdrawable(ctx context.Context, a *model.Account) (scalar.BigInt, error) {
	var total scalar.BigInt
	err := r.DB.GetContext(ctx, &total, `SELECT coalesce(sum(withdrawable), 0)::text FROM balances WHERE payee = $1`, a.Address.Bytes())
	return total, err
}

// accountPayments is a page of the payments to a, newest first; withdrawals
// only when withdrawals is set (a list of its own, with its own cursors).
func (r *Resolver) accountPayments(ctx context.Context, a *model.Account, withdrawals bool, first *int, after *string) (*model.PaymentConnection, error) {
	list := "payments"
	if withdrawals {
		list = "withdrawals"
	}
	n, key, err := page(list, 2, first, after)
	if err != nil {
		return nil, err
	}
	w := &where{}
	w.add("payee = ?", a.Address.Bytes())
	if withdrawals {
		w.add("cause = 'withdrawal'")
	}
	if key != nil {
		w.add("(block_number, log_index) < (?::bigint, ?::int)", key[0], key[1])
	}
	var rows []*model.Payment
	if err := r.DB.SelectContext(ctx, &rows, `SELECT `+paymentCols+` FROM payments`+w.sql()+
		` ORDER BY block_number DESC, log_index DESC LIMIT `+w.arg(n+1), w.args...); err != nil {
		return nil, err
	}
	conn := &model.PaymentConnection{Edges: []*model.PaymentEdge{}, PageInfo: &model.PageInfo{}}
	for i, p := range rows {
		if i == n {
			conn.PageInfo.HasNextPage = true
			break
		}
		c := cursor(list, string(p.Block), strconv.FormatInt(p.LogIndex, 10))
		conn.Edges = append(conn.Edges, &model.PaymentEdge{Cursor: c, Node: p})
		conn.PageInfo.EndCursor = &c
	}
	return conn, nil
}

// accountSubscriptions is a page of the agents a rents or rented, by agent
// id, highest first.
func (r *Resolver) accountSubscriptions(ctx context.Context, a *model.Account, active *bool, first *int, after *string) (*model.AgentSubscriptionConnection, error) {
	n, key, err := page("rentals", 1, first, after)
	if err != nil {
		return nil, err
	}
	w := &where{}
	w.add("s.subscriber = ?", a.Address.Bytes())
	if active != nil {
		w.add("(NOT s.lapsed AND s.expires_at > now()) = ?", *active)
	}
	if key != nil {
		w.add("s.agent_id < ?::numeric", key[0])
	}
	var rows []*model.AgentSubscription
	if err := r.DB.SelectContext(ctx, &rows, `SELECT `+subscriptionCols+` FROM subscriptions s`+w.sql()+
		` ORDER BY s.agent_id DESC LIMIT `+w.arg(n+1), w.args...); err != nil {
		return nil, err
	}
	return subscriptionPage(rows, n, func(s *model.AgentSubscription) string { return cursor("rentals", s.AgentID) }), nil
}

func subscriptionPage(rows []*model.AgentSubscription, n int, cur func(*model.AgentSubscription) string) *model.AgentSubscriptionConnection {
	conn := &model.AgentSubscriptionConnection{Edges: []*model.AgentSubscriptionEdge{}, PageInfo: &model.PageInfo{}}
	for i, s := range rows {
		if i == n {
			conn.PageInfo.HasNextPage = true
			break
		}
		c := cur(s)
		conn.Edges = append(conn.Edges, &model.AgentSubscriptionEdge{Cursor: c, Node: s})
		conn.PageInfo.EndCursor = &c
	}
	return conn
}

// subscribersKey is one page of an agent's subscribers.
type subscribersKey struct {
	agent  string
	active int8 // -1 only lapsed or expired, 0 all, 1 only active
	first  int
	// afterExp and afterSub are the expiry (unix seconds) and the subscriber
	// (20 bytes in hex) to continue after; "" from the start.
	afterExp, afterSub string
}

// agentSubscribers reads the subscribers of many agents' pages, one
// statement per shape of page, soonest to expire last.
func agentSubscribers(db *pg.Stmts) func(context.Context, []subscribersKey) ([]*model.AgentSubscriptionConnection, []error) {
	return func(ctx context.Context, keys []subscribersKey) ([]*model.AgentSubscriptionConnection, []error) {
		type shape struct {
			active             int8
			first              int
			afterExp, afterSub string
		}
		groups := map[shape][]string{}
		for _, k := range keys {
			s := shape{k.active, k.first, k.afterExp, k.afterSub}
			groups[s] = append(groups[s], k.agent)
		}
		pages := map[subscribersKey]*model.AgentSubscriptionConnection{}
		for s, agents := range groups {
			w := &where{}
			w.add("s.agent_id = ANY(?::numeric[])", pq.Array(agents))
			if s.active != 0 {
				w.add("(NOT s.lapsed AND s.expires_at > now()) = ?", s.active > 0)
			}
			if s.afterExp != "" {
				w.add("(extract(epoch FROM s.expires_at)::bigint, s.subscriber) < (?::bigint, decode(?, 'hex'))", s.afterExp, s.afterSub)
			}
			var rows []*model.AgentSubscription
			err := db.Select(ctx, &rows, `SELECT agent_id, subscriber, expires_at, credits_left, paid, active FROM (SELECT `+subscriptionCols+`,
					row_number() OVER (PARTITION BY s.agent_id ORDER BY s.expires_at DESC, s.subscriber DESC) AS n
					FROM subscriptions s`+w.sql()+`) numbered
				WHERE n <= `+w.arg(s.first+1)+` ORDER BY agent_id, expires_at DESC, subscriber DESC`, w.args...)
			if err != nil {
				return nil, []error{err}
			}
			byAgent := map[string][]*model.AgentSubscription{}
			for _, r := range rows {
				byAgent[r.AgentID] = append(byAgent[r.AgentID], r)
			}
			for _, a := range agents {
				pages[subscribersKey{a, s.active, s.first, s.afterExp, s.afterSub}] = subscriptionPage(byAgent[a], s.first, subscriberCursor)
			}
		}
		out := make([]*model.AgentSubscriptionConnection, len(keys))
		for i, k := range keys {
			out[i] = pages[k]
		}
		return out, nil
	}
}

// subscriberCursor names a subscriber's place among an agent's: its expiry
// and its address as a number.
func subscriberCursor(s *model.AgentSubscription) string {
	return cursor("subscribers", strconv.FormatInt(s.ExpiresAt.Unix(), 10), new(big.Int).SetBytes(s.Subscriber.Bytes()).String())
}

// subscribersAfter reads the key of an after cursor of subscribers: the
// expiry, and the subscriber as 20 bytes in hex.
func subscribersAfter(after *string, key []string) (exp, sub string, err error) {
	if key == nil {
		return "", "", nil
	}
	v, _ := new(big.Int).SetString(key[1], 10)
	if v.BitLen() > 160 {
		return "", "", invalidCursor(*after)
	}
	if _, err := strconv.ParseInt(key[0], 10, 64); err != nil {
		return "", "", invalidCursor(*after)
	}
	return key[0], hex.EncodeToString(v.FillBytes(make([]byte, 20))), nil
}

func (r *Resolver) fees(ctx context.Context) (*model.Fees, error) {
	var rows []struct {
		Contract  int16           `db:"contract"`
		Wallet    scalar.Address  `db:"wallet"`
		DevWallet *scalar.Address `db:"dev_wallet"`
		Bps       int             `db:"bps"`
	}
	if err := r.DB.SelectContext(ctx, &rows, `SELECT contract, wallet, dev_wallet, bps FROM fee_settings`); err != nil {
		return nil, err
	}
	f := &model.Fees{}
	for _, row := range rows {
		wallet, bps := row.Wallet, row.Bps
		if row.Contract == 0 {
			f.StakingWallet, f.DevWallet, f.StakingShareBps = &wallet, row.DevWallet, &bps
		} else {
			f.FeeRecipient, f.MarketplaceFeeBps = &wallet, &bps
		}
	}
	return f, nil
}
