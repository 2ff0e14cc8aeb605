package openai

import (
	"context"
	"sort"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/inft-labs/inft/ai"
)

// ModerationModel is the moderation model Moderate asks for.
const ModerationModel = "omni-moderation-latest"

var _ ai.Moderator = (*Provider)(nil)

// Moderate screens text with the moderation endpoint of the provider's API
// and reports whether it is flagged and the categories why, sorted.
func (p *Provider) Moderate(ctx context.Context, text string) (bool, []string, error) {
	ctx, c := ai.WithCall(ctx)
	resp, err := p.client.Moderations(ctx, goopenai.ModerationRequest{Input: text, Model: ModerationModel})
	if err != nil {
		return false, nil, p.fail(ctx, c, err)
	}
	if len(resp.Results) == 0 {
		return false, nil, p.newError(ai.ClassMalformed, "moderation answer without results", nil)
	}
	r := resp.Results[0]
	var why []string
	for name, hit := range map[string]bool{
		"hate": r.Categories.Hate, "hate/threatening": r.Categories.HateThreatening,
		"harassment": r.Categories.Harassment, "harassment/threatening": r.Categories.HarassmentThreatening,
		"self-harm": r.Categories.SelfHarm, "self-harm/intent": r.Categories.SelfHarmIntent,
		"self-harm/instructions": r.Categories.SelfHarmInstructions,
		"sexual":                 r.Categories.Sexual, "sexual/minors": r.Categories.SexualMinors,
		"violence": r.Categories.Violence, "violence/graphic": r.Categories.ViolenceGraphic,
	} {
		if hit {
			why = append(why, name)
		}
	}
	sort.Strings(why)
	return r.Flagged, why, nil
}
