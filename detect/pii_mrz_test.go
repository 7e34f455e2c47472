package detect

import (
	"strings"
	"testing"
)

// checkDigit computes an ICAO 9303 check digit its own way (a lookup in
// the alphabet of values), so the tests do not trust the detector's.
func checkDigit(field string) string {
	const values = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	weights := [...]int{7, 3, 1}
	sum := 0
	for i, r := range field {
		if r != '<' {
			sum += strings.IndexRune(values, r) * weights[i%3]
		}
	}
	return string(rune('0' + sum%10))
}

func pad(s string, n int) string { return s + strings.Repeat("<", n-len(s)) }

// td3 builds a passport's zone; code is the document code ("P<", or "V<"
// for a visa, which has no check of its optional data and no composite).
func td3(code, state, names, doc, nat, birth, sex, expiry, optional string) (string, string) {
	l1 := pad(code+state+names, 44)
	doc, optional = pad(doc, 9), pad(optional, 14)
	l2 := doc + checkDigit(doc) + nat + birth + checkDigit(birth) + sex + expiry + checkDigit(expiry)
	if code[0] == 'V' {
		return l1, l2 + pad(optional, 16)
	}
	l2 += optional + checkDigit(optional)
	return l1, l2 + checkDigit(l2[0:10]+l2[13:20]+l2[21:43])
}

func td2(state, names, doc, nat, birth, sex, expiry, optional string) (string, string) {
	l1 := pad("I<"+state+names, 36)
	doc = pad(doc, 9)
	l2 := doc + checkDigit(doc) + nat + birth + checkDigit(birth) + sex + expiry + checkDigit(expiry) + pad(optional, 7)
	return l1, l2 + checkDigit(l2[0:10]+l2[13:20]+l2[21:35])
}

func td1(state, doc, birth, sex, expiry, nat, names string) (string, string, string) {
	var l1 string
	if len(doc) > 9 {
		// A long number goes on in the optional data, with its check digit
		// after it and filler in the usual place.
		l1 = pad("I<"+state+doc[:9]+"<"+doc[9:]+checkDigit(doc), 30)
	} else {
		doc = pad(doc, 9)
		l1 = pad("I<"+state+doc+checkDigit(doc), 30)
	}
	l2 := birth + checkDigit(birth) + sex + expiry + checkDigit(expiry) + nat + strings.Repeat("<", 11)
	l2 += checkDigit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
	return l1, l2, pad(names, 30)
}

func TestCheckDigitSpecimen(t *testing.T) {
	// The line 2 of ICAO 9303's TD3 specimen, as the standard prints it.
	_, l2 := td3("P<", "UTO", "ERIKSSON<<ANNA<MARIA", "L898902C3", "UTO", "740812", "F", "120415", "ZE184226B")
	if want := "L898902C36UTO7408122F1204159ZE184226B<<<<<10"; l2 != want {
		t.Fatalf("td3 line 2 = %q, want %q", l2, want)
	}
}

