package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/promptgate/promptgate/internal/redistest"
	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
)

func TestServe_RedisBadConfig(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--redis-fail-mode", "sideways"}, "--redis-fail-mode"},
		{[]string{"serve", "--redis", "ftp://cache:6379", "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0"}, "--redis"},
	} {
		var stdout, stderr bytes.Buffer
		code := exitCode(run(context.Background(), tt.args, nil, &stdout, &stderr), &stderr)
		if code != 1 || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("promptgate %v: exit %d, stderr %q; want 1 naming %s", tt.args, code, stderr.String(), tt.want)
		}
	}
}

// TestServe_SharedRedis runs two servers on one Redis, standing for two
// replicas: a tenant allowed one request a minute gets it from one replica
// and is refused by the other.
func TestServe_SharedRedis(t *testing.T) {
	redis := redistest.Start(t)
	data := filepath.Join(t.TempDir(), "data.json")
	if err := os.WriteFile(data, []byte(`{"promptgate":{"tenants":{"acme":{"requests_per_minute":1}}}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var clients []pb.GuardServiceClient
	for range 2 {
		addr, done := serveInProcess(t, ctx, "--redis", redis.URL(), "--data", data)
		defer func() { <-done }()
		conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		clients = append(clients, pb.NewGuardServiceClient(conn))
	}
	defer cancel()

	callCtx, callCancel := context.WithTimeout(ctx, 10*time.Second)
	defer callCancel()
	req := &pb.CheckPromptRequest{Subject: &pb.Subject{Tenant: "acme"}, Messages: []*pb.Message{{Role: "user", Content: "hi"}}}
	for i, want := range []pb.Action{pb.Action_ACTION_ALLOW, pb.Action_ACTION_DENY} {
		resp, err := clients[i].CheckPrompt(callCtx, req)
		if err != nil {
			t.Fatal(err)
		}
		if got := resp.GetDecision().GetAction(); got != want {
			t.Errorf("replica %d: action = %v, want %v (one request a minute, counted in Redis)", i+1, got, want)
		}
	}
}

// serveInProcess runs promptgate serve with args on free ports until ctx
// ends, and returns its gRPC address and a channel closed when it has
// returned.
func serveInProcess(t *testing.T, ctx context.Context, args ...string) (string, chan struct{}) {
	t.Helper()
	r, w := io.Pipe()
	done := make(chan struct{})
	go func() {
		defer close(done)
		args := append([]string{"serve", "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0", "--watch=false", "--decision-log", "off"}, args...)
		err := run(ctx, args, nil, io.Discard, w)
		w.CloseWithError(err)
	}()
	addrs := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) == nil && m["msg"] == "serving" {
				a, _ := m["grpc_addr"].(string)
				addrs <- a
			}
		}
		close(addrs)
	}()
	select {
	case a, ok := <-addrs:
		if !ok || a == "" {
			t.Fatal("promptgate serve ended before serving")
		}
		go func() {
			for range addrs {
			}
		}()
		return a, done
	case <-time.After(30 * time.Second):
		t.Fatal("promptgate serve did not log its address within 30s")
	}
	return "", nil
}
