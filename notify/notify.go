// Package notify owns inft's change notifications: the PostgreSQL channel
// they travel on, their payloads, publishing them in the transaction that
// made the change (the indexer after each batch, the relayer with each
// progress row) and decoding them (the API's subscription hub).
//
// Payloads are small JSON objects naming what changed, never the rows:
//
//	{"kind":"agents","ids":["1","2"]}
//	{"kind":"requests","ids":["7"]}
//	{"kind":"tokens","ids":["3"]}
//	{"kind":"sessions","ids":["5"]}
//	{"kind":"progress","ids":["7"]}
//	{"kind":"listings","events":[{"id":"4","event":"SOLD"}]}
//	{"kind":"packages"}
//	{"kind":"reorg","ancestor":123}
//
// Listing events are LISTED, PRICE_UPDATED, CANCELLED, SOLD, STALE (its
// token moved or its seller withdrew the marketplace's approval) and
// REACTIVATED (approved again), in chain order. Sessions are chat sessions
// that opened or ended (settled or reclaimed); the credits they moved come
// as their agents' notes. PostgreSQL delivers a transaction's notifications
// when it commits, and none if it rolls back.
package notify

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"
)

// Channel is the channel of the tables in the schema "public"; in another
// schema S it is "inft_changes.S" (ChannelFor), so deployments sharing a
// database stay apart.
const Channel = "inft_changes"

// ChannelFor returns the channel of the tables in schema.
func ChannelFor(schema string) string {
	if schema == "" || schema == "public" {
		return Channel
	}
	return Channel + "." + schema
}

// The kinds of change.
const (
	Agents   = "agents"   // agents' rows (IDs)
	Requests = "requests" // generation requests (IDs)
	Tokens   = "tokens"   // generated tokens (IDs)
	Sessions = "sessions" // chat sessions that opened or ended (IDs: session ids)
	Progress = "progress" // a request's progress rows (IDs: request ids)
	Listings = "listings" // listing events (Events)
	Packages = "packages" // the packages on sale
	Reorg    = "reorg"    // the indexer rolled back above Ancestor
)

// Note is one notification.
type Note struct {
	Kind     string         `json:"kind"`
	IDs      []string       `json:"ids,omitempty"`
	Events   []ListingEvent `json:"events,omitempty"`
	Ancestor *uint64        `json:"ancestor,omitempty"`
}

// ListingEvent is what happened to a listing.
type ListingEvent struct {
	ID    string `json:"id"`
	Event string `json:"event"`
}

// MaxPayload keeps each payload well under PostgreSQL's 8000-byte limit.
const MaxPayload = 7000

// Execer runs a statement: a transaction (*sqlx.Tx, *sql.Tx), whose commit
// delivers what was published in it.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Publish sends notes on channel through q, each split into payloads that
// fit MaxPayload.
func Publish(ctx context.Context, q Execer, channel string, notes ...Note) error {
	for _, n := range notes {
		for _, p := range Payloads(n) {
			if _, err := q.ExecContext(ctx, `SELECT pg_notify($1, $2)`, channel, p); err != nil {
				return fmt.Errorf("notify: %w", err)
			}
		}
	}
	return nil
}

// Payloads encodes n, split into as many payloads as MaxPayload needs (a
// note's ids or events in parts, in order).
func Payloads(n Note) []string {
	switch {
	case len(n.IDs) > 0:
		return chunk(n.IDs, func(part []string) Note { m := n; m.IDs = part; return m })
	case len(n.Events) > 0:
		return chunk(n.Events, func(part []ListingEvent) Note { m := n; m.Events = part; return m })
	}
	return []string{mustJSON(n)}
}

func chunk[T any](items []T, wrap func([]T) Note) []string {
	var out []string
	for start := 0; start < len(items); {
		end := len(items)
		for {
			p := mustJSON(wrap(items[start:end]))
			if len(p) <= MaxPayload || end-start == 1 {
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

// ErrUndecodable is a payload that is not a note.
var ErrUndecodable = errors.New("notify: undecodable payload")

// Decode reads a payload. Anyone who can connect to the database can NOTIFY
// on the channel: a payload that is not a note of a known kind is
// ErrUndecodable, and a note's ids and events are checked to be decimal ids.
func Decode(payload string) (Note, error) {
	var n Note
	if !utf8.ValidString(payload) {
		return Note{}, fmt.Errorf("%w: not UTF-8", ErrUndecodable)
	}
	if err := json.Unmarshal([]byte(payload), &n); err != nil {
		return Note{}, fmt.Errorf("%w: %v", ErrUndecodable, err)
	}
	if !slices.Contains(kinds, n.Kind) {
		return Note{}, fmt.Errorf("%w: kind %.40q", ErrUndecodable, n.Kind)
	}
	for _, id := range n.IDs {
		if !decimal(id) {
			return Note{}, fmt.Errorf("%w: id %.40q", ErrUndecodable, id)
		}
	}
	for _, e := range n.Events {
		if !decimal(e.ID) || !slices.Contains(listingEvents, e.Event) {
			return Note{}, fmt.Errorf("%w: listing event %.40q %.40q", ErrUndecodable, e.ID, e.Event)
		}
	}
	return n, nil
}

var (
	kinds         = []string{Agents, Requests, Tokens, Sessions, Progress, Listings, Packages, Reorg}
	listingEvents = []string{"LISTED", "PRICE_UPDATED", "CANCELLED", "SOLD", "STALE", "REACTIVATED"}
)

// decimal is a uint256 id as the indexer writes it: digits, no leading zero.
func decimal(s string) bool {
	if s == "" || len(s) > 78 || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
