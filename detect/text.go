package detect

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Flags on ranges of Text.Norm: how the text there was derived from the
// original. Detectors read them to tell plain text from text that had to be
// unmasked.
const (
	// flagFolded marks look-alike or compatibility characters (Cyrillic in
	// a Latin word, full-width, mathematical, circled, small capitals) read
	// as the plain letters they imitate, or letters under piles of
	// combining marks.
	flagFolded uint8 = 1 << iota
	// flagLeet marks a leetspeak word read with its digits and symbols as
	// letters.
	flagLeet
	// flagSpaced marks a spaced-out word ("i g n o r e") whose separators
	// were removed.
	flagSpaced
	// flagHidden marks a word that had invisible characters inside it.
	flagHidden
	// flagDecoded marks text decoded from an encoded payload (base64, hex,
	// binary, URL-encoding, Morse, ROT13, reversed text, hidden Unicode
	// tags).
	flagDecoded
)

// flagObfuscated is any flag showing that matching text had to be unmasked.
const flagObfuscated = flagFolded | flagLeet | flagSpaced | flagHidden | flagDecoded

// Limits that keep normalisation linear whatever the input.
const (
	// maxDecodeDepth bounds nested encodings (base64 of hex of ...).
	maxDecodeDepth = 3
	// minPayload is the shortest encoded run worth decoding.
	minPayload = 16
	// decodeSlack is decoded text allowed beyond the length of the original.
	decodeSlack = 4096
	// spellSlack is what compatibility forms spelled out in full may add
	// to a text beyond a quarter of its length (see spellOut).
	spellSlack = 1024
)

// Text is a text prepared once for all detectors: the caller's original and
// a normalised view for matching, with a map from the view's bytes back to
// the original's.
type Text struct {
	// Original is the caller's text, unchanged.
	Original string
	// Untrusted marks content the user did not write.
	Untrusted bool
	// Norm is the text for matching: NFKC, lower case, accents and
	// invisible characters removed, look-alike letters folded to Latin,
	// leetspeak words and spaced-out letters collapsed, runs of white space
	// reduced to one space or one newline. Norm[:Direct] reads the original
	// in order; after it, each decoded payload (base64, hex, binary,
	// URL-encoded, Morse, ROT13, reversed, hidden tags) follows a newline,
	// normalised the same way.
	Norm string
	// Direct is the length of the part of Norm read directly from Original.
	Direct int
	// Hidden counts the suspicious invisible characters removed: zero-width
	// characters inside words, bidi overrides, Unicode tags and runs of
	// variation selectors.
	Hidden int
	// Folded counts the words whose letters mixed Latin with Cyrillic or
	// Greek look-alikes, or were written in compatibility forms.
	Folded int
	// Decoded counts the payloads decoded and appended to Norm.
	Decoded int

	// anchors map Norm[:Direct] to Original: from anchor.norm on, Norm's
	// bytes come from Original's bytes at anchor.orig onwards, one for one,
	// until the next anchor. Most text needs few anchors.
	anchors []anchor
	// marks are the flagged ranges of Norm, in order.
	marks []mark
	// regions map each decoded payload in Norm[Direct:] to the encoded run
	// of Original it came from.
	regions []region
	// hiddenStart and hiddenEnd are the range of Original holding the
	// planted invisible characters Hidden counts.
	hiddenStart, hiddenEnd int
	// words are the words of Norm[:Direct] as the normaliser saw them, so
	// the lexicon need not find them again; nil after spaced-out letters
	// were collapsed.
	words []wordSpan
	// rawDecoded are the decoded payloads that are printable ASCII, as
	// decoded (not normalised: secrets keep their case), each with the
	// encoded run of Original it came from.
	rawDecoded []rawView
	// nonASCII says Original has a byte from 0x80 up.
	nonASCII bool
}

// rawView is a decoded payload as decoded and the run of Original that
// encoded it.
type rawView struct {
	text               string
	origStart, origEnd int32
}

// wordSpan is one word of Norm: its bytes, and whether it is all ASCII
// and holds an '@' (the top bits of end).
type wordSpan struct {
	start, end uint32
}

const (
	wordASCII = 1 << 31
	wordAt    = 1 << 30
)

func (w wordSpan) bounds() (int, int) { return int(w.start), int(w.end &^ (wordASCII | wordAt)) }

type anchor struct{ norm, orig int32 }

type mark struct {
	start, end int32
	f          uint8
}

type region struct {
	normStart, normEnd int32
	origStart, origEnd int32
}

// NewText normalises s for matching. It runs in time linear in len(s),
// whatever s holds.
func NewText(s string, untrusted bool) *Text {
	ta := &textAlloc{}
	t := &ta.t
	b := getBuilder(s, 0, nil)
	defer putBuilder(b)
	build(t, s, untrusted, b)
	// The builder's buffers go back to the pool: the Text keeps copies.
	// rawViews is not pooled, so the Text may keep it as it is.
	t.Norm = string(b.buf)
	t.anchors = keep(ta.anchors[:], b.anchors)
	t.marks = keep(ta.marks[:], b.marks)
	t.regions = keep(nil, b.regions)
	if !b.spaced {
		t.words = slices.Clone(b.words)
	}
	return t
}

// scanText is NewText for a text read only while a Scanner's detectors
// run: the Text shares its builder's buffers instead of copying them, and
// the caller hands the builder back with putBuilder once the detectors are
// done, after which the Text must not be read. Detectors keep nothing of
// a Text (see Detector).
func scanText(s string, untrusted bool) (*Text, *builder) {
	t := &Text{}
	b := getBuilder(s, 0, nil)
	build(t, s, untrusted, b)
	if len(b.buf) > 0 {
		t.Norm = unsafe.String(unsafe.SliceData(b.buf), len(b.buf))
	}
	t.anchors, t.marks, t.regions = b.anchors, b.marks, b.regions
	if !b.spaced {
		t.words = b.words
	}
	return t, b
}

// build normalises s with b and fills in t's counts; the caller takes
// Norm, the maps and the words from b.
func build(t *Text, s string, untrusted bool, b *builder) {
	t.Original, t.Untrusted = s, untrusted
	b.run()
	b.collapseSpaced()
	t.Direct = len(b.buf)
	t.Hidden = b.hidden
	t.hiddenStart, t.hiddenEnd = b.hiddenStart, b.hiddenEnd
	t.Folded = b.folded
	b.decodePayloads()
	t.Decoded = b.decoded
	t.rawDecoded = b.rawViews
	t.nonASCII = b.nonASCIISeen
}

// textAlloc is a Text with room for the few anchors and marks most texts
// need, so that one allocation holds them all.
type textAlloc struct {
	t       Text
	anchors [8]anchor
	marks   [4]mark
}

