# The two commands: `make dev` sets up and runs everything on this machine;
# `make test` runs every check CI runs.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
GENERATED := bindings contracts/artifacts graph gqlgen.yml

.PHONY: help dev test bench fuzz build generate check-generated fmt-check vet leak-check unit tools postgres dev-setup kubo chromium screenshots anvil bench-indexer

help:
	@echo "make dev    install what is missing, build, run 'inft dev'"
	@echo "make test   everything CI checks: generated code current, gofmt, go vet, goleak in every package, go test -race ./..."
	@echo "make bench  the benchmarks (see docs/benchmarks.md); make bench-indexer: the indexer's alone"
	@echo "make fuzz   search further than the seeds make test runs (FUZZTIME=30s)"
	@echo "make build  build bin/inft"

## dev: set up and run the whole system on this machine.
dev: dev-setup build
	@echo "dev: starting inft dev (Ctrl-C stops it; run it again and it goes on where it stopped)"
	./bin/inft dev

dev-setup:
	@scripts/ensure-dev.sh

## test: everything CI checks.
test: tools postgres check-generated fmt-check vet leak-check unit

bench: tools postgres anvil
	INFT_ANVIL="$$(scripts/ensure-anvil.sh)" go test -run '^$$' -bench . -benchmem -timeout 60m ./...

## bench-indexer: the indexer's benchmarks alone: in process, and against anvil (docs/benchmarks.md).
bench-indexer: tools postgres anvil
	INFT_ANVIL="$$(scripts/ensure-anvil.sh)" go test -run '^$$' -bench 'BenchmarkBackfill$$|BenchmarkIndexerOnAnvil' -benchtime 1x -timeout 60m ./indexer/

## anvil: install (once) Foundry's anvil 1.7.1 from npm, the node of the indexer's benchmark.
anvil:
	@scripts/ensure-anvil.sh >/dev/null

## fuzz: the fuzz targets beyond their seeds (make test runs the seeds).
FUZZTIME ?= 30s
fuzz: tools postgres
	go test -run '^$$' -fuzz FuzzEventContent -fuzztime $(FUZZTIME) ./indexer/

build:
	@echo "build: bin/inft $(VERSION)"
	@go build -ldflags "$(LDFLAGS)" -o bin/inft ./cmd/inft

tools:
	@scripts/ensure-tools.sh

postgres:
	@scripts/ensure-postgres.sh

## generate: rebuild contract artifacts, bindings and the gqlgen output.
generate: tools
	go generate ./...

## check-generated: fails when committed generated code differs from what go generate makes.
check-generated: generate
	@if [ -n "$$(git status --porcelain -- $(GENERATED))" ]; then \
		echo "generated code is stale: run 'make generate' and commit:"; \
		git status --porcelain -- $(GENERATED); git --no-pager diff --stat -- $(GENERATED); exit 1; \
	fi
	@echo "check-generated: bindings, artifacts and gqlgen output are current"

fmt-check:
	@out="$$(gofmt -l $$(git ls-files '*.go'))"; \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	go vet ./...

## leak-check: every package with tests runs goleak in its TestMain.
leak-check:
	@missing=""; for d in $$(go list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.Dir}}{{end}}' ./...); do \
		grep -qs 'goleak.VerifyTestMain' $$d/*_test.go || missing="$$missing $${d#$$PWD/}"; \
	done; \
	if [ -n "$$missing" ]; then echo "packages whose TestMain runs no goleak.VerifyTestMain:$$missing"; exit 1; fi
	@echo "leak-check: every package's tests fail on a leaked goroutine"

unit: kubo chromium
	INFT_KUBO_BIN="$$(scripts/build-kubo.sh)" INFT_CHROMIUM="$$(scripts/ensure-chromium.sh)" go test -race -count=1 -timeout 20m ./...

## chromium: install (once) Debian's Chromium, which the pages' browser tests drive.
chromium:
	@scripts/ensure-chromium.sh >/dev/null

## screenshots: the pages' screenshots in docs/screenshots, taken by their browser test.
screenshots: tools postgres chromium
	mkdir -p docs/screenshots
	INFT_SCREENSHOTS="$$PWD/docs/screenshots" INFT_CHROMIUM="$$(scripts/ensure-chromium.sh)" go test -count=1 -run '^TestPagesInBrowser$$' ./cmd/inft/

## kubo: build (once) and cache the Kubo binary the IPFS store tests run.
kubo:
	@scripts/build-kubo.sh >/dev/null