func TestPassportMRZ(t *testing.T) {
	p1, p2 := td3("P<", "UTO", "ERIKSSON<<ANNA<MARIA", "L898902C3", "UTO", "740812", "F", "120415", "ZE184226B")
	d1, d2 := td3("P<", "D<<", "MUSTERMANN<<ERIKA", "C01X00T47", "D<<", "830812", "F", "310801", "")
	v1, v2 := td3("V<", "UTO", "ERIKSSON<<ANNA<MARIA", "L8988901C", "XXX", "400907", "F", "961210", "6ZE184226B")
	i1, i2 := td2("UTO", "ERIKSSON<<ANNA<MARIA", "D23145890", "UTO", "740812", "F", "120415", "")
	c1, c2, c3 := td1("UTO", "D23145890", "740812", "F", "120415", "UTO", "ERIKSSON<<ANNA<MARIA")
	x1, x2, x3 := td1("UTO", "D231458907AB", "880229", "M", "330101", "UTO", "DOE<<JOHN")
	tests := []struct {
		name     string
		give     string
		wantSpan string // "" for no finding
		wantRule string
	}{
		{"td3", p1 + "\n" + p2, p1 + "\n" + p2, "pii.passport.td3"},
		{"td3 crlf in prose", "Here is my scan:\r\n  " + p1 + "  \r\n  " + p2 + "\r\nThanks!", p1 + "  \r\n  " + p2, "pii.passport.td3"},
		{"td3 filler state", "Reisepass\n" + d1 + "\n" + d2 + "\n", d1 + "\n" + d2, "pii.passport.td3"},
		{"td3 line breaks lost", "mrz " + p1 + " " + p2 + " end", p1 + " " + p2, "pii.passport.td3"},
		{"td3 lower line alone", "line: " + p2 + ".", p2, "pii.passport.td3"},
		{"visa", v1 + "\n" + v2, v1 + "\n" + v2, "pii.passport.td3"},
		{"td2", "ID card:\n" + i1 + "\n" + i2 + "\nok", i1 + "\n" + i2, "pii.passport.td2"},
		{"td1", "carte: \n" + c1 + "\r\n" + c2 + "\r\n" + c3 + "\r\n", c1 + "\r\n" + c2 + "\r\n" + c3, "pii.passport.td1"},
		{"td1 long number", x1 + "\n" + x2 + "\n" + x3, x1 + "\n" + x2 + "\n" + x3, "pii.passport.td1"},
		{"td1 without names", x1 + "\n" + x2 + "\nsigned", x1 + "\n" + x2, "pii.passport.td1"},

		{"glued to a word", p1 + "\n" + p2 + "x", "", ""},
		{"line too short", p1 + "\n" + p2[:43], "", ""},
		{"upper line alone", p1, "", ""},
		{"lower case", strings.ToLower(p1 + "\n" + p2), "", ""},
		{"code", "std::cout << x << std::endl;\nwhile read l; do cat <<EOF\n$l\nEOF\ndone", "", ""},
		{"arrows", strings.Repeat("<", 44) + "\n" + strings.Repeat("<", 44), "", ""},
		{"lower line alone, composite off", "line: " + p2[:43] + "1", "", ""},
	}
	d := NewPIIDetector()
	for _, tt := range tests {
		fs := d.Detect(NewText(tt.give, false), nil)
		var got []Finding
		for _, f := range fs {
			if f.Kind == KindPassport {
				got = append(got, f)
			}
		}
		if tt.wantSpan == "" {
			if len(got) != 0 {
				t.Errorf("%s: Detect(%q) = %v, want no passport", tt.name, tt.give, got)
			}
			continue
		}
		if len(fs) != 1 || len(got) != 1 {
			t.Errorf("%s: Detect(%q) = %v, want one passport and nothing else", tt.name, tt.give, fs)
			continue
		}
		if span := tt.give[got[0].Start:got[0].End]; span != tt.wantSpan || got[0].Rule != tt.wantRule {
			t.Errorf("%s: passport %s spans %q, want %s %q", tt.name, got[0].Rule, span, tt.wantRule, tt.wantSpan)
		}
	}
}

// TestPassportMRZNearMisses changes one digit of each zone, everywhere
// in it: a zone with a digit mistyped is not reported, whichever check
// catches it.
func TestPassportMRZNearMisses(t *testing.T) {
	p1, p2 := td3("P<", "UTO", "ERIKSSON<<ANNA<MARIA", "L898902C3", "UTO", "740812", "F", "120415", "ZE184226B")
	i1, i2 := td2("UTO", "ERIKSSON<<ANNA<MARIA", "D23145890", "UTO", "740812", "F", "120415", "")
	c1, c2, c3 := td1("UTO", "D23145890", "740812", "F", "120415", "UTO", "ERIKSSON<<ANNA<MARIA")
	zones := [][]string{{p1, p2}, {i1, i2}, {c1, c2, c3}}
	d := NewPIIDetector()
	for _, z := range zones {
		text := strings.Join(z, "\n")
		if got := piiFind(d, text); len(got) != 1 {
			t.Fatalf("Detect(%q) = %q, want the zone", text, got)
		}
		for i := 0; i < len(text); i++ {
			if !isDigit(text[i]) {
				continue
			}
			b := []byte(text)
			b[i] = '0' + (b[i]-'0'+1)%10
			if got := piiFind(d, string(b)); len(got) != 0 {
				t.Errorf("Detect(%q), digit %d changed, = %q, want nothing", b, i, got)
			}
		}
	}
}

func TestPassportMRZSeveral(t *testing.T) {
	// Two passports back to back, then an e-mail: each zone is its own
	// finding and the scan goes on after them.
	a1, a2 := td3("P<", "UTO", "ERIKSSON<<ANNA<MARIA", "L898902C3", "UTO", "740812", "F", "120415", "ZE184226B")
	b1, b2 := td3("P<", "GBR", "SMITH<<JOHN", "123456789", "GBR", "010203", "M", "300405", "")
	s := a1 + "\n" + a2 + "\n" + b1 + "\n" + b2 + "\nmail jo@example.com"
	got := piiFind(NewPIIDetector(), s)
	want := []string{"pii.passport:" + a1 + "\n" + a2, "pii.passport:" + b1 + "\n" + b2, "pii.email:jo@example.com"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Detect = %q, want %q", got, want)
	}
}

func TestPassportMRZLongLines(t *testing.T) {
	// Long runs of filler and of MRZ characters cost one look each.
	for _, s := range []string{
		strings.Repeat("<", 1<<16),
		strings.Repeat("AB<<", 1<<14),
		strings.Repeat("x << y\n", 1<<12),
	} {
		if got := piiFind(NewPIIDetector(), s); len(got) != 0 {
			t.Errorf("Detect(%.20q...) = %q, want nothing", s, got)
		}
	}
}
