package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"time"

	"github.com/promptgate/promptgate/detect"
	"github.com/promptgate/promptgate/policies"
	"github.com/promptgate/promptgate/server"
	"github.com/promptgate/promptgate/store"
	"github.com/promptgate/promptgate/store/failover"
	"github.com/promptgate/promptgate/store/memstore"
	"github.com/promptgate/promptgate/store/redisstore"
)

// Config is everything promptgate's commands are configured with.
type Config struct {
	GRPCAddr        string
	HTTPAddr        string
	PoliciesDir     string
	DataFiles       stringList
	MaxMessageBytes int
	// PolicyCacheEntries bounds the policy engine's rule cache; 0 turns
	// it off.
	PolicyCacheEntries int
	MaxRequestBytes    int
	ShutdownGrace      time.Duration
	LogLevel           string
	LogFormat          string
	Watch              bool
	Shadow             bool
	DecisionLog        string
	AllowSample        float64
	LogContent         bool
	Pprof              bool
	GCPercent          int
	SecretRules        string
	PhoneRegions       stringList
	SkipPrivateIPs     bool
	RedactHashKey      string
	Envoy              server.EnvoyConfig
	EnvoyKeyHeaders    stringList
	Redis              string
	RedisFailMode      string
}

// stringList is a repeatable flag; from the environment it is
// comma-separated.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// policyFlags registers the flags that choose policies and limits, shared
// by serve and check.
func (c *Config) policyFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.PoliciesDir, "policies", "", "directory of Rego policies and data that replaces the embedded set")
	fs.Var(&c.DataFiles, "data", "JSON or YAML file deep-merged into data (repeatable)")
	fs.IntVar(&c.PolicyCacheEntries, "policy-cache-entries", policies.DefaultCacheEntries, "rule values the policy engine keeps across calls, each under the input it read (0: off; see docs/policies.md)")
	fs.IntVar(&c.MaxMessageBytes, "max-message-bytes", server.DefaultLimits.MaxMessageBytes, "largest message content accepted, in bytes")
	fs.IntVar(&c.MaxRequestBytes, "max-request-bytes", server.DefaultLimits.MaxRequestBytes, "largest request accepted, in bytes")
	fs.StringVar(&c.SecretRules, "secret-rules", "", "gitleaks TOML rules file whose rules are added to the secret detector's")
	fs.Var(&c.PhoneRegions, "phone-regions", "regions whose national phone formats are recognised without a country code, e.g. US, GB (repeatable; default a broad set)")
	fs.BoolVar(&c.SkipPrivateIPs, "skip-private-ips", false, "leave private, loopback and link-local IP addresses alone")
	fs.StringVar(&c.RedactHashKey, "redact-hash-key", "", "key of the hash redaction operator, shared by replicas so that a value hashes alike everywhere (prefer PROMPTGATE_REDACT_HASH_KEY; empty: random per process)")
}

func (c *Config) serveFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.GRPCAddr, "grpc-addr", "127.0.0.1:9090", "gRPC listen address (GuardService, health, reflection)")
	fs.StringVar(&c.HTTPAddr, "http-addr", "127.0.0.1:9091", "HTTP listen address (/healthz, /readyz, /metrics)")
	fs.DurationVar(&c.ShutdownGrace, "shutdown-grace", 10*time.Second, "how long in-flight calls may finish on shutdown")
	fs.StringVar(&c.LogLevel, "log-level", "info", "log level: debug, info, warn, error")
	fs.StringVar(&c.LogFormat, "log-format", "json", "log format: json or text")
	fs.BoolVar(&c.Shadow, "shadow", false, "shadow mode: log and count every decision, allow every call")
	fs.StringVar(&c.DecisionLog, "decision-log", "stderr", "where decision lines go: stderr (with the other logs), stdout, off, or a file path (appended)")
	fs.Float64Var(&c.AllowSample, "decision-log-allow-sample", 1, "share of ALLOW decisions logged, 0 to 1; DENY, REDACT and shadow decisions are always logged")
	fs.BoolVar(&c.LogContent, "log-content", false, "add the call's text to decision lines, with PII and secrets redacted")
	fs.StringVar(&c.Envoy.TenantHeader, "envoy-tenant-header", "x-promptgate-tenant", "Envoy: request header holding the tenant (set it at the edge, strip the client's)")
	fs.StringVar(&c.Envoy.UserHeader, "envoy-user-header", "x-promptgate-user", "Envoy: request header holding the end user")
	fs.Var(&c.EnvoyKeyHeaders, "envoy-api-key-header", "Envoy: header that may hold the caller's API key, tried in order (repeatable; default x-api-key, authorization)")
	fs.StringVar(&c.Envoy.KeySalt, "envoy-key-salt", "", "Envoy: secret shared by the replicas that keys the hash of API keys into api_key_id (prefer PROMPTGATE_ENVOY_KEY_SALT)")
	fs.StringVar(&c.Envoy.DefaultTenant, "envoy-default-tenant", "default", "Envoy: tenant of a request without the tenant header")
	fs.BoolVar(&c.Envoy.AllowRedactWithHeader, "envoy-allow-redact-with-header", false, "Envoy: ext_authz allows a prompt to be redacted, marked x-promptgate-action: redact, for ext_proc to redact (default: 403 redaction_required)")
	fs.BoolVar(&c.Envoy.KeepAcceptEncoding, "envoy-keep-accept-encoding", false, "Envoy: leave accept-encoding on requests ext_proc handles (compressed replies cannot be read and are refused)")
	fs.IntVar(&c.Envoy.StreamHoldBytes, "envoy-stream-hold-bytes", 256, "Envoy: bytes of a streamed reply held back so that a secret split across chunks is caught")
	fs.BoolVar(&c.Pprof, "pprof", false, "serve Go profiles under /debug/pprof/ on --http-addr")
	fs.IntVar(&c.GCPercent, "gc-percent", DefaultGCPercent, "garbage collector target: the heap may grow to (1 + N/100) times what is live before a collection (Go's GOGC; when GOGC is set it wins; -1: off)")
	fs.BoolVar(&c.Watch, "watch", true, "reload --policies and --data files when they change (SIGHUP also reloads)")
	fs.StringVar(&c.Redis, "redis", "", "Redis URL for counters shared by replicas: redis://host:port, rediss:// for TLS, host,host,... for a Cluster, ?master_name= for Sentinel (empty: in-memory)")
	fs.StringVar(&c.RedisFailMode, "redis-fail-mode", "local", "while Redis is unavailable: local (per-replica counters), closed (deny), open (allow)")
	c.policyFlags(fs)
}

