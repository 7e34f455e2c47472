package detect

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode/utf8"
)

// The phrase layer works in two steps. A lexicon maps words and phrases of
// many languages to concepts ("ignore", "previous", "instructions",
// "reveal", "system prompt", ...); one pass over Text.Norm finds every
// lexicon entry. Rules then ask for concepts that occur together within a
// window, in any order, so "ignore all previous instructions", "vergiss
// alle vorherigen Anweisungen" and "以前の指示を無視して" meet the same rule
// whatever the word order of their language.

// concept is one meaning the lexicon recognises; a bit in a uint64 mask.
type concept uint8

// hit is one lexicon match in Norm.
type hit struct {
	start, end int32  // bytes of Norm
	pos        int32  // rune index of start, for windows
	concepts   uint64 // what the entry means
	arg        int64  // a number's value, a unit's kind
}

// End conditions of a lexicon entry.
const (
	endWord = iota // the match ends at a word boundary
	endStem        // the match may continue into a longer word
	endLine        // only white space, ':' or the end of the line follows
)

type lexEntry struct {
	pat       string
	concepts  uint64
	end       uint8
	lineStart bool // must start a line
	caps      bool // the original must be written in capitals ("DAN")
	foreign   bool // written in letters that fold to Latin ones (see lookAlikeScript)
	// docOnly: the entry is nothing but marks that only untrusted content
	// is read for (documentMarks), so a user's message gets no hit of it.
	docOnly bool
	arg     int64 // unit kind or number value
}

// lexicon finds entries with one hash probe per word start (and per
// character in scripts written without spaces).
type lexicon struct {
	entries []lexEntry
	long    probeTable // entries of 4 bytes or more, by their first 4 bytes
	wide    probeTable // entries of 8 bytes or more under a runWide key, by their first 8
	short   probeTable // shorter entries, by all their bytes
	trigger [256]bool  // ASCII punctuation that starts some entry
	// plainGap marks the ASCII bytes outside words that scanRange would
	// only step over: no entry starts there and they are not '@'.
	plainGap [256]bool
	// byLookup makes scan call lookup for each word, the plain form of
	// what it does inline; tests compare the two. False in production.
	byLookup bool
}

// probeTable is an open-addressing hash table from a key to a run of
// candidate entries, kept flat and small so a probe stays in cache.
type probeTable struct {
	keys []uint64
	// runs holds offset<<32 | count into cands, with runWide set where the
	// key's longer entries are in the lexicon's wide table; 0 marks an
	// empty slot.
	runs  []uint64
	cands []cand
	shift uint
	// bloom has a bit set for every key's hash: most words are no entry's
	// start and are turned away by one bit.
	bloom [1 << 10]uint64
}

const runWide = 1 << 31

// cand is one entry behind a key, with the next bytes of its pattern
// (after those the key holds) packed for a one-instruction test.
type cand struct {
	next, mask uint64
	idx        int32
}

// candAfter is the candidate for entry idx whose pattern's first n bytes
// are its key.
func candAfter(pat string, n int, idx int32) cand {
	tail := pat[min(n, len(pat)):min(len(pat), n+8)]
	var mask uint64
	for i := 0; i < len(tail); i++ {
		mask |= 0xFF << (8 * i)
	}
	return cand{next: load8(tail, 0), mask: mask, idx: idx}
}

// build fills the table from m; the keys in wide get runWide.
func (pt *probeTable) build(m map[uint64][]cand, wide map[uint64]bool) {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	pt.keys = make([]uint64, size)
	pt.runs = make([]uint64, size)
	pt.cands = []cand{{}} // offset 0 is never a run
	pt.shift = uint(64 - bitsLen(size))
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // a deterministic layout
	for _, k := range keys {
		l := m[k]
		h := pt.slot(k)
		for pt.runs[h] != 0 {
			h = (h + 1) & (len(pt.keys) - 1)
		}
		pt.keys[h] = k
		b := bloomBit(k)
		pt.bloom[b>>6] |= 1 << (b & 63)
		pt.runs[h] = uint64(len(pt.cands))<<32 | uint64(len(l))
		if wide[k] {
			pt.runs[h] |= runWide
		}
		pt.cands = append(pt.cands, l...)
	}
}

func bitsLen(n int) int {
	b := 0
	for n > 1 {
		n >>= 1
		b++
	}
	return b
}

