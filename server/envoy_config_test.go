package server_test

import (
	"os"
	"testing"

	bootstrapv3 "github.com/envoyproxy/go-control-plane/envoy/config/bootstrap/v3"
	extauthzv3 "github.com/envoyproxy/go-control-plane/envoy/extensions/filters/http/ext_authz/v3"
	extprocfilterv3 "github.com/envoyproxy/go-control-plane/envoy/extensions/filters/http/ext_proc/v3"
	_ "github.com/envoyproxy/go-control-plane/envoy/extensions/filters/http/router/v3"
	hcmv3 "github.com/envoyproxy/go-control-plane/envoy/extensions/filters/network/http_connection_manager/v3"
	_ "github.com/envoyproxy/go-control-plane/envoy/extensions/transport_sockets/tls/v3"
	_ "github.com/envoyproxy/go-control-plane/envoy/extensions/upstreams/http/v3"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/known/anypb"
	"sigs.k8s.io/yaml"
)

// TestEnvoyExampleConfig reads deploy/envoy/envoy.yaml as Envoy would: into
// its bootstrap proto, every field known, every typed_config resolved, and
// every message passing Envoy's own validation rules. There is no Envoy
// binary here; its API schema is the next best thing.
func TestEnvoyExampleConfig(t *testing.T) {
	b := loadBootstrap(t, "envoy.yaml")

	// The filters are the ones promptgate expects, in order, pointing at
	// promptgate's cluster.
	listeners := b.GetStaticResources().GetListeners()
	if len(listeners) != 1 {
		t.Fatalf("%d listeners, want 1", len(listeners))
	}
	var hcm hcmv3.HttpConnectionManager
	if err := listeners[0].GetFilterChains()[0].GetFilters()[0].GetTypedConfig().UnmarshalTo(&hcm); err != nil {
		t.Fatal(err)
	}
	filters := hcm.GetHttpFilters()
	if len(filters) != 3 || filters[0].GetName() != "envoy.filters.http.ext_authz" || filters[1].GetName() != "envoy.filters.http.ext_proc" {
		t.Fatalf("http filters %v, want ext_authz, ext_proc, router", filters)
	}
	var authz extauthzv3.ExtAuthz
	if err := filters[0].GetTypedConfig().UnmarshalTo(&authz); err != nil {
		t.Fatal(err)
	}
	if authz.GetGrpcService().GetEnvoyGrpc().GetClusterName() != "promptgate" || authz.GetFailureModeAllow() ||
		!authz.GetWithRequestBody().GetPackAsBytes() || !authz.GetWithRequestBody().GetAllowPartialMessage() {
		t.Errorf("ext_authz = %v, want promptgate's cluster, failing closed, the body as bytes, partial bodies marked", &authz)
	}
	var proc extprocfilterv3.ExternalProcessor
	if err := filters[1].GetTypedConfig().UnmarshalTo(&proc); err != nil {
		t.Fatal(err)
	}
	pm := proc.GetProcessingMode()
	if proc.GetGrpcService().GetEnvoyGrpc().GetClusterName() != "promptgate" || proc.GetFailureModeAllow() ||
		pm.GetRequestBodyMode() != extprocfilterv3.ProcessingMode_BUFFERED || pm.GetResponseBodyMode() != extprocfilterv3.ProcessingMode_STREAMED {
		t.Errorf("ext_proc = %v, want promptgate's cluster, failing closed, request BUFFERED, response STREAMED", &proc)
	}
	if ns := proc.GetMetadataOptions().GetForwardingNamespaces().GetUntyped(); len(ns) != 1 || ns[0] != "envoy.filters.http.ext_authz" {
		t.Errorf("ext_proc forwards metadata %v, want ext_authz's", ns)
	}
}

// TestEnvoyExampleConfig_ExtAuthzOnly reads the ext_authz-only bootstrap
// the same way: valid, and ext_authz then the router.
func TestEnvoyExampleConfig_ExtAuthzOnly(t *testing.T) {
	b := loadBootstrap(t, "envoy-ext-authz.yaml")
	var hcm hcmv3.HttpConnectionManager
	if err := b.GetStaticResources().GetListeners()[0].GetFilterChains()[0].GetFilters()[0].GetTypedConfig().UnmarshalTo(&hcm); err != nil {
		t.Fatal(err)
	}
	filters := hcm.GetHttpFilters()
	if len(filters) != 2 || filters[0].GetName() != "envoy.filters.http.ext_authz" || filters[1].GetName() != "envoy.filters.http.router" {
		t.Fatalf("http filters %v, want ext_authz, router", filters)
	}
	var authz extauthzv3.ExtAuthz
	if err := filters[0].GetTypedConfig().UnmarshalTo(&authz); err != nil {
		t.Fatal(err)
	}
	if authz.GetFailureModeAllow() || !authz.GetWithRequestBody().GetAllowPartialMessage() {
		t.Errorf("ext_authz = %v, want failing closed with partial bodies marked", &authz)
	}
}

// loadBootstrap reads a file of deploy/envoy into Envoy's bootstrap proto,
// unknown fields rejected, and runs Envoy's validation rules over it.
func loadBootstrap(t *testing.T, name string) *bootstrapv3.Bootstrap {
	t.Helper()
	raw, err := os.ReadFile("../deploy/envoy/" + name)
	if err != nil {
		t.Fatal(err)
	}
	js, err := yaml.YAMLToJSON(raw)
	if err != nil {
		t.Fatal(err)
	}
	var b bootstrapv3.Bootstrap
	if err := protojson.Unmarshal(js, &b); err != nil {
		t.Fatalf("%s is not a valid bootstrap: %v", name, err)
	}
	validateTree(t, "bootstrap", &b)
	return &b
}

type validator interface{ ValidateAll() error }

// validateTree runs Envoy's validation rules on m and on every message
// inside it, unpacking Any fields (typed_config) as Envoy does.
func validateTree(t *testing.T, path string, m proto.Message) {
	t.Helper()
	if a, ok := m.(*anypb.Any); ok {
		inner, err := a.UnmarshalNew()
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return
		}
		m = inner
		path += "(" + a.GetTypeUrl() + ")"
	}
	if v, ok := m.(validator); ok {
		if err := v.ValidateAll(); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
	m.ProtoReflect().Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		p := path + "." + string(fd.Name())
		switch {
		case fd.IsList() && fd.Message() != nil:
			for i := range v.List().Len() {
				validateTree(t, p, v.List().Get(i).Message().Interface())
			}
		case fd.IsMap() && fd.MapValue().Message() != nil:
			v.Map().Range(func(_ protoreflect.MapKey, mv protoreflect.Value) bool {
				validateTree(t, p, mv.Message().Interface())
				return true
			})
		case !fd.IsList() && !fd.IsMap() && fd.Message() != nil:
			validateTree(t, p, v.Message().Interface())
		}
		return true
	})
}
