// Package graph serves the GraphQL API (DESIGN §2.2) with gqlgen: the schema
// in schema.graphqls, resolvers following it (*.resolvers.go), their
// dependencies declared once in resolver.go. Subscriptions are served by
// graph/live (the hub, shared feeds, the WebSocket writer); their resolvers
// (subscriptions.go) follow the hub with live.Stream. graph/generated and
// model/models_gen.go are generated: change the schema and run
// `go generate ./...`.
package graph

//go:generate sh -c "cd .. && go tool gqlgen generate"
