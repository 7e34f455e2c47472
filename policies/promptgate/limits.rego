# METADATA
# title: Rate and cost limits
# description: |
#   Lists the counters a prompt is charged against, from the tenant's
#   settings: requests and tokens per minute (token buckets) and per day
#   (UTC days), dollars per day (counted in micro-dollars) and calls in
#   flight, for the tenant and, where the tenant's per_user or per_api_key
#   objects say so, for the user or API key. A prompt reserves its
#   estimated cost; the response settles the same counters at their real
#   cost from the provider's usage.
package promptgate.limits

import data.promptgate.prompt
import data.promptgate.tenant

# METADATA
# description: The limits of one prompt, as {name, key, limit, window, cost}.
prompt_limits := tenant_counters if {
	not scoped
	count(tenant_cost_patches) == 0
} else := json.patch({"limits": tenant_counters, "costs": prompt_costs}, tenant_cost_patches).limits if {
	not scoped
} else := counters if {
	count(cost_patches) == 0
} else := json.patch({"limits": counters, "costs": prompt_costs}, cost_patches).limits

# True when the tenant sets limits per API key or per user. A tenant
# that sets none charges the same counters for every user and key, and
# its calls never look at who made them: a call from a user not seen
# before then reuses all that was worked out for the tenant.
scoped if tenant.config.per_user

scoped if tenant.config.per_api_key

# The counters come with the costs that are the same for every prompt (a
# request, a slot in flight). What depends on the prompt (tokens, dollars)
# is filled in on each call: cost_patches copy each of prompt_costs into
# the counters charged it. They depend on the counters alone, so
# promptgate computes them once for each set of counters, and a call
# works out each cost once, not once per counter, and fills its limits in
# with one json.patch rather than an object.union per counter.
cost_patches := patches_for(counters)

tenant_cost_patches := patches_for(tenant_counters)

patches_for(cs) := [{"op": "copy", "from": concat("/", ["", "costs", l.name]), "path": sprintf("/limits/%d/cost", [i])} |
	some i, l in cs
	not fixed_cost[l.name]
]

# Dollars cost the most to work out; they are left out for calls that
# have no dollar limit.
charged_in_dollars if {
	some l in tenant_counters
	l.name == "usd_per_day"
}

charged_in_dollars if {
	scoped
	some l in counters
	l.name == "usd_per_day"
}

limit_fields := {
	"requests_per_minute": "minute",
	"requests_per_day": "day",
	"tokens_per_minute": "minute",
	"tokens_per_day": "day",
	"usd_per_day": "day",
	"max_in_flight": "in_flight",
}

tenant_key := concat(":", ["tenant", urlquery.encode(input.subject.tenant)])

# METADATA
# description: |
#   The counters a response settles, with their real cost; none when the
#   response carries no usage, so that the reservation stands as charged.
settle_limits := [object.union(l, {"cost": real_cost(l.name)}) | some l in tenant_counters] if {
	used_tokens > 0
	not scoped
} else := [object.union(l, {"cost": real_cost(l.name)}) | some l in counters] if {
	used_tokens > 0
} else := []

# The counters that apply to the call, with their fixed costs and 0 for
# the others, which prompt_limits and settle_limits fill in: the tenant's,
# then its API key's and its user's where the tenant's per_api_key and
# per_user settings set limits. Each part reads only what it needs of the
# input, so that calls from many users share the tenant's part.
counters := array.concat(tenant_counters, array.concat(api_key_counters, user_counters))

tenant_counters := scope_counters("tenant", tenant_key, tenant.config)

default api_key_counters := []

api_key_counters := scope_counters("api_key", concat(":", [tenant_key, "key", urlquery.encode(input.subject.api_key_id)]), settings) if {
	settings := tenant.config.per_api_key
	input.subject.api_key_id != ""
}

default user_counters := []

user_counters := scope_counters("user", concat(":", [tenant_key, "user", urlquery.encode(input.subject.user)]), settings) if {
	settings := tenant.config.per_user
	input.subject.user != ""
}

scope_counters(scope, key, settings) := [{
	"name": l.name,
	"key": concat(":", [key, l.name]),
	"scope": scope,
	"limit": l.limit,
	"window": l.window,
	"cost": object.get(fixed_cost, l.name, 0),
} |
	some l in limits_set(settings)
]

# The limits that settings set, as {name, limit, window}. They depend on
# the settings alone, so promptgate computes them once per policy revision
# for each tenant's settings, not once per call.
limits_set(settings) := [{"name": name, "limit": limit_value(value, name), "window": window} |
	some name, window in limit_fields
	value := settings[name]
	is_number(value)
]

# Dollars are held in micro-dollars so that counters stay integral.
limit_value(v, "usd_per_day") := round(v * 1000000)

limit_value(v, name) := v if name != "usd_per_day"

# METADATA
# description: |
#   What one prompt costs against each kind of limit: a request, or a
#   slot in flight, whatever the prompt (fixed_cost), and tokens and
#   dollars by the prompt (prompt_costs). Tokens are reserved up front:
#   the prompt's estimate plus its output limit.
fixed_cost := {
	"requests_per_minute": 1,
	"requests_per_day": 1,
	"max_in_flight": 1,
}

prompt_costs := {
	"tokens_per_minute": reserved_tokens,
	"tokens_per_day": reserved_tokens,
	"usd_per_day": reserved_micro_usd,
} if {
	charged_in_dollars
} else := {
	"tokens_per_minute": reserved_tokens,
	"tokens_per_day": reserved_tokens,
}

reserved_tokens := input.tokens.prompt + prompt.max_tokens

# A price in dollars per million tokens is a price in micro-dollars per
# token. A model with no price, and no "default" price, costs nothing.
reserved_micro_usd := ceil((input.tokens.prompt * price.input_usd_per_mtok) + (prompt.max_tokens * price.output_usd_per_mtok))

price := object.union(
	{"input_usd_per_mtok": 0, "output_usd_per_mtok": 0},
	object.get(tenant.prices, input.model, object.get(tenant.prices, "default", {})),
)

# METADATA
# description: |
#   What a call really cost, from the usage the provider reported. Cache
#   reads and writes are priced at their own rates when the model has them,
#   else at the input rate. Settling max_in_flight releases the call's slot.
real_cost("requests_per_minute") := 1

real_cost("requests_per_day") := 1

real_cost("tokens_per_minute") := used_tokens

real_cost("tokens_per_day") := used_tokens

real_cost("usd_per_day") := ceil(sum([
	input.usage.input_tokens * price.input_usd_per_mtok,
	input.usage.output_tokens * price.output_usd_per_mtok,
	input.usage.cache_read_input_tokens * object.get(price, "cache_read_usd_per_mtok", price.input_usd_per_mtok),
	input.usage.cache_creation_input_tokens * object.get(price, "cache_write_usd_per_mtok", price.input_usd_per_mtok),
]))

real_cost("max_in_flight") := 1

used_tokens := sum([
	input.usage.input_tokens,
	input.usage.output_tokens,
	input.usage.cache_read_input_tokens,
	input.usage.cache_creation_input_tokens,
])
