// Package redisstore keeps promptgate's rate and cost counters in Redis, so
// that every replica counts against the same budgets. Each Charge, Reserve,
// Settle or Usage is one EVALSHA of a Lua script that checks and updates
// all the call's counters atomically; the counters of a tenant share a hash
// tag, so the same scripts run on one server, behind Sentinel, or on a
// Cluster.
//
// Time comes from the Redis server (TIME inside the scripts) unless
// WithCallerClock says otherwise: replicas' clocks drift apart, and a bucket
// refilled by one replica's clock and drained by another's, or a day that
// ends at a different instant on each, would count wrong. The clock of the
// node holding a tenant's keys is the one clock all replicas share.
//
// Every call is bounded by a short timeout (50ms by default) and a circuit
// breaker: an unreachable Redis costs callers a fast store.ErrUnavailable,
// which store/failover turns into the configured fail mode. Concurrent
// calls share round trips: their commands travel to Redis together, in one
// pipeline (see batcher), each still one EVALSHA.
package redisstore

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/maintnotifications"

	"github.com/promptgate/promptgate/store"
)

// Store is a store.Store on Redis. It is safe for concurrent use.
type Store struct {
	client      redis.UniversalClient
	owned       bool
	prefix      string
	timeout     time.Duration
	callerClock bool
	breaker     *breaker
	batch       *batcher

	charge, settle, usage script
}

// Option configures a Store.
type Option func(*Store)

// WithTimeout bounds each call to Redis; the default is 50ms.
func WithTimeout(d time.Duration) Option { return func(s *Store) { s.timeout = d } }

// WithPrefix sets the prefix of every key; the default is "promptgate:".
func WithPrefix(p string) Option { return func(s *Store) { s.prefix = p } }

// WithCallerClock counts time by the now each call passes instead of the
// Redis server's clock, for tests that drive time.
func WithCallerClock() Option { return func(s *Store) { s.callerClock = true } }

// WithBreaker opens the circuit breaker after failures calls in a row fail,
// for cooldown before a probe; the default is 3 and 1s.
func WithBreaker(failures int, cooldown time.Duration) Option {
	return func(s *Store) { s.breaker = newBreaker(failures, cooldown) }
}

// DefaultTimeout is the default bound on each call to Redis.
const DefaultTimeout = 50 * time.Millisecond

// New returns a Store on client. Closing the Store does not close client.
func New(client redis.UniversalClient, opts ...Option) *Store {
	s := &Store{
		client:  client,
		prefix:  "promptgate:",
		timeout: DefaultTimeout,
		breaker: newBreaker(3, time.Second),
		charge:  newScript(chargeScript),
		settle:  newScript(settleScript),
		usage:   newScript(usageScript),
	}
	for _, o := range opts {
		o(s)
	}
	s.batch = &batcher{client: client, timeout: s.timeout}
	return s
}

// Open connects to the Redis that rawURL names:
//
//	redis://[user:password@]host[:port][/db]       one server
//	rediss://...                                   the same over TLS
//	redis://host:port,host:port,...                a Cluster, seeded by the listed nodes
//	redis://host:port?cluster=true                 a Cluster seeded by one node
//	redis://[user:password@]host:port,...[/db]?master_name=NAME
//	                                               Sentinel: the hosts are sentinels
//
// Query parameters: master_name, sentinel_username, sentinel_password,
// cluster, pool_size, min_idle_conns, dial_timeout, timeout (as WithTimeout;
// an Option given to Open wins), client_name.
//
// Open does not wait for Redis: a Redis that is down is an outage to ride
// out, not a reason to fail to start (Load or a first call tells). Close
// closes the connections.
func Open(rawURL string, opts ...Option) (*Store, error) {
	o, urlOpts, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	// Options first to learn the timeout the client must honour.
	probe := New(nil, append(urlOpts, opts...)...)
	o.ContextTimeoutEnabled = true
	o.ReadTimeout, o.WriteTimeout, o.PoolTimeout = probe.timeout, probe.timeout, probe.timeout
	if o.DialTimeout == 0 {
		o.DialTimeout = max(probe.timeout, time.Second)
	}
	// A script that reached Redis must not run twice: a retry after a lost
	// reply would charge twice. The caller's fail mode handles the error.
	o.MaxRetries = -1
	o.DisableIdentity = true
	o.MaintNotificationsConfig = &maintnotifications.Config{Mode: maintnotifications.ModeDisabled}
	s := New(redis.NewUniversalClient(o), append(urlOpts, opts...)...)
	s.owned = true
	return s, nil
}

// Close closes the client if Open made it.
func (s *Store) Close() error {
	if !s.owned {
		return nil
	}
	return s.client.Close()
}

// Healthy reports whether Redis answered lately: false while the circuit
// breaker is open after failures.
func (s *Store) Healthy() bool { return s.breaker.closed() }

