package detect

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"sync"
)

// The statistical layer: four logistic regressions over hashed features
// of the normalised text, trained by internal/cmd/train-injection and
// embedded here. The direct model reads a whole message and answers "is
// this an injection or jailbreak?"; the indirect model reads one sentence
// of untrusted content at a time and answers "is this an instruction
// aimed at the assistant?"; the harm model reads a user's message and
// answers "does it ask for help to do harm?", which weighs in where the
// lexicon reads a jailbreak's set-up; the attack model answers "does it
// try to extract, exfiltrate, override or unleash?" in fifteen languages,
// which weighs in where the lexicon reads an attack's cues in a message
// (not in untrusted content; see injModel). All see character 4-grams,
// words and word pairs, so they carry over to paraphrases, misspellings
// and other languages the phrase lists never named.

// FeatureBits is the log2 of the size of the hashed feature space.
const FeatureBits = 17

// Seeds keep the kinds of feature apart in the shared hash space.
const (
	seedChar4   = 0x243F6A8885A308D3
	seedWord    = 0x13198A2E03707344
	seedBigram  = 0xA4093822299F31D0
	seedFirst   = 0x082EFA98EC4E6C89
	seedFirst2  = 0x452821E638D01377
	seedConcept = 0xBE5466CF34E90C6C
	seedRule    = 0xC0AC29B7C97C50DD
)

// ConceptValue is the feature value of the lexicon's evidence (concepts
// present, rules fired) in the direct model. Unlike the
// n-grams it does not shrink with the text's length: a rule fired in a
// long text is as telling as in a short one.
const ConceptValue = 0.25

// appendConceptFeatures appends the hashed features of the lexicon's
// evidence in a text: each of its concepts (see conceptsIn) and each rule
// fired. They carry what the phrase layer knows, in any of its languages,
// to the classifier. Pairs of concepts present anywhere in the text were
// features too, until out-of-fold figures showed them fitting the
// training set: without them the detector caught 0.920 of the public
// jailbreaks instead of 0.895, and 0.895 of our long ones instead of
// 0.827, at about the same false positive rates.
func appendConceptFeatures(dst []uint32, concepts uint64, fired []ruleHit) []uint32 {
	present := concepts &^ (1<<cNumber | 1<<cNumWord | 1<<cNeg | 1<<cAgent | 1<<cScope | 1<<cStudy | 1<<cStudyAfter | 1<<cPermit | 1<<cMode | 1<<cModel | 1<<cTemplate | 1<<cPrivileged)
	for x := present; x != 0; x &= x - 1 {
		c := uint64(bits.TrailingZeros64(x))
		dst = append(dst, hashFeature(c, seedConcept))
	}
	for _, f := range fired {
		dst = append(dst, hashFeature(uint64(f.rule), seedRule))
	}
	return dst
}

// classifierText is t as the classifiers read it in training: without the
// attacks it quotes as examples (see lexicon.read).
func classifierText(t *Text) *Text {
	ct, _, _, _ := defaultLexicon().read(t, nil, nil, nil, false)
	return ct
}

//go:embed injection_model.bin
var embeddedModel []byte

// linearModel is one logistic regression: weight i is w[i]*scale, and the
// logit of a feature list f is bias + scale*sum(w[f])/sqrt(max(len(f),
// minFeatures)). Bias is shifted at training time so that logit 0 is the
// operating point.
type linearModel struct {
	bias, scale float32
	// shift is the operating threshold for each length bucket: short
	// texts give a bag of n-grams little to go on, so they need more.
	shift [numBuckets]float32
	w     []int8
}

// Length buckets by feature count (about 1.3 per character of text).
const numBuckets = 4

// NumLengthBuckets is the number of calibration buckets LengthBucket
// returns, for the trainer and the eval.
const NumLengthBuckets = numBuckets

var bucketLimits = [numBuckets - 1]int{200, 600, 2000}

