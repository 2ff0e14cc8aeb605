// Package live serves the API's subscriptions: what changed reaches every
// subscriber of every API replica, shared where it can be, and written to
// each WebSocket in batches.
//
// Three parts, each behind a few methods of its own:
//
//   - the Hub listens on the indexer's channel with one PostgreSQL
//     connection per process and fans every notification (a Note) out in
//     memory; a resolver follows it with Stream, and shares the reads one
//     notification wakes with Shared;
//   - shared feeds (feed.go): identical subscriptions, on any connection,
//     share one execution, whose events are marshalled once and queued on
//     every subscriber's connection;
//   - the batching writer (conn.go): each connection has a bounded queue
//     and a goroutine that writes everything queued in one system call,
//     with a deadline on every write.
//
// NewTransport puts them together as the gqlgen transport the server adds.
// gqlgen's WebSocket transport does the protocol; the writer relies on how
// it runs (contract_test.go pins it).
package live
