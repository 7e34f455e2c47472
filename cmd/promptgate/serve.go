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
	"runtime/debug"
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
	// Logs, decision lines among them by default, are written by a
	// goroutine of their own, so that calls do not wait on the write.
	logOut := server.NewLineWriter(stderr)
	defer logOut.Close()
	log := cfg.logger(logOut)
	cfg.setGCPercent(log)
	scanner, engine, err := cfg.detectorsAndPolicies(ctx, log)
	if err != nil {
		return err
	}
	decisions, closeLog, err := cfg.decisionLog(os.Stdout, logOut, log)
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

// DefaultGCPercent is promptgate's garbage collector target. A call
// allocates some 15 KB that die with it, against a live heap of a few tens
// of megabytes (policies, the rule cache, detector tables). At Go's
// default of 100 the collector runs every few thousand calls and takes
// about a sixth of the CPU of a busy server; at 400 it runs a quarter as
// often, for a heap that peaks at five times its live size instead of
// twice. GOMEMLIMIT still caps the heap where memory is tight.
const DefaultGCPercent = 400

// setGCPercent applies --gc-percent unless GOGC is set in the environment,
// which the Go runtime has already applied and which wins.
func (c *Config) setGCPercent(log *slog.Logger) {
	if _, ok := os.LookupEnv("GOGC"); ok {
		log.Info("GOGC is set; --gc-percent ignored")
		return
	}
	debug.SetGCPercent(c.GCPercent)
}
