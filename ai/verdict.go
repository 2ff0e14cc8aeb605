package ai

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Verdicts are what a collaboration asks an agent to judge: scores for its
// peers' drafts (a review), or one of their proposals (a vote). The task's
// prompt ends with the answer format (AskScores, AskVote) and the answer's
// last lines carry the verdict (ParseScores, ParseVote); providers that are
// language models follow the format, and the local provider answers it
// deterministically (VerdictAsked).

// Scores run from MinScore to MaxScore.
const (
	MinScore = 1
	MaxScore = 10
)

// AskScores is the answer format asking for a score of each draft.
func AskScores(drafts []int) string {
	return fmt.Sprintf(`Answer format: your review, then one line "SCORE #n: s" (s from %d to %d) for each of drafts %s.`,
		MinScore, MaxScore, numbered(drafts))
}

// AskVote is the answer format asking for one of the proposals.
func AskVote(proposals []int) string {
	return fmt.Sprintf(`Answer format: your reasons, then a last line "VOTE: #n" for one of proposals %s.`, numbered(proposals))
}

func numbered(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = "#" + strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}

var (
	scoreLine  = regexp.MustCompile(`(?im)^\W*SCORE\s*#?(\d+)\s*[:=]\s*(\d+)(?:\s*/\s*10)?\W*$`)
	voteLine   = regexp.MustCompile(`(?im)^\W*VOTE\s*[:=]?\s*#?(\d+)\W*$`)
	askedScore = regexp.MustCompile(`for each of drafts ((?:#\d+(?:, )?)+)\.`)
	askedVote  = regexp.MustCompile(`for one of proposals ((?:#\d+(?:, )?)+)\.`)
	hashNumber = regexp.MustCompile(`#(\d+)`)
)

// ErrNoVerdict means an answer does not carry the verdict it was asked for.
var ErrNoVerdict = errors.New("the answer does not carry the verdict asked for")

// ParseScores reads the score of each draft from an answer: the last
// "SCORE #n: s" line of each, s within MinScore..MaxScore. Every draft must
// be scored; lines about other drafts are ignored.
func ParseScores(answer string, drafts []int) (map[int]int, error) {
	got := map[int]int{}
	for _, m := range scoreLine.FindAllStringSubmatch(answer, -1) {
		n, err1 := strconv.Atoi(m[1])
		s, err2 := strconv.Atoi(m[2])
		if err1 != nil || err2 != nil || !slices.Contains(drafts, n) || s < MinScore || s > MaxScore {
			continue
		}
		got[n] = s
	}
	for _, d := range drafts {
		if _, ok := got[d]; !ok {
			return nil, fmt.Errorf("%w: no score of draft #%d", ErrNoVerdict, d)
		}
	}
	return got, nil
}

// ParseVote reads the proposal an answer votes for: its last "VOTE: #n"
// line naming one of the proposals.
func ParseVote(answer string, proposals []int) (int, error) {
	ms := voteLine.FindAllStringSubmatch(answer, -1)
	for i := len(ms) - 1; i >= 0; i-- {
		if n, err := strconv.Atoi(ms[i][1]); err == nil && slices.Contains(proposals, n) {
			return n, nil
		}
	}
	return 0, fmt.Errorf("%w: no vote for one of proposals %s", ErrNoVerdict, numbered(proposals))
}

// VerdictAsked reports what a prompt's answer format asks for: the drafts
// to score, or the proposals to choose among (nil when it asks for neither).
func VerdictAsked(prompt string) (drafts, proposals []int) {
	find := func(re *regexp.Regexp) []int {
		m := re.FindAllStringSubmatch(prompt, -1)
		if len(m) == 0 {
			return nil
		}
		var out []int
		for _, h := range hashNumber.FindAllStringSubmatch(m[len(m)-1][1], -1) {
			if n, err := strconv.Atoi(h[1]); err == nil {
				out = append(out, n)
			}
		}
		return out
	}
	return find(askedScore), find(askedVote)
}
