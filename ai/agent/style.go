package agent

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/inft-labs/inft/ai"
)

// Style returns the system instructions that shape the agent's next
// generation, for example:
//
//	You are INFT agent #7, a level-3 Pro agent. Your signature style: noir (strong), watercolor. Recently you explored: lighthouse, harbour.
//
// Traits appear in the profile's order, strong ones marked "(strong)"; topics
// oldest first. Without traits the second sentence is "You have no signature
// style yet; answer in a clear, neutral voice."; without topics the third is
// left out. Once minRatedForStyle (3) of its chat replies are rated, a last
// sentence tells the agent their mean rating: "People rate your replies 4.2
// of 5 on average (12 ratings)."
func (p Profile) Style() string {
	var b strings.Builder
	if p.AgentID == "" {
		b.WriteString("You are an INFT agent")
	} else {
		b.WriteString("You are INFT agent #" + p.AgentID)
	}
	fmt.Fprintf(&b, ", a level-%d %s agent.", p.Level, tierName(p.Tier))
	if len(p.Traits) == 0 {
		b.WriteString(" You have no signature style yet; answer in a clear, neutral voice.")
	} else {
		names := make([]string, len(p.Traits))
		for i, t := range p.Traits {
			names[i] = t.Name
			if t.Strong() {
				names[i] += " (strong)"
			}
		}
		b.WriteString(" Your signature style: " + strings.Join(names, ", ") + ".")
	}
	if len(p.RecentTopics) > 0 {
		b.WriteString(" Recently you explored: " + strings.Join(p.RecentTopics, ", ") + ".")
	}
	if p.Chat.Rated >= minRatedForStyle {
		fmt.Fprintf(&b, " People rate your replies %.1f of 5 on average (%d ratings).", p.Chat.MeanRating(), p.Chat.Rated)
	}
	return b.String()
}

// minRatedForStyle is how many rated replies Style needs before it tells the
// agent how people rate it.
const minRatedForStyle = 3

// ImageStyleTraits is how many of its heaviest traits ShapeImagePrompt gives
// an image prompt.
const ImageStyleTraits = 3

// ShapeImagePrompt returns prompt with the agent's signature style (its
// ImageStyleTraits heaviest traits) appended, so that its images keep a
// recognisable look: "a lighthouse at dusk." becomes "a lighthouse at dusk, in
// a noir, watercolor style". Surrounding spaces and trailing punctuation are
// dropped first. Without traits the prompt is returned unchanged.
func (p Profile) ShapeImagePrompt(prompt string) string {
	if len(p.Traits) == 0 {
		return prompt
	}
	names := make([]string, 0, ImageStyleTraits)
	for _, t := range p.Traits[:min(len(p.Traits), ImageStyleTraits)] {
		names = append(names, t.Name)
	}
	style := strings.Join(names, ", ")
	article := "a"
	if strings.ContainsRune("aeiou", rune(style[0])) {
		article = "an"
	}
	base := strings.TrimRightFunc(strings.TrimSpace(prompt), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?", r)
	})
	if base == "" {
		return "an image in " + article + " " + style + " style"
	}
	return base + ", in " + article + " " + style + " style"
}

func tierName(t ai.Tier) string {
	s := t.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// StateSchema identifies the state document's format.
const StateSchema = "inft.agent-state/1"

// stateDocument is the state document; its field order is the document's key
// order.
type stateDocument struct {
	Schema       string   `json:"schema"`
	AgentID      string   `json:"agentId"`
	Tier         string   `json:"tier"`
	Level        uint32   `json:"level"`
	XP           uint64   `json:"xp"`
	Generations  Counts   `json:"generations"`
	Failures     Counts   `json:"failures"`
	Traits       []Trait  `json:"traits"`
	RecentTopics []string `json:"recentTopics"`
	// Chat is left out while the agent has no chat reply, so that the
	// documents of agents that never chatted keep their bytes.
	Chat *Chat `json:"chat,omitempty"`
	// Collaborations, likewise, once the agent has worked with others.
	Collaborations *Collaborations `json:"collaborations,omitempty"`
}

// StateDocument returns the agent's state document, the JSON the relayer pins
// to IPFS and anchors on chain with evolveAgent:
//
//	{"schema":"inft.agent-state/1","agentId":"7","tier":"pro","level":2,"xp":193,
//	 "generations":{"text":3,"image":4},"failures":{"text":0,"image":1},
//	 "traits":[{"name":"poetic","weight":243},{"name":"noir","weight":237}],
//	 "recentTopics":["silence","harbour","dragons"]}
//
// (on one line, without spaces), followed, once the agent has chat replies,
// by their aggregates: "chat":{"replies":12,"tokens":3400,"rated":4,"ratingSum":17},
// and once it has worked with other agents, by what that taught it:
// "collaborations":{"count":2,"chosen":1,"lessons":0,"taught":0,"coCreators":["3","9"]}.
// Keys are always in this order, empty lists are [] and there
// is no trailing newline: the same profile always gives the same bytes.
func (p Profile) StateDocument() ([]byte, error) {
	d := stateDocument{
		Schema:       StateSchema,
		AgentID:      p.AgentID,
		Tier:         p.Tier.String(),
		Level:        p.Level,
		XP:           p.XP,
		Generations:  p.Generations,
		Failures:     p.Failures,
		Traits:       p.Traits,
		RecentTopics: p.RecentTopics,
	}
	if p.Chat != (Chat{}) {
		d.Chat = &p.Chat
	}
	if !p.Collaborations.isZero() {
		c := p.Collaborations.clone()
		if c.CoCreators == nil {
			c.CoCreators = []string{}
		}
		d.Collaborations = &c
	}
	if d.Traits == nil {
		d.Traits = []Trait{}
	}
	if d.RecentTopics == nil {
		d.RecentTopics = []string{}
	}
	return json.Marshal(d)
}

// ParseStateDocument reads a state document back into a profile.
func ParseStateDocument(b []byte) (Profile, error) {
	var d stateDocument
	if err := json.Unmarshal(b, &d); err != nil {
		return Profile{}, fmt.Errorf("agent state document: %w", err)
	}
	if d.Schema != StateSchema {
		return Profile{}, fmt.Errorf("agent state document: schema %q, want %q", d.Schema, StateSchema)
	}
	tier, err := parseTier(d.Tier)
	if err != nil {
		return Profile{}, err
	}
	p := Profile{
		AgentID:      d.AgentID,
		Tier:         tier,
		Level:        d.Level,
		XP:           d.XP,
		Generations:  d.Generations,
		Failures:     d.Failures,
		Traits:       d.Traits,
		RecentTopics: d.RecentTopics,
	}
	if d.Chat != nil {
		p.Chat = *d.Chat
	}
	if d.Collaborations != nil {
		p.Collaborations = *d.Collaborations
		if len(p.Collaborations.CoCreators) == 0 {
			p.Collaborations.CoCreators = nil
		}
	}
	return p.clone(), nil
}

func parseTier(s string) (ai.Tier, error) {
	for _, t := range []ai.Tier{ai.Starter, ai.Pro, ai.Business, ai.Enterprise} {
		if t.String() == s {
			return t, nil
		}
	}
	return 0, errors.New("agent state document: unknown tier " + fmt.Sprintf("%q", s))
}