// keep returns a copy of s, in room when it fits there.
func keep[T any](room, s []T) []T {
	if len(s) == 0 {
		return nil
	}
	if len(s) <= len(room) {
		n := copy(room, s)
		return room[:n:n]
	}
	return slices.Clone(s)
}

// Span maps the byte range [normStart, normEnd) of Norm back to the
// smallest range of Original that holds it. The result always satisfies
// 0 <= origStart <= origEnd <= len(Original) and never splits a UTF-8
// sequence of Original.
func (t *Text) Span(normStart, normEnd int) (origStart, origEnd int) {
	n := len(t.Norm)
	normStart = min(max(normStart, 0), n)
	normEnd = min(max(normEnd, normStart), n)
	if normStart == normEnd {
		switch {
		case normStart < t.Direct:
			s, _ := t.byteSpan(normStart)
			return s, s
		case normStart == t.Direct || n == 0:
			return len(t.Original), len(t.Original)
		}
		_, e := t.byteSpan(normStart - 1)
		return e, e
	}
	origStart, origEnd = t.byteSpan(normStart)
	if normEnd > t.Direct {
		// Decoded payloads map to runs anywhere in Original: take in the
		// runs of every region the range touches, and the direct part.
		if normStart < t.Direct {
			_, e := t.byteSpan(t.Direct - 1)
			origEnd = max(origEnd, e)
		}
		for _, r := range t.regions {
			if int(r.normEnd) > normStart && int(r.normStart) < normEnd {
				origStart, origEnd = min(origStart, int(r.origStart)), max(origEnd, int(r.origEnd))
			}
		}
		return origStart, origEnd
	}
	_, e := t.byteSpan(normEnd - 1)
	return origStart, max(e, origStart)
}

// byteSpan is the range of Original that Norm's byte i came from: a whole
// character, or a whole encoded run.
func (t *Text) byteSpan(i int) (int, int) {
	if i >= t.Direct {
		k := sort.Search(len(t.regions), func(k int) bool { return int(t.regions[k].normEnd) > i })
		if k < len(t.regions) {
			r := t.regions[k]
			return int(r.origStart), int(r.origEnd)
		}
		return len(t.Original), len(t.Original)
	}
	k := sort.Search(len(t.anchors), func(k int) bool { return int(t.anchors[k].norm) > i }) - 1
	o := i
	if k >= 0 {
		o = int(t.anchors[k].orig) + i - int(t.anchors[k].norm)
	}
	s := t.Original
	if o >= len(s) {
		return len(s), len(s)
	}
	// Back up to the start of the character and take all of it.
	for k := 0; k < utf8.UTFMax-1 && o > 0 && !utf8.RuneStart(s[o]); k++ {
		o--
	}
	if s[o] < utf8.RuneSelf {
		return o, o + 1
	}
	_, w := utf8.DecodeRuneInString(s[o:])
	return o, o + w
}

// flagsIn ORs the flags of the marks that meet Norm's range [start, end).
func (t *Text) flagsIn(start, end int) uint8 {
	var f uint8
	if end > t.Direct && t.Decoded > 0 {
		f |= flagDecoded
	}
	k := sort.Search(len(t.marks), func(k int) bool { return int(t.marks[k].end) > start })
	for ; k < len(t.marks) && int(t.marks[k].start) < end; k++ {
		f |= t.marks[k].f
	}
	return f
}

// builder holds the state of one normalisation pass.
type builder struct {
	// afterLetters, when set, replaces prose: the tests set it to the
	// step prose stands in for, to compare the two.
	afterLetters func(j int) int

	src       string
	depth     int
	budget    *int // decoded bytes still allowed, shared by nested passes
	ownBudget int  // the budget of a top-level pass
	spell     int  // bytes compatibility forms may still add (see spellOut)

	buf     []byte
	words   []wordSpan
	anchors []anchor
	expect  int32 // source offset that keeps the current anchor valid
	marks   []mark

	// white space seen since the last character written
	space, newline, wide bool
	spaceAt              int32

	// the word being written: its start in buf and what it is made of
	inWord    bool
	wordStart int
	w         wordState
	prevRune  rune // last rune written, for combining marks

	singles int     // one-letter words in a row
	spaced  bool    // a run of them is long enough to collapse
	wides   []int32 // positions in buf of wide gaps inside such runs

	// words of the current line that read as English forwards, in ROT13,
	// backwards, in Atbash and in ROT13 backwards, to spot lines written
	// so, counted by stopWord kind (other words count at stopNone, never
	// read)
	lineStart int
	lineWords [stopKinds]int
	lineCands []lineCand

	// the run of base64 / hex / URL-encoding characters being read: its
	// start and the union of its bytes' classes
	encStart                   int
	encAcc                     uint16
	encPct                     int
	hexPairs, hexStart, hexEnd int
	octs, octStart, octEnd     int
	encCands                   []encCand

	// hidden payloads carried by Unicode tags or variation selectors
	tagBuf           []byte
	tagStart, tagEnd int
	tagKind          uint8
	payloads         []payload

	hidden, folded, decoded int
	hiddenStart, hiddenEnd  int // source range of the planted invisible characters
	regions                 []region
	rawViews                []rawView
	nonASCIISeen            bool // the source has a byte from 0x80 up
	turned                  int  // turned letters, of upside-down text (see findTurned)
}

// lineCand is a line of Norm to read again, turned back from the way it
// is written: kind is the stopWord kind it reads as English in.
type lineCand struct {
	start, end int
	kind       int
}

type payload struct {
	text               string
	origStart, origEnd int
}

type encCand struct {
	kind       encKind
	start, end int
}

// builderPool holds builders between calls: their buffers are scratch,
// and NewText copies out what a Text keeps.
var builderPool = sync.Pool{New: func() any { return new(builder) }}

// maxPooledText is the longest text whose builder returns to the pool, so
// that one huge text does not pin its buffers.
const maxPooledText = 64 << 10

// getBuilder returns a builder ready to normalise s. A nil budget starts a
// new one for s; nested passes share their parent's.
func getBuilder(s string, depth int, budget *int) *builder {
	b := builderPool.Get().(*builder)
	if budget == nil {
		b.ownBudget = len(s) + decodeSlack
		budget = &b.ownBudget
	}
	b.src, b.depth, b.budget = s, depth, budget
	b.spell = len(s)/4 + spellSlack
	if cap(b.buf) < len(s)+8 {
		b.buf = make([]byte, 0, len(s)+8)
	}
	if cap(b.words) < len(s)/5+16 {
		b.words = make([]wordSpan, 0, len(s)/5+16)
	}
	b.encStart = -1
	return b
}

