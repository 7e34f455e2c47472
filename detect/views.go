package detect

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Views of a text that hide part of it from a direct reading. A key
// written with zero-width characters between its letters, or encoded in
// base64, hex, URL-encoding or Unicode tags, matches no pattern in the
// original bytes; it does in the text with the invisible characters
// removed, or in the decoded payload. The PII and secret detectors read
// those views too and report what they find there over the original
// bytes that carry it, so that a redaction removes all of it.

// mayHide reports whether t has anything findObfuscated would read: a
// non-ASCII character (invisible characters are all non-ASCII), a decoded
// payload or a percent sign. Most texts have none.
func mayHide(t *Text) bool {
	return t.nonASCII || len(t.rawDecoded) > 0 || strings.IndexByte(t.Original, '%') >= 0
}

// findObfuscated appends what find finds in the views of t that hide text
// from a direct reading:
//
//   - the original without its invisible characters (zero-width spaces
//     and joiners, bidi controls, soft hyphens, variation selectors, tags
//     and other format characters): a finding there is kept when its
//     value had invisible characters inside it, and covers the original
//     bytes from its first to its last character, the invisible ones
//     among them;
//   - each word (a run between spaces) that holds a %XX escape, with its
//     escapes decoded, for values written partly URL-encoded (a key at
//     the end of a query string, an email address as john%40example.com):
//     a finding there is kept when it spans an escape, and covers the
//     escapes it spans;
//   - each decoded payload that is printable ASCII: a finding there
//     covers the whole encoded run.
func findObfuscated(t *Text, find func(string, []Finding) []Finding, out []Finding) []Finding {
	var buf []Finding
	if t.nonASCII { // invisible characters are all non-ASCII
		if v, anchors, ok := stripInvisible(t.Original); ok {
			// The end maps from the finding's last byte, so that invisible
			// characters right after it stay out.
			buf, out = findInView(v, anchors, find, false, buf, out)
		}
	}
	// Only the words that hold escapes are decoded and read again, so a
	// URL in a long prompt does not cost a second scan of all of it.
	s := t.Original
	for i := strings.IndexByte(s, '%'); i >= 0 && i < len(s); {
		ws, we := i, i
		for ws > 0 && !isSpaceByte(s[ws-1]) {
			ws--
		}
		for we < len(s) && !isSpaceByte(s[we]) {
			we++
		}
		if v, anchors, ok := percentDecoded(s[ws:we]); ok {
			// The end maps from the byte after the finding, so that an
			// escape it ends with is covered whole.
			first := len(out)
			buf, out = findInView(v, anchors, find, true, buf, out)
			for k := first; k < len(out); k++ {
				out[k].Start += ws
				out[k].End += ws
			}
		}
		next := strings.IndexByte(s[we:], '%')
		if next < 0 {
			break
		}
		i = we + next
	}
	for _, r := range t.rawDecoded {
		buf = find(r.text, buf[:0])
		for _, f := range buf {
			f.Start, f.End = int(r.origStart), int(r.origEnd)
			out = append(out, f)
		}
	}
	return out
}

// findInView appends what find finds in view, a rewrite of the original,
// mapped back to the original's bytes: those that span a rewritten part
// (the original span is longer than the view's), the others are found in
// the original itself. buf is find's scratch, returned for reuse.
func findInView(view string, anchors []anchor, find func(string, []Finding) []Finding, endAfter bool, buf, out []Finding) ([]Finding, []Finding) {
	buf = find(view, buf[:0])
	for _, f := range buf {
		st := viewToOriginal(anchors, f.Start)
		en := viewToOriginal(anchors, f.End-1) + 1
		if endAfter {
			en = viewToOriginal(anchors, f.End)
		}
		if en-st > f.End-f.Start {
			f.Start, f.End = st, en
			out = append(out, f)
		}
	}
	return buf, out
}

// isInvisible reports whether r is a character readers do not see and
// the normaliser drops: the hidden characters it counts and the other
// format characters.
func isInvisible(r rune) bool {
	return isHiddenRune(r) || unicode.Is(unicode.Cf, r)
}

// stripInvisible returns s without its invisible characters, with
// anchors that map the result back to s (as Text's anchors map Norm),
// or ok false when s has none.
func stripInvisible(s string) (v string, anchors []anchor, ok bool) {
	w := rewrite{s: s}
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isInvisible(r) {
			w.replace(i, i+n)
		}
		i += n
	}
	return w.done()
}

// percentDecoded returns s with every %XX escape replaced by the byte it
// stands for, with anchors that map the result back to s, or ok false when
// s has none. A decoded byte maps to its escape's percent sign.
func percentDecoded(s string) (v string, anchors []anchor, ok bool) {
	w := rewrite{s: s}
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '%')
		if j < 0 {
			break
		}
		i += j
		if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
			i++
			continue
		}
		w.replace(i, i+3, hexVal(s[i+1])<<4|hexVal(s[i+2]))
		i += 3
	}
	return w.done()
}

// rewrite builds a view of s in which some runs of bytes are replaced,
// with anchors that map the view back to s: from each anchor on, view
// bytes map one to one onto s's.
type rewrite struct {
	s       string
	b       []byte
	copied  int // s[:copied] is in b, or was replaced
	anchors []anchor
}

// replace puts with in place of s[i:j]; runs are replaced in order.
func (w *rewrite) replace(i, j int, with ...byte) {
	if w.b == nil {
		w.b = make([]byte, 0, len(w.s))
	}
	w.b = append(w.b, w.s[w.copied:i]...)
	w.b = append(w.b, with...)
	w.copied = j
	w.anchors = append(w.anchors, anchor{norm: int32(len(w.b)), orig: int32(j)})
}

// done returns the view and its anchors, or ok false when nothing was
// replaced.
func (w *rewrite) done() (v string, anchors []anchor, ok bool) {
	if w.b == nil {
		return "", nil, false
	}
	w.b = append(w.b, w.s[w.copied:]...)
	return string(w.b), w.anchors, true
}

// viewToOriginal maps byte i of a view made by stripInvisible or
// percentDecoded to the byte
// of the original it was copied from.
func viewToOriginal(anchors []anchor, i int) int {
	k := sort.Search(len(anchors), func(k int) bool { return int(anchors[k].norm) > i }) - 1
	if k < 0 {
		return i
	}
	return int(anchors[k].orig) + i - int(anchors[k].norm)
}
