package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a text prepared once for all detectors: the original, and a
// normalised form for matching with a map from its bytes back to the
// original's.
type Text struct {
	// Original is the caller's text, unchanged.
	Original string
	// Untrusted marks content the user did not write.
	Untrusted bool
	// Norm is the text in NFKC, lower case, with invisible format characters
	// removed and runs of white space collapsed to one space.
	Norm string
	// Hidden counts the invisible characters (zero-width, bidi controls,
	// Unicode tags) removed from Norm.
	Hidden int
	// offsets[i] is the byte offset in Original of Norm's byte i;
	// offsets[len(Norm)] is len(Original).
	offsets []int32
}

// NewText normalises s for matching.
func NewText(s string, untrusted bool) *Text {
	t := &Text{Original: s, Untrusted: untrusted}
	var b strings.Builder
	b.Grow(len(s))
	offs := make([]int32, 0, len(s)+1)
	var buf [utf8.UTFMax * 4]byte
	space := true // drop leading white space
	for i, r := range s {
		if r == utf8.RuneError {
			continue
		}
		if isHidden(r) {
			t.Hidden++
			continue
		}
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				offs = append(offs, int32(i))
				space = true
			}
			continue
		}
		space = false
		n := utf8.EncodeRune(buf[:], r)
		folded := buf[:n]
		if r >= utf8.RuneSelf {
			folded = norm.NFKC.Append(buf[n:n], buf[:n]...)
		}
		for _, fr := range string(folded) {
			fr = unicode.ToLower(fr)
			w := utf8.RuneLen(fr)
			if w < 0 {
				continue
			}
			b.WriteRune(fr)
			for range w {
				offs = append(offs, int32(i))
			}
		}
	}
	t.Norm = b.String()
	t.offsets = append(offs, int32(len(s)))
	return t
}

// Span maps the byte range [start, end) of Norm back to the smallest range
// of Original that holds it.
func (t *Text) Span(start, end int) (int, int) {
	if start >= len(t.Norm) {
		return len(t.Original), len(t.Original)
	}
	os := int(t.offsets[start])
	if end <= start {
		return os, os
	}
	last := int(t.offsets[end-1])
	_, w := utf8.DecodeRuneInString(t.Original[last:])
	return os, last + w
}

// isHidden reports whether r renders as nothing: zero-width characters, bidi
// controls and Unicode tag characters, the usual carriers of hidden text.
func isHidden(r rune) bool {
	switch {
	case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff', r == '\u00ad':
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069', r == '\u200e', r == '\u200f':
		return true
	case r >= 0xE0000 && r <= 0xE007F:
		return true
	}
	return false
}
