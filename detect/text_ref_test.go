package detect

// oneSpace is what the normaliser's main loop did after a fresh word of
// letters before prose, its fast path for plain prose: only when one
// space and another letter follow, it ended the word and wrote the space
// itself, leaving the rest to the general loop. TestProseMatchesReference
// and FuzzProse run the loop with this step in place of prose and check
// that the builder ends up the same. A change to what prose does must be
// made here too, in the general loop's terms.
func (b *builder) oneSpace(j int) int {
	s := b.src
	if j+1 < len(s) && s[j] == ' ' && asciiClass[s[j+1]]&(clsLetter|clsSpace) == clsLetter && len(b.tagBuf) == 0 {
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
			return j + 1
		}
	}
	return j
}
