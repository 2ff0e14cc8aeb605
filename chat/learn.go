package chat

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/agent"
	"github.com/inft-labs/inft/internal/startstop"
)

// learn updates an agent's learned profile with what a conversation taught
// it (agent.Profile.RecordReply, RecordRating): aggregates only, never text.
// It inserts a fresh profile or locks the existing row, as the relayer does
// for a generation, so that concurrent replies and generations all count;
// all in tx. A level reached this way is anchored on chain by the relayer's
// evolution sweep (relayer.Scheduler.AnchorEvolution).
func learn(ctx context.Context, tx *sqlx.Tx, agentID string, tier ai.Tier, update func(agent.Profile) agent.Profile) error {
	fresh, err := json.Marshal(agent.New(agentID, tier))
	if err != nil {
		return err
	}
	var doc []byte
	if err := tx.GetContext(ctx, &doc, `INSERT INTO agent_profiles (agent_id, profile) VALUES ($1, $2)
		ON CONFLICT (agent_id) DO UPDATE SET agent_id = EXCLUDED.agent_id RETURNING profile`, agentID, fresh); err != nil {
		return fmt.Errorf("chat: profile of agent %s: %w", agentID, err)
	}
	var p agent.Profile
	if err := json.Unmarshal(doc, &p); err != nil {
		return fmt.Errorf("chat: profile of agent %s: %w", agentID, err)
	}
	if doc, err = json.Marshal(update(p)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE agent_profiles SET profile = $2, updated_at = now() WHERE agent_id = $1`,
		agentID, doc); err != nil {
		return fmt.Errorf("chat: profile of agent %s: %w", agentID, err)
	}
	return nil
}

// rateProvider moves a provider's rating aggregate from prev (0: unrated) to
// rating, in tx.
func rateProvider(ctx context.Context, tx *sqlx.Tx, provider string, prev, rating int) error {
	added := 0
	if prev == 0 {
		added = 1
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO provider_ratings AS r (provider, ratings, rating_sum) VALUES ($1, $2, $3)
		ON CONFLICT (provider) DO UPDATE SET ratings = r.ratings + $2, rating_sum = r.rating_sum + $4, updated_at = now()`,
		provider, added, rating, rating-prev); err != nil {
		return fmt.Errorf("chat: rate provider %s: %w", provider, err)
	}
	return nil
}

// ProviderRatings reads what users made of each provider's replies, for
// ai.Orchestrator.SetRatings.
func ProviderRatings(ctx context.Context, q sqlx.QueryerContext) (map[string]ai.Rating, error) {
	var rows []struct {
		Provider string `db:"provider"`
		Ratings  int64  `db:"ratings"`
		Sum      int64  `db:"rating_sum"`
	}
	if err := sqlx.SelectContext(ctx, q, &rows, `SELECT provider, ratings, rating_sum FROM provider_ratings`); err != nil {
		return nil, fmt.Errorf("chat: provider ratings: %w", err)
	}
	out := make(map[string]ai.Rating, len(rows))
	for _, r := range rows {
		out[r.Provider] = ai.Rating{Count: r.Ratings, Sum: r.Sum}
	}
	return out, nil
}

// RatingsFeed keeps orchestrators' provider ratings as the database has
// them, reading them at start and then every Every (default 30 s). Every
// replica reads the same table, so they all rank providers alike. It is a
// long-running part (startstop): Start, Stop.
type RatingsFeed struct {
	startstop.Base
	DB            *sqlx.DB
	Orchestrators []*ai.Orchestrator
	Every         time.Duration
	Log           *slog.Logger
}

// Start reads the ratings into the orchestrators in the background until
// Stop; a failed read is logged and tried again at the next tick (the
// rankings keep what they had).
func (f *RatingsFeed) Start(ctx context.Context) error {
	ctx, ok, stopped := f.StartInit(ctx)
	if !ok {
		return nil
	}
	every := cmp.Or(f.Every, 30*time.Second)
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			if err := f.Refresh(ctx); err != nil && ctx.Err() == nil && f.Log != nil {
				f.Log.Warn("provider ratings", "err", err)
			}
			select {
			case <-ctx.Done():
				stopped(nil)
				return
			case <-t.C:
			}
		}
	}()
	return nil
}

// Refresh reads the ratings once into the orchestrators.
func (f *RatingsFeed) Refresh(ctx context.Context) error {
	r, err := ProviderRatings(ctx, f.DB)
	if err != nil {
		return err
	}
	for _, o := range f.Orchestrators {
		o.SetRatings(r)
	}
	return nil
}
