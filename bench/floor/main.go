// Command floor is the load benchmark's floor: a gRPC server that answers
// GuardService, Envoy ext_authz Check and health at once, with a response
// of the same shape promptgate sends, and does nothing else. promptgate's
// throughput is reported as a ratio to it, measured in the same run on the
// same machine, which cancels out how fast or busy the machine is.
package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"

	authv3 "github.com/envoyproxy/go-control-plane/envoy/service/auth/v3"
	"google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"

	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
)

type guard struct {
	pb.UnimplementedGuardServiceServer
}

func (guard) CheckPrompt(_ context.Context, req *pb.CheckPromptRequest) (*pb.CheckPromptResponse, error) {
	return &pb.CheckPromptResponse{
		Decision: &pb.Decision{
			Action:         pb.Action_ACTION_ALLOW,
			DecisionId:     "00000000000000000000000000000000",
			PolicyRevision: "0000000000000000",
			RateLimit:      &pb.RateLimitStatus{Name: "requests_per_minute", Limit: 600, Remaining: 599},
		},
		Messages:  req.GetMessages(),
		System:    req.GetSystem(),
		MaxTokens: 4096,
		RequestId: "00000000000000000000000000000000",
	}, nil
}

func (guard) CheckResponse(_ context.Context, req *pb.CheckResponseRequest) (*pb.CheckResponseResponse, error) {
	return &pb.CheckResponseResponse{
		Decision: &pb.Decision{Action: pb.Action_ACTION_ALLOW, DecisionId: "00000000000000000000000000000000", PolicyRevision: "0000000000000000"},
		Content:  req.GetContent(),
	}, nil
}

type authz struct {
	authv3.UnimplementedAuthorizationServer
}

func (authz) Check(context.Context, *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	return &authv3.CheckResponse{
		Status:       &status.Status{Code: int32(codes.OK)},
		HttpResponse: &authv3.CheckResponse_OkResponse{OkResponse: &authv3.OkHttpResponse{}},
	}, nil
}

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "listen address; the bound address is printed on stdout")
	flag.Parse()
	lis, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	s := grpc.NewServer(grpc.MaxRecvMsgSize(16 << 20))
	pb.RegisterGuardServiceServer(s, guard{})
	authv3.RegisterAuthorizationServer(s, authz{})
	h := health.NewServer()
	healthpb.RegisterHealthServer(s, h)
	reflection.Register(s)
	fmt.Println(lis.Addr().String())
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	go func() {
		<-ctx.Done()
		s.Stop()
	}()
	if err := s.Serve(lis); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}
