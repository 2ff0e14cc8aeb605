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
	// transactions when nothing wakes it. Default 1 second.
	TxInterval time.Duration
	Queue      QueueConfig
	Schedule   ScheduleConfig
	Registerer prometheus.Registerer
	Logger     *slog.Logger
}

// Service is the relayer at work: the River workers taking requests through
// their stages, the transaction manager sending and settling what they queue,
// and the scheduled work.
type Service struct {
	Worker    *Worker
	Tx        *txmgr.Manager
	Queue     *Queue
	Scheduler *Scheduler
	stopTx    context.CancelFunc
	txDone    chan error
	log       *slog.Logger
	inserter  *jobs.Inserter
}

// Start starts the relayer on db with client (an ethclient).
func Start(ctx context.Context, db *sqlx.DB, client txmgr.Client, cfg ServiceConfig) (*Service, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	tc := cfg.Tx
	tc.Logger = cmp.Or(tc.Logger, cfg.Logger)
	if tc.Batch == nil {
		tc.Batch = Batch
	}
	if tc.Check == nil {
		tc.Check = StatusCheck(client, cfg.Agents)
	}
	mgr, err := txmgr.New(ctx, db, client, tc)
	if err != nil {
		return nil, err
	}
	w, err := New(ctx, db, Config{AI: cfg.AI, Store: cfg.Store, Tx: mgr, Agents: cfg.Agents, Logger: cfg.Logger})
	if err != nil {
		return nil, err
	}
	qc := cfg.Queue
	qc.Logger = cmp.Or(qc.Logger, cfg.Logger)
	qc.Deadline = cmp.Or(qc.Deadline, cfg.Schedule.Deadline)
	queue, err := NewQueue(db.DB, w, qc)
	if err != nil {
		return nil, err
	}
	sched, err := NewScheduler(w, client, cfg.Generated, cfg.Schedule, cfg.Registerer)
	if err != nil {
		return nil, err
	}
	inserter, err := jobs.NewInserter(db.DB, 0)
	if err != nil {
		return nil, err
	}
	// Only Stop ends the queue, letting running jobs finish or releasing them.
	if err := queue.Start(context.WithoutCancel(ctx)); err != nil {
		return nil, fmt.Errorf("relayer: start queue: %w", err)
	}
	txCtx, stopTx := context.WithCancel(context.WithoutCancel(ctx))
	s := &Service{Worker: w, Tx: mgr, Queue: queue, Scheduler: sched, stopTx: stopTx, txDone: make(chan error, 1),
		log: cfg.Logger.With("component", "relayer"), inserter: inserter}
	go func() { s.txDone <- mgr.Run(txCtx, cmp.Or(cfg.TxInterval, time.Second)) }()
	sched.Start()
	s.log.Info("relayer started", "from", mgr.From())
	return s, nil
}

// Stop shuts the relayer down gracefully: no new jobs are taken, running
// ones finish their stage or, past the queue's SoftStop, are released for the
// next start; then the schedule and the transaction manager stop. What was
// queued for sending is in the database and is sent at the next start.
func (s *Service) Stop(ctx context.Context) error {
	err := s.Queue.Stop(ctx)
	err = errors.Join(err, s.Scheduler.Stop(ctx))
	s.stopTx()
	err = errors.Join(err, <-s.txDone)
	if err != nil {
		return fmt.Errorf("relayer: stop: %w", err)
	}
	s.log.Info("relayer stopped")
	return nil
}
