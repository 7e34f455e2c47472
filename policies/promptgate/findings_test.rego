package promptgate.findings_test

import data.promptgate.findings

test_families if {
	findings.in_families("pii.email", ["pii"])
	findings.in_families("pii.email", ["pii.email"])
	not findings.in_families("pii.email", ["pii.phone"])
	not findings.in_families("piix.email", ["pii"])
	not findings.in_families("pii.email", [])
}

test_codes if {
	findings.code("pii.iban") == "pii_detected"
	findings.code("secret.jwt") == "secret_detected"
	findings.code("custom.thing") == "content_blocked"
}
