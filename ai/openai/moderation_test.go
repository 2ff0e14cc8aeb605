package openai_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/openai"
)

func TestModerate(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		require.Equal(t, http.MethodPost, r.Method)
		require.Equal(t, "/v1/moderations", r.URL.Path)
		require.Equal(t, "Bearer sk-mod", r.Header.Get("Authorization"))
		var body map[string]any
		require.NoError(t, json.NewDecoder(r.Body).Decode(&body))
		require.Equal(t, openai.ModerationModel, body["model"])
		if body["input"] == "a kind word" {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"id":"modr-1","model":"omni-moderation-latest","results":[{"flagged":false,"categories":{"violence":false},"category_scores":{"violence":0.01}}]}`))
			return
		}
		if body["input"] == "broken" {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte(`{"error":{"message":"overloaded","type":"server_error","param":null,"code":null}}`))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"id":"modr-2","model":"omni-moderation-latest","results":[{"flagged":true,
			"categories":{"violence":true,"harassment":true,"sexual":false},
			"category_scores":{"violence":0.97,"harassment":0.8,"sexual":0.001}}]}`))
	}))
	defer srv.Close()
	p, err := openai.New(openai.Config{APIKey: "sk-mod", BaseURL: srv.URL + "/v1"})
	require.NoError(t, err)

	flagged, why, err := p.Moderate(context.Background(), "a kind word")
	require.NoError(t, err)
	require.False(t, flagged)
	require.Empty(t, why)

	flagged, why, err = p.Moderate(context.Background(), "something violent")
	require.NoError(t, err)
	require.True(t, flagged)
	require.Equal(t, []string{"harassment", "violence"}, why)

	_, _, err = p.Moderate(context.Background(), "broken")
	require.Equal(t, ai.ClassServer, ai.ClassOf(err))
}
