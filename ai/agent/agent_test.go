package agent_test

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/agent"
)

// sequence is a fixed history for agent #7, a Pro agent (text +15 XP, image
// +37 XP). The comments give the state after each step.
var sequence = []agent.Generation{
	// XP 37; noir 100, watercolor 100; topics lighthouse, storm.
	{Kind: ai.KindImage, Prompt: "A dark lighthouse in a storm, watercolor", Succeeded: true, Provider: "openai", Model: "gpt-image-1"},
	// XP 52; poetic 100, noir 90, watercolor 90; + harbour, night.
	{Kind: ai.KindText, Prompt: "Write a haiku about the harbour at night", Succeeded: true, Provider: "openai", Model: "gpt-4o-mini"},
	// XP 89; noir 190, cyberpunk 100, poetic 90, watercolor 81; harbour moves last.
	{Kind: ai.KindImage, Prompt: "Neon shadows over the harbour", Succeeded: true, Provider: "cloudflare", Model: "flux"},
	// A failure: only failures.image changes.
	{Kind: ai.KindImage, Prompt: "A noir alley in the rain", Succeeded: false, Provider: "openai", Model: "gpt-image-1"},
	// XP 104, level 2; poetic 190, noir 171, playful 100, cyberpunk 90,
	// watercolor 72; topics storm, night, harbour, lighthouse, keeper.
	{Kind: ai.KindText, Prompt: "A funny poem about a lighthouse keeper", Succeeded: true, Provider: "local", Model: "local-text"},
	// XP 141; watercolor 172, poetic 171, noir 153, playful 90, cyberpunk 81;
	// topics harbour, lighthouse, keeper, sunrise, boats.
	{Kind: ai.KindImage, Prompt: "Pastel watercolor boats at sunrise", Succeeded: true, Provider: "local", Model: "local-image"},
	// XP 156; poetic 271, watercolor 154, noir 137, minimalist 100, playful 81
	// (cyberpunk 72 falls out); topics lighthouse, keeper, sunrise, boats, silence.
	{Kind: ai.KindText, Prompt: "A minimal verse on silence", Succeeded: true, Provider: "openai", Model: "gpt-4o-mini"},
	// XP 193; poetic 243, noir 237, watercolor 138, cyberpunk 100, minimalist 90
	// (playful 72 falls out); harbour and dragons tie at 7 letters: harbour first.
	{Kind: ai.KindImage, Prompt: "Dark cyberpunk harbour with neon dragons!", Succeeded: true, Provider: "cloudflare", Model: "flux"},
}

var afterSequence = agent.Profile{
	AgentID:     "7",
	Tier:        ai.Pro,
	Level:       2,
	XP:          193,
	Generations: agent.Counts{Text: 3, Image: 4},
	Failures:    agent.Counts{Text: 0, Image: 1},
	Traits: []agent.Trait{
		{Name: "poetic", Weight: 243},
		{Name: "noir", Weight: 237},
		{Name: "watercolor", Weight: 138},
		{Name: "cyberpunk", Weight: 100},
		{Name: "minimalist", Weight: 90},
	},
	RecentTopics: []string{"sunrise", "boats", "silence", "harbour", "dragons"},
}

func replay(t *testing.T) agent.Profile {
	t.Helper()
	p := agent.New("7", ai.Pro)
	for i, g := range sequence {
		next := p.Record(g)
		if up := next.LeveledUp(p); up != (i == 4) {
			t.Errorf("step %d: LeveledUp = %v", i+1, up)
		}
		p = next
	}
	return p
}

func TestSequence(t *testing.T) {
	if got := replay(t); !reflect.DeepEqual(got, afterSequence) {
		t.Fatalf("profile =\n%+v\nwant\n%+v", got, afterSequence)
	}
}

