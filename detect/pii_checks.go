package detect

// Validators: checksums and numbering rules of the identifiers the PII
// detector reports. A candidate that fails its checksum is never
// reported, whatever words surround it.

// luhnDigits reports whether the ASCII digits pass the Luhn checksum.
func luhnDigits(d []byte) bool {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if (len(d)-1-i)%2 == 1 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}

const (
	brandNone   = iota
	brandWeak   // an issuer range that also holds many other numbers (12-digit Maestro)
	brandStrong // an issuer prefix valid for this length
)

// cardBrand tells whether the card number d carries an issuer
// identification prefix used with its length.
func cardBrand(d []byte) int {
	n := len(d)
	p := func(k int) int {
		v := 0
		for i := 0; i < k && i < n; i++ {
			v = v*10 + int(d[i]-'0')
		}
		return v
	}
	p2, p3, p4, p6 := p(2), p(3), p(4), p(6)
	switch {
	case d[0] == '4' && (n == 13 || n == 16 || n == 19): // Visa
		return brandStrong
	case p2 >= 51 && p2 <= 55 && n == 16, p4 >= 2221 && p4 <= 2720 && n == 16: // Mastercard
		return brandStrong
	case (p2 == 34 || p2 == 37) && n == 15: // American Express
		return brandStrong
	case (p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65 || p6 >= 622126 && p6 <= 622925) && n >= 16: // Discover
		return brandStrong
	case (p3 >= 300 && p3 <= 305 || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14: // Diners Club
		return brandStrong
	case p2 == 35 && n >= 16: // JCB
		return brandStrong
	case (p4 == 1800 || p4 == 2131) && n == 15: // JCB, 15 digits
		return brandStrong
	case p2 == 62 && n >= 16, p2 == 81 && n == 16: // UnionPay
		return brandStrong
	case p4 >= 2200 && p4 <= 2204 && n == 16: // Mir
		return brandStrong
	case p4 == 9792 && n == 16: // Troy
		return brandStrong
	case p2 == 50 || p2 >= 56 && p2 <= 69 || p4 == 604: // Maestro, 12 to 19 digits
		if n >= 13 {
			return brandStrong
		}
		return brandWeak
	}
	return brandNone
}

// validSSN applies the Social Security Administration's rules to nine
// digits: no area 000, 666 or 900-999, no group 00, no serial 0000, and
// not one of the numbers published in advertisements.
func validSSN(d []byte) bool {
	if len(d) != 9 {
		return false
	}
	area, group, serial := string(d[:3]), string(d[3:5]), string(d[5:])
	if area == "000" || area == "666" || d[0] == '9' || group == "00" || serial == "0000" {
		return false
	}
	switch string(d) {
	case "078051120", "219099999", "123456789":
		return false
	}
	same := true
	for _, c := range d[1:] {
		if c != d[0] {
			same = false
		}
	}
	return !same
}

// ibanLengthOf is ibanLengths as a table by the country code's letters,
// (a-'A')*26 + b-'A', with 0 for codes not in the registry.
var ibanLengthOf = func() (t [26 * 26]uint8) {
	for cc, n := range ibanLengths {
		t[int(cc[0]-'A')*26+int(cc[1]-'A')] = uint8(n)
	}
	return t
}()

// ibanLengths are the IBAN lengths of the countries in the IBAN registry.
var ibanLengths = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
	"BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
	"DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
	"FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
	"GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
	"JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
	"LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
	"MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28,
	"PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
	"SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
	"TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}

// ibanAt matches an IBAN at s[i]: a country code, two check digits and the
// country's number of letters and digits, optionally printed in groups of
// four, passing the mod-97 check.
func ibanAt(s string, i int) (Finding, bool) {
	if i+4 > len(s) || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
		return Finding{}, false
	}
	upper := isUpper(s[i])
	if isUpper(s[i+1]) != upper {
		return Finding{}, false
	}
	a, b := s[i]&^0x20-'A', s[i+1]&^0x20-'A'
	if a >= 26 || b >= 26 || ibanLengthOf[int(a)*26+int(b)] == 0 {
		return Finding{}, false
	}
	want := int(ibanLengthOf[int(a)*26+int(b)])
	var buf [34]byte
	n, j, spaced := 0, i, false
	for j < len(s) && n < want {
		c := s[j]
		if c == ' ' && n%4 == 0 && n > 0 && j+1 < len(s) && isAlnum(s[j+1]) && (spaced || n == 4) {
			spaced = true
			j++
			continue
		}
		if !isAlnum(c) {
			break
		}
		if isAlpha(c) && n >= 4 && isUpper(c) != upper {
			return Finding{}, false
		}
		buf[n] = c &^ 0x20
		if isDigit(c) {
			buf[n] = c
		}
		n++
		j++
	}
	if n != want || j < len(s) && piiWordByte(s[j]) {
		return Finding{}, false
	}
	if !mod97(buf[:n]) {
		return Finding{}, false
	}
	score := 0.95
	return Finding{Kind: KindIBAN, Score: score, Rule: "pii.iban.mod97", Start: i, End: j}, true
}

