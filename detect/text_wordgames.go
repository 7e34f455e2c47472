package detect

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words run together and Pig Latin. "ignoreallpreviousinstructions", a
// hashtag or a line of capitals with its spaces taken out, reads to a
// model as the words it is made of; so does "ignoreway allway
// eviouspray instructionsway", each word's first consonants moved to its
// end and "ay" added. A phrase matcher sees one long word, or none it
// knows. findScrambled reads both kinds of word as the lexicon's words
// they hide, beside the scrambled and backward ones.
const (
	// minJoined and maxJoined bound the length of a word read as words
	// run together: shorter ones are the table's own or two short words
	// ("systemprompt" is matched as it is), and an order is not longer.
	minJoined = scrambledMax + 1
	maxJoined = 64
	// minJoinedKnown is how many of the pieces must be the lexicon's
	// words about the model's instructions (see scrambledTable), and
	// minJoinedPieces how many pieces there must be: a long word of one
	// language is often two words of another ("systemanweisungen").
	minJoinedKnown  = 2
	minJoinedPieces = 3
)

// joinedWords returns w, up to maxJoined lower-case ASCII letters (a word
// of Norm, or letters read down the page), with spaces between the words
// it is made of, where all of it is the lexicon's words (see
// scrambledTable) and common short English ones, minJoinedPieces words at
// least and minJoinedKnown of them the lexicon's; "" where it is not.
func joinedWords(w []byte) string {
	n := len(w)
	if n > maxJoined {
		return ""
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	// from[i] is one more than where the last piece of a reading of
	// w[:i] starts, 0 where w[:i] has no reading; known[i] counts that
	// reading's words of the table and pieces[i] all its words. Readings
	// with more of the table's words win, then those with more words.
	var from, known, pieces [maxJoined + 1]int8
	from[0] = 1
	for i := 0; i < n; i++ {
		if from[i] == 0 {
			continue
		}
		for l := 1; l <= scrambledMax && i+l <= n; l++ {
			p := w[i : i+l]
			k := int8(0)
			switch {
			case l <= 5 && stopWord(p) == stopFwd:
			case l >= scrambledMin && scrambled.has(bytesString(p)):
				k = 1
			default:
				continue
			}
			if from[i+l] == 0 || known[i]+k > known[i+l] || known[i]+k == known[i+l] && pieces[i]+1 > pieces[i+l] {
				from[i+l], known[i+l], pieces[i+l] = int8(i+1), known[i]+k, pieces[i]+1
			}
		}
	}
	if from[n] == 0 || known[n] < minJoinedKnown || pieces[n] < minJoinedPieces {
		return ""
	}
	out := make([]byte, 0, n+n/3)
	var cuts [maxJoined]int
	c := 0
	for i := n; i > 0; i = int(from[i]) - 1 {
		cuts[c] = i
		c++
	}
	start := 0
	for k := c - 1; k >= 0; k-- {
		if start > 0 {
			out = append(out, ' ')
		}
		out = append(out, w[start:cuts[k]]...)
		start = cuts[k]
	}
	return string(out)
}

// pigLatin returns the word that w, a word of Norm ending in "ay", is in
// Pig Latin, where that is one of the lexicon's words (see scrambledTable)
// or a common short English one, or "": "eviouspray" is "previous",
// "ignoreway" "ignore", "allway" "all".
func pigLatin(w []byte) string {
	var buf [scrambledMax]byte
	base := w[:len(w)-2]
	n := len(base)
	if n < 2 || n > scrambledMax+1 {
		return ""
	}
	// A word that starts with a vowel takes "way" (or "yay", "hay").
	if c := base[n-1]; (c == 'w' || c == 'y' || c == 'h') && pigWord(base[:n-1]) {
		return string(base[:n-1])
	}
	// Otherwise the consonants that started it went to its end.
	for k := 1; k <= 3 && k < n && n <= scrambledMax; k++ {
		copy(buf[:], base[n-k:])
		copy(buf[k:], base[:n-k])
		if pigWord(buf[:n]) {
			return string(buf[:n])
		}
	}
	return ""
}

// minPigSure is how many Pig Latin words read surely (see pigLatin) make
// a text Pig Latin, and pigNear how many words from one a word whose
// spelling is guessed may stand.
const (
	minPigSure = 2
	pigNear    = 6
)

// pigOnsets are the clusters of consonants that start English words, which
// Pig Latin moves to a word's end as a whole ("ipskay" is "skip", "atchay"
// "chat", not "tchat").
var pigOnsets = map[string]bool{
	"bl": true, "br": true, "ch": true, "cl": true, "cr": true, "dr": true, "fl": true, "fr": true, "gl": true,
	"gr": true, "kn": true, "ph": true, "pl": true, "pr": true, "qu": true, "sc": true, "sh": true, "sk": true,
	"sl": true, "sm": true, "sn": true, "sp": true, "st": true, "sw": true, "th": true, "tr": true, "tw": true,
	"wh": true, "wr": true, "chr": true, "sch": true, "scr": true, "shr": true, "spl": true, "spr": true,
	"squ": true, "str": true, "thr": true,
}

// pigGuess returns the likeliest word that w, a word of Norm ending in
// "ay", is in Pig Latin, where pigLatin knows none: a word that took
// "way" keeps its vowel ("imageway" is "image"), and otherwise the
// consonants before "ay" that start an English word go back to the front
// ("arkdownmay" is "markdown", "ipskay" "skip"); "" for a word that is
// not Pig Latin's shape. The guess is wrong where a word began with w
// ("ithoutway" reads "ithout").
func pigGuess(w []byte) string {
	base := w[:len(w)-2]
	n := len(base)
	if n < 2 || n > scrambledMax+1 {
		return ""
	}
	for _, c := range base {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	if base[n-1] == 'w' && vowel(base[0]) && n > 2 {
		return string(base[:n-1])
	}
	if vowel(base[n-1]) {
		return ""
	}
	k := 1
	for m := 3; m >= 2; m-- {
		// An onset's g after an n is the end of "-ing" ("inkinglay" is
		// "linking", not "glinkin").
		if m < n && pigOnsets[string(base[n-m:])] && !(base[n-m] == 'g' && base[n-m-1] == 'n') {
			k = m
			break
		}
	}
	out := make([]byte, 0, n)
	out = append(out, base[n-k:]...)
	return string(append(out, base[:n-k]...))
}

// vowel reports whether c is an English vowel letter.
func vowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// pigWord reports whether w is a word pigLatin reads: one of the
// lexicon's or a common short English one.
func pigWord(w []byte) bool {
	return len(w) <= 5 && stopWord(w) == stopFwd || scrambled.has(bytesString(w))
}

// minVertical is how many lines of one letter each make text written down
// the page, and minAcrostic how many longer lines in a row are read for
// the words their first letters spell.
const (
	minVertical = 6
	minAcrostic = 8
)

// findVertical appends the text written down the page in the source, one
// letter a line ("i\ng\nn\no\nr\ne\n\na\nl\nl"), read across: blank lines
// part its words, and words written without them are read as words run
// together (see joinedWords). A long run is read maxScrambledView bytes a
// view, up to maxScrambledViews in all. It also appends the words the
// first letters of minAcrostic or more lines in a row spell, where they
// spell the lexicon's words as joinedWords reads them: an acrostic.
func (b *builder) findVertical() {
	s := b.src
	if strings.Count(s, "\n") < minVertical {
		return
	}
	var run []byte
	letters, start, end, added := 0, -1, 0, 0
	flush := func() {
		if letters >= minVertical && added+len(run) <= maxScrambledViews {
			added += len(run)
			text := string(bytes.TrimSpace(run))
			// Words written without blank lines between them are read
			// as words run together, however short.
			if len(text) <= maxJoined && !strings.Contains(text, " ") {
				if u := joinedWords([]byte(strings.ToLower(text))); u != "" {
					text = u
				}
			}
			b.appendDecoded(text, start, end)
		}
		run, letters, start = run[:0], 0, -1
	}
	// The first letters of the lines of the run of longer lines being
	// read (an acrostic), where it starts and ends.
	var acro []byte
	acroStart, acroEnd := -1, 0
	endAcrostic := func() {
		if len(acro) >= minAcrostic && len(acro) <= maxJoined {
			if u := joinedWords(acro); u != "" {
				b.appendDecoded(u, acroStart, acroEnd)
			}
		}
		acro, acroStart = acro[:0], -1
	}
	for i := 0; i < len(s); {
		nl := strings.IndexByte(s[i:], '\n')
		if nl < 0 {
			nl = len(s) - i
		}
		line := strings.TrimSpace(s[i : i+nl])
		// A line of two bytes or more that starts with an ASCII letter
		// goes on an acrostic; any other line ends it.
		if len(line) > 1 && asciiClass[line[0]]&clsLetter != 0 {
			if acroStart < 0 {
				acroStart = i
			}
			acro = append(acro, line[0]|0x20)
			acroEnd = i + nl
		} else {
			endAcrostic()
		}
		r, w := utf8.DecodeRuneInString(line)
		switch {
		case line == "":
			if letters > 0 && run[len(run)-1] != ' ' {
				run = append(run, ' ')
			}
		case w == len(line) && unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
			run = append(run, line...)
			letters++
			end = i + nl
			if len(run) >= maxScrambledView {
				flush() // read a long run a view at a time
			}
		default:
			flush()
		}
		i += nl + 1
	}
	flush()
	endAcrostic()
}

// spellingWords are the words of the spelling alphabet of radio and
// telephone ("india golf november oscar romeo echo"), each standing for
// its first letter.
var spellingWords = []string{
	"alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
	"juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
	"uniform", "victor", "whiskey", "whisky", "xray", "yankee", "zulu",
}

// minSpelled is how many words of the spelling alphabet in a row spell a
// text out.
const minSpelled = 4

// spellingWord reports whether w, a word of Norm, is one of
// spellingWords.
func spellingWord(w []byte) bool {
	for _, x := range spellingWords {
		if string(w) == x {
			return true
		}
	}
	return false
}

// readSpelled appends each run of minSpelled or more words of the
// spelling alphabet in a row (spelled, the words found, in order), read as
// the letters they stand for: a slash, a comma, a full stop or a line's
// end between two of them parts words ("india golf … / alfa lima lima").
func (b *builder) readSpelled(spelled []fix) {
	added := 0
	for k := 0; k < len(spelled) && added < maxScrambledViews; {
		// A long run is read maxScrambledView letters a view.
		last := k
		for last+1 < len(spelled) && spelled[last+1].at == spelled[last].at+1 && last-k+1 < maxScrambledView {
			last++
		}
		if last-k+1 >= minSpelled {
			var text []byte
			for j := k; j <= last; j++ {
				if j > k && bytes.ContainsAny(b.buf[spelled[j-1].end:spelled[j].start], "/,.|;\n") {
					text = append(text, ' ')
				}
				text = append(text, b.buf[spelled[j].start])
			}
			added += len(text)
			b.appendDecoded(string(text), int(b.origOf(spelled[k].start)), int(b.origEnd(spelled[last].end)))
		}
		k = last + 1
	}
}

// minCodes is how many decimal character codes in a row spell a text out
// ("105, 103, 110, 111, 114, 101").
const minCodes = 8

// charCodes collects the runs of decimal codes of printable ASCII
// characters among the words of Norm, parted by nothing but spaces,
// commas and semicolons: where each run is, to be read at the end.
type charCodes struct {
	runs []codeRun
	cur  codeRun
	last int // the index of the run's last word
}

// codeRun is a run of character codes: where it is in Norm, and how many.
type codeRun struct{ start, end, n int }

// add reads buf[s:e], the at-th word of Norm, one to three ASCII bytes the
// first of which is no letter, as a character code.
func (c *charCodes) add(buf []byte, s, e, at int) {
	v := 0
	for _, d := range buf[s:e] {
		if d < '0' || d > '9' {
			c.end()
			return
		}
		v = v*10 + int(d-'0')
	}
	if v < 32 || v > 126 {
		c.end()
		return
	}
	// A long run is read maxScrambledView codes a view.
	if c.cur.n > 0 && (at != c.last+1 || !codeGap(buf[c.cur.end:s]) || c.cur.n == maxScrambledView) {
		c.end()
	}
	if c.cur.n == 0 {
		c.cur.start = s
	}
	c.cur.n++
	c.cur.end, c.last = e, at
}

// codeGap reports whether g, the bytes between two character codes, parts
// them as a list does: spaces, commas and semicolons only.
func codeGap(g []byte) bool {
	for _, x := range g {
		if x != ' ' && x != ',' && x != ';' {
			return false
		}
	}
	return true
}

// end closes the run being read, keeping it if it is long enough.
func (c *charCodes) end() {
	if c.cur.n >= minCodes {
		c.runs = append(c.runs, c.cur)
	}
	c.cur = codeRun{}
}

// text is the text the run of codes at buf[r.start:r.end] spells.
func (r codeRun) text(buf []byte) []byte {
	out := make([]byte, 0, r.n)
	v, in := 0, false
	for _, d := range buf[r.start:r.end] {
		if d >= '0' && d <= '9' {
			v, in = v*10+int(d-'0'), true
			continue
		}
		if in {
			out = append(out, byte(v))
			v, in = 0, false
		}
	}
	if in {
		out = append(out, byte(v))
	}
	return out
}

// readCodes appends the text each run of character codes spells, where
// it is mostly letters and spaces: a list of numbers spells punctuation
// and letters at random.
func (b *builder) readCodes(c *charCodes) {
	c.end()
	added := 0
	for _, r := range c.runs {
		text := r.text(b.buf)
		words := 0
		for _, x := range text {
			if x == ' ' || asciiClass[x]&clsLetter != 0 {
				words++
			}
		}
		if words*10 < len(text)*8 {
			continue
		}
		if added += len(text); added > maxScrambledViews {
			return
		}
		b.appendDecoded(string(text), int(b.origOf(r.start)), int(b.origEnd(r.end)))
	}
}
