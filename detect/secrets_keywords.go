package detect

// keywordIndex finds every occurrence of a set of keywords in one pass
// over a text, ignoring ASCII case: an Aho-Corasick automaton compiled to a
// dense transition table over byte classes. The secret rules only run where
// one of their keywords occurs.
type keywordIndex struct {
	class  [256]uint8 // byte -> class; 0 for bytes in no keyword
	nclass int
	// trans[state*nclass + class] is the next state's row offset
	// (state*nclass), bitwise negated when a keyword ends in that state:
	// one load per byte and no multiplication in the scan.
	trans   []int32
	next    []int32   // state*nclass + class -> state, while building
	outputs [][]int32 // state -> ids of the keywords ending here
	term    []bool    // state -> a keyword ends here
	lens    []int     // keyword id -> length
}

// newKeywordIndex compiles the keywords; the id of a keyword is its index.
// Empty keywords are ignored.
func newKeywordIndex(keywords []string) *keywordIndex {
	k := &keywordIndex{lens: make([]int, len(keywords))}
	// Byte classes: one per distinct (lower-cased) byte used by a keyword.
	k.nclass = 1
	for _, w := range keywords {
		for i := 0; i < len(w); i++ {
			c := lower(w[i])
			if k.class[c] == 0 {
				if k.nclass == 255 {
					continue
				}
				k.class[c] = uint8(k.nclass)
				k.nclass++
			}
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		k.class[c] = k.class[c+'a'-'A']
	}
	// Trie.
	type node struct {
		child map[uint8]int32
		out   []int32
	}
	nodes := []node{{child: map[uint8]int32{}}}
	for id, w := range keywords {
		k.lens[id] = len(w)
		if w == "" {
			continue
		}
		s := int32(0)
		for i := 0; i < len(w); i++ {
			c := k.class[lower(w[i])]
			n, ok := nodes[s].child[c]
			if !ok {
				n = int32(len(nodes))
				nodes = append(nodes, node{child: map[uint8]int32{}})
				nodes[s].child[c] = n
			}
			s = n
		}
		nodes[s].out = append(nodes[s].out, int32(id))
	}
	// Breadth-first: failure links folded into a full transition table.
	k.next = make([]int32, len(nodes)*k.nclass)
	k.outputs = make([][]int32, len(nodes))
	fail := make([]int32, len(nodes))
	queue := []int32{}
	for c := 0; c < k.nclass; c++ {
		if n, ok := nodes[0].child[uint8(c)]; ok && c != 0 {
			k.next[c] = n
			queue = append(queue, n)
		}
	}
	k.outputs[0] = nodes[0].out
	k.term = make([]bool, len(nodes))
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		k.outputs[s] = append(append([]int32(nil), nodes[s].out...), k.outputs[fail[s]]...)
		k.term[s] = len(k.outputs[s]) > 0
		for c := 0; c < k.nclass; c++ {
			f := k.next[int(fail[s])*k.nclass+c]
			if n, ok := nodes[s].child[uint8(c)]; ok && c != 0 {
				fail[n] = f
				k.next[int(s)*k.nclass+c] = n
				queue = append(queue, n)
			} else {
				k.next[int(s)*k.nclass+c] = f
			}
		}
	}
	k.trans = make([]int32, len(k.next))
	for i, t := range k.next {
		v := t * int32(k.nclass)
		if k.term[t] {
			v = ^v
		}
		k.trans[i] = v
	}
	k.next = nil
	return k
}

// keywordHit is one occurrence of keyword id ending at byte end.
type keywordHit struct {
	id  int32
	end int32
}

// scan appends the occurrences of every keyword in s to hits.
func (k *keywordIndex) scan(s string, hits []keywordHit) []keywordHit {
	off := int32(0)
	trans, class, n := k.trans, &k.class, int32(k.nclass)
	for i := 0; i < len(s); i++ {
		v := trans[off+int32(class[s[i]])]
		if v < 0 {
			v = ^v
			for _, id := range k.outputs[v/n] {
				hits = append(hits, keywordHit{id: id, end: int32(i + 1)})
			}
		}
		off = v
	}
	return hits
}

// contains reports whether s holds any of the keywords.
func (k *keywordIndex) contains(s string) bool {
	off := int32(0)
	trans, class := k.trans, &k.class
	for i := 0; i < len(s); i++ {
		v := trans[off+int32(class[s[i]])]
		if v < 0 {
			return true
		}
		off = v
	}
	return false
}