// putBuilder returns b to the pool, keeping only the capacity of its
// buffers. Nothing b wrote may be in use any more.
func putBuilder(b *builder) {
	if cap(b.buf) > maxPooledText+8 {
		return
	}
	*b = builder{
		buf:       b.buf[:0],
		words:     b.words[:0],
		anchors:   b.anchors[:0],
		marks:     b.marks[:0],
		wides:     b.wides[:0],
		lineCands: b.lineCands[:0],
		encCands:  b.encCands[:0],
		tagBuf:    b.tagBuf[:0],
		regions:   b.regions[:0],
	}
	builderPool.Put(b)
}

// emit writes one byte of Norm coming from the source byte at off.
func (b *builder) emit(c byte, off int32) {
	if off != b.expect {
		b.anchors = append(b.anchors, anchor{norm: int32(len(b.buf)), orig: off})
	}
	b.buf = append(b.buf, c)
	b.expect = off + 1
}

func (b *builder) mark(start, end int, f uint8) {
	if n := len(b.marks); n > 0 && int(b.marks[n-1].end) == start && b.marks[n-1].f == f {
		b.marks[n-1].end = int32(end)
		return
	}
	b.marks = append(b.marks, mark{start: int32(start), end: int32(end), f: f})
}

// flushSpace writes the pending white space before a visible character.
func (b *builder) flushSpace() {
	if !b.space {
		return
	}
	if len(b.buf) > 0 {
		switch {
		case b.newline:
			b.endLine()
			b.emit('\n', b.spaceAt)
			b.lineStart = len(b.buf)
			b.singles = 0
		case b.wide && b.singles > 0:
			b.wides = append(b.wides, int32(len(b.buf)))
			b.emit(' ', b.spaceAt)
		default:
			b.emit(' ', b.spaceAt)
		}
	}
	b.space, b.newline, b.wide = false, false, false
}

// whiteSpace records white space at source offset off.
func (b *builder) whiteSpace(off int32, nl bool) {
	b.endWord()
	if b.space {
		b.wide = true
	} else {
		b.space = true
		b.spaceAt = off
	}
	if nl {
		b.newline = true
	}
}

