package detect

// Travel documents: the machine-readable zone (MRZ) of ICAO 9303 that
// passports, identity cards and visas print at the foot of the data
// page. A zone is two or three lines of one length, in capital letters,
// digits and the filler '<':
//
//   - TD3 (passports, and MRV-A visas): two lines of 44;
//   - TD2 (identity documents, and MRV-B visas): two lines of 36;
//   - TD1 (identity cards): three lines of 30.
//
// Check digits guard the document number, the dates and the optional
// data, and a composite digit guards all of them together. A zone
// counts when its document number's check and its composite hold (on a
// visa, which has no composite, the checks of both dates instead), and
// its dates, sex and country codes are well formed, so that prose, code
// and random tokens of the right length do not pass, nor a zone with a
// digit mistyped. The finding spans the whole zone, line breaks
// included: the names line is as personal as the number.
//
// Plain passport numbers ("passport no. 123456789") are not reported:
// they carry no check digit, their national formats overlap phone
// numbers, SSNs and order ids, and the default policy redacts every
// pii finding whatever its score.

// MRZ line lengths.
const (
	mrzTD1 = 30
	mrzTD2 = 36
	mrzTD3 = 44
)

// isMRZByte reports whether c may appear in an MRZ line.
func isMRZByte(c byte) bool {
	return byteClass[c]&(bcDigit|bcUpper) != 0 || c == '<'
}

// mrzValue is the value of an MRZ character in check digit sums: digits
// as themselves, A to Z as 10 to 35, the filler as 0.
func mrzValue(c byte) int {
	switch {
	case isDigit(c):
		return int(c - '0')
	case isUpper(c):
		return int(c-'A') + 10
	}
	return 0
}

// mrzSum accumulates a check digit over one or more fields, with the
// weights 7, 3, 1 repeating across them.
type mrzSum struct{ sum, n int }

func (m *mrzSum) add(field string) {
	for i := 0; i < len(field); i++ {
		m.sum += mrzValue(field[i]) * [3]int{7, 3, 1}[m.n%3]
		m.n++
	}
}

// matches reports whether c is the check digit of the fields added. A
// field left empty (empty: all filler) may have the filler as its check
// digit.
func (m *mrzSum) matches(c byte, empty bool) bool {
	if c == '<' {
		return empty
	}
	return isDigit(c) && int(c-'0') == m.sum%10
}

// mrzCheck reports whether c is the check digit of field.
func mrzCheck(field string, c byte) bool {
	var m mrzSum
	m.add(field)
	return m.matches(c, allFiller(field))
}

func allFiller(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			return false
		}
	}
	return true
}

// mrzDate reports whether d is a date as the MRZ writes it, YYMMDD; an
// unknown month or day is filler.
func mrzDate(d string) bool {
	if !isDigit(d[0]) || !isDigit(d[1]) {
		return false
	}
	num := func(a, b byte) (int, bool) {
		if a == '<' && b == '<' {
			return 0, false
		}
		if !isDigit(a) || !isDigit(b) {
			return -1, false
		}
		return int(a-'0')*10 + int(b-'0'), true
	}
	m, ok := num(d[2], d[3])
	if m < 0 || ok && (m < 1 || m > 12) {
		return false
	}
	day, ok := num(d[4], d[5])
	return day >= 0 && (!ok || day >= 1 && day <= 31)
}

// mrzCountry reports whether c is a country or organisation code: three
// letters, or fewer padded with filler ("D<<").
func mrzCountry(c string) bool {
	if !isUpper(c[0]) {
		return false
	}
	for i := 1; i < len(c); i++ {
		if !isUpper(c[i]) && c[i] != '<' {
			return false
		}
	}
	return true
}

func mrzSex(c byte) bool { return c == 'M' || c == 'F' || c == 'X' || c == '<' }

// mrzNames reports whether s holds only letters and filler, as name
// fields do.
func mrzNames(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isUpper(s[i]) && s[i] != '<' {
			return false
		}
	}
	return true
}