// LengthBucket returns the calibration bucket of a text with n features.
func LengthBucket(n int) int {
	for i, l := range bucketLimits {
		if n < l {
			return i
		}
	}
	return numBuckets - 1
}

// minFeatures keeps very short texts from getting extreme logits.
const minFeatures = 24

// MinSegmentFeatures is the fewest features a segment needs for the
// indirect model to score it: table cells and headings are not sentences.
const MinSegmentFeatures = 32

func (m *linearModel) logit(sum int32, n int) float64 {
	if m == nil || len(m.w) == 0 {
		return math.Inf(-1)
	}
	return float64(m.bias) - float64(m.shift[LengthBucket(n)]) + float64(m.scale)*float64(sum)/math.Sqrt(float64(max(n, minFeatures)))
}

// injModel holds the embedded models.
type injModel struct {
	direct, indirect linearModel
	// harm reads a message for a request to do harm. A request to do harm
	// is not an injection by itself: "how do I make a bomb" is for the
	// policy on content to answer. It tips the balance of a message whose
	// set-up already leans towards a jailbreak, which is why it counts only
	// where the lexicon reads some of a jailbreak's set-up (setUp), and
	// only in the user's own messages: a document may well tell of harm.
	// The direct model's logit there may be far from its threshold: the
	// set-up is the lexicon's to see, in any language, and the harm the
	// harm model's. Where it counts, its logit, where positive, joins the
	// direct model's (see JoinClassifiers and HarmAloneMargin).
	harm linearModel
	// attack reads a message, in any of the lexicon's languages, for the
	// attacks the public sets barely hold. The direct model learns from
	// English and from llm-warden's templates; the attack model learns our
	// own attacks and harmless look-alikes in fifteen languages, and so
	// reads the phrasings the lexicon does not list. It counts only where
	// the lexicon reads some of an attack's cues (attackCue), and joins the
	// direct model's logit as the harm model does (see AttackAloneMargin).
	// In untrusted content the joined logit is held to untrustedDirectMargin
	// as the direct model's is: a document must hold an attack the attack
	// model is that much surer of, as it is trained on messages and not on
	// documents. It reads the direct model's segments in that model's pass
	// when the harm model does not count, else in a pass of its own.
	attack linearModel
	// dress reads whether an ask comes dressed (in a pretext, a story, a
	// persona, a hypothetical world, a demanded form) or plain. Where the
	// lexicon reads no set-up, the harm model counts in a user's message
	// that the dress model reads as dressed, and whose direct logit is
	// above DressFloor: a request to do harm in a story or a
	// professional's pretext is a jailbreak, and a plain one is for the
	// policy on content. It reads the message in a pass of its own, with
	// the harm model.
	dress linearModel
}

const modelMagic = "PGIM"

var loadedModel = sync.OnceValue(func() *injModel {
	m, err := unmarshalInjectionModel(embeddedModel)
	if err != nil {
		// A missing or damaged model leaves the phrase rules alone; the
		// tests check that the embedded one loads.
		return &injModel{}
	}
	return m
})

// InjectionModel is the serialised form of the classifier weights, for the
// trainer.
type InjectionModel struct {
	// Direct is the message classifier, Indirect the sentence classifier
	// for untrusted content, Harm the reader of requests to do harm,
	// Attack the reader of extraction, exfiltration, overrides and
	// personas in every language, Dress the reader of asks dressed.
	Direct, Indirect, Harm, Attack, Dress ModelWeights
}

// ModelWeights is one logistic regression: the logit of a text with
// features f is Bias - Shift[LengthBucket(len(f))] +
// Scale*sum(W[f])/sqrt(max(len(f), 24)).
type ModelWeights struct {
	Bias, Scale float32
	Shift       [numBuckets]float32
	W           []int8
}

const modelHeader = 4 + 4
const modelPartHeader = 4 * (2 + numBuckets)

// modelParts is the number of models in the weights file.
const modelParts = 5

