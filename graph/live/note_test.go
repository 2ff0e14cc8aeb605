package live

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/notify"
)

// Streams woken by one notification share a read; one whose subscriber
// leaves during the read (its context cancelled) does not end the others:
// they read for themselves.
func TestSharedOutlivesTheStreamThatRead(t *testing.T) {
	n := Note{Note: notify.Note{Kind: notify.Agents, IDs: []string{"1"}}, memo: newMemo()}
	leaving, leave := context.WithCancel(context.Background())
	reading := make(chan struct{})
	first := make(chan error, 1)
	go func() {
		_, err := Shared(n, "agent:1", func() (string, error) {
			close(reading)
			<-leaving.Done() // the subscriber goes away mid-read
			return "", leaving.Err()
		})
		first <- err
	}()
	<-reading
	second := make(chan string, 1)
	go func() {
		v, err := Shared(n, "agent:1", func() (string, error) { return "agent 1 as it is", nil })
		if err != nil {
			v = err.Error()
		}
		second <- v
	}()
	time.Sleep(20 * time.Millisecond) // the second waits on the first's read
	leave()
	require.True(t, errors.Is(<-first, context.Canceled), "the one that left gets its own cancellation")
	select {
	case v := <-second:
		require.Equal(t, "agent 1 as it is", v, "the other reads for itself")
	case <-time.After(5 * time.Second):
		t.Fatal("the other stream never got its read")
	}
	v, err := Shared(n, "agent:1", func() (string, error) { return "", errors.New("not called") })
	require.NoError(t, err)
	require.Equal(t, "agent 1 as it is", v, "and its read is shared from then on")
}
