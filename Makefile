# claimtrace — build, test and check. "make test" is what CI runs (.ci/run).

GO       ?= go
VERSION  ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
FUZZTIME ?= 30s
BENCH    ?= .
COUNT    ?= 1
BIN      ?= bin/claimtrace

.PHONY: build test bench bench-cli fmt lint fuzz

## build: build the CLI into $(BIN), stamped with $(VERSION)
build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/claimtrace

## test: vet, then run every test with the race detector
test:
	$(GO) vet ./...
	$(GO) test -race ./...

## bench: run the benchmarks, no tests (BENCH selects, COUNT repeats for benchstat)
bench:
	$(GO) test -run='^$$' -bench='$(BENCH)' -benchmem -count=$(COUNT) -timeout=60m ./...

## bench-cli: whole-process timings and peak memory of the built binary (BENCHMARKS.md)
bench-cli: build
	BIN=$(BIN) testdata/bench/cli.sh

## fmt: format every Go file in place
fmt:
	gofmt -w .

## lint: vet, and fail if any file needs gofmt
lint:
	$(GO) vet ./...
	@out="$$(gofmt -l .)"; if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

## fuzz: run each Fuzz target found by go test -list for $(FUZZTIME)
fuzz:
	@list="$$($(GO) test -list '^Fuzz' ./...)" || { echo "$$list"; exit 1; }; \
	printf '%s\n' "$$list" | awk '/^Fuzz/ { f[n++] = $$1; next } /^ok/ { for (i = 0; i < n; i++) print $$2, f[i] } { n = 0 }' | \
	while read -r pkg target; do \
		echo "fuzz $$pkg $$target ($(FUZZTIME))"; \
		$(GO) test -run='^$$' -fuzz="^$$target$$" -fuzztime=$(FUZZTIME) "$$pkg" || exit 1; \
	done
