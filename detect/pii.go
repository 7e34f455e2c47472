package detect

import (
	"encoding/binary"
	"math/bits"
	"net/netip"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PII kinds reported by PIIDetector.
const (
	KindEmail        = "pii.email"
	KindPhone        = "pii.phone"
	KindCreditCard   = "pii.credit_card"
	KindUSSSN        = "pii.us_ssn"
	KindIBAN         = "pii.iban"
	KindIPAddress    = "pii.ip_address"
	KindUKNINO       = "pii.uk_nino"
	KindESDNI        = "pii.es_dni"
	KindITFiscalCode = "pii.it_fiscal_code"
	KindBRCPF        = "pii.br_cpf"
	KindFRNIR        = "pii.fr_nir"
	KindINAadhaar    = "pii.in_aadhaar"
	KindPassport     = "pii.passport"
)

// DefaultPhoneRegions are the regions whose national phone formats
// PIIDetector validates when no WithPhoneRegions option is given. Numbers
// written with an international prefix (+ or 00) are validated against
// every region whatever this list holds.
var DefaultPhoneRegions = []string{
	"US", "CA", "GB", "IE", "AU", "NZ", "IN", "ZA",
	"DE", "AT", "CH", "FR", "BE", "NL", "LU", "IT", "ES", "PT",
	"SE", "DK", "NO", "FI", "PL", "CZ", "HU", "BR", "MX", "JP", "IL",
}

// PIIDetector finds personal data with patterns and validators: e-mail
// addresses, phone numbers (validated against the numbering plans of a set
// of regions), payment card numbers (Luhn and issuer prefixes), US social
// security numbers (area, group and serial rules), IBANs (country length
// and mod-97), IPv4 and IPv6 addresses, UK national insurance numbers and
// national identifiers that carry a check digit (Spanish DNI/NIE, Italian
// codice fiscale, Brazilian CPF, French NIR, Indian Aadhaar), and the
// machine-readable zones of passports, identity cards and visas.
//
// It scans the original text once, byte by byte; validators run only on
// candidates the scan found. It is safe for concurrent use.
type PIIDetector struct {
	phone          phoneValidator
	skipPrivateIPs bool
}

// PIIOption configures a PIIDetector.
type PIIOption func(*PIIDetector)

// WithPhoneRegions sets the regions (ISO 3166-1 alpha-2 codes such as "US"
// or "GB") whose national formats phone numbers without a country code are
// validated against. Unknown codes are ignored.
func WithPhoneRegions(regions ...string) PIIOption {
	return func(d *PIIDetector) { d.phone = newPhoneValidator(regions) }
}

// SkipPrivateIPs leaves private (RFC 1918, unique-local), loopback,
// link-local and unspecified IP addresses alone: they identify no one
// outside the network they belong to.
func SkipPrivateIPs() PIIOption {
	return func(d *PIIDetector) { d.skipPrivateIPs = true }
}

// NewPIIDetector returns the PII detector; with no options it validates
// phone numbers against DefaultPhoneRegions and reports every IP address.
func NewPIIDetector(opts ...PIIOption) *PIIDetector {
	d := &PIIDetector{}
	for _, o := range opts {
		o(d)
	}
	if d.phone.regions == nil {
		d.phone = newPhoneValidator(DefaultPhoneRegions)
	}
	return d
}

// Name implements Detector.
func (d *PIIDetector) Name() string { return "pii" }

// Detect implements Detector. PII is matched on the original text: its
// exact bytes are what a redaction must replace. Where the text hides
// some of it (zero-width characters inside an address, an encoded
// payload), the views of findObfuscated are read too.
func (d *PIIDetector) Detect(t *Text, out []Finding) []Finding {
	out = d.find(t.Original, out)
	if mayHide(t) {
		out = findObfuscated(t, d.find, out)
	}
	return out
}

// find appends the PII in s to out.
func (d *PIIDetector) find(s string, out []Finding) []Finding {
	var run numRun
	base := len(out)
	// mrzSeen: the text up to here holds no zone line still to read;
	// mrzFloor: the end of the last zone found.
	mrzSeen, mrzFloor := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		switch piiByte[c] {
		case pbNone:
			i++
			i = skipQuiet(s, i)
			continue
		case pbDigit, pbOpen:
			if c == '+' || c == '(' {
				if i+1 == len(s) || !isDigit(s[i+1]) {
					break
				}
			}
			if !numberStart(s, i) {
				if c != '+' && c != '(' {
					// Nothing starts in the rest of the word either.
					i = wordEnd(s, i+1)
					if i < len(s) && piiByte[s[i]] == pbNone {
						i = skipQuiet(s, i+1)
					}
					continue
				}
				break
			}
			end := scanRun(s, i, &run)
			out = d.classifyRun(s, &run, out)
			if end > i {
				i = end
				continue
			}
		case pbAt:
			if st, en, ok := emailAt(s, i); ok {
				out = append(out, Finding{Kind: KindEmail, Score: 0.99, Rule: "pii.email", Start: st, End: en})
				i = en
				continue
			}
		case pbColon:
			// Most colons end a label ("key": value, Note:); an address
			// has a hex digit or a colon on both sides of each.
			if i == 0 || i+1 == len(s) || !isHexOrColon(s[i-1]) || !isHexOrColon(s[i+1]) {
				break
			}
			if st, en, a, ok := ipv6At(s, i); ok {
				if f, ok := d.ipFinding(a, st, en, "pii.ip_address.v6"); ok {
					out = append(out, f)
				}
				i = en
				continue
			}
		case pbLess:
			// Every zone has a "<<" (in its names or filler); its lines
			// are read from the first one found.
			if i+1 < len(s) && s[i+1] == '<' && i >= mrzSeen {
				f, end, ok := mrzAt(s, i, mrzFloor)
				mrzSeen = end
				if ok {
					// The scan may have read the zone's first lines
					// before reaching this one.
					for len(out) > base && out[len(out)-1].End > f.Start {
						out = out[:len(out)-1]
					}
					out = append(out, f)
					mrzFloor = f.End
					i = max(f.End, i+1)
					continue
				}
			}
			for i < len(s) && s[i] == '<' {
				i++
			}
			continue
		case pbAlpha:
			if (i == 0 || !piiWordByte(s[i-1])) && i+2 < len(s) && maybeLetterID(c, s[i+1], s[i+2]) {
				if f, ok := letterID(s, i); ok {
					out = append(out, f)
					i = f.End
					continue
				}
			}
			// Skip the rest of the word, and the quiet text after it as
			// the pbNone case would.
			i = wordEnd(s, i+1)
			if i < len(s) && piiByte[s[i]] == pbNone {
				i = skipQuiet(s, i+1)
			}
			continue
		}
		i++
	}
	return out
}

