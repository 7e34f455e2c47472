package detect

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/promptgate/promptgate/internal/benchcpu"
)

// newTestBuilder is getBuilder without the pool, so that two builders for
// the same text start out identical, down to which slices are nil.
func newTestBuilder(s string) *builder {
	b := &builder{src: s, encStart: -1}
	b.ownBudget = len(s) + decodeSlack
	b.budget = &b.ownBudget
	b.buf = make([]byte, 0, len(s)+8)
	b.words = make([]wordSpan, 0, len(s)/5+16)
	return b
}

// diffRun runs the normaliser's main loop over s with prose and with
// oneSpace in its place, and describes every field of the builder where
// they disagree.
func diffRun(s string) string {
	got, want := newTestBuilder(s), newTestBuilder(s)
	got.run()
	want.afterLetters = want.oneSpace
	want.run()
	want.afterLetters = nil
	// Words that are no stop word are counted apart, and never read.
	got.lineWords[stopNone], want.lineWords[stopNone] = 0, 0
	if reflect.DeepEqual(got, want) {
		return ""
	}
	var d strings.Builder
	gv, wv := reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem()
	for i := range gv.NumField() {
		name := gv.Type().Field(i).Name
		if name == "buf" {
			if string(got.buf) != string(want.buf) {
				fmt.Fprintf(&d, "\n  buf: got %q, want %q", got.buf, want.buf)
			}
			continue
		}
		if name == "budget" {
			continue // a pointer to each builder's own budget, compared below
		}
		if g, w := fmt.Sprint(gv.Field(i)), fmt.Sprint(wv.Field(i)); g != w {
			fmt.Fprintf(&d, "\n  %s: got %s, want %s", name, g, w)
		}
	}
	if *got.budget != *want.budget {
		fmt.Fprintf(&d, "\n  budget: got %d, want %d", *got.budget, *want.budget)
	}
	if d.Len() == 0 {
		d.WriteString("\n  (builders differ in a way not printed)")
	}
	return d.String()
}

// proseTokens are the pieces random texts are made of: plain words and
// separators the fast path for prose takes, and everything next to which
// it must hand over to the general loop.
var proseTokens = []string{
	// words
	"the", "and", "you", "this", "that", "with", "gur", "naq", "lbh", "guvf",
	"eht", "dna", "uoy", "siht", "ignore", "Previous", "ALL", "Instructions",
	"a", "i", "x", "ab", "cd", "ff", "0a", "9f", "de", "ad", "abcdefgh",
	"01101001", "01100111", "deadbeef", "AbCdEfGhIjKlMnOpQrSt",
	"abcdefghijklmnopqrstuvwxyz", "VGhpcyBpcyBhIHRlc3Q", "dGVzdA==", "SGVsbG8",
	"%41%42%43", "%20", "bob@example.com", "1gn0r3", "h3ll0", "4ll", "12",
	"2024", "$5", "3.14", "a1", "b2c",
	// runs of hex pairs and binary octets, which the word after them ends
	"de ad be ef 00 11 22 33 ", "01101001 01100111 01101110 01101111 ",
	// separators
	" ", " ", " ", " ", "  ", "\n", "\n", "\n\n", "\r\n", "\r", "\t", ", ",
	". ", "! ", "? ", ": ", "; ", ".\n", ",", ".", "!", "?", ":", ";", "(",
	")", "'", "\"", "-", "/", "+", "=", "_", "%", "@", "#", "*", "|", "~",
	"`", "^", "&", "<", ">", "[", "]", "{", "}", "\\", "\x00", "\x07",
	"\x7f", "\v", "\f",
	// other scripts and hidden characters
	"é", "Іgnоrе", "\u200b", "\u00ad", "\u202e", "ｉｇ", "𝐢", "\u0301",
	"\U000E0041\U000E0042\U000E0043\U000E0044", "\uFE01\uFE02\uFE03\uFE04",
	"👨\u200d👩", "忽略", "\u2028", "\xff", "\u00a0", "\u3000",
}

// randomProse is a text of n random tokens, mostly plain words with
// single spaces, as prose is.
func randomProse(r *rand.Rand, n int) string {
	var sb strings.Builder
	for range n {
		switch r.IntN(4) {
		case 0, 1:
			sb.WriteString(proseTokens[r.IntN(42)]) // a word
			sb.WriteByte(' ')
		default:
			sb.WriteString(proseTokens[r.IntN(len(proseTokens))])
		}
	}
	return sb.String()
}

