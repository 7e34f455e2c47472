package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"

	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
	"github.com/promptgate/promptgate/server"
	"github.com/promptgate/promptgate/store/memstore"
)

// Exit codes of check, one per action.
const (
	exitDeny   = 2
	exitRedact = 3
)

func check(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var cfg Config
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	cfg.policyFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("check: want at most one FILE, got %d", fs.NArg())
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	in := stdin
	if name := fs.Arg(0); name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("check: %w", err)
		}
		defer f.Close()
		in = f
	}
	raw, err := io.ReadAll(io.LimitReader(in, int64(cfg.MaxRequestBytes)+1))
	if err != nil {
		return fmt.Errorf("check: read request: %w", err)
	}
	if len(raw) > cfg.MaxRequestBytes {
		return fmt.Errorf("check: request: over the limit of %d bytes", cfg.MaxRequestBytes)
	}
	var req pb.CheckPromptRequest
	// protojson refuses invalid UTF-8 in strings and names the field.
	if err := protojson.Unmarshal(raw, &req); err != nil {
		return fmt.Errorf("check: parse CheckPromptRequest: %w", err)
	}
	scanner, engine, err := cfg.detectorsAndPolicies(ctx, slog.New(slog.NewTextHandler(stderr, nil)))
	if err != nil {
		return err
	}
	guard, err := server.NewGuard(server.GuardConfig{
		Engine: engine, Store: memstore.New(), Limits: cfg.limits(),
		Scanner: scanner, RedactHashKey: cfg.redactHashKey(),
	})
	if err != nil {
		return err
	}
	resp, err := guard.CheckPrompt(ctx, &req)
	if err != nil {
		if st, ok := status.FromError(err); ok {
			return fmt.Errorf("check: %s: %s", st.Code(), st.Message())
		}
		return fmt.Errorf("check: %w", err)
	}
	out, err := protojson.MarshalOptions{Multiline: true}.Marshal(resp)
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	fmt.Fprintln(stdout, string(out))
	switch resp.GetDecision().GetAction() {
	case pb.Action_ACTION_ALLOW:
		return nil
	case pb.Action_ACTION_DENY:
		return exitError{exitDeny}
	case pb.Action_ACTION_REDACT:
		return exitError{exitRedact}
	}
	return fmt.Errorf("check: decision has no action")
}
