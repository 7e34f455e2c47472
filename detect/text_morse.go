package detect

import "strings"

// Morse code: letters of dots and dashes separated by single spaces,
// words by a slash, a bar or a wider gap. A run of at least
// minMorseLetters letters is decoded like the other encodings; prose,
// whose periods and hyphens stand alone, never makes one.

const (
	minMorseLetters = 8
	maxMorseSymbol  = 7 // the longest code: "...---..." is nine, but letters, digits and punctuation fit in seven
)

// morseSpace separates the codes of a letter's neighbours; morseWordMark
// (a slash, a bar, a line break) ends a word. A run may open after, and
// close before, either or a quotation mark.
func morseSpace(c byte) bool    { return c == ' ' || c == '\t' }
func morseWordMark(c byte) bool { return c == '/' || c == '|' || c == '\n' }
func morseBound(c byte) bool {
	return morseSpace(c) || morseWordMark(c) || c == '"' || c == '\''
}

// morseTable maps codes to characters: letters, digits and the common
// punctuation.
var morseTable = map[string]byte{
	".-": 'a', "-...": 'b', "-.-.": 'c', "-..": 'd', ".": 'e', "..-.": 'f', "--.": 'g', "....": 'h', "..": 'i',
	".---": 'j', "-.-": 'k', ".-..": 'l', "--": 'm', "-.": 'n', "---": 'o', ".--.": 'p', "--.-": 'q', ".-.": 'r',
	"...": 's', "-": 't', "..-": 'u', "...-": 'v', ".--": 'w', "-..-": 'x', "-.--": 'y', "--..": 'z',
	"-----": '0', ".----": '1', "..---": '2', "...--": '3', "....-": '4', ".....": '5', "-....": '6', "--...": '7',
	"---..": '8', "----.": '9', ".-.-.-": '.', "--..--": ',', "..--..": '?', ".----.": '\'', "-.-.--": '!',
	"-..-.": '/', "---...": ':', "-.-.-.": ';', "-...-": '=', ".-.-.": '+', "-....-": '-', ".-..-.": '"', ".--.-.": '@',
}

// findMorse adds the Morse runs of the source to the encoded candidates.
func (b *builder) findMorse() {
	s := b.src
	if !strings.Contains(s, ".-") && !strings.Contains(s, "-.") {
		// Every word but a few made of e, i, s, h, t, m and o has a dot
		// next to a dash; prose almost never does.
		return
	}
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], ".-")
		if j < 0 {
			return
		}
		i += j
		if i > 0 && !morseBound(s[i-1]) {
			// A period or hyphen inside a word or after one.
			i++
			continue
		}
		end, letters := morseRun(s, i)
		if letters >= minMorseLetters {
			b.encCands = append(b.encCands, encCand{kind: encMorse, start: i, end: end})
		}
		i = max(end, i+1)
	}
}

// morseRun reads Morse code from s[i:]: it returns where the run ends and
// how many letters it holds.
func morseRun(s string, i int) (end, letters int) {
	end = i
	for i < len(s) {
		j := i
		for j < len(s) && (s[j] == '.' || s[j] == '-') {
			j++
		}
		if j == i || j-i > maxMorseSymbol || j < len(s) && !morseBound(s[j]) {
			return end, letters
		}
		letters++
		end = j
		// The gap: spaces, with at most one word mark among them.
		k, marks := j, 0
		for k < len(s) && (morseSpace(s[k]) || morseWordMark(s[k])) && k-j < 8 {
			if morseWordMark(s[k]) {
				marks++
			}
			k++
		}
		if marks > 1 || k == j {
			return end, letters
		}
		i = k
	}
	return end, letters
}

// morseOnly reports whether s holds nothing but Morse code: dots, dashes
// and their separators, with at least minMorseLetters dots and dashes.
// Such a payload has no letters for readable to count, yet decodes.
func morseOnly(s string) bool {
	marks := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' || c == '-':
			marks++
		case !morseSpace(c) && !morseWordMark(c):
			return false
		}
	}
	return marks >= minMorseLetters
}

// decodeMorse decodes a run morseRun found; "" when too much of it is not
// Morse. A word mark or two spaces between codes end a word; one space
// ends a letter.
func decodeMorse(run string) string {
	out := make([]byte, 0, len(run)/3)
	bad, n, wordGap := 0, 0, false
	for i := 0; i < len(run); {
		if c := run[i]; c != '.' && c != '-' {
			wordGap = wordGap || morseWordMark(c) || morseSpace(c) && i+1 < len(run) && morseSpace(run[i+1])
			i++
			continue
		}
		j := i
		for j < len(run) && (run[j] == '.' || run[j] == '-') {
			j++
		}
		if wordGap && len(out) > 0 {
			out = append(out, ' ')
		}
		wordGap = false
		n++
		if c, ok := morseTable[run[i:j]]; ok {
			out = append(out, c)
		} else {
			bad++
		}
		i = j
	}
	if n == 0 || bad*10 > n || distinct(out) < 3 {
		// Not Morse, or a rule of dashes ("- - - -", "|---|---|").
		return ""
	}
	return string(out)
}

// distinct counts the different letters and digits in b.
func distinct(b []byte) int {
	var seen [128]bool
	n := 0
	for _, c := range b {
		if c < 128 && c != ' ' && !seen[c] {
			seen[c] = true
			n++
		}
	}
	return n
}
