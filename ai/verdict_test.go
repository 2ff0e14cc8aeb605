package ai_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
)

func TestParseScores(t *testing.T) {
	got, err := ai.ParseScores("Draft 2 is bold.\nSCORE #2: 7\n**Score #3 = 10/10**\nSCORE #3: 9\n", []int{2, 3})
	require.NoError(t, err)
	require.Equal(t, map[int]int{2: 7, 3: 9}, got, "the last line of each draft counts")
	for _, bad := range []string{
		"SCORE #2: 7",                 // draft 3 missing
		"SCORE #2: 0\nSCORE #3: 5",    // out of range
		"SCORE #2: 11\nSCORE #3: 5",   // out of range
		"SCORE #4: 5\nSCORE #3: 5",    // not a draft asked for
		"I liked both. score 2 is 7.", // not the format
		"\x00\xff SCORE #2: 7",        // not on a line of its own
	} {
		_, err := ai.ParseScores(bad, []int{2, 3})
		require.ErrorIs(t, err, ai.ErrNoVerdict, "%q", bad)
	}
}

func TestParseVote(t *testing.T) {
	got, err := ai.ParseVote("VOTE: #1\nOn second thought:\nVote: #3", []int{1, 3})
	require.NoError(t, err)
	require.Equal(t, 3, got)
	for _, bad := range []string{"VOTE: #2", "I vote for the first one", ""} {
		_, err := ai.ParseVote(bad, []int{1, 3})
		require.ErrorIs(t, err, ai.ErrNoVerdict, "%q", bad)
	}
}

func TestVerdictAsked(t *testing.T) {
	drafts, proposals := ai.VerdictAsked("Review them.\n" + ai.AskScores([]int{1, 4}))
	require.Equal(t, []int{1, 4}, drafts)
	require.Nil(t, proposals)
	drafts, proposals = ai.VerdictAsked(ai.AskVote([]int{2}))
	require.Nil(t, drafts)
	require.Equal(t, []int{2}, proposals)
}