// Load loads the scripts into every Redis node now, so that the first calls
// do not pay for it; calls load them anyway when Redis has lost them.
func (s *Store) Load(ctx context.Context) error {
	for _, sc := range []script{s.charge, s.settle, s.usage} {
		if err := s.client.ScriptLoad(ctx, sc.src).Err(); err != nil {
			return fmt.Errorf("load scripts: %w", err)
		}
	}
	return nil
}

// Charge implements store.Store.
func (s *Store) Charge(ctx context.Context, now time.Time, limits []store.Limit) (store.Result, error) {
	tenant := store.CallTenant(limits)
	if err := store.ValidateCall(tenant, limits); err != nil {
		return store.Result{}, err
	}
	return s.chargeOrReserve(ctx, now, tenant, "", 0, limits)
}

// Reserve implements store.Store.
func (s *Store) Reserve(ctx context.Context, now time.Time, r store.Reservation) (store.Result, error) {
	if err := r.Validate(); err != nil {
		return store.Result{}, err
	}
	ttl := r.TTL
	if ttl == 0 {
		ttl = store.DefaultReservationTTL
	}
	return s.chargeOrReserve(ctx, now, r.Tenant, r.ID, ttl, r.Limits)
}

func (s *Store) chargeOrReserve(ctx context.Context, now time.Time, tenant, id string, ttl time.Duration, limits []store.Limit) (store.Result, error) {
	if len(limits) == 0 && id == "" {
		return store.Result{Allowed: true, Statuses: []store.Status{}}, nil
	}
	keys := make([]string, 0, len(limits)+1)
	args := make([]any, 0, 3+3*len(limits))
	args = append(args, s.clock(now), id, max(int64(ttl/time.Microsecond), 1))
	for _, l := range limits {
		keys = append(keys, s.counterKey(l))
		args = append(args, windowCode(l.Window), l.Limit, l.Cost)
	}
	if id != "" {
		keys = append(keys, s.reservationKey(tenant, id))
	}
	reply, err := s.run(ctx, s.charge, keys, args)
	if err != nil {
		return store.Result{}, err
	}
	code, statuses, err := parseReply(reply, limits)
	if err != nil {
		return store.Result{}, err
	}
	if code < 0 {
		return store.Result{}, store.ErrReservationExists
	}
	return store.Result{Allowed: code == 1, Statuses: statuses}, nil
}

// Settle implements store.Store.
func (s *Store) Settle(ctx context.Context, now time.Time, st store.Settlement) (store.SettleResult, error) {
	if err := st.Validate(); err != nil {
		return store.SettleResult{}, err
	}
	keys := make([]string, 0, len(st.Limits)+1)
	args := make([]any, 0, 2+3*len(st.Limits))
	keys = append(keys, s.reservationKey(st.Tenant, st.ID))
	args = append(args, s.clock(now), st.ID)
	for _, l := range st.Limits {
		keys = append(keys, s.counterKey(l))
		args = append(args, windowCode(l.Window), l.Limit, l.Cost)
	}
	reply, err := s.run(ctx, s.settle, keys, args)
	if err != nil {
		return store.SettleResult{}, err
	}
	code, statuses, err := parseReply(reply, st.Limits)
	if err != nil {
		return store.SettleResult{}, err
	}
	return store.SettleResult{Found: code == 1, Statuses: statuses}, nil
}

// Usage implements store.Store.
func (s *Store) Usage(ctx context.Context, now time.Time, limits []store.Limit) ([]store.Status, error) {
	if err := store.ValidateCall(store.CallTenant(limits), limits); err != nil {
		return nil, err
	}
	if len(limits) == 0 {
		return []store.Status{}, nil
	}
	keys := make([]string, 0, len(limits))
	args := make([]any, 0, 1+3*len(limits))
	args = append(args, s.clock(now))
	for _, l := range limits {
		keys = append(keys, s.counterKey(l))
		args = append(args, windowCode(l.Window), l.Limit, l.Cost)
	}
	reply, err := s.run(ctx, s.usage, keys, args)
	if err != nil {
		return nil, err
	}
	_, statuses, err := parseReply(reply, limits)
	return statuses, err
}

// clock is the now a script is given: the caller's in µs, or 0 for the
// server's.
func (s *Store) clock(now time.Time) int64 {
	if s.callerClock {
		return now.UnixMicro()
	}
	return 0
}

// tag is the hash tag of a tenant's keys. Braces in a tenant name would end
// or empty the tag and scatter the tenant over slots, so they are replaced;
// two tenants sharing a tag only share a slot, never a key.
func (s *Store) tag(tenant string) string {
	t := strings.NewReplacer("{", "_", "}", "_").Replace(tenant)
	if t == "" {
		t = "_"
	}
	return s.prefix + "{" + t + "}:"
}

