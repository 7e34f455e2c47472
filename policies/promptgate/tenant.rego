# METADATA
# title: Tenant settings
# description: |
#   Resolves the calling tenant's settings from data.promptgate: tenant
#   "default", then the tenant's tier, then the tenant's own fields, each
#   overriding the one before. Unknown tenants get "default".
package promptgate.tenant

# METADATA
# description: The tenant's effective settings.
config := c if {
	c := settings[input.subject.tenant]
} else := merged({})

# METADATA
# description: |
#   Every tenant's effective settings, by tenant name. They depend on data
#   alone, so promptgate computes each once per policy revision, not once
#   per call.
settings[name] := merged(own) if {
	own := tenants[name]
}

# A tenant's own fields over its tier's over default's. An unknown tenant
# has no fields of its own, and default's tier.
merged(own) := object.union_n([defaults, object.get(tiers, tier_name(own), {}), own])

defaults := object.get(tenants, "default", {})

# The tenant's tier, else default's tier, else none.
tier_name(own) := object.get(own, "tier", object.get(defaults, "tier", ""))

# Data may leave out any of its sections.
default tenants := {}

tenants := data.promptgate.tenants

default tiers := {}

tiers := data.promptgate.tiers

# METADATA
# description: Model prices in dollars per million tokens, by model name.
default prices := {}

prices := data.promptgate.prices

# METADATA
# description: |
#   True when the whole decision is in shadow for this tenant: it is
#   logged and counted, and the caller is allowed.
default shadow := false

shadow := tenant_shadow if {
	tenant_shadow := config.shadow
	is_boolean(tenant_shadow)
}

# METADATA
# description: Reason codes that are logged but not acted on.
default shadow_rules := []

shadow_rules := config.shadow_rules if is_array(config.shadow_rules)

# METADATA
# description: |
#   True when the tenant may use model: allowed_models, when set, lists the
#   only models allowed (a trailing "*" matches a prefix); denied_models
#   lists models never allowed.
model_allowed(model) if {
	not model_matches(model, object.get(config, "denied_models", []))
	model_listed(model)
}

model_listed(_) if not config.allowed_models

model_listed(model) if model_matches(model, config.allowed_models)

model_matches(model, patterns) if {
	some p in patterns
	glob.match(p, [], model)
}

# METADATA
# description: |
#   How redacted findings are replaced, by kind or family ("pii.email",
#   "pii", "*"): {"operator": "tag" | "mask" | "hash" | "remove", "keep": N}
#   or the operator's name alone. Kinds not listed are tagged ([EMAIL_1]).
default redaction := {}

redaction := config.redaction if is_object(config.redaction)
