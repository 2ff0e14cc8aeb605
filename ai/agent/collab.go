package agent

import (
	"fmt"
	"slices"
	"strings"

	"github.com/inft-labs/inft/ai"
)

// MaxCoCreators is how many of the agents it last worked with a profile keeps.
const MaxCoCreators = 8

// Collaborations is what working with other agents left on a profile.
type Collaborations struct {
	// Count is how many collaborations it took part in that ended well.
	Count uint64 `json:"count"`
	// Chosen counts those in which its draft or proposal was the one kept.
	Chosen uint64 `json:"chosen"`
	// Lessons counts what it learned as a student; Taught, as a teacher.
	Lessons uint64 `json:"lessons"`
	Taught  uint64 `json:"taught"`
	// CoCreators are the agents it last worked with, oldest first.
	CoCreators []string `json:"coCreators"`
}

// Collaboration is one collaboration's outcome for one of its agents.
type Collaboration struct {
	Kind   ai.Kind
	Prompt string
	// With are the other agents, in the collaboration's order.
	With []string
	// Minted: the collaboration made an output, which counts for every
	// agent as a generation of Kind (experience, traits, topics).
	Minted bool
	// Chosen: this agent's draft or proposal was the one kept.
	Chosen bool
	// Taught: this agent was a teacher of a lesson.
	Taught bool
}

// RecordCollaboration returns the profile with c recorded: its co-creators,
// and when c minted an output, a generation of c.Kind as Record counts it.
func (p Profile) RecordCollaboration(c Collaboration) Profile {
	n := p
	if c.Minted {
		n = p.Record(Generation{Kind: c.Kind, Prompt: c.Prompt, Succeeded: true})
	} else {
		n = p.clone()
	}
	col := n.Collaborations
	col.Count = satAdd(col.Count, 1)
	if c.Chosen {
		col.Chosen = satAdd(col.Chosen, 1)
	}
	if c.Taught {
		col.Taught = satAdd(col.Taught, 1)
	}
	col.CoCreators = updateRecent(col.CoCreators, c.With, MaxCoCreators)
	n.Collaborations = col
	return n
}

// LessonXP is what a lesson earns its student, times the tier's multiplier
// over 2 as a text generation's.
const LessonXP = 10

// Learn returns the student's profile after a lesson from teacher. A skill
// transfer (knowledge false) takes on half of each of the teacher's trait
// weights, added to the student's own; a knowledge share takes on the
// teacher's recent topics (the student's own move to the end when shared).
// Either earns LessonXP and counts a lesson. Integer arithmetic only: the
// same lessons give the same profile.
func (p Profile) Learn(teacher Profile, knowledge bool) Profile {
	n := p.clone()
	if knowledge {
		n.RecentTopics = updateTopics(n.RecentTopics, teacher.RecentTopics)
	} else {
		n.Traits = blendTraits(n.Traits, teacher.Traits, 1, 2)
	}
	n.XP = satAdd(n.XP, LessonXP*tierMultiplier(p.Tier)/2)
	n.Level = max(n.Level, LevelFor(n.XP))
	n.Collaborations = n.Collaborations.clone()
	n.Collaborations.Lessons = satAdd(n.Collaborations.Lessons, 1)
	return n
}

// FusedStyle returns the system instructions of a style fused from the
// profiles, each weighing its level: every trait weighs the sum of its
// weights times their agents' levels, the heaviest MaxTraits kept, and the
// topics are the agents' in order. The first profile speaks (its id, tier
// and level), naming the others:
//
//	You speak for INFT agents #1, #2 and #3 together, their styles fused by level (3:1:1). You are INFT agent #1, …
func FusedStyle(profiles []Profile) string {
	if len(profiles) == 0 {
		return ""
	}
	fused := profiles[0].clone()
	fused.Traits = nil
	var topics []string
	ids, weights := make([]string, len(profiles)), make([]string, len(profiles))
	for i, q := range profiles {
		level := max(q.Level, 1)
		fused.Traits = blendTraits(fused.Traits, q.Traits, level, 1)
		topics = updateTopics(topics, q.RecentTopics)
		ids[i], weights[i] = "#"+q.AgentID, fmt.Sprint(level)
	}
	fused.RecentTopics = topics
	names := strings.Join(ids[:len(ids)-1], ", ") + " and " + ids[len(ids)-1]
	return fmt.Sprintf("You speak for INFT agents %s together, their styles fused by level (%s). %s",
		names, strings.Join(weights, ":"), fused.Style())
}

// blendTraits adds from's weights times num/den to traits', sorted as a
// profile's and cut to MaxTraits. traits is not modified.
func blendTraits(traits, from []Trait, num, den uint32) []Trait {
	out := slices.Clone(traits)
	for _, t := range from {
		w := uint32(min(uint64(t.Weight)*uint64(num)/uint64(den), uint64(^uint32(0))))
		if i := slices.IndexFunc(out, func(o Trait) bool { return o.Name == t.Name }); i >= 0 {
			out[i].Weight = satAdd32(out[i].Weight, w)
		} else if w > 0 {
			out = append(out, Trait{Name: t.Name, Weight: w})
		}
	}
	sortTraits(out)
	if len(out) > MaxTraits {
		out = out[:MaxTraits]
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func sortTraits(ts []Trait) {
	slices.SortFunc(ts, func(a, b Trait) int {
		if a.Weight != b.Weight {
			if a.Weight > b.Weight {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Name, b.Name)
	})
}

// updateRecent appends items to recent (moving repeats to the end) and keeps
// the last limit. recent is not modified.
func updateRecent(recent, items []string, limit int) []string {
	out := slices.Clone(recent)
	for _, t := range items {
		out = slices.DeleteFunc(out, func(s string) bool { return s == t })
		out = append(out, t)
	}
	if len(out) > limit {
		out = out[len(out)-limit:]
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func (c Collaborations) clone() Collaborations {
	c.CoCreators = slices.Clone(c.CoCreators)
	return c
}

func (c Collaborations) isZero() bool {
	return c.Count == 0 && c.Chosen == 0 && c.Lessons == 0 && c.Taught == 0 && len(c.CoCreators) == 0
}
