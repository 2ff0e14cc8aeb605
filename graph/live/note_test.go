package live

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/notify"
)

// Streams woken by one notification share a read; one whose subscriber
// leaves during the read (its context cancelled) does not end the others:
// the read runs on a context of its own, and its result is everyone's.
func TestSharedOutlivesTheStreamThatRead(t *testing.T) {
	n := Note{Note: notify.Note{Kind: notify.Agents, IDs: []string{"1"}}, memo: newMemo()}
	leaving, leave := context.WithCancel(context.Background())
	reading, finish := make(chan struct{}), make(chan struct{})
	first := make(chan error, 1)
	go func() {
		_, err := Shared(leaving, n, "agent:1", func(ctx context.Context) (string, error) {
			close(reading)
			select { // a query the driver would cancel with the subscriber's context
			case <-ctx.Done():
				return "", ctx.Err()
			case <-finish:
				return "agent 1 as it is", nil
			}
		})
		first <- err
	}()
	<-reading
	second := make(chan string, 1)
	go func() {
		v, err := Shared(context.Background(), n, "agent:1", func(context.Context) (string, error) { return "", nil })
		if err != nil {
			v = err.Error()
		}
		second <- v
	}()
	leave() // the subscriber that reads first goes away mid-read
	time.Sleep(20 * time.Millisecond)
	close(finish)
	require.NoError(t, <-first, "the read was not the leaving subscriber's to cancel")
	select {
	case v := <-second:
		require.Equal(t, "agent 1 as it is", v, "the other stream gets the shared read")
	case <-time.After(5 * time.Second):
		t.Fatal("the other stream never got its read")
	}
	v, err := Shared(context.Background(), n, "agent:1", func(context.Context) (string, error) { return "", nil })
	require.NoError(t, err)
	require.Equal(t, "agent 1 as it is", v, "and its read is shared from then on")
}
