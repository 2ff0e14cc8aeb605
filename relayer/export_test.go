package relayer

import (
	"context"

	"github.com/google/uuid"

	"github.com/inft-labs/inft/ai"
)

// RecordAttempts writes one Generate call's attempts, as the worker does
// after each call.
func (w *Worker) RecordAttempts(ctx context.Context, requestID string, call uuid.UUID, attempts []ai.Attempt) error {
	return w.recordAttempts(ctx, requestID, call, attempts)
}
