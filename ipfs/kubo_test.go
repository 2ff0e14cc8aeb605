package ipfs_test

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ipfs"
)

// startKubo runs a real, offline Kubo daemon on loopback ports for the test
// and returns its RPC API URL. The binary comes from INFT_KUBO_BIN, which
// `make test` builds and sets; without it the test is skipped locally and
// fails in CI.
func startKubo(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("INFT_KUBO_BIN")
	if bin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("INFT_KUBO_BIN is not set: run the tests through `make test`, which builds Kubo")
		}
		t.Skip("INFT_KUBO_BIN is not set (`make kubo` builds it; `make test` sets it)")
	}
	repo := t.TempDir()
	env := append(os.Environ(), "IPFS_PATH="+repo)
	run := func(args ...string) {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "ipfs %v: %s", args, out)
	}
	run("init", "--profile", "test")
	api, gw := freePort(t), freePort(t)
	run("config", "Addresses.API", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", api))
	run("config", "Addresses.Gateway", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", gw))

	daemon := exec.Command(bin, "daemon", "--offline")
	daemon.Env = env
	var log bytes.Buffer
	daemon.Stdout, daemon.Stderr = &log, &log
	require.NoError(t, daemon.Start())
	t.Cleanup(func() {
		_ = daemon.Process.Kill()
		_ = daemon.Wait()
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", api)
	k := ipfs.NewKubo(url, 0)
	require.Eventually(t, func() bool {
		_, err := k.Ping(context.Background())
		return err == nil
	}, 30*time.Second, 50*time.Millisecond, "kubo daemon did not come up: %s", &log)
	return url
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func TestKuboStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	k := ipfs.NewKubo(startKubo(t), 1<<20)

	version, err := k.Ping(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, version)

	data := []byte("hello inft")
	c, err := k.Put(ctx, data)
	require.NoError(t, err)
	require.Equal(t, ipfs.CIDOf(data), c, "Kubo's CIDv1 equals the local store's")
	again, err := k.Put(ctx, data)
	require.NoError(t, err)
	require.Equal(t, c, again, "CIDs are stable")
	got, err := k.Get(ctx, c)
	require.NoError(t, err)
	require.Equal(t, data, got)

	doc := map[string]any{"name": "INFT #1", "image": ipfs.URI(c), "attributes": []map[string]any{{"trait_type": "tier", "value": "pro"}}}
	meta, err := ipfs.PutJSON(ctx, k, doc)
	require.NoError(t, err)
	got, err = k.Get(ctx, meta)
	require.NoError(t, err)
	require.JSONEq(t, `{"name":"INFT #1","image":"ipfs://`+c+`","attributes":[{"trait_type":"tier","value":"pro"}]}`, string(got))

	// A bigger image spans several blocks; it still round-trips by its CID.
	big := bytes.Repeat([]byte("0123456789abcdef"), 40_000) // 640 KB
	bc, err := k.Put(ctx, big)
	require.NoError(t, err)
	require.Equal(t, ipfs.CIDOf(big), bc, "the local store builds the same DAG (TestLocalStoreCIDsMatchKubo)")
	got, err = k.Get(ctx, bc)
	require.NoError(t, err)
	require.Equal(t, big, got)

	_, err = ipfs.NewKubo("http://127.0.0.1:1", 0).Put(ctx, data)
	require.Error(t, err, "an unreachable node is an error, not a CID")
}
