// Package agent keeps an INFT agent's learned profile: what it has made, how
// much experience it has, which styles it has grown into and what it explored
// recently. The profile is updated after each fulfilled generation (Record),
// shapes the agent's next prompt (Style, ShapeImagePrompt) and is anchored on
// chain as a JSON state document (StateDocument).
//
// Everything here is deterministic: integer arithmetic only, no clocks, no
// maps in outputs. Replaying the same generations from New gives the same
// profile and the same state document bytes on every platform. The time of an
// update is not stored; the caller has the block time.
//
// # Experience
//
// A successful generation earns base × multiplier / 2 experience points (XP),
// rounded down:
//
//	base:       text 10, image 25
//	multiplier: Starter 2, Pro 3, Business 4, Enterprise 5 (unknown tiers 2)
//
//	            text  image
//	Starter       10     25
//	Pro           15     37
//	Business      20     50
//	Enterprise    25     62
//
// A failed generation earns nothing and only counts as a failure.
//
// # Levels
//
// Level L (L ≥ 1) is reached at 100 × (2^(L−1) − 1) XP: each threshold is
// twice the previous one plus 100.
//
//	level   XP from
//	1             0
//	2           100
//	3           300
//	4           700
//	5         1 500
//	6         3 100
//	7         6 300
//	8        12 700
//	9        25 500
//	10       51 100
//
// and so on up to level 58, the last whose threshold fits in a uint64.
//
// # Traits
//
// A fixed lexicon maps prompt words (whole words, case-insensitive) to ten
// style traits:
//
//	noir        noir, dark, shadow, shadows, moody, gloomy
//	watercolor  watercolor, watercolour, pastel, aquarelle
//	cyberpunk   neon, cyberpunk, futuristic, synthwave
//	minimalist  minimal, minimalist, simple, clean
//	poetic      poem, haiku, verse, sonnet, lyrical
//	playful     funny, joke, playful, whimsical, silly
//	vintage     vintage, retro, sepia, nostalgic
//	surreal     surreal, dreamlike, dreamy, psychedelic
//	photoreal   photo, photorealistic, realistic, cinematic
//	fantasy     fantasy, dragon, magic, mythical, enchanted
//
// After a successful generation every trait named in its
// prompt (once per generation, however many of its words appear) gains
// TraitGain (100) points; every other trait loses a tenth of its weight,
// rounded up, and is dropped at 0. Traits are sorted by weight, heaviest
// first, then by name, and only the top MaxTraits (5) are kept. A trait of
// StrongWeight (200) points or more is "strong".
//
// # Recent topics
//
// After a successful generation the prompt's two longest distinct words
// (lower case, at least three letters, neither stopwords nor lexicon words;
// ties go to the earlier word) are appended to RecentTopics, longest first; a
// topic already there moves to the end, and only the last MaxTopics (5) are
// kept.
//
// # Conversations
//
// Chat replies teach the agent through aggregates only, never their text:
// the profile counts the replies it finished and their tokens (RecordReply)
// and the ratings users gave them (RecordRating, 1 to 5 each). The first
// rating of a reply that is 4 or more earns RatedReplyXP × multiplier / 2 XP
// (Starter 5, Pro 7, Business 10, Enterprise 12), once per reply: a rating
// changed later moves the sum, not the XP. Chat text never reaches the
// traits or the topics, which are public in the state document.
package agent

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/inft-labs/inft/ai"
)

// Tunables of the profile; see the package doc.
const (
	// MaxTraits is how many traits a profile keeps.
	MaxTraits = 5
	// MaxTopics is how many recent topics a profile keeps.
	MaxTopics = 5
	// TraitGain is what a trait gains when a generation's prompt names it.
	TraitGain = 100
	// StrongWeight is the weight from which a trait is called strong.
	StrongWeight = 200
	// topicsPerGeneration is how many topics one prompt adds.
	topicsPerGeneration = 2
	// RatedReplyXP is the base XP of a chat reply first rated 4 or more.
	RatedReplyXP = 5
	// GoodRating is the rating from which a reply earns XP.
	GoodRating = 4
)

