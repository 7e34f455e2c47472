package detect

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ASCII byte classes for the normaliser's fast path.
const (
	clsSpace uint16 = 1 << iota
	clsWord
	clsLetter
	clsUpper
	clsLeet // a digit or symbol leetspeak uses for a letter
	clsControl
	clsB64 // base64 alphabet, standard or URL-safe
	clsHex
	clsPercent
	clsDigitCls
	clsLower  // a lower-case ASCII letter
	clsNonHex // a letter that is not a hex digit
)

// asciiClass and leetLetter are built by the initialisers of the
// package's variables, not by an init function, so that a list of words
// normalised by another variable's initialiser (see normSet) finds them
// complete: init functions run only after every variable is set.
var asciiClass, leetLetter = asciiTables()

// asciiTables returns the class of each ASCII byte and the letter each
// leetspeak digit or symbol stands for.
func asciiTables() (class [256]uint16, leet [256]byte) {
	for c := 0; c < 128; c++ {
		var k uint16
		switch {
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			k = clsSpace
		case c < 0x20, c == 0x7f:
			k = clsControl
		case c >= 'a' && c <= 'z':
			k = clsWord | clsLetter | clsB64
		case c >= 'A' && c <= 'Z':
			k = clsWord | clsLetter | clsUpper | clsB64
		case c >= '0' && c <= '9':
			k = clsWord | clsB64 | clsDigitCls | clsHex
		case c == '+', c == '/', c == '-', c == '_', c == '=':
			k = clsB64
		case c == '%':
			k = clsPercent
		}
		if c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			k |= clsHex
		} else if k&clsLetter != 0 {
			k |= clsNonHex
		}
		if c >= 'a' && c <= 'z' {
			k |= clsLower
		}
		class[c] = k
	}
	for c, l := range map[byte]byte{'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's'} {
		leet[c] = l
		class[c] |= clsWord | clsLeet
	}
	// '!' is read as "i" only where it stands in a word (see leetBang).
	leet['!'] = 'i'
	return class, leet
}

// foldEntry is what the normaliser does with one non-ASCII rune: its class,
// the rune or runes it becomes, and whether that folding unmasks a
// look-alike.
type foldEntry uint32

const (
	feValueMask  = 1<<21 - 1
	feMulti      = 1 << 21
	feCompat     = 1 << 22
	feConfusable = 1 << 23
	feLatin      = 1 << 24
	feClassShift = 28
)

// Rune classes of a foldEntry.
const (
	fcUnset   = iota
	fcWord    // a letter, digit or mark of a word
	fcOther   // punctuation and symbols, emoji
	fcSpace   // white space
	fcNewline // line and paragraph separators
	fcDrop    // control characters
	fcHidden  // invisible characters
	fcMark    // combining marks
)

func (e foldEntry) class() int       { return int(e >> feClassShift) }
func (e foldEntry) value() int       { return int(e & feValueMask) }
func (e foldEntry) multi() bool      { return e&feMulti != 0 }
func (e foldEntry) compat() bool     { return e&feCompat != 0 }
func (e foldEntry) confusable() bool { return e&feConfusable != 0 }
func (e foldEntry) latin() bool      { return e&feLatin != 0 }
func mkEntry(class int, v int, bits uint32) foldEntry {
	return foldEntry(uint32(class)<<feClassShift | uint32(v)&feValueMask | bits)
}

var (
	foldOnce  sync.Once
	foldBMP   []foldEntry // indexed by rune, for U+0080 to U+FFFF
	foldMulti [][]rune    // foldings to more than one rune
)

// foldRune returns the folding of a non-ASCII rune.
func foldRune(r rune) foldEntry {
	if r <= 0xFFFF {
		foldOnce.Do(buildFold)
		return foldBMP[r]
	}
	return foldAstral(r)
}