// MarshalBinary encodes the model as the embedded weights file reads:
// "PGIM", the feature bits, then for each model (direct, indirect, harm,
// attack, dress)
// its bias, scale and per-bucket shifts (float32, little endian) and
// 2^FeatureBits signed bytes.
func (im *InjectionModel) MarshalBinary() ([]byte, error) {
	n := 1 << FeatureBits
	if len(im.Direct.W) != n || len(im.Indirect.W) != n || len(im.Harm.W) != n || len(im.Attack.W) != n || len(im.Dress.W) != n {
		return nil, errors.New("injection model: wrong number of weights")
	}
	out := make([]byte, 0, modelHeader+modelParts*(modelPartHeader+n))
	out = append(out, modelMagic...)
	out = binary.LittleEndian.AppendUint32(out, FeatureBits)
	for _, part := range []*ModelWeights{&im.Direct, &im.Indirect, &im.Harm, &im.Attack, &im.Dress} {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(part.Bias))
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(part.Scale))
		for _, sh := range part.Shift {
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(sh))
		}
		for _, w := range part.W {
			out = append(out, byte(w))
		}
	}
	return out, nil
}

// unmarshalInjectionModel decodes a weights file written by
// InjectionModel.MarshalBinary.
func unmarshalInjectionModel(b []byte) (*injModel, error) {
	n := 1 << FeatureBits
	if len(b) != modelHeader+modelParts*(modelPartHeader+n) || string(b[:4]) != modelMagic || binary.LittleEndian.Uint32(b[4:]) != FeatureBits {
		return nil, errors.New("injection model: bad header or size")
	}
	m := &injModel{}
	p := modelHeader
	f32 := func() float32 {
		v := math.Float32frombits(binary.LittleEndian.Uint32(b[p:]))
		p += 4
		return v
	}
	for _, lm := range []*linearModel{&m.direct, &m.indirect, &m.harm, &m.attack, &m.dress} {
		lm.bias = f32()
		lm.scale = f32()
		for i := range lm.shift {
			lm.shift[i] = f32()
		}
		lm.w = make([]int8, n)
		for i := range lm.w {
			lm.w[i] = int8(b[p+i])
		}
		p += n
	}
	return m, nil
}

func hashFeature(x, seed uint64) uint32 {
	return uint32(((x ^ seed) * 0x9E3779B97F4A7C15) >> (64 - FeatureBits))
}

// appendFeatures appends the hashed features of one segment of Norm:
// every character 4-gram (of bytes), every word and every pair of
// adjacent words, and the segment's first word and first pair. Letters of scripts from Hebrew on (Arabic, Indic, CJK)
// count as one-character words, which gives character uni- and bigrams
// where words are not separated by spaces.
func appendFeatures(dst []uint32, s string) []uint32 {
	return appendFeaturesWords(dst, s, nil)
}

// appendFeaturesWords is appendFeatures that also appends to *wordEnds,
// after each word, the number of features so far: the features of a run
// of words are then a range of dst.
func appendFeaturesWords(dst []uint32, s string, wordEnds *[]int32) []uint32 {
	var x uint64
	var wh, prev uint64 = fnvOffset, 1
	inWord, pending, words := false, 0, 0
	endWord := func() {
		dst = append(dst, hashFeature(wh, seedWord), hashFeature(bigramHash(prev, wh), seedBigram))
		// How a sentence opens tells a request ("write", "how can i",
		// "please translate") from a statement.
		switch words {
		case 0:
			dst = append(dst, hashFeature(wh, seedFirst))
		case 1:
			dst = append(dst, hashFeature(bigramHash(prev, wh), seedFirst2))
		}
		words++
		if wordEnds != nil {
			*wordEnds = append(*wordEnds, int32(len(dst)))
		}
		prev = wh
		wh = fnvOffset
		inWord = false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		x = x<<8 | uint64(c)
		if i >= 3 {
			dst = append(dst, hashFeature(x&0xFFFFFFFF, seedChar4))
		}
		switch {
		case c < 0x80:
			if asciiClass[c]&clsWord != 0 {
				wh = (wh ^ uint64(c)) * fnvPrime
				inWord = true
			} else if inWord {
				endWord()
			}
		case c >= 0xD6 && c >= 0xC0:
			// A character of a script matched one character at a time:
			// a word of its own.
			if inWord {
				endWord()
			}
			wh = (wh ^ uint64(c)) * fnvPrime
			inWord = true
			pending = tailBytes(c)
		default:
			wh = (wh ^ uint64(c)) * fnvPrime
			inWord = true
			if c < 0xC0 && pending > 0 {
				if pending--; pending == 0 {
					endWord()
				}
			}
		}
	}
	if inWord {
		endWord()
	}
	return dst
}

