package indexer

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/chain"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/internal/safe"
	"github.com/inft-labs/inft/migrations"
)

// FuzzEventContent feeds arbitrary bytes in every string field of every
// event (the prompt, token URI, failure reason and state URI) and arbitrary
// values in the uint64s a user or the admin chooses (a subscription's
// expiry, a chat session's, the grace period after it), through decoding,
// applying and the PostgreSQL write, in batches so that each string and the
// session are read back and rewritten by a later one. Nothing may fail, and
// every string must come back with its exact bytes beside a text that
// PostgreSQL took.
//
// `go test` runs the seeds; `make fuzz` (or go test -fuzz FuzzEventContent
// ./indexer/) searches further.
func FuzzEventContent(f *testing.F) {
	for _, s := range [][4]string{
		{"a haiku", "ipfs://bafy", "timeout", "ipfs://state"},
		{"\xff\xfeAB\xc3(\xe2\x82", "\x00", "\x80\x80", "\xed\xa0\x80"},
		{"before\x00after", "ipfs://\x00", "why\x00", "\x00\x00"},
		{"", "", "", ""},
		{"\u202Eevil\u200B", "<script>alert(1)</script>", "\"}],\\", "\U0010FFFF\uFFFE"},
		{strings.Repeat("\xff", 2000), strings.Repeat("é", 5000), strings.Repeat("\x00", 300), strings.Repeat("a\xc3", 700)},
	} {
		f.Add(s[0], s[1], s[2], s[3], uint64(1_900_000_000))
	}
	f.Add("p", "u", "r", "s", uint64(0))
	f.Add("p", "u", "r", "s", ^uint64(0))
	f.Add("p", "u", "r", "s", uint64(253402300800)) // year 10000

	db := pgtest.New(f)
	if _, err := migrations.Up(context.Background(), db.DB.DB); err != nil {
		f.Fatal(err)
	}
	contracts := chain.Contracts{
		Agents:      common.HexToAddress("0x00000000000000000000000000000000000000a1"),
		Generated:   common.HexToAddress("0x00000000000000000000000000000000000000a2"),
		Marketplace: common.HexToAddress("0x00000000000000000000000000000000000000a3"),
	}
	dec := newDecoder(contracts)
	f.Fuzz(func(t *testing.T, prompt, uri, reason, stateURI string, expires uint64) {
		ctx := context.Background()
		tx, err := db.BeginTxx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = tx.Rollback() }()

		logs := contentLogs(t, contracts, prompt, uri, reason, stateURI, expires)
		for _, part := range [][]types.Log{logs[:4], logs[4:10], logs[10:14], logs[14:]} {
			events := make([]event, len(part))
			for i, l := range part {
				e, err := dec.decode(l)
				if err != nil {
					t.Fatalf("decode %d: %v", i, err)
				}
				e.time = time.Unix(1_800_000_000, 0).UTC()
				events[i] = e
			}
			if err := writeEvents(ctx, tx, contracts, events); err != nil {
				t.Fatalf("write: %v", err)
			}
		}

		requireExact(t, tx, "prompt of request 1", `SELECT prompt, prompt_raw FROM generation_requests WHERE id = 1`, prompt)
		requireExact(t, tx, "prompt of request 2", `SELECT prompt, prompt_raw FROM generation_requests WHERE id = 2`, prompt)
		requireExact(t, tx, "token URI of request 1", `SELECT token_uri, token_uri_raw FROM generation_requests WHERE id = 1`, uri)
		requireExact(t, tx, "token URI of token 1", `SELECT token_uri, token_uri_raw FROM generated_tokens WHERE id = 1`, uri)
		requireExact(t, tx, "reason of request 2", `SELECT failure_reason, failure_reason_raw FROM generation_requests WHERE id = 2`, reason)
		requireExact(t, tx, "state URI of agent 1", `SELECT state_uri, state_uri_raw FROM agents WHERE id = 1`, stateURI)
		requireExact(t, tx, "state URI of evolution 1", `SELECT state_uri, state_uri_raw FROM agent_evolutions WHERE agent_id = 1`, stateURI)
		var progress []string
		if err := tx.SelectContext(ctx, &progress, `SELECT message FROM generation_progress ORDER BY id`); err != nil {
			t.Fatal(err)
		}
		if len(progress) != 2 || progress[1] != safe.Text(reason) {
			t.Fatalf("progress messages %q, want the reason %q last", progress, safe.Text(reason))
		}
		var at time.Time
		if err := tx.GetContext(ctx, &at, `SELECT expires_at FROM subscriptions WHERE agent_id = 1`); err != nil {
			t.Fatal(err)
		}
		if want := unixTime(expires); !at.Equal(want) {
			t.Fatalf("expiry %d stored as %s, want %s", expires, at, want)
		}
		var ss struct {
			Expires     time.Time `db:"expires_at"`
			Reclaimable time.Time `db:"reclaimable_at"`
			Status      string    `db:"status"`
		}
		if err := tx.GetContext(ctx, &ss, `SELECT expires_at, reclaimable_at, status FROM chat_sessions WHERE id = 1`); err != nil {
			t.Fatal(err)
		}
		if !ss.Expires.Equal(unixTime(expires)) || !ss.Reclaimable.Equal(unixTime(addSeconds(expires, expires))) || ss.Status != sessionSettled {
			t.Fatalf("session expiring at %d after a grace of as long: %+v", expires, ss)
		}
	})
}

