package indexer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/inft-labs/inft/bindings"
)

// dailyKey names one rollup of daily_stats: a metric on a UTC day.
type dailyKey struct {
	day         string // YYYY-MM-DD
	metric, key string
}

// dailyRow is a rollup's value as the batch read and changed it.
type dailyRow struct {
	Day    time.Time `db:"day"`
	Metric string    `db:"metric"`
	Key    string    `db:"key"`
	Value  string    `db:"value"`
	value  *big.Int
}

func dayOf(t time.Time) string { return t.UTC().Format(time.DateOnly) }

// loadDaily reads the rollups of the days the batch's events fall on.
func loadDaily(ctx context.Context, tx *sqlx.Tx, s *state, events []event) error {
	days := set[string]{}
	for _, e := range events {
		if d := dayOf(e.time); !s.daysRead[d] {
			days.add(d)
			s.daysRead[d] = true
		}
	}
	if len(days) == 0 {
		return nil
	}
	var rows []*dailyRow
	if err := tx.SelectContext(ctx, &rows, `SELECT day, metric, key, value::text AS value FROM daily_stats WHERE day = ANY($1::date[])`,
		pq.Array(days.slice())); err != nil {
		return fmt.Errorf("load daily stats: %w", err)
	}
	for _, r := range rows {
		r.value, _ = new(big.Int).SetString(r.Value, 10)
		if k := (dailyKey{dayOf(r.Day), r.Metric, r.Key}); s.daily[k] == nil {
			s.daily[k] = r
		}
	}
	return nil
}

// Revenue sources: the payments (Deposited, by cause) a rollup sums.
var revenueCauses = map[string]bool{"package": true, "top_up": true, "subscription": true, "sale_fee": true}

// rollup counts the applied events, and the payments they made, into the
// daily rollups.
func (ap *applier) rollup(events []event) {
	s := ap.s
	add := func(t time.Time, metric, key string, n *big.Int) {
		k := dailyKey{dayOf(t), metric, key}
		r := s.daily[k]
		if r == nil {
			r = &dailyRow{value: new(big.Int)}
			s.daily[k] = r
		}
		r.value.Add(r.value, n)
		s.dirtyDaily[k] = true
	}
	lowest := func(t time.Time, metric, key string, n *big.Int) {
		k := dailyKey{dayOf(t), metric, key}
		if r := s.daily[k]; r == nil || n.Cmp(r.value) < 0 {
			s.daily[k] = &dailyRow{value: new(big.Int).Set(n)}
			s.dirtyDaily[k] = true
		}
	}
	one := big.NewInt(1)
	for _, e := range events {
		switch v := e.value.(type) {
		case *bindings.INFTAgentsPackagePurchased:
			add(e.time, "agents", fmt.Sprint(v.Tier), one)
		case *bindings.INFTAgentsGenerationRequested:
			add(e.time, "generations_requested", "", one)
		case *bindings.INFTAgentsCollaborationRequested:
			add(e.time, "generations_requested", "", one)
			add(e.time, "collaborations", "", one)
		case *bindings.INFTAgentsGenerationFulfilled:
			add(e.time, "generations_fulfilled", "", one)
		case *bindings.INFTAgentsGenerationFailed:
			add(e.time, "generations_failed", "", one)
		case *bindings.INFTAgentsSessionOpened:
			add(e.time, "chat_sessions", "", one)
		case *bindings.INFTMarketplaceSold:
			l := s.listings[v.ListingId.String()] // applied: it is there
			if l == nil {
				continue
			}
			col := fmt.Sprint(l.Collection)
			add(e.time, "sales", col, one)
			add(e.time, "volume", col, v.Price)
			lowest(e.time, "lowest_sale", col, v.Price)
		}
	}
	for _, p := range s.payments {
		if !revenueCauses[p.Cause] {
			continue
		}
		if n, ok := new(big.Int).SetString(p.Amount, 10); ok && n.Sign() > 0 {
			add(p.At, "revenue", p.Cause, n)
		}
	}
}

// loadFloors reads, for a batch that lists or loads listings, the cheapest
// active listings of each collection: one more than the batch loaded, so
// that the cheapest the batch cannot change is among them (listings_active_price).
func loadFloors(ctx context.Context, tx *sqlx.Tx, s *state, events []event) error {
	listed := false
	for _, e := range events {
		if _, ok := e.value.(*bindings.INFTMarketplaceListed); ok {
			listed = true
			break
		}
	}
	if !listed && len(s.listings) == 0 {
		return nil
	}
	var rows []struct {
		Collection int16  `db:"collection"`
		ID         string `db:"id"`
		Price      string `db:"price"`
	}
	n := len(s.listings) + 1
	if err := tx.SelectContext(ctx, &rows, `(SELECT collection, id::text AS id, price::text AS price FROM listings
			WHERE status = 'active' AND collection = 0 ORDER BY price, id LIMIT $1)
		UNION ALL (SELECT collection, id::text, price::text FROM listings
			WHERE status = 'active' AND collection = 1 ORDER BY price, id LIMIT $1)`, n); err != nil {
		return fmt.Errorf("load floors: %w", err)
	}
	s.floorBase = map[int16]*big.Int{}
	for _, r := range rows {
		if _, loaded := s.listings[r.ID]; loaded || s.floorBase[r.Collection] != nil {
			continue // rows come cheapest first
		}
		s.floorBase[r.Collection], _ = new(big.Int).SetString(r.Price, 10)
	}
	return nil
}

// closeDay records the floor of each collection whose listings changed on
// day (its metric "floor": the lowest active price when the day's last
// event was applied, 0 when no listing was active). A day without a change
// keeps the floor of the last day with one.
func (ap *applier) closeDay(day string) {
	if day == "" {
		return
	}
	for col, changed := range ap.floorChanged {
		if !changed {
			continue
		}
		floor := ap.floorOf(col)
		k := dailyKey{day, "floor", fmt.Sprint(col)}
		ap.s.daily[k] = &dailyRow{value: floor}
		ap.s.dirtyDaily[k] = true
		ap.floorChanged[col] = false
	}
}

// floorOf is the lowest price of the collection's active listings now, or
// 0 when none is.
func (ap *applier) floorOf(col int16) *big.Int {
	var floor *big.Int
	if b := ap.s.floorBase[col]; b != nil {
		floor = new(big.Int).Set(b)
	}
	for _, l := range ap.s.listings {
		if l.Collection != col || l.Status != listingActive {
			continue
		}
		if p, ok := new(big.Int).SetString(l.Price, 10); ok && (floor == nil || p.Cmp(floor) < 0) {
			floor = p
		}
	}
	if floor == nil {
		return new(big.Int)
	}
	return floor
}

// writeDaily writes the rollups the batch changed.
func writeDaily(ctx context.Context, tx *sqlx.Tx, s *state) error {
	var day, metric, key, value []string
	for k := range s.dirtyDaily {
		day, metric, key, value = append(day, k.day), append(metric, k.metric), append(key, k.key), append(value, s.daily[k].value.String())
	}
	return upsert(ctx, tx, "daily_stats", "day, metric, key", []column{
		col("day", "date", day), col("metric", "text", metric), col("key", "text", key), col("value", "numeric", value),
	})
}