// segment is a range of Norm scored on its own by the indirect model.
type segment struct{ start, end int }

// maxSegment bounds a segment's length so one long line cannot hide an
// instruction among hundreds of harmless words.
const maxSegment = 320

// segBreak marks (with 1) the bytes where appendSegments must look
// closer. Its marks are numbers so that skipPlain can test eight bytes
// with one branch.
var segBreak = [256]uint8{'\n': 1, '|': 1, '.': 1, '!': 1, '?': 1, ';': 1, 0xE3: 1, 0xEF: 1}

// appendSegments splits Norm[start:end] into sentences, lines and table
// cells.
func appendSegments(dst []segment, s string, start, end int) []segment {
	segStart := start
	cut := func(i int) {
		for segStart < i && s[segStart] == ' ' {
			segStart++
		}
		if i > segStart {
			dst = append(dst, segment{segStart, i})
		}
		segStart = i
	}
	s = s[:end]
	for i := start; i < end; i++ {
		if lim := min(segStart+maxSegment, end); i < lim {
			// Most bytes neither break a segment nor make it too long.
			if i = skipPlain(s, i, lim); i == end {
				break
			}
		}
		c := s[i]
		if segBreak[c] == 0 {
			if i-segStart >= maxSegment && (c == ' ' || i-segStart >= 2*maxSegment && utf8RuneStart(c)) {
				cut(i)
			}
			continue
		}
		switch {
		case c == '\n' || c == '|':
			cut(i)
			segStart = i + 1
		case c < 0x80:
			if i+1 < end && s[i+1] == ' ' {
				cut(i + 1)
			}
		case c == 0xE3 && i+2 < end && s[i+1] == 0x80 && s[i+2] == 0x82: // 。
			cut(i + 3)
		case c == 0xEF && i+2 < end && s[i+1] == 0xBC && (s[i+2] == 0x81 || s[i+2] == 0x9F): // ！？
			cut(i + 3)
		}
	}
	cut(end)
	return dst
}

// skipPlain returns the first index from i on, before lim, of a byte in
// segBreak, or lim.
func skipPlain(s string, i, lim int) int {
	s = s[:lim]
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		if segBreak[w[0]]|segBreak[w[1]]|segBreak[w[2]]|segBreak[w[3]]|
			segBreak[w[4]]|segBreak[w[5]]|segBreak[w[6]]|segBreak[w[7]] != 0 {
			break
		}
	}
	for i < len(s) && segBreak[s[i]] == 0 {
		i++
	}
	return i
}

func utf8RuneStart(c byte) bool { return c&0xC0 != 0x80 }

// featureSums is appendFeaturesWords fused with the weight lookups, for
// untrusted text: it returns the sum of wD over the features of s and
// their number, and fills prefix with the running sums of wI (prefix[k]
// is the sum over the first k features) and wordEnds like
// appendFeaturesWords. Detection uses it, and featureSumD for trusted
// text, to avoid materialising the features; a test checks both agree
// with appendFeaturesWords feature for feature.
func featureSums(s string, wD, wI []int8, prefix *[]int32, wordEnds *[]int32) (int32, int) {
	var fs fusedSums
	fs.wD, fs.wI, fs.prefix, fs.wordEnds = wD, wI, *prefix, *wordEnds
	fs.run(s)
	*prefix, *wordEnds = fs.prefix, fs.wordEnds
	return fs.sumD, fs.n
}

