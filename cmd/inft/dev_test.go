package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
)

// TestMain lets a test run this binary as `inft` itself: a subprocess that
// can be killed.
func TestMain(m *testing.M) {
	if os.Getenv("INFT_TEST_AS_INFT") == "1" {
		main()
		return
	}
	goleak.VerifyTestMain(m, chaintest.IgnoredGoroutines()...)
}

// devProcess is `inft dev` running as a subprocess.
type devProcess struct {
	cmd            *exec.Cmd
	stdout, stderr *lockedWriter
	exited         chan error
}

type devPorts struct{ rpc, ws, http string }

func freeAddrs(t *testing.T) devPorts {
	t.Helper()
	var addrs []string
	for range 3 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		addrs = append(addrs, l.Addr().String())
		defer l.Close()
	}
	return devPorts{rpc: addrs[0], ws: addrs[1], http: addrs[2]}
}

// startDev starts `inft dev` on dir and the database, and waits for it to
// write dev.json, which it does once everything serves.
func startDev(t *testing.T, dir, dbURL string, ports devPorts, env ...string) (*devProcess, *devInfo) {
	t.Helper()
	_ = os.Remove(filepath.Join(dir, "dev.json")) // the last run's
	cmd := exec.Command(os.Args[0], "dev", "--dir", dir, "--rpc-addr", ports.rpc, "--ws-addr", ports.ws,
		"--http-addr", ports.http, "--block-time", "500ms", "--ai-delay", "3s")
	cmd.Env = append(append(os.Environ(), "INFT_TEST_AS_INFT=1", "DATABASE_URL="+dbURL), env...)
	p := &devProcess{cmd: cmd, stdout: &lockedWriter{w: &strings.Builder{}}, stderr: &lockedWriter{w: &strings.Builder{}}, exited: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = p.stdout, p.stderr
	require.NoError(t, cmd.Start())
	go func() { p.exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-p.exited
		if t.Failed() || testing.Verbose() {
			t.Logf("inft dev's log:\n%s", p.stderr.String())
		}
	})
	deadline := time.After(90 * time.Second)
	for {
		info, err := readDevInfo(filepath.Join(dir, "dev.json"))
		if err == nil {
			return p, info
		}
		select {
		case err := <-p.exited:
			p.exited <- err
			t.Fatalf("inft dev exited (%v):\n%s", err, p.stderr.String())
		case <-deadline:
			t.Fatalf("no dev.json after 90 s:\n%s", p.stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// The whole system as a user meets it: `inft dev` in a subprocess, driven
// only from outside (JSON-RPC over HTTP, GraphQL over HTTP and WebSocket,
// the gateway), killed without warning in the middle of a generation and
// started again; then `inft demo` runs against it, and Ctrl-C stops it.
func TestDevEndToEnd(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	dir := t.TempDir()
	ports := freeAddrs(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	p, info := startDev(t, dir, db.URL, ports)
	require.Equal(t, uint64(1337), info.ChainID)
	require.Equal(t, "http://"+ports.rpc, info.RPCURL)
	require.Equal(t, "ws://"+ports.ws, info.WSURL)
	require.Equal(t, "http://"+ports.http+"/graphql", info.GraphQLURL)
	require.Len(t, info.Accounts, 10)
	require.Len(t, info.AdminKey, 48, "inft dev makes an admin key for the dashboard")
	require.Eventually(t, func() bool { return strings.Contains(p.stdout.String(), "inft demo") }, 10*time.Second, 10*time.Millisecond)
	for _, want := range []string{info.GraphQLURL, info.RPCURL, info.WSURL, info.GatewayURL, info.Contracts.Agents.Hex(),
		info.Accounts[devFirstPlayer].Address.Hex(), info.Accounts[devFirstPlayer].PrivateKey, info.AdminKey} {
		require.Contains(t, p.stdout.String(), want, "the banner")
	}
	d, err := dialDemo(ctx, info)
	require.NoError(t, err)
	defer d.eth.Close()

	// A purchase and a generation, followed live to the end.
	agent, credits, err := d.buyPackage(ctx, d.seller, tierPro)
	require.NoError(t, err)
	require.Positive(t, credits)
	first, err := d.requestGeneration(ctx, d.seller, agent, kindImage, "a lighthouse at dawn")
	require.NoError(t, err)
	var seen []string
	final, err := d.followProgress(ctx, first, func(status string, percent int, _ string) {
		seen = append(seen, fmt.Sprintf("%s %d", status, percent))
	})
	require.NoError(t, err)
	require.Equal(t, "FULFILLED", final, "%v", seen)
	require.Contains(t, strings.Join(seen, ","), "GENERATING")

	// The token's metadata and image, from the gateway.
	tok, err := d.token(ctx, first)
	require.NoError(t, err)
	require.Equal(t, d.seller.addr, common.HexToAddress(tok.Owner))
	var meta struct {
		Image string `json:"image"`
	}
	require.NoError(t, json.Unmarshal(httpGet(t, gatewayURL(info.GatewayURL, tok.TokenURI)), &meta))
	require.Equal(t, tok.ImageURI, meta.Image)
	require.True(t, strings.HasPrefix(string(httpGet(t, gatewayURL(info.GatewayURL, meta.Image))), "\x89PNG"), "the image is a PNG")

	// A second generation, and the process killed while it generates.
	second, err := d.requestGeneration(ctx, d.seller, agent, kindImage, "the same lighthouse at night")
	require.NoError(t, err)
	sub, err := d.api.subscribe(ctx, `subscription($id: ID!) { generationProgress(requestId: $id) { status } }`, map[string]any{"id": second.String()})
	require.NoError(t, err)
	for {
		var ev struct{ GenerationProgress struct{ Status string } }
		require.NoError(t, sub.next(ctx, &ev))
		if ev.GenerationProgress.Status == "GENERATING" {
			break
		}
	}
	// And a chat reply cut mid-stream: one reply finished and charged, the
	// next killed after its first delta.
	talk, _, err := d.signIn(ctx, d.seller)
	require.NoError(t, err)
	session, err := d.openSession(ctx, talk, d.seller, agent, 5, 600)
	require.NoError(t, err)
	chat, err := talk.subscribe(ctx, `subscription($s: ID!) { chatMessages(sessionId: $s) { type message { tokens } } }`, map[string]any{"s": session})
	require.NoError(t, err)
	nextChat := func() (string, int) {
		var ev struct {
			ChatMessages struct {
				Type    string
				Message *struct{ Tokens int }
			}
		}
		require.NoError(t, chat.next(ctx, &ev))
		tokens := 0
		if ev.ChatMessages.Message != nil {
			tokens = ev.ChatMessages.Message.Tokens
		}
		return ev.ChatMessages.Type, tokens
	}
	send := func(text string) {
		require.NoError(t, talk.query(ctx, `mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, text: $t) { seq } }`,
			map[string]any{"s": session, "t": text}, &struct{}{}))
	}
	send("Hello, agent!")
	metered := 0
	for {
		typ, tokens := nextChat()
		if typ == "DONE" {
			metered = tokens
			break
		}
	}
	require.Positive(t, metered)
	send("Tell me a story.")
	for typ := ""; typ != "DELTA"; typ, _ = nextChat() {
	}
	require.NoError(t, p.cmd.Process.Signal(syscall.SIGKILL))
	<-p.exited
	p.exited <- nil
	sub.close()
	chat.close()
	d.eth.Close()

	// Started again on the same directory and database: the chain, the
	// contracts and the generation go on. Contracts another build deployed
	// (here: its digest altered) are used as they are, with a warning.
	deployment := filepath.Join(dir, "chain", "deployment.json")
	raw, err := os.ReadFile(deployment)
	require.NoError(t, err)
	build := regexp.MustCompile(`"contractsBuild": *"[0-9a-f]+"`)
	require.Regexp(t, build, string(raw))
	require.NoError(t, os.WriteFile(deployment, build.ReplaceAll(raw, []byte(`"contractsBuild": "0000000000000000"`)), 0o644))
	p, again := startDev(t, dir, db.URL, ports)
	require.Equal(t, info.Contracts, again.Contracts)
	require.Contains(t, p.stderr.String(), "deployed by another build of inft")
	d, err = dialDemo(ctx, again)
	require.NoError(t, err)
	defer d.eth.Close()
	final, err = d.followProgress(ctx, second, func(string, int, string) {})
	require.NoError(t, err)
	require.Equal(t, "FULFILLED", final)
	fulfilled, failed := 0, 0
	logs, err := d.eth.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{info.Contracts.Agents},
		FromBlock: new(big.Int).SetUint64(info.DeployBlock)})
	require.NoError(t, err)
	for _, l := range logs {
		if ev, err := agentsABI.UnpackGenerationFulfilledEvent(&l); err == nil && ev.RequestId.Cmp(second) == 0 {
			fulfilled++
		}
		if ev, err := agentsABI.UnpackGenerationFailedEvent(&l); err == nil && ev.RequestId.Cmp(second) == 0 {
			failed++
		}
	}
	require.Equal(t, 1, fulfilled, "the killed generation ends exactly once")
	require.Zero(t, failed)
	var tokens struct {
		Tokens struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	require.NoError(t, d.api.query(ctx, `query($a: ID) { tokens(agentId: $a) { edges { node { id } } } }`, map[string]any{"a": agent.String()}, &tokens))
	require.Len(t, tokens.Tokens.Edges, 2, "two generations, two tokens")

	// The chat session, ended after the restart, is settled once, for the
	// reply that finished: the killed one is charged nothing.
	require.NoError(t, talk.query(ctx, `mutation($s: ID!) { endSession(sessionId: $s) { status } }`, map[string]any{"s": session}, &struct{}{}))
	var settled struct {
		ChatSession struct {
			Status     string
			Settlement *struct{ CreditsUsed, CreditsRefunded, TranscriptHash string }
			Messages   struct {
				Edges []struct{ Node struct{ Status string } }
			}
		}
	}
	require.Eventually(t, func() bool {
		require.NoError(t, talk.query(ctx, `query($s: ID!) { chatSession(id: $s) { status settlement { creditsUsed creditsRefunded transcriptHash }
			messages { edges { node { status } } } } }`, map[string]any{"s": session}, &settled))
		return settled.ChatSession.Status == "SETTLED"
	}, 60*time.Second, 100*time.Millisecond)
	require.Equal(t, fmt.Sprint(chatCredits(metered)), settled.ChatSession.Settlement.CreditsUsed)
	var statuses []string
	for _, e := range settled.ChatSession.Messages.Edges {
		statuses = append(statuses, e.Node.Status)
	}
	require.Equal(t, []string{"DONE", "DONE", "DONE", "INTERRUPTED"}, statuses)
	logs, err = d.eth.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{info.Contracts.Agents},
		FromBlock: new(big.Int).SetUint64(info.DeployBlock)})
	require.NoError(t, err)
	settlements := 0
	for _, l := range logs {
		if ev, err := agentsABI.UnpackSessionSettledEvent(&l); err == nil && ev.SessionId.String() == session {
			settlements++
			require.Equal(t, settled.ChatSession.Settlement.TranscriptHash, hexutil.Encode(ev.TranscriptHash[:]))
		}
	}
	require.Equal(t, 1, settlements, "one settlement, equal to the metered usage")

	// The demo, as a newcomer runs it.
	out := &lockedWriter{w: &strings.Builder{}}
	errOut := &lockedWriter{w: &strings.Builder{}}
	code := run(ctx, []string{"demo", "--dir", dir}, lookup(nil), out, errOut)
	require.Equal(t, 0, code, "%s\n%s", out.String(), errOut.String())
	for _, want := range []string{"bought a Pro package", "FULFILLED", "minted token", "/ipfs/", "LISTED", "SOLD",
		"bought an Enterprise package", "for a text",
		`as wallets see it: "INFT Agent #`, "tier Pro, level 0, credits 500, generations 0; image data:image/svg+xml",
		"credits 495, generations 1", "what it learned: level 1", "made by    local (local-image): SUCCESS in", "1 generation(s), 100 % succeeded",
		"may withdraw 4.875 S: SALE_PROCEEDS 4.625 S, ROYALTY 0.25 S",
		"signed in with its wallet", "opened on chain, 5 credits in escrow", "   agent: ", "credits left in escrow", "chat: ended",
		"a peer review by agents", "draft scored", "co-created by agents"} {
		require.Contains(t, out.String(), want)
	}
	require.Contains(t, out.String(), ", token URI ipfs://", "the Enterprise agent's text is minted too: the local provider serves every tier")

	// A peer review of three of the seller's agents, killed once some of its
	// steps are done and before it ends: started again, it ends with one
	// mint, every step that asks a provider having succeeded once.
	team := []*big.Int{agent}
	for range 2 {
		a, _, err := d.buyPackage(ctx, d.seller, tierPro)
		require.NoError(t, err)
		team = append(team, a)
	}
	r, err := d.transact(ctx, d.seller, d.agents, nil, agentsABI.PackRequestCollaboration(team, modePeerReview, kindText, "three lighthouses"))
	require.NoError(t, err)
	var review *big.Int
	for _, l := range r.Logs {
		if ev, err := agentsABI.UnpackCollaborationRequestedEvent(l); err == nil {
			review = ev.RequestId
		}
	}
	require.NotNil(t, review)
	type steps struct {
		Generation struct {
			Status        string
			Contributions []struct{ Status string }
			Attempts      []struct{ Outcome string }
		}
	}
	progress := func() steps {
		var s steps
		require.NoError(t, d.api.query(ctx, `query($id: ID!) { generation(requestId: $id) { status contributions { status } attempts { outcome } } }`,
			map[string]any{"id": review.String()}, &s))
		return s
	}
	doneSteps := func(s steps) int {
		n := 0
		for _, c := range s.Generation.Contributions {
			if c.Status == "DONE" {
				n++
			}
		}
		return n
	}
	require.Eventually(t, func() bool {
		s := progress()
		require.NotEqual(t, "FULFILLED", s.Generation.Status, "killed before it ends")
		return doneSteps(s) >= 1
	}, time.Minute, 20*time.Millisecond)
	require.NoError(t, p.cmd.Process.Signal(syscall.SIGKILL))
	<-p.exited
	p.exited <- nil
	d.eth.Close()
	p, again = startDev(t, dir, db.URL, ports)
	d, err = dialDemo(ctx, again)
	require.NoError(t, err)
	defer d.eth.Close()
	final, err = d.followProgress(ctx, review, func(string, int, string) {})
	require.NoError(t, err)
	require.Equal(t, "FULFILLED", final)
	logs, err = d.eth.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{info.Contracts.Agents},
		FromBlock: new(big.Int).SetUint64(info.DeployBlock)})
	require.NoError(t, err)
	fulfilled = 0
	for _, l := range logs {
		if ev, err := agentsABI.UnpackGenerationFulfilledEvent(&l); err == nil && ev.RequestId.Cmp(review) == 0 {
			fulfilled++
		}
	}
	require.Equal(t, 1, fulfilled, "one mint")
	s := progress()
	require.Equal(t, 6, doneSteps(s), "three drafts, three reviews")
	successes := 0
	for _, a := range s.Generation.Attempts {
		if a.Outcome == "SUCCESS" {
			successes++
		}
	}
	require.Equal(t, 6, successes, "one provider call for each finished step: none asked again after the restart")

	// Ctrl-C: a clean stop.
	require.NoError(t, p.cmd.Process.Signal(os.Interrupt))
	select {
	case err := <-p.exited:
		p.exited <- err
		require.NoError(t, err, "exit status after Ctrl-C")
		require.NoFileExists(t, filepath.Join(dir, "dev.json"), "no stack serves any more")
	case <-time.After(60 * time.Second):
		t.Fatal("inft dev did not stop within 60 s of Ctrl-C")
	}

	// A new chain (its directory removed) on the database that indexed the
	// old one: the database is reset, saying so, and holds none of the old
	// chain's rows.
	require.NoError(t, os.RemoveAll(filepath.Join(dir, "chain")))
	p, _ = startDev(t, dir, db.URL, ports)
	require.Contains(t, p.stderr.String(), "resetting the database")
	d2 := gqlClient{url: info.GraphQLURL}
	var gen struct{ Generation *struct{ Status string } }
	require.NoError(t, d2.query(ctx, `query($id: ID!) { generation(requestId: $id) { status } }`, map[string]any{"id": second.String()}, &gen))
	require.Nil(t, gen.Generation, "the old chain's request is gone with it")
}

