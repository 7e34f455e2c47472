package detect

// Numbers: one scanner reads a run of digit groups joined by the
// separators people write numbers with (space, hyphen, dot, slash,
// parentheses) and classifies its groups as IPv4 address, payment card,
// national identifier, US SSN or phone number, in that order of
// precedence, each checked by its validator.

import "net/netip"

const maxGroups = 12

// numRun is a run of digit groups: "+46 (0)8 928 571 38" has the groups
// 46, 0, 8, 928, 571 and 38.
type numRun struct {
	start, end int
	plus       bool // the run starts with '+'
	n          int
	gs, ge     [maxGroups]int // group i is s[gs[i]:ge[i]]
	paren      [maxGroups]bool
	extEnd     int  // end of a phone extension after the run ("x123"), or 0
	bad        bool // glued to a word, a time or an address: classify nothing
	tail       byte // the letter glued to a single group, as in a DNI
}

// numberStart reports whether a number may start at s[i]: not inside a
// word or in the middle of another number.
func numberStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	p := s[i-1]
	if piiWordByte(p) {
		// Chinese, Japanese and Korean write numbers right against the
		// words around them: 电话138…, 携帯：090….
		return p >= 0x80 && spacelessBefore(s, i)
	}
	if (p == '.' || p == '-' || p == ',' || p == '/' || p == ':') && i >= 2 && isAlnum(s[i-2]) {
		return false
	}
	return true
}

// scanRun reads the run starting at s[i] into r and returns its end.
func scanRun(s string, i int, r *numRun) int {
	// Only the fields every run sets are reset: the group arrays are
	// written before they are read, group by group, up to r.n.
	r.start, r.end, r.plus, r.n, r.extEnd, r.bad, r.tail = i, 0, false, 0, 0, false, 0
	j := i
	if s[j] == '+' {
		r.plus = true
		j++
	}
	for {
		open := false
		k := j
		if k < len(s) && s[k] == '(' {
			open = true
			k++
		}
		if k >= len(s) || !isDigit(s[k]) {
			break
		}
		gs := k
		for k < len(s) && isDigit(s[k]) && k-gs < 24 {
			k++
		}
		if open {
			if k < len(s) && s[k] == ')' {
				k++
			} else {
				if r.n == 0 {
					r.bad = true
				}
				break
			}
		}
		r.gs[r.n], r.ge[r.n], r.paren[r.n] = gs, k, open
		if open {
			r.ge[r.n] = k - 1
		}
		r.n++
		j = k
		r.end = k
		if r.n == maxGroups || k >= len(s) {
			break
		}
		// Separator: one of " ", "-", ".", "/", " - ", " / ", or nothing
		// after a closing parenthesis, then a digit or '('.
		sep := 0
		switch {
		case k+2 < len(s) && s[k] == ' ' && (s[k+1] == '-' || s[k+1] == '/') && s[k+2] == ' ':
			sep = 3
		case s[k] == ' ' || s[k] == '-' || s[k] == '.' || s[k] == '/':
			sep = 1
		case s[k] >= 0x80 && nbspLen(s, k) > 0:
			sep = nbspLen(s, k)
		case open || s[k] == '(':
			sep = 0
		default:
			sep = -1
		}
		if sep < 0 {
			break
		}
		n := k + sep
		if n < len(s) && (isDigit(s[n]) || s[n] == '(' && n+1 < len(s) && isDigit(s[n+1])) {
			j = n
			continue
		}
		break
	}
	if r.n == 0 {
		r.bad = true
		return i + 1
	}
	end := r.end
	// Extension: "x123", " x123", " ext. 123", "ext123".
	if e := extensionEnd(s, end); e > end {
		r.extEnd = e
		end = e
	}
	if end < len(s) {
		c := s[end]
		switch {
		case isAlpha(c) && r.n == 1 && r.extEnd == 0 && (end+1 == len(s) || !piiWordByte(s[end+1])):
			r.tail = c
		case c >= 0x80 && spacelessAt(s, end):
		case piiWordByte(c), c == '@':
			r.bad = true
		case c == ':' && end+1 < len(s) && isHex(s[end+1]):
			r.bad = true // a time or an IPv6 address
		case (c == '.' || c == ',') && end+1 < len(s) && isDigit(s[end+1]):
			r.bad = true
		case c == '-' && end+1 < len(s) && isAlnum(s[end+1]):
			// Glued to more of an identifier ("ORD-2024-118830-A") unless
			// a word follows, as in "555-0100-Office".
			if !(end+2 < len(s) && isAlpha(s[end+1]) && isAlpha(s[end+2])) {
				r.bad = true
			}
		}
	}
	if r.start > 0 && s[r.start-1] == '-' && r.start > 1 && isAlnum(s[r.start-2]) {
		r.bad = true
	}
	return end
}