// Counts counts generations by kind.
type Counts struct {
	Text  uint64 `json:"text"`
	Image uint64 `json:"image"`
}

// Of returns the count for kind k (0 for an unknown kind).
func (c Counts) Of(k ai.Kind) uint64 {
	switch k {
	case ai.KindText:
		return c.Text
	case ai.KindImage:
		return c.Image
	}
	return 0
}

// Total returns the count for all kinds.
func (c Counts) Total() uint64 { return satAdd(c.Text, c.Image) }

func (c Counts) inc(k ai.Kind) Counts {
	switch k {
	case ai.KindText:
		c.Text = satAdd(c.Text, 1)
	case ai.KindImage:
		c.Image = satAdd(c.Image, 1)
	}
	return c
}

// Trait is a style the agent has grown into, with its weight in points.
type Trait struct {
	Name   string `json:"name"`
	Weight uint32 `json:"weight"`
}

// Strong reports whether the trait weighs StrongWeight or more.
func (t Trait) Strong() bool { return t.Weight >= StrongWeight }

// Profile is an agent's learned profile. It is a value: methods return
// updated copies and never modify the receiver or share its slices.
type Profile struct {
	AgentID     string  `json:"agentId"`
	Tier        ai.Tier `json:"tier"`
	Level       uint32  `json:"level"`
	XP          uint64  `json:"xp"`
	Generations Counts  `json:"generations"`
	Failures    Counts  `json:"failures"`
	// Traits are sorted by weight, heaviest first, then by name.
	Traits []Trait `json:"traits"`
	// RecentTopics are the latest prompt keywords, oldest first.
	RecentTopics []string `json:"recentTopics"`
	// Chat is what the agent's conversations taught it.
	Chat Chat `json:"chat,omitzero"`
	// Collaborations is what working with other agents taught it.
	Collaborations Collaborations `json:"collaborations,omitzero"`
}

// Chat aggregates an agent's chat replies: how many it finished, their
// tokens, and how many users rated with what sum of ratings.
type Chat struct {
	Replies   uint64 `json:"replies"`
	Tokens    uint64 `json:"tokens"`
	Rated     uint64 `json:"rated"`
	RatingSum uint64 `json:"ratingSum"`
}

// MeanRating is the mean of the ratings, 0 when there are none.
func (c Chat) MeanRating() float64 {
	if c.Rated == 0 {
		return 0
	}
	return float64(c.RatingSum) / float64(c.Rated)
}

// RecordReply returns the profile with one more finished chat reply of
// tokens tokens.
func (p Profile) RecordReply(tokens uint64) Profile {
	n := p.clone()
	n.Chat.Replies = satAdd(n.Chat.Replies, 1)
	n.Chat.Tokens = satAdd(n.Chat.Tokens, tokens)
	return n
}

// RecordRating returns the profile with a reply's rating: prev is the
// rating it had (0 for none), rating the new one, both 0 to 5; anything else
// leaves the profile unchanged. The first rating of GoodRating or more earns
// XP, as the package doc says.
func (p Profile) RecordRating(prev, rating int) Profile {
	n := p.clone()
	if prev < 0 || prev > 5 || rating < 1 || rating > 5 {
		return n
	}
	if prev == 0 {
		n.Chat.Rated = satAdd(n.Chat.Rated, 1)
		if rating >= GoodRating {
			n.XP = satAdd(n.XP, RatedReplyXP*tierMultiplier(p.Tier)/2)
			n.Level = LevelFor(n.XP)
		}
	} else if n.Chat.RatingSum >= uint64(prev) {
		n.Chat.RatingSum -= uint64(prev)
	}
	n.Chat.RatingSum = satAdd(n.Chat.RatingSum, uint64(rating))
	return n
}

// New returns the profile of a new agent: level 1, no experience.
func New(agentID string, tier ai.Tier) Profile {
	return Profile{AgentID: agentID, Tier: tier, Level: 1}
}

// Generation is the outcome of one generation task for the agent.
type Generation struct {
	Kind      ai.Kind
	Prompt    string
	Succeeded bool
	// Provider and Model made the output; they are for the caller's records
	// and do not affect the profile.
	Provider string
	Model    string
}

