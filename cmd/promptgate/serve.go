package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/promptgate/promptgate/detect"
	"github.com/promptgate/promptgate/policies"
	"github.com/promptgate/promptgate/server"
)

func serve(ctx context.Context, args []string, stderr io.Writer) error {
	var cfg Config
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfg.serveFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("serve: unexpected arguments %q", fs.Args())
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	log := cfg.logger(stderr)
	scanner, engine, err := cfg.detectorsAndPolicies(ctx, log)
	if err != nil {
		return err
	}
	decisions, closeLog, err := cfg.decisionLog(os.Stdout, stderr, log)
	if err != nil {
		return err
	}
	defer closeLog()
	counters, closeStore, err := cfg.store(ctx, log)
	if err != nil {
		return err
	}
	defer closeStore()
	srv, err := server.New(server.Config{
		Guard: server.GuardConfig{
			Engine:        engine,
			Store:         counters,
			Limits:        cfg.limits(),
			Logger:        log,
			DecisionLog:   decisions,
			Shadow:        cfg.Shadow,
			Scanner:       scanner,
			RedactHashKey: cfg.redactHashKey(),
		},
		ShutdownGrace: cfg.ShutdownGrace,
		WatchPolicies: cfg.Watch,
		Pprof:         cfg.Pprof,
		Envoy:         cfg.envoy(log),
	})
	if err != nil {
		return err
	}
	var lc net.ListenConfig
	grpcLis, err := lc.Listen(ctx, "tcp", cfg.GRPCAddr)
	if err != nil {
		return fmt.Errorf("listen --grpc-addr: %w", err)
	}
	httpLis, err := lc.Listen(ctx, "tcp", cfg.HTTPAddr)
	if err != nil {
		grpcLis.Close()
		return fmt.Errorf("listen --http-addr: %w", err)
	}
	// SIGHUP forces a reload, for when file events are not delivered
	// (some network file systems) or a reload is wanted now.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				srv.ReloadPolicies(ctx)
			}
		}
	}()
	return srv.Serve(ctx, grpcLis, httpLis)
}

// detectorsAndPolicies builds the detectors from the flags and loads the
// policies, whose promptgate.scan builtin runs the same detectors; log
// receives what could not be used (skipped gitleaks rules).
func (c *Config) detectorsAndPolicies(ctx context.Context, log *slog.Logger) (*detect.Scanner, *policies.Engine, error) {
	scanner, err := c.scanner(log)
	if err != nil {
		return nil, nil, err
	}
	opts := []policies.Option{policies.WithScanner(scanner), policies.WithCacheEntries(c.PolicyCacheEntries)}
	if c.PoliciesDir != "" {
		opts = append(opts, policies.WithDir(c.PoliciesDir))
	}
	opts = append(opts, policies.WithDataFiles(c.DataFiles...))
	engine, err := policies.New(ctx, opts...)
	if err != nil {
		return nil, nil, err
	}
	return scanner, engine, nil
}
