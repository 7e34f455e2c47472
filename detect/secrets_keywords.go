package detect

import (
	"encoding/binary"
	"slices"
	"strings"
)

// keywordIndex finds every occurrence of a set of keywords in one pass
// over a text, ignoring ASCII case. The pass tests each pair of adjacent
// bytes against a bitset of the keywords' first two bytes; only where a
// pair is set (and the third byte passes a second bitset) does it compare
// the keywords that start with it. Unlike an Aho-Corasick automaton, whose
// every step waits for the state the last one computed, the bitset lookups
// do not depend on one another; on our benchmark text the pass is faster
// than the automaton it replaced. The secret rules only run where one of
// their keywords occurs.
type keywordIndex struct {
	pairs    [1 << 10]uint64 // bit p set: some keyword starts with the pair p, in any ASCII case
	triples  [1 << 10]uint64 // bit tripleHash(t) set: some keyword starts with t
	short    [1 << 10]uint64 // bit p set: some two-byte keyword is p
	first    [256]bool       // some one-byte keyword is this byte
	lead     [256]bool       // some keyword starts with this byte, in any ASCII case
	anyFirst bool            // there are one-byte keywords
	oneByte  []byte          // the one-byte keywords, in every ASCII case
	slots    []pairSlot      // open addressing on the pair
	keywords []string        // lower-cased, by id
	prefix   []keywordPrefix // by id

	// short and triples with every ASCII case of the keywords set, for
	// scan to test the text's bytes as they are and lower only the pairs
	// that pass.
	shortAnyCase, triplesAnyCase [1 << 10]uint64
}

// keywordPrefix holds the first eight bytes of a keyword (all of a
// shorter one) to compare them with a text's at once: eight bytes x of a
// text start with them, in any ASCII case, when (x|fold)&mask == val.
// Setting bit 0x20 lowers an upper-case letter and keeps a lower-case
// one; fold sets it only where the keyword has a letter, so the
// comparison is exact.
type keywordPrefix struct {
	val, fold, mask uint64
}

type pairSlot struct {
	pair uint32 // pair + 1; 0 marks an empty slot
	ids  []int32
}

// asciiLower maps each byte to its ASCII lower case.
var asciiLower = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// newKeywordIndex compiles the keywords; the id of a keyword is its index.
// Empty keywords are ignored.
func newKeywordIndex(keywords []string) *keywordIndex {
	k := &keywordIndex{keywords: make([]string, len(keywords)), prefix: make([]keywordPrefix, len(keywords))}
	byPair := map[uint16][]int32{}
	for id, w := range keywords {
		b := []byte(w)
		for i := range b {
			b[i] = asciiLower[b[i]]
		}
		k.keywords[id] = string(b)
		p := &k.prefix[id]
		for i := 0; i < len(b) && i < 8; i++ {
			p.val |= uint64(b[i]) << (8 * i)
			p.mask |= 0xff << (8 * i)
			if isLowerASCII(b[i]) {
				p.fold |= 0x20 << (8 * i)
			}
		}
		if len(b) > 0 {
			for _, c := range caseVariants(b[0]) {
				k.lead[c] = true
			}
		}
		switch len(b) {
		case 0:
		case 1:
			if !k.first[b[0]] {
				k.oneByte = append(k.oneByte, caseVariants(b[0])...)
			}
			k.first[b[0]] = true
			k.anyFirst = true
		default:
			p := uint16(b[0])<<8 | uint16(b[1])
			// The pair is set in every ASCII case, so that scan tests
			// the text's bytes as they are and lowers only the few
			// pairs that pass.
			for _, x := range caseVariants(b[0]) {
				for _, y := range caseVariants(b[1]) {
					q := uint16(x)<<8 | uint16(y)
					k.pairs[q>>6] |= 1 << (q & 63)
				}
			}
			byPair[p] = append(byPair[p], int32(id))
			if len(b) == 2 {
				k.short[p>>6] |= 1 << (p & 63)
			} else {
				t := tripleHash(b[0], b[1], b[2])
				k.triples[t>>6] |= 1 << (t & 63)
			}
			for _, x := range caseVariants(b[0]) {
				for _, y := range caseVariants(b[1]) {
					if len(b) == 2 {
						q := uint16(x)<<8 | uint16(y)
						k.shortAnyCase[q>>6] |= 1 << (q & 63)
						continue
					}
					for _, z := range caseVariants(b[2]) {
						t := tripleHash(x, y, z)
						k.triplesAnyCase[t>>6] |= 1 << (t & 63)
					}
				}
			}
		}
	}
	size := 16
	for size < 2*len(byPair) {
		size *= 2
	}
	k.slots = make([]pairSlot, size)
	pairs := make([]uint16, 0, len(byPair))
	for p := range byPair {
		pairs = append(pairs, p)
	}
	slices.Sort(pairs)
	for _, p := range pairs {
		j := pairHash(p) & (size - 1)
		for k.slots[j].pair != 0 {
			j = (j + 1) & (size - 1)
		}
		k.slots[j] = pairSlot{pair: uint32(p) + 1, ids: byPair[p]}
	}
	return k
}