// featureSumD is featureSums for the direct model alone, the hot path of
// trusted text: no closures, no slices written, and the character grams
// summed in a loop of their own, free of branches. When wH is not nil it
// also returns the sum of wH, the harm model's weights, over the same
// features (see injModel): the text is read once for both.
func featureSumD(s string, wD, wH []int8) (sumD, sumH int32, n int) {
	wD = wD[:1<<FeatureBits]
	harm := wH != nil
	if harm {
		wH = wH[:1<<FeatureBits]
	}
	if len(s) >= 4 {
		sumD = char4Sum(s, wD)
		if harm {
			sumH = char4Sum(s, wH)
		}
		n = len(s) - 3
	}
	var wh, prev uint64 = fnvOffset, 1
	inWord, pending, words := false, 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if asciiClass[c]&clsWord != 0 {
			// Most bytes are in runs of ASCII word bytes, hashed by a
			// loop of their own. (Only ASCII bytes have classes.)
			i, wh = asciiWordRun(s, i, wh)
			inWord = true
			if i == len(s) {
				break
			}
			c = s[i]
		}
		end := false
		switch {
		case c < 0x80:
			end = inWord
		case c >= 0xD6:
			if inWord {
				sumD += wordFeatures(wD, wh, prev)
				if words < 2 {
					sumD += openingFeature(wD, wh, prev, words)
				}
				if harm {
					sumH += wordFeatures(wH, wh, prev)
					if words < 2 {
						sumH += openingFeature(wH, wh, prev, words)
					}
				}
				n += 2 + min(1, max(0, 2-words))
				words++
				prev = wh
			}
			wh = (fnvOffset ^ uint64(c)) * fnvPrime
			inWord = true
			pending = tailBytes(c)
		default:
			wh = (wh ^ uint64(c)) * fnvPrime
			inWord = true
			if c < 0xC0 && pending > 0 {
				pending--
				end = pending == 0
			}
		}
		if end {
			sumD += wordFeatures(wD, wh, prev)
			if words < 2 {
				sumD += openingFeature(wD, wh, prev, words)
			}
			if harm {
				sumH += wordFeatures(wH, wh, prev)
				if words < 2 {
					sumH += openingFeature(wH, wh, prev, words)
				}
			}
			n += 2 + min(1, max(0, 2-words))
			words++
			prev = wh
			wh = fnvOffset
			inWord = false
		}
	}
	if inWord {
		sumD += wordFeatures(wD, wh, prev)
		if words < 2 {
			sumD += openingFeature(wD, wh, prev, words)
		}
		if harm {
			sumH += wordFeatures(wH, wh, prev)
			if words < 2 {
				sumH += openingFeature(wH, wh, prev, words)
			}
		}
		n += 2 + min(1, max(0, 2-words))
	}
	return sumD, sumH, n
}

// asciiWordRun hashes into wh the ASCII word bytes of s from i on, and
// returns where they end. As a loop of its own, inlined, it keeps its few
// values in registers; in featureSumD's main loop, whose many live values
// the compiler keeps in memory, each byte cost three times the
// instructions.
func asciiWordRun(s string, i int, wh uint64) (int, uint64) {
	for ; i < len(s); i++ {
		c := s[i]
		if asciiClass[c]&clsWord == 0 {
			break
		}
		wh = (wh ^ uint64(c)) * fnvPrime
	}
	return i, wh
}