func (pt *probeTable) slot(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> pt.shift)
}

func bloomBit(k uint64) uint32 { return uint32((k * 0x9E3779B97F4A7C15) >> 48) }

// mayHold reports whether k may be a key: false means it is not.
func (pt *probeTable) mayHold(k uint64) bool {
	b := bloomBit(k)
	return pt.bloom[b>>6&(1<<10-1)]&(1<<(b&63)) != 0
}

// get is the run of k (see runs), 0 when there is none.
func (pt *probeTable) get(k uint64) uint64 {
	if !pt.mayHold(k) {
		return 0
	}
	return pt.probe(k)
}

// probe is get for a key that mayHold let through.
func (pt *probeTable) probe(k uint64) uint64 {
	mask := len(pt.keys) - 1
	for h := pt.slot(k); ; h = (h + 1) & mask {
		r := pt.runs[h]
		if r == 0 || pt.keys[h] == k {
			return r
		}
	}
}

// run is the candidates of a run that get or probe returned.
func (pt *probeTable) run(r uint64) []cand {
	off := r >> 32
	return pt.cands[off : off+r&(runWide-1)]
}

// load8 packs up to eight bytes of s from p (zeros past its end). It is
// small enough to be inlined; load8Tail reads the last bytes of s.
func load8(s string, p int) uint64 {
	if p+8 <= len(s) {
		return binary.LittleEndian.Uint64([]byte(s[p : p+8]))
	}
	return load8Tail(s, p)
}

func load8Tail(s string, p int) uint64 {
	var v uint64
	for i := 0; p+i < len(s) && i < 8; i++ {
		v |= uint64(s[p+i]) << (8 * i)
	}
	return v
}

func key4(s string, p int) uint64 {
	_ = s[p+3]
	return uint64(s[p]) | uint64(s[p+1])<<8 | uint64(s[p+2])<<16 | uint64(s[p+3])<<24
}

func keyShort(s string) uint64 {
	var k uint64
	for i := 0; i < len(s); i++ {
		k |= uint64(s[i]) << (8 * i)
	}
	return k | uint64(len(s))<<24 | 1<<31
}

// keyShortAt is keyShort(s[p:p+n]) for n < 4 and p+4 <= len(s): the
// bytes read as key4 reads them, cut to n.
func keyShortAt(s string, p, n int) uint64 {
	return key4(s, p)&(1<<(8*n)-1) | uint64(n)<<24 | 1<<31
}

// isWordByte reports whether c continues a word of Norm: ASCII letters and
// digits, and the bytes of Latin, Greek, Cyrillic and Armenian letters
// (two-byte sequences up to U+057F). Later scripts are matched character by
// character instead.
func isWordByte(c byte) bool {
	return asciiClass[c]&clsWord != 0 || c >= 0x80 && c < 0xD6
}

// everyRune reports whether entries are looked up at every character of a
// rune (scripts written without spaces, or gluing words together, and
// symbols such as emoji).
func everyRune(r rune) bool { return r >= 0x0590 }

// entrySpec is how the lexicon is written in source: one concept (or
// several), a language tag, and '|'-separated phrases (';'-separated when
// the tag ends in ';'). A phrase ending in
// '*' matches as a stem; one ending in '$' must end its line; one starting
// with '^' must start a line; one starting with '!' must be in capitals.
type entrySpec struct {
	concepts uint64
	lang     string
	phrases  string
	arg      int64
}

