package promptgate.prompt_test

import data.promptgate.prompt

base := {
	"subject": {"tenant": "acme", "user": "", "api_key_id": ""},
	"model": "m",
	"max_tokens": 0,
	"messages": [{"role": "user", "content": "hi", "untrusted": false}],
	"findings": [],
	"tokens": {"prompt": 10},
}

with_findings(fs) := object.union(base, {"findings": fs})

test_benign_prompt_is_allowed if {
	d := prompt.decision with input as base
	d.action == "allow"
	d.reasons == []
	d.redact_kinds == []
}

test_injection_above_threshold_is_denied if {
	d := prompt.decision with input as with_findings([{"kind": "prompt_injection.jailbreak", "score": 0.9, "rule": "r", "message_index": 0}])
	d.action == "deny"
	d.reasons[0].code == "prompt_injection"
}

test_injection_below_threshold_is_allowed if {
	d := prompt.decision with input as with_findings([{"kind": "prompt_injection", "score": 0.2, "rule": "r", "message_index": 0}])
	d.action == "allow"
}

test_tenant_threshold_overrides_default if {
	f := [{"kind": "prompt_injection", "score": 0.7, "rule": "r", "message_index": 0}]
	d := prompt.decision with input as with_findings(f)
		with data.promptgate.tenants.acme as {"injection_threshold": 0.8}
	d.action == "allow"
}

test_indirect_injection_uses_its_own_threshold if {
	f := [{"kind": "prompt_injection.indirect", "score": 0.6, "rule": "r", "message_index": 0}]
	d := prompt.decision with input as with_findings(f)
		with data.promptgate.tenants.acme as {"indirect_injection_threshold": 0.7, "injection_threshold": 0.1}
	d.action == "allow"
}

test_pii_is_redacted if {
	d := prompt.decision with input as with_findings([{"kind": "pii.email", "score": 0.99, "rule": "r", "message_index": 0}])
	d.action == "redact"
	d.redact_kinds == ["pii.email"]
	d.reasons == [{"code": "pii_detected", "message": "pii.email redacted"}]
}

test_secret_is_redacted if {
	d := prompt.decision with input as with_findings([{"kind": "secret.anthropic_api_key", "score": 0.99, "rule": "r", "message_index": 0}])
	d.action == "redact"
	d.reasons[0].code == "secret_detected"
}

test_denied_kind_denies if {
	d := prompt.decision with input as with_findings([{"kind": "secret.openai_api_key", "score": 0.99, "rule": "r", "message_index": 1}])
		with data.promptgate.tenants.acme as {"deny": ["secret"]}
	d.action == "deny"
	d.reasons == [{"code": "secret_detected", "message": "secret.openai_api_key in message 1 is not allowed"}]
}

test_deny_wins_over_redact if {
	fs := [
		{"kind": "pii.email", "score": 0.99, "rule": "r", "message_index": 0},
		{"kind": "prompt_injection", "score": 0.99, "rule": "r", "message_index": 0},
	]
	d := prompt.decision with input as with_findings(fs)
	d.action == "deny"
	count(d.reasons) == 1
}

test_missing_max_tokens_takes_tenant_default if {
	d := prompt.decision with input as base
	d.max_tokens == 4096
}

test_caller_max_tokens_is_kept if {
	d := prompt.decision with input as object.union(base, {"max_tokens": 100})
	d.max_tokens == 100
}

test_max_tokens_above_ceiling_is_denied if {
	d := prompt.decision with input as object.union(base, {"max_tokens": 1000000})
	d.action == "deny"
	d.reasons[0].code == "output_too_large"
}

test_shadow_rule_reports_instead_of_denying if {
	f := [{"kind": "prompt_injection", "score": 0.99, "rule": "r", "message_index": 0}]
	d := prompt.decision with input as with_findings(f)
		with data.promptgate.tenants.acme as {"shadow_rules": ["prompt_injection"]}
	d.action == "allow"
	d.reasons == []
	d.shadow_reasons[0].code == "prompt_injection"
	d.shadow_rules == ["prompt_injection"]
}

test_shadow_rule_for_redaction if {
	f := [{"kind": "pii.email", "score": 0.99, "rule": "r", "message_index": 0}]
	d := prompt.decision with input as with_findings(f)
		with data.promptgate.tenants.acme as {"shadow_rules": ["pii_detected"]}
	d.action == "allow"
	d.shadow_reasons == [{"code": "pii_detected", "message": "pii.email redacted"}]
}

test_tenant_shadow_is_passed_on if {
	d := prompt.decision with input as base
		with data.promptgate.tenants.acme as {"shadow": true}
	d.shadow == true
	not prompt.decision.shadow with input as base
}

test_model_not_allowed_for_tier if {
	inp := object.union(base, {"model": "claude-opus-4"})
	d := prompt.decision with input as inp
		with data.promptgate.tenants.acme as {"tier": "free"}
		with data.promptgate.tiers as {"free": {"allowed_models": ["claude-haiku-*"]}}
	d.action == "deny"
	d.reasons[0].code == "model_not_allowed"
}

test_model_allowed_by_prefix if {
	inp := object.union(base, {"model": "claude-haiku-4-5"})
	d := prompt.decision with input as inp
		with data.promptgate.tenants.acme as {"allowed_models": ["claude-haiku-*"]}
	d.action == "allow"
}

test_denied_model if {
	inp := object.union(base, {"model": "gpt-x"})
	d := prompt.decision with input as inp
		with data.promptgate.tenants.acme as {"denied_models": ["gpt-*"]}
	d.reasons[0].code == "model_not_allowed"
}

test_redaction_operators_are_passed_on if {
	ops := {"pii.credit_card": {"operator": "mask", "keep": 4}}
	d := prompt.decision with input as base
		with data.promptgate.tenants.acme as {"redaction": ops}
	d.redaction == ops
	prompt.decision.redaction == {} with input as base
}