// confusables maps Cyrillic, Greek and other letters that look like Latin
// ones to the Latin letter a reader sees. Real Cyrillic and Greek words are
// folded too, consistently, so matching stays correct; only words mixing
// them with Latin letters count as disguised.
var confusables = withLowerCases(map[rune]rune{
	// Cyrillic capitals and small letters
	'А': 'a', 'В': 'b', 'Е': 'e', 'Ё': 'e', 'К': 'k', 'М': 'm', 'Н': 'h', 'О': 'o', 'Р': 'p', 'С': 'c',
	'Т': 't', 'У': 'y', 'Х': 'x', 'І': 'i', 'Ї': 'i', 'Ј': 'j', 'Ѕ': 's', 'Һ': 'h', 'Ԁ': 'd', 'Ԛ': 'q',
	'Ԝ': 'w', 'Ӏ': 'l', 'а': 'a', 'е': 'e', 'ё': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x',
	'і': 'i', 'ї': 'i', 'ј': 'j', 'ѕ': 's', 'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l', 'к': 'k',
	// Greek capitals and small letters
	'Α': 'a', 'Β': 'b', 'Ε': 'e', 'Ζ': 'z', 'Η': 'h', 'Ι': 'i', 'Κ': 'k', 'Μ': 'm', 'Ν': 'n', 'Ο': 'o',
	'Ρ': 'p', 'Τ': 't', 'Υ': 'y', 'Χ': 'x', 'α': 'a', 'ο': 'o', 'ρ': 'p', 'ι': 'i', 'κ': 'k', 'ν': 'v',
	'υ': 'u', 'χ': 'x', 'ε': 'e', 'γ': 'y', 'ω': 'w',
	// Armenian
	'օ': 'o', 'ս': 'u', 'հ': 'h', 'ո': 'n',
})

// withLowerCases adds to m the small letter of each capital in it, and
// the capital of each small letter whose capital it lacks: a letter and
// its capital must fold alike, or "Не" and "не", "ΓΙΑ" and "για" would
// read differently. The capital's look-alike wins.
func withLowerCases(m map[rune]rune) map[rune]rune {
	small := map[rune]rune{}
	for r, l := range m {
		if lr := unicode.ToLower(r); lr != r {
			m[lr] = l
		} else if ur := unicode.ToUpper(r); ur != r {
			small[ur] = l
		}
	}
	for ur, l := range small {
		if _, ok := m[ur]; !ok {
			m[ur] = l
		}
	}
	return m
}

// latinFolds are Latin letters with no canonical decomposition that still
// read as plain ones.
var latinFolds = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'đ': "d", 'Đ': "d", 'ı': "i", 'ħ': "h", 'Ħ': "h", 'ŀ': "l", 'Ŀ': "l", 'þ': "th", 'Þ': "th", 'ð': "d",
	'Ð': "d", 'ɑ': "a", 'ɡ': "g", 'ȷ': "j", 'ĸ': "k",
}

// smallCaps are the Latin small capitals, used to disguise words; Unicode
// gives them no compatibility decomposition.
var smallCaps = map[rune]rune{
	'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j',
	'ᴋ': 'k', 'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u',
	'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
}

func isHiddenRune(r rune) bool {
	switch {
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0x2061, r == 0x2062, r == 0x2063, r == 0x2064,
		r == 0xFEFF, r == 0x00AD, r == 0x180E, r == 0x034F, r == 0x115F, r == 0x1160, r == 0x3164, r == 0xFFA0:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return true
	case r >= 0xFE00 && r <= 0xFE0F:
		return true
	case r >= 0xE0000 && r <= 0xE007F, r >= 0xE0100 && r <= 0xE01EF:
		return true
	}
	return false
}

// buildFold fills the table for the Basic Multilingual Plane.
func buildFold() {
	foldBMP = make([]foldEntry, 0x10000)
	foldMulti = [][]rune{nil}
	for r := rune(0x80); r <= 0xFFFF; r++ {
		foldBMP[r] = computeFold(r)
	}
}

func multiEntry(class int, rs []rune, bits uint32) foldEntry {
	if len(rs) == 1 {
		return mkEntry(class, int(rs[0]), bits)
	}
	foldMulti = append(foldMulti, rs)
	return mkEntry(class, len(foldMulti)-1, bits|feMulti)
}

