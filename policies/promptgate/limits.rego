# METADATA
# title: Rate and cost limits
# description: |
#   Lists the counters a prompt is charged against, from the tenant's
#   settings: requests and tokens per minute (token buckets) and per day
#   (UTC days), dollars per day (counted in micro-dollars), for the tenant
#   and, where the tenant's per_user or per_api_key objects say so, for the
#   user or API key.
package promptgate.limits

import data.promptgate.prompt
import data.promptgate.tenant

# METADATA
# description: The limits of one prompt, as {name, key, limit, window, cost}.
prompt_limits := [l | some l in limit_set]

limit_fields := {
	"requests_per_minute": "minute",
	"requests_per_day": "day",
	"tokens_per_minute": "minute",
	"tokens_per_day": "day",
	"usd_per_day": "day",
}

# The scopes a limit can apply to, with the settings that hold their limits.
scopes contains {"key": tenant_key, "settings": tenant.config}

scopes contains {"key": concat(":", [tenant_key, "user", urlquery.encode(input.subject.user)]), "settings": tenant.config.per_user} if {
	input.subject.user != ""
}

scopes contains {"key": concat(":", [tenant_key, "key", urlquery.encode(input.subject.api_key_id)]), "settings": tenant.config.per_api_key} if {
	input.subject.api_key_id != ""
}

tenant_key := concat(":", ["tenant", urlquery.encode(input.subject.tenant)])

limit_set contains {
	"name": name,
	"key": concat(":", [scope.key, name]),
	"limit": limit_value(scope.settings[name], name),
	"window": window,
	"cost": cost(name),
} if {
	some scope in scopes
	some name, window in limit_fields
	is_number(scope.settings[name])
}

# Dollars are held in micro-dollars so that counters stay integral.
limit_value(v, "usd_per_day") := round(v * 1000000)

limit_value(v, name) := v if name != "usd_per_day"

# METADATA
# description: |
#   What one prompt costs against each kind of limit. Tokens are
#   reserved up front: the prompt's estimate plus its output limit.
cost("requests_per_minute") := 1

cost("requests_per_day") := 1

cost("tokens_per_minute") := reserved_tokens

cost("tokens_per_day") := reserved_tokens

cost("usd_per_day") := reserved_micro_usd

reserved_tokens := input.tokens.prompt + prompt.max_tokens

# A price in dollars per million tokens is a price in micro-dollars per
# token. A model with no price, and no "default" price, costs nothing.
reserved_micro_usd := ceil((input.tokens.prompt * price.input_usd_per_mtok) + (prompt.max_tokens * price.output_usd_per_mtok))

price := object.union(
	{"input_usd_per_mtok": 0, "output_usd_per_mtok": 0},
	object.get(tenant.prices, input.model, object.get(tenant.prices, "default", {})),
)