func (b *builder) run() {
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
			j, acc := letterRun(b.buf[len(b.buf):cap(b.buf)], s, i)
			b.buf = b.buf[:len(b.buf)+j-i]
			b.encAcc |= acc
			b.w.letters += int32(j - i)
			b.w.latin += int32(j - i)
			b.expect = int32(j)
			b.prevRune = rune(s[j-1])
			i = j
			if fresh {
				// The word was only these letters: carry on through the
				// plain prose that follows, if any.
				if b.afterLetters != nil {
					i = b.afterLetters(j)
				} else {
					i = b.prose(j)
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

// prose carries on from a word of ASCII letters just written, which
// ended at source offset j and may still grow, through the plain prose
// that follows: more words of ASCII letters, each after single spaces or
// newlines and punctuation that is part neither of a word nor of an
// encoded run (".", ",", "!", "(" and the like). For these it does what
// the general loop does, in the same order, without going through it a
// byte at a time. It returns where the general loop picks up again, with
// the word written last still open, as the general loop would leave it.
// The caller has made room in buf for all of the source from j: prose
// writes at most a byte for each byte it reads.
func (b *builder) prose(j int) int {
	s := b.src
	n := len(s)
	// buf, o and words stand for b.buf and b.words while prose runs, so
	// that they stay in registers; proseSync writes them back.
	buf := b.buf[:cap(b.buf)]
	o := len(b.buf)
	words := b.words
	ws := b.wordStart // the open word is buf[ws:o]
	wl := int32(-1)   // its length, once prose opened it
	for {
		// The separators before the next word, if they are all plain.
		var k int
		single := j+1 < n && s[j] == ' ' && asciiClass[s[j+1]]&clsLetter != 0
		if single {
			k = j + 1
		} else if k = plainSeparators(s, j); k < 0 {
			break
		}
		// End the word and the encoded run it is in. After a single
		// space the word ends first; after anything else the run does.
		if !single {
			b.endEnc(j)
		}
		if nw := o - ws; nw == 2 && asciiClass[buf[ws]]&asciiClass[buf[ws+1]]&clsHex != 0 || b.hexPairs > 0 || b.octs > 0 {
			// What could be a hex pair, or the end of a run of hex pairs
			// or binary octets: the general way. (A word of letters is
			// never an octet.)
			b.proseSync(buf[:o], words, ws, wl, j)
			b.endPlainWord()
			words = b.words
		} else {
			words = append(words, wordSpan{start: uint32(ws), end: uint32(o) | wordASCII})
			b.spacedOut(nw == 1)
			if nw > 1 && nw <= 5 && !b.plainEnglish() {
				b.countStop(stopKind(packSource(s, j-nw, nw)))
			}
		}
		if single {
			if b.encStart >= 0 {
				if j-b.encStart >= minPayload || b.encPct >= 3 {
					b.endEnc(j)
				} else {
					b.encStart = -1
				}
			}
			buf[o] = ' '
			o++
		} else {
			// Each separator is written as it is: nothing between them is
			// dropped, so no anchor is needed.
			for p := j; p < k; p++ {
				c := s[p]
				switch c {
				case ' ':
					b.spaceAt = int32(p)
				case '\n':
					b.spaceAt = int32(p)
					b.endLineAt(o)
					b.lineStart = o + 1
					b.singles = 0
				}
				buf[o] = c
				o++
				if c == ':' || c == '.' || c == '!' || c == '?' {
					b.endLineAt(o)
					b.lineStart = o
				}
			}
		}
		// The next word, in lower case; it starts a run of encoding
		// characters.
		ws = o
		var acc uint16
		j, acc = letterRun(buf[o:], s, k)
		o += j - k
		wl = int32(j - k)
		b.encStart, b.encAcc, b.encPct = k, acc, 0
	}
	b.proseSync(buf[:o], words, ws, wl, j)
	return j
}

// proseSync writes back what prose holds in local variables: the open
// word buf[ws:] ending at source offset j, whose length is wl if prose
// opened it.
func (b *builder) proseSync(buf []byte, words []wordSpan, ws int, wl int32, j int) {
	b.buf, b.words = buf, words
	b.wordStart, b.inWord, b.expect = ws, true, int32(j)
	if wl >= 0 {
		b.w = wordState{letters: wl, latin: wl}
		b.prevRune = rune(b.src[j-1])
	}
}

// plainSeparators returns where the next word of ASCII letters starts
// after s[j], if all between are plain separators: punctuation that is
// part neither of a word nor of an encoded run, and single spaces or
// newlines. Otherwise it returns -1.
func plainSeparators(s string, j int) int {
	white := false
	for k := j; k < len(s); k++ {
		c := s[k]
		cl := asciiClass[c]
		switch {
		case cl&clsLetter != 0:
			return k
		case c == '!' && k+1 < len(s) && asciiClass[s[k+1]]&(clsLetter|clsLeet) != 0:
			return -1 // perhaps leetspeak's "i" (see leetBang)
		case c == ' ' || c == '\n':
			if white {
				return -1 // a run of white space: wide gaps and paragraphs
			}
			white = true
		case cl != 0 || c >= utf8.RuneSelf:
			return -1
		case k >= j+3 && s[k-1] == c && s[k-2] == c && s[k-3] == c:
			return -1 // a run the general loop shortens (see ascii)
		default:
			white = false
		}
	}
	return -1
}

// letterRun copies the ASCII letters of s from i on to out in lower case.
// It returns where they end and the union of their classes. out has room
// for the rest of s.
//
// It is not inlined: inside prose, short of registers, the compiler keeps
// the loop's counters in memory, which costs more than the call.
//
//go:noinline
func letterRun(out []byte, s string, i int) (int, uint16) {
	t := s[i:]
	out = out[:len(t)] // one bounds check for the loop
	var acc uint16
	for j := range len(t) {
		c := t[j]
		cl := asciiClass[c]
		if cl&clsLetter == 0 {
			return i + j, acc
		}
		acc |= cl
		out[j] = c | 0x20
	}
	return len(s), acc
}

// ascii handles one ASCII byte other than a letter.
func (b *builder) ascii(c byte, cls uint16, i int) {
	off := int32(i)
	if c == '!' && b.leetBang(i) {
		cls = clsWord | clsLeet
	}
	switch {
	case cls&(clsB64|clsPercent) != 0:
		if b.encStart < 0 {
			b.startEnc(i)
		}
		b.encAcc |= cls
		if cls&clsPercent != 0 {
			b.encPct++
		}
	case b.encStart >= 0:
		b.endEnc(i)
	}
	switch {
	case cls&clsSpace != 0:
		b.whiteSpace(off, c == '\n' || c == '\r')
	case cls&clsWord != 0:
		b.flushSpace()
		b.startWord()
		if cls&clsLeet != 0 {
			b.w.leet++
			if c == '@' {
				b.w.at = true
			}
		} else {
			b.w.digit++
		}
		b.emit(c, off)
		b.prevRune = rune(c)
	case cls&clsControl != 0:
		// Control characters other than white space carry nothing.
	default:
		b.endWord()
		b.flushSpace()
		if n := len(b.buf); n >= 3 && b.buf[n-1] == c && b.buf[n-2] == c && b.buf[n-3] == c {
			// A run of one mark is read as three of it: a table's
			// "|------------|" or a line of "=====" says no more for being
			// long, and to the classifiers each mark beyond would count
			// as one more character gram.
			return
		}
		b.emit(c, off)
		b.prevRune = rune(c)
		if c == ':' || c == '.' || c == '!' || c == '?' {
			// Clauses are judged on their own for ROT13 and reversal:
			// "read this backwards: ...".
			b.endLine()
			b.lineStart = len(b.buf)
		}
	}
}

func (b *builder) startWord() {
	if b.inWord {
		if b.w.hiddenPending {
			b.w.hidden = true
			b.w.hiddenPending = false
		}
		return
	}
	b.inWord = true
	b.wordStart = len(b.buf)
	b.w = wordState{}
}

// nonASCII handles one valid non-ASCII rune of width w at off.
func (b *builder) nonASCII(r rune, off int32, w int) {
	e := foldRune(r)
	cls := e.class()
	if cls != fcHidden && len(b.tagBuf) > 0 {
		b.endTag()
	}
	switch cls {
	case fcSpace:
		b.whiteSpace(off, false)
	case fcNewline:
		b.whiteSpace(off, true)
	case fcDrop:
	case fcHidden:
		b.hiddenRune(r, off, w)
	case fcMark:
		if b.prevRune < 0x530 {
			// A combining mark on a Latin, Greek or Cyrillic letter is an
			// accent (already stripped) or Zalgo noise; on a space or a
			// punctuation mark between such letters ("I̶g̶n̶o̶r̶e̶ ̶a̶l̶l̶"),
			// noise too, which would glue the words it stands between.
			if b.inWord {
				b.w.marks++
			}
			return
		}
		if arabicVowelMark(r, b.prevRune) {
			// Arabic is written with its short vowels left out; where
			// they are put in ("عُدْ", "سرًا"), they are read as if they
			// were not.
			return
		}
		b.flushSpace()
		b.startWord()
		b.copyRune(off, w)
		b.prevRune = r
	default:
		word := cls == fcWord
		if turnedRange(r) && turnedLetter(r) != 0 {
			b.turned++
		}
		if word {
			b.flushSpace()
			b.startWord()
		} else {
			b.endWord()
			b.flushSpace()
		}
		if e.compat() {
			b.w.compat = true
		}
		if e.confusable() {
			b.w.conf++
		} else if word && e.latin() {
			b.w.latin++
			b.w.letters++
		} else if word {
			b.w.script++
		}
		if e.multi() {
			if rs := foldMulti[e.value()]; b.spellOut(rs, w) {
				b.writeRunes(rs, off, w)
			} else {
				b.copyRune(off, w)
				b.prevRune = r
			}
			return
		}
		fr := rune(e.value())
		if fr == r {
			b.copyRune(off, w)
			b.prevRune = r
			return
		}
		if word && fr < utf8.RuneSelf && !e.confusable() && !e.latin() {
			// A full-width or other compatibility form of an ASCII
			// character counts as that character.
			switch cl := asciiClass[fr]; {
			case cl&clsLetter != 0:
				b.w.letters++
			case cl&clsLeet != 0:
				b.w.leet++
			case cl&clsDigitCls != 0:
				b.w.digit++
			}
		}
		b.writeRunes([]rune{fr}, off, w)
	}
}

// spellOut reports whether a character of w bytes is written as rs, its
// compatibility form spelled out, and charges what that adds to the text.
// A few characters spell out at many times their size ("ﷺ", 3 bytes, is
// a phrase of 33; "㌖" is "キロメートル"), so a text of nothing else would
// grow elevenfold, and every reader after normalisation with it. Once
// spelled-out forms have added a quarter of the text's length, the rest
// are kept as written: no prose spends that much, and an attack cannot be
// spelled in such phrases.
func (b *builder) spellOut(rs []rune, w int) bool {
	n := 0
	for _, r := range rs {
		n += utf8.RuneLen(r)
	}
	if n <= w {
		return true
	}
	if n-w > b.spell {
		return false
	}
	b.spell -= n - w
	return true
}

// copyRune copies the w bytes of the source rune at off unchanged, keeping
// a byte-for-byte map.
func (b *builder) copyRune(off int32, w int) {
	if off != b.expect {
		b.anchors = append(b.anchors, anchor{norm: int32(len(b.buf)), orig: off})
	}
	b.buf = append(b.buf, b.src[off:int(off)+w]...)
	b.expect = off + int32(w)
	b.w.high = true
}

// writeRunes writes the folding of the w-byte source rune at off. Every
// byte written maps inside that source rune, so spans cover it whole.
func (b *builder) writeRunes(rs []rune, off int32, w int) {
	k := 0
	for _, r := range rs {
		if r >= utf8.RuneSelf {
			b.w.high = true
		}
		var tmp [utf8.UTFMax]byte
		n := utf8.EncodeRune(tmp[:], r)
		for _, c := range tmp[:n] {
			b.emit(c, off+int32(min(k, w-1)))
			k++
		}
		b.prevRune = r
	}
}

// hiddenRune handles an invisible character: it is dropped, counted when
// it looks planted, and Unicode tags and variation selectors are collected
// as a possible hidden payload.
func (b *builder) hiddenRune(r rune, off int32, w int) {
	switch {
	case r >= 0xE0000 && r <= 0xE007F:
		if r == 0xE007F || r == 0xE0001 {
			// CANCEL TAG closes an emoji flag sequence; LANGUAGE TAG is
			// deprecated. Neither carries text.
			if r == 0xE007F && b.tagKind == 1 && b.prevRune == 0x1F3F4 {
				b.tagBuf = b.tagBuf[:0] // a subdivision flag, not smuggled text
			}
			b.endTag()
			return
		}
		b.tagByte(byte(r-0xE0000), 1, off, w)
		if b.prevRune != 0x1F3F4 {
			b.hiddenAt(off, w, 1)
		}
		return
	case r >= 0xFE00 && r <= 0xFE0F:
		b.tagByte(byte(r-0xFE00), 2, off, w)
		return
	case r >= 0xE0100 && r <= 0xE01EF:
		b.tagByte(byte(r-0xE0100+16), 2, off, w)
		return
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		// Bidi embeddings and overrides reorder what a reader sees.
		b.hiddenAt(off, w, 1)
		return
	case r == 0x200E || r == 0x200F || r == 0x061C:
		// Direction marks are routine in right-to-left text.
		return
	}
	// Zero-width characters and soft hyphens: planted when inside a word
	// of ASCII letters, routine in emoji sequences and Indic or Persian
	// words.
	if b.inWord && b.prevRune < 0x80 {
		b.hiddenAt(off, w, 1)
		b.w.hiddenPending = true
	}
}

// hiddenAt counts n planted invisible characters at source [off, off+w)
// and widens the range they were found in.
func (b *builder) hiddenAt(off int32, w, n int) {
	if b.hidden == 0 {
		b.hiddenStart = int(off)
	}
	b.hidden += n
	b.hiddenEnd = int(off) + w
}

// tagByte collects one byte of a hidden payload; kind 1 is Unicode tags
// (ASCII smuggling), kind 2 variation selectors (byte smuggling).
func (b *builder) tagByte(c byte, kind uint8, off int32, w int) {
	if len(b.tagBuf) == 0 || b.tagKind != kind {
		b.endTag()
		b.tagKind = kind
		b.tagStart = int(off)
	}
	b.tagBuf = append(b.tagBuf, c)
	b.tagEnd = int(off) + w
}

func (b *builder) endTag() {
	if len(b.tagBuf) == 0 {
		return
	}
	// One variation selector after an emoji or CJK ideograph is routine;
	// long runs of them, or any run of tags, carry bytes.
	if len(b.tagBuf) >= 4 {
		if b.tagKind == 2 {
			b.hiddenAt(int32(b.tagStart), b.tagEnd-b.tagStart, len(b.tagBuf))
			if b.hiddenStart > b.tagStart {
				b.hiddenStart = b.tagStart
			}
		}
		b.payloads = append(b.payloads, payload{text: string(b.tagBuf), origStart: b.tagStart, origEnd: b.tagEnd})
	}
	b.tagBuf = b.tagBuf[:0]
}

// endWord finishes the word being written: leetspeak and mixed-script
// folding, spaced-out letters, and the per-line word statistics.
func (b *builder) endWord() {
	if !b.inWord {
		return
	}
	b.inWord = false
	w := b.buf[b.wordStart:]
	n := len(w)
	if n > 0 {
		e := uint32(b.wordStart + n)
		if !b.w.high {
			e |= wordASCII
		}
		if b.w.at {
			e |= wordAt
		}
		b.words = append(b.words, wordSpan{start: uint32(b.wordStart), end: e})
	}
	var fl uint8
	if b.w.conf > 0 && b.w.latin > 0 || b.w.compat || b.w.marks >= 3 {
		// Latin mixed with Cyrillic or Greek look-alikes, letters in
		// compatibility forms, or a pile of combining marks.
		fl |= flagFolded
		b.folded++
	}
	if b.w.hidden {
		fl |= flagHidden
	}
	if b.w.leet > 0 && b.w.letters >= 1 && b.w.digit == 0 && n >= 2 && (b.w.leet <= b.w.letters+1 || leetKeyword(w)) {
		if b.foldLeet(w) {
			fl |= flagLeet
		}
	}
	if fl != 0 {
		b.mark(b.wordStart, b.wordStart+n, fl)
	}
	// Spaced-out letters: "i g n o r e" is six one-letter words in a row.
	b.spacedOut(n <= 4 && (n == 1 || b.w.high && utf8.RuneCount(w) == 1) && b.w.letters+b.w.conf+b.w.leet+b.w.script > 0)
	switch n {
	case 2:
		// Space-separated hex bytes: "69 67 6e 6f ..."
		if asciiClass[w[0]]&clsHex != 0 && asciiClass[w[1]]&clsHex != 0 && (b.hexPairs == 0 || b.buf[b.wordStart-1] == ' ') {
			if b.hexPairs == 0 {
				b.hexStart = int(b.origOf(b.wordStart))
			}
			b.hexPairs++
			b.hexEnd = int(b.expect)
		} else {
			b.endHexPairs()
		}
	case 8:
		// Binary octets: "01101001 01100111 ..."
		if b.w.digit+b.w.leet == 8 && isBinary(w) && (b.octs == 0 || b.buf[b.wordStart-1] == ' ') {
			if b.octs == 0 {
				b.octStart = int(b.origOf(b.wordStart))
			}
			b.octs++
			b.octEnd = int(b.expect)
		} else {
			b.endOcts()
		}
	default:
		if b.hexPairs > 0 {
			b.endHexPairs()
		}
		if b.octs > 0 {
			b.endOcts()
		}
	}
	if n >= 2 && n <= 5 {
		b.countStopWord(w)
	}
}

// wordState is what the normaliser counts in the word being written; one
// store resets it.
type wordState struct {
	letters, leet, digit int32
	conf, latin, marks   int32
	script               int32 // letters of other scripts: 한, 忽, ا
	compat, hidden       bool
	high, at             bool
	hiddenPending        bool // invisible character seen inside this word
}

// spacedOut counts a word that ended towards a run of spaced-out single
// letters, or ends the run: four in a row mark the text as spaced out.
func (b *builder) spacedOut(single bool) {
	if !single {
		b.singles = 0
		return
	}
	b.singles++
	if b.singles >= 4 {
		b.spaced = true
	}
}

// endPlainWord is endWord for a word of ASCII letters only, the common
// case, doing only what such a word needs. It declines (returning false)
// for the lengths a hex pair or binary octet could have.
func (b *builder) endPlainWord() bool {
	n := len(b.buf) - b.wordStart
	if n == 2 || n == 8 {
		b.endWord()
		return true
	}
	b.inWord = false
	b.words = append(b.words, wordSpan{start: uint32(b.wordStart), end: uint32(b.wordStart+n) | wordASCII})
	b.spacedOut(n == 1)
	if b.hexPairs > 0 {
		b.endHexPairs()
	}
	if b.octs > 0 {
		b.endOcts()
	}
	if n <= 5 && !b.plainEnglish() {
		b.countStopWord(b.buf[b.wordStart:])
	}
	return true
}

// countStopWord adds a short word to the line's ROT13 and reversal
// statistics. A line already plainly English is not looked at further.
func (b *builder) countStopWord(w []byte) {
	if b.plainEnglish() {
		return
	}
	b.countStop(stopWord(w))
}

// plainEnglish says the line so far is plainly English, not worth
// counting stop words in further.
func (b *builder) plainEnglish() bool {
	return b.lineWords[stopFwd] >= 4 &&
		b.lineWords[stopRot]|b.lineWords[stopRev]|b.lineWords[stopAtbash]|b.lineWords[stopRotRev] == 0
}

// countStop counts a word of the given stopWord kind in the line's
// statistics.
func (b *builder) countStop(kind int) {
	b.lineWords[kind]++
}

// origOf is the source offset of buf's byte i.
func (b *builder) origOf(i int) int32 {
	k := sort.Search(len(b.anchors), func(k int) bool { return int(b.anchors[k].norm) > i }) - 1
	if k < 0 {
		return int32(i)
	}
	return b.anchors[k].orig + int32(i) - b.anchors[k].norm
}

func isBinary(w []byte) bool {
	for _, c := range w {
		if c != '0' && c != '1' {
			return false
		}
	}
	return true
}

func (b *builder) endHexPairs() {
	if b.hexPairs >= 8 && b.hexEnd > b.hexStart {
		b.encCands = append(b.encCands, encCand{kind: encHexSpaced, start: b.hexStart, end: b.hexEnd})
	}
	b.hexPairs = 0
}

func (b *builder) endOcts() {
	if b.octs >= 4 && b.octEnd > b.octStart {
		b.encCands = append(b.encCands, encCand{kind: encBinary, start: b.octStart, end: b.octEnd})
	}
	b.octs = 0
}

// leetBang reports whether the '!' at src[i] is leetspeak's "i": a letter
// or another of leetspeak's symbols follows it, and it stands inside a
// word ("th!s") or starts one that holds another of them ("!gn0r3",
// "!n$truct!0n$"). "Hello!", "![image](…)", "!= nil" and "!isValid" keep
// their mark.
func (b *builder) leetBang(i int) bool {
	s := b.src
	if i+1 >= len(s) || asciiClass[s[i+1]]&(clsLetter|clsLeet) == 0 {
		return false
	}
	if b.inWord {
		return true
	}
	for k := i + 1; k < len(s) && k <= i+maxLeetWord; k++ {
		switch c := s[k]; {
		case asciiClass[c]&clsLeet != 0:
			return true
		case c == '!':
			return k+1 < len(s) && asciiClass[s[k+1]]&(clsLetter|clsLeet) != 0
		case asciiClass[c]&clsLetter == 0:
			return false
		}
	}
	return false
}

// maxLeetWord is how far leetBang reads a word for a second symbol.
const maxLeetWord = 24

// leetKeyword reports whether w, with more leetspeak characters than
// letters ("1n57ruc710n5"), reads as one of the lexicon's words about the
// model's instructions (see scrambledTable) once they are folded: a word
// that is mostly digits is a number or a code, unless it spells such a
// word.
func leetKeyword(w []byte) bool {
	if len(w) < scrambledMin || len(w) > scrambledMax {
		return false
	}
	var buf [scrambledMax]byte
	for i, c := range w {
		if l := leetLetter[c]; l != 0 {
			c = l
		}
		buf[i] = c
	}
	return scrambled.has(bytesString(buf[:len(w)]))
}

// foldLeet reads digits and symbols of a leetspeak word as letters. It
// keeps '@' in what looks like an e-mail address.
func (b *builder) foldLeet(w []byte) bool {
	email := false
	if o := int(b.expect); o >= 0 && o+1 < len(b.src) {
		// The word ends before a dot and a letter ("x@mail.com"), or
		// before a hyphenated domain label that does ("x@my-mail.com").
		for lim := min(len(b.src)-1, o+64); o < lim && b.src[o] == '-'; {
			for o++; o < lim && asciiClass[b.src[o]]&(clsLetter|clsDigitCls) != 0; o++ {
			}
		}
		email = b.src[o] == '.' && o+1 < len(b.src) && asciiClass[b.src[o+1]]&clsLetter != 0
	}
	changed, one := false, false
	for i, c := range w {
		l := leetLetter[c]
		if l == 0 || c == '@' && email {
			one = false
			continue
		}
		if c == '1' && (one || i+1 < len(w) && (w[i+1] == '1' || w[i+1]|0x20 == 'y')) {
			// "1" is "l" as often as "i": in "a11" and "0n1y" only "l"
			// makes a word.
			l = 'l'
		}
		one = c == '1'
		w[i] = l
		changed = true
	}
	return changed
}

// endLine records a line that reads better in ROT13, backwards, in
// Atbash or in ROT13 backwards.
func (b *builder) endLine() { b.endLineAt(len(b.buf)) }

// endLineAt is endLine for a line ending at buf's byte end. The way the
// line reads as most English words wins, if it has two and more than the
// line as written.
func (b *builder) endLineAt(end int) {
	best, bestN := stopNone, max(1, b.lineWords[stopFwd])
	for k := stopRot; k < stopKinds; k++ {
		if b.lineWords[k] > bestN {
			best, bestN = k, b.lineWords[k]
		}
	}
	if best != stopNone {
		b.lineCands = append(b.lineCands, lineCand{start: b.lineStart, end: end, kind: best})
	}
	b.lineWords = [stopKinds]int{}
}

func (b *builder) startEnc(i int) {
	b.encStart = i
	b.encAcc = 0
	b.encPct = 0
}

// endEnc closes the run of encoding characters ending at source offset i
// and keeps it if it looks like an encoded payload.
func (b *builder) endEnc(i int) {
	if b.encStart < 0 {
		return
	}
	start := b.encStart
	b.encStart = -1
	if i-start < minPayload && b.encPct < 3 {
		return
	}
	run := b.src[start:i]
	acc := b.encAcc
	upper, lower, digit := acc&clsUpper != 0, acc&clsLower != 0, acc&clsDigitCls != 0
	// Bytes other than letters and digits: '+', '/', '=', '-', '_', '%'.
	other := b.encPct > 0 || strings.ContainsAny(run, "+/=-_")
	nonHex := acc&clsNonHex != 0 || other
	switch {
	case b.encPct >= 3 && countEscapes(run) >= 3:
		b.encCands = append(b.encCands, encCand{kind: encURL, start: start, end: i})
	case len(run) < minPayload:
	case !nonHex && digit && (upper || lower) && len(run)%2 == 0:
		b.encCands = append(b.encCands, encCand{kind: encHex, start: start, end: i})
	case upper != lower && digit && isBase32(run):
		b.encCands = append(b.encCands, encCand{kind: encBase32, start: start, end: i})
	case upper && lower || (upper || lower) && digit && other:
		b.encCands = append(b.encCands, encCand{kind: encBase64, start: start, end: i})
	}
}

// collapseSpaced removes the separators of spaced-out words: runs of four
// or more one-letter words ("i g n o r e", "i.g.n.o.r.e"). Letters are
// joined across the run's separator; a different separator, or a wide gap
// in a run spaced with spaces, stays as a word break. This is the rare
// path: it works on a byte-for-byte offset map and rebuilds the anchors.
func (b *builder) collapseSpaced() {
	if !b.spaced {
		return
	}
	buf := b.buf
	n := len(buf)
	// A byte-for-byte map, walking the anchors once.
	offs := make([]int32, n)
	k, base, from := 0, int32(0), 0
	for i := range offs {
		for k < len(b.anchors) && int(b.anchors[k].norm) <= i {
			base, from = b.anchors[k].orig, int(b.anchors[k].norm)
			k++
		}
		offs[i] = base + int32(i-from)
	}
	wideAt := make([]bool, n+1)
	for _, p := range b.wides {
		if int(p) < len(wideAt) {
			wideAt[p] = true
		}
	}
	wide := func(i int32) bool { return wideAt[i] }
	// wordAt marks the bytes of word characters. Emoji and other symbols
	// are not: "i🔥g🔥n🔥o🔥r🔥e" is spaced out with fire.
	wordAt := make([]bool, n)
	for i := 0; i < n; {
		if c := buf[i]; c < utf8.RuneSelf {
			wordAt[i] = asciiClass[c]&clsWord != 0
			i++
			continue
		}
		r, w := utf8.DecodeRune(buf[i:])
		word := foldRune(r).class() != fcOther
		for k := i; k < i+w; k++ {
			wordAt[k] = word
		}
		i += w
	}
	isWordByte := func(i int) bool { return wordAt[i] }
	// single is the width of a one-letter word starting at i, or 0.
	single := func(i int) int {
		if i >= n || !isWordByte(i) || i > 0 && isWordByte(i-1) {
			return 0
		}
		w := 1
		if buf[i] >= utf8.RuneSelf {
			_, w = utf8.DecodeRune(buf[i:])
		}
		if i+w < n && isWordByte(i+w) {
			return 0
		}
		return w
	}
	isSep := func(c byte) bool {
		switch c {
		case ' ', '.', '-', '_', '*', '|', '/', '+', '~', ',', '\'', '`', '^', ':':
			return true
		}
		return false
	}
	// sepWidth is the width of a separator at j: one of isSep's, or a
	// symbol outside the ASCII range; 0 for none.
	sepWidth := func(j int) int {
		if c := buf[j]; c < utf8.RuneSelf {
			if isSep(c) {
				return 1
			}
			return 0
		}
		if wordAt[j] {
			return 0
		}
		_, w := utf8.DecodeRune(buf[j:])
		return w
	}
	var marks []mark
	// remap[i] is where the old byte i went, to carry the old marks over.
	remap := make([]int32, n+1)
	w := 0
	for i := 0; i < n; {
		lw := single(i)
		if lw == 0 {
			remap[i] = int32(w)
			buf[w], offs[w] = buf[i], offs[i]
			w++
			i++
			continue
		}
		var sep byte
		count, j := 1, i+lw
		for j < n {
			sw := sepWidth(j)
			if sw == 0 || j+sw >= n {
				break
			}
			nw := single(j + sw)
			if nw == 0 {
				break
			}
			if sep == 0 && !wide(int32(j)) {
				sep = buf[j]
			}
			count++
			j += sw + nw
		}
		if count < 4 {
			for k := i; k < i+lw; k++ {
				remap[k] = int32(w)
				buf[w], offs[w] = buf[k], offs[k]
				w++
			}
			i += lw
			continue
		}
		start := w
		for k := i; k < j; k++ {
			remap[k] = int32(w)
			c := buf[k]
			if !isWordByte(k) && (c >= utf8.RuneSelf || isSep(c)) {
				if !utf8.RuneStart(c) {
					continue
				}
				brk := c == ' ' && (sep != ' ' || wide(int32(k))) || c != ' ' && sep == ' '
				if brk {
					marks = append(marks, mark{start: int32(start), end: int32(w), f: flagSpaced})
					buf[w], offs[w] = ' ', offs[k]
					w++
					start = w
				}
				continue
			}
			buf[w], offs[w] = c, offs[k]
			w++
		}
		marks = append(marks, mark{start: int32(start), end: int32(w), f: flagSpaced})
		i = j
	}
	remap[n] = int32(w)
	for _, m := range b.marks {
		marks = append(marks, mark{start: remap[m.start], end: remap[m.end], f: m.f})
	}
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].start < marks[j].start })
	b.buf = buf[:w]
	b.anchors = b.anchors[:0]
	expect := int32(0)
	for i, o := range offs[:w] {
		if o != expect {
			b.anchors = append(b.anchors, anchor{norm: int32(i), orig: o})
		}
		expect = o + 1
	}
	// Line candidates point into the old buffer; drop them rather than
	// remap: spaced-out text and ROT13 lines rarely meet.
	b.marks = marks
	b.lineCands = nil
	b.words = wordsOf(b.words[:0], b.buf)
}