// Marks: args that tell a reader before the rules which words to look at,
// on entries with no concept of their own or beside their concepts. Each
// is a bit of its own, apart from those of numbers' values and units and
// of the acts' (actVerb, actObject and their classes, see actSpecs),
// which no marked entry carries. A reader before the rules clears the
// mark it looks for (see dropMarks); the marks read after the rules
// (strayOrder's, skewedReport's, claimedControl's) stay in the hits. The
// rules and the classifiers read concepts, never marks.
const (
	// argNotice: a message's words telling its reader to disregard it
	// (documentSpecs, read by ignoredNotices).
	argNotice int64 = 1 << 42
	// argSuspicious: "suspicious" and "phishing" (documentSpecs, read by
	// reportedSuspicious).
	argSuspicious int64 = 1 << 43
	// argGiven: a clause that says something was given to the model
	// (givenSpecs, read by givenToYou).
	argGiven int64 = 1 << 44
	// argGivenOwn: a clause of givenMoreSpecs, read by givenToYou in the
	// user's own messages at detection only. It is argGiven with
	// argOwnWording, which no clause of givenSpecs carries; givenToYou
	// drops it before ownPromptRecast, the reader of argOwnWording, looks.
	argGivenOwn = argGiven | argOwnWording
	// argReader: a word that turns a line's head to its reader
	// (readerSpecs, read by spokenTo).
	argReader int64 = 1 << 45
	// argDesign: the first person writing a prompt, or asking how to
	// (designSpecs, read by designedPrompts).
	argDesign int64 = 1 << 46
	// argProcessor and argProcessVerb: a noun of a document's reader and
	// a verb of processing a text (processorSpecs, read by
	// processorAddresses).
	argProcessor   int64 = 1 << 47
	argProcessVerb int64 = 1 << 48
	// argSoftware: beside either, a noun or verb of software
	// (processorWords).
	argSoftware int64 = 1 << 49
	// argLapse: the rules said to have lapsed ("are outdated", "ne
	// s'appliquent plus"), read by lapsedSubjects. It is the one mark
	// read by evalRules rather than before it, after domainRules has
	// given other people's rules to them.
	argLapse int64 = 1 << 50
	// argForged and argVouching: a word of forgery and a document that
	// vouches for someone (forgerySpecs, read by forgedDocuments).
	argForged   int64 = 1 << 51
	argVouching int64 = 1 << 52
	// argVocative: a bare name of an assistant (vocativeSpecs, read by
	// vocatives).
	argVocative int64 = 1 << 53
	// argVocativeCue: a verb of processing said to the processor
	// (vocativeCueSpecs, read by vocatives).
	argVocativeCue int64 = 1 << 54
	// argStrayReply and argStrayProcessor: a word of the reply or the
	// summary, and a name of whoever processes a document (straySpecs,
	// read by strayOrder after the rules, which do not look at them).
	argStrayReply     int64 = 1 << 55
	argStrayProcessor int64 = 1 << 56
	// argOwnWording and argOwnForm: a word of a text's exact wording or of
	// probing it ("every word from the original", "how many words",
	// "first sentence"), and a form to recast a text in ("limerick",
	// "hexadécimal", "fill in the blanks") (recastSpecs, read by
	// ownPromptRecast).
	argOwnWording int64 = 1 << 57
	argOwnForm    int64 = 1 << 58
	// argToolSpec and argToolOwner: a word of a tool's specification
	// ("JSON schema", "parameters", "raw definitions") and a clause that
	// gives tools to the model ("you can call", "available to you")
	// (toolSpecs, read by ownPromptRecast).
	argToolSpec  int64 = 1 << 59
	argToolOwner int64 = 1 << 60
	// argSkewHide and argSkewAs: an order to leave something out of a
	// report and one to present something as something (skewSpecs, read
	// by skewedReport after the rules, which do not look at them).
	argSkewHide int64 = 1 << 61
	argSkewAs   int64 = 1 << 62
	// argClaim and argControl: a claim of a new role over a business or
	// a bot, and words that put the model under the writer (claimSpecs
	// and controlSpecs, read by claimedControl after the rules, which do
	// not look at them). They sit just below the acts' bits, the marks
	// above those being taken.
	argClaim   int64 = 1 << 38
	argControl int64 = 1 << 39
)

// documentMarks are the marks read in untrusted content only
// (processorAddresses).
const documentMarks = argProcessor | argProcessVerb | argSoftware | argStrayReply | argStrayProcessor | argSkewHide | argSkewAs

// wordMarks are the marks. One word may carry several, for the readers of
// each (a verb of processing that also turns a line's head to its reader).
const wordMarks = argNotice | argSuspicious | argGiven | argReader | argDesign | argProcessor | argProcessVerb | argSoftware | argLapse | argForged | argVouching | argVocative | argVocativeCue | argStrayReply | argStrayProcessor | argOwnWording | argOwnForm | argToolSpec | argToolOwner | argSkewHide | argSkewAs | argClaim | argControl

// marked reports whether arg, a hit's, is marks only, mark among them: a
// number's value or an act's class is no mark.
func marked(arg, mark int64) bool { return arg&mark != 0 && arg&^wordMarks == 0 }

// firstMarked returns the index of the first of hits that carries mark,
// or -1: where a reader of the mark starts, if it has anything to read.
func firstMarked(hits []hit, mark int64) int {
	return slices.IndexFunc(hits, func(h hit) bool { return marked(h.arg, mark) })
}