// writeEvents applies and writes a batch's events as writeBatch does, without
// the chain position.
func writeEvents(ctx context.Context, tx *sqlx.Tx, c chain.Contracts, events []event) error {
	s := newState()
	if err := load(ctx, tx, s, events); err != nil {
		return err
	}
	ap := &applier{s: s, agentsC: c.Agents, generated: c.Generated}
	if err := ap.apply(events); err != nil {
		return err
	}
	return write(ctx, tx, 1337, s, events)
}

// requireExact checks that query's (text, raw) columns hold want exactly, the
// text being valid UTF-8 without NUL.
func requireExact(t *testing.T, tx *sqlx.Tx, what, query, want string) {
	t.Helper()
	var row struct {
		Text string `db:"text"`
		Raw  []byte `db:"raw"`
	}
	if err := tx.QueryRowx(query).Scan(&row.Text, &row.Raw); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if !utf8.ValidString(row.Text) || strings.Contains(row.Text, "\x00") {
		t.Fatalf("%s: text %q is not safe", what, row.Text)
	}
	got := []byte(row.Text)
	if row.Raw != nil {
		got = row.Raw
	}
	if !bytes.Equal(got, []byte(want)) {
		t.Fatalf("%s: stored %q, want %q", what, got, want)
	}
}

// contentLogs are the logs of an agent's life whose strings and expiry are
// the given ones: purchase, two requests (one fulfilled, one failed), an
// evolution, terms and a subscription; then a top-up, the token's transfer,
// chat terms whose grace is the expiry and a session that expires then; then
// its settlement.
func contentLogs(t *testing.T, c chain.Contracts, prompt, uri, reason, stateURI string, expires uint64) []types.Log {
	a, g := bindings.NewINFTAgents().GetABI(), bindings.NewINFTGenerated().GetABI()
	owner, subscriber := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
	one, two := word(big.NewInt(1)), word(big.NewInt(2))
	var logs []types.Log
	add := func(addr common.Address, ev abi.Event, topics []common.Hash, data ...any) {
		packed, err := ev.Inputs.NonIndexed().Pack(data...)
		if err != nil {
			t.Fatalf("pack %s: %v", ev.Name, err)
		}
		logs = append(logs, types.Log{
			Address: addr, Topics: append([]common.Hash{ev.ID}, topics...), Data: packed,
			BlockNumber: 1, BlockHash: common.HexToHash("0xb1"), TxHash: common.BigToHash(big.NewInt(int64(len(logs) + 1))),
			Index: uint(len(logs)),
		})
	}
	add(c.Agents, a.Events["PackagePurchased"], []common.Hash{one, addrWord(owner)}, uint8(0), uint64(100), big.NewInt(1))
	add(c.Agents, a.Events["Transfer"], []common.Hash{addrWord(common.Address{}), addrWord(owner), one})
	add(c.Agents, a.Events["GenerationRequested"], []common.Hash{one, one, addrWord(owner)}, uint8(0), prompt, uint64(1))
	add(c.Agents, a.Events["GenerationRequested"], []common.Hash{two, one, addrWord(owner)}, uint8(1), prompt, uint64(5))
	add(c.Generated, g.Events["Transfer"], []common.Hash{addrWord(common.Address{}), addrWord(owner), one})
	add(c.Agents, a.Events["GenerationFulfilled"], []common.Hash{one, one}, uri)
	add(c.Agents, a.Events["GenerationFailed"], []common.Hash{two}, reason, uint64(5))
	add(c.Agents, a.Events["AgentEvolved"], []common.Hash{one}, uint32(1), stateURI)
	add(c.Agents, a.Events["SubscriptionTermsSet"], []common.Hash{one}, big.NewInt(0), uint64(3600), uint64(10))
	add(c.Agents, a.Events["Subscribed"], []common.Hash{one, addrWord(subscriber)}, expires, big.NewInt(0))
	// Read back and rewritten by a third batch: the agent and the token.
	add(c.Agents, a.Events["CreditsAdded"], []common.Hash{one, addrWord(subscriber)}, uint64(100), big.NewInt(1))
	add(c.Generated, g.Events["Transfer"], []common.Hash{addrWord(owner), addrWord(subscriber), one})
	add(c.Agents, a.Events["ChatTermsSet"], nil, uint64(1000), uint64(86400), expires)
	add(c.Agents, a.Events["SessionOpened"], []common.Hash{one, one, addrWord(owner)}, uint64(3), expires)
	add(c.Agents, a.Events["SessionSettled"], []common.Hash{one}, uint64(1), uint64(2), [32]byte{1})
	return logs
}

func word(n *big.Int) common.Hash           { return common.BigToHash(n) }
func addrWord(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }
