package relayer

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/jmoiron/sqlx"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/inft-labs/inft/ai/agent"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/txmgr"
)

// QueueTasks is the River queue of the relayer's own work: anchoring
// level-ups and the scheduled tasks.
const QueueTasks = "relayer"

// AnchorArgs asks the relayer to anchor an agent's learned level on chain.
// A generation that lifts an agent to a new level queues one in the
// transaction that records the level, so a crash right after that commit
// loses no anchoring; the IPFS store is then called outside any transaction.
type AnchorArgs struct {
	AgentID string `json:"agent_id" river:"unique"`
	Level   uint32 `json:"level" river:"unique"`
}

// Kind is River's name of the job.
func (AnchorArgs) Kind() string { return "anchor" }

// anchorOpts: one live job per agent and level.
var anchorOpts = &river.InsertOpts{
	Queue: QueueTasks,
	UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
		rivertype.JobStateRetryable, rivertype.JobStateScheduled,
	}},
}

// AnchorWorker works anchor jobs with a Worker; River retries one that fails
// (the IPFS store is down, say) with its backoff.
type AnchorWorker struct {
	river.WorkerDefaults[AnchorArgs]
	w *Worker
}

// Work anchors the job's agent.
func (a *AnchorWorker) Work(ctx context.Context, job *river.Job[AnchorArgs]) error {
	_, err := a.w.Anchor(ctx, job.Args.AgentID)
	return err
}

// queueAnchor queues the anchoring of an agent that reached level, in tx.
func (w *Worker) queueAnchor(ctx context.Context, tx *sqlx.Tx, agentID string, level uint32) error {
	if _, err := w.jobs.InsertTx(ctx, tx.Tx, AnchorArgs{AgentID: agentID, Level: level}, anchorOpts); err != nil {
		return fmt.Errorf("relayer: queue anchoring of agent %s: %w", agentID, err)
	}
	return nil
}

// Anchor anchors an agent's learned level when it is above its level on
// chain and no evolution to it is queued: it stores the profile's state
// document on IPFS, with no transaction open, then queues evolveAgent to that
// level (once per agent and level) and wakes the transaction manager. It
// reports whether it queued one.
func (w *Worker) Anchor(ctx context.Context, agentID string) (bool, error) {
	var row struct {
		Profile []byte `db:"profile"`
		Level   int64  `db:"level"`
	}
	err := w.get(ctx, nil, &row, `SELECT p.profile, a.level FROM agent_profiles p JOIN agents a ON a.id = p.agent_id
		WHERE p.agent_id = $1::numeric`, agentID)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil // no profile, or the agent is gone (a reorg)
	}
	if err != nil {
		return false, fmt.Errorf("relayer: profile of agent %s: %w", agentID, err)
	}
	var p agent.Profile
	if err := json.Unmarshal(row.Profile, &p); err != nil {
		return false, fmt.Errorf("relayer: profile of agent %s: %w", agentID, err)
	}
	if int64(p.Level) <= max(row.Level, 1) {
		return false, nil // the chain holds it, or it is the level every agent starts at
	}
	key := evolveKey(p.AgentID, p.Level)
	queued, err := w.cfg.Tx.Queued(ctx, w.db, key)
	if err != nil || queued {
		return false, err
	}
	id, ok := new(big.Int).SetString(p.AgentID, 10)
	if !ok {
		return false, fmt.Errorf("relayer: profile of a bad agent id %q", p.AgentID)
	}
	state, err := p.StateDocument()
	if err != nil {
		return false, err
	}
	stateCID, err := w.cfg.Store.Put(ctx, state)
	if err != nil {
		return false, fmt.Errorf("relayer: store the state document of agent %s: %w", agentID, err)
	}
	_, created, err := w.cfg.Tx.Enqueue(ctx, w.db, txmgr.Request{
		Key: key, To: w.cfg.Agents, Data: w.abi.PackEvolveAgent(id, p.Level, ipfs.URI(stateCID)),
	})
	if err != nil {
		return false, err
	}
	if created {
		w.cfg.Tx.Wake()
	}
	return created, nil
}

func evolveKey(agentID string, level uint32) string {
	return fmt.Sprintf("evolve:%s:%d", agentID, level)
}