// Record returns the profile updated with g, as described in the package doc.
// A generation of an unknown kind leaves the profile unchanged.
func (p Profile) Record(g Generation) Profile {
	if _, ok := baseXP[g.Kind]; !ok {
		return p.clone()
	}
	n := p.clone()
	if !g.Succeeded {
		n.Failures = n.Failures.inc(g.Kind)
		return n
	}
	n.Generations = n.Generations.inc(g.Kind)
	n.XP = satAdd(n.XP, XPFor(g.Kind, p.Tier))
	n.Level = LevelFor(n.XP)

	words := words(g.Prompt)
	n.Traits = updateTraits(n.Traits, traitsIn(words))
	n.RecentTopics = updateTopics(n.RecentTopics, topicsIn(words))
	return n
}

// NextLevelXP returns the XP at which p reaches its next level, and false
// when p is at MaxLevel, which has no next.
func (p Profile) NextLevelXP() (uint64, bool) {
	if p.Level >= MaxLevel {
		return 0, false
	}
	return Threshold(p.Level + 1), true
}

// LeveledUp reports whether p is at a higher level than prev.
func (p Profile) LeveledUp(prev Profile) bool { return p.Level > prev.Level }

// clone returns a copy of p that shares no slices with it; empty slices are
// nil.
func (p Profile) clone() Profile {
	n := p
	n.Traits, n.RecentTopics = nil, nil
	if len(p.Traits) > 0 {
		n.Traits = slices.Clone(p.Traits)
	}
	if len(p.RecentTopics) > 0 {
		n.RecentTopics = slices.Clone(p.RecentTopics)
	}
	n.Collaborations = p.Collaborations.clone()
	return n
}

var baseXP = map[ai.Kind]uint64{ai.KindText: 10, ai.KindImage: 25}

// XPFor returns the XP a successful generation of kind k earns an agent of
// tier t, as in the package doc's table; 0 for an unknown kind.
func XPFor(k ai.Kind, t ai.Tier) uint64 { return baseXP[k] * tierMultiplier(t) / 2 }

// tierMultiplier is twice the tier's XP multiplier.
func tierMultiplier(t ai.Tier) uint64 {
	switch t {
	case ai.Pro:
		return 3
	case ai.Business:
		return 4
	case ai.Enterprise:
		return 5
	}
	return 2
}

// MaxLevel is the highest level, the last whose threshold fits in a uint64.
const MaxLevel = 58

// Threshold returns the XP at which level is reached: 100 × (2^(level−1) − 1).
// Level 0 is treated as 1; past MaxLevel it returns math.MaxUint64.
func Threshold(level uint32) uint64 {
	if level <= 1 {
		return 0
	}
	if level > MaxLevel {
		return math.MaxUint64
	}
	return 100 * (uint64(1)<<(level-1) - 1)
}

// LevelFor returns the level reached with xp experience points.
func LevelFor(xp uint64) uint32 {
	level := uint32(1)
	for level < MaxLevel && xp >= Threshold(level+1) {
		level++
	}
	return level
}

func satAdd(a, b uint64) uint64 {
	if a > math.MaxUint64-b {
		return math.MaxUint64
	}
	return a + b
}

// words splits s into lower-case words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// lexicon maps the prompt words that signal a style to the trait's name; the
// package doc lists it.
var lexicon = map[string]string{
	"noir": "noir", "dark": "noir", "shadow": "noir", "shadows": "noir", "moody": "noir", "gloomy": "noir",
	"watercolor": "watercolor", "watercolour": "watercolor", "pastel": "watercolor", "aquarelle": "watercolor",
	"neon": "cyberpunk", "cyberpunk": "cyberpunk", "futuristic": "cyberpunk", "synthwave": "cyberpunk",
	"minimal": "minimalist", "minimalist": "minimalist", "simple": "minimalist", "clean": "minimalist",
	"poem": "poetic", "haiku": "poetic", "verse": "poetic", "sonnet": "poetic", "lyrical": "poetic",
	"funny": "playful", "joke": "playful", "playful": "playful", "whimsical": "playful", "silly": "playful",
	"vintage": "vintage", "retro": "vintage", "sepia": "vintage", "nostalgic": "vintage",
	"surreal": "surreal", "dreamlike": "surreal", "dreamy": "surreal", "psychedelic": "surreal",
	"photo": "photoreal", "photorealistic": "photoreal", "realistic": "photoreal", "cinematic": "photoreal",
	"fantasy": "fantasy", "dragon": "fantasy", "magic": "fantasy", "mythical": "fantasy", "enchanted": "fantasy",
}

