package detect

import (
	"encoding/base32"
	"encoding/base64"
	"strings"
	"unicode/utf8"
)

// encKind names the encodings the normaliser decodes.
type encKind uint8

const (
	encBase64    encKind = iota + 1
	encHex               // "69676e6f7265"
	encHexSpaced         // "69 67 6e 6f 72 65"
	encBinary            // "01101001 01100111"
	encURL               // "%69%67%6e"
	encMorse             // ".. --. -. --- .-. ."
	encBase32            // "NFTW433SMU======"
)

// decodePayloads appends to Norm the decoded form of every encoded run of
// the source (Morse runs are found here, so that they unfold inside other
// payloads too); every line that reads as ROT13, backwards, Atbash or ROT13
// backwards; every line with scrambled, hyphenated, backward, Atbash, Pig
// Latin or run-together words of the lexicon, or in a Caesar cipher it
// names (see findScrambled); every cluster of character escapes that
// hides letters (see findEscapes); every line written upside down (see
// findTurned); quoted pieces that join into the lexicon's words (see
// findSplit); and text written one letter a line (see findVertical). Each
// is normalised like the direct text, nested encodings included, within
// the depth and size limits.
func (b *builder) decodePayloads() {
	if b.depth >= maxDecodeDepth {
		return
	}
	b.findMorse()
	b.findScrambled()
	for _, lc := range b.lineCands {
		n := lc.end - lc.start
		if n <= 0 || *b.budget < n {
			continue
		}
		*b.budget -= n
		b.appendTurned(lc.start, lc.end, turnMap(lc.kind), turnedBackwards(lc.kind))
	}
	for _, p := range b.payloads {
		b.appendDecoded(p.text, p.origStart, p.origEnd)
	}
	for _, c := range b.encCands {
		if *b.budget <= 0 {
			break
		}
		if dec := decodeRun(c.kind, b.src[c.start:c.end]); dec != "" {
			b.appendDecoded(dec, c.start, c.end)
		}
	}
	b.findEscapes()
	b.findTurned()
	b.findSplit()
	b.findVertical()
}

// appendDecoded normalises a decoded payload (recursively, so nested
// encodings unfold) and appends it to Norm, mapped to the source's run
// [start, end).
func (b *builder) appendDecoded(dec string, start, end int) {
	if printableASCII(dec) {
		b.rawViews = append(b.rawViews, rawView{text: dec, origStart: int32(start), origEnd: int32(end)})
	}
	if !readable(dec) || *b.budget < len(dec) {
		return
	}
	*b.budget -= len(dec)
	sub := getBuilder(dec, b.depth+1, b.budget)
	defer putBuilder(sub)
	sub.run()
	sub.collapseSpaced()
	sub.decodePayloads()
	// Payloads nested in this one come from the same run of the source.
	for _, v := range sub.rawViews {
		b.rawViews = append(b.rawViews, rawView{text: v.text, origStart: int32(start), origEnd: int32(end)})
	}
	if len(sub.buf) == 0 {
		return
	}
	r := region{normStart: int32(len(b.buf)), origStart: int32(start), origEnd: int32(end)}
	b.buf = append(b.buf, '\n')
	b.buf = append(b.buf, sub.buf...)
	r.normEnd = int32(len(b.buf))
	b.regions = append(b.regions, r)
	b.decoded++
	b.hidden += sub.hidden
}

// printableASCII reports whether decoded bytes are printable ASCII text,
// as an encoded credential or config line is.
func printableASCII(s string) bool {
	if len(s) < 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 || c > 0x7e) && c != '\n' && c != '\r' && c != '\t' {
			return false
		}
	}
	return true
}

// readable reports whether decoded bytes look like text someone wrote:
// valid UTF-8, almost all printable, with letters in it, or Morse code.
func readable(s string) bool {
	if morseOnly(s) {
		return true
	}
	if !utf8.ValidString(s) {
		return false
	}
	letters, bad, n := 0, 0, 0
	for _, r := range s {
		n++
		switch {
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t', r == 0x7f, r == utf8.RuneError:
			bad++
		case r < 0x80 && asciiClass[r]&clsLetter != 0, r >= 0x80:
			letters++
		}
	}
	return n > 0 && bad*20 <= n && letters*2 >= n && letters >= 4
}

// byteMap reads each byte of Norm back from a cipher: lower-case ASCII
// letters turn, every other byte stays.
type byteMap [256]byte

// caesarBack[s] reads back letters shifted s places on (caesarBack[13]
// is ROT13, caesarBack[0] leaves them as they are), and atbashBack reads
// back Atbash.
var caesarBack, atbashBack = func() (cs [26]byteMap, ab byteMap) {
	for i := range 256 {
		c := byte(i)
		for s := range cs {
			cs[s][i] = c
			if c >= 'a' && c <= 'z' {
				cs[s][i] = 'a' + (c-'a'+26-byte(s))%26
			}
		}
		ab[i] = atbash(c)
	}
	return cs, ab
}()

