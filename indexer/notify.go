package indexer

import (
	"sort"

	"github.com/inft-labs/inft/notify"
)

type listingNote = notify.ListingEvent

// notes gathers what a batch changed, to publish when it commits.
type notes struct {
	agents, requests, tokens, sessions map[string]bool
	listings                           []listingNote
	packages                           bool
}

func newNotes() notes {
	return notes{agents: map[string]bool{}, requests: map[string]bool{}, tokens: map[string]bool{}, sessions: map[string]bool{}}
}

// list is what changed, ids in numeric order, listing events in chain order.
func (n notes) list() []notify.Note {
	var out []notify.Note
	for _, kind := range []struct {
		name string
		ids  map[string]bool
	}{{notify.Agents, n.agents}, {notify.Requests, n.requests}, {notify.Tokens, n.tokens}, {notify.Sessions, n.sessions}} {
		if len(kind.ids) == 0 {
			continue
		}
		ids := make([]string, 0, len(kind.ids))
		for id := range kind.ids {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return lessDecimal(ids[i], ids[j]) })
		out = append(out, notify.Note{Kind: kind.name, IDs: ids})
	}
	if len(n.listings) > 0 {
		out = append(out, notify.Note{Kind: notify.Listings, Events: n.listings})
	}
	if n.packages {
		out = append(out, notify.Note{Kind: notify.Packages})
	}
	return out
}

func lessDecimal(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}