// wordEnd returns the index of the first byte from s[i] on that is not a
// word byte, or len(s). Nothing starts inside a word: identifiers start at
// word starts, and a digit after a word byte starts no number.
func wordEnd(s string, i int) int {
	for i < len(s) && piiWordByte(s[i]) {
		i++
	}
	return i
}

// skipQuiet returns i moved past text in which nothing can start. It
// reads eight bytes at a time for the first byte in '0'..'Z', the range
// holding the digits, ':', '<', '@' and the capital letters. A number,
// an address or a letter identifier starts at one of those, or at a word
// start followed within two bytes by a digit or a capital, or at a '+' or
// '(' right before a digit (alone or as "+("), so before a digit or a
// capital the scan resumes two bytes back, and at any other byte of the
// range right there. Punctuation below '0' (",", ".", "-", "/") does not
// stop it: nothing starts there. It may resume inside a word of
// lower-case letters: the word is then skipped as it would have been
// from its start, where no identifier can start either.
func skipQuiet(s string, i int) int {
	j := i
	for {
		if j+8 > len(s) {
			j -= 2
			break
		}
		if m := bytesIn30to5A(binary.LittleEndian.Uint64([]byte(s[j : j+8]))); m != 0 {
			j += bits.TrailingZeros64(m) >> 3
			j -= int(quietBack[s[j]])
			break
		}
		j += 8
	}
	return max(i, j)
}

// quietBack is how far before a byte in '0'..'Z' the PII scan resumes:
// two bytes before a digit or a capital, none before the others. A table
// keeps skipQuiet small enough to be inlined.
var quietBack = func() (t [256]uint8) {
	for c := range t {
		if byteClass[c]&(bcDigit|bcUpper) != 0 {
			t[c] = 2
		}
	}
	return t
}()

