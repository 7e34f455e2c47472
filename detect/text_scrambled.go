package detect

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// scrambled is the table of the lexicon's words findScrambled reads
// shuffled.
var scrambled = buildScrambled(slices.Concat(lexiconSpecs, setUpSpecs, exfilSpecs, extractionSpecs, overrideSpecs))

// bytesString is b as a string, without a copy, for a lookup.
func bytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// Scrambled words ("ignroe all prevoius systme instructions"): people read
// a word whose inner letters are shuffled as the word, and so do models,
// but a reader matching phrases does not. A word of the source whose first
// and last letters, length and inner letters are those of one of the
// lexicon's English words about the model's instructions and their
// overriding (scrambledWords), but is not that word, is read as it; where
// two such words stand within scrambledNear words of each other, the line
// is read again with every such word unscrambled, as a decoded payload is.
// A word alone is not enough: "three" holds the letters of "there", and
// many a word of one language is another's shuffled.
const (
	scrambledMin  = 4 // shorter words have no inner letters to shuffle
	scrambledMax  = 16
	scrambledNear = 3
)

// scrambledConcepts are the concepts whose English words are unscrambled.
const scrambledConcepts = 1<<cIgnore | 1<<cPrior | 1<<cInstr | 1<<cYour | 1<<cSysPrompt | 1<<cReveal | 1<<cUnrestricted |
	1<<cJBWeak | 1<<cJBStrong | 1<<cPolicy | 1<<cDisable | 1<<cNewInstr | 1<<cSystem | 1<<cVerbatim | 1<<cAmoral |
	1<<cSecretData | 1<<cAbove

// scrambledTable maps the letters of a word, in any order within its
// first and last, to the lexicon's word with those letters.
type scrambledTable struct {
	words map[uint64]string
	ends  [26][26]uint32 // by first and last letter, the lengths of words (bit n for n letters)
}

// letterKeys give each letter a random 64-bit value: a word's inner
// letters sum to the same key in any order.
var letterKeys = func() (k [26]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range k {
		x = mix64(x + uint64(i) + 1)
		k[i] = x
	}
	return k
}()

// scrambledKey is the key of a word of lower-case ASCII letters, false
// where w holds something else.
func scrambledKey(w string) (uint64, bool) {
	k := mix64(uint64(w[0])<<16 | uint64(w[len(w)-1])<<8 | uint64(len(w)))
	for i := 1; i < len(w)-1; i++ {
		c := w[i] - 'a'
		if c >= 26 {
			return 0, false
		}
		k += letterKeys[c]
	}
	return k, true
}

// buildScrambled collects the English one-word phrases of specs' entries
// of scrambledConcepts (a stem's "*" dropped). Two words with the same letters
// are both left out, unless the lexicon reads them alike ("ignore" and its
// misspellings "igonre" and "ingore").
func buildScrambled(specs []entrySpec) *scrambledTable {
	t := &scrambledTable{words: map[uint64]string{}}
	concepts := map[uint64]uint64{}
	clash := map[uint64]bool{}
	for _, e := range specs {
		if e.lang != "en" || e.concepts&scrambledConcepts == 0 {
			continue
		}
		for _, p := range strings.Split(e.phrases, "|") {
			w := strings.TrimSuffix(p, "*")
			if strings.Contains(w, " ") || len(w) < scrambledMin || len(w) > scrambledMax ||
				w[0] < 'a' || w[0] > 'z' || w[len(w)-1] < 'a' || w[len(w)-1] > 'z' {
				continue
			}
			k, ok := scrambledKey(w)
			if !ok {
				continue
			}
			if o, ok := t.words[k]; !ok {
				t.words[k], concepts[k] = w, e.concepts
			} else if o != w && concepts[k] != e.concepts {
				clash[k] = true
			}
		}
	}
	for k := range clash {
		delete(t.words, k)
	}
	for _, w := range t.words {
		t.ends[w[0]-'a'][w[len(w)-1]-'a'] |= 1 << len(w)
	}
	return t
}

// unscrambled returns the word w is a shuffle of, or "".
func (t *scrambledTable) unscrambled(w string) string {
	n := len(w)
	if n < scrambledMin || n > scrambledMax {
		return ""
	}
	f, l := w[0]-'a', w[n-1]-'a'
	if f >= 26 || l >= 26 || t.ends[f][l]&(1<<n) == 0 {
		return ""
	}
	if k, ok := scrambledKey(w); ok {
		if u, ok := t.words[k]; ok && u != w {
			return u
		}
	}
	return ""
}

// findScrambled appends each line of the direct text in which two
// scrambled words stand near each other, read with its scrambled words
// unscrambled.
func (b *builder) findScrambled() {
	if len(b.words) < 2 || b.spaced || scrambled == nil {
		return
	}
	type fix struct {
		start, end int // the word in buf
		word       string
		at         int // its index in words
	}
	var fixes []fix
	ends := &scrambled.ends
	for i, ws := range b.words {
		s, e := ws.bounds()
		// The cheap test first, inline: most words have no shuffled
		// look-alike of their first and last letters and length.
		if n := e - s; ws.end&wordASCII == 0 || n < scrambledMin || n > scrambledMax {
			continue
		} else if f, l := b.buf[s]-'a', b.buf[e-1]-'a'; f >= 26 || l >= 26 || ends[f][l]&(1<<n) == 0 {
			continue
		}
		if w := scrambled.unscrambled(bytesString(b.buf[s:e])); w != "" {
			fixes = append(fixes, fix{s, e, w, i})
		}
	}
	// Keep the words near another.
	kept := fixes[:0]
	for k, f := range fixes {
		if k > 0 && f.at-fixes[k-1].at <= scrambledNear || k+1 < len(fixes) && fixes[k+1].at-f.at <= scrambledNear {
			kept = append(kept, f)
		}
	}
	fixes = kept
	direct := len(b.buf)
	for k := 0; k < len(fixes); {
		// The line of fixes[k], and the fixes on it.
		lo := bytes.LastIndexByte(b.buf[:fixes[k].start], '\n') + 1
		hi := direct
		if nl := bytes.IndexByte(b.buf[fixes[k].end:direct], '\n'); nl >= 0 {
			hi = fixes[k].end + nl
		}
		n := hi - lo
		if *b.budget < n {
			return
		}
		*b.budget -= n
		start := len(b.buf)
		b.buf = append(b.buf, '\n')
		at := lo
		for ; k < len(fixes) && fixes[k].start < hi; k++ {
			b.buf = append(b.buf, b.buf[at:fixes[k].start]...)
			b.buf = append(b.buf, fixes[k].word...)
			at = fixes[k].end
		}
		b.buf = append(b.buf, b.buf[at:hi]...)
		so := b.origOf(lo)
		eo := b.origOf(hi-1) + 1
		for int(eo) < len(b.src) && !utf8.RuneStart(b.src[eo]) {
			eo++
		}
		b.regions = append(b.regions, region{normStart: int32(start), normEnd: int32(len(b.buf)), origStart: so, origEnd: eo})
		b.decoded++
	}
}
