package promptgate.tenant_test

import data.promptgate.tenant

test_unknown_tenant_gets_default if {
	c := tenant.config with input.subject.tenant as "nobody"
		with data.promptgate.tenants as {"default": {"requests_per_minute": 7}}
	c.requests_per_minute == 7
}

test_tier_overrides_default_and_tenant_overrides_tier if {
	c := tenant.config with input.subject.tenant as "acme"
		with data.promptgate.tenants as {
			"default": {"requests_per_minute": 1, "requests_per_day": 10, "tokens_per_day": 100},
			"acme": {"tier": "pro", "tokens_per_day": 300},
		}
		with data.promptgate.tiers as {"pro": {"requests_per_minute": 2, "tokens_per_day": 200}}
	c.requests_per_minute == 2
	c.requests_per_day == 10
	c.tokens_per_day == 300
}

test_nested_objects_merge_deeply if {
	c := tenant.config with input.subject.tenant as "acme"
		with data.promptgate.tenants as {
			"default": {"per_user": {"requests_per_minute": 1, "requests_per_day": 5}},
			"acme": {"per_user": {"requests_per_day": 9}},
		}
	c.per_user == {"requests_per_minute": 1, "requests_per_day": 9}
}
