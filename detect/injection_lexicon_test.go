package detect

import (
	"reflect"
	"strings"
	"testing"
)

// TestLexiconScan_ByLookup checks scan, which makes and filters each
// word's keys once, against the same walk calling lookup for each word,
// on a varied corpus and on every lexicon entry alone, cut short and
// among others.
func TestLexiconScan_ByLookup(t *testing.T) {
	lx := defaultLexicon()
	corpus := goldenCorpus(t)
	var all []string
	for _, e := range lx.entries {
		corpus = append(corpus, e.pat, e.pat[:len(e.pat)-1], strings.ToUpper(e.pat)+" x")
		all = append(all, e.pat)
	}
	corpus = append(corpus, strings.Join(all, " "), strings.Join(all, ". "), strings.Join(all, ""))
	for _, text := range corpus {
		for _, untrusted := range []bool{false, true} {
			tx := NewText(text, untrusted)
			for _, end := range []int{len(tx.Norm), len(tx.Norm) / 2} {
				got, want := lx.scan(tx, end, nil), scanByLookup(lx, tx, end, nil)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("scan(%.80q, %d) = %v, want %v", tx.Norm, end, got, want)
				}
			}
		}
	}
}

// TestLoad8 checks load8 against packing the bytes one at a time, at
// every offset of texts of every length up to twice the eight it reads.
func TestLoad8(t *testing.T) {
	src := "abcdefghijklmnop\x00\xffqrst"
	for n := range len(src) + 1 {
		s := src[:n]
		for p := range n + 1 {
			var want uint64
			for i := 0; i < 8 && p+i < n; i++ {
				want |= uint64(s[p+i]) << (8 * i)
			}
			if got := load8(s, p); got != want {
				t.Errorf("load8(%q, %d) = %#x, want %#x", s, p, got, want)
			}
		}
	}
}

// scanByLookup is lexicon.scan calling lookup for each word.
func scanByLookup(lx *lexicon, t *Text, end int, hits []hit) []hit {
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
			// call.
			if a+4 <= len(s) && lx.long.mayHold(key4(s, a)) || b-a < 4 && lx.short.mayHold(keyShort(s[a:b])) {
				hits = lx.lookup(t, s, a, b-a, pos, hits)
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
