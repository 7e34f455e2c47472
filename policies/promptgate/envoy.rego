# METADATA
# title: Envoy requests outside the LLM APIs
# description: |
#   Decides what Envoy's ext_authz and ext_proc do with a request they
#   cannot check as a prompt: one whose path is not a known LLM API, and
#   one whose body Envoy cut short. By default unknown paths pass (an
#   egress gateway carries other traffic too) and truncated bodies are
#   denied, since what was cut off was never screened. Tenants set
#   envoy_unknown_paths ("allow" or "deny") and envoy_truncated_bodies
#   ("deny" or "allow").
# entrypoint: true
package promptgate.envoy

import data.promptgate.tenant

# METADATA
# description: The decision handed back to promptgate; see docs/policies.md.
decision := {
	"action": action,
	"reasons": [r | some r in deny_reasons],
}

action := "deny" if {
	count(deny_reasons) > 0
} else := "allow"

deny_reasons contains {
	"code": "unknown_endpoint",
	"message": "not a recognised LLM API call",
} if {
	input.api == "unknown"
	tenant.config.envoy_unknown_paths == "deny"
}

deny_reasons contains {
	"code": "body_truncated",
	"message": "the request body was cut short, and what was cut off cannot be screened",
} if {
	input.truncated
	tenant.config.envoy_truncated_bodies != "allow"
}