// hasByteIn30to5A reports whether one of the eight bytes of x is in
// 0x30..0x5A ('0' to 'Z'); bytes from 0x80 up are not.
func hasByteIn30to5A(x uint64) bool { return bytesIn30to5A(x) != 0 }

// bytesIn30to5A returns the high bit of each byte of x that is in
// 0x30..0x5A ('0' to 'Z'), and no other bit.
func bytesIn30to5A(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		low7 = 0x7f7f7f7f7f7f7f7f
		high = 0x8080808080808080
	)
	// For each byte b < 0x80: (127+0x5B) - b has its high bit set when
	// b < 0x5B, and b + (127-0x2F) when b > 0x2F (the classic "has
	// between" test); ~x drops bytes from 0x80 up. Neither sum carries
	// into the next byte, so each byte's bit is exact.
	y := x & low7
	return (ones*(127+0x5B) - y) &^ x & (y + ones*(127-0x2F)) & high
}

// Byte classes of the PII scan.
const (
	pbNone  = iota // nothing starts here
	pbDigit        // a digit
	pbOpen         // '+' or '(', which may open a phone number
	pbAt           // '@'
	pbColon        // ':', inside IPv6 addresses
	pbAlpha        // an ASCII letter
	pbLess         // '<', the filler of machine-readable zones
)

// piiByte classes each byte for the PII scan.
var piiByte = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		switch {
		case isDigit(b):
			t[c] = pbDigit
		case b == '+' || b == '(':
			t[c] = pbOpen
		case b == '@':
			t[c] = pbAt
		case b == ':':
			t[c] = pbColon
		case b == '<':
			t[c] = pbLess
		case isAlpha(b):
			t[c] = pbAlpha
		}
	}
	return t
}()

// maybeLetterID is a cheap test of the first three bytes of a word before
// letterID looks for an identifier there.
func maybeLetterID(a, b, c byte) bool {
	return isAlpha(b) && isDigit(c) || isUpper(a) && isUpper(b) || (a == 'X' || a == 'Y' || a == 'Z') && isDigit(b)
}

// ipFinding reports the address a, found at s[start:end], unless it is one
// the detector was told to leave alone.
func (d *PIIDetector) ipFinding(a netip.Addr, start, end int, rule string) (Finding, bool) {
	a = a.Unmap()
	if a.IsUnspecified() {
		return Finding{}, false
	}
	if d.skipPrivateIPs && (a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast()) {
		return Finding{}, false
	}
	return Finding{Kind: KindIPAddress, Score: 0.9, Rule: rule, Start: start, End: end}, true
}

// emailAt finds an e-mail address around the '@' at s[at].
func emailAt(s string, at int) (start, end int, ok bool) {
	start = at
	for start > 0 && at-start < 64 && (isEmailLocal(s[start-1]) || s[start-1] >= 0x80) {
		// An ASCII address written against Chinese, Japanese or Korean
		// text (邮箱wang.li@…) starts where the script changes.
		if s[start-1] >= 0x80 && (start < at && s[start] < 0x80 && spacelessBefore(s, start) || widePunctBefore(s, start)) {
			break
		}
		start--
	}
	// Non-ASCII letters may be in an address (RFC 6531), but a run of
	// them must not begin inside a character.
	for start < at && s[start] >= 0x80 && !utf8.RuneStart(s[start]) {
		start++
	}
	for start < at && s[start] == '.' {
		start++
	}
	if start == at || s[at-1] == '.' {
		return 0, 0, false
	}
	// Domain: labels of letters, digits and hyphens joined by dots.
	end = at + 1
	lastDot, labelStart := -1, end
	for end < len(s) && end-at <= 253 {
		c := s[end]
		if c >= 0x80 && end > labelStart && s[end-1] < 0x80 && spacelessAt(s, end) {
			break // …@example.cn谢谢: the label ends where the script changes
		}
		if isAlnum(c) || c == '-' || c >= 0x80 {
			end++
			continue
		}
		if c == '.' && end > labelStart && end+1 < len(s) && (isAlnum(s[end+1]) || s[end+1] >= 0x80) {
			lastDot = end
			end++
			labelStart = end
			continue
		}
		break
	}
	if lastDot < 0 {
		return 0, 0, false
	}
	// The domain must not end inside a character or on punctuation that
	// follows it in prose ("é" ends a word, "。" a sentence).
	for end > at && s[end-1] >= 0x80 {
		r, w := utf8.DecodeLastRuneInString(s[:end])
		if unicode.IsLetter(r) {
			break
		}
		end -= w
	}
	if lastDot >= end {
		return 0, 0, false
	}
	tld := s[lastDot+1 : end]
	if len(tld) < 2 || len(tld) > 24 || !allAlpha(tld) && !strings.HasPrefix(tld, "xn--") && !allNonASCIILetters(tld) {
		return 0, 0, false
	}
	if s[at+1] == '-' || s[end-1] == '-' || isFileExt(tld) {
		return 0, 0, false
	}
	return start, end, true
}

