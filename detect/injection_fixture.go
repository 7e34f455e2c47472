package detect

import "strings"

// A list of attacks in code. Detectors, evals and red-team suites keep
// their attack strings in lists named for what they hold: `injections =
// [`, `var attacks = []string{`, `BOESARTIGE_BEISPIELE = [`, `"payloads":
// [`. A README, a test file or a blog post that shows such a list quotes
// the attacks as data; an assistant that summarises it is not addressed
// by them. fixtureCuts returns the bodies of such lists, for the lexicon
// and the classifiers to read without them, as quoted examples are (see
// mentioned).

// fixtureCuts returns, in order, the bodies of the lists in norm whose
// opening line names them as attacks or examples (fixtureNames) and that
// hold strings: from the opening bracket to the matching closing one, at
// most fixtureMaxBytes of them. A list whose end is not found is not cut.
func fixtureCuts(norm string, cm cutMap) cutMap {
	// Where the next '[' and the next '{' stand, each found by a fast
	// search of its own and looked for again once passed: most texts
	// hold neither.
	next := [2]int{-1, -1}
	for i := 0; i < len(norm); {
		for b, c := range [2]byte{'[', '{'} {
			if next[b] < i {
				if j := strings.IndexByte(norm[i:], c); j >= 0 {
					next[b] = i + j
				} else {
					next[b] = len(norm)
				}
			}
		}
		open := min(next[0], next[1])
		if open == len(norm) {
			break
		}
		i = open + 1
		if !fixtureOpener(norm, open) {
			continue
		}
		end, ok := listEnd(norm, open)
		if !ok {
			// Nor is any list that opens in what was read: a text of
			// unclosed openers is read once.
			i = min(len(norm), open+fixtureMaxBytes)
			continue
		}
		if strings.ContainsAny(norm[open:end], "\"'`") {
			cm = append(cm, segment{open + 1, end})
		}
		i = end
	}
	return cm
}

// fixtureOpener reports whether the bracket at norm[open] ends its line's
// code, after an assignment or a key whose name holds a word of
// fixtureNames: "injections = [", "attacks := []string{", "\"payloads\": [".
// A brace opens such a list only after a slice's type.
func fixtureOpener(norm string, open int) bool {
	for k := open + 1; k < len(norm) && norm[k] != '\n'; k++ {
		if c := norm[k]; c != ' ' && c != '\t' && c != '\r' {
			return false // a list on one line, or a bracket in prose
		}
	}
	lo := max(0, open-fixtureHeadMax)
	ls := strings.LastIndexByte(norm[lo:open], '\n') + 1 + lo
	if ls == lo && lo > 0 && norm[lo-1] != '\n' {
		return false // more code before the bracket than a name takes
	}
	head := norm[ls:open]
	if norm[open] == '{' && !strings.Contains(head, "[]") {
		// An object, a tool's output or a webhook's payload, holds
		// data; only a slice literal opens a list with a brace
		// ("[]string{").
		return false
	}
	eq := strings.LastIndexAny(head, "=:")
	if eq < 0 {
		return false
	}
	return fixtureNames.stemIn(strings.Map(identifierSpace, head[:eq]))
}

// identifierSpace turns the joins of an identifier into spaces, so that
// its words start words: "malicious_examples", "BAD-CASES".
func identifierSpace(r rune) rune {
	switch r {
	case '_', '-', '.', '"', '\'', '$':
		return ' '
	}
	return r
}

// listEnd returns the index of the bracket that closes the one at
// norm[open], skipping brackets inside strings, within fixtureMaxBytes.
func listEnd(norm string, open int) (int, bool) {
	depth := 0
	var quote byte
	for k := open; k < len(norm) && k-open < fixtureMaxBytes; k++ {
		c := norm[k]
		switch {
		case quote != 0:
			if c == '\\' {
				k++
			} else if c == quote || c == '\n' {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			if depth--; depth == 0 {
				return k, true
			}
		}
	}
	return 0, false
}

// fixtureHeadMax bounds, in bytes, the code before a list's opening
// bracket on its line, and fixtureMaxBytes a list's length.
const (
	fixtureHeadMax  = 80
	fixtureMaxBytes = 16 << 10
)

// fixtureNames are the stems of the names of lists of attacks or
// examples, as code spells them, in English and in the core languages'
// ASCII: attacks, injections, payloads, malicious, adversarial, examples,
// samples, test cases, fixtures.
var fixtureNames = newPhraseSet(normList(
	"attack", "injection", "payload", "malicious", "adversarial", "jailbreak", "example", "sample", "fixture",
	"test case", "testcase", "probe",
	"attaque", "exemple", "ataque", "ejemplo", "angriff", "beispiel", "boesartig", "bosartig", "attacc", "esempi",
	"malevol", "exemplo", "injecoes", "injecao", "aanval", "voorbeeld", "kwaadaardig", "atak", "przyklad",
	"zlosliw", "ataka", "ataki", "primer", "saldiri", "ornek", "kotu niyet"))