// extensionEnd returns the end of a phone extension at s[i], or i.
func extensionEnd(s string, i int) int {
	j := i
	if j < len(s) && s[j] == ' ' {
		j++
	}
	switch {
	case j+3 < len(s) && lower(s[j]) == 'e' && lower(s[j+1]) == 'x' && lower(s[j+2]) == 't':
		j += 3
		if j < len(s) && s[j] == '.' {
			j++
		}
		if j < len(s) && s[j] == ' ' {
			j++
		}
	case j < len(s) && lower(s[j]) == 'x':
		j++
	default:
		return i
	}
	d := j
	for j < len(s) && isDigit(s[j]) && j-d < 6 {
		j++
	}
	if j == d || j < len(s) && piiWordByte(s[j]) {
		return i
	}
	return j
}

// digitsOf appends the digits of groups [a, b] of r to buf.
func (r *numRun) digitsOf(s string, a, b int, buf []byte) []byte {
	for g := a; g <= b; g++ {
		buf = append(buf, s[r.gs[g]:r.ge[g]]...)
	}
	return buf
}

// sep returns the separator before group g (g >= 1); a no-break space
// reads as a space.
func (r *numRun) sep(s string, g int) string {
	end := r.ge[g-1]
	if r.paren[g-1] {
		end++
	}
	start := r.gs[g]
	if r.paren[g] {
		start--
	}
	if start-end > 1 && nbspLen(s, end) == start-end {
		return " "
	}
	return s[end:start]
}

// nbspLen returns the length of a no-break space (U+00A0, U+202F) at
// s[i], the separator French and other typographies put in numbers, or 0.
func nbspLen(s string, i int) int {
	if i+1 < len(s) && s[i] == 0xc2 && s[i+1] == 0xa0 {
		return 2
	}
	if i+2 < len(s) && s[i] == 0xe2 && s[i+1] == 0x80 && s[i+2] == 0xaf {
		return 3
	}
	return 0
}

// span returns the byte span of groups [a, b], with their parentheses
// and, for a run's first group, its '+'.
func (r *numRun) span(a, b int) (int, int) {
	st, en := r.gs[a], r.ge[b]
	if r.paren[a] {
		st--
	}
	if r.paren[b] {
		en++
	}
	if a == 0 && r.plus {
		st = r.start
	}
	return st, en
}

func (r *numRun) glen(g int) int { return r.ge[g] - r.gs[g] }

// sameSep reports whether groups [a, b] are joined by one separator
// string, returning it.
func (r *numRun) sameSep(s string, a, b int) (string, bool) {
	if a == b {
		return "", true
	}
	first := r.sep(s, a+1)
	for g := a + 2; g <= b; g++ {
		if r.sep(s, g) != first {
			return "", false
		}
	}
	return first, true
}

func (r *numRun) anyParen(a, b int) bool {
	for g := a; g <= b; g++ {
		if r.paren[g] {
			return true
		}
	}
	return false
}

// classifyRun appends the findings in run r.
func (d *PIIDetector) classifyRun(s string, r *numRun, out []Finding) []Finding {
	if r.bad {
		return out
	}
	if r.tail != 0 {
		if f, ok := dniAt(s, r); ok {
			return append(out, f)
		}
		return out
	}
	digits := 0
	for g := 0; g < r.n; g++ {
		digits += r.glen(g)
	}
	if digits < 7 {
		// Too few digits for anything but an IPv4 address: years, counts,
		// times and amounts end here.
		if r.n >= 4 {
			if _, f, _, report := d.ipv4(s, r, 0); report {
				out = append(out, f)
			}
		}
		return out
	}
	var buf [48]byte
	// sub is set when the groups before k were not a finding: a number
	// found there must then stand on its own (an issuer prefix for a card,
	// words around a phone), not be the tail of something longer.
	sub := false
	for k := 0; k < r.n; {
		// A number inside a run starts after a plain space: "card 4111
		// 1111 1111 1111 or 5500..." splits, "12-34" does not.
		if k > 0 && r.sep(s, k) != " " {
			k++
			sub = true
			continue
		}
		if e, f, matched, report := d.ipv4(s, r, k); matched {
			if report {
				out = append(out, f)
			}
			k, sub = e+1, false
			continue
		}
		if r.anyParen(k, k) && !r.plus {
			// Only phones are written with parentheses.
		} else if e, f, ok := cardAt(s, r, k, buf[:0]); ok && (!sub || f.Score >= 0.9) {
			out = append(out, f)
			k, sub = e+1, false
			continue
		} else if e, f, ok := nationalIDAt(s, r, k, buf[:0]); ok {
			out = append(out, f)
			k, sub = e+1, false
			continue
		} else if e, f, ok := ssnAt(s, r, k); ok {
			out = append(out, f)
			k, sub = e+1, false
			continue
		}
		if e, f, ok := d.phoneAt(s, r, k, buf[:0]); ok && (!sub || f.Score >= 0.8) {
			out = append(out, f)
			k, sub = e+1, false
			continue
		}
		k++
		sub = true
	}
	return out
}

