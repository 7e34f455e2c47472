package detect

import (
	"encoding/binary"
	"unicode/utf8"
)

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
	// Bytes are counted eight at a time: a byte from 0x80 on is not ASCII,
	// and one from 0xC0 on starts a rune outside ASCII. Each byte of the
	// sums counts its lane, and is added up before it can overflow.
	const lanes = 0x0101010101010101
	var high, starts int
	i := 0
	for i+8 <= len(text) {
		var h, st uint64
		for end := min(len(text)-7, i+8*255); i < end; i += 8 {
			w := binary.LittleEndian.Uint64([]byte(text[i : i+8]))
			h += w >> 7 & lanes
			st += w & (w << 1) >> 7 & lanes
		}
		high += laneSum(h)
		starts += laneSum(st)
	}
	for ; i < len(text); i++ {
		if c := text[i]; c >= utf8.RuneSelf {
			high++
			if utf8.RuneStart(c) {
				starts++
			}
		}
	}
	ascii := int64(len(text) - high)
	return (ascii+2)/3 + int64(starts)
}

// laneSum adds up the eight bytes of x.
func laneSum(x uint64) int {
	const pairs = 0x00FF00FF00FF00FF
	x = x&pairs + x>>8&pairs // four sums of two bytes, each below 1<<16
	return int(x * 0x0001000100010001 >> 48)
}