func computeFold(r rune) foldEntry {
	switch {
	case r >= 0xD800 && r <= 0xDFFF:
		return mkEntry(fcDrop, 0, 0)
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3, r >= 0x3400 && r <= 0x4DBF:
		// CJK ideographs and Hangul syllables are already normal.
		return mkEntry(fcWord, int(r), 0)
	case r >= 0xE000 && r <= 0xF8FF:
		return mkEntry(fcOther, int(r), 0)
	case isHiddenRune(r):
		return mkEntry(fcHidden, 0, 0)
	case r == 0x85 || r == 0x2028 || r == 0x2029:
		return mkEntry(fcNewline, 0, 0)
	case unicode.IsSpace(r) || r == 0x200B:
		return mkEntry(fcSpace, 0, 0)
	case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
		return mkEntry(fcDrop, 0, 0)
	case unicode.In(r, unicode.Mn, unicode.Me):
		return mkEntry(fcMark, int(r), 0)
	}
	if r == '’' || r == 'ʼ' {
		// The typographic apostrophe, which keyboards put in for "'"
		// ("l’utilisateur", "you’re"), and the modifier letter apostrophe.
		return mkEntry(fcOther, '\'', 0)
	}
	if r == 'ς' {
		// Greek's small sigma at a word's end: a capital Σ lowers to σ
		// wherever it stands, so "ΝΟΗΜΟΣΥΝΗΣ" must read as "νοημοσύνης".
		return mkEntry(fcWord, 'σ', 0)
	}
	if c, ok := confusables[r]; ok {
		return mkEntry(fcWord, int(c), feConfusable)
	}
	if c, ok := smallCaps[r]; ok {
		return mkEntry(fcWord, int(c), feCompat)
	}
	if s, ok := latinFolds[r]; ok {
		return multiEntry(fcWord, []rune(s), feLatin)
	}
	class := fcOther
	if unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mc, r) {
		class = fcWord
	}
	var bits uint32
	if class == fcWord && unicode.Is(unicode.Latin, r) {
		bits |= feLatin
	}
	s := string(r)
	if norm.NFKD.PropertiesString(s).Decomposition() == nil {
		// No decomposition: only the case may change.
		return mkEntry(class, int(unicode.ToLower(r)), bits)
	}
	k := norm.NFKC.String(s)
	if k != norm.NFC.String(s) {
		// A compatibility form (full-width, circled, super- or subscript,
		// ligature). Letters written this way are a disguise.
		if isASCIIAlnum(k) && (unicode.IsLetter(r) || unicode.IsSymbol(r)) && !(r >= 0xFB00 && r <= 0xFB06) {
			bits |= feCompat
			class = fcWord
		}
		if k == " " {
			return mkEntry(fcSpace, 0, 0)
		}
	}
	k = stripMarks(strings.ToLower(k))
	rs := []rune(k)
	if len(rs) == 0 {
		return mkEntry(fcDrop, 0, 0)
	}
	for i, c := range rs {
		if f, ok := confusables[c]; ok {
			rs[i] = f
		}
	}
	return multiEntry(class, rs, bits)
}

func isASCIIAlnum(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// stripMarks removes accents from Latin, Greek and Cyrillic letters and
// recomposes the rest, so "é" reads "e" while "が" stays whole.
func stripMarks(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	prev := rune(0)
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) && prev < 0x530 && prev != 0 {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return norm.NFC.String(b.String())
}

// foldAstral folds a rune outside the Basic Multilingual Plane.
func foldAstral(r rune) foldEntry {
	switch {
	case r >= 0xE0000 && r <= 0xE007F, r >= 0xE0100 && r <= 0xE01EF:
		return mkEntry(fcHidden, 0, 0)
	case r >= 0x1D400 && r <= 0x1D7FF:
		// Mathematical alphanumerics: bold, italic, script, double-struck.
		k := []rune(strings.ToLower(norm.NFKC.String(string(r))))
		if len(k) == 1 {
			if f, ok := confusables[k[0]]; ok {
				k[0] = f
			}
			return mkEntry(fcWord, int(k[0]), feCompat)
		}
	case r >= 0x1F130 && r <= 0x1F149:
		return mkEntry(fcWord, int('a'+r-0x1F130), feCompat)
	case r >= 0x1F150 && r <= 0x1F169:
		return mkEntry(fcWord, int('a'+r-0x1F150), feCompat)
	case r >= 0x1F170 && r <= 0x1F189:
		return mkEntry(fcWord, int('a'+r-0x1F170), feCompat)
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		// Regional indicators pair into flags; alone they spell letters.
		return mkEntry(fcWord, int('a'+r-0x1F1E6), 0)
	case r >= 0x20000 && r <= 0x3FFFF:
		return mkEntry(fcWord, int(r), 0)
	case unicode.In(r, unicode.Mn, unicode.Me):
		return mkEntry(fcMark, int(r), 0)
	case unicode.IsLetter(r) || unicode.IsNumber(r):
		return mkEntry(fcWord, int(unicode.ToLower(r)), 0)
	}
	if !utf8.ValidRune(r) {
		return mkEntry(fcDrop, 0, 0)
	}
	return mkEntry(fcOther, int(r), 0)
}