// ipv4 matches four dot-separated groups at k as an IPv4 address. matched
// says the groups are an address; report, that it is one to report.
func (d *PIIDetector) ipv4(s string, r *numRun, k int) (e int, f Finding, matched, report bool) {
	e = k + 3
	if e >= r.n || r.plus || k == 0 && r.extEnd > 0 {
		return 0, Finding{}, false, false
	}
	if e+1 < r.n && r.sep(s, e+1) == "." {
		return 0, Finding{}, false, false // five or more groups: an OID or version
	}
	for g := k; g <= e; g++ {
		if r.paren[g] || g > k && r.sep(s, g) != "." || r.glen(g) > 3 {
			return 0, Finding{}, false, false
		}
		if r.glen(g) > 1 && s[r.gs[g]] == '0' {
			return 0, Finding{}, false, false
		}
	}
	st, en := r.span(k, e)
	if versionBefore(s, st) || isNetmask(s[st:en]) {
		return e, Finding{}, true, false
	}
	v, err := parseQuad(s[st:en])
	if err != nil {
		return 0, Finding{}, false, false
	}
	// The groups hold one to three digits without a leading zero, so the
	// quad is an address exactly when every part is at most 255.
	if !validQuad(s[st:en]) {
		return 0, Finding{}, false, false
	}
	f, ok := d.ipFinding(netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), st, en, "pii.ip_address.v4")
	return e, f, true, ok
}

// validQuad reports whether every part of a dotted quad is at most 255.
func validQuad(q string) bool {
	part := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '.' {
			part = 0
			continue
		}
		part = part*10 + int(q[i]-'0')
		if part > 255 {
			return false
		}
	}
	return true
}

// versionBefore reports whether the text just before i names a version,
// as in "v1.2.3.4" or "version 10.0.19041.1". It reads at most 16 bytes
// back.
func versionBefore(s string, i int) bool {
	from := max(0, i-16)
	e := i
	for e > from && (s[e-1] == ' ' || s[e-1] == ':' || s[e-1] == '=' || s[e-1] == '"' || s[e-1] == '\'') {
		e--
	}
	// The reversed spellings ("dliub", "esaeler") count as well.
	for _, word := range []string{"version", "ver", "v", "build", "dliub", "release", "esaeler"} {
		st := e - len(word)
		if st >= from && hasPrefixFold(s[st:e], word) && (st == from || !isAlpha(s[st-1])) {
			return true
		}
	}
	return false
}

// isNetmask reports whether a dotted quad is a netmask such as
// 255.255.255.0, which identifies no host.
func isNetmask(q string) bool {
	if len(q) < 7 || q[:4] != "255." {
		return false
	}
	a, err := parseQuad(q)
	if err != nil {
		return false
	}
	inv := ^a
	return inv&(inv+1) == 0
}

func parseQuad(q string) (uint32, error) {
	var v, part uint32
	dots := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '.' {
			v = v<<8 | part
			part = 0
			dots++
			continue
		}
		part = part*10 + uint32(q[i]-'0')
	}
	if dots != 3 {
		return 0, errNotQuad
	}
	return v<<8 | part, nil
}

type quadError struct{}

func (quadError) Error() string { return "not a dotted quad" }

var errNotQuad error = quadError{}

