# METADATA
# title: Tenant settings
# description: |
#   Resolves the calling tenant's settings from data.promptgate: tenant
#   "default", then the tenant's tier, then the tenant's own fields, each
#   overriding the one before. Unknown tenants get "default".
package promptgate.tenant

# METADATA
# description: The tenant's effective settings.
config := object.union_n([defaults, tier_config, own])

defaults := object.get(tenants, "default", {})

own := object.get(tenants, input.subject.tenant, {})

# The tenant's tier, else default's tier, else none.
tier_name := object.get(own, "tier", object.get(defaults, "tier", ""))

tier_config := object.get(tiers, tier_name, {})

# Data may leave out any of its sections.
default tenants := {}

tenants := data.promptgate.tenants

default tiers := {}

tiers := data.promptgate.tiers

# METADATA
# description: Model prices in dollars per million tokens, by model name.
default prices := {}

prices := data.promptgate.prices
