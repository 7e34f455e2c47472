package detect

// Caesar ciphers: a message written with every letter shifted by a fixed
// number of places ("Ljqruh doo suhylrxv lqvwuxfwlrqv", shifted by 3),
// sent with a request to shift it back. ROT13, the shift by 13, is read
// wherever a line reads as English in it (see decodePayloads); the other
// shifts are tried only where the text names a cipher or a shift, since
// trying 24 shifts on every word of every text would cost more than the
// rest of normalisation. A shift is taken where at least minShifted of
// the words it turns into are the lexicon's words about the
// model's instructions (see scrambledTable); the lines holding them are
// read again, shifted back.
const (
	minShifted = 2
	// maxShiftWords bounds the words tried: an order to decode comes
	// with its payload, not a megabyte later.
	maxShiftWords = 2000
)

// cipherWords are the words of Norm that name a cipher or a shift of
// letters ("move each letter three places on in the alphabet"), in the
// lexicon's languages written in Latin letters.
var cipherWords = []string{
	"caesar", "cesar", "cipher", "ciphers", "shift", "shifted", "shifting", "decrypt", "decipher", "rotate",
	"rotated", "alphabet", "alfabeto", "alfabet", "chiffre", "decale", "decalage", "cifrado", "desplaza", "desplazamiento", "verschiebe",
	"verschoben", "verschiebung", "cifra", "cifrario", "spostamento", "deslocamento", "versleuteling",
	"verschuif", "szyfr", "przesuniecie", "sifre", "kaydir",
}

// cipherWord reports whether w, a word of Norm, is one of cipherWords.
func cipherWord(w []byte) bool {
	for _, c := range cipherWords {
		if string(w) == c {
			return true
		}
	}
	return false
}

// findShifted appends the lines of the direct text written in a Caesar
// cipher, shifted back, where the text names a cipher (cipherNamed).
func (b *builder) findShifted(cipherNamed bool) {
	if !cipherNamed {
		return
	}
	words := b.words[:min(len(b.words), maxShiftWords)]
	var buf [scrambledMax]byte
	best, bestN := 0, 0
	for shift := 1; shift < 26; shift++ {
		if shift == 13 {
			continue
		}
		n := 0
		for _, ws := range words {
			s, e := ws.bounds()
			if ws.end&wordASCII == 0 || e-s < scrambledMin || e-s > scrambledMax {
				continue
			}
			if shiftWord(buf[:e-s], b.buf[s:e], shift) && scrambled.has(bytesString(buf[:e-s])) {
				n++
			}
		}
		if n > bestN {
			best, bestN = shift, n
		}
	}
	if bestN < minShifted {
		return
	}
	// The lines with a shifted word, shifted back whole.
	direct, added, lineEnd := len(b.buf), 0, -1
	for _, ws := range words {
		s, e := ws.bounds()
		if s < lineEnd || ws.end&wordASCII == 0 || e-s < scrambledMin || e-s > scrambledMax ||
			!shiftWord(buf[:e-s], b.buf[s:e], best) || !scrambled.has(bytesString(buf[:e-s])) {
			continue
		}
		lo, hi := b.viewStart(s, scrambledContext), b.viewEnd(e, maxScrambledView, direct)
		lineEnd = hi
		if !b.chargeView(hi-lo, &added) {
			return
		}
		start := len(b.buf)
		b.buf = append(b.buf, '\n')
		for i := lo; i < hi; i++ {
			c := b.buf[i]
			if c >= 'a' && c <= 'z' {
				c = 'a' + (c-'a'+26-byte(best))%26
			}
			b.buf = append(b.buf, c)
		}
		b.endView(start, lo, hi)
	}
}

// shiftWord writes w shifted back by shift places into out, and reports
// whether w is all lower-case ASCII letters.
func shiftWord(out, w []byte, shift int) bool {
	for i, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
		out[i] = 'a' + (c-'a'+26-byte(shift))%26
	}
	return true
}