// isFileExt reports whether tld is a file extension that follows '@' in
// asset names such as icon@2x.png rather than a top-level domain.
func isFileExt(tld string) bool {
	switch strings.ToLower(tld) {
	case "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "heic", "pdf", "css", "js", "ts", "json", "yaml", "yml", "toml", "lock":
		return true
	}
	return false
}

// ipv6At finds an IPv6 address holding the ':' at s[at] and returns it
// parsed. It reports the span it examined in end even when it finds
// nothing, so the caller skips past a run it has already rejected.
func ipv6At(s string, at int) (start, end int, addr netip.Addr, ok bool) {
	// A colon between two hex digits (or next to another colon) at
	// least; JSON's "key": "value" and prose end here.
	if at == 0 || at+1 >= len(s) || !isHexOrColon(s[at-1]) || !isHexOrColon(s[at+1]) {
		return 0, at + 1, netip.Addr{}, false
	}
	start = at
	for start > 0 && at-start < 45 && (isHex(s[start-1]) || s[start-1] == ':' || s[start-1] == '.') {
		start--
	}
	if start > 0 && (piiWordByte(s[start-1]) || s[start-1] == '-') {
		return 0, at + 1, netip.Addr{}, false
	}
	end = at
	for end < len(s) && end-start < 45 && (isHex(s[end]) || s[end] == ':' || s[end] == '.') {
		end++
	}
	for end > at && (s[end-1] == '.' || s[end-1] == ':' && (end-2 < 0 || s[end-2] != ':')) {
		end--
	}
	if end < len(s) && (piiWordByte(s[end]) || s[end] == '-') {
		return 0, end + 1, netip.Addr{}, false
	}
	if end <= at+1 {
		return 0, at + 1, netip.Addr{}, false
	}
	// Need two colons at least and some hex digits: "::" alone, times
	// (12:30:45) and MAC addresses fail ParseAddr or this count.
	colons, hex, dots, double := 0, 0, 0, false
	for k := start; k < end; k++ {
		switch {
		case s[k] == ':':
			colons++
			double = double || k > start && s[k-1] == ':'
		case s[k] == '.':
			dots++
		case isHex(s[k]):
			hex++
		}
	}
	// Without "::" an address spells out all eight groups (or six and an
	// IPv4 tail); times and MAC addresses fail here, before parsing.
	if colons < 2 || hex < 2 || !double && colons != 7 && !(colons == 6 && dots == 3) {
		return 0, end, netip.Addr{}, false
	}
	a, err := netip.ParseAddr(s[start:end])
	if err != nil || !a.Is6() || a.Zone() != "" {
		return 0, end, netip.Addr{}, false
	}
	// "a::b" and the like are too common in code (scope operators with
	// hex-looking names) to count without three groups.
	if colons < 3 && hex < 4 {
		return 0, end, netip.Addr{}, false
	}
	return start, end, a, true
}

// isHexOrColon reports whether c can stand next to a colon of an IPv6
// address.
func isHexOrColon(c byte) bool { return isHex(c) || c == ':' }

// letterID looks for an identifier that starts with a letter at s[i], a
// word start: IBANs, UK NINOs, Italian fiscal codes, Spanish NIEs.
func letterID(s string, i int) (Finding, bool) {
	if i+2 >= len(s) {
		return Finding{}, false
	}
	if isAlpha(s[i+1]) && isDigit(s[i+2]) {
		if f, ok := ibanAt(s, i); ok {
			return f, true
		}
	}
	if isUpper(s[i]) && isUpper(s[i+1]) {
		if f, ok := ninoAt(s, i); ok {
			return f, true
		}
		if f, ok := fiscalCodeAt(s, i); ok {
			return f, true
		}
	}
	if (s[i] == 'X' || s[i] == 'Y' || s[i] == 'Z') && isDigit(s[i+1]) {
		if f, ok := nieAt(s, i); ok {
			return f, true
		}
	}
	return Finding{}, false
}

