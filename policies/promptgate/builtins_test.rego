package promptgate.builtins_test

# The custom builtins promptgate registers for policy authors.

test_scan_finds_pii if {
	fs := promptgate.scan("write to ann@example.org")
	some f in fs
	f.kind == "pii.email"
	f.start == 9
	f.end == 24
}

test_scan_of_clean_text_is_empty if {
	promptgate.scan("good morning") == []
}

test_tokens_estimate if {
	promptgate.tokens("abcdef") == 2
}

test_wrong_type_is_undefined if {
	not promptgate.tokens(input.text) with input.text as 42
	not promptgate.scan(input.text) with input.text as ["x"]
}
