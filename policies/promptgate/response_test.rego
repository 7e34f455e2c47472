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
