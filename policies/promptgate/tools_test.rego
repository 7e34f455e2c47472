package promptgate.tools_test

import data.promptgate.tools

calls(names) := {"subject": {"tenant": "acme"}, "tool_calls": [{"name": n, "arguments": "{}"} | some n in names]}

test_every_tool_allowed_without_lists if {
	count(tools.deny_reasons) == 0 with input as calls(["search", "shell"])
}

test_allow_list if {
	rs := tools.deny_reasons with input as calls(["search", "shell"])
		with data.promptgate.tenants.acme as {"allowed_tools": ["search"]}
	rs == {{"code": "tool_not_allowed", "message": "tool \"shell\" is not allowed for this tenant"}}
}

test_deny_list_wins if {
	rs := tools.deny_reasons with input as calls(["shell"])
		with data.promptgate.tenants.acme as {"allowed_tools": ["shell"], "denied_tools": ["shell"]}
	count(rs) == 1
}

test_tool_allowed_for_one_tenant_only if {
	tenants := {"default": {"denied_tools": ["refund"]}, "acme": {"denied_tools": []}}
	count(tools.deny_reasons) == 0 with input as calls(["refund"]) with data.promptgate.tenants as tenants
	count(tools.deny_reasons) == 1 with input as object.union(calls(["refund"]), {"subject": {"tenant": "other"}})
		with data.promptgate.tenants as tenants
}

test_no_tool_calls if {
	count(tools.deny_reasons) == 0 with input as {"subject": {"tenant": "acme"}}
}