// wordsOf appends to words the words of buf, a Norm with spaced-out
// letters collapsed, for the readers of words that decodePayloads runs
// (see findScrambled): runs of ASCII letters and digits and of characters
// beyond ASCII, each marked wordASCII where it is all ASCII.
func wordsOf(words []wordSpan, buf []byte) []wordSpan {
	start, ascii := -1, true
	for i := 0; i <= len(buf); i++ {
		if i < len(buf) {
			if c := buf[i]; c >= utf8.RuneSelf || asciiClass[c]&(clsLetter|clsDigitCls) != 0 {
				if start < 0 {
					start, ascii = i, true
				}
				ascii = ascii && c < utf8.RuneSelf
				continue
			}
		}
		if start >= 0 {
			e := uint32(i)
			if ascii {
				e |= wordASCII
			}
			words = append(words, wordSpan{start: uint32(start), end: e})
			start = -1
		}
	}
	return words
}

// stopWord tells whether w (lower case, 2 to 5 bytes) is a common English
// word (1), one in ROT13 (2), or one written backwards (3). Words common in
// more than one of these readings are left out. It runs for most short
// words, so it is one probe of a table without collisions rather than a
// switch on strings.
func stopWord(w []byte) int { return stopKind(packWord(w)) }

// stopKind is stopWord for a word packed by packWord.
func stopKind(k uint64) int {
	e := stopTable[k*stopMul>>(64-stopBits)]
	if e&^stopKindMask != k {
		return stopNone
	}
	return int(e >> stopKindShift & 0xff)
}

