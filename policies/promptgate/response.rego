# METADATA
# title: Response policy
# description: |
#   Decides whether a model's reply may go to the user: deny on findings of
#   kinds the tenant denies, redact the kinds the tenant redacts, otherwise
#   allow.
# entrypoint: true
package promptgate.response

import data.promptgate.findings
import data.promptgate.tenant

# METADATA
# description: The decision handed back to promptgate; see docs/policies.md.
decision := {
	"action": action,
	"reasons": reasons,
	"redact_kinds": [k | some k in redact_kinds],
	"limits": [],
}

action := "deny" if {
	count(deny_reasons) > 0
} else := "redact" if {
	count(redact_kinds) > 0
} else := "allow"

reasons := [r | some r in deny_reasons] if {
	count(deny_reasons) > 0
} else := [r | some r in redact_reasons]

deny_reasons contains {
	"code": findings.code(f.kind),
	"message": sprintf("%s in the response is not allowed", [f.kind]),
} if {
	some f in input.findings
	findings.in_families(f.kind, tenant.config.deny)
}

# METADATA
# description: The finding kinds whose spans are replaced by tags.
redact_kinds contains f.kind if {
	some f in input.findings
	findings.in_families(f.kind, tenant.config.redact)
	not findings.in_families(f.kind, ["prompt_injection"])
}

redact_reasons contains {
	"code": findings.code(kind),
	"message": sprintf("%s redacted", [kind]),
} if {
	some kind in redact_kinds
}