// Byte classes. The predicates below read one table instead of chaining
// comparisons: on random-looking input (keys, tokens, ids) each chained
// comparison is a branch the processor guesses wrong half the time.
const (
	bcDigit = 1 << iota
	bcUpper
	bcLower
	bcHexLetter  // a-f, A-F
	bcEmailLocal // besides letters and digits, may be in an address's local part
	bcB64        // besides letters and digits, '+' and '/'
	bcWord       // besides letters and digits, '_' and bytes of non-ASCII characters
	bcToken      // besides letters and digits, '_' and '-'
	bcNonASCII   // a byte of a non-ASCII character
)

var byteClass = func() (t [256]uint16) {
	for c := '0'; c <= '9'; c++ {
		t[c] |= bcDigit
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] |= bcUpper
		t[c+'a'-'A'] |= bcLower
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] |= bcHexLetter
		t[c-'a'+'A'] |= bcHexLetter
	}
	for _, c := range "._%+-" {
		t[c] |= bcEmailLocal
	}
	t['+'] |= bcB64
	t['/'] |= bcB64
	t['_'] |= bcWord | bcToken
	t['-'] |= bcToken
	for c := 0x80; c < 0x100; c++ {
		t[c] |= bcWord | bcNonASCII
	}
	return t
}()

func isDigit(c byte) bool     { return c-'0' < 10 }
func isUpper(c byte) bool     { return c-'A' < 26 }
func isAlpha(c byte) bool     { return byteClass[c]&(bcUpper|bcLower) != 0 }
func isAlnum(c byte) bool     { return byteClass[c]&(bcDigit|bcUpper|bcLower) != 0 }
func isHex(c byte) bool       { return byteClass[c]&(bcDigit|bcHexLetter) != 0 }
func piiWordByte(c byte) bool { return byteClass[c]&(bcDigit|bcUpper|bcLower|bcWord) != 0 }

// spacelessAt and spacelessBefore report whether the character at s[i], or
// the one that ends right before it, is of a script written without
// spaces (Chinese, Japanese, Korean) or of its punctuation and full-width
// forms: a number may stand right against it.
func spacelessAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isSpacelessRune(r)
}

func spacelessBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isSpacelessRune(r)
}

// widePunctBefore reports whether the character that ends right before
// s[i] is wide punctuation: never part of an address.
func widePunctBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWidePunct(r)
}

// isWidePunct reports whether r is the punctuation of Chinese, Japanese or
// Korean text (U+3000 to U+303F) or a full-width or half-width form that
// is not a letter or digit. Such text has no spaces, so these end a word,
// a number or a value as a space would.
func isWidePunct(r rune) bool {
	return r >= 0x3000 && r <= 0x303F ||
		r >= 0xFF01 && r <= 0xFF0F || r >= 0xFF1A && r <= 0xFF20 ||
		r >= 0xFF3B && r <= 0xFF40 || r >= 0xFF5B && r <= 0xFF65
}

func isSpacelessRune(r rune) bool {
	return r >= 0x3000 && r <= 0x30FF || // CJK punctuation, hiragana, katakana
		r >= 0x3400 && r <= 0x9FFF || // CJK ideographs
		r >= 0xAC00 && r <= 0xD7AF || // Hangul syllables
		r >= 0xFF00 && r <= 0xFFEF // full-width forms
}

func isEmailLocal(c byte) bool {
	return byteClass[c]&(bcDigit|bcUpper|bcLower|bcEmailLocal) != 0
}

// allNonASCIILetters reports whether s is made of non-ASCII letters, as
// an internationalised top-level domain is.
func allNonASCIILetters(s string) bool {
	for _, r := range s {
		if r < 0x80 || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func allAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) {
			return false
		}
	}
	return true
}

// lower returns the ASCII lower case of c.
func lower(c byte) byte { return asciiLower[c] }