// mrzHeader reports whether l opens a two-line zone (TD2, TD3): a
// document code, the issuing state and the holder's names.
func mrzHeader(l string) bool {
	return isUpper(l[0]) && (isUpper(l[1]) || l[1] == '<') && mrzCountry(l[2:5]) && mrzNames(l[5:])
}

// mrzLowerLine checks the second line of a two-line zone (TD2 or TD3,
// by its length): the document number's check and the composite must
// hold, or, on a visa, whose zone has no composite, the checks of the
// document number and both dates. A line standing alone, with no names
// line to say it is a zone, must pass every check. It returns whether
// the line passes and whether every check held.
func mrzLowerLine(l string, visa, alone bool) (ok, all bool) {
	doc, nat, birth, sex, expiry := l[0:9], l[10:13], l[13:19], l[20], l[21:27]
	if !mrzCheck(doc, l[9]) || allFiller(doc) || !mrzCountry(nat) || !mrzDate(birth) || !mrzSex(sex) || !mrzDate(expiry) {
		return false, false
	}
	dates := mrzCheck(birth, l[19]) && mrzCheck(expiry, l[27])
	if visa && !alone {
		return dates, dates
	}
	optional := true
	if len(l) == mrzTD3 {
		optional = mrzCheck(l[28:42], l[42])
	}
	last := len(l) - 1
	var comp mrzSum
	comp.add(l[0:10])
	comp.add(l[13:20])
	comp.add(l[21:last])
	composite := comp.matches(l[last], false)
	all = composite && dates && optional
	if alone {
		return all, all
	}
	return composite, all
}

// mrzTD1Lines checks the first two lines of an identity card's zone; it
// returns whether they pass and whether every check held.
func mrzTD1Lines(l1, l2 string) (ok, all bool) {
	if !isUpper(l1[0]) || !(isUpper(l1[1]) || l1[1] == '<') || !mrzCountry(l1[2:5]) {
		return false, false
	}
	// A document number longer than nine characters goes on in the
	// optional data, its check digit after it, with filler in the usual
	// check digit's place.
	var doc mrzSum
	doc.add(l1[5:14])
	docOK := false
	if l1[14] == '<' && l1[15] != '<' {
		k := 15
		for k < mrzTD1 && l1[k] != '<' {
			k++
		}
		doc.add(l1[15 : k-1])
		docOK = k-1 > 15 && doc.matches(l1[k-1], false)
	} else {
		docOK = doc.matches(l1[14], false)
	}
	birth, sex, expiry, nat := l2[0:6], l2[7], l2[8:14], l2[15:18]
	if !docOK || allFiller(l1[5:14]) || !mrzDate(birth) || !mrzSex(sex) || !mrzDate(expiry) || !mrzCountry(nat) {
		return false, false
	}
	var comp mrzSum
	comp.add(l1[5:30])
	comp.add(l2[0:7])
	comp.add(l2[8:15])
	comp.add(l2[18:29])
	if !comp.matches(l2[29], false) {
		return false, false
	}
	return true, mrzCheck(birth, l2[6]) && mrzCheck(expiry, l2[14])
}

// mrzLine is the span of one candidate MRZ line.
type mrzLine struct{ start, end int }

func (l mrzLine) text(s string) string { return s[l.start:l.end] }

// mrzRun returns the run of MRZ characters around s[i] if it can be a
// line of a zone: 30, 36 or 44 characters, not glued to a word.
func mrzRun(s string, i int) (mrzLine, bool) {
	a, b := i, i
	for a > 0 && i-a <= mrzTD3 && isMRZByte(s[a-1]) {
		a--
	}
	for b < len(s) && b-i <= mrzTD3 && isMRZByte(s[b]) {
		b++
	}
	return mrzLine{a, b}, mrzBounded(s, a, b)
}

// mrzBounded reports whether s[a:b] has an MRZ line's length and stands
// apart from the words around it.
func mrzBounded(s string, a, b int) bool {
	switch b - a {
	case mrzTD1, mrzTD2, mrzTD3:
	default:
		return false
	}
	glued := func(c byte) bool { return isMRZByte(c) || byteClass[c]&(bcLower|bcDigit) != 0 || c == '_' }
	return (a == 0 || !glued(s[a-1])) && (b == len(s) || !glued(s[b]))
}

