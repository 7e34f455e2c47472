package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	authv3 "github.com/envoyproxy/go-control-plane/envoy/service/auth/v3"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

// TestServe_EnvoyFlags checks that the Envoy flags reach the ext_authz
// service: the tenant comes from the header named by --envoy-tenant-header.
func TestServe_EnvoyFlags(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data.json")
	if err := os.WriteFile(data, []byte(`{"promptgate":{"tenants":{"team-a":{"requests_per_minute":1}}}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	addr, done := serveInProcess(t, ctx, "--data", data, "--envoy-tenant-header", "x-team", "--envoy-key-salt", "s3cret")
	defer func() {
		cancel()
		<-done
	}()
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	client := authv3.NewAuthorizationClient(conn)
	check := func() int32 {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		resp, err := client.Check(ctx, &authv3.CheckRequest{Attributes: &authv3.AttributeContext{
			Request: &authv3.AttributeContext_Request{Http: &authv3.AttributeContext_HttpRequest{
				Method:  "POST",
				Path:    "/v1/messages",
				Headers: map[string]string{"x-team": "team-a", "content-type": "application/json"},
				Body:    `{"model":"claude-haiku-4-5","max_tokens":100,"messages":[{"role":"user","content":"hello"}]}`,
			}},
		}})
		if err != nil {
			t.Fatal(err)
		}
		if denied := resp.GetDeniedResponse(); denied != nil {
			return int32(denied.GetStatus().GetCode())
		}
		return 200
	}
	if got := check(); got != 200 {
		t.Fatalf("first call: HTTP %d, want 200", got)
	}
	if got := check(); got != int32(429) {
		t.Fatalf("second call for team-a (1 a minute): HTTP %d, want 429", got)
	}
}
