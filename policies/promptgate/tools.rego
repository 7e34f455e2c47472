# METADATA
# title: Tool calls
# description: |
#   Checks the tool calls of a model's reply against the tenant's settings:
#   allowed_tools, when set, lists the only tools the model may call;
#   denied_tools lists tools it may never call. A tool the attacker steers
#   the model into calling is stopped here before the application runs it.
package promptgate.tools

import data.promptgate.tenant

# METADATA
# description: One reason per tool call the tenant does not allow.
deny_reasons contains {
	"code": "tool_not_allowed",
	"message": sprintf("tool %q is not allowed for this tenant", [call.name]),
} if {
	some call in tool_calls
	not allowed(call.name)
}

default tool_calls := []

tool_calls := input.tool_calls

allowed(name) if {
	not name in denied
	listed(name)
}

denied := object.get(tenant.config, "denied_tools", [])

# Without an allowed_tools list every tool not denied is allowed.
listed(_) if not tenant.config.allowed_tools

listed(name) if name in tenant.config.allowed_tools
