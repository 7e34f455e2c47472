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
		if i > 0 && s[i-1] != ' ' && s[i-1] != '\n' && s[i-1] != '\t' && s[i-1] != '/' && s[i-1] != '|' && s[i-1] != '"' && s[i-1] != '\'' {
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
		if j == i || j-i > maxMorseSymbol || j < len(s) && s[j] != ' ' && s[j] != '/' && s[j] != '|' && s[j] != '\n' && s[j] != '"' && s[j] != '\'' {
			return end, letters
		}
		letters++
		end = j
		// The gap: spaces, with at most one slash or bar among them.
		k, marks := j, 0
		for k < len(s) && (s[k] == ' ' || s[k] == '/' || s[k] == '|') && k-j < 8 {
			if s[k] != ' ' {
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

// decodeMorse decodes a run morseRun found; "" when too much of it is not
// Morse.
func decodeMorse(run string) string {
	out := make([]byte, 0, len(run)/3)
	bad, n := 0, 0
	for _, word := range strings.FieldsFunc(run, func(r rune) bool { return r == '/' || r == '|' }) {
		for _, w := range splitMorseWords(word) {
			for _, code := range strings.Fields(w) {
				n++
				if c, ok := morseTable[code]; ok {
					out = append(out, c)
				} else {
					bad++
				}
			}
			out = append(out, ' ')
		}
	}
	if n == 0 || bad*10 > n || distinct(out) < 3 {
		// Not Morse, or a rule of dashes ("- - - -", "|---|---|").
		return ""
	}
	return strings.TrimSpace(string(out))
}

// splitMorseWords splits a run without slashes at its wider gaps (two or
// more spaces), which separate words.
func splitMorseWords(s string) []string {
	var words []string
	for {
		i := strings.Index(s, "  ")
		if i < 0 {
			return append(words, s)
		}
		words = append(words, s[:i])
		s = strings.TrimLeft(s[i:], " ")
	}
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
