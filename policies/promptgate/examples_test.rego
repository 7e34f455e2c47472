package promptgate.examples_test

# The worked examples of docs/policies.md, each as data a security team
# would ship and a test that it does what the guide says.

import data.promptgate.prompt
import data.promptgate.response

prompt_input(tenant, model, fs) := {
	"subject": {"tenant": tenant, "user": "", "api_key_id": ""},
	"model": model,
	"max_tokens": 0,
	"findings": fs,
	"tokens": {"prompt": 10},
}

response_input(tenant, fs, calls) := {
	"subject": {"tenant": tenant, "user": "", "api_key_id": ""},
	"findings": fs,
	"tool_calls": calls,
}

injection(score) := [{"kind": "prompt_injection", "score": score, "rule": "r", "message_index": 0}]

# Example 1: raise the injection threshold for one tenant.
test_example_raise_injection_threshold_for_one_tenant if {
	tenants := {"research": {"injection_threshold": 0.9}}
	prompt.decision.action == "allow" with input as prompt_input("research", "m", injection(0.8))
		with data.promptgate.tenants as object.union(data.promptgate.tenants, tenants)
	prompt.decision.action == "deny" with input as prompt_input("other", "m", injection(0.8))
		with data.promptgate.tenants as object.union(data.promptgate.tenants, tenants)
}

# Example 2: block a model for the free tier.
test_example_block_model_for_free_tier if {
	tenants := object.union(data.promptgate.tenants, {"hobbyist": {"tier": "free"}})
	tiers := {"free": {"denied_models": ["claude-opus-*"]}}
	d := prompt.decision with input as prompt_input("hobbyist", "claude-opus-4-1", [])
		with data.promptgate.tenants as tenants
		with data.promptgate.tiers as tiers
	d.action == "deny"
	d.reasons[0].code == "model_not_allowed"
	prompt.decision.action == "allow" with input as prompt_input("hobbyist", "claude-haiku-4-5", [])
		with data.promptgate.tenants as tenants
		with data.promptgate.tiers as tiers
}

# Example 3: redact IBANs only in responses.
test_example_redact_ibans_only_in_responses if {
	default_tenant := object.union(data.promptgate.tenants["default"], {"redact": ["pii.email", "secret"], "response_redact": ["pii.iban"]})
	tenants := object.union(data.promptgate.tenants, {"default": default_tenant})
	iban := [{"kind": "pii.iban", "score": 0.99, "rule": "r", "message_index": 0}]
	prompt.decision.action == "allow" with input as prompt_input("t", "m", iban)
		with data.promptgate.tenants as tenants
	d := response.decision with input as response_input("t", iban, [])
		with data.promptgate.tenants as tenants
	d.action == "redact"
	d.redact_kinds == ["pii.iban"]
}

# Example 4: allow a tool only for one tenant.
test_example_allow_tool_for_one_tenant if {
	default_tenant := object.union(data.promptgate.tenants["default"], {"denied_tools": ["issue_refund"]})
	tenants := object.union(data.promptgate.tenants, {"default": default_tenant, "support": {"denied_tools": []}})
	calls := [{"name": "issue_refund", "arguments": "{}"}]
	response.decision.action == "allow" with input as response_input("support", [], calls)
		with data.promptgate.tenants as tenants
	d := response.decision with input as response_input("anyone-else", [], calls)
		with data.promptgate.tenants as tenants
	d.action == "deny"
	d.reasons[0].code == "tool_not_allowed"
}