// caseVariants returns c and, for an ASCII lower-case letter, its upper
// case.
func caseVariants(c byte) []byte {
	if c >= 'a' && c <= 'z' {
		return []byte{c, c - 'a' + 'A'}
	}
	return []byte{c}
}

// tripleHash maps three bytes to 16 bits.
func tripleHash(a, b, c byte) uint16 {
	return uint16((uint32(a)<<16 | uint32(b)<<8 | uint32(c)) * 2654435761 >> 16)
}

func pairHash(p uint16) int { return int(uint32(p) * 2654435761 >> 16) }

func (k *keywordIndex) lookup(p uint16) []int32 {
	mask := len(k.slots) - 1
	for j := pairHash(p) & mask; ; j = (j + 1) & mask {
		s := &k.slots[j]
		if s.pair == uint32(p)+1 {
			return s.ids
		}
		if s.pair == 0 {
			return nil
		}
	}
}

// keywordHit is one occurrence of keyword id ending at byte end.
type keywordHit struct {
	id  int32
	end int32
}

// scan appends the occurrences of every keyword in s to hits, in order of
// their start. It is the hot loop of the secret detector: the pair of
// bytes ending at each position, and then the byte after it, are tested
// as they are against bitsets of every ASCII case of the keywords, and
// only the few pairs that pass are lowered and looked up.
func (k *keywordIndex) scan(s string, hits []keywordHit) []keywordHit {
	if k.anyFirst || len(s) < 2 {
		return k.run(s, hits, false)
	}
	pairs := &k.pairs
	p := uint16(s[0])
	for j := 1; j < len(s); j++ {
		p = p<<8 | uint16(s[j])
		if pairs[p>>6]&(1<<(p&63)) == 0 {
			continue
		}
		if k.shortAnyCase[p>>6]&(1<<(p&63)) == 0 {
			// The third byte rules out most pairs ("he" in "the ", "to"
			// in "to ") before any keyword is compared.
			if j+1 == len(s) {
				continue
			}
			t := tripleHash(uint8(p>>8), uint8(p), s[j+1])
			if k.triplesAnyCase[t>>6]&(1<<(t&63)) == 0 {
				continue
			}
		}
		i := j - 1
		lp := uint16(asciiLower[uint8(p>>8)])<<8 | uint16(asciiLower[uint8(p)])
		if len(s)-i < 8 {
			for _, id := range k.lookup(lp) {
				if w := k.keywords[id]; hasLowerPrefix(s[i:], w) {
					hits = append(hits, keywordHit{id: id, end: int32(i + len(w))})
				}
			}
			continue
		}
		// The pair's keywords are compared eight bytes at a time.
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		for _, id := range k.lookup(lp) {
			if p := &k.prefix[id]; (x|p.fold)&p.mask != p.val {
				continue
			}
			w := k.keywords[id]
			if len(w) > 8 && !hasLowerPrefix(s[i+8:], w[8:]) {
				continue
			}
			hits = append(hits, keywordHit{id: id, end: int32(i + len(w))})
		}
	}
	return hits
}

// contains reports whether s holds any of the keywords: one of the
// one-byte keywords, found with strings.IndexByte, or a longer one, found
// as scan finds them.
func (k *keywordIndex) contains(s string) bool {
	for _, c := range k.oneByte {
		if strings.IndexByte(s, c) >= 0 {
			return true
		}
	}
	if len(s) < 2 {
		return false
	}
	pairs := &k.pairs
	p := uint16(s[0])
	for j := 1; j < len(s); j++ {
		p = p<<8 | uint16(s[j])
		if pairs[p>>6]&(1<<(p&63)) != 0 && k.startsAt(s, j-1) {
			return true
		}
	}
	return false
}

