package relayer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/internal/startstop"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/jobs"
	"github.com/inft-labs/inft/txmgr"
)

// ServiceConfig wires the whole relayer.
type ServiceConfig struct {
	AI        *ai.Orchestrator
	Store     ipfs.Store
	Agents    common.Address // INFTAgents
	Generated common.Address // INFTGenerated, for reconciliation
	// Tx configures the transaction manager; Key is required. Batch and
	// Check default to INFTAgents' multicall and the on-chain status check.
	Tx txmgr.Config
	// TxInterval is how often the transaction manager looks at its
	// transactions when nothing wakes it, unless Tx.Interval says. Default
	// 1 second.
	TxInterval time.Duration
	// Queue configures the River workers; its Deadline and Lease default
	// to Schedule's.
	Queue      QueueConfig
	Schedule   ScheduleConfig
	Registerer prometheus.Registerer
	Logger     *slog.Logger
}

// Service is the relayer at work: the River workers taking requests through
// their stages and running the scheduled work, and the transaction manager
// sending and settling what they queue. Start runs them and Stop ends them
// (startstop's lifecycle: both idempotent and safe to call concurrently).
type Service struct {
	startstop.Base
	Worker    *Worker
	Tx        *txmgr.Manager
	Queue     *Queue
	Scheduler *Scheduler
	log       *slog.Logger
	inserter  *jobs.Inserter
}

var _ startstop.Service = (*Service)(nil)

// NewService builds the relayer on db with client (an ethclient); Start runs it.
func NewService(ctx context.Context, db *sqlx.DB, client txmgr.Client, cfg ServiceConfig) (*Service, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	tc := cfg.Tx
	tc.Logger = cmp.Or(tc.Logger, cfg.Logger)
	tc.Interval = cmp.Or(tc.Interval, cfg.TxInterval)
	if tc.Batch == nil {
		tc.Batch = Batch
	}
	if tc.Check == nil {
		tc.Check = StatusCheck(client, cfg.Agents)
	}
	mgr, err := txmgr.New(ctx, db, client, tc)
	if err != nil {
		return nil, fmt.Errorf("relayer: init transaction manager: %w", err)
	}
	w, err := New(ctx, db, Config{AI: cfg.AI, Store: cfg.Store, Tx: mgr, Agents: cfg.Agents, Logger: cfg.Logger})
	if err != nil {
		return nil, err
	}
	sched, err := NewScheduler(w, client, cfg.Generated, cfg.Schedule, cfg.Registerer)
	if err != nil {
		return nil, err
	}
	qc := cfg.Queue
	qc.Logger = cmp.Or(qc.Logger, cfg.Logger)
	qc.Deadline = cmp.Or(qc.Deadline, cfg.Schedule.Deadline)
	qc.Lease = cmp.Or(qc.Lease, cfg.Schedule.Lease)
	queue, err := NewQueue(db.DB, w, sched, qc)
	if err != nil {
		return nil, err
	}
	inserter, err := jobs.NewInserter(db.DB, 0)
	if err != nil {
		return nil, err
	}
	return &Service{Worker: w, Tx: mgr, Queue: queue, Scheduler: sched,
		log: cfg.Logger.With("component", "relayer"), inserter: inserter}, nil
}

// Start starts the transaction manager, then the River workers (which run
// the scheduled tasks too), and returns.
func (s *Service) Start(ctx context.Context) error {
	ctx, ok, stopped := s.StartInit(ctx)
	if !ok {
		return nil
	}
	var parts startstop.Group
	for _, p := range []struct {
		name string
		svc  startstop.Service
	}{{"transaction manager", s.Tx}, {"queue", s.Queue}} {
		if err := parts.Start(ctx, p.name, p.svc); err != nil {
			err = fmt.Errorf("relayer: %w", err)
			stopped(errors.Join(err, parts.Stop(context.WithoutCancel(ctx))))
			return err
		}
	}
	s.log.Info("relayer started", "from", s.Tx.From())
	go func() {
		<-ctx.Done()
		// In reverse: no new jobs are taken and running ones finish, then
		// the transaction manager stops.
		if err := parts.Stop(context.WithoutCancel(ctx)); err != nil {
			stopped(fmt.Errorf("relayer: stop: %w", err))
			return
		}
		s.log.Info("relayer stopped")
		stopped(nil)
	}()
	return nil
}

// Stop shuts the relayer down gracefully: no new jobs are taken, running
// ones finish their stage or, past the queue's SoftStop, are released for the
// next start; then the transaction manager stops. What was
// queued for sending is in the database and is sent at the next start. It
// returns once all that is done, or when ctx ends (the stop goes on).
func (s *Service) Stop(ctx context.Context) error { return s.Base.Stop(ctx) }
