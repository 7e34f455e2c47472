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
