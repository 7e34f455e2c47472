package detect

import (
	"strings"
	"unicode/utf8"
)

// An attack quoted as an example is talked about, not made: "what does
// the phrase 'ignore previous instructions' mean?", "attackers type
// things like “reveal your system prompt”", "¿por qué funciona la frase
// «olvida tus reglas»?". Security teams, teachers and writers ask such
// questions every day. A rule's evidence is a mention when it lies
// inside quotation marks that an example marker introduces ("like",
// "such as", "the phrase") or a question about it follows ("... mean?",
// "... works"). The text must not also tell the model to act on the
// quote ("do what it says", "follow it"): then the quote is a payload.

// maxQuoteLead is how far before the evidence a quotation may open, and
// maxQuoteTail how far after it the quotation may close, in bytes of Norm.
const (
	maxQuoteLead = 64
	maxQuoteTail = 240
)

// mentionBefore are the markers that introduce a quoted example, in the
// languages whose quotations read left to right with spaces; they are
// matched as the words just before the opening quotation mark.
var mentionBefore = []string{
	// en
	"like", "such as", "e.g.", "e.g", "for example", "for instance", "phrase", "phrases", "expression", "expressions",
	"sentence", "sentences", "wording", "the words", "string", "strings", "called", "known as", "the word",
	// fr
	"comme", "tel que", "telle que", "tels que", "telles que", "par exemple", "la phrase", "les phrases", "l'expression",
	// es, pt, it
	"como", "tales como", "por ejemplo", "la frase", "las frases", "la expresión", "por exemplo", "a frase", "as frases",
	"a expressão", "ad esempio", "per esempio", "l'espressione", "le frasi",
	// de, nl
	"wie", "etwa", "zum beispiel", "z.b.", "z. b.", "der satz", "den satz", "die phrase", "den ausdruck", "zoals",
	"bijvoorbeeld", "de zin",
}

// mentionAfter are the words that, right after the closing quotation
// mark, ask about what was quoted.
var mentionAfter = []string{
	"mean", "means", "meant", "work", "works", "worked", "does", "is a", "is an", "are", "attack", "attacks",
	"trick", "tricks", "jailbreak", "jailbreaks", "injection", "injections", "signifie", "veut dire", "fonctionne",
	"significa", "funciona", "funcionan", "bedeutet", "funktioniert", "significa", "funziona", "betekent", "werkt",
}

// mentioned reports whether Norm's range [start, end) lies inside a
// quotation that is an example of what it says (see above), and where
// that quotation runs.
func mentioned(norm string, start, end int) (qs, qe int, ok bool) {
	open, _ := quoteOpenBefore(norm, start)
	if open < 0 {
		return 0, 0, false
	}
	close, closeLen := quoteCloseAfter(norm, end)
	if close < 0 {
		return 0, 0, false
	}
	before := strings.TrimRight(norm[max(0, open-24):open], " :,")
	after := strings.TrimLeft(norm[close+closeLen:min(len(norm), close+closeLen+16)], " ,")
	if hasSuffixWord(before, mentionBefore) || hasPrefixWord(after, mentionAfter) {
		return open, close + closeLen, true
	}
	return 0, 0, false
}

// quoteOpenBefore finds the opening quotation mark at most maxQuoteLead
// bytes before p, on the same line, with no other quotation mark between
// it and p: its index and length, or -1.
func quoteOpenBefore(norm string, p int) (int, int) {
	for i := p; i > 0 && p-i <= maxQuoteLead; {
		r, n := utf8.DecodeLastRuneInString(norm[:i])
		i -= n
		if r == '\n' {
			return -1, 0
		}
		if !isQuote(r) {
			continue
		}
		if r == '\'' || r == '’' {
			// An apostrophe inside a word ("don't", "l'expression") is
			// not a quotation mark.
			if i > 0 && isLetterBefore(norm, i) {
				continue
			}
		}
		return i, n
	}
	return -1, 0
}

// quoteCloseAfter finds the closing quotation mark at most maxQuoteTail
// bytes after p, on the same line: its index and length, or -1.
func quoteCloseAfter(norm string, p int) (int, int) {
	for i := p; i < len(norm) && i-p <= maxQuoteTail; {
		r, n := utf8.DecodeRuneInString(norm[i:])
		if r == '\n' {
			return -1, 0
		}
		if isQuote(r) {
			if (r == '\'' || r == '’') && i+n < len(norm) && isLetterAt(norm, i+n) && i > 0 && isLetterBefore(norm, i) {
				i += n
				continue
			}
			return i, n
		}
		i += n
	}
	return -1, 0
}

func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '「', '」', '『', '』':
		return true
	}
	return false
}

func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isLetterRune(r)
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetterRune(r)
}

func isLetterRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && r != utf8.RuneError && !isQuote(r)
}

// hasSuffixWord reports whether s ends with one of words, as whole words.
func hasSuffixWord(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) && (len(s) == len(w) || !isLetterBefore(s, len(s)-len(w))) {
			return true
		}
	}
	return false
}

// hasPrefixWord reports whether s starts with one of words, as whole
// words.
func hasPrefixWord(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || !isLetterAt(s, len(w))) {
			return true
		}
	}
	return false
}

// actOnQuote reports whether hits outside [qs, qe) tell the model to act
// on what is quoted ("do what it says", "follow it").
func actOnQuote(hits []hit, qs, qe int) bool {
	for i := range hits {
		h := &hits[i]
		if h.concepts&(1<<cFollow) != 0 && (int(h.end) <= qs || int(h.start) >= qe) {
			return true
		}
	}
	return false
}