// wideAfter is how many entries may share their first four bytes before
// the longer of them are keyed by eight.
const wideAfter = 16

// britishSpellings are the words of the lexicon's English phrases that
// people also spell the British way.
var britishSpellings = map[string]string{
	"summarize": "summarise", "summarizes": "summarises", "summarized": "summarised", "summarizing": "summarising",
	"summarizer": "summariser", "summarizers": "summarisers", "authorize": "authorise", "authorized": "authorised",
	"authorizing": "authorising", "authorization": "authorisation", "customization": "customisation",
	"radicalize": "radicalise", "recognize": "recognise", "recognizing": "recognising", "utilize": "utilise",
	"weaponize": "weaponise", "weaponized": "weaponised", "rumor": "rumour", "rumors": "rumours",
	"behavior": "behaviour", "behaviors": "behaviours", "analyze": "analyse", "organization": "organisation",
	"prioritize": "prioritise", "legalize": "legalise", "legalized": "legalised", "sanitize": "sanitise",
}

// withBritish returns phrases with, for an English list, each phrase that
// holds a word of britishSpellings also spelled the British way.
func withBritish(lang string, phrases []string) []string {
	if lang != "en" {
		return phrases
	}
	out := phrases
	for _, p := range phrases {
		words := strings.Fields(p)
		changed := false
		for i, w := range words {
			stem, star := strings.CutSuffix(w, "*")
			if b, ok := britishSpellings[stem]; ok {
				words[i] = b
				if star {
					words[i] += "*"
				}
				changed = true
			}
		}
		if changed {
			if len(out) == len(phrases) {
				out = slices.Clone(phrases)
			}
			out = append(out, strings.Join(words, " "))
		}
	}
	return out
}

