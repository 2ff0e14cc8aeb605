package collab_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/collab"
)

func TestPlan(t *testing.T) {
	s := func(phase, pos int, r collab.Role) collab.Step {
		return collab.Step{Phase: phase, Position: pos, Role: r}
	}
	require.Equal(t, []collab.Step{
		s(0, 0, collab.RoleDraft), s(0, 1, collab.RoleDraft), s(0, 2, collab.RoleDraft),
		s(1, 0, collab.RoleReview), s(1, 1, collab.RoleReview), s(1, 2, collab.RoleReview),
	}, collab.Plan(collab.PeerReview, 3))
	require.Equal(t, []collab.Step{s(0, 1, collab.RoleLesson), s(0, 2, collab.RoleLesson), s(2, 0, collab.RoleStudy)},
		collab.Plan(collab.KnowledgeShare, 3), "the student learns from every teacher")
	require.Equal(t, []collab.Step{s(0, 0, collab.RoleStyle), s(0, 1, collab.RoleStyle), s(2, 0, collab.RoleFusion)},
		collab.Plan(collab.StyleFusion, 2))
	require.Nil(t, collab.Plan(collab.Swarm, 1))
	require.Nil(t, collab.Plan(collab.Mode(6), 3))
	for m := range collab.Mode(6) {
		back, ok := collab.ParseMode(m.String())
		require.True(t, ok)
		require.Equal(t, m, back)
	}
	require.True(t, collab.SkillTransfer.Learning())
	require.False(t, collab.Swarm.Learning())
}