// chatCredits is what tokens cost at the default price (1,000 a credit).
func chatCredits(tokens int) int { return (tokens + 999) / 1000 }

func httpGet(t *testing.T, url string) []byte {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode, "%s: %s", url, body)
	return body
}

// Bad configuration ends start-up at once with one clear line.
func TestDevAndRunFailClearly(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer busy.Close()
	ports := freeAddrs(t)
	devArgs := func(extra ...string) []string {
		return append([]string{"dev", "--dir", t.TempDir(), "--rpc-addr", ports.rpc, "--ws-addr", ports.ws, "--http-addr", ports.http}, extra...)
	}
	unreachable := "postgres://postgres@127.0.0.1:1/inft_dev?sslmode=disable&connect_timeout=2"
	// A production database given by mistake: it indexes Sonic.
	production := pgtest.New(t)
	_, err = migrations.Up(context.Background(), production.DB.DB)
	require.NoError(t, err)
	production.MustExec(`INSERT INTO indexer_checkpoints (chain_id, block_number, block_hash, confirmed_block, head_block, finalized_block)
		VALUES (146, 1000, '\x01', 1000, 1000, 1000)`)
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"dev: unreachable database", map[string]string{"DATABASE_URL": unreachable}, devArgs(), "inft dev: connect to DATABASE_URL"},
		{"dev: chain port in use", map[string]string{"DATABASE_URL": db.URL}, devArgs("--rpc-addr", busy.Addr().String()), busy.Addr().String() + ": bind: address already in use"},
		{"dev: API port in use", map[string]string{"DATABASE_URL": db.URL}, devArgs("--http-addr", busy.Addr().String()), "HTTP_ADDR: listen tcp " + busy.Addr().String()},
		{"dev: a database that indexes another chain", map[string]string{"DATABASE_URL": production.URL}, devArgs(), "DATABASE_URL holds the index of chain 146, not of the dev chain (1337)"},
		{"dev: malformed contract address", map[string]string{"DATABASE_URL": db.URL, "INFT_AGENTS_CONTRACT": "0x12"}, devArgs(), `INFT_AGENTS_CONTRACT="0x12" is not`},
		{"run: no relayer key", map[string]string{"DATABASE_URL": db.URL, "SONIC_RPC_URL": "http://127.0.0.1:1",
			"INFT_AGENTS_CONTRACT": "0x5FbDB2315678afecb367f032d93F642f64180aa3", "INFT_GENERATED_NFT_CONTRACT": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
			"INFT_MARKETPLACE_CONTRACT": "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"}, []string{"run"}, "RELAYER_PRIVATE_KEY"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			began := time.Now()
			code, _, stderr := runInft(t, tc.env, tc.args...)
			require.Equal(t, 1, code, stderr)
			require.Equal(t, 1, strings.Count(stderr, "\n"), "one line: %q", stderr)
			require.Contains(t, stderr, tc.want)
			require.Less(t, time.Since(began), 10*time.Second, "at once")
		})
	}
}

// A second `inft dev` on the same database is refused, clearly.
func TestDevIsAloneOnItsDatabase(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	held, err := holdDevDatabase(context.Background(), db.URL)
	require.NoError(t, err)
	defer held.release()
	_, err = holdDevDatabase(context.Background(), db.URL)
	require.ErrorContains(t, err, "another `inft dev` is running on this database")
}
