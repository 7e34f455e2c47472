package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"runtime/debug"
	"sync/atomic"
	"time"

	authv3 "github.com/envoyproxy/go-control-plane/envoy/service/auth/v3"
	extprocv3 "github.com/envoyproxy/go-control-plane/envoy/service/ext_proc/v3"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sync/errgroup"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"
	"google.golang.org/grpc/status"

	"github.com/promptgate/promptgate/policies"
	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
)

// Config configures a Server.
type Config struct {
	// Guard is the configuration of the GuardService.
	Guard GuardConfig
	// ShutdownGrace is how long in-flight calls may run after shutdown
	// begins before they are cut off; zero is 10 seconds.
	ShutdownGrace time.Duration
	// WatchPolicies reloads the policies when their files change.
	WatchPolicies bool
	// Envoy configures the Envoy ext_authz and ext_proc services.
	Envoy EnvoyConfig
	// Pprof serves Go's profiles under /debug/pprof/ on the HTTP port.
	Pprof bool
}

// degradable is a store that can say its shared counters are away.
type degradable interface{ Degraded() bool }

// streamWorkers is the number of goroutines kept to run calls.
const streamWorkers = 64

// Server serves the GuardService, health and reflection over gRPC, and
// /healthz, /readyz and /metrics over HTTP.
type Server struct {
	grpc   *grpc.Server
	http   *http.Server
	health *health.Server
	guard  *Guard
	grace  time.Duration
	ready  atomic.Bool
	watch  bool
}

// New returns a Server; Serve runs it.
func New(cfg Config) (*Server, error) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if cfg.Guard.Metrics == nil {
		cfg.Guard.Metrics = NewMetrics(reg)
	}
	if d, ok := cfg.Guard.Store.(degradable); ok {
		reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "promptgate_store_degraded", Help: "1 while the shared counters are unavailable and the fail mode answers.",
		}, func() float64 {
			if d.Degraded() {
				return 1
			}
			return 0
		}))
	}
	guard, err := NewGuard(cfg.Guard)
	if err != nil {
		return nil, err
	}
	s := &Server{
		health: health.NewServer(),
		guard:  guard,
		grace:  cfg.ShutdownGrace,
		watch:  cfg.WatchPolicies,
	}
	if s.grace <= 0 {
		s.grace = 10 * time.Second
	}
	s.grpc = grpc.NewServer(
		// A little above the request limit, so that validation, not the
		// transport, answers a request just over it.
		grpc.MaxRecvMsgSize(guard.limits.MaxRequestBytes+64<<10),
		// Policy evaluation recurses deeply; a fresh goroutine per call
		// would grow its stack from scratch every time. Long-lived workers
		// keep their grown stacks (calls beyond them get a goroutine).
		grpc.NumStreamWorkers(streamWorkers),
		grpc.ChainUnaryInterceptor(s.recoverUnary),
		grpc.ChainStreamInterceptor(s.recoverStream),
	)
	pb.RegisterGuardServiceServer(s.grpc, guard)
	envoy := newEnvoy(guard, cfg.Envoy)
	authv3.RegisterAuthorizationServer(s.grpc, &envoyAuthz{envoy: envoy})
	extprocv3.RegisterExternalProcessorServer(s.grpc, &envoyProc{envoy: envoy})
	healthpb.RegisterHealthServer(s.grpc, s.health)
	reflection.Register(s.grpc)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	if cfg.Pprof {
		mux.HandleFunc("GET /debug/pprof/", pprof.Index)
		mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
		mux.HandleFunc("GET /debug/pprof/symbol", pprof.Symbol)
	}
	s.http = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	return s, nil
}

// Guard returns the server's GuardService, for in-process callers.
func (s *Server) Guard() *Guard { return s.guard }

// Serve serves gRPC on grpcLis and HTTP on httpLis until ctx is done, then
// shuts down gracefully: health turns NOT_SERVING, new calls are refused,
// in-flight calls finish, and after the grace period whatever still runs is
// cut off. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, grpcLis, httpLis net.Listener) error {
	g, gctx := errgroup.WithContext(ctx)
	s.health.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	s.health.SetServingStatus(pb.GuardService_ServiceDesc.ServiceName, healthpb.HealthCheckResponse_SERVING)
	s.ready.Store(true)
	s.guard.log.Info("serving", slog.String("grpc_addr", grpcLis.Addr().String()), slog.String("http_addr", httpLis.Addr().String()),
		slog.String("policy_revision", s.guard.engine.Revision()))

	g.Go(func() error {
		if err := s.grpc.Serve(grpcLis); err != nil {
			return fmt.Errorf("serve grpc: %w", err)
		}
		return nil
	})
	g.Go(func() error {
		if err := s.http.Serve(httpLis); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve http: %w", err)
		}
		return nil
	})
	if s.watch && len(s.guard.engine.Watched()) > 0 {
		g.Go(func() error {
			if err := policies.Watch(gctx, s.guard.engine, s.guard.log, s.guard.metrics.reload); err != nil {
				return fmt.Errorf("watch policies: %w", err)
			}
			return nil
		})
	}
	g.Go(func() error {
		<-gctx.Done()
		s.guard.log.Info("shutting down", slog.Duration("grace", s.grace))
		s.ready.Store(false)
		s.health.Shutdown()
		stopped := make(chan struct{})
		go func() {
			s.grpc.GracefulStop()
			close(stopped)
		}()
		timer := time.NewTimer(s.grace)
		defer timer.Stop()
		select {
		case <-stopped:
		case <-timer.C:
			s.guard.log.Warn("grace period over, cutting off in-flight calls")
			s.grpc.Stop()
			<-stopped
		}
		hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		if err := s.http.Shutdown(hctx); err != nil {
			s.http.Close()
		}
		return nil
	})
	return g.Wait()
}

// ReloadPolicies reloads the policies now, as on SIGHUP. A policy set that
// fails to load is rejected and the running one stays.
func (s *Server) ReloadPolicies(ctx context.Context) {
	policies.ReloadAndReport(ctx, s.guard.engine, s.guard.log, s.guard.metrics.reload)
}

// readyz answers 200 while the server takes calls. Details show the policy
// revision and, after a rejected reload, why it was rejected: the server
// stays ready on its last good policy.
func (s *Server) readyz(w http.ResponseWriter, _ *http.Request) {
	body := map[string]any{
		"ready":           s.ready.Load(),
		"policy_revision": s.guard.engine.Revision(),
		"policy":          s.guard.engine.Status(),
	}
	// A Redis outage is reported, not made unready: every replica would
	// turn unready at once, and the fail mode already answers calls.
	if d, ok := s.guard.store.(degradable); ok {
		body["counters_degraded"] = d.Degraded()
	}
	code := http.StatusOK
	if !s.ready.Load() {
		code = http.StatusServiceUnavailable
	}
	writeJSON(w, code, body)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// recoverUnary turns a panic in a handler into INTERNAL and a metric, so
// that one bad call never takes the server down.
func (s *Server) recoverUnary(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (resp any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = s.panicked(info.FullMethod, r)
		}
	}()
	return handler(ctx, req)
}

func (s *Server) recoverStream(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = s.panicked(info.FullMethod, r)
		}
	}()
	return handler(srv, ss)
}

func (s *Server) panicked(method string, r any) error {
	s.guard.metrics.panics.Inc()
	// The panic value and stack may hold request text; log the method and
	// the stack's frames only, which carry code locations, not data.
	s.guard.log.Error("panic in handler", slog.String("method", method), slog.String("stack", string(debug.Stack())))
	_ = r
	return status.Error(codes.Internal, "internal error")
}