// mod97 applies ISO 7064 MOD 97-10 to an IBAN in upper case: the first
// four characters moved to the end, letters as 10..35, remainder 1.
func mod97(b []byte) bool {
	// The number is read into r and reduced only when it grows long: a
	// remainder taken at every digit would make each digit wait for the
	// division before it.
	var r uint64
	add := func(c byte) {
		if isDigit(c) {
			r = r*10 + uint64(c-'0')
		} else {
			r = r*100 + uint64(c-'A') + 10
		}
		if r >= 1<<56 {
			r %= 97
		}
	}
	for _, c := range b[4:] {
		add(c)
	}
	for _, c := range b[:4] {
		add(c)
	}
	return r%97 == 1
}

// ninoAt matches a UK national insurance number at s[i]: two prefix
// letters from the allowed set, six digits (optionally in pairs) and a
// suffix A-D.
func ninoAt(s string, i int) (Finding, bool) {
	a, b := s[i], s[i+1]
	switch a {
	case 'D', 'F', 'I', 'Q', 'U', 'V':
		return Finding{}, false
	}
	switch b {
	case 'D', 'F', 'I', 'O', 'Q', 'U', 'V':
		return Finding{}, false
	}
	switch string([]byte{a, b}) {
	case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
		return Finding{}, false
	}
	j := i + 2
	spaced := j < len(s) && s[j] == ' '
	for pair := 0; pair < 3; pair++ {
		if spaced {
			if j >= len(s) || s[j] != ' ' {
				return Finding{}, false
			}
			j++
		}
		if j+2 > len(s) || !isDigit(s[j]) || !isDigit(s[j+1]) {
			return Finding{}, false
		}
		j += 2
	}
	if spaced && j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) || s[j] < 'A' || s[j] > 'D' {
		return Finding{}, false
	}
	j++
	if j < len(s) && piiWordByte(s[j]) {
		return Finding{}, false
	}
	score := 0.85
	if hasContext(s, i, j, ninoWords) {
		score = 0.95
	}
	return Finding{Kind: KindUKNINO, Score: score, Rule: "pii.uk_nino", Start: i, End: j}, true
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// dniAt checks a run of eight digits glued to a letter as a Spanish DNI:
// the letter is the number mod 23 through a fixed table.
func dniAt(s string, r *numRun) (Finding, bool) {
	if r.n != 1 || r.glen(0) != 8 || r.plus || r.paren[0] {
		return Finding{}, false
	}
	n := 0
	for i := r.gs[0]; i < r.ge[0]; i++ {
		n = n*10 + int(s[i]-'0')
	}
	if dniLetters[n%23] != r.tail {
		return Finding{}, false
	}
	return Finding{Kind: KindESDNI, Score: 0.85, Rule: "pii.es_dni", Start: r.gs[0], End: r.ge[0] + 1}, true
}