func TestSteps(t *testing.T) {
	p := agent.New("7", ai.Pro)
	want := agent.Profile{AgentID: "7", Tier: ai.Pro, Level: 1}
	if !reflect.DeepEqual(p, want) {
		t.Fatalf("New = %+v", p)
	}
	p = p.Record(sequence[0]).Record(sequence[1])
	want = agent.Profile{
		AgentID: "7", Tier: ai.Pro, Level: 1, XP: 52,
		Generations:  agent.Counts{Text: 1, Image: 1},
		Traits:       []agent.Trait{{Name: "poetic", Weight: 100}, {Name: "noir", Weight: 90}, {Name: "watercolor", Weight: 90}},
		RecentTopics: []string{"lighthouse", "storm", "harbour", "night"},
	}
	if !reflect.DeepEqual(p, want) {
		t.Fatalf("after two steps =\n%+v\nwant\n%+v", p, want)
	}
	// A failure counts and changes nothing else.
	f := p.Record(agent.Generation{Kind: ai.KindText, Prompt: "a dark haiku", Succeeded: false})
	want.Failures.Text = 1
	if !reflect.DeepEqual(f, want) {
		t.Fatalf("after a failure = %+v", f)
	}
	// An unknown kind changes nothing.
	if u := p.Record(agent.Generation{Kind: ai.Kind(9), Prompt: "dark", Succeeded: true}); !reflect.DeepEqual(u, p) {
		t.Fatalf("after an unknown kind = %+v", u)
	}
}

func TestRecordDoesNotMutate(t *testing.T) {
	p := replay(t)
	snapshot := replay(t)
	n := p.Record(agent.Generation{Kind: ai.KindText, Prompt: "a whimsical retro surreal tale of enormous teapots", Succeeded: true})
	if !reflect.DeepEqual(p, snapshot) {
		t.Fatalf("Record changed its receiver: %+v", p)
	}
	n.Traits[0].Name, n.RecentTopics[0] = "changed", "changed"
	if !reflect.DeepEqual(p, snapshot) {
		t.Fatal("Record's result shares slices with its receiver")
	}
	f := p.Record(agent.Generation{Kind: ai.KindText, Succeeded: false})
	f.Traits[0].Name, f.RecentTopics[0] = "changed", "changed"
	if !reflect.DeepEqual(p, snapshot) {
		t.Fatal("a failure's result shares slices with its receiver")
	}
}

func TestXPByTierAndKind(t *testing.T) {
	want := map[ai.Tier][2]uint64{ // text, image
		ai.Starter:    {10, 25},
		ai.Pro:        {15, 37},
		ai.Business:   {20, 50},
		ai.Enterprise: {25, 62},
		ai.Tier(9):    {10, 25},
	}
	for tier, w := range want {
		for k, kind := range []ai.Kind{ai.KindText, ai.KindImage} {
			got := agent.New("1", tier).Record(agent.Generation{Kind: kind, Prompt: "x", Succeeded: true}).XP
			if got != w[k] {
				t.Errorf("%v %v: XP %d, want %d", tier, kind, got, w[k])
			}
			if got := agent.XPFor(kind, tier); got != w[k] {
				t.Errorf("XPFor(%v, %v) = %d, want %d", kind, tier, got, w[k])
			}
		}
	}
}

func TestLevelFor(t *testing.T) {
	thresholds := []uint64{0, 100, 300, 700, 1500, 3100, 6300, 12700, 25500, 51100}
	for i, th := range thresholds {
		level := uint32(i + 1)
		if got := agent.Threshold(level); got != th {
			t.Errorf("Threshold(%d) = %d, want %d", level, got, th)
		}
		if got := agent.LevelFor(th); got != level {
			t.Errorf("LevelFor(%d) = %d, want %d", th, got, level)
		}
		if th > 0 {
			if got := agent.LevelFor(th - 1); got != level-1 {
				t.Errorf("LevelFor(%d) = %d, want %d", th-1, got, level-1)
			}
		}
		if got := agent.LevelFor(th + 1); got != level {
			t.Errorf("LevelFor(%d) = %d, want %d", th+1, got, level)
		}
	}
	if got := agent.LevelFor(math.MaxUint64); got != agent.MaxLevel {
		t.Errorf("LevelFor(max) = %d", got)
	}
	if th := agent.Threshold(agent.MaxLevel); th != 100*(1<<57-1) || agent.LevelFor(th) != 58 || agent.LevelFor(th-1) != 57 {
		t.Errorf("Threshold(MaxLevel) = %d", th)
	}
	if agent.Threshold(agent.MaxLevel+1) != math.MaxUint64 || agent.Threshold(0) != 0 {
		t.Error("thresholds out of range")
	}
}