// turnMap is the byteMap that reads back letters written the way kind
// names (see the stopWord kinds); the backward kinds also reverse their
// order (see turnedBackwards).
func turnMap(kind int) *byteMap {
	switch kind {
	case stopRot, stopRotRev:
		return &caesarBack[13]
	case stopAtbash:
		return &atbashBack
	}
	return &caesarBack[0]
}

// turnedBackwards reports whether text written the way kind names reads
// in reverse order.
func turnedBackwards(kind int) bool { return kind == stopRev || kind == stopRotRev }

// appendTurned appends Norm's [lo, hi) read again as a view (see
// endView): each byte through m, and its characters in reverse order
// where backwards.
func (b *builder) appendTurned(lo, hi int, m *byteMap, backwards bool) {
	start := len(b.buf)
	b.buf = append(b.buf, '\n')
	if !backwards {
		for i := lo; i < hi; i++ {
			b.buf = append(b.buf, m[b.buf[i]])
		}
	} else {
		for i := hi; i > lo; {
			_, w := utf8.DecodeLastRune(b.buf[lo:i])
			if w == 1 {
				b.buf = append(b.buf, m[b.buf[i-1]])
			} else {
				b.buf = append(b.buf, b.buf[i-w:i]...)
			}
			i -= w
		}
	}
	b.endView(start, lo, hi)
}

// atbash turns a lower-case ASCII letter into the one as far from the
// alphabet's other end (a for z, b for y, …).
func atbash(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return 'z' - (c - 'a')
	}
	return c
}

func rot13(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return 'a' + (c-'a'+13)%26
	}
	return c
}

func countEscapes(s string) int {
	c := 0
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '%' && asciiClass[s[i+1]]&clsHex != 0 && asciiClass[s[i+2]]&clsHex != 0 {
			c++
		}
	}
	return c
}

// decodeRun decodes one encoded run, or returns "".
func decodeRun(kind encKind, run string) string {
	switch kind {
	case encBase64:
		return decodeBase64(run)
	case encBase32:
		enc := base32.StdEncoding
		if strings.IndexByte(run, '=') < 0 {
			enc = enc.WithPadding(base32.NoPadding)
		}
		out, err := enc.DecodeString(strings.ToUpper(run))
		if err != nil {
			return ""
		}
		return string(out)
	case encHex, encHexSpaced:
		out := make([]byte, 0, len(run)/2)
		for i := 0; i+1 < len(run); {
			if asciiClass[run[i]]&clsHex != 0 && asciiClass[run[i+1]]&clsHex != 0 {
				out = append(out, hexVal(run[i])<<4|hexVal(run[i+1]))
				i += 2
				continue
			}
			i++
		}
		return string(out)
	case encBinary:
		out := make([]byte, 0, len(run)/9+1)
		var v byte
		bits := 0
		for i := 0; i < len(run); i++ {
			if c := run[i]; c == '0' || c == '1' {
				v = v<<1 | (c - '0')
				if bits++; bits == 8 {
					out = append(out, v)
					v, bits = 0, 0
				}
			}
		}
		return string(out)
	case encMorse:
		return decodeMorse(run)
	case encURL:
		out := make([]byte, 0, len(run))
		for i := 0; i < len(run); i++ {
			if run[i] == '%' && i+2 < len(run) && asciiClass[run[i+1]]&clsHex != 0 && asciiClass[run[i+2]]&clsHex != 0 {
				out = append(out, hexVal(run[i+1])<<4|hexVal(run[i+2]))
				i += 2
				continue
			}
			out = append(out, run[i])
		}
		return string(out)
	}
	return ""
}

// isBase32 reports whether an encoded run is written in base32's alphabet:
// letters of one case, the digits 2 to 7, and padding only at the end,
// where it makes the run a whole number of blocks.
func isBase32(run string) bool {
	pad := strings.IndexByte(run, '=')
	if pad >= 0 && (strings.Trim(run[pad:], "=") != "" || len(run)%8 != 0) {
		return false
	}
	if pad < 0 {
		pad = len(run)
	}
	upper, lower := false, false
	for i := 0; i < pad; i++ {
		switch c := run[i]; {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c < '2' || c > '7':
			return false
		}
	}
	return upper != lower
}

func decodeBase64(run string) string {
	s := run
	for len(s) > 0 && s[len(s)-1] == '=' {
		s = s[:len(s)-1]
	}
	enc := base64.RawStdEncoding
	for i := 0; i < len(s); i++ {
		if s[i] == '-' || s[i] == '_' {
			enc = base64.RawURLEncoding
			break
		}
	}
	if len(s)%4 == 1 {
		// Not a whole number of bytes: a stray character glued to the end.
		s = s[:len(s)-1]
	}
	out, err := enc.DecodeString(s)
	if err != nil {
		return ""
	}
	return string(out)
}

func hexVal(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}
