# METADATA
# title: Response policy
# description: |
#   Decides whether a model's reply may go to the user: deny on findings of
#   kinds the tenant denies and on tool calls the tenant does not allow;
#   redact the kinds the tenant redacts; otherwise allow. Reasons whose code
#   the tenant lists in shadow_rules are reported as shadow_reasons instead
#   of acting.
# entrypoint: true
package promptgate.response

import data.promptgate.findings
import data.promptgate.limits
import data.promptgate.tenant
import data.promptgate.tools

# METADATA
# description: The decision handed back to promptgate; see docs/policies.md.
decision := object.union(verdict, {"limits": limits.settle_limits})

# METADATA
# description: |
#   The decision but for its limits. It reads the findings and the request,
#   not the caller's user or the prompt's length, so that calls differing
#   only in those share it.
verdict := {
	"action": action,
	"reasons": reasons,
	"redact_kinds": [k | some k in redact_kinds],
	"redaction": tenant.redaction,
	"shadow": tenant.shadow,
	"shadow_rules": tenant.shadow_rules,
	"shadow_reasons": [r | some r in shadow_reasons],
}

action := "deny" if {
	count(enforced_deny_reasons) > 0
} else := "redact" if {
	count(redact_kinds) > 0
} else := "allow"

reasons := [r | some r in enforced_deny_reasons] if {
	count(enforced_deny_reasons) > 0
} else := [r | some r in redact_reasons]

enforced_deny_reasons := deny_reasons if {
	count(tenant.shadow_rules) == 0
} else := {r | some r in deny_reasons; not r.code in tenant.shadow_rules}

shadow_reasons := set() if {
	count(tenant.shadow_rules) == 0
} else := {r | some r in deny_reasons | all_redact_reasons; r.code in tenant.shadow_rules}

# METADATA
# description: Every reason to deny, shadowed or not.
deny_reasons contains {
	"code": findings.code(f.kind),
	"message": sprintf("%s in the response is not allowed", [f.kind]),
} if {
	some f in input.findings
	findings.in_families(f.kind, response_deny)
}

deny_reasons contains r if {
	some r in tools.deny_reasons
}

# A tenant's deny list applies to both directions; response_deny adds
# kinds denied in replies only.
response_deny := array.concat(tenant.config.deny, object.get(tenant.config, "response_deny", []))

response_redact := array.concat(tenant.config.redact, object.get(tenant.config, "response_redact", []))

# METADATA
# description: The finding kinds whose spans are replaced by tags.
redact_kinds contains f.kind if {
	some f in input.findings
	redactable(f.kind)
	not findings.code(f.kind) in tenant.shadow_rules
}

redactable(kind) if {
	findings.in_families(kind, response_redact)
	not findings.in_families(kind, ["prompt_injection"])
}

redact_reasons contains {
	"code": findings.code(kind),
	"message": sprintf("%s redacted", [kind]),
} if {
	some kind in redact_kinds
}

all_redact_reasons contains {
	"code": findings.code(f.kind),
	"message": sprintf("%s redacted", [f.kind]),
} if {
	some f in input.findings
	redactable(f.kind)
}
