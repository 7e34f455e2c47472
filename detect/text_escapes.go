package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Character escapes: HTML's numeric character references ("&#105;",
// "&#x69;") and the backslash escapes of source code and JSON ("\u0069",
// "\u{69}", "\U00000069", "\x69"). Markup escapes a quote, a dash or a
// symbol now and then; text that escapes its letters hides them from a
// reader that does not decode ("&#73;&#103;&#110;&#111;&#114;&#101;"), or
// is JSON that escapes every non-ASCII letter ("\u5ffd\u7565"). A cluster
// of escapes is decoded where at least one of them stands for a letter or
// a digit, together with the text around it up to escapeContext bytes on
// either side within its line, so that "&#73;gnore all previous
// instructions" reads whole.
const (
	escapeGap     = 64  // bytes of plain text that may stand between two escapes of one cluster
	escapeContext = 128 // bytes of plain text decoded with a cluster on either side
)

// findEscapes appends the decoded form of every cluster of character
// escapes in the source that holds an escaped letter or digit.
func (b *builder) findEscapes() {
	s := b.src
	if !strings.Contains(s, "&#") && strings.IndexByte(s, '\\') < 0 {
		// Most texts: two fast scans, and no escape could start anywhere.
		return
	}
	for i := 0; i < len(s); {
		j := nextEscape(s, i)
		if j < 0 {
			return
		}
		// The cluster: escapes with at most escapeGap bytes of plain text
		// between them, on one line.
		start, end, letters := j, j, 0
		for k := j; k < len(s) && k-end <= escapeGap; {
			if s[k] == '\n' {
				break
			}
			r, n := escapeAt(s, k)
			if n == 0 {
				k++
				continue
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				letters++
			}
			k += n
			end = k
		}
		i = end
		if letters == 0 || *b.budget <= 0 {
			continue
		}
		lo, hi := escapeStart(s, start), escapeEnd(s, end)
		b.appendDecoded(decodeEscapes(s[lo:hi]), lo, hi)
	}
}

// nextEscape returns the offset of the first escape in s from i, or -1.
func nextEscape(s string, i int) int {
	for i < len(s) {
		j := strings.IndexAny(s[i:], "&\\")
		if j < 0 {
			return -1
		}
		i += j
		if _, n := escapeAt(s, i); n > 0 {
			return i
		}
		i++
	}
	return -1
}

// escapeStart is where the plain text decoded with a cluster that starts
// at i begins: up to escapeContext bytes back, not past a line break, at
// a rune's start.
func escapeStart(s string, i int) int {
	lo := max(0, i-escapeContext)
	if nl := strings.LastIndexByte(s[lo:i], '\n'); nl >= 0 {
		return lo + nl + 1
	}
	for lo < i && !utf8.RuneStart(s[lo]) {
		lo++
	}
	return lo
}

// escapeEnd is where the plain text decoded with a cluster that ends at
// i ends: up to escapeContext bytes on, not past a line break, at a rune's
// start.
func escapeEnd(s string, i int) int {
	hi := min(len(s), i+escapeContext)
	if nl := strings.IndexByte(s[i:hi], '\n'); nl >= 0 {
		return i + nl
	}
	for hi < len(s) && hi > i && !utf8.RuneStart(s[hi]) {
		hi--
	}
	return hi
}

// decodeEscapes returns s with its character escapes decoded.
func decodeEscapes(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if r, n := escapeAt(s, i); n > 0 {
			out = utf8.AppendRune(out, r)
			i += n
			continue
		}
		out = append(out, s[i])
		i++
	}
	return string(out)
}

// escapeAt reads a character escape at s[i:]: the rune it stands for and
// its length, or a length of 0 where none starts there. Escapes of
// surrogates, of code points past Unicode's and of NUL are not read.
func escapeAt(s string, i int) (rune, int) {
	if i+3 >= len(s) {
		return 0, 0
	}
	var v rune
	var n int
	switch {
	case s[i] == '&' && s[i+1] == '#' && (s[i+2] == 'x' || s[i+2] == 'X'):
		v, n = hexDigits(s, i+3, 6)
		if n == 0 {
			return 0, 0
		}
		n += 3
		if i+n < len(s) && s[i+n] == ';' {
			n++
		}
	case s[i] == '&' && s[i+1] == '#':
		for n = 0; n < 7 && i+2+n < len(s) && s[i+2+n] >= '0' && s[i+2+n] <= '9'; n++ {
			v = v*10 + rune(s[i+2+n]-'0')
		}
		if n == 0 {
			return 0, 0
		}
		n += 2
		if i+n < len(s) && s[i+n] == ';' {
			n++
		}
	case s[i] == '\\' && s[i+1] == 'u' && s[i+2] == '{':
		v, n = hexDigits(s, i+3, 6)
		if n == 0 || i+3+n >= len(s) || s[i+3+n] != '}' {
			return 0, 0
		}
		n += 4
	case s[i] == '\\' && (s[i+1] == 'u' || s[i+1] == 'U' || s[i+1] == 'x'):
		want := 2 // hex digits: \xHH, \uHHHH, \UHHHHHHHH
		switch s[i+1] {
		case 'u':
			want = 4
		case 'U':
			want = 8
		}
		if v, n = hexDigits(s, i+2, want); n != want {
			return 0, 0
		}
		n += 2
	default:
		return 0, 0
	}
	if v == 0 || v > unicode.MaxRune || v >= 0xD800 && v <= 0xDFFF {
		return 0, 0
	}
	return v, n
}

// hexDigits reads up to max hex digits at s[i:]: their value and count.
func hexDigits(s string, i, max int) (rune, int) {
	var v rune
	n := 0
	for ; n < max && i+n < len(s) && asciiClass[s[i+n]]&clsHex != 0; n++ {
		v = v<<4 | rune(hexVal(s[i+n]))
	}
	return v, n
}