func (s *Store) counterKey(l store.Limit) string {
	return s.tag(l.Tenant) + windowCode(l.Window) + ":" + l.Key
}

// reservationKey names a reservation; the tenant's length keeps "a" with
// id "b:c" apart from "a:b" with id "c".
func (s *Store) reservationKey(tenant, id string) string {
	return s.tag(tenant) + "r:" + strconv.Itoa(len(tenant)) + ":" + tenant + ":" + id
}

func windowCode(w store.Window) string {
	switch w {
	case store.Minute:
		return "m"
	case store.Day:
		return "d"
	default:
		return "f"
	}
}

// script is a Lua script run by its SHA-1.
type script struct{ src, sha string }

func newScript(src string) script {
	h := sha1.Sum([]byte(src))
	return script{src: src, sha: hex.EncodeToString(h[:])}
}

// evalCmd is EVALSHA that go-redis must not retry: once it reached Redis it
// may have charged, and a second run would charge again. Redirects (MOVED,
// ASK), which mean it did not run, are still followed.
type evalCmd struct{ *redis.Cmd }

// NoRetry implements redis.Cmder.
func (evalCmd) NoRetry() bool { return true }

// run evaluates sc in one round trip, loading it first if Redis lost it,
// under the timeout and the breaker.
func (s *Store) run(ctx context.Context, sc script, keys []string, args []any) ([]any, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !s.breaker.allow(time.Now()) {
		return nil, fmt.Errorf("%w: redis failed repeatedly, retrying later", store.ErrUnavailable)
	}
	opCtx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	reply, err := s.evalsha(opCtx, sc, keys, args)
	if err != nil && redis.HasErrorPrefix(err, "NOSCRIPT") {
		// Redis restarted, failed over or flushed its scripts: nothing ran.
		if err = s.client.ScriptLoad(opCtx, sc.src).Err(); err == nil {
			reply, err = s.evalsha(opCtx, sc, keys, args)
		}
	}
	switch {
	case err == nil:
		s.breaker.done(time.Now(), succeeded)
		return reply, nil
	case ctx.Err() != nil:
		// The caller gave up, which says nothing about Redis.
		s.breaker.done(time.Now(), neither)
		return nil, fmt.Errorf("redis: %w", ctx.Err())
	case isBug(err):
		s.breaker.done(time.Now(), neither)
		return nil, fmt.Errorf("redis script: %w", err)
	}
	s.breaker.done(time.Now(), failed)
	return nil, fmt.Errorf("%w: %w", store.ErrUnavailable, err)
}

func (s *Store) evalsha(ctx context.Context, sc script, keys []string, args []any) ([]any, error) {
	cmdArgs := make([]any, 0, 3+len(keys)+len(args))
	cmdArgs = append(cmdArgs, "evalsha", sc.sha, len(keys))
	for _, k := range keys {
		cmdArgs = append(cmdArgs, k)
	}
	cmdArgs = append(cmdArgs, args...)
	cmd := evalCmd{redis.NewCmd(ctx, cmdArgs...)}
	s.batch.do(cmd)
	return cmd.Slice()
}

// isBug reports an error reply that no retry or fail mode can help: a
// script error or a key of the wrong type means the code or the keyspace is
// wrong, not that Redis is away.
func isBug(err error) bool {
	var rerr redis.Error
	if !errors.As(err, &rerr) {
		return false
	}
	for _, p := range []string{"ERR", "WRONGTYPE", "CROSSSLOT"} {
		if redis.HasErrorPrefix(err, p) {
			return true
		}
	}
	return false
}

// parseReply reads a script's reply: a code, the now it counted at (for
// debugging), and four integers per limit.
func parseReply(reply []any, limits []store.Limit) (int64, []store.Status, error) {
	ints := make([]int64, len(reply))
	for i, v := range reply {
		n, ok := v.(int64)
		if !ok {
			return 0, nil, fmt.Errorf("redis script: reply item %d is %T, want an integer", i, v)
		}
		ints[i] = n
	}
	if len(ints) < 2 {
		return 0, nil, fmt.Errorf("redis script: reply of %d items, want at least 2", len(ints))
	}
	code := ints[0]
	if code < 0 {
		return code, nil, nil
	}
	if len(ints) != 2+4*len(limits) {
		return 0, nil, fmt.Errorf("redis script: reply of %d items for %d limits", len(ints), len(limits))
	}
	statuses := make([]store.Status, len(limits))
	for i, l := range limits {
		v := ints[2+4*i:]
		statuses[i] = store.Status{
			Limit:      l,
			OK:         v[0] == 1,
			Remaining:  v[1],
			ResetAt:    time.UnixMicro(v[2]).UTC(),
			RetryAfter: time.Duration(v[3]) * time.Microsecond,
		}
	}
	return code, statuses, nil
}