func buildLexicon(specs []entrySpec) *lexicon {
	lx := &lexicon{}
	long := map[uint64][]cand{}
	short := map[uint64][]cand{}
	seen := map[string]int{}
	for _, sp := range specs {
		sep := "|"
		if strings.HasSuffix(sp.lang, ";") {
			// Lists of symbols that hold '|' are separated by ';'.
			sep = ";"
		}
		for _, raw := range withBritish(sp.lang, strings.Split(sp.phrases, sep)) {
			raw = strings.TrimSpace(raw)
			if raw == "" {
				continue
			}
			e := lexEntry{concepts: sp.concepts, arg: sp.arg, end: endWord}
			if strings.HasPrefix(raw, "!") {
				e.caps = true
				raw = raw[1:]
			}
			if strings.HasPrefix(raw, "^") {
				e.lineStart = true
				raw = raw[1:]
			}
			switch {
			case strings.HasSuffix(raw, "*"):
				e.end = endStem
				raw = raw[:len(raw)-1]
			case strings.HasSuffix(raw, "$"):
				e.end = endLine
				raw = raw[:len(raw)-1]
			}
			// Entries are normalised like the text they will meet, so
			// accents, case and look-alikes never need spelling out.
			pat := NewText(raw, false).Norm
			if pat == "" {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(pat); everyRune(r) {
				e.end = endStem
			}
			e.pat = pat
			e.foreign = lookAlikeScript(raw) && isASCII(pat)
			sig := pat + string(rune('0'+e.end))
			if e.foreign {
				sig += "~"
			}
			if e.lineStart {
				sig += "^"
			}
			if e.caps {
				sig += "!"
			}
			if i, ok := seen[sig]; ok {
				lx.entries[i].concepts |= e.concepts
				switch old := lx.entries[i].arg; {
				case old > 0 && e.arg > 0 && old&(actVerb|actObject) != 0 && e.arg&(actVerb|actObject) != 0:
					// An act's verb or object in several classes.
					lx.entries[i].arg |= e.arg
				case marked(old, wordMarks) && marked(e.arg, wordMarks):
					// A word several readers look for.
					lx.entries[i].arg |= e.arg
				case old != 0 && marked(e.arg, wordMarks):
					// A mark never takes the place of what a word's
					// concepts read in its arg (TestLexiconMarks_ArgsApart
					// finds a word that loses its mark so).
				case e.arg != 0:
					lx.entries[i].arg = e.arg
				}
				continue
			}
			seen[sig] = len(lx.entries)
			idx := int32(len(lx.entries))
			lx.entries = append(lx.entries, e)
			if len(pat) >= 4 {
				k := key4(pat, 0)
				long[k] = append(long[k], candAfter(pat, 4, idx))
			} else {
				k := keyShort(pat)
				short[k] = append(short[k], cand{idx: idx})
			}
			if c := pat[0]; c < utf8.RuneSelf && !isWordByte(c) {
				lx.trigger[c] = true
			}
		}
	}
	for i := range lx.entries {
		e := &lx.entries[i]
		e.docOnly = e.concepts == 0 && e.arg != 0 && e.arg&^documentMarks == 0
	}
	// Where four bytes start many entries ("non ", "dein", an Arabic
	// word's article, a Devanagari letter and its vowel sign), those of
	// eight bytes or more are keyed by their first eight, so a word is
	// tested against few candidates.
	wideKeys := map[uint64]bool{}
	wide := map[uint64][]cand{}
	for k, l := range long {
		if len(l) <= wideAfter {
			continue
		}
		wideKeys[k] = true
		kept := l[:0]
		for _, c := range l {
			if pat := lx.entries[c.idx].pat; len(pat) >= 8 {
				k8 := load8(pat, 0)
				wide[k8] = append(wide[k8], candAfter(pat, 8, c.idx))
			} else {
				kept = append(kept, c)
			}
		}
		long[k] = kept
	}
	lx.long.build(long, wideKeys)
	lx.wide.build(wide, nil)
	lx.short.build(short, nil)
	for c := range utf8.RuneSelf {
		lx.plainGap[c] = asciiClass[c]&clsWord == 0 && !lx.trigger[c] && c != '@'
	}
	return lx
}

// scan appends to hits every lexicon entry found in Norm[:end]. Numbers
// are reported as hits of cNumber with their value.
func (lx *lexicon) scan(t *Text, end int, hits []hit) []hit {
	s := t.Norm[:end]
	if t.words == nil || t.Direct > end {
		return lx.scanRange(t, s, 0, len(s), 0, hits)
	}
	// The normaliser found the words of the direct part: look each up at
	// its start, and look at the gaps between them for punctuation that
	// opens an entry.
	prevEnd, pos := 0, int32(0)
	for _, w := range t.words {
		a, b := w.bounds()
		if a == prevEnd+1 && lx.plainGap[s[prevEnd]] {
			// A space or punctuation that opens no entry: the usual gap.
			pos++
		} else if a > prevEnd {
			hits = lx.scanRange(t, s, prevEnd, a, pos, hits)
			pos += runeCount(s[prevEnd:a])
		}
		if w.end&wordASCII != 0 {
			if c := s[a]; c >= '0' && c <= '9' {
				hits = numberHit(s, a, b, pos, hits)
			}
			// Most words start no entry: the filters say so without a
			// probe. (This is lookup, with each key made and filtered
			// once.)
			if lx.byLookup {
				hits = lx.lookup(t, s, a, b-a, pos, hits)
			} else if a+4 <= len(s) {
				if k := key4(s, a); lx.long.mayHold(k) {
					hits = lx.lookupLong(t, s, a, pos, lx.long.probe(k), hits)
				}
			}
			if n := b - a; !lx.byLookup && n > 0 && n < 4 {
				var k uint64
				if a+4 <= len(s) {
					k = keyShortAt(s, a, n)
				} else {
					k = keyShort(s[a:b])
				}
				if lx.short.mayHold(k) {
					hits = lx.lookupShort(t, s, a, pos, lx.short.run(lx.short.probe(k)), hits)
				}
			}
			if w.end&wordAt != 0 {
				for k := a; k < b; k++ {
					if s[k] == '@' {
						hits = lx.atSign(s, k, pos, hits)
						break
					}
				}
			}
			pos += int32(b - a)
		} else {
			hits = lx.scanRange(t, s, a, b, pos, hits)
			pos += runeCount(s[a:b])
		}
		prevEnd = b
	}
	return lx.scanRange(t, s, prevEnd, len(s), pos, hits)
}

// runeCount counts the characters of s; gaps between words are mostly a
// single ASCII space.
func runeCount(s string) int32 {
	if len(s) == 1 {
		return 1
	}
	return int32(utf8.RuneCountInString(s))
}

// scanRange is scan's byte-by-byte walk over s[from:to].
func (lx *lexicon) scanRange(t *Text, s string, from, to int, pos int32, hits []hit) []hit {
	n := to
	for p := from; p < n; {
		c := s[p]
		if c < utf8.RuneSelf {
			if asciiClass[c]&clsWord == 0 {
				if lx.trigger[c] {
					hits = lx.lookup(t, s, p, 0, pos, hits)
				}
				if c == '@' {
					hits = lx.atSign(s, p, pos, hits)
				}
				p++
				pos++
				continue
			}
		} else if c >= 0xD6 {
			r, w := utf8.DecodeRuneInString(s[p:])
			if everyRune(r) {
				hits = lx.lookup(t, s, p, w, pos, hits)
			}
			p += w
			pos++
			continue
		}
		// A word: look it up at its start, then skip it.
		q := p
		runes := int32(0)
		for q < n {
			c := s[q]
			if c < utf8.RuneSelf {
				if asciiClass[c]&clsWord == 0 {
					break
				}
				q++
			} else if c < 0xD6 && c >= 0xC0 {
				q += 2
			} else if c < 0xC0 {
				q++ // stray continuation byte
			} else {
				break
			}
			runes++
		}
		q = min(q, n)
		if c >= '0' && c <= '9' {
			hits = numberHit(s, p, q, pos, hits)
		}
		hits = lx.lookup(t, s, p, q-p, pos, hits)
		if c == '@' {
			hits = lx.atSign(s, p, pos, hits)
		}
		// '@' inside a word: an e-mail address names a destination.
		for k := p + 1; k < q-1; k++ {
			if s[k] == '@' {
				hits = lx.atSign(s, k, pos, hits)
				break
			}
		}
		p = q
		pos += runes
	}
	return hits
}

// lookup appends the entries starting at p; unit is the length of the
// word (or character) there, for entries shorter than four bytes.
func (lx *lexicon) lookup(t *Text, s string, p, unit int, pos int32, hits []hit) []hit {
	if p+4 <= len(s) {
		hits = lx.lookupLong(t, s, p, pos, lx.long.get(key4(s, p)), hits)
	}
	if unit > 0 && unit < 4 {
		hits = lx.lookupShort(t, s, p, pos, lx.short.run(lx.short.get(keyShort(s[p:p+unit]))), hits)
	}
	return hits
}

// lookupLong appends the entries of 4 bytes or more that start at p,
// given r, the run of the 4 bytes there.
func (lx *lexicon) lookupLong(t *Text, s string, p int, pos int32, r uint64, hits []hit) []hit {
	if r == 0 {
		return hits
	}
	next := load8(s, p+4)
	for _, c := range lx.long.run(r) {
		if next&c.mask == c.next {
			hits = lx.check(t, s, p, pos, c.idx, hits)
		}
	}
	if r&runWide != 0 && p+8 <= len(s) {
		if r8 := lx.wide.get(load8(s, p)); r8 != 0 {
			next := load8(s, p+8)
			for _, c := range lx.wide.run(r8) {
				if next&c.mask == c.next {
					hits = lx.check(t, s, p, pos, c.idx, hits)
				}
			}
		}
	}
	return hits
}

// lookupShort appends the entries among l, the candidates of the word of
// fewer than 4 bytes at p, that start there.
func (lx *lexicon) lookupShort(t *Text, s string, p int, pos int32, l []cand, hits []hit) []hit {
	for _, c := range l {
		hits = lx.check(t, s, p, pos, c.idx, hits)
	}
	return hits
}

func (lx *lexicon) check(t *Text, s string, p int, pos int32, i int32, hits []hit) []hit {
	e := &lx.entries[i]
	if len(e.pat) > 12 && !strings.HasPrefix(s[p:], e.pat) || len(e.pat) <= 12 && len(s)-p < len(e.pat) {
		return hits
	}
	q := p + len(e.pat)
	switch e.end {
	case endWord:
		if q < len(s) && isWordByte(s[q]) && isWordByte(e.pat[len(e.pat)-1]) {
			return hits
		}
	case endLine:
		if q < len(s) && s[q] != '\n' && s[q] != ':' && !(s[q] == ' ' && (q+1 == len(s) || s[q+1] == '\n' || s[q+1] == ':')) {
			return hits
		}
	}
	if e.docOnly && !t.Untrusted {
		return hits
	}
	if e.lineStart && p > 0 && s[p-1] != '\n' {
		return hits
	}
	if e.caps && !t.capitals(p, q) {
		return hits
	}
	if e.foreign {
		if a, b := t.Span(p, q); isASCII(t.Original[a:b]) {
			return hits
		}
	}
	return appendHit(hits, hit{start: int32(p), end: int32(q), pos: pos, concepts: e.concepts, arg: e.arg})
}

// appendHit is append for the lexicon's hits, which doubles a full slice
// where append grows a long one by a quarter: a megabyte dense with
// entries holds hundreds of thousands of hits, and growing them by
// quarters copied them some four times over.
func appendHit(hits []hit, h hit) []hit {
	if len(hits) == cap(hits) {
		grown := make([]hit, len(hits), 2*len(hits)+64)
		copy(grown, hits)
		hits = grown
	}
	return append(hits, h)
}

// capitals reports whether the original of Norm[start:end] is written in
// capital letters.
func (t *Text) capitals(start, end int) bool {
	a, b := t.Span(start, end)
	o := t.Original[a:b]
	upper := 0
	for i := 0; i < len(o); i++ {
		c := o[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			upper++
		}
	}
	return upper > 0
}

// atSign reports an e-mail address around the '@' at p as a destination.
func (lx *lexicon) atSign(s string, p int, pos int32, hits []hit) []hit {
	if p == 0 || p+3 >= len(s) || !isWordByte(s[p-1]) || !isWordByte(s[p+1]) {
		return hits
	}
	q := p + 1
	dot := false
	for q < len(s) && (isWordByte(s[q]) || s[q] == '.' || s[q] == '-') {
		if s[q] == '.' && q+1 < len(s) && isWordByte(s[q+1]) {
			dot = true
		}
		q++
	}
	if !dot {
		return hits
	}
	return appendHit(hits, hit{start: int32(p), end: int32(q), pos: pos, concepts: 1 << cDest})
}

// numberHit reads the number starting at p ("100000", "100,000",
// "100 000" is two words and stays two numbers, "10k", "2m") and reports
// it with its value, at most maxNumber.
func numberHit(s string, p, q int, pos int32, hits []hit) []hit {
	var v int64
	i := p
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			v = min(mulCapped(v, 10)+int64(c-'0'), maxNumber)
			i++
			continue
		case (c == ',' || c == '.' || c == '\'') && i+3 < len(s) && isDigits(s[i+1:i+4]) && (i+4 == len(s) || !(s[i+4] >= '0' && s[i+4] <= '9')):
			// a thousands separator followed by three digits
			i++
			continue
		}
		break
	}
	if i < len(s) {
		switch s[i] {
		case '^':
			// A power of ten or another: "10^12".
			e, n := 0, i+1
			for n < len(s) && n < i+3 && s[n] >= '0' && s[n] <= '9' {
				e = e*10 + int(s[n]-'0')
				n++
			}
			if n > i+1 && v > 1 {
				b := v
				v = 1
				for range e {
					if v == maxNumber {
						break
					}
					v = mulCapped(v, b)
				}
				i = n
			}
		case 'k':
			if i+1 == len(s) || !isWordByte(s[i+1]) {
				v = mulCapped(v, 1000)
				i++
			}
		case 'm':
			if i+1 == len(s) || !isWordByte(s[i+1]) {
				v = mulCapped(v, 1000000)
				i++
			}
		}
	}
	return appendHit(hits, hit{start: int32(p), end: int32(max(i, p+1)), pos: pos, concepts: 1 << cNumber, arg: v})
}

// maxNumber is the largest value a number is read as: every count past
// it is beyond any limit the rules set (a billion at most). It stays
// below the lowest of the marks' bits, so that no number's value reads
// as marks (see marked); TestNumberValuesBelowMarks holds it there.
const maxNumber = argClaim - 1

// mulCapped returns a×b for values of at least 0, or maxNumber where that
// is more.
func mulCapped(a, b int64) int64 {
	if a != 0 && b > maxNumber/a {
		return maxNumber
	}
	return a * b
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// lookAlikeScript reports whether s holds Cyrillic or Greek letters, whose
// look-alikes the normaliser folds to Latin. An entry written in them that
// folds to plain ASCII matches only where the original is not plain ASCII:
// Russian "не" (not) reads as "he", an English pronoun.
func lookAlikeScript(s string) bool {
	for _, r := range s {
		if r >= 0x370 && r <= 0x52F {
			return true
		}
	}
	return false
}