// Kinds of stop words, and the ways a line may be written that the
// normaliser turns back.
const (
	stopNone   = iota
	stopFwd    // common English
	stopRot    // common English in ROT13
	stopRev    // common English written backwards
	stopAtbash // common English in Atbash (a for z, b for y, …)
	stopRotRev // common English in ROT13, written backwards
	stopKinds
)

// packSource is packWord for the lower case of the n ASCII letters of s
// from i. It reads them from the source rather than from the buffer they
// were just written to: a read of eight bytes at once that spans bytes
// still being stored one at a time would have to wait for them.
func packSource(s string, i, n int) uint64 {
	if i+8 > len(s) {
		var w [8]byte
		for k := range n {
			w[k] = s[i+k] | 0x20
		}
		return packWord(w[:n])
	}
	t := s[i : i+8]
	x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
	x |= 0x2020202020202020 // lower case
	return bits.ReverseBytes64(x)>>(64-8*n) | uint64(n)<<56
}

// packWord packs a word of up to 5 bytes and its length into a key.
func packWord(w []byte) uint64 {
	var k uint64
	for _, c := range w {
		k = k<<8 | uint64(c)
	}
	return k | uint64(len(w))<<56
}

// stopTable holds the packed stop words, each with its kind in the byte
// a packed word leaves free, at the slot stopMul hashes it to; no two
// share a slot.
var stopTable, stopMul = buildStopTable()

