package graph

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/graph/scalar"
)

// maxStatsDays bounds Query.stats(days).
const maxStatsDays = 366

// statRow is a rollup of daily_stats, or a metric's total over the days.
type statRow struct {
	Day    string `db:"day"`
	Metric string `db:"metric"`
	Key    string `db:"key"`
	Value  string `db:"value"`
}

// stats reads the totals (a sum over the days of each metric) and the
// rollups of the last days: two reads of daily_stats, whose size is the
// number of days times the metrics, whatever the events.
func (r *Resolver) stats(ctx context.Context, days *int) (*model.Stats, error) {
	n := 30
	if days != nil {
		n = *days
	}
	if n < 1 || n > maxStatsDays {
		return nil, fmt.Errorf("days must be 1 to %d, not %d", maxStatsDays, n)
	}
	today := time.Now().UTC().Truncate(24 * time.Hour)
	from := today.AddDate(0, 0, -(n - 1))
	var totals, rows []statRow
	if err := r.DB.SelectContext(ctx, &totals, `SELECT '' AS day, metric, key, sum(value)::text AS value FROM daily_stats
		WHERE metric <> 'floor' GROUP BY metric, key`); err != nil {
		return nil, err
	}
	if err := r.DB.SelectContext(ctx, &rows, `SELECT day::text AS day, metric, key, value::text AS value FROM daily_stats
		WHERE day >= $1::date ORDER BY day`, from.Format(time.DateOnly)); err != nil {
		return nil, err
	}
	// The floor of each collection before the range, carried into it (a
	// row per collection, by daily_stats_metric).
	floor := map[string]string{}
	var before []struct{ Key, Value string }
	if err := r.DB.SelectContext(ctx, &before, `SELECT k.key, coalesce((SELECT value::text FROM daily_stats
			WHERE metric = 'floor' AND key = k.key AND day < $1::date ORDER BY day DESC LIMIT 1), '0') AS value
		FROM (VALUES ('0'), ('1')) AS k(key)`, from.Format(time.DateOnly)); err != nil {
		return nil, err
	}
	for _, b := range before {
		floor[b.Key] = b.Value
	}
	out := &model.Stats{Generations: &model.GenerationTotals{}}
	if err := r.DB.GetContext(ctx, &out.ActiveSubscriptions, `SELECT count(*) FROM subscriptions WHERE NOT lapsed AND expires_at > now()`); err != nil {
		return nil, err
	}
	byTier := map[string]int{}
	out.Revenue = revenueOf(totals, "")
	for _, t := range totals {
		v := toInt(t.Value)
		switch t.Metric {
		case "agents":
			byTier[t.Key] += v
		case "generations_requested":
			out.Generations.Requested = v
		case "generations_fulfilled":
			out.Generations.Fulfilled = v
		case "generations_failed":
			out.Generations.Failed = v
		case "collaborations":
			out.Collaborations = v
		case "chat_sessions":
			out.ChatSessions = v
		}
	}
	out.Generations.Pending = max(out.Generations.Requested-out.Generations.Fulfilled-out.Generations.Failed, 0)
	for i, t := range model.AllTier {
		out.AgentsByTier = append(out.AgentsByTier, &model.TierCount{Tier: t, Count: byTier[strconv.Itoa(i)]})
	}
	byDay := map[string][]statRow{}
	for _, row := range rows {
		byDay[row.Day] = append(byDay[row.Day], row)
	}
	for d := from; !d.After(today); d = d.AddDate(0, 0, 1) {
		day := d.Format(time.DateOnly)
		ds := &model.DailyStats{Day: day, Revenue: revenueOf(byDay[day], day)}
		markets := map[string]*model.MarketplaceDay{}
		market := func(key string) *model.MarketplaceDay {
			if markets[key] == nil {
				col := model.CollectionAgents
				if key == "1" {
					col = model.CollectionGenerated
				}
				markets[key] = &model.MarketplaceDay{Collection: col, Volume: "0"}
			}
			return markets[key]
		}
		market("0")
		market("1")
		for _, row := range byDay[day] {
			v := toInt(row.Value)
			switch row.Metric {
			case "agents":
				ds.AgentsBought += v
			case "generations_requested":
				ds.GenerationsRequested = v
			case "generations_fulfilled":
				ds.GenerationsFulfilled = v
			case "generations_failed":
				ds.GenerationsFailed = v
			case "collaborations":
				ds.Collaborations = v
			case "chat_sessions":
				ds.ChatSessions = v
			case "sales":
				market(row.Key).Sales = v
			case "volume":
				market(row.Key).Volume = scalar.BigInt(row.Value)
			case "lowest_sale":
				low := scalar.BigInt(row.Value)
				market(row.Key).LowestSale = &low
			case "floor":
				floor[row.Key] = row.Value
			}
		}
		for key, m := range markets {
			if f := floor[key]; f != "" && f != "0" {
				v := scalar.BigInt(f)
				m.FloorPrice = &v
			}
		}
		ds.Marketplace = []*model.MarketplaceDay{markets["0"], markets["1"]}
		out.Daily = append(out.Daily, ds)
	}
	return out, nil
}

// revenueOf sums the revenue rows of day ("" for the totals).
func revenueOf(rows []statRow, day string) *model.RevenueBySource {
	sums := map[string]*big.Int{}
	total := new(big.Int)
	for _, row := range rows {
		if row.Metric != "revenue" || row.Day != day {
			continue
		}
		v, ok := new(big.Int).SetString(row.Value, 10)
		if !ok {
			continue
		}
		sums[row.Key] = v
		total.Add(total, v)
	}
	get := func(k string) scalar.BigInt {
		if v := sums[k]; v != nil {
			return scalar.BigInt(v.String())
		}
		return "0"
	}
	return &model.RevenueBySource{Packages: get("package"), TopUps: get("top_up"), Subscriptions: get("subscription"),
		MarketplaceFees: get("sale_fee"), Total: scalar.BigInt(total.String())}
}

// toInt is a count as GraphQL's Int.
func toInt(s string) int {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0
	}
	return int(min(n, 1<<31-1))
}

// agentRankings are the orders of topAgents, each served by an index.
var agentRankings = map[model.AgentRanking]string{
	model.AgentRankingGenerations: "generations_fulfilled DESC, id DESC",
	model.AgentRankingSales:       "token_sales DESC, id DESC",
	model.AgentRankingRevenue:     "(royalty_revenue + subscription_revenue) DESC, id DESC",
}

func (r *Resolver) topAgents(ctx context.Context, by model.AgentRanking, first *int) ([]*model.Agent, error) {
	n, err := pageSize(first)
	if err != nil {
		return nil, err
	}
	order, ok := agentRankings[by]
	if !ok {
		return nil, fmt.Errorf("unknown ranking %s", by)
	}
	rows := []*model.Agent{}
	err = r.DB.SelectContext(ctx, &rows, `SELECT `+agentCols+` FROM agents ORDER BY `+order+` LIMIT $1`, n)
	return rows, err
}

func (r *Resolver) floorPrice(ctx context.Context, collection model.Collection) (*scalar.BigInt, error) {
	col := 0
	if collection == model.CollectionGenerated {
		col = 1
	}
	var price *string
	if err := r.DB.GetContext(ctx, &price, `SELECT min(price)::text FROM listings WHERE collection = $1 AND status = 'active'`, col); err != nil {
		return nil, err
	}
	if price == nil {
		return nil, nil
	}
	p := scalar.BigInt(*price)
	return &p, nil
}
