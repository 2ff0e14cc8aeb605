package cloudflare_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/cloudflare"
)

func TestNewNamesTheMissingSetting(t *testing.T) {
	_, err := cloudflare.New(cloudflare.Config{APIToken: token})
	require.ErrorContains(t, err, "CLOUDFLARE_ACCOUNT_ID")
	require.NotContains(t, err.Error(), token)

	_, err = cloudflare.New(cloudflare.Config{AccountID: account})
	require.ErrorContains(t, err, "CLOUDFLARE_API_TOKEN")

	_, err = cloudflare.New(cloudflare.Config{AccountID: account, APIToken: "   "})
	require.ErrorContains(t, err, "CLOUDFLARE_API_TOKEN")
}

func TestNewRefusesBadSettings(t *testing.T) {
	for name, cfg := range map[string]cloudflare.Config{
		"BaseURL":       {BaseURL: "ftp://example.com"},
		"MaxImageBytes": {MaxImageBytes: -1},
		"TextModel":     {TextModel: "@cf/mistral/mistral-7b-instruct-v0.1"},
		"ImageModel":    {ImageModel: cloudflare.DefaultTextModel},
		"Models":        {Models: []ai.Model{{Name: "", Kind: ai.KindText}}},
	} {
		t.Run(name, func(t *testing.T) {
			cfg.AccountID, cfg.APIToken = account, token
			_, err := cloudflare.New(cfg)
			require.ErrorContains(t, err, name)
			require.NotContains(t, err.Error(), token)
		})
	}
}

func TestDefaults(t *testing.T) {
	p, err := cloudflare.New(cloudflare.Config{AccountID: account, APIToken: token})
	require.NoError(t, err)
	require.Equal(t, "cloudflare", p.Name())
	models := p.Models()
	require.Equal(t, cloudflare.DefaultModels(), models)

	byName := map[string]ai.Model{}
	for _, m := range models {
		byName[m.Name] = m
		require.GreaterOrEqual(t, m.Quality, 1)
		require.LessOrEqual(t, m.Quality, 5)
	}
	text := byName[cloudflare.DefaultTextModel]
	require.Equal(t, ai.KindText, text.Kind)
	require.Equal(t, 2, text.Quality)
	require.InDelta(t, 0.282, text.USDPerMInputTokens, 0.01)
	require.InDelta(t, 0.827, text.USDPerMOutputTokens, 0.01)
	img := byName[cloudflare.DefaultImageModel]
	require.Equal(t, ai.KindImage, img.Kind)
	require.Equal(t, 3, img.Quality)
	require.Greater(t, img.USDPerImage, 0.0)
	require.Less(t, img.USDPerImage, 0.002)

	// Models returns a copy.
	models[0].Name = "changed"
	require.Equal(t, cloudflare.DefaultTextModel, p.Models()[0].Name)
}

func TestModelsOverride(t *testing.T) {
	models := []ai.Model{
		{Name: "@cf/mistral/mistral-7b-instruct-v0.1", Kind: ai.KindText, Quality: 1, USDPerMInputTokens: 0.11, USDPerMOutputTokens: 0.19},
		{Name: "@cf/stabilityai/stable-diffusion-xl-base-1.0", Kind: ai.KindImage, Quality: 2},
	}
	p, err := cloudflare.New(cloudflare.Config{
		AccountID: account, APIToken: token,
		TextModel: models[0].Name, ImageModel: models[1].Name, Models: models,
		HTTPClient: &http.Client{Timeout: time.Second},
	})
	require.NoError(t, err)
	require.Equal(t, models, p.Models())
}