// nieAt matches a Spanish foreigner's number at s[i]: X, Y or Z, seven
// digits and the DNI check letter.
func nieAt(s string, i int) (Finding, bool) {
	j := i + 1
	for j < len(s) && isDigit(s[j]) && j-i <= 8 {
		j++
	}
	if j-i != 8 || j >= len(s) || !isUpper(s[j]) || j+1 < len(s) && piiWordByte(s[j+1]) {
		return Finding{}, false
	}
	n := int(s[i] - 'X')
	for k := i + 1; k < j; k++ {
		n = n*10 + int(s[k]-'0')
	}
	if dniLetters[n%23] != s[j] {
		return Finding{}, false
	}
	return Finding{Kind: KindESDNI, Score: 0.85, Rule: "pii.es_nie", Start: i, End: j + 1}, true
}

// fiscalOdd maps the characters in odd positions of an Italian fiscal code
// (0-9 then A-Z) to their check values.
var fiscalOdd = [36]int{
	1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
	1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
}

// fiscalCodeAt matches an Italian codice fiscale at s[i]: six letters, two
// digits, a month letter, two digits, a letter, three digits and a check
// letter (digits may be replaced by the letters L-V when codes collide).
func fiscalCodeAt(s string, i int) (Finding, bool) {
	if i+16 > len(s) || i+16 < len(s) && piiWordByte(s[i+16]) {
		return Finding{}, false
	}
	c := s[i : i+16]
	digitOrOmo := func(b byte) bool { return isDigit(b) || b >= 'L' && b <= 'V' && b != 'O' && b != 'Q' }
	for k := 0; k < 16; k++ {
		b := c[k]
		var ok bool
		switch {
		case k < 6 || k == 11 || k == 15:
			ok = isUpper(b)
		case k == 8:
			ok = b == 'A' || b == 'B' || b == 'C' || b == 'D' || b == 'E' || b == 'H' || b == 'L' || b == 'M' || b == 'P' || b == 'R' || b == 'S' || b == 'T'
		default:
			ok = digitOrOmo(b)
		}
		if !ok {
			return Finding{}, false
		}
	}
	sum := 0
	for k := 0; k < 15; k++ {
		b := c[k]
		idx := int(b - '0')
		if isUpper(b) {
			idx = int(b-'A') + 10
		}
		if k%2 == 0 { // odd position, counting from one
			sum += fiscalOdd[idx]
		} else if isUpper(b) {
			sum += int(b - 'A')
		} else {
			sum += int(b - '0')
		}
	}
	if byte('A'+sum%26) != c[15] {
		return Finding{}, false
	}
	return Finding{Kind: KindITFiscalCode, Score: 0.9, Rule: "pii.it_fiscal_code", Start: i, End: i + 16}, true
}

