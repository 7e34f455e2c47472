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

// Scrambled and hyphenated words ("ignroe all prevoius systme
// instructions", "ig-nore all pre-vious in-struc-tions"): people read
// a word whose inner letters are shuffled as the word, and so do models,
// but a reader matching phrases does not. A word of the source whose first
// and last letters, length and inner letters are those of one of the
// lexicon's words about the model's instructions and their overriding, in
// the languages it writes in Latin letters (scrambledTable), but is not
// that word, is read as it, and so
// are pieces joined by hyphens that together spell such a word; where two
// such words stand within scrambledNear words of each other, the line is
// read again with every such word mended, as a decoded payload is. A word
// alone is not enough: "three" holds the letters of "there", and many a
// word of one language is another's shuffled.
const (
	scrambledMin  = 4 // shorter words have no inner letters to shuffle
	scrambledMax  = 16
	scrambledNear = 3
	// scrambledContext is how much of the line around its scrambled
	// words is read again, at most, and maxScrambledView how long one
	// such view may grow with the words it takes in.
	scrambledContext = 256
	maxScrambledView = 4 << 10
	// maxScrambledViews bounds the bytes of the lines read again,
	// unscrambled or backwards: an order is short, and a megabyte of such
	// words would otherwise be read twice.
	maxScrambledViews = 16 << 10
	// maxHyphenated is how many pieces joined by hyphens are read as one
	// word at most.
	maxHyphenated = 4
)

// scrambledConcepts are the concepts whose words are unscrambled.
const scrambledConcepts = 1<<cIgnore | 1<<cPrior | 1<<cInstr | 1<<cYour | 1<<cSysPrompt | 1<<cReveal | 1<<cUnrestricted |
	1<<cJBWeak | 1<<cJBStrong | 1<<cPolicy | 1<<cDisable | 1<<cNewInstr | 1<<cSystem | 1<<cVerbatim | 1<<cAmoral |
	1<<cSecretData | 1<<cAbove

// Tests worth making on a word (see scrambledTable.tests).
const (
	testShuffled  = 1 << iota // it may be a word of the table shuffled
	testBackwards             // it may be one written backwards
	testCipher                // it may name a cipher (see cipherWords)
	testAtbash                // it may be a word of the table in Atbash
	testRot13                 // in ROT13
	testRotRev                // in ROT13, written backwards
	testSpelled               // it may be a word of the spelling alphabet (see spellingWords)
	testTurned    = testBackwards | testAtbash | testRot13 | testRotRev
)

// turnedKinds are the stopWord kinds of the ways of writing a word that
// testTurned's bits test, in their order.
var turnedKinds = [...]struct {
	test uint8
	kind int
}{{testBackwards, stopRev}, {testAtbash, stopAtbash}, {testRot13, stopRot}, {testRotRev, stopRotRev}}

