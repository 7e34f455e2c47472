package detect

import (
	"slices"
	"strings"
	"unicode"
)

// Upside-down text ("ʇdɯoɹd ɯǝʇsʎs ɹnoʎ lɐǝʌǝɹ") writes each letter as a
// turned look-alike, mostly from the phonetic alphabet, or as the Latin
// letter that looks like it turned (b for q, d for p, n for u), and is
// usually written backwards too, so that it reads when the screen is
// turned round. A line with at least minTurned turned letters, a third of
// its letters or more, is decoded: its letters turned back, in the order
// written and backwards.
const minTurned = 4

// turnedRange reports whether r lies where turnedLetter's runes do, so
// that the builder asks turnedLetter of few others.
func turnedRange(r rune) bool { return r >= 'ſ' && r <= '⊥' || r == 'Ʞ' }

// turnedLetter returns the letter r is the turned look-alike of, or 0.
// Letters other scripts write as such (the schwa, the dotless i) are
// left out; a phonetic transcription has fewer of the others than a third
// of its letters.
func turnedLetter(r rune) byte {
	switch r {
	case 'ɐ', '∀':
		return 'a'
	case 'ɔ', 'Ɔ':
		return 'c'
	case 'ǝ', 'Ǝ':
		return 'e'
	case 'ɟ', 'Ⅎ':
		return 'f'
	case 'ƃ', 'ᵷ', '⅁':
		return 'g'
	case 'ɥ':
		return 'h'
	case 'ᴉ':
		return 'i'
	case 'ɾ', 'ſ':
		return 'j'
	case 'ʞ', 'Ʞ':
		return 'k'
	case '˥':
		return 'l'
	case 'ɯ', 'Ɯ':
		return 'm'
	case 'Ԁ':
		return 'p'
	case 'ɹ', 'ᴚ':
		return 'r'
	case 'ʇ', '⊥':
		return 't'
	case 'ʌ', 'Ʌ':
		return 'v'
	case 'ʍ':
		return 'w'
	case 'ʎ', '⅄':
		return 'y'
	}
	return 0
}

// unturnedLatin is what a Latin letter of upside-down text stands for.
func unturnedLatin(c byte) byte {
	switch c | 0x20 {
	case 'b':
		return 'q'
	case 'q':
		return 'b'
	case 'd':
		return 'p'
	case 'p':
		return 'd'
	case 'n':
		return 'u'
	case 'u':
		return 'n'
	}
	return c
}

// findTurned appends the decoded form of every line of the source written
// upside down.
func (b *builder) findTurned() {
	if b.turned < minTurned {
		return
	}
	s := b.src
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		line := s[start:end]
		n, letters := 0, 0
		for _, r := range line {
			switch {
			case r >= 0x80 && turnedLetter(r) != 0:
				n++
				letters++
			case unicode.IsLetter(r):
				letters++
			}
		}
		if n >= minTurned && n*3 >= letters && *b.budget > 0 {
			rs := make([]rune, 0, len(line))
			for _, r := range line {
				switch {
				case r < 0x80:
					r = rune(unturnedLatin(byte(r)))
				case turnedLetter(r) != 0:
					r = rune(turnedLetter(r))
				}
				rs = append(rs, r)
			}
			b.appendDecoded(string(rs), start, end)
			slices.Reverse(rs)
			b.appendDecoded(string(rs), start, end)
		}
		start = end + 1
	}
}
