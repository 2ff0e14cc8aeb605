// Package collab names the collaboration modes of INFTAgents and the steps
// each runs, for the relayer that runs them and the API that shows them.
//
// A collaboration of n agents (position 0 is the lead, in the learning modes
// the student) runs in up to three phases; the steps of a phase are
// independent of each other and run in parallel, and a phase starts once the
// one before it has finished:
//
//	mode             phase 0 (each agent)    phase 1 (each agent)         phase 2 (the lead)
//	STYLE_FUSION     STYLE: its profile      -                            FUSION: the output, in the fused style
//	COLLABORATIVE    PART: its part          -                            COMPOSITION: the output, from the parts
//	PEER_REVIEW      DRAFT: an output        REVIEW: scores the others'   -  (the best-scored draft is kept)
//	SWARM            PROPOSAL: an output     VOTE: for one of the others  -  (the most-voted proposal is kept)
//	SKILL_TRANSFER   LESSON: each teacher    -                            STUDY: the student's new profile
//	KNOWLEDGE_SHARE  LESSON: each teacher    -                            STUDY: the student's new profile
//
// STYLE and STUDY call no provider; every other step is one generation.
package collab

import "fmt"

// Mode is a collaboration's mode, as INFTAgents numbers it.
type Mode uint8

const (
	StyleFusion Mode = iota
	Collaborative
	PeerReview
	Swarm
	SkillTransfer
	KnowledgeShare
	modeCount
)

var modeNames = [...]string{"STYLE_FUSION", "COLLABORATIVE", "PEER_REVIEW", "SWARM", "SKILL_TRANSFER", "KNOWLEDGE_SHARE"}

// String is the mode's name in GraphQL's CollaborationMode.
func (m Mode) String() string {
	if m < modeCount {
		return modeNames[m]
	}
	return fmt.Sprintf("mode(%d)", uint8(m))
}

// ParseMode reads a CollaborationMode name.
func ParseMode(s string) (Mode, bool) {
	for i, n := range modeNames {
		if n == s {
			return Mode(i), true
		}
	}
	return 0, false
}

// Valid reports whether the contract knows the mode.
func (m Mode) Valid() bool { return m < modeCount }

// Learning reports whether the mode teaches its lead rather than making an
// output: it mints nothing, and ends with the student's new state.
func (m Mode) Learning() bool { return m == SkillTransfer || m == KnowledgeShare }

// Role is what a step does (GraphQL's Contribution.role).
type Role string

const (
	RoleStyle       Role = "STYLE"
	RoleFusion      Role = "FUSION"
	RolePart        Role = "PART"
	RoleComposition Role = "COMPOSITION"
	RoleDraft       Role = "DRAFT"
	RoleReview      Role = "REVIEW"
	RoleProposal    Role = "PROPOSAL"
	RoleVote        Role = "VOTE"
	RoleLesson      Role = "LESSON"
	RoleStudy       Role = "STUDY"
)

// Calls reports whether the role's step asks a provider.
func (r Role) Calls() bool { return r != RoleStyle && r != RoleStudy }

// Step is one step of a collaboration: the agent at Position does Role in Phase.
type Step struct {
	Phase    int
	Position int
	Role     Role
}

// Plan lists a collaboration's steps in the order they run: by phase, then
// by position. It is nil for an unknown mode or fewer than two agents.
func Plan(m Mode, agents int) []Step {
	if !m.Valid() || agents < 2 {
		return nil
	}
	var steps []Step
	each := func(phase int, role Role, from int) {
		for p := from; p < agents; p++ {
			steps = append(steps, Step{phase, p, role})
		}
	}
	switch m {
	case StyleFusion:
		each(0, RoleStyle, 0)
		steps = append(steps, Step{2, 0, RoleFusion})
	case Collaborative:
		each(0, RolePart, 0)
		steps = append(steps, Step{2, 0, RoleComposition})
	case PeerReview:
		each(0, RoleDraft, 0)
		each(1, RoleReview, 0)
	case Swarm:
		each(0, RoleProposal, 0)
		each(1, RoleVote, 0)
	case SkillTransfer, KnowledgeShare:
		each(0, RoleLesson, 1)
		steps = append(steps, Step{2, 0, RoleStudy})
	}
	return steps
}
