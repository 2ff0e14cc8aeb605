package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
)

// `inft run` (every role) against a chain over JSON-RPC, a real database and
// an OpenAI-compatible server: a request is indexed, queued, generated,
// stored, fulfilled on chain and indexed FULFILLED; its metadata is served
// at /ipfs/{cid}, and GraphQL tells it all.
func TestRunIndexerAndRelayer(t *testing.T) {
	t.Parallel()
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	img.Set(1, 1, color.RGBA{R: 255, A: 255})
	var pngBytes bytes.Buffer
	require.NoError(t, png.Encode(&pngBytes, img))
	oa := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		require.Equal(t, "/v1/images/generations", r.URL.Path)
		require.Equal(t, "Bearer sk-run", r.Header.Get("Authorization"))
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"created":1700000000,"data":[{"b64_json":%q}]}`, base64.StdEncoding.EncodeToString(pngBytes.Bytes()))
	}))
	defer oa.Close()

	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true})
	c.AutoMine(50 * time.Millisecond)
	db := pgtest.New(t)
	port := chaintest.FreePort(t)
	kv := chainEnv(c, db, map[string]string{
		"INDEXER_START_BLOCK": fmt.Sprint(c.DeployBlock),
		"RELAYER_PRIVATE_KEY": keyHex(c, chaintest.Relayer),
		"OPENAI_API_KEY":      "sk-run",
		"OPENAI_BASE_URL":     oa.URL + "/v1",
		"INFT_DATA_DIR":       t.TempDir(),
		"HTTP_ADDR":           fmt.Sprintf("127.0.0.1:%d", port),
	})
	ctx, cancel := context.WithCancel(context.Background())
	exited := make(chan int, 1)
	var stderr strings.Builder
	go func() {
		exited <- run(ctx, []string{"run"}, lookup(kv), io.Discard, &lockedWriter{w: &stderr})
	}()

	c.Send(chaintest.Alice, c.Agents, new(big.Int).Mul(big.NewInt(45), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(1))
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(1), 1, "a red square"))

	require.Eventually(t, func() bool {
		var status int
		return db.Get(&status, `SELECT status FROM generation_requests WHERE id = 1`) == nil && status == 2
	}, 60*time.Second, 100*time.Millisecond, "fulfilled and indexed")
	var uri string
	require.NoError(t, db.Get(&uri, `SELECT token_uri FROM generation_requests WHERE id = 1`))
	resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/ipfs/%s", port, strings.TrimPrefix(uri, "ipfs://")))
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var meta map[string]any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&meta))
	require.Equal(t, "a red square", meta["prompt"])

	body := `{"query": "{ generation(requestId: \"1\") { status provider model token { owner imageURI imageURL tokenURI tokenURL metadata } } indexerStatus { chainId } }"}`
	resp, err = http.Post(fmt.Sprintf("http://127.0.0.1:%d/graphql", port), "application/json", strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	var out struct {
		Data struct {
			Generation struct {
				Status, Provider string
				Token            struct{ Owner, ImageURI, ImageURL, TokenURI, TokenURL, Metadata string }
			}
			IndexerStatus struct{ ChainID string }
		}
		Errors []any
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
	require.Empty(t, out.Errors)
	g := out.Data.Generation
	require.Equal(t, "FULFILLED", g.Status)
	require.Equal(t, "openai", g.Provider)
	require.Equal(t, c.Addr(chaintest.Alice).Hex(), g.Token.Owner)
	require.Equal(t, meta["image"], g.Token.ImageURI)
	// Without IPFS_GATEWAY_URL, links go through this server's gateway.
	require.Equal(t, "/ipfs/"+strings.TrimPrefix(g.Token.ImageURI, "ipfs://"), g.Token.ImageURL)
	require.Equal(t, "/ipfs/"+strings.TrimPrefix(g.Token.TokenURI, "ipfs://"), g.Token.TokenURL)
	shown, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d%s", port, g.Token.ImageURL))
	require.NoError(t, err)
	shown.Body.Close()
	require.Equal(t, http.StatusOK, shown.StatusCode, "the image's link loads")
	require.Equal(t, "image/png", shown.Header.Get("Content-Type"))
	require.Contains(t, g.Token.Metadata, "a red square")
	require.Equal(t, "1337", out.Data.IndexerStatus.ChainID)
	page, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/", port))
	require.NoError(t, err)
	page.Body.Close()
	require.Equal(t, http.StatusOK, page.StatusCode, "GraphiQL outside production")

	// A subscription open at shutdown sees its connection closed, not cut.
	wsCtx, wsCancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer wsCancel()
	ws, _, err := websocket.Dial(wsCtx, fmt.Sprintf("ws://127.0.0.1:%d/graphql", port), &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	require.NoError(t, err)
	require.NoError(t, ws.Write(wsCtx, websocket.MessageText, []byte(`{"type":"connection_init"}`)))
	_, ack, err := ws.Read(wsCtx)
	require.NoError(t, err)
	require.Contains(t, string(ack), "connection_ack")
	require.NoError(t, ws.Write(wsCtx, websocket.MessageText,
		[]byte(`{"id":"1","type":"subscribe","payload":{"query":"subscription { agentUpdates(agentId: \"1\") { id } }"}}`)))
	time.Sleep(100 * time.Millisecond)

	cancel()
	var closed error
	for closed == nil {
		_, _, closed = ws.Read(wsCtx) // "complete" first, then the close
	}
	require.NotEqual(t, websocket.StatusCode(-1), websocket.CloseStatus(closed), "a close frame, not a dropped connection: %v", closed)
	select {
	case code := <-exited:
		require.Equal(t, 0, code, stderr.String())
	case <-time.After(40 * time.Second):
		t.Fatal("inft run did not stop")
	}
}

// Providers that leave a tier and kind unserved stop a production start-up,
// naming the gap; elsewhere they are a warning.
func TestCoverageGapsRefusedInProduction(t *testing.T) {
	t.Parallel()
	o, err := ai.NewOrchestrator([]ai.Provider{textOnlyProvider{local.New()}}, ai.OrchestratorConfig{})
	require.NoError(t, err)
	var logs strings.Builder
	log := slog.New(slog.NewTextHandler(&logs, nil))
	err = checkCoverage(o, true, log)
	require.ErrorContains(t, err, "starter image: no provider; pro image: no provider; business image: no provider; enterprise image: no provider")
	require.NoError(t, checkCoverage(o, false, log))
	require.Contains(t, logs.String(), "level=WARN")
	require.Contains(t, logs.String(), "business text: quality 1 only, below its 2–4", "served outside its range: said")

	full, err := ai.NewOrchestrator([]ai.Provider{local.New()}, ai.OrchestratorConfig{})
	require.NoError(t, err)
	require.NoError(t, checkCoverage(full, true, log), "the local provider serves every tier, outside some ranges")
}

type textOnlyProvider struct{ ai.Provider }

func (p textOnlyProvider) Models() []ai.Model {
	var out []ai.Model
	for _, m := range p.Provider.Models() {
		if m.Kind == ai.KindText {
			out = append(out, m)
		}
	}
	return out
}