// mutate changes a few random bytes of s, inserting, deleting or
// replacing them with bytes the normaliser treats in different ways.
func mutate(r *rand.Rand, s string) string {
	const pool = " \n\r\t.,!?:;'\"()-+/=_%@$0123456789aAzZfF\x00\x80\xc3\xa9"
	bs := []byte(s)
	for range 1 + r.IntN(6) {
		if len(bs) == 0 {
			bs = append(bs, pool[r.IntN(len(pool))])
			continue
		}
		p := r.IntN(len(bs))
		switch r.IntN(3) {
		case 0:
			bs = append(bs[:p], append([]byte{pool[r.IntN(len(pool))]}, bs[p:]...)...)
		case 1:
			bs = append(bs[:p], bs[p+1:]...)
		default:
			bs[p] = pool[r.IntN(len(pool))]
		}
	}
	return string(bs)
}

// TestProseMatchesReference checks the fast path for plain prose against
// the general loop it stands in for, on every short text over a small
// alphabet, on random texts and on mutations of realistic ones.
func TestProseMatchesReference(t *testing.T) {
	check := func(s string) bool {
		if d := diffRun(s); d != "" {
			t.Errorf("run(%q) differs from the reference:%s", s, d)
			return false
		}
		return true
	}
	// Every text of up to five bytes over an alphabet with a letter of
	// each case, both white spaces the fast path takes, punctuation it
	// takes and bytes it does not.
	const alpha = "aB .\n,1+%"
	var all func(prefix string, n int) bool
	all = func(prefix string, n int) bool {
		if !check(prefix) {
			return false
		}
		if n == 0 {
			return true
		}
		for i := range len(alpha) {
			if !all(prefix+alpha[i:i+1], n-1) {
				return false
			}
		}
		return true
	}
	all("", 5)

	// A run of hex pairs or octets and then an encoded run, both ended by
	// the same word: the order of the two candidates is the order they
	// are decoded in.
	for _, run := range []string{"aa bb cc dd ee ff 0a 9f ", "01101001 01100111 01101110 01101111 "} {
		for _, word := range []string{"AbCdEfGhIjKlMnOpQrSt", "+/AbCdEfGhIj", "Ab", "ab"} {
			for _, sep := range []string{" ", ", ", ".", "\n", "  ", "\n\n", "(", "-", "%", "1", ""} {
				check(run + word + sep + "next word")
			}
		}
	}

	r := rand.New(rand.NewPCG(1, 2))
	rounds := 4000
	if testing.Short() {
		rounds = 500
	}
	for i := range rounds {
		if !check(randomProse(r, 1+r.IntN(60+i%200))) {
			return
		}
	}
	texts := append([]string{prompt4KiB}, adversarialTexts...)
	texts = append(texts, injFuzzSeeds...)
	for _, s := range texts {
		if !check(s) || !check(strings.ToUpper(s)) {
			return
		}
		for range 20 {
			if !check(mutate(r, s)) {
				return
			}
		}
	}
}

// FuzzProse checks the fast path for plain prose against the general loop
// on any text.
func FuzzProse(f *testing.F) {
	r := rand.New(rand.NewPCG(3, 4))
	f.Add(prompt4KiB)
	for range 20 {
		f.Add(randomProse(r, 40))
	}
	for _, s := range injFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := diffRun(s); d != "" {
			t.Fatalf("run(%q) differs from the reference:%s", s, d)
		}
	})
}

// TestStopWord checks the stop-word table against the lists it is built
// from, on every word of two or three letters and on the lists' words
// with a letter changed, added or taken away.
func TestStopWord(t *testing.T) {
	want := map[string]int{}
	for kind, l := range stopLists {
		for _, w := range strings.Fields(l) {
			want[w] = kind
		}
	}
	check := func(w string) {
		if got := stopWord([]byte(w)); got != want[w] {
			t.Errorf("stopWord(%q) = %d, want %d", w, got, want[w])
		}
	}
	var words []string
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			words = append(words, string([]rune{a, b}))
			for c := 'a'; c <= 'z'; c++ {
				words = append(words, string([]rune{a, b, c}))
			}
		}
	}
	for w := range want {
		for i := range len(w) + 1 {
			words = append(words, w[:i]+w[min(i+1, len(w)):], w[:i]+"s"+w[i:])
			if i < len(w) {
				words = append(words, w[:i]+"x"+w[i+1:])
			}
		}
	}
	for _, w := range words {
		if len(w) >= 2 && len(w) <= 5 {
			check(w)
		}
	}
}

// BenchmarkRun_4KiB is the normaliser's main loop alone on ordinary
// prose, without the decoding passes and copies NewText adds.
func BenchmarkRun_4KiB(b *testing.B) {
	b.SetBytes(int64(len(prompt4KiB)))
	defer benchcpu.Report(b)()
	for b.Loop() {
		nb := getBuilder(prompt4KiB, 0, nil)
		nb.run()
		putBuilder(nb)
	}
}
