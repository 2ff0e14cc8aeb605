// Package bindings holds the Go bindings of the INFT contracts (abigen v2),
// generated from the committed artifacts in contracts/artifacts. Never edit the
// generated files: change contracts/src and run `go generate ./...`.
package bindings

//go:generate bash ../contracts/build.sh
