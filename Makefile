# promptgate build. `make run` starts the server on the embedded default;
# `make test` installs what the tests need and runs every test.

GO        ?= go
BIN       := $(CURDIR)/bin
BUF_VERSION              := v1.75.0
PROTOC_GEN_GO_VERSION    := v1.36.12
PROTOC_GEN_GO_GRPC_VERSION := v1.6.2

BUF                := $(BIN)/buf-$(BUF_VERSION)
PROTOC_GEN_GO      := $(BIN)/protoc-gen-go-$(PROTOC_GEN_GO_VERSION)
PROTOC_GEN_GO_GRPC := $(BIN)/protoc-gen-go-grpc-$(PROTOC_GEN_GO_GRPC_VERSION)

GHZ_VERSION := v0.120.0
GHZ         := $(BIN)/ghz-$(GHZ_VERSION)

.PHONY: all build run test fuzz-short bench profile test-go check-generated generate lint-proto deps-test eval clean

all: build

build:
	$(GO) build -o $(BIN)/promptgate ./cmd/promptgate

## run: start promptgate with the embedded policies and in-memory counters.
run: build
	$(BIN)/promptgate serve

## test: install what the tests need, check the generated code, run every test
## and a short run of every fuzz target.
test: deps-test check-generated test-go fuzz-short

# Each fuzz target runs a fixed number of inputs beyond its committed corpus,
# per package (the server's targets are slower per input). A count, not a
# duration: Go 1.26's fuzz coordinator can fail a duration run at its deadline
# with "context deadline exceeded" and no failing input (golang/go#75804).
FUZZ_EXECS_detect ?= 4000
FUZZ_EXECS_server ?= 400

## fuzz-short: each fuzz target for FUZZ_EXECS_<package> inputs beyond its committed corpus (go test runs the corpus alone).
fuzz-short:
	@set -e; for pkg in detect server; do \
		case $$pkg in detect) n=$(FUZZ_EXECS_detect);; server) n=$(FUZZ_EXECS_server);; esac; \
		for f in $$(grep -ho '^func Fuzz[A-Za-z0-9_]*' ./$$pkg/*_test.go | sed 's/^func //'); do \
			echo "fuzz ./$$pkg $$f ($${n} inputs)"; \
			$(GO) test -run '^$$' -fuzz "^$$f\$$" -fuzztime $${n}x ./$$pkg > /tmp/promptgate-fuzz.log 2>&1 || { cat /tmp/promptgate-fuzz.log; exit 1; }; \
		done; \
	done

test-go: build
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(BIN)/promptgate policy test -coverage policies/

## deps-test: Debian's redis-server and redis-tools for the counter tests.
deps-test:
	@./scripts/ensure-deps.sh

# Tools are installed per version, so bumping a pin reinstalls.
$(BUF):
	GOBIN=$(BIN) $(GO) install github.com/bufbuild/buf/cmd/buf@$(BUF_VERSION)
	mv $(BIN)/buf $@
$(PROTOC_GEN_GO):
	GOBIN=$(BIN) $(GO) install google.golang.org/protobuf/cmd/protoc-gen-go@$(PROTOC_GEN_GO_VERSION)
	mv $(BIN)/protoc-gen-go $@
$(PROTOC_GEN_GO_GRPC):
	GOBIN=$(BIN) $(GO) install google.golang.org/grpc/cmd/protoc-gen-go-grpc@$(PROTOC_GEN_GO_GRPC_VERSION)
	mv $(BIN)/protoc-gen-go-grpc $@

TOOLS := $(BUF) $(PROTOC_GEN_GO) $(PROTOC_GEN_GO_GRPC)

## generate: regenerate the Go code of proto/ with buf.
generate: $(TOOLS)
	./scripts/generate.sh proto

## check-generated: fail when proto/ is not lint-clean, not formatted, or its generated code is stale.
check-generated: $(TOOLS)
	$(BUF) lint
	$(BUF) format --diff --exit-code
	./scripts/generate.sh check

## eval: measure the detectors on labelled data in ../shared/data (or PROMPTGATE_EVAL_DATA).
eval:
	$(GO) run ./internal/cmd/eval

$(GHZ):
	GOBIN=$(BIN) $(GO) install github.com/bojand/ghz/cmd/ghz@$(GHZ_VERSION)
	mv $(BIN)/ghz $@

BENCH_ARGS ?=

## bench: load-test promptgate against the floor server on 127.0.0.1 and print the table
## (three rounds by default, figures and ratios their medians; BENCH_ARGS="--rounds 1" for one).
bench: build deps-test $(GHZ)
	$(GO) build -o $(BIN)/floor ./bench/floor
	$(GO) run ./bench/load --promptgate $(BIN)/promptgate --floor $(BIN)/floor --ghz $(GHZ) \
		--redis-server "$$(command -v redis-server)" $(BENCH_ARGS)

## profile: a CPU profile of promptgate under the CheckPrompt 1 KiB load, with its top entries.
profile: build $(GHZ)
	$(GO) build -o $(BIN)/floor ./bench/floor
	$(GO) run ./bench/load --promptgate $(BIN)/promptgate --floor $(BIN)/floor --ghz $(GHZ) \
		--only "promptgate CheckPrompt 1KiB" --cpuprofile $(CURDIR)/cpu.prof -n 40000 --rounds 1
	$(GO) tool pprof -top -nodecount=30 $(BIN)/promptgate $(CURDIR)/cpu.prof

clean:
	rm -rf $(BIN)