// The next level's threshold, as a profile reports it, up to the highest
// level, which has none.
func TestNextLevelXP(t *testing.T) {
	cases := []struct {
		level uint32
		xp    uint64
		next  uint64
		ok    bool
	}{
		{1, 0, 100, true},
		{1, 99, 100, true},
		{2, 100, 300, true},
		{3, 320, 700, true},
		{agent.MaxLevel - 1, agent.Threshold(agent.MaxLevel - 1), agent.Threshold(agent.MaxLevel), true},
		{agent.MaxLevel, math.MaxUint64, 0, false},
	}
	for _, c := range cases {
		p := agent.Profile{Level: c.level, XP: c.xp}
		next, ok := p.NextLevelXP()
		if next != c.next || ok != c.ok {
			t.Errorf("level %d: NextLevelXP = %d, %v; want %d, %v", c.level, next, ok, c.next, c.ok)
		}
	}
	if next, ok := agent.New("1", ai.Pro).NextLevelXP(); next != 100 || !ok {
		t.Errorf("a new agent: NextLevelXP = %d, %v", next, ok)
	}
	if got := agent.XPFor(ai.Kind(9), ai.Pro); got != 0 {
		t.Errorf("XPFor(unknown kind) = %d", got)
	}
}

func TestLevelUp(t *testing.T) {
	// A Starter agent at 95 XP crosses 100 with a text (+10) and 300 with
	// images (+25).
	p := agent.Profile{AgentID: "3", Tier: ai.Starter, Level: 1, XP: 95}
	n := p.Record(agent.Generation{Kind: ai.KindText, Prompt: "hello", Succeeded: true})
	if n.XP != 105 || n.Level != 2 || !n.LeveledUp(p) {
		t.Fatalf("after crossing 100: %+v", n)
	}
	if n.LeveledUp(n) || p.LeveledUp(n) {
		t.Fatal("LeveledUp without a level up")
	}
	if f := n.Record(agent.Generation{Kind: ai.KindImage, Succeeded: false}); f.LeveledUp(n) {
		t.Fatal("a failure leveled up")
	}
	for n.XP+25 < 300 {
		prev := n
		n = n.Record(agent.Generation{Kind: ai.KindImage, Prompt: "a cat", Succeeded: true})
		if n.LeveledUp(prev) || n.Level != 2 {
			t.Fatalf("at %d XP: level %d", n.XP, n.Level)
		}
	}
	prev := n
	n = n.Record(agent.Generation{Kind: ai.KindImage, Prompt: "a cat", Succeeded: true})
	if n.XP != 305 || n.Level != 3 || !n.LeveledUp(prev) {
		t.Fatalf("after crossing 300: %+v", n)
	}
}

func TestTopTraitsAndTies(t *testing.T) {
	p := agent.New("1", ai.Starter).Record(agent.Generation{
		Kind: ai.KindText, Succeeded: true,
		Prompt: "a whimsical retro surreal cinematic fantasy poem, minimal, neon and noir in watercolor",
	})
	want := []agent.Trait{ // all at 100: by name, the first five
		{Name: "cyberpunk", Weight: 100},
		{Name: "fantasy", Weight: 100},
		{Name: "minimalist", Weight: 100},
		{Name: "noir", Weight: 100},
		{Name: "photoreal", Weight: 100},
	}
	if !reflect.DeepEqual(p.Traits, want) {
		t.Fatalf("traits = %+v", p.Traits)
	}
	// Every word is a lexicon word, a stopword or too short: no topics.
	if p.RecentTopics != nil {
		t.Fatalf("topics = %q", p.RecentTopics)
	}
	// Decay by a tenth rounded up reaches zero and drops the trait.
	q := agent.New("1", ai.Starter).Record(agent.Generation{Kind: ai.KindText, Prompt: "noir", Succeeded: true})
	for i := 0; q.Traits != nil; i++ {
		if i > 100 {
			t.Fatal("a trait never decays away")
		}
		q = q.Record(agent.Generation{Kind: ai.KindText, Prompt: "plain words", Succeeded: true})
	}
}

