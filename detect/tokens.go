package detect

import "unicode/utf8"

// MessageOverheadTokens is what each message costs beyond its text: role
// markers and separators in the providers' chat formats.
const MessageOverheadTokens = 4

// EstimateTokens returns a conservative estimate of the tokens text takes in
// the LLM providers' tokenizers: a token per three bytes of ASCII (English
// runs about four bytes a token) plus a token per rune outside ASCII (CJK
// runs about one rune a token, other scripts fewer). Budgets are reserved
// from it and settled with the real usage, so it errs over, not under. It
// runs in one pass without allocating.
func EstimateTokens(text string) int64 {
	var ascii, other int64
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c < utf8.RuneSelf:
			ascii++
		case utf8.RuneStart(c):
			other++
		}
	}
	return (ascii+2)/3 + other
}