// cardAt matches a payment card number starting at group k: 12 to 19
// digits in one group or in groups joined by one space or hyphen, passing
// the Luhn check and carrying an issuer prefix of its length.
func cardAt(s string, r *numRun, k int, buf []byte) (int, Finding, bool) {
	if r.plus && k == 0 {
		return 0, Finding{}, false
	}
	for e := min(r.n-1, k+5); e >= k; e-- {
		sep, ok := r.sameSep(s, k, e)
		if !ok || sep != "" && sep != " " && sep != "-" || r.anyParen(k, e) {
			continue
		}
		if e > k && (r.glen(k) != 4 || r.glen(e) < 1) {
			continue
		}
		groupsOK := true
		for g := k + 1; g < e; g++ {
			if r.glen(g) < 4 || r.glen(g) > 6 {
				groupsOK = false
			}
		}
		if !groupsOK {
			continue
		}
		n := 0
		for g := k; g <= e; g++ {
			n += r.glen(g)
		}
		if n < 12 || n > 19 {
			continue
		}
		digits := r.digitsOf(s, k, e, buf[:0])
		if len(digits) < 12 || len(digits) > 19 || !luhnDigits(digits) {
			continue
		}
		st, en := r.span(k, e)
		brand := cardBrand(digits)
		ctx := brand != brandStrong && hasContext(s, st, en, cardWords)
		var score float64
		switch {
		case brand == brandStrong:
			score = 0.9
		case brand == brandWeak && ctx:
			score = 0.85
		case brand == brandWeak && !identifiesThing(s, st):
			score = 0.6
		case ctx:
			score = 0.55
		default:
			continue
		}
		if ctx && score < 0.95 {
			score = min(0.95, score+0.1)
		}
		return e, Finding{Kind: KindCreditCard, Score: score, Rule: "pii.credit_card.luhn", Start: st, End: en}, true
	}
	return 0, Finding{}, false
}

// ssnAt matches a US social security number at group k: 3-2-4 digits
// joined by hyphens (or spaces or dots near words such as "SSN"), or nine
// digits in one group near such words.
func ssnAt(s string, r *numRun, k int) (int, Finding, bool) {
	if r.plus && k == 0 || r.anyParen(k, min(k+2, r.n-1)) {
		return 0, Finding{}, false
	}
	var st, en, e int
	var score float64
	switch {
	case k+2 < r.n && r.glen(k) == 3 && r.glen(k+1) == 2 && r.glen(k+2) == 4:
		sep, ok := r.sameSep(s, k, k+2)
		if !ok || sep != "-" && sep != " " && sep != "." {
			return 0, Finding{}, false
		}
		if k+3 < r.n && r.sep(s, k+3) == sep {
			return 0, Finding{}, false
		}
		e = k + 2
		st, en = r.span(k, e)
		ctx := hasContext(s, st, en, ssnWords)
		switch {
		case sep == "-" && (ctx || !identifiesThing(s, st)):
			score = 0.85
		case ctx:
			score = 0.75
		default:
			return 0, Finding{}, false
		}
	case r.glen(k) == 9 && (k+1 == r.n || r.sep(s, k+1) == " "):
		e = k
		st, en = r.span(k, e)
		if !hasContext(s, st, en, ssnWords) {
			return 0, Finding{}, false
		}
		score = 0.7
	default:
		return 0, Finding{}, false
	}
	var buf [9]byte
	if !validSSN(r.digitsOf(s, k, e, buf[:0])) {
		return 0, Finding{}, false
	}
	return e, Finding{Kind: KindUSSSN, Score: score, Rule: "pii.us_ssn", Start: st, End: en}, true
}

// phoneAt matches a phone number starting at group k, the longest first.
func (d *PIIDetector) phoneAt(s string, r *numRun, k int, buf []byte) (int, Finding, bool) {
	ctxKnown, ctx := false, false
	last := min(r.n-1, k+7)
	count := 0
	for g := k; g <= last; g++ {
		count += r.glen(g)
	}
	for e := last; e >= k; e-- {
		if e < last {
			count -= r.glen(e + 1)
		}
		if count < 7 || count > 15 {
			continue
		}
		shape := phoneShape(s, r, k, e)
		if shape == shapeNone {
			continue
		}
		digits := r.digitsOf(s, k, e, buf[:0])
		st, en := r.span(k, e)
		if e == r.n-1 && r.extEnd > 0 {
			en = r.extEnd
		}
		intl := k == 0 && r.plus
		// Validation against numbering plans costs a few hundred
		// nanoseconds a region, so it runs only where its answer matters:
		// words around a number already make it a phone.
		if !ctxKnown {
			// The words around the longest candidate serve its shorter
			// prefixes too.
			ctx = hasPhoneContext(s, st, en) || hasLabel(s, st, en, phoneLabels)
			ctxKnown = true
		}
		var score float64
		switch {
		case ctx && shape >= shapeGrouped:
			score = 0.85
		case ctx:
			score = 0.7
		case identifiesThing(s, st) && !intl:
			continue
		case shape == shapeStrong:
			// An international prefix or an area code in parentheses is
			// reported whether or not the number is valid, so the
			// numbering plans are not consulted (they would only move the
			// score).
			score = 0.75
		case shape == shapeGrouped && e-k >= 2 && nationalGrouping(r, k, e, digits) && d.phone.valid(digits, intl):
			// Without words around it, a number needs a national shape:
			// a trunk zero (030 1234 5678) or the NANP 3-3-4 grouping.
			// Two groups alone ("370 3911") are as often a house number
			// and a street number, a postcode or a range.
			score = 0.7
		default:
			continue
		}
		return e, Finding{Kind: KindPhone, Score: score, Rule: "pii.phone", Start: st, End: en}, true
	}
	return 0, Finding{}, false
}

