# METADATA
# title: Prompt policy
# description: |
#   Decides whether a prompt may go to the model: deny on prompt injection
#   at or above the tenant's threshold, on findings of kinds the tenant
#   denies, on a model the tenant may not use and on an output limit above
#   the tenant's ceiling; redact the kinds the tenant redacts; otherwise
#   allow. Lists the rate and cost limits to charge. Reasons whose code the
#   tenant lists in shadow_rules are reported as shadow_reasons instead of
#   acting.
# entrypoint: true
package promptgate.prompt

import data.promptgate.findings
import data.promptgate.limits
import data.promptgate.tenant

# METADATA
# description: The decision handed back to promptgate; see docs/policies.md.
decision := object.union(verdict, {"limits": limits.prompt_limits})

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
	"max_tokens": max_tokens,
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

# METADATA
# description: What would have been denied or redacted but for shadow_rules.
shadow_reasons := set() if {
	count(tenant.shadow_rules) == 0
} else := {r | some r in deny_reasons | all_redact_reasons; r.code in tenant.shadow_rules}

# METADATA
# description: The output limit of the call, the caller's or the tenant's.
max_tokens := input.max_tokens if {
	input.max_tokens > 0
} else := tenant.config.max_output_tokens

# METADATA
# description: Injection findings at or above the tenant's threshold.
injections contains f if {
	some f in input.findings
	findings.in_families(f.kind, ["prompt_injection"])
	f.score >= threshold(f.kind)
}

threshold("prompt_injection.indirect") := tenant.config.indirect_injection_threshold

threshold(kind) := tenant.config.injection_threshold if kind != "prompt_injection.indirect"

# METADATA
# description: Every reason to deny, shadowed or not.
deny_reasons contains {
	"code": "prompt_injection",
	"message": sprintf("prompt injection (%s) in message %d", [f.kind, f.message_index]),
} if {
	some f in injections
}

deny_reasons contains {
	"code": findings.code(f.kind),
	"message": sprintf("%s in message %d is not allowed", [f.kind, f.message_index]),
} if {
	some f in input.findings
	findings.in_families(f.kind, tenant.config.deny)
}

deny_reasons contains {
	"code": "output_too_large",
	"message": sprintf("max_tokens %d is above the limit of %d", [max_tokens, tenant.config.max_allowed_output_tokens]),
} if {
	max_tokens > tenant.config.max_allowed_output_tokens
}

deny_reasons contains {
	"code": "model_not_allowed",
	"message": sprintf("model %q is not allowed for this tenant", [input.model]),
} if {
	not tenant.model_allowed(input.model)
}

# METADATA
# description: The finding kinds whose spans are replaced by tags.
redact_kinds contains f.kind if {
	some f in input.findings
	redactable(f.kind)
	not findings.code(f.kind) in tenant.shadow_rules
}

redactable(kind) if {
	findings.in_families(kind, tenant.config.redact)
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