func TestStyle(t *testing.T) {
	known := agent.Profile{
		AgentID: "7", Tier: ai.Pro, Level: 3, XP: 320,
		Traits:       []agent.Trait{{Name: "noir", Weight: 250}, {Name: "watercolor", Weight: 120}},
		RecentTopics: []string{"lighthouse", "harbour"},
	}
	if got, want := known.Style(), "You are INFT agent #7, a level-3 Pro agent. Your signature style: noir (strong), watercolor. Recently you explored: lighthouse, harbour."; got != want {
		t.Errorf("Style =\n%q\nwant\n%q", got, want)
	}
	if got, want := known.ShapeImagePrompt("A lighthouse at dusk."), "A lighthouse at dusk, in a noir, watercolor style"; got != want {
		t.Errorf("ShapeImagePrompt = %q, want %q", got, want)
	}

	p := replay(t)
	if got, want := p.Style(), "You are INFT agent #7, a level-2 Pro agent. Your signature style: poetic (strong), noir (strong), watercolor, cyberpunk, minimalist. Recently you explored: sunrise, boats, silence, harbour, dragons."; got != want {
		t.Errorf("Style =\n%q\nwant\n%q", got, want)
	}
	if got, want := p.ShapeImagePrompt("  two cats on a roof!  "), "two cats on a roof, in a poetic, noir, watercolor style"; got != want {
		t.Errorf("ShapeImagePrompt = %q, want %q", got, want)
	}

	fresh := agent.New("12", ai.Enterprise)
	if got, want := fresh.Style(), "You are INFT agent #12, a level-1 Enterprise agent. You have no signature style yet; answer in a clear, neutral voice."; got != want {
		t.Errorf("Style =\n%q\nwant\n%q", got, want)
	}
	if got := fresh.ShapeImagePrompt("a red fox."); got != "a red fox." {
		t.Errorf("ShapeImagePrompt without traits = %q", got)
	}
	anon := agent.Profile{Tier: ai.Business, Level: 4, Traits: []agent.Trait{{Name: "eerie", Weight: 10}}}
	if got, want := anon.Style(), "You are an INFT agent, a level-4 Business agent. Your signature style: eerie."; got != want {
		t.Errorf("Style = %q, want %q", got, want)
	}
	if got, want := anon.ShapeImagePrompt("..."), "an image in an eerie style"; got != want {
		t.Errorf("ShapeImagePrompt = %q, want %q", got, want)
	}
}

func TestStateDocument(t *testing.T) {
	p := replay(t)
	b, err := p.StateDocument()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"schema":"inft.agent-state/1","agentId":"7","tier":"pro","level":2,"xp":193,` +
		`"generations":{"text":3,"image":4},"failures":{"text":0,"image":1},` +
		`"traits":[{"name":"poetic","weight":243},{"name":"noir","weight":237},{"name":"watercolor","weight":138},{"name":"cyberpunk","weight":100},{"name":"minimalist","weight":90}],` +
		`"recentTopics":["sunrise","boats","silence","harbour","dragons"]}`
	if string(b) != want {
		t.Fatalf("StateDocument =\n%s\nwant\n%s", b, want)
	}
	again, _ := replay(t).StateDocument()
	if string(again) != string(b) {
		t.Fatal("the same profile gave different bytes")
	}
	back, err := agent.ParseStateDocument(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, p) {
		t.Fatalf("round trip = %+v", back)
	}

	fresh := agent.New("12", ai.Enterprise)
	b, err = fresh.StateDocument()
	if err != nil {
		t.Fatal(err)
	}
	want = `{"schema":"inft.agent-state/1","agentId":"12","tier":"enterprise","level":1,"xp":0,"generations":{"text":0,"image":0},"failures":{"text":0,"image":0},"traits":[],"recentTopics":[]}`
	if string(b) != want {
		t.Fatalf("StateDocument =\n%s\nwant\n%s", b, want)
	}
	if back, err := agent.ParseStateDocument(b); err != nil || !reflect.DeepEqual(back, fresh) {
		t.Fatalf("round trip = %+v, %v", back, err)
	}

	for _, bad := range []string{`{"schema":"inft.agent-state/2","tier":"pro"}`, `{"schema":"inft.agent-state/1","tier":"gold"}`, `{`} {
		if _, err := agent.ParseStateDocument([]byte(bad)); err == nil {
			t.Errorf("ParseStateDocument(%s) succeeded", bad)
		}
	}
}

func TestProfileJSON(t *testing.T) {
	p := replay(t)
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"agentId":"7","tier":1,"level":2,"xp":193,"generations":{"text":3,"image":4},"failures":{"text":0,"image":1},` +
		`"traits":[{"name":"poetic","weight":243},{"name":"noir","weight":237},{"name":"watercolor","weight":138},{"name":"cyberpunk","weight":100},{"name":"minimalist","weight":90}],` +
		`"recentTopics":["sunrise","boats","silence","harbour","dragons"]}`
	if string(b) != want {
		t.Fatalf("json =\n%s\nwant\n%s", b, want)
	}
	var back agent.Profile
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, p) {
		t.Fatalf("round trip = %+v, %v", back, err)
	}
}