// char4Sum sums the weights of every character 4-gram of s (len(s) >= 4),
// the gram being its four bytes read as a big-endian number. Four grams
// are read from one 8-byte load and their weights looked up apart, so that
// no lookup waits on another: the lookups, which miss the first-level
// cache, then overlap. One total is enough for that, and leaves the
// compiler registers for the rest; with a total for each gram it kept
// values in memory.
func char4Sum(s string, w []int8) int32 {
	w = w[:1<<FeatureBits]
	var sum int32
	i := 0
	for ; i+8 <= len(s); i += 4 {
		// One bounds check for the eight bytes, not one each.
		v := binary.BigEndian.Uint64([]byte(s[i : i+8]))
		sum += int32(w[hashFeature(v>>32, seedChar4)]) + int32(w[hashFeature(uint64(uint32(v>>24)), seedChar4)]) +
			int32(w[hashFeature(uint64(uint32(v>>16)), seedChar4)]) + int32(w[hashFeature(uint64(uint32(v>>8)), seedChar4)])
	}
	for ; i+4 <= len(s); i++ {
		x := uint64(s[i])<<24 | uint64(s[i+1])<<16 | uint64(s[i+2])<<8 | uint64(s[i+3])
		sum += int32(w[hashFeature(x, seedChar4)])
	}
	return sum
}

// Words are hashed with 64-bit FNV-1a; a pair of words hashes the first's
// hash times the prime, xor the second's.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func bigramHash(prev, wh uint64) uint64 { return prev*fnvPrime ^ wh }

// tailBytes is how many continuation bytes follow the UTF-8 lead byte c.
func tailBytes(c byte) int {
	switch {
	case c >= 0xF0:
		return 3
	case c >= 0xE0:
		return 2
	}
	return 1
}

// wordFeatures sums the weights of a word's features: the word and the
// pair it ends. With openingFeature for the first two words, it is what
// featureSumD adds for each word; the two are small enough to be inlined,
// which spares featureSumD a call, and the spilling of its values around
// it, at every word.
func wordFeatures(w []int8, wh, prev uint64) int32 {
	return int32(w[hashFeature(wh, seedWord)]) + int32(w[hashFeature(bigramHash(prev, wh), seedBigram)])
}

// openingFeature is the weight of the sentence-opening feature of the
// first word (words 0) or of the second (words 1).
func openingFeature(w []int8, wh, prev uint64, words int) int32 {
	if words == 0 {
		return int32(w[hashFeature(wh, seedFirst)])
	}
	return int32(w[hashFeature(bigramHash(prev, wh), seedFirst2)])
}

// fusedSums carries featureSums' state for the indirect path.
type fusedSums struct {
	wD, wI   []int8
	prefix   []int32
	wordEnds []int32
	sumD     int32
	sumI     int32
	n        int
}

func (f *fusedSums) add(h uint32) {
	f.sumD += int32(f.wD[h])
	f.sumI += int32(f.wI[h])
	f.n++
	f.prefix = append(f.prefix, f.sumI)
}

func (f *fusedSums) word(wh, prev uint64, words int) {
	f.add(hashFeature(wh, seedWord))
	f.add(hashFeature(bigramHash(prev, wh), seedBigram))
	switch words {
	case 0:
		f.add(hashFeature(wh, seedFirst))
	case 1:
		f.add(hashFeature(bigramHash(prev, wh), seedFirst2))
	}
	f.wordEnds = append(f.wordEnds, int32(f.n))
}