// parse reads flags from args, with PROMPTGATE_<NAME> environment variables
// for flags not given on the command line.
func parse(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%s: %w", fs.Name(), err)
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var errs []error
	fs.VisitAll(func(f *flag.Flag) {
		if given[f.Name] {
			return
		}
		env := "PROMPTGATE_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		v, ok := os.LookupEnv(env)
		if !ok {
			return
		}
		values := []string{v}
		if _, list := f.Value.(*stringList); list {
			values = strings.Split(v, ",")
		}
		for _, v := range values {
			if err := f.Value.Set(strings.TrimSpace(v)); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", env, err))
			}
		}
	})
	return errors.Join(errs...)
}

// Validate reports a configuration that cannot run.
func (c *Config) Validate() error {
	var errs []error
	if c.MaxMessageBytes <= 0 {
		errs = append(errs, fmt.Errorf("--max-message-bytes must be positive"))
	}
	if c.GCPercent < -1 {
		errs = append(errs, fmt.Errorf("--gc-percent must be -1 (off) or more"))
	}
	if c.PolicyCacheEntries < 0 {
		errs = append(errs, fmt.Errorf("--policy-cache-entries must not be negative"))
	}
	if c.MaxRequestBytes < c.MaxMessageBytes {
		errs = append(errs, fmt.Errorf("--max-request-bytes must be at least --max-message-bytes"))
	}
	if c.PoliciesDir != "" {
		if st, err := os.Stat(c.PoliciesDir); err != nil || !st.IsDir() {
			errs = append(errs, fmt.Errorf("--policies %q is not a directory", c.PoliciesDir))
		}
	}
	for _, f := range c.DataFiles {
		if _, err := os.Stat(f); err != nil {
			errs = append(errs, fmt.Errorf("--data %q: %w", f, err))
		}
	}
	for _, a := range []struct{ flag, addr string }{{"--grpc-addr", c.GRPCAddr}, {"--http-addr", c.HTTPAddr}} {
		if a.addr == "" {
			continue
		}
		if _, _, err := net.SplitHostPort(a.addr); err != nil {
			errs = append(errs, fmt.Errorf("%s %q: %w", a.flag, a.addr, err))
		}
	}
	if _, err := store.ParseFailMode(c.RedisFailMode); err != nil {
		errs = append(errs, fmt.Errorf("--redis-fail-mode: %w", err))
	}
	if c.Envoy.StreamHoldBytes < 0 {
		errs = append(errs, fmt.Errorf("--envoy-stream-hold-bytes must not be negative"))
	}
	if c.AllowSample < 0 || c.AllowSample > 1 {
		errs = append(errs, fmt.Errorf("--decision-log-allow-sample %v: want 0 to 1", c.AllowSample))
	}
	switch c.LogLevel {
	case "", "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("--log-level %q: want debug, info, warn or error", c.LogLevel))
	}
	switch c.LogFormat {
	case "", "json", "text":
	default:
		errs = append(errs, fmt.Errorf("--log-format %q: want json or text", c.LogFormat))
	}
	return errors.Join(errs...)
}