// mrzSepBefore returns where the line before the one starting at a
// ends: a is preceded by a line break (or spaces, when the breaks were
// lost), with spaces, tabs and carriage returns around it.
func mrzSepBefore(s string, a, floor int) (int, bool) {
	j, breaks := a, 0
	for j > floor && a-j < 8 {
		switch s[j-1] {
		case '\n':
			breaks++
		case ' ', '\t', '\r':
		default:
			return j, j < a && breaks <= 2
		}
		j--
	}
	return j, false
}

// mrzSepAfter is mrzSepBefore's mirror: where the line after the one
// ending at b starts.
func mrzSepAfter(s string, b int) (int, bool) {
	j, breaks := b, 0
	for j < len(s) && j-b < 8 {
		switch s[j] {
		case '\n':
			breaks++
		case ' ', '\t', '\r':
		default:
			return j, j > b && breaks <= 2
		}
		j++
	}
	return j, false
}

// mrzAt looks for a zone holding the line around s[i], a "<<" in the
// text; no line of the zone starts before floor. When there is none it
// returns the end of the run it examined, which holds no other zone
// line.
func mrzAt(s string, i, floor int) (Finding, int, bool) {
	cur, ok := mrzRun(s, i)
	if !ok {
		return Finding{}, cur.end, false
	}
	n := cur.end - cur.start
	// The lines of equal length around this one: up to two before and
	// two after, the zone being two or three lines.
	var buf [5]mrzLine
	lines := buf[:0]
	var before [2]mrzLine
	nb := 0
	for a := cur.start; nb < 2; {
		e, ok := mrzSepBefore(s, a, floor)
		if !ok {
			break
		}
		st := e
		for st > floor && e-st <= n && isMRZByte(s[st-1]) {
			st--
		}
		if e-st != n || !mrzBounded(s, st, e) {
			break
		}
		before[nb] = mrzLine{st, e}
		nb++
		a = st
	}
	for k := nb - 1; k >= 0; k-- {
		lines = append(lines, before[k])
	}
	t := len(lines)
	lines = append(lines, cur)
	for b := cur.end; len(lines) < cap(buf); {
		st, ok := mrzSepAfter(s, b)
		if !ok {
			break
		}
		e := st
		for e < len(s) && e-st <= n && isMRZByte(s[e]) {
			e++
		}
		if e-st != n || !mrzBounded(s, st, e) {
			break
		}
		lines = append(lines, mrzLine{st, e})
		b = e
	}

	if n == mrzTD1 {
		for k := max(t-2, 0); k <= t && k+1 < len(lines); k++ {
			ok, all := mrzTD1Lines(lines[k].text(s), lines[k+1].text(s))
			if !ok {
				continue
			}
			end := lines[k+1].end
			if k+2 < len(lines) && mrzNames(lines[k+2].text(s)) {
				end = lines[k+2].end
			}
			score := 0.95
			if all {
				score = 0.99
			}
			return Finding{Kind: KindPassport, Score: score, Rule: "pii.passport.td1", Start: lines[k].start, End: end}, end, true
		}
		return Finding{}, cur.end, false
	}
	rule := "pii.passport.td3"
	if n == mrzTD2 {
		rule = "pii.passport.td2"
	}
	for k := t; k <= t+1 && k < len(lines); k++ {
		header := k > 0 && mrzHeader(lines[k-1].text(s))
		visa := header && s[lines[k-1].start] == 'V'
		ok, all := mrzLowerLine(lines[k].text(s), visa, !header)
		if !ok {
			continue
		}
		start, score := lines[k].start, 0.9 // a lone line: no names to confirm it
		switch {
		case header && all && !visa:
			start, score = lines[k-1].start, 0.99
		case header:
			start, score = lines[k-1].start, 0.95
		}
		return Finding{Kind: KindPassport, Score: score, Rule: rule, Start: start, End: lines[k].end}, lines[k].end, true
	}
	return Finding{}, cur.end, false
}