// traitsIn returns the distinct traits the words name.
func traitsIn(words []string) map[string]bool {
	found := map[string]bool{}
	for _, w := range words {
		if t, ok := lexicon[w]; ok {
			found[t] = true
		}
	}
	return found
}

// updateTraits reinforces the found traits, decays the others, and keeps the
// heaviest MaxTraits. traits is not modified.
func updateTraits(traits []Trait, found map[string]bool) []Trait {
	out := make([]Trait, 0, len(traits)+len(found))
	for _, t := range traits {
		if found[t.Name] {
			t.Weight = satAdd32(t.Weight, TraitGain)
		} else {
			t.Weight -= (t.Weight + 9) / 10 // a tenth, rounded up
		}
		if t.Weight > 0 {
			out = append(out, t)
		}
	}
	for name := range found {
		if !slices.ContainsFunc(traits, func(t Trait) bool { return t.Name == name }) {
			out = append(out, Trait{Name: name, Weight: TraitGain})
		}
	}
	slices.SortFunc(out, func(a, b Trait) int {
		if a.Weight != b.Weight {
			if a.Weight > b.Weight {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Name, b.Name)
	})
	if len(out) > MaxTraits {
		out = out[:MaxTraits]
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func satAdd32(a, b uint32) uint32 {
	if a > math.MaxUint32-b {
		return math.MaxUint32
	}
	return a + b
}

// stopwords are never topics.
var stopwords = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "from": true, "about": true,
	"into": true, "onto": true, "over": true, "under": true, "above": true, "below": true,
	"are": true, "was": true, "were": true, "been": true, "being": true, "its": true,
	"this": true, "that": true, "these": true, "those": true, "you": true, "your": true,
	"our": true, "his": true, "her": true, "their": true, "them": true, "they": true,
	"please": true, "write": true, "draw": true, "paint": true, "make": true, "create": true,
	"generate": true, "show": true, "give": true, "tell": true, "some": true, "very": true,
	"like": true, "than": true, "then": true, "there": true, "what": true, "which": true,
	"who": true, "whom": true, "can": true, "could": true, "would": true, "should": true,
	"will": true, "has": true, "have": true, "had": true, "not": true, "but": true,
	"all": true, "any": true, "out": true, "off": true, "while": true, "where": true,
	"image": true, "picture": true, "style": true, "story": true, "text": true,
}

// topicsIn returns the prompt's longest distinct non-stopword, non-lexicon
// words of three letters or more, longest first, ties to the earlier word.
func topicsIn(words []string) []string {
	var cand []string
	for _, w := range words {
		if utf8.RuneCountInString(w) < 3 || stopwords[w] || lexicon[w] != "" || slices.Contains(cand, w) || isNumber(w) {
			continue
		}
		cand = append(cand, w)
	}
	slices.SortStableFunc(cand, func(a, b string) int {
		return utf8.RuneCountInString(b) - utf8.RuneCountInString(a)
	})
	if len(cand) > topicsPerGeneration {
		cand = cand[:topicsPerGeneration]
	}
	return cand
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// updateTopics appends topics to recent (moving repeats to the end) and keeps
// the last MaxTopics. recent is not modified.
func updateTopics(recent, topics []string) []string {
	out := slices.Clone(recent)
	for _, t := range topics {
		out = slices.DeleteFunc(out, func(s string) bool { return s == t })
		out = append(out, t)
	}
	if len(out) > MaxTopics {
		out = out[len(out)-MaxTopics:]
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
