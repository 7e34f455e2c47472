package promptgate.limits_test

import data.promptgate.limits

base := {
	"subject": {"tenant": "acme", "user": "", "api_key_id": ""},
	"model": "claude-x",
	"max_tokens": 100,
	"findings": [],
	"tokens": {"prompt": 50},
}

by_name(ls) := {l.key: l | some l in ls}

test_default_requests_per_minute if {
	ls := limits.prompt_limits with input as base
	ls == [{"name": "requests_per_minute", "key": "tenant:acme:requests_per_minute", "scope": "tenant", "limit": 600, "window": "minute", "cost": 1}]
}

test_token_limits_reserve_prompt_and_output if {
	ls := by_name(limits.prompt_limits) with input as base
		with data.promptgate.tenants.acme as {"tokens_per_minute": 1000, "tokens_per_day": 5000}
	ls["tenant:acme:tokens_per_minute"].cost == 150
	ls["tenant:acme:tokens_per_minute"].window == "minute"
	ls["tenant:acme:tokens_per_day"].cost == 150
	ls["tenant:acme:tokens_per_day"].window == "day"
}

test_dollars_are_micro_dollars if {
	ls := by_name(limits.prompt_limits) with input as base
		with data.promptgate.tenants.acme as {"usd_per_day": 2.5}
		with data.promptgate.prices as {"claude-x": {"input_usd_per_mtok": 3, "output_usd_per_mtok": 15}}
	l := ls["tenant:acme:usd_per_day"]
	l.limit == 2500000
	l.cost == 1650 # 50 * 3 + 100 * 15
}

test_unknown_model_uses_default_price if {
	ls := by_name(limits.prompt_limits) with input as base
		with data.promptgate.tenants.acme as {"usd_per_day": 1}
		with data.promptgate.prices as {"default": {"input_usd_per_mtok": 1, "output_usd_per_mtok": 1}}
	ls["tenant:acme:usd_per_day"].cost == 150
}

test_per_user_limits if {
	ls := by_name(limits.prompt_limits) with input as object.union(base, {"subject": {"tenant": "acme", "user": "bob:1", "api_key_id": ""}})
		with data.promptgate.tenants.acme as {"per_user": {"requests_per_day": 3}}
	ls["tenant:acme:user:bob%3A1:requests_per_day"].limit == 3
	ls["tenant:acme:user:bob%3A1:requests_per_day"].scope == "user"
	ls["tenant:acme:requests_per_minute"].limit == 600
}

test_per_api_key_limits if {
	ls := by_name(limits.prompt_limits) with input as object.union(base, {"subject": {"tenant": "acme", "user": "", "api_key_id": "k1"}})
		with data.promptgate.tenants.acme as {"per_api_key": {"requests_per_minute": 2}}
	ls["tenant:acme:key:k1:requests_per_minute"].limit == 2
	ls["tenant:acme:key:k1:requests_per_minute"].scope == "api_key"
}

test_no_user_no_user_limits if {
	ls := limits.prompt_limits with input as base
		with data.promptgate.tenants.acme as {"per_user": {"requests_per_day": 3}}
	count(ls) == 1
}

test_max_in_flight_takes_one_slot if {
	ls := by_name(limits.prompt_limits) with input as base
		with data.promptgate.tenants.acme as {"max_in_flight": 4}
	ls["tenant:acme:max_in_flight"] == {"name": "max_in_flight", "key": "tenant:acme:max_in_flight", "scope": "tenant", "limit": 4, "window": "in_flight", "cost": 1}
}

usage := {
	"input_tokens": 40, "output_tokens": 60,
	"cache_read_input_tokens": 100, "cache_creation_input_tokens": 10,
}

test_settle_limits_use_real_usage if {
	inp := object.union(base, {"usage": usage})
	ls := by_name(limits.settle_limits) with input as inp
		with data.promptgate.tenants.acme as {"tokens_per_day": 5000, "usd_per_day": 1, "max_in_flight": 2, "requests_per_day": 9, "tokens_per_minute": 900}
		with data.promptgate.prices as {"claude-x": {"input_usd_per_mtok": 3, "output_usd_per_mtok": 15, "cache_read_usd_per_mtok": 0.3}}
	ls["tenant:acme:requests_per_minute"].cost == 1
	ls["tenant:acme:requests_per_day"].cost == 1
	ls["tenant:acme:tokens_per_minute"].cost == 210
	ls["tenant:acme:tokens_per_day"].cost == 210
	# 40*3 + 60*15 + 100*0.3 + 10*3 (no cache write price: the input rate)
	ls["tenant:acme:usd_per_day"].cost == 1080
	ls["tenant:acme:max_in_flight"].cost == 1
}

test_no_usage_settles_nothing if {
	limits.settle_limits == [] with input as base
	limits.settle_limits == [] with input as object.union(base, {"usage": {
		"input_tokens": 0, "output_tokens": 0,
		"cache_read_input_tokens": 0, "cache_creation_input_tokens": 0,
	}})
}

# The limits of a prompt written the plain way, one cost per counter:
# prompt_limits, which fills in fixed costs once per set of counters and
# patches in the rest, must give the same limits in the same order.
plain_limits := [object.union(l, {"cost": plain_cost(l.name)}) | some l in limits.counters]

plain_cost(name) := 1 if name in {"requests_per_minute", "requests_per_day", "max_in_flight"}

plain_cost(name) := limits.reserved_tokens if name in {"tokens_per_minute", "tokens_per_day"}

plain_cost("usd_per_day") := limits.reserved_micro_usd

