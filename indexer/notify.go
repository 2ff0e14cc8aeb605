package indexer

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/jmoiron/sqlx"
)

// Channel is the PostgreSQL channel the indexer NOTIFYs after each batch when
// its tables are in the schema "public"; in another schema S the channel is
// "inft_changes.S" (ChannelFor), so deployments in one database stay apart.
// Payloads are small JSON objects naming what changed, never the rows:
//
//	{"kind":"agents","ids":["1","2"]}
//	{"kind":"requests","ids":["7"]}
//	{"kind":"tokens","ids":["3"]}
//	{"kind":"listings","events":[{"id":"4","event":"SOLD"}]}
//	{"kind":"packages"}
//	{"kind":"reorg","ancestor":123}
//
// Listing events are LISTED, PRICE_UPDATED, CANCELLED, SOLD and STALE, in chain order.
const Channel = "inft_changes"

// maxPayload keeps each NOTIFY well under PostgreSQL's 8000-byte limit.
const maxPayload = 7000

type listingNote struct {
	ID    string `json:"id"`
	Event string `json:"event"`
}

type notes struct {
	agents, requests, tokens map[string]bool
	listings                 []listingNote
	packages                 bool
}

func newNotes() notes {
	return notes{agents: map[string]bool{}, requests: map[string]bool{}, tokens: map[string]bool{}}
}

// ChannelFor returns the notification channel of the indexer whose tables are in schema.
func ChannelFor(schema string) string {
	if schema == "" || schema == "public" {
		return Channel
	}
	return Channel + "." + schema
}

// Notification is one decoded payload of Channel.
type Notification struct {
	Kind     string        `json:"kind"`
	IDs      []string      `json:"ids,omitempty"`
	Events   []listingNote `json:"events,omitempty"`
	Ancestor *uint64       `json:"ancestor,omitempty"`
}

func (n notes) payloads() []string {
	var out []string
	for _, kind := range []struct {
		name string
		ids  map[string]bool
	}{{"agents", n.agents}, {"requests", n.requests}, {"tokens", n.tokens}} {
		ids := make([]string, 0, len(kind.ids))
		for id := range kind.ids {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return lessDecimal(ids[i], ids[j]) })
		out = append(out, chunk(ids, func(part []string) Notification { return Notification{Kind: kind.name, IDs: part} })...)
	}
	out = append(out, chunk(n.listings, func(part []listingNote) Notification { return Notification{Kind: "listings", Events: part} })...)
	if n.packages {
		out = append(out, mustJSON(Notification{Kind: "packages"}))
	}
	return out
}

// chunk splits items into payloads that each fit maxPayload.
func chunk[T any](items []T, wrap func([]T) Notification) []string {
	var out []string
	for start := 0; start < len(items); {
		end := len(items)
		for {
			p := mustJSON(wrap(items[start:end]))
			if len(p) <= maxPayload || end-start == 1 {
				out = append(out, p)
				break
			}
			end = start + (end-start)/2
		}
		start = end
	}
	return out
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // plain structs of strings cannot fail
	}
	return string(b)
}

func lessDecimal(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// notify queues payloads on channel; PostgreSQL delivers them when tx commits.
func notify(ctx context.Context, tx *sqlx.Tx, channel string, payloads []string) error {
	for _, p := range payloads {
		if _, err := tx.ExecContext(ctx, `SELECT pg_notify($1, $2)`, channel, p); err != nil {
			return fmt.Errorf("notify: %w", err)
		}
	}
	return nil
}
