package server

import (
	"fmt"
	"unicode/utf8"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
)

// Limits bounds what one call may carry.
type Limits struct {
	// MaxMessageBytes bounds one message's content (and the system prompt,
	// and a response's content).
	MaxMessageBytes int
	// MaxRequestBytes bounds a whole request. The gRPC receive limit is set
	// a little above it, so that a request just over it is answered with
	// INVALID_ARGUMENT naming the limit rather than cut off by the
	// transport.
	MaxRequestBytes int
}

// DefaultLimits are the limits of a server started without flags.
var DefaultLimits = Limits{MaxMessageBytes: 1 << 20, MaxRequestBytes: 8 << 20}

// maxIDBytes bounds identifiers: tenant, user, key id, request id, model,
// label keys and values.
const maxIDBytes = 256

var roles = map[string]bool{"user": true, "assistant": true, "system": true, "developer": true, "tool": true}

// invalid returns an INVALID_ARGUMENT status whose message starts with the
// field at fault.
func invalid(field, format string, args ...any) error {
	return status.Errorf(codes.InvalidArgument, "%s: %s", field, fmt.Sprintf(format, args...))
}

// validateCall checks what every call carries: its size, subject, model
// and request id.
func (l Limits) validateCall(req proto.Message, s *pb.Subject, model, requestID string) error {
	if n := proto.Size(req); n > l.MaxRequestBytes {
		return invalid("request", "%d bytes, over the limit of %d", n, l.MaxRequestBytes)
	}
	if err := validateSubject(s); err != nil {
		return err
	}
	if err := validateID("model", model); err != nil {
		return err
	}
	return validateID("request_id", requestID)
}

func (l Limits) validatePrompt(req *pb.CheckPromptRequest) error {
	if err := l.validateCall(req, req.GetSubject(), req.GetModel(), req.GetRequestId()); err != nil {
		return err
	}
	if len(req.GetSystem()) > l.MaxMessageBytes {
		return invalid("system", "%d bytes, over the limit of %d", len(req.GetSystem()), l.MaxMessageBytes)
	}
	if len(req.GetMessages()) == 0 {
		return invalid("messages", "at least one message is required")
	}
	for i, m := range req.GetMessages() {
		if !roles[m.GetRole()] {
			return invalid(fmt.Sprintf("messages[%d].role", i), "unknown role %q, want user, assistant, system, developer or tool", truncate(m.GetRole()))
		}
		if len(m.GetContent()) > l.MaxMessageBytes {
			return invalid(fmt.Sprintf("messages[%d].content", i), "%d bytes, over the limit of %d", len(m.GetContent()), l.MaxMessageBytes)
		}
	}
	if req.GetMaxTokens() < 0 {
		return invalid("max_tokens", "must not be negative, got %d", req.GetMaxTokens())
	}
	for k, v := range req.GetLabels() {
		if k == "" || len(k) > maxIDBytes {
			return invalid("labels", "keys must be 1 to %d bytes", maxIDBytes)
		}
		if len(v) > maxIDBytes {
			return invalid(fmt.Sprintf("labels[%q]", truncate(k)), "value over %d bytes", maxIDBytes)
		}
	}
	return nil
}

func (l Limits) validateResponse(req *pb.CheckResponseRequest) error {
	if err := l.validateCall(req, req.GetSubject(), req.GetModel(), req.GetRequestId()); err != nil {
		return err
	}
	if len(req.GetContent()) > l.MaxMessageBytes {
		return invalid("content", "%d bytes, over the limit of %d", len(req.GetContent()), l.MaxMessageBytes)
	}
	if len(req.GetSystem()) > l.MaxMessageBytes {
		return invalid("system", "%d bytes, over the limit of %d", len(req.GetSystem()), l.MaxMessageBytes)
	}
	for i, c := range req.GetToolCalls() {
		if c.GetName() == "" || len(c.GetName()) > maxIDBytes {
			return invalid(fmt.Sprintf("tool_calls[%d].name", i), "must be 1 to %d bytes", maxIDBytes)
		}
		if len(c.GetArguments()) > l.MaxMessageBytes {
			return invalid(fmt.Sprintf("tool_calls[%d].arguments", i), "%d bytes, over the limit of %d", len(c.GetArguments()), l.MaxMessageBytes)
		}
	}
	u := req.GetUsage()
	for _, f := range []struct {
		name string
		v    int64
	}{
		{"usage.input_tokens", u.GetInputTokens()},
		{"usage.output_tokens", u.GetOutputTokens()},
		{"usage.cache_read_input_tokens", u.GetCacheReadInputTokens()},
		{"usage.cache_creation_input_tokens", u.GetCacheCreationInputTokens()},
	} {
		if f.v < 0 {
			return invalid(f.name, "must not be negative, got %d", f.v)
		}
	}
	return nil
}

func validateSubject(s *pb.Subject) error {
	if s.GetTenant() == "" {
		return invalid("subject.tenant", "required")
	}
	if err := validateID("subject.tenant", s.GetTenant()); err != nil {
		return err
	}
	if err := validateID("subject.user", s.GetUser()); err != nil {
		return err
	}
	return validateID("subject.api_key_id", s.GetApiKeyId())
}

func validateID(field, v string) error {
	if len(v) > maxIDBytes {
		return invalid(field, "%d bytes, over the limit of %d", len(v), maxIDBytes)
	}
	return nil
}

// truncate shortens a caller's value quoted back in an error, so that an
// error never echoes a large payload.
func truncate(s string) string {
	const n = 32
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