func (f *fusedSums) run(s string) {
	var x uint64
	var wh, prev uint64 = fnvOffset, 1
	inWord, pending, words := false, 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		x = x<<8 | uint64(c)
		if i >= 3 {
			f.add(hashFeature(x&0xFFFFFFFF, seedChar4))
		}
		end := false
		switch {
		case c < 0x80:
			if asciiClass[c]&clsWord != 0 {
				wh = (wh ^ uint64(c)) * fnvPrime
				inWord = true
			} else {
				end = inWord
			}
		case c >= 0xD6:
			if inWord {
				f.word(wh, prev, words)
				words++
				prev = wh
			}
			wh = (fnvOffset ^ uint64(c)) * fnvPrime
			inWord = true
			pending = tailBytes(c)
		default:
			wh = (wh ^ uint64(c)) * fnvPrime
			inWord = true
			if c < 0xC0 && pending > 0 {
				pending--
				end = pending == 0
			}
		}
		if end {
			f.word(wh, prev, words)
			words++
			prev = wh
			wh = fnvOffset
			inWord = false
		}
	}
	if inWord {
		f.word(wh, prev, words)
	}
}

// Windows: within a long segment the indirect model also scores runs of
// windowWords words, every windowStride words, so an instruction glued to
// a long sentence (no full stop between them) still stands out.
const (
	windowWords  = 24
	windowStride = 8
)

// indirectUnits calls fn with the feature range [lo, hi) of each unit the
// indirect model scores in one segment: the whole segment when it is long
// enough to be a sentence, and windows of words when it is longer than a
// window.
func indirectUnits(nfeats int, wordEnds []int32, fn func(lo, hi int)) {
	if nfeats >= MinSegmentFeatures {
		fn(0, nfeats)
	}
	n := len(wordEnds)
	if n <= windowWords+windowStride/2 {
		return
	}
	for a := 0; a < n; a += windowStride {
		b := min(a+windowWords, n)
		lo := 0
		if a > 0 {
			lo = int(wordEnds[a-1])
		}
		hi := int(wordEnds[b-1])
		if b == n {
			hi = nfeats
		}
		if hi-lo >= MinSegmentFeatures {
			fn(lo, hi)
		}
		if b == n {
			break
		}
	}
}

// IndirectUnitFeatures returns, for each unit of t the indirect model
// scores (see indirectUnits), its features: the trainer calibrates on
// exactly what detection scores.
func IndirectUnitFeatures(t *Text) [][]uint32 {
	t = classifierText(t)
	var out [][]uint32
	var ends []int32
	for _, sg := range appendSegments(nil, t.Norm, 0, len(t.Norm)) {
		ends = ends[:0]
		f := appendFeaturesWords(nil, t.Norm[sg.start:sg.end], &ends)
		indirectUnits(len(f), ends, func(lo, hi int) { out = append(out, f[lo:hi]) })
	}
	return out
}

// AppendInjectionFeatures appends to dst, for each segment of t that the
// indirect classifier scores, the segment's hashed features, and returns
// the extended slice and the end of each segment's features in it. The
// direct classifier reads all of them together. It exists so that the
// trainer featurises exactly as detection does.
func AppendInjectionFeatures(dst []uint32, t *Text) (feats []uint32, ends []int) {
	return appendSegmentFeatures(dst, classifierText(t))
}

// appendSegmentFeatures is AppendInjectionFeatures for ct, a text as the
// classifiers read it.
func appendSegmentFeatures(dst []uint32, ct *Text) (feats []uint32, ends []int) {
	for _, sg := range appendSegments(nil, ct.Norm, 0, len(ct.Norm)) {
		dst = appendFeatures(dst, ct.Norm[sg.start:sg.end])
		ends = append(ends, len(dst))
	}
	return dst, ends
}

// InjectionSegment is one segment of a text as the indirect classifier
// scores it: its normalised text and its hashed features.
type InjectionSegment struct {
	Text     string
	Features []uint32
}

// InjectionSegments reads t's segments once, as AppendInjectionFeatures
// does, with the text of each for the trainer's labels.
func InjectionSegments(t *Text) []InjectionSegment {
	ct := classifierText(t)
	var out []InjectionSegment
	for _, sg := range appendSegments(nil, ct.Norm, 0, len(ct.Norm)) {
		seg := ct.Norm[sg.start:sg.end]
		out = append(out, InjectionSegment{Text: seg, Features: appendFeatures(nil, seg)})
	}
	return out
}
