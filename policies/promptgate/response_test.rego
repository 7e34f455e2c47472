package promptgate.response_test

import data.promptgate.response

base := {
	"subject": {"tenant": "acme", "user": "", "api_key_id": ""},
	"model": "m",
	"content": "hello",
	"findings": [],
}

test_clean_response_is_allowed if {
	d := response.decision with input as base
	d.action == "allow"
	d.reasons == []
	d.limits == []
}

test_secret_in_response_is_redacted if {
	d := response.decision with input as object.union(base, {"findings": [{"kind": "secret.aws_access_key_id", "score": 0.9, "rule": "r", "message_index": 0}]})
	d.action == "redact"
	d.redact_kinds == ["secret.aws_access_key_id"]
	d.reasons[0].code == "secret_detected"
}

test_denied_kind_in_response_denies if {
	d := response.decision with input as object.union(base, {"findings": [{"kind": "pii.us_ssn", "score": 0.9, "rule": "r", "message_index": 0}]})
		with data.promptgate.tenants.acme as {"deny": ["pii.us_ssn"]}
	d.action == "deny"
	d.reasons[0].code == "pii_detected"
}

test_injection_findings_are_not_redacted if {
	d := response.decision with input as object.union(base, {"findings": [{"kind": "prompt_injection", "score": 0.9, "rule": "r", "message_index": 0}]})
		with data.promptgate.tenants.acme as {"redact": ["pii", "secret", "prompt_injection"]}
	d.action == "allow"
}

test_response_only_redaction if {
	f := [{"kind": "pii.iban", "score": 0.9, "rule": "r", "message_index": 0}]
	cfg := {"redact": [], "response_redact": ["pii.iban"]}
	d := response.decision with input as object.union(base, {"findings": f})
		with data.promptgate.tenants.acme as cfg
	d.action == "redact"
	d.redact_kinds == ["pii.iban"]
}

test_shadowed_response_rule if {
	f := [{"kind": "secret.jwt", "score": 0.9, "rule": "r", "message_index": 0}]
	d := response.decision with input as object.union(base, {"findings": f})
		with data.promptgate.tenants.acme as {"deny": ["secret"], "shadow_rules": ["secret_detected"]}
	d.action == "allow"
	count(d.shadow_reasons) == 2 # the denial and the redaction it would have made
}

test_tool_call_outside_allow_list_denies if {
	inp := object.union(base, {"tool_calls": [{"name": "send_email", "arguments": "{}"}]})
	d := response.decision with input as inp
		with data.promptgate.tenants.acme as {"allowed_tools": ["search"]}
	d.action == "deny"
	d.reasons == [{"code": "tool_not_allowed", "message": "tool \"send_email\" is not allowed for this tenant"}]
}