// nationalGrouping reports whether groups [k, e] are written the way
// national numbers are: starting with a trunk zero, or grouped 3-3-4 (with
// an optional leading 1) as in North America.
func nationalGrouping(r *numRun, k, e int, digits []byte) bool {
	if digits[0] == '0' {
		return true
	}
	if r.glen(k) == 1 && digits[0] == '1' {
		k++
	}
	return e-k == 2 && r.glen(k) == 3 && r.glen(k+1) == 3 && r.glen(e) == 4
}

const (
	shapeNone    = iota
	shapeBare    // one group of digits: needs words around it
	shapeGrouped // groups joined the way phone numbers are written
	shapeStrong  // with an international prefix or an area code in parentheses
)

// phoneShape rates how much groups [k, e] look like a phone number rather
// than a date, an amount, a range or a code.
func phoneShape(s string, r *numRun, k, e int) int {
	intl := k == 0 && r.plus
	if k == e {
		if intl {
			return shapeStrong
		}
		if r.glen(k) >= 8 {
			return shapeBare
		}
		return shapeNone
	}
	first := r.sep(s, k+1)
	allSame, slash, dots := true, 0, 0
	thousands := r.glen(k) <= 3
	for g := k; g <= e; g++ {
		if r.glen(g) > 8 {
			return shapeNone
		}
		if g > k {
			sp := r.sep(s, g)
			if sp != first {
				allSame = false
			}
			for i := 0; i < len(sp); i++ {
				switch sp[i] {
				case '/':
					slash++
				case '.':
					dots++
				}
			}
			if r.glen(g) != 3 {
				thousands = false
			}
		}
	}
	n := e - k + 1
	if dots > 0 && allSame {
		for g := k; g <= e; g++ {
			if r.glen(g) == 1 {
				return shapeNone // a version or an OID: 10.0.19041.1
			}
		}
		if n == 4 && r.glen(k) <= 3 && r.glen(k+1) <= 3 && r.glen(k+2) <= 3 && r.glen(e) <= 3 {
			return shapeNone // shaped like an IPv4 address
		}
	}
	if slash > 1 || slash == 1 && n > 2 {
		return shapeNone // dates and fractions
	}
	if allSame && (first == "." || first == " " && r.glen(k) < 3) && thousands {
		return shapeBare // 1.234.567 or 1 234 567 unless words say phone
	}
	if n == 2 && dots == 1 {
		return shapeNone // a decimal amount
	}
	if n == 3 && allSame && first != " " && isDateGroups(s, r, k) {
		return shapeNone
	}
	if n == 2 && r.glen(k)+r.glen(e) == 9 && r.glen(k) == 5 && first == "-" {
		return shapeNone // a ZIP+4 code
	}
	if intl || r.anyParen(k, e) {
		return shapeStrong
	}
	// Digit-only groups of one or two digits at both ends read as ranges
	// or scores ("10-12"); phone numbers have a longer group somewhere.
	longest := 0
	for g := k; g <= e; g++ {
		longest = max(longest, r.glen(g))
	}
	if longest < 3 && n < 4 {
		return shapeNone
	}
	return shapeGrouped
}

// isDateGroups reports whether three groups at k read as a date:
// yyyy-mm-dd or dd-mm-yyyy (any order of day and month).
func isDateGroups(s string, r *numRun, k int) bool {
	a, b, c := r.glen(k), r.glen(k+1), r.glen(k+2)
	v := func(g int) int {
		n := 0
		for i := r.gs[g]; i < r.ge[g]; i++ {
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	dm := func(x, y int) bool { return x >= 1 && y >= 1 && (x <= 12 && y <= 31 || x <= 31 && y <= 12) }
	switch {
	case a == 4 && b <= 2 && c <= 2:
		return dm(v(k+1), v(k+2))
	case a <= 2 && b <= 2 && (c == 4 || c == 2):
		return dm(v(k), v(k+1))
	}
	return false
}
