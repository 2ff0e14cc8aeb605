package relayer

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/internal/safe"
)

// Bounds of what is kept of an attempt: a provider's words may be any bytes
// of any length.
const (
	maxAttemptNameBytes  = 200
	maxAttemptErrorBytes = 300
)

// safeAttempts returns attempts with the providers' words made fit to store:
// safe text (no NUL, which neither text nor jsonb takes), cut to whole
// characters within the bounds.
func safeAttempts(attempts []ai.Attempt) []ai.Attempt {
	out := make([]ai.Attempt, len(attempts))
	for i, a := range attempts {
		a.Provider = safeCut(a.Provider, maxAttemptNameBytes)
		a.Model = safeCut(a.Model, maxAttemptNameBytes)
		a.Error = safeCut(a.Error, maxAttemptErrorBytes)
		out[i] = a
	}
	return out
}

// safeCut is s as safe text of at most n bytes, never half a character.
func safeCut(s string, n int) string {
	s = safe.Text(s)
	if len(s) > n {
		s = strings.ToValidUTF8(s[:n], "")
	}
	return s
}

// keepAttempts records the attempts of one Generate call for a request as
// soon as it returns, however it ended: a failed or cancelled call's calls
// to providers were made too. The write is its own short statement, tried
// three times (a retry of a write that had committed adds nothing); when it
// still fails the generation goes on without the record, which is logged.
func (w *Worker) keepAttempts(ctx context.Context, requestID string, attempts []ai.Attempt) {
	if len(attempts) == 0 {
		return
	}
	// Not the job's context: a stop or a timeout may have ended it.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	call := uuid.New()
	for try := 1; ; try++ {
		err := w.recordAttempts(ctx, requestID, call, attempts)
		if err == nil {
			return
		}
		if try == 3 || ctx.Err() != nil {
			w.log.Warn("attempts not recorded", "request", requestID, "attempts", len(attempts), "err", err)
			return
		}
		select {
		case <-ctx.Done():
		case <-time.After(time.Duration(try) * 100 * time.Millisecond):
		}
	}
}

// attemptRow is an attempt as generation_attempts stores it.
type attemptRow struct {
	N         int       `json:"n"`
	Provider  string    `json:"provider"`
	Model     string    `json:"model"`
	Outcome   string    `json:"outcome"`
	LatencyMs float64   `json:"latency_ms"`
	CostUSD   float64   `json:"cost_usd"`
	Error     *string   `json:"error"`
	At        time.Time `json:"at"`
}

// recordAttempts writes the attempts (made safe by safeAttempts) of the
// Generate call named call, in order after the request's earlier ones, in
// one statement. The attempts of a call already written are left as they are.
func (w *Worker) recordAttempts(ctx context.Context, requestID string, call uuid.UUID, attempts []ai.Attempt) error {
	rows := make([]attemptRow, len(attempts))
	for i, a := range attempts {
		rows[i] = attemptRow{N: i, Provider: a.Provider, Model: a.Model, Outcome: "SUCCESS",
			LatencyMs: float64(a.Latency) / float64(time.Millisecond), CostUSD: a.CostUSD, At: a.At}
		if a.Class != "" {
			rows[i].Outcome = string(a.Class)
		}
		if a.Error != "" {
			rows[i].Error = &a.Error
		}
		if a.At.IsZero() {
			rows[i].At = time.Now()
		}
	}
	doc, err := json.Marshal(rows)
	if err != nil {
		return err
	}
	// seq is assigned in the order of n: the rows come sorted.
	err = w.exec(ctx, nil, `INSERT INTO generation_attempts (request_id, call, n, provider, model, outcome, latency_ms, cost_usd, error, at)
		SELECT $1, $2::uuid, a.n, a.provider, a.model, a.outcome, a.latency_ms, a.cost_usd, a.error, a.at
		FROM jsonb_to_recordset($3::jsonb) AS a(n smallint, provider text, model text, outcome text,
			latency_ms double precision, cost_usd double precision, error text, at timestamptz)
		ORDER BY a.n
		ON CONFLICT (call, n) DO NOTHING`, requestID, call.String(), string(doc))
	if err != nil {
		return fmt.Errorf("relayer: record attempts of %s: %w", requestID, err)
	}
	return nil
}