func (c *Config) logger(w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(c.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if c.LogFormat == "text" {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

func (c *Config) limits() server.Limits {
	return server.Limits{MaxMessageBytes: c.MaxMessageBytes, MaxRequestBytes: c.MaxRequestBytes}
}

// decisionLog opens the decision log's destination: stderr, where log
// goes, stdout or a file. Lines in JSON are encoded by the decision log
// itself; in the text format, and below --log-level info on stderr, they
// go through log's handler. The returned close function writes what is
// pending and closes a file.
func (c *Config) decisionLog(stdout, stderr io.Writer, log *slog.Logger) (*server.DecisionLog, func() error, error) {
	dl := &server.DecisionLog{AllowSample: c.AllowSample, LogContent: c.LogContent}
	noop := func() error { return nil }
	jsonLines := c.LogFormat != "text"
	switch c.DecisionLog {
	case "", "stderr":
		if jsonLines && log.Enabled(context.Background(), slog.LevelInfo) {
			dl.Writer = stderr
		} else {
			dl.Logger = log
		}
	case "stdout":
		lw := server.NewLineWriter(stdout)
		if jsonLines {
			dl.Writer = lw
		} else {
			dl.Logger = c.logger(lw)
		}
		return dl, lw.Close, nil
	case "off":
	default:
		f, err := os.OpenFile(c.DecisionLog, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		if err != nil {
			return nil, nil, fmt.Errorf("--decision-log: %w", err)
		}
		lw := server.NewLineWriter(f)
		dl.Writer = lw
		return dl, func() error { return errors.Join(lw.Close(), f.Close()) }, nil
	}
	return dl, noop, nil
}

// store opens the counters: in memory, or on Redis behind the fail mode.
// The returned close function closes the Redis connections.
func (c *Config) store(ctx context.Context, log *slog.Logger) (store.Store, func() error, error) {
	if c.Redis == "" {
		return memstore.New(), func() error { return nil }, nil
	}
	rs, err := redisstore.Open(c.Redis)
	if err != nil {
		return nil, nil, fmt.Errorf("--redis: %w", err)
	}
	// Loading the scripts now spares the first calls; a Redis that is not
	// up yet is an outage the fail mode rides out, not a reason to stop.
	loadCtx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := rs.Load(loadCtx); err != nil {
		log.Warn("redis not reachable at start, counting by fail mode until it is",
			slog.String("fail_mode", c.RedisFailMode), slog.String("error", err.Error()))
	}
	fs, err := failover.New(rs, store.FailMode(c.RedisFailMode), failover.WithLogger(log))
	if err != nil {
		rs.Close()
		return nil, nil, fmt.Errorf("--redis-fail-mode: %w", err)
	}
	return fs, rs.Close, nil
}

// envoy returns the Envoy services' configuration, warning when API keys
// would be hashed without a secret.
func (c *Config) envoy(log *slog.Logger) server.EnvoyConfig {
	e := c.Envoy
	e.APIKeyHeaders = c.EnvoyKeyHeaders
	if e.KeySalt == "" {
		log.Warn("no --envoy-key-salt: API key ids from Envoy are hashed without a secret; set one shared by the replicas")
	}
	return e
}

// scanner builds the detectors from the flags; log receives the gitleaks
// rules that could not be used.
func (c *Config) scanner(log *slog.Logger) (*detect.Scanner, error) {
	var piiOpts []detect.PIIOption
	if len(c.PhoneRegions) > 0 {
		piiOpts = append(piiOpts, detect.WithPhoneRegions(c.PhoneRegions...))
	}
	if c.SkipPrivateIPs {
		piiOpts = append(piiOpts, detect.SkipPrivateIPs())
	}
	var secretOpts []detect.SecretOption
	if c.SecretRules != "" {
		f, err := os.Open(c.SecretRules)
		if err != nil {
			return nil, fmt.Errorf("--secret-rules: %w", err)
		}
		defer f.Close()
		rules, err := detect.LoadGitleaksRules(f)
		if err != nil {
			return nil, fmt.Errorf("--secret-rules %s: %w", c.SecretRules, err)
		}
		for _, s := range rules.Skipped {
			log.Warn("secret rule skipped", slog.String("rule", s.ID), slog.String("reason", s.Reason))
		}
		secretOpts = append(secretOpts, detect.WithGitleaksRules(rules))
	}
	return detect.NewScanner(
		detect.NewInjectionDetector(),
		detect.NewPIIDetector(piiOpts...),
		detect.NewSecretDetector(secretOpts...),
	), nil
}

// redactHashKey is the hash operator's key, or nil for a random one.
func (c *Config) redactHashKey() []byte {
	if c.RedactHashKey == "" {
		return nil
	}
	return []byte(c.RedactHashKey)
}