const (
	stopBits      = 10
	stopKindShift = 48
	stopKindMask  = 0xff << stopKindShift
)

// stopLists are the stop words of each kind.
var stopLists = [...]string{
	stopFwd: "the and you your to of is all this that with for are not my what from have it in on now will do me",
	stopRot: "gur naq lbh lbhe gb bs vf nyy guvf gung jvgu sbe ner abg zl jung sebz unir vg va ba abj jvyy qb zr",
	stopRev: "eht dna uoy ruoy ot fo lla siht taht htiw rof ton ym tahw morf evah ti ni lliw od",
	// Left out: "zoo" (all in Atbash) and "rug" (the in ROT13 backwards),
	// which are English, and "ab" (on), which is German.
	stopAtbash: "gsv zmw blf blfi gl lu rh gsrh gszg drgs uli ziv mlg nb dszg uiln szev rg rm lm mld droo wl nv",
	stopRotRev: "qan hbl ehbl bg sb fv yyn fvug gnug ugvj ebs ren gba lz gnuj zbes rinu gv av jba yyvj bq rz",
}

// buildStopTable returns the table of stop words and its multiplier. It
// is a variable's initialiser, not an init function, for the reason
// asciiTables is.
func buildStopTable() (table [1 << stopBits]uint64, mul uint64) {
	var keys []uint64
	for kind, l := range stopLists {
		for _, w := range strings.Fields(l) {
			keys = append(keys, packWord([]byte(w))|uint64(kind)<<stopKindShift)
		}
	}
	// Try multipliers from a fixed sequence until one puts every word in
	// a slot of its own. With a table eight times the number of words a
	// multiplier does so with a chance near one in a thousand, so a few
	// thousand tries are the most to expect, well under a millisecond
	// (the sequence as it stands needs 563).
	var seed uint64
	for {
		seed += 0x9E3779B97F4A7C15
		m := mix64(seed) | 1
		var used [1 << stopBits]bool
		ok := true
		for _, e := range keys {
			h := (e &^ stopKindMask) * m >> (64 - stopBits)
			if used[h] {
				ok = false
				break
			}
			used[h] = true
		}
		if ok {
			for _, e := range keys {
				table[(e&^stopKindMask)*m>>(64-stopBits)] = e
			}
			return table, m
		}
	}
}

// mix64 scrambles the bits of x (the finaliser of SplitMix64).
func mix64(x uint64) uint64 {
	x = (x ^ x>>30) * 0xBF58476D1CE4E5B9
	x = (x ^ x>>27) * 0x94D049BB133111EB
	return x ^ x>>31
}

// arabicVowelMark reports whether r is an Arabic short vowel, tanwin,
// sukun or superscript alef written on prev, an Arabic letter. Shadda,
// the doubling, stays: without it "حوّل" (transfer) reads "حول" (about).
func arabicVowelMark(r, prev rune) bool {
	return (r >= 0x64B && r <= 0x650 || r == 0x652 || r == 0x670) && (prev >= 0x620 && prev <= 0x6FF || prev >= 0x750 && prev <= 0x77F)
}