// containsWord reports whether s holds a keyword at the start of a word,
// so "tel" counts in "Tel:" but not in "hotel". A word start is the start
// of s or a byte after one that is neither an ASCII letter nor part of a
// non-ASCII character.
func (k *keywordIndex) containsWord(s string) bool {
	for i := 0; i < len(s); {
		// Most words start with a byte no keyword starts with.
		if k.lead[s[i]] && k.startsAt(s, i) {
			return true
		}
		if byteClass[s[i]]&(bcUpper|bcLower|bcNonASCII) == 0 {
			i++
			continue
		}
		// The rest of the word and the byte after it start no word.
		i++
		for i < len(s) && byteClass[s[i]]&(bcUpper|bcLower|bcNonASCII) != 0 {
			i++
		}
		i++
	}
	return false
}

// startsAt reports whether a keyword starts at s[i].
func (k *keywordIndex) startsAt(s string, i int) bool {
	if k.anyFirst && k.first[asciiLower[s[i]]] {
		return true
	}
	for _, id := range k.candidates(s, i) {
		if w := k.keywords[id]; len(s)-i >= len(w) && hasLowerPrefix(s[i+2:], w[2:]) {
			return true
		}
	}
	return false
}

// longestAt returns the length of the longest keyword that starts at s[i]
// and that ok accepts, or 0.
func (k *keywordIndex) longestAt(s string, i int, ok func(n int) bool) int {
	n := 0
	if k.anyFirst && k.first[asciiLower[s[i]]] && ok(1) {
		n = 1
	}
	for _, id := range k.candidates(s, i) {
		if w := k.keywords[id]; len(w) > n && len(s)-i >= len(w) && hasLowerPrefix(s[i+2:], w[2:]) && ok(len(w)) {
			n = len(w)
		}
	}
	return n
}

// candidates returns the keywords of two bytes or more that may start at
// s[i]: those of its first two bytes, once the pair and triple filters
// pass them.
func (k *keywordIndex) candidates(s string, i int) []int32 {
	if i+1 >= len(s) {
		return nil
	}
	// The bytes are tested as they are, as scan tests them.
	c := s[i]
	p := uint16(c)<<8 | uint16(s[i+1])
	if k.pairs[p>>6]&(1<<(p&63)) == 0 {
		return nil
	}
	if k.shortAnyCase[p>>6]&(1<<(p&63)) == 0 {
		if i+2 == len(s) {
			return nil
		}
		t := tripleHash(c, s[i+1], s[i+2])
		if k.triplesAnyCase[t>>6]&(1<<(t&63)) == 0 {
			return nil
		}
	}
	return k.lookup(uint16(asciiLower[c])<<8 | uint16(asciiLower[s[i+1]]))
}

// starts returns where in s each of k's keywords stands, anywhere, inside
// words too, in order.
func (k *keywordIndex) starts(s string) []int {
	var at []int
	for _, h := range k.scan(s, nil) {
		at = append(at, int(h.end)-len(k.keywords[h.id]))
	}
	slices.Sort(at)
	return at
}

// startWithin reports whether one of at, places in order, lies in [lo, hi).
func startWithin(at []int, lo, hi int) bool {
	k, _ := slices.BinarySearch(at, lo)
	return k < len(at) && at[k] < hi
}

func (k *keywordIndex) run(s string, hits []keywordHit, stop bool) []keywordHit {
	for i := 0; i < len(s); i++ {
		a := asciiLower[s[i]]
		if k.anyFirst && k.first[a] {
			for id, w := range k.keywords {
				if len(w) == 1 && w[0] == a {
					hits = append(hits, keywordHit{id: int32(id), end: int32(i + 1)})
				}
			}
			if stop {
				return hits
			}
		}
		if i+1 == len(s) {
			break
		}
		p := uint16(a)<<8 | uint16(asciiLower[s[i+1]])
		if k.pairs[p>>6]&(1<<(p&63)) == 0 {
			continue
		}
		// The third byte rules out most pairs ("he" in "the ", "to" in
		// "to ") before any keyword is compared.
		if k.short[p>>6]&(1<<(p&63)) == 0 {
			if i+2 == len(s) {
				continue
			}
			t := tripleHash(a, uint8(p), asciiLower[s[i+2]])
			if k.triples[t>>6]&(1<<(t&63)) == 0 {
				continue
			}
		}
		for _, id := range k.lookup(p) {
			w := k.keywords[id]
			if len(s)-i < len(w) || !hasLowerPrefix(s[i+2:], w[2:]) {
				continue
			}
			hits = append(hits, keywordHit{id: id, end: int32(i + len(w))})
			if stop {
				return hits
			}
		}
	}
	return hits
}

// hasLowerPrefix reports whether s starts with prefix, which is in ASCII
// lower case, ignoring the ASCII case of s.
func hasLowerPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if asciiLower[s[i]] != prefix[i] {
			return false
		}
	}
	return true
}
