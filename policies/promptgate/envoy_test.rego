package promptgate.envoy_test

import data.promptgate.envoy

request(api, truncated) := {
	"subject": {"tenant": "acme", "user": "", "api_key_id": ""},
	"method": "POST",
	"api": api,
	"truncated": truncated,
}

test_llm_call_passes if {
	envoy.decision == {"action": "allow", "reasons": []} with input as request("anthropic.messages", false)
}

test_unknown_path_passes_by_default if {
	envoy.decision.action == "allow" with input as request("unknown", false)
}

test_unknown_path_denied_where_the_tenant_says if {
	d := envoy.decision with input as request("unknown", false)
		with data.promptgate.tenants.acme as {"envoy_unknown_paths": "deny"}
	d.action == "deny"
	d.reasons[0].code == "unknown_endpoint"
}

test_truncated_body_denied_by_default if {
	d := envoy.decision with input as request("openai.chat_completions", true)
	d.action == "deny"
	d.reasons[0].code == "body_truncated"
}

test_truncated_body_allowed_where_the_tenant_says if {
	envoy.decision.action == "allow" with input as request("openai.chat_completions", true)
		with data.promptgate.tenants.acme as {"envoy_truncated_bodies": "allow"}
}