// scrambledTable maps the letters of a word, in any order within its
// first and last, to the lexicon's word with those letters.
type scrambledTable struct {
	words map[uint64]string
	// spelled are all the words, with the lexicon's own misspellings of
	// a word ("igonre" and "ingore" for "ignore"), which words keeps one
	// of: none of them is a shuffle of another.
	spelled map[string]bool
	// tests are the tests worth making on a word of Norm, by its length
	// and its first and last letters: testShuffled, testBackwards and
	// testCipher.
	tests [scrambledMax + 1][26][26]uint8
	// bloom holds a bit for each word's key (see mayHold): most words
	// that pass tests are turned away by it without a lookup in words.
	bloom [1 << 10]uint64
	// cipherSecond are the second letters of cipherWords, by length and
	// first and last letters.
	cipherSecond [scrambledMax + 1][26][26]uint32
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
// where w holds something else: its first and last letters and length
// (endsKey), plus its inner letters in any order (innerSum).
func scrambledKey(w string) (uint64, bool) {
	inner, ok := innerSum(w)
	return endsKey(w[0], w[len(w)-1], len(w)) + inner, ok
}

// endsKey is the part of a word's key its first and last letters and its
// length make.
func endsKey(first, last byte, n int) uint64 {
	return mix64(uint64(first)<<16 | uint64(last)<<8 | uint64(n))
}

// innerSum is the part of a word's key its inner letters make, the same
// in any order and written backwards; false where one is not a lower-case
// ASCII letter.
func innerSum[S string | []byte](w S) (uint64, bool) {
	var k uint64
	for i := 1; i < len(w)-1; i++ {
		c := w[i] - 'a'
		if c >= 26 {
			return 0, false
		}
		k += letterKeys[c]
	}
	return k, true
}

// latinLexicon reports whether the lexicon's entries of lang are written
// in Latin letters.
func latinLexicon(lang string) bool {
	switch lang {
	case "en", "fr", "es", "de", "it", "pt", "nl", "pl", "tr":
		return true
	}
	return false
}

// buildScrambled collects the one-word phrases of specs' entries of
// scrambledConcepts in the languages written in Latin letters (a stem's
// "*" dropped). Two words with the same letters
// are both left out, unless the lexicon reads them alike ("ignore" and its
// misspellings "igonre" and "ingore").
func buildScrambled(specs []entrySpec) *scrambledTable {
	t := &scrambledTable{words: map[uint64]string{}, spelled: map[string]bool{}}
	concepts := map[uint64]uint64{}
	clash := map[uint64]bool{}
	for _, e := range specs {
		if !latinLexicon(e.lang) || e.concepts&scrambledConcepts == 0 {
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
			t.spelled[w] = true
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
	for k, w := range t.words {
		t.bloom[k>>54] |= 1 << (k >> 48 & 63)
		f, l := w[0]-'a', w[len(w)-1]-'a'
		t.tests[len(w)][f][l] |= testShuffled
	}
	for w := range t.spelled {
		f, l := w[0]-'a', w[len(w)-1]-'a'
		t.tests[len(w)][l][f] |= testBackwards
		t.tests[len(w)][25-f][25-l] |= testAtbash
		t.tests[len(w)][(f+13)%26][(l+13)%26] |= testRot13
		t.tests[len(w)][(l+13)%26][(f+13)%26] |= testRotRev
	}
	for _, w := range spellingWords {
		t.tests[len(w)][w[0]-'a'][w[len(w)-1]-'a'] |= testSpelled
	}
	for _, w := range cipherWords {
		t.tests[len(w)][w[0]-'a'][w[len(w)-1]-'a'] |= testCipher
		t.cipherSecond[len(w)][w[0]-'a'][w[len(w)-1]-'a'] |= 1 << (w[1] - 'a')
	}
	return t
}

// mayHold reports whether a word of key k may be in the table.
func (t *scrambledTable) mayHold(k uint64) bool { return t.bloom[k>>54]&(1<<(k>>48&63)) != 0 }

// has reports whether w is one of the table's words.
func (t *scrambledTable) has(w string) bool {
	n := len(w)
	if n < scrambledMin || n > scrambledMax {
		return false
	}
	f, l := w[0]-'a', w[n-1]-'a'
	if f >= 26 || l >= 26 || t.tests[n][f][l]&testShuffled == 0 {
		return false
	}
	k, ok := scrambledKey(w)
	return ok && t.mayHold(k) && t.spelled[w] && t.words[k] != ""
}

// fix is a word of Norm read otherwise: where it is, what it reads as,
// and its index among the words.
type fix struct {
	start, end int
	word       string
	at         int
}

// near keeps the fixes that stand within scrambledNear words of another.
func near(fixes []fix) []fix {
	kept := fixes[:0]
	for k, f := range fixes {
		if k > 0 && f.at-fixes[k-1].at <= scrambledNear || k+1 < len(fixes) && fixes[k+1].at-f.at <= scrambledNear {
			kept = append(kept, f)
		}
	}
	return kept
}

// nearAny keeps the fixes of some that stand within reach words of one of
// others (both in order).
func nearAny(some, others []fix, reach int) []fix {
	var kept []fix
	k := 0
	for _, f := range some {
		for k < len(others) && others[k].at < f.at-reach {
			k++
		}
		if k < len(others) && others[k].at <= f.at+reach {
			kept = append(kept, f)
		}
	}
	return kept
}

// shuffled returns the word of the table of key k that w, a word of
// Norm, is a shuffle of but not a spelling of, or "".
func (t *scrambledTable) shuffled(k uint64, w []byte) string {
	if !t.mayHold(k) || t.spelled[string(w)] {
		return ""
	}
	return t.words[k]
}

// atbashKeys and rot13Keys are the letterKeys of the letters that each
// letter stands for in Atbash and in ROT13.
var atbashKeys, rot13Keys = func() (a, r [26]uint64) {
	for i := range 26 {
		a[i], r[i] = letterKeys[25-i], letterKeys[(i+13)%26]
	}
	return a, r
}()

// turnedKey is the key of the word that w, a word of lower-case ASCII
// letters whose innerSums are inner, atb and rot, is read as turned back
// from in the way kind names (stopRev, stopAtbash, stopRot or
// stopRotRev).
func turnedKey(w []byte, kind int, inner, atb, rot uint64) uint64 {
	n := len(w)
	f, l := w[0], w[n-1]
	switch kind {
	case stopRev:
		return endsKey(l, f, n) + inner
	case stopAtbash:
		return endsKey(atbash(f), atbash(l), n) + atb
	case stopRot:
		return endsKey(rot13(f), rot13(l), n) + rot
	}
	return endsKey(rot13(l), rot13(f), n) + rot
}

// innerSums is innerSum of w, with the sums of the letters its inner
// letters stand for in Atbash (atb) and in ROT13 (rot), made in the same
// pass, where tests holds a way of turnedKinds that needs them.
func innerSums(w []byte, tests uint8) (inner, atb, rot uint64, ok bool) {
	if tests&(testAtbash|testRot13|testRotRev) == 0 {
		inner, ok = innerSum(w)
		return inner, 0, 0, ok
	}
	for _, c := range w[1 : len(w)-1] {
		c -= 'a'
		if c >= 26 {
			return 0, 0, 0, false
		}
		inner += letterKeys[c]
		atb += atbashKeys[c]
		rot += rot13Keys[c]
	}
	return inner, atb, rot, true
}

// turned reports whether w, a word of Norm, is a word of the table
// written in the way kind names (stopRev, stopAtbash, stopRot or
// stopRotRev).
func (t *scrambledTable) turned(w []byte, kind int) bool {
	var buf [scrambledMax]byte
	n := len(w)
	m, backwards := turnMap(kind), turnedBackwards(kind)
	for i, c := range w {
		if backwards {
			i = n - 1 - i
		}
		buf[i] = m[c]
	}
	return t.has(bytesString(buf[:n]))
}

// turnedLines makes the lines that hold words of the lexicon written in
// the way kind names (fixes, near each other) candidates for reading
// turned back, as a line of such English is (see decodePayloads): a short
// order ("snoitcurtsni suoiverp lla erongi", Atbash "rtmliv kiverlfh
// rmhgifxgrlmh") has too few common words to tell. What is read is the
// line around those words, within scrambledContext bytes of them and
// maxScrambledView in all. A line none of whose such words is outside a
// known candidate of the kind is left to it: the first known candidates,
// found while Norm was written, in order.
func (b *builder) turnedLines(fixes []fix, kind, known int, added *int) {
	direct := len(b.buf)
	c := 0 // the known candidates ending before the fix looked at, passed
	for k := 0; k < len(fixes) && *added < maxScrambledViews; {
		lo := b.viewStart(fixes[k].start, scrambledContext)
		lineEnd := b.viewEnd(fixes[k].end, direct, direct)
		outside := false
		last := k
		for ; last < len(fixes) && fixes[last].start < lineEnd && fixes[last].end-lo <= maxScrambledView; last++ {
			for c < known && b.lineCands[c].end < fixes[last].end {
				c++
			}
			if c == known || b.lineCands[c].kind != kind || b.lineCands[c].start > fixes[last].start {
				outside = true
			}
		}
		hi := b.viewEnd(fixes[last-1].end, scrambledContext, lineEnd)
		k = last
		if outside {
			*added += hi - lo
			b.lineCands = append(b.lineCands, lineCand{start: lo, end: hi, kind: kind})
		}
	}
}

// viewStart is where a view of Norm read again around a word that starts
// at s begins: at its line's start, or past the first space within back
// bytes before s; never inside a character.
func (b *builder) viewStart(s, back int) int {
	lo := bytes.LastIndexByte(b.buf[:s], '\n') + 1
	if lo >= s-back {
		return lo
	}
	lo = s - back
	if sp := bytes.IndexByte(b.buf[lo:s], ' '); sp >= 0 {
		return lo + sp + 1
	}
	for lo < s && !utf8.RuneStart(b.buf[lo]) {
		lo++
	}
	return lo
}

// viewEnd is where such a view ends after a word that ends at e: at its
// line's end, no further than limit, or at the last space within ahead
// bytes after e; never inside a character.
func (b *builder) viewEnd(e, ahead, limit int) int {
	hi := limit
	if nl := bytes.IndexByte(b.buf[e:limit], '\n'); nl >= 0 {
		hi = e + nl
	}
	if hi <= e+ahead {
		return hi
	}
	hi = e + ahead
	if sp := bytes.LastIndexByte(b.buf[e:hi], ' '); sp >= 0 {
		return e + sp
	}
	for hi > e && !utf8.RuneStart(b.buf[hi]) {
		hi--
	}
	return hi
}

// chargeView charges a view of n bytes read again to the decoding budget
// and to added, the bytes of such views so far, if both allow it.
func (b *builder) chargeView(n int, added *int) bool {
	if *b.budget < n || *added+n > maxScrambledViews {
		return false
	}
	*b.budget -= n
	*added += n
	return true
}

// endView records Norm from start on, written as Norm's [lo, hi) read
// again (backwards, in ROT13, unscrambled, shifted back), as a region
// decoded from the source's run under [lo, hi).
func (b *builder) endView(start, lo, hi int) {
	b.regions = append(b.regions, region{normStart: int32(start), normEnd: int32(len(b.buf)), origStart: b.origOf(lo), origEnd: b.origEnd(hi)})
	b.decoded++
}

// origEnd maps the end of a range of Norm ending at i to the end of the
// source's range, at a character's end.
func (b *builder) origEnd(i int) int32 {
	eo := b.origOf(i-1) + 1
	for int(eo) < len(b.src) && !utf8.RuneStart(b.src[eo]) {
		eo++
	}
	return eo
}

// hyphenated reads the words from the i-th joined by hyphens ("ig-nore",
// "in-struc-tions"), up to maxHyphenated of them: the index of the last
// and the word of the table they spell together, or "" where they spell
// none ("pre-trained", "well-known").
func (b *builder) hyphenated(i int) (int, string) {
	var buf [scrambledMax]byte
	n := 0
	for j := i; j < len(b.words) && j < i+maxHyphenated; j++ {
		s, e := b.words[j].bounds()
		if b.words[j].end&wordASCII == 0 || n+e-s > scrambledMax || j > i && b.buf[s-1] != '-' {
			return 0, ""
		}
		n += copy(buf[n:], b.buf[s:e])
		if j > i && scrambled.has(bytesString(buf[:n])) {
			return j, string(buf[:n])
		}
		if e >= len(b.buf) || b.buf[e] != '-' {
			return 0, ""
		}
	}
	return 0, ""
}

// findScrambled appends each line of the direct text in which two
// scrambled or Pig Latin words (see pigLatin) stand near each other, or a
// word of words run together (see joinedWords), read with those words
// mended. Lines in which two words stand near each other written
// backwards, in Atbash, in ROT13 or in ROT13 backwards become candidates
// for reading so (see turnedLines), and a text that names a cipher is
// tried in Caesar shifts (see findShifted).
func (b *builder) findScrambled() {
	if len(b.words) == 0 {
		return
	}
	var fixes, joined, spelled, guesses []fix
	pigs := 0 // Pig Latin words read as the lexicon's or common words
	var codes charCodes
	var turned [len(turnedKinds)][]fix
	cipherNamed := false
	tests := &scrambled.tests
	skip := 0 // words up to here were read as part of a hyphenated one
	for i, ws := range b.words {
		s, e := ws.bounds()
		if i < skip {
			continue
		}
		if e < len(b.buf) && b.buf[e] == '-' {
			if j, u := b.hyphenated(i); u != "" {
				_, end := b.words[j].bounds()
				fixes = append(fixes, fix{s, end, u, i})
				skip = j + 1
				continue
			}
		}
		// The cheap test first, inline: most words have no shuffled or
		// backward look-alike of their length and first and last letters,
		// and name no cipher.
		n := e - s
		if n <= 3 && b.buf[s] <= '9' && ws.end&wordASCII != 0 {
			codes.add(b.buf, s, e, i)
			continue
		}
		if ws.end&wordASCII == 0 || n < scrambledMin {
			continue
		}
		if n >= 4 && b.buf[e-2] == 'a' && b.buf[e-1] == 'y' {
			if u := pigLatin(b.buf[s:e]); u != "" {
				fixes = append(fixes, fix{s, e, u, i})
				pigs++
				continue
			}
			if u := pigGuess(b.buf[s:e]); u != "" {
				guesses = append(guesses, fix{s, e, u, i})
			}
		}
		if n > scrambledMax {
			if n >= minJoined && n <= maxJoined {
				if u := joinedWords(b.buf[s:e]); u != "" {
					joined = append(joined, fix{s, e, u, i})
				}
			}
			continue
		}
		f, l := b.buf[s]-'a', b.buf[e-1]-'a'
		if f >= 26 || l >= 26 {
			continue
		}
		t := tests[n][f][l]
		if t == 0 {
			continue
		}
		w := b.buf[s:e]
		if t&(testShuffled|testTurned) != 0 {
			// One sum of the inner letters serves the word's key and that
			// of the word it is written backwards; the keys of Atbash and
			// ROT13 sum the letters they stand for. The bloom filter turns
			// most words away before any of them is turned back.
			if inner, atb, rot, ok := innerSums(w, t); ok {
				if t&testShuffled != 0 {
					if u := scrambled.shuffled(endsKey(w[0], w[n-1], n)+inner, w); u != "" {
						fixes = append(fixes, fix{s, e, u, i})
					}
				}
				if t&testTurned != 0 {
					for k, tk := range turnedKinds {
						if t&tk.test != 0 && scrambled.mayHold(turnedKey(w, tk.kind, inner, atb, rot)) && scrambled.turned(w, tk.kind) {
							turned[k] = append(turned[k], fix{s, e, "", i})
						}
					}
				}
			}
		}
		if t&testCipher != 0 && w[1]-'a' < 26 && scrambled.cipherSecond[n][f][l]&(1<<(w[1]-'a')) != 0 && cipherWord(w) {
			cipherNamed = true
		}
		// No more words of the spelling alphabet are kept than its views
		// can read (see readSpelled).
		if t&testSpelled != 0 && len(spelled) < maxScrambledViews && spellingWord(w) {
			spelled = append(spelled, fix{s, e, "", i})
		}
	}
	known, added := len(b.lineCands), 0
	for k, tk := range turnedKinds {
		b.turnedLines(near(turned[k]), tk.kind, known, &added)
	}
	b.findShifted(cipherNamed)
	fixes = near(fixes)
	if pigs >= minPigSure && len(guesses) > 0 {
		// In a text in Pig Latin, its other words are read by their
		// likeliest spelling (see pigGuess), near the words read surely.
		fixes = append(fixes, nearAny(guesses, fixes, pigNear)...)
	}
	// A word of words run together is enough on its own: it is a phrase.
	if len(joined) > 0 || len(guesses) > 0 {
		fixes = append(fixes, joined...)
		slices.SortFunc(fixes, func(x, y fix) int { return x.start - y.start })
	}
	b.mendLines(fixes)
	// The spelled-out letters and character codes come after the views of
	// lines, which end where the direct text does.
	b.readSpelled(spelled)
	b.readCodes(&codes)
}

// mendLines appends the lines of fixes (in order), each within
// scrambledContext bytes of its first and last fix, read with its fixes'
// words in their place.
func (b *builder) mendLines(fixes []fix) {
	direct, added := len(b.buf), 0
	for k := 0; k < len(fixes); {
		// The line of fixes[k], within scrambledContext bytes of it at
		// either end, and the fixes within that.
		lo := b.viewStart(fixes[k].start, scrambledContext)
		lineEnd := b.viewEnd(fixes[k].end, direct, direct)
		last := k
		for last+1 < len(fixes) && fixes[last+1].start < lineEnd && fixes[last+1].end-lo <= maxScrambledView {
			last++
		}
		hi := b.viewEnd(fixes[last].end, scrambledContext, lineEnd)
		if !b.chargeView(hi-lo, &added) {
			return
		}
		start := len(b.buf)
		b.buf = append(b.buf, '\n')
		at := lo
		for ; k <= last; k++ {
			b.buf = append(b.buf, b.buf[at:fixes[k].start]...)
			b.buf = append(b.buf, fixes[k].word...)
			at = fixes[k].end
		}
		b.buf = append(b.buf, b.buf[at:hi]...)
		b.endView(start, lo, hi)
	}
}