// Chat replies and their ratings teach the agent through aggregates: the
// first good rating of a reply earns XP once, a changed rating moves only the
// sum, impossible ratings change nothing, and the state document carries the
// aggregates only once there are some.
func TestChatTeachesThroughAggregates(t *testing.T) {
	p := agent.New("9", ai.Pro)
	p = p.RecordReply(120).RecordReply(80)
	if p.Chat != (agent.Chat{Replies: 2, Tokens: 200}) || p.XP != 0 {
		t.Fatalf("after two replies: %+v, XP %d", p.Chat, p.XP)
	}
	p = p.RecordRating(0, 5) // first rating, good: +7 XP for Pro
	p = p.RecordRating(0, 2) // first rating, poor: no XP
	if p.XP != 7 || p.Chat.Rated != 2 || p.Chat.RatingSum != 7 {
		t.Fatalf("after two ratings: %+v, XP %d", p.Chat, p.XP)
	}
	p = p.RecordRating(2, 4) // changed: the sum moves, the XP does not
	if p.XP != 7 || p.Chat.Rated != 2 || p.Chat.RatingSum != 9 {
		t.Fatalf("after a changed rating: %+v, XP %d", p.Chat, p.XP)
	}
	for _, bad := range [][2]int{{0, 0}, {0, 6}, {-1, 3}, {7, 3}} {
		if q := p.RecordRating(bad[0], bad[1]); !reflect.DeepEqual(q, p) {
			t.Errorf("RecordRating(%d, %d) changed the profile to %+v", bad[0], bad[1], q)
		}
	}
	if got := p.Chat.MeanRating(); got != 4.5 {
		t.Errorf("MeanRating = %v", got)
	}
	if strings.Contains(p.Style(), "rate your replies") {
		t.Errorf("Style tells the rating after two ratings: %q", p.Style())
	}
	p = p.RecordRating(0, 3)
	if got, want := p.Style(), "You are INFT agent #9, a level-1 Pro agent. You have no signature style yet; answer in a clear, neutral voice. People rate your replies 4.0 of 5 on average (3 ratings)."; got != want {
		t.Errorf("Style = %q, want %q", got, want)
	}

	b, err := p.StateDocument()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"schema":"inft.agent-state/1","agentId":"9","tier":"pro","level":1,"xp":7,"generations":{"text":0,"image":0},"failures":{"text":0,"image":0},"traits":[],"recentTopics":[],` +
		`"chat":{"replies":2,"tokens":200,"rated":3,"ratingSum":12}}`
	if string(b) != want {
		t.Fatalf("StateDocument =\n%s\nwant\n%s", b, want)
	}
	back, err := agent.ParseStateDocument(b)
	if err != nil || !reflect.DeepEqual(back, p) {
		t.Fatalf("round trip = %+v, %v", back, err)
	}

	// Enough good ratings lift the level, as generations do.
	q := agent.New("10", ai.Enterprise)
	for range 9 {
		q = q.RecordReply(10).RecordRating(0, 5)
	}
	if q.XP != 108 || q.Level != 2 {
		t.Fatalf("nine good ratings of an Enterprise agent: XP %d, level %d", q.XP, q.Level)
	}
}
