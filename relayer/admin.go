package relayer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/jobs"
)

// The operators' actions, behind the API's admin mutations.

// pending checks that a request is indexed, pending on chain and without a
// fulfilment or failure queued, and returns its tier.
func (s *Service) pending(ctx context.Context, requestID string) (int, error) {
	var r struct {
		Status int `db:"status"`
		Tier   int `db:"tier"`
	}
	err := s.Worker.db.GetContext(ctx, &r, `SELECT r.status, a.tier
		FROM generation_requests r JOIN agents a ON a.id = r.agent_id WHERE r.id = $1::numeric`, requestID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("request %s is not indexed", requestID)
	}
	if err != nil {
		return 0, err
	}
	if r.Status != 1 {
		return 0, fmt.Errorf("request %s is no longer pending on chain", requestID)
	}
	queued, err := s.Tx.Queued(ctx, s.Worker.db, endKeys(requestID)...)
	if err != nil {
		return 0, err
	}
	if queued {
		return 0, fmt.Errorf("request %s already has its fulfilment or failure queued", requestID)
	}
	return r.Tier, nil
}

// RetryJob queues a pending request's generation job again (one whose job
// was discarded or deleted); a request with a live job is left as it is.
func (s *Service) RetryJob(ctx context.Context, requestID string) error {
	tier, err := s.pending(ctx, requestID)
	if err != nil {
		return err
	}
	tx, err := s.Worker.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// A job waiting out its backoff runs now; without one, a new job is
	// queued (none is while another is live).
	waiting, err := s.inserter.RunNowTx(ctx, tx, requestID)
	if err != nil {
		return err
	}
	if !waiting {
		if err := s.inserter.InsertTx(ctx, tx, []jobs.Generate{{RequestID: requestID, Tier: tier}}); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s.log.Info("an operator queued a request again", "request", requestID)
	return nil
}

// FailJob fails a pending request on chain with the operator's reason,
// refunding it.
func (s *Service) FailJob(ctx context.Context, requestID, reason string) error {
	if _, err := s.pending(ctx, requestID); err != nil {
		return err
	}
	s.log.Warn("an operator failed a request", "request", requestID, "reason", reason)
	return s.Worker.Fail(ctx, requestID, "failed by an operator: "+reason)
}

// PauseProvider stops sending generations to an AI provider in this process.
func (s *Service) PauseProvider(name string) error { return s.Worker.cfg.AI.Pause(name) }

// ResumeProvider sends generations to a paused provider again.
func (s *Service) ResumeProvider(name string) error { return s.Worker.cfg.AI.Resume(name) }

// Wallet is the relayer's sending address and its balance now
// (graph.WalletStater).
func (s *Service) Wallet(ctx context.Context) (common.Address, *big.Int, error) {
	b, err := s.Tx.Balance(ctx)
	return s.Tx.From(), b, err
}

// ProviderStates is this process's health of each provider (graph.ProviderStater).
func (s *Service) ProviderStates() []ai.Stats { return s.Worker.cfg.AI.Stats() }
