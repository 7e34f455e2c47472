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

.PHONY: all build run test test-go check-generated generate lint-proto deps-test eval clean

all: build

build:
	$(GO) build -o $(BIN)/promptgate ./cmd/promptgate

## run: start promptgate with the embedded policies and in-memory counters.
run: build
	$(BIN)/promptgate serve

## test: install what the tests need, check the generated code, run every test.
test: deps-test check-generated test-go

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

clean:
	rm -rf $(BIN)
