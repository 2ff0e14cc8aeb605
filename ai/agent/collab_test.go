package agent_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/agent"
)

func TestRecordCollaboration(t *testing.T) {
	p := agent.New("1", ai.Starter)
	p = p.RecordCollaboration(agent.Collaboration{Kind: ai.KindImage, Prompt: "a dark lighthouse", With: []string{"2", "3"}, Minted: true, Chosen: true})
	require.Equal(t, uint64(25), p.XP, "a minted collaboration counts as a generation")
	require.Equal(t, uint64(1), p.Generations.Image)
	require.Equal(t, []agent.Trait{{Name: "noir", Weight: agent.TraitGain}}, p.Traits)
	q := p.RecordCollaboration(agent.Collaboration{Kind: ai.KindText, Prompt: "teach", With: []string{"4", "2"}, Taught: true})
	require.Equal(t, agent.Collaborations{Count: 2, Chosen: 1, Taught: 1, CoCreators: []string{"3", "4", "2"}}, q.Collaborations)
	require.Equal(t, uint64(25), q.XP, "a lesson taught mints nothing")
	require.Equal(t, []string{"2", "3"}, p.Collaborations.CoCreators, "p is not modified")

	many := agent.New("1", ai.Starter)
	for i := range 12 {
		many = many.RecordCollaboration(agent.Collaboration{With: []string{string(rune('a' + i))}})
	}
	require.Equal(t, []string{"e", "f", "g", "h", "i", "j", "k", "l"}, many.Collaborations.CoCreators, "the last MaxCoCreators")

	doc, err := q.StateDocument()
	require.NoError(t, err)
	require.Contains(t, string(doc), `"collaborations":{"count":2,"chosen":1,"lessons":0,"taught":1,"coCreators":["3","4","2"]}`)
	back, err := agent.ParseStateDocument(doc)
	require.NoError(t, err)
	require.Equal(t, q, back)
	plain, err := agent.New("9", ai.Pro).StateDocument()
	require.NoError(t, err)
	require.NotContains(t, string(plain), "collaborations", "an agent that never worked with others keeps its document's bytes")
}

func TestLearn(t *testing.T) {
	teacher := agent.Profile{AgentID: "2", Tier: ai.Pro, Level: 3, XP: 300,
		Traits: []agent.Trait{{Name: "noir", Weight: 300}, {Name: "poetic", Weight: 101}}, RecentTopics: []string{"harbour", "storm"}}
	student := agent.Profile{AgentID: "1", Tier: ai.Starter, Level: 1, XP: 95,
		Traits: []agent.Trait{{Name: "poetic", Weight: 120}}, RecentTopics: []string{"storm", "fox"}}

	skill := student.Learn(teacher, false)
	require.Equal(t, []agent.Trait{{Name: "poetic", Weight: 170}, {Name: "noir", Weight: 150}}, skill.Traits, "half of each teacher trait")
	require.Equal(t, student.RecentTopics, skill.RecentTopics)
	require.Equal(t, uint64(105), skill.XP)
	require.Equal(t, uint32(2), skill.Level, "the lesson's XP lifts it to level 2")
	require.Equal(t, uint64(1), skill.Collaborations.Lessons)

	knowledge := student.Learn(teacher, true)
	require.Equal(t, []string{"fox", "harbour", "storm"}, knowledge.RecentTopics, "the teacher's topics, shared ones moved last")
	require.Equal(t, student.Traits, knowledge.Traits)
	require.Equal(t, []agent.Trait{{Name: "poetic", Weight: 120}}, student.Traits, "student is not modified")
}

func TestFusedStyle(t *testing.T) {
	a := agent.Profile{AgentID: "1", Tier: ai.Pro, Level: 3, Traits: []agent.Trait{{Name: "noir", Weight: 100}}}
	b := agent.Profile{AgentID: "2", Tier: ai.Starter, Level: 1, Traits: []agent.Trait{{Name: "watercolor", Weight: 250}}, RecentTopics: []string{"harbour"}}
	c := agent.Profile{AgentID: "3", Tier: ai.Starter, Level: 1}
	got := agent.FusedStyle([]agent.Profile{a, b, c})
	require.Equal(t, "You speak for INFT agents #1, #2 and #3 together, their styles fused by level (3:1:1). "+
		"You are INFT agent #1, a level-3 Pro agent. Your signature style: noir (strong), watercolor (strong). Recently you explored: harbour.", got)
	require.Equal(t, got, agent.FusedStyle([]agent.Profile{a, b, c}), "deterministic")
}
