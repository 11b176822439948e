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

## fuzz: run each Fuzz target found by go test -list for $(FUZZTIME). A run
## that fails with "context deadline exceeded" at the end and writes no
## failing input is Go's coordinator race (golang/go#75804, fixed in Go
## 1.27), reported but not a failure; any other failure stops make.
fuzz:
	@list="$$($(GO) test -list '^Fuzz' ./...)" || { echo "$$list"; exit 1; }; \
	log="$$(mktemp)"; trap 'rm -f "$$log"' EXIT; \
	printf '%s\n' "$$list" | awk '/^Fuzz/ { f[n++] = $$1; next } /^ok/ { for (i = 0; i < n; i++) print $$2, f[i] } { n = 0 }' | \
	while read -r pkg target; do \
		dir="$$($(GO) list -f '{{.Dir}}' "$$pkg")/testdata/fuzz/$$target"; \
		before="$$(ls "$$dir" 2>/dev/null | wc -l)"; \
		echo "fuzz $$pkg $$target ($(FUZZTIME))"; \
		{ $(GO) test -run='^$$' -fuzz="^$$target$$" -fuzztime=$(FUZZTIME) "$$pkg"; echo "rc=$$?"; } 2>&1 | tee "$$log"; \
		grep -q '^rc=0$$' "$$log" && continue; \
		if grep -q 'context deadline exceeded' "$$log" && [ "$$(ls "$$dir" 2>/dev/null | wc -l)" = "$$before" ]; then \
			echo "fuzz $$target: deadline race at the end of the run, no failing input (golang/go#75804): not a finding"; \
			continue; \
		fi; \
		exit 1; \
	done