// nationalIDAt matches identifiers that are runs of digit groups with a
// check digit: Brazilian CPF (ddd.ddd.ddd-dd), French NIR (15 digits,
// key mod 97) and Indian Aadhaar (12 digits in fours, Verhoeff).
func nationalIDAt(s string, r *numRun, k int, buf []byte) (int, Finding, bool) {
	if r.plus && k == 0 {
		return 0, Finding{}, false
	}
	// CPF: 3.3.3-2
	if k+3 < r.n && r.glen(k) == 3 && r.glen(k+1) == 3 && r.glen(k+2) == 3 && r.glen(k+3) == 2 &&
		r.sep(s, k+1) == "." && r.sep(s, k+2) == "." && r.sep(s, k+3) == "-" {
		d := r.digitsOf(s, k, k+3, buf[:0])
		if validCPF(d) {
			st, en := r.span(k, k+3)
			return k + 3, Finding{Kind: KindBRCPF, Score: 0.95, Rule: "pii.br_cpf", Start: st, End: en}, true
		}
	}
	// NIR: 1 2 2 2 3 3 2 or 15 digits in one group.
	for e := k; e < r.n && e <= k+6; e++ {
		d := r.digitsOf(s, k, e, buf[:0])
		if len(d) > 15 {
			break
		}
		if len(d) != 15 || (d[0] != '1' && d[0] != '2') {
			continue
		}
		if e > k {
			if sep, ok := r.sameSep(s, k, e); !ok || sep != " " || r.glen(k) != 1 {
				continue
			}
		}
		if !validNIR(d) {
			continue
		}
		st, en := r.span(k, e)
		score := 0.8
		if e == k {
			score = 0.6
		}
		if hasContext(s, st, en, nirWords) {
			score = 0.95
		}
		return e, Finding{Kind: KindFRNIR, Score: score, Rule: "pii.fr_nir", Start: st, End: en}, true
	}
	// Aadhaar: 4 4 4 or 12 digits, first digit 2-9.
	e := k + 2
	if e < r.n && r.glen(k) == 4 && r.glen(k+1) == 4 && r.glen(k+2) == 4 {
		if sep, ok := r.sameSep(s, k, e); !ok || sep != " " && sep != "-" {
			e = -1
		}
	} else if r.glen(k) == 12 {
		e = k
	} else {
		e = -1
	}
	if e >= 0 {
		d := r.digitsOf(s, k, e, buf[:0])
		if d[0] >= '2' && verhoeff(d) {
			st, en := r.span(k, e)
			ctx := hasContext(s, st, en, aadhaarWords)
			if ctx || e > k {
				score := 0.6
				if ctx {
					score = 0.95
				}
				return e, Finding{Kind: KindINAadhaar, Score: score, Rule: "pii.in_aadhaar", Start: st, End: en}, true
			}
		}
	}
	return 0, Finding{}, false
}

// validCPF checks the two mod-11 check digits of a Brazilian CPF.
func validCPF(d []byte) bool {
	if len(d) != 11 {
		return false
	}
	same := true
	for _, c := range d {
		if c != d[0] {
			same = false
		}
	}
	if same {
		return false
	}
	for _, n := range []int{9, 10} {
		sum := 0
		for i := 0; i < n; i++ {
			sum += int(d[i]-'0') * (n + 1 - i)
		}
		check := sum * 10 % 11 % 10
		if check != int(d[n]-'0') {
			return false
		}
	}
	return true
}

// validNIR checks a French social security number: the key is 97 minus
// the first 13 digits mod 97.
func validNIR(d []byte) bool {
	m := int(d[3]-'0')*10 + int(d[4]-'0')
	if !(m >= 1 && m <= 12 || m >= 20 && m <= 42 || m >= 50 && m <= 99) {
		return false
	}
	n := 0
	for _, c := range d[:13] {
		n = (n*10 + int(c-'0')) % 97
	}
	key := int(d[13]-'0')*10 + int(d[14]-'0')
	return key == 97-n
}

// Verhoeff tables: multiplication in the dihedral group D5 and the
// position permutation, built from their definitions.
var verhoeffD, verhoeffP = func() (d [10][10]int, p [8][10]int) {
	for j := 0; j < 10; j++ {
		for k := 0; k < 10; k++ {
			switch {
			case j < 5 && k < 5:
				d[j][k] = (j + k) % 5
			case j < 5:
				d[j][k] = (j+k)%5 + 5
			case k < 5:
				d[j][k] = (j-k+5)%5 + 5
			default:
				d[j][k] = (j - k + 5) % 5
			}
		}
	}
	p[0] = [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	p1 := [10]int{1, 5, 7, 6, 2, 8, 3, 0, 9, 4}
	for i := 1; i < 8; i++ {
		for j := 0; j < 10; j++ {
			p[i][j] = p1[p[i-1][j]]
		}
	}
	return d, p
}()

// verhoeff reports whether the digits pass the Verhoeff check.
func verhoeff(d []byte) bool {
	c := 0
	for i := 0; i < len(d); i++ {
		c = verhoeffD[c][verhoeffP[i%8][int(d[len(d)-1-i]-'0')]]
	}
	return c == 0
}
