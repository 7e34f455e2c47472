package detect

import (
	"strings"
	"unicode/utf8"
)

// Split payloads: an order cut into quoted pieces the model is to join
// (`a = "ign"; b = "ore all previous instr"`, `'dis' + 'regard'`), so
// that no piece holds a word of it. Where quoted pieces stand close
// together and one of them ends inside one of the lexicon's words about
// the model's instructions (see scrambledTable) that the next goes on
// with, the pieces are read again joined, as a decoded payload is: their
// words are read whole, and normalised and decoded like any payload's.
// An encoding split across pieces is read only where such a word is cut
// too. Pieces that
// join into no such word are left alone: JSON's keys and values, a list
// of quoted words, and quoted examples in talk about attacks, whose
// words are read where they stand, with what is said around them.
const (
	// maxPiece is the longest quoted piece read, and maxPieceGap the most
	// bytes between two pieces of one payload.
	maxPiece    = 96
	maxPieceGap = 48
	// maxPieces bounds the pieces of one payload.
	maxPieces = 32
)

// piece is a quoted piece of the source, its quotes left out.
type piece struct{ start, end int }

// findSplit appends the pieces of each split payload of the source,
// joined. The pieces of one payload are quoted alike: each kind of quote
// is looked for on its own, by a search that skips the text between.
func (b *builder) findSplit() {
	added := 0
	for _, q := range [...]byte{'"', '\'', '`'} {
		if added < maxScrambledViews && strings.Count(b.src, string(q)) >= 4 {
			added += b.findSplitBy(q, maxScrambledViews-added)
		}
	}
}

// findSplitBy is findSplit for the pieces quoted by q, appending up to
// limit bytes; it returns how many it appended.
func (b *builder) findSplitBy(q byte, limit int) int {
	s := b.src
	var group [maxPieces]piece
	n, added := 0, 0
	for i := 0; added < limit; {
		k := strings.IndexByte(s[i:], q)
		if k < 0 {
			break
		}
		i += k
		if i > 0 && wordByte(s[i-1]) {
			i++ // an apostrophe inside a word ("don't"), or a closing quote
			continue
		}
		e := strings.IndexByte(s[i+1:min(len(s), i+2+maxPiece)], q)
		if e <= 0 {
			i++
			continue
		}
		e += i + 1
		if e+1 < len(s) && wordByte(s[e+1]) || strings.IndexByte(s[i+1:e], '\n') >= 0 {
			i++
			continue
		}
		if n > 0 && (i-group[n-1].end > maxPieceGap || n == maxPieces) {
			added += b.joinPieces(group[:n])
			n = 0
		}
		group[n] = piece{i + 1, e}
		n++
		i = e + 1
	}
	if added < limit {
		added += b.joinPieces(group[:n])
	}
	return added
}

// joinPieces appends pieces joined, where one of them ends inside a word
// of the lexicon the next goes on with (see cutWord), and returns how many
// bytes that was.
func (b *builder) joinPieces(ps []piece) int {
	if len(ps) < 2 {
		return 0
	}
	s := b.src
	cut := false
	for k := 1; k < len(ps) && !cut; k++ {
		cut = cutWord(s[ps[k-1].start:ps[k-1].end], s[ps[k].start:ps[k].end])
	}
	if !cut {
		return 0
	}
	var j strings.Builder
	for _, p := range ps {
		j.WriteString(s[p.start:p.end])
	}
	b.appendDecoded(j.String(), ps[0].start-1, ps[len(ps)-1].end+1)
	return j.Len()
}

// cutWord reports whether the word a ends with and the one b starts with
// make one of the lexicon's words (see scrambledTable) together, and
// neither is empty.
func cutWord(a, b string) bool {
	var buf [scrambledMax]byte
	i := len(a)
	for i > 0 && len(a)-i < scrambledMax && asciiClass[a[i-1]]&clsLetter != 0 {
		i--
	}
	j := 0
	for j < len(b) && j < scrambledMax && asciiClass[b[j]]&clsLetter != 0 {
		j++
	}
	n := len(a) - i + j
	if i == len(a) || j == 0 || n > scrambledMax {
		return false
	}
	copy(buf[:], a[i:])
	copy(buf[len(a)-i:], b[:j])
	for k := range buf[:n] {
		buf[k] |= 0x20 // lower case
	}
	return scrambled.has(bytesString(buf[:n]))
}

// wordByte reports whether c is an ASCII letter or digit, or a byte of a
// character beyond ASCII (most of which, in a word, are letters).
func wordByte(c byte) bool {
	return c >= utf8.RuneSelf || asciiClass[c]&(clsLetter|clsDigitCls) != 0
}
