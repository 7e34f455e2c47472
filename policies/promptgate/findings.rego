# METADATA
# title: Finding kinds
# description: |
#   Helpers over finding kinds: families of kinds, and the reason code a
#   kind is reported under.
package promptgate.findings

# METADATA
# description: |
#   True when kind belongs to one of the families listed, where
#   "pii" covers "pii" and every "pii.<type>", and "pii.email" only itself.
in_families(kind, families) if {
	some family in families
	kind == family
}

in_families(kind, families) if {
	some family in families
	startswith(kind, concat("", [family, "."]))
}

# METADATA
# description: The reason code for findings of kind.
code(kind) := "pii_detected" if startswith(kind, "pii")

code(kind) := "secret_detected" if startswith(kind, "secret")

code(kind) := "content_blocked" if {
	not startswith(kind, "pii")
	not startswith(kind, "secret")
}
