package detect

import "unicode/utf8"

// refRun is the normaliser's main loop as it was before prose, the fast
// path for plain prose: the general loop, with a shortcut only for a word
// of letters followed by one space. It shares every other method with
// run, so TestProseMatchesReference and FuzzProse check prose alone: that
// run leaves the builder exactly as refRun does. A change to how run
// treats a byte must be made here too.
func (b *builder) refRun() {
	s := b.src
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		if c >= utf8.RuneSelf {
			b.nonASCIISeen = true
			b.endEnc(i)
			r, w := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && w == 1 {
				// Invalid UTF-8 is dropped; spans still point at valid bytes.
				i++
				continue
			}
			b.nonASCII(r, int32(i), w)
			i += w
			continue
		}
		if len(b.tagBuf) > 0 {
			b.endTag()
		}
		cls := asciiClass[c]
		if cls&clsLetter != 0 {
			// The common case: a run of ASCII letters, copied in lower case.
			b.flushSpace()
			fresh := !b.inWord
			b.startWord()
			if b.encStart < 0 {
				b.startEnc(i)
			}
			if int32(i) != b.expect {
				b.anchors = append(b.anchors, anchor{norm: int32(len(b.buf)), orig: int32(i)})
			}
			if cap(b.buf)-len(b.buf) < n-i {
				b.buf = append(b.buf[:cap(b.buf)], make([]byte, n-i)...)[:len(b.buf)]
			}
			out := b.buf[len(b.buf):cap(b.buf)]
			var acc uint16
			j := i
			for ; j < n; j++ {
				c := s[j]
				cl := asciiClass[c]
				if cl&clsLetter == 0 {
					break
				}
				acc |= cl
				out[j-i] = c | 0x20 // lower case
			}
			b.buf = b.buf[:len(b.buf)+j-i]
			b.encAcc |= acc
			b.w.letters += int32(j - i)
			b.w.latin += int32(j - i)
			b.expect = int32(j)
			b.prevRune = rune(s[j-1])
			i = j
			// Commonest of all: the word was only these letters and one
			// space follows before the next word.
			if fresh && j+1 < n && s[j] == ' ' && asciiClass[s[j+1]]&(clsLetter|clsSpace) == clsLetter && len(b.tagBuf) == 0 {
				if b.endPlainWord() {
					if b.encStart >= 0 {
						if j-b.encStart >= minPayload || b.encPct >= 3 {
							b.endEnc(j)
						} else {
							b.encStart = -1
						}
					}
					// The space is written now: the next word follows it.
					b.buf = append(b.buf, ' ')
					b.expect = int32(j + 1)
					i = j + 1
				}
			}
			continue
		}
		b.ascii(c, cls, i)
		i++
	}
	b.endEnc(n)
	b.endTag()
	b.endWord()
	b.endHexPairs()
	b.endOcts()
	b.endLine()
}