every_limit := {
	"requests_per_minute": 60, "requests_per_day": 1000, "tokens_per_minute": 9000,
	"tokens_per_day": 90000, "usd_per_day": 12.5, "max_in_flight": 3,
}

plain_cases := [
	# default's settings alone
	{"tenants": {}, "subject": {"tenant": "acme", "user": "", "api_key_id": ""}},
	# every limit, for the tenant, its API keys and its users
	{
		"tenants": {"acme": object.union(every_limit, {"per_user": every_limit, "per_api_key": every_limit})},
		"subject": {"tenant": "acme", "user": "bob", "api_key_id": "k/1"},
	},
	# priced counters only for users, fixed ones only for API keys
	{
		"tenants": {"acme": {"per_user": {"tokens_per_day": 500, "usd_per_day": 1}, "per_api_key": {"max_in_flight": 2}}},
		"subject": {"tenant": "acme", "user": "ann:2", "api_key_id": "k2"},
	},
	# the same settings, without a user or an API key
	{
		"tenants": {"acme": {"per_user": {"tokens_per_day": 500, "usd_per_day": 1}, "per_api_key": {"max_in_flight": 2}}},
		"subject": {"tenant": "acme", "user": "", "api_key_id": ""},
	},
	# a tier's limits under default's, and a tenant with none but tokens
	{
		"tenants": {"default": {"requests_per_minute": 10, "tier": "pro"}, "acme": {"requests_per_minute": 0}},
		"subject": {"tenant": "acme", "user": "u", "api_key_id": ""},
	},
	{
		"tenants": {"default": {"tokens_per_minute": 100}},
		"subject": {"tenant": "zed", "user": "", "api_key_id": ""},
	},
	# per-key limits that no prompt prices
	{
		"tenants": {"acme": {"requests_per_minute": 5, "per_api_key": {"requests_per_day": 9}}},
		"subject": {"tenant": "acme", "user": "u", "api_key_id": "k"},
	},
]

plain_prices := [
	{},
	{"claude-x": {"input_usd_per_mtok": 3, "output_usd_per_mtok": 15}},
	{"default": {"input_usd_per_mtok": 0.25, "output_usd_per_mtok": 1.25}},
]

# Each case meets one of the price tables and token counts in turn, not
# every one: the policy tests run at every policy load, so they are kept
# short.
test_prompt_limits_are_the_plain_limits if {
	tokens := [1, 50, 123457]
	every i, c in plain_cases {
		prices := plain_prices[i % count(plain_prices)]
		inp := object.union(base, {"subject": c.subject, "tokens": {"prompt": tokens[i % count(tokens)]}})
		got := limits.prompt_limits with input as inp
			with data.promptgate.tenants as c.tenants
			with data.promptgate.tiers as {"pro": {"tokens_per_day": 7, "usd_per_day": 2}}
			with data.promptgate.prices as prices
		want := plain_limits with input as inp
			with data.promptgate.tenants as c.tenants
			with data.promptgate.tiers as {"pro": {"tokens_per_day": 7, "usd_per_day": 2}}
			with data.promptgate.prices as prices
		got == want
	}
}

test_prompt_limits_in_order_with_their_costs if {
	ls := limits.prompt_limits with input as object.union(base, {"subject": {"tenant": "acme", "user": "bob", "api_key_id": "k1"}})
		with data.promptgate.tenants.acme as {
			"usd_per_day": 1, "max_in_flight": 4,
			"per_api_key": {"requests_per_day": 9},
			"per_user": {"tokens_per_minute": 900, "requests_per_minute": 5},
		}
		with data.promptgate.prices as {"claude-x": {"input_usd_per_mtok": 2, "output_usd_per_mtok": 10}}
	ls == [
		{"name": "max_in_flight", "key": "tenant:acme:max_in_flight", "scope": "tenant", "limit": 4, "window": "in_flight", "cost": 1},
		{"name": "requests_per_minute", "key": "tenant:acme:requests_per_minute", "scope": "tenant", "limit": 600, "window": "minute", "cost": 1},
		# 50 * 2 + 100 * 10
		{"name": "usd_per_day", "key": "tenant:acme:usd_per_day", "scope": "tenant", "limit": 1000000, "window": "day", "cost": 1100},
		{"name": "requests_per_day", "key": "tenant:acme:key:k1:requests_per_day", "scope": "api_key", "limit": 9, "window": "day", "cost": 1},
		{"name": "requests_per_minute", "key": "tenant:acme:user:bob:requests_per_minute", "scope": "user", "limit": 5, "window": "minute", "cost": 1},
		# 50 + 100
		{"name": "tokens_per_minute", "key": "tenant:acme:user:bob:tokens_per_minute", "scope": "user", "limit": 900, "window": "minute", "cost": 150},
	]
}

# A response settles every counter the prompt was charged, the API key's
# and the user's too, each at its real cost.
plain_settle := [object.union(l, {"cost": limits.real_cost(l.name)}) | some l in limits.counters]

test_settle_limits_are_the_plain_limits if {
	every i, c in plain_cases {
		prices := plain_prices[i % count(plain_prices)]
		inp := object.union(base, {"subject": c.subject, "usage": usage})
		got := limits.settle_limits with input as inp
			with data.promptgate.tenants as c.tenants
			with data.promptgate.tiers as {"pro": {"tokens_per_day": 7, "usd_per_day": 2}}
			with data.promptgate.prices as prices
		want := plain_settle with input as inp
			with data.promptgate.tenants as c.tenants
			with data.promptgate.tiers as {"pro": {"tokens_per_day": 7, "usd_per_day": 2}}
			with data.promptgate.prices as prices
		got == want
	}
}
