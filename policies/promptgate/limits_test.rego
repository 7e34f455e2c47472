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
	ls == [{"name": "requests_per_minute", "key": "tenant:acme:requests_per_minute", "limit": 600, "window": "minute", "cost": 1}]
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
	ls["tenant:acme:requests_per_minute"].limit == 600
}

test_per_api_key_limits if {
	ls := by_name(limits.prompt_limits) with input as object.union(base, {"subject": {"tenant": "acme", "user": "", "api_key_id": "k1"}})
		with data.promptgate.tenants.acme as {"per_api_key": {"requests_per_minute": 2}}
	ls["tenant:acme:key:k1:requests_per_minute"].limit == 2
}

test_no_user_no_user_limits if {
	ls := limits.prompt_limits with input as base
		with data.promptgate.tenants.acme as {"per_user": {"requests_per_day": 3}}
	count(ls) == 1
}
