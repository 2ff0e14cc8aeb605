package ai_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/agent"
	"github.com/inft-labs/inft/ai/cloudflare"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/ai/openai"
)

// The orchestrator over the real providers, each against a server speaking its
// API: OpenAI is down (503 in OpenAI's error shape), so the task fails over
// to Cloudflare, whose streamed answer becomes the output; the agent's style
// reaches the provider as the system message.
func TestFailoverAcrossRealProviders(t *testing.T) {
	t.Parallel()
	var openaiCalls, cloudflareCalls atomic.Int64
	openaiSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		openaiCalls.Add(1)
		require.Equal(t, "/v1/chat/completions", r.URL.Path)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte(`{"error":{"message":"The server is overloaded","type":"server_error","param":null,"code":null}}`))
	}))
	defer openaiSrv.Close()
	var system string
	cfSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cloudflareCalls.Add(1)
		require.Equal(t, "/client/v4/accounts/acc123/ai/v1/chat/completions", r.URL.Path)
		require.Equal(t, "Bearer cf-token", r.Header.Get("Authorization"))
		var body struct {
			Messages []struct{ Role, Content string }
		}
		require.NoError(t, jsonDecode(r, &body))
		system = body.Messages[0].Content
		w.Header().Set("Content-Type", "text/event-stream")
		for _, part := range []string{"A keeper ", "of light."} {
			fmt.Fprintf(w, "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"@cf/meta/llama-3.1-8b-instruct\",\"choices\":[{\"index\":0,\"delta\":{\"content\":%q}}]}\n\n", part)
		}
		fmt.Fprint(w, "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"@cf/meta/llama-3.1-8b-instruct\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":5,\"total_tokens\":25}}\n\n")
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
	defer cfSrv.Close()

	oa, err := openai.New(openai.Config{APIKey: "sk-test", BaseURL: openaiSrv.URL + "/v1", TextModel: "gpt-4.1-nano"})
	require.NoError(t, err)
	cf, err := cloudflare.New(cloudflare.Config{AccountID: "acc123", APIToken: "cf-token", BaseURL: cfSrv.URL + "/client/v4"})
	require.NoError(t, err)
	o, err := ai.NewOrchestrator([]ai.Provider{oa, cf}, ai.OrchestratorConfig{})
	require.NoError(t, err)

	profile := agent.New("7", ai.Pro).Record(agent.Generation{Kind: ai.KindText, Prompt: "a noir haiku", Succeeded: true})
	res, err := o.Generate(context.Background(), ai.Task{Tier: ai.Pro, Kind: ai.KindText, Prompt: "a lighthouse keeper", System: profile.Style()})
	require.NoError(t, err)
	require.Equal(t, "A keeper of light.", string(res.Output.Data))
	require.Equal(t, "cloudflare", res.Provider)
	require.Len(t, res.Attempts, 2)
	require.Equal(t, "openai", res.Attempts[0].Provider, "the cheapest was tried first")
	require.Equal(t, ai.ClassServer, res.Attempts[0].Class)
	require.InDelta(t, 20*0.282/1e6+5*0.827/1e6, res.CostUSD, 1e-9)
	require.Equal(t, profile.Style(), system)
	require.Contains(t, system, "noir")
	require.Equal(t, int64(1), openaiCalls.Load())
	require.Equal(t, int64(1), cloudflareCalls.Load())
}

// The local provider gives the same agent the same image for the same prompt.
func TestLocalProviderThroughTheOrchestrator(t *testing.T) {
	t.Parallel()
	o, err := ai.NewOrchestrator([]ai.Provider{local.New()}, ai.OrchestratorConfig{})
	require.NoError(t, err)
	task := ai.Task{Tier: ai.Starter, Kind: ai.KindImage, Prompt: "a red fox", System: agent.New("1", ai.Starter).Style()}
	a, err := o.Generate(context.Background(), task)
	require.NoError(t, err)
	b, err := o.Generate(context.Background(), task)
	require.NoError(t, err)
	require.Equal(t, ai.MIMEPNG, a.Output.MIME)
	require.Equal(t, a.Output.Data, b.Output.Data)
	require.Zero(t, a.CostUSD)
	require.True(t, strings.HasPrefix(string(a.Output.Data), "\x89PNG"))
}

func jsonDecode(r *http.Request, v any) error { return json.NewDecoder(r.Body).Decode(v) }
