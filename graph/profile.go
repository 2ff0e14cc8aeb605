package graph

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/agent"
	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/graph/scalar"
)

// profileRow is a row of agent_profiles: the JSON of an agent.Profile the
// relayer updates after each fulfilled generation.
type profileRow struct {
	AgentID   string    `db:"agent_id"`
	Profile   []byte    `db:"profile"`
	UpdatedAt time.Time `db:"updated_at"`
}

// profileOf tells an agent's learned profile; without a row, the profile
// of a new agent of its tier.
func profileOf(a *model.Agent, row *profileRow) (*model.AgentProfile, error) {
	p := agent.New(a.ID, ai.Tier(a.TierCode))
	out := &model.AgentProfile{}
	if row != nil {
		if err := json.Unmarshal(row.Profile, &p); err != nil {
			return nil, fmt.Errorf("profile of agent %s: %w", a.ID, err)
		}
		at := row.UpdatedAt
		out.UpdatedAt = &at
	}
	level := max(p.Level, 1)
	from := agent.Threshold(level)
	out.Level = int(level)
	out.Xp = u64(p.XP)
	out.LevelXp = u64(from)
	out.LevelProgress = 1
	if next, ok := (agent.Profile{Level: level}).NextLevelXP(); ok {
		n, left := u64(next), u64(next-min(p.XP, next))
		out.NextLevelXp, out.XpToNextLevel = &n, &left
		out.LevelProgress = min(float64(p.XP-min(p.XP, from))/float64(next-from), 1)
	}
	out.Traits = make([]*model.AgentTrait, len(p.Traits))
	for i, t := range p.Traits {
		out.Traits[i] = &model.AgentTrait{Name: t.Name, Weight: int(min(t.Weight, math.MaxInt32)), Strong: t.Strong()}
	}
	out.Topics = append([]string{}, p.RecentTopics...)
	out.Skills = []*model.AgentSkill{
		{Kind: model.KindText, Generations: count(p.Generations.Of(ai.KindText)), XpPerGeneration: int(agent.XPFor(ai.KindText, p.Tier))},
		{Kind: model.KindImage, Generations: count(p.Generations.Of(ai.KindImage)), XpPerGeneration: int(agent.XPFor(ai.KindImage, p.Tier))},
	}
	out.Chat = &model.AgentChatStats{Replies: count(p.Chat.Replies), Tokens: u64(p.Chat.Tokens), Ratings: count(p.Chat.Rated)}
	if p.Chat.Rated > 0 {
		mean := p.Chat.MeanRating()
		out.AverageRating = &mean
	}
	col := p.Collaborations
	out.Collaborations = &model.AgentCollaborationStats{Count: count(col.Count), Chosen: count(col.Chosen),
		LessonsLearned: count(col.Lessons), LessonsTaught: count(col.Taught), CoCreators: append([]string{}, col.CoCreators...)}
	out.Anchored = level <= 1 || a.Level >= int(level)
	out.Style = p.Style()
	return out, nil
}

func u64(n uint64) scalar.BigInt { return scalar.BigInt(strconv.FormatUint(n, 10)) }

// count is a count as GraphQL's Int, which is 32 bits.
func count(n uint64) int { return int(min(n, math.MaxInt32)) }
