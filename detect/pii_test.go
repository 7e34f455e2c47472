package detect

import (
	"bufio"
	"encoding/binary"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
)

// piiFind runs the PII detector and returns the findings as "kind:value".
func piiFind(d *PIIDetector, s string) []string {
	var got []string
	for _, f := range d.Detect(NewText(s, false), nil) {
		got = append(got, f.Kind+":"+s[f.Start:f.End])
	}
	return got
}

func TestPIIDetect(t *testing.T) {
	tests := []struct {
		give string
		want []string
	}{
		// E-mail.
		{"write to jane.doe+tag@example.co.uk today", []string{"pii.email:jane.doe+tag@example.co.uk"}},
		{"<Bob.Smith@mail.example.org>", []string{"pii.email:Bob.Smith@mail.example.org"}},
		{"écrivez à josé.garcía@correo.es.", []string{"pii.email:josé.garcía@correo.es"}},
		{"почта: иван@пример.рф, спасибо", []string{"pii.email:иван@пример.рф"}},
		{"appelez le 06\u00a012\u00a034\u00a056\u00a078", []string{"pii.phone:06\u00a012\u00a034\u00a056\u00a078"}},
		{"retina asset icon@2x.png", nil},
		{"ssh to root@localhost", nil},
		{"decorator @property and user@ alone", nil},
		// Payment cards: Luhn and issuer prefix.
		{"card 4111111111111111 exp 12/29", []string{"pii.credit_card:4111111111111111"}},
		{"Visa: 4111 1111 1111 1111.", []string{"pii.credit_card:4111 1111 1111 1111"}},
		{"mc 5500-0000-0000-0004", []string{"pii.credit_card:5500-0000-0000-0004"}},
		{"amex 3782 822463 10005", []string{"pii.credit_card:3782 822463 10005"}},
		{"pay with 6011111111111117 or 3530111333300000", []string{"pii.credit_card:6011111111111117", "pii.credit_card:3530111333300000"}},
		{"two cards 4111 1111 1111 1111 5500 0000 0000 0004", []string{"pii.credit_card:4111 1111 1111 1111", "pii.credit_card:5500 0000 0000 0004"}},
		{"card 4111111111111112 fails Luhn", nil},
		{"order 1234567812345678 shipped", nil},
		{"tracking 9400111899223197428490", nil},
		{"id=4111111111111111abc", nil},
		// US SSN.
		{"SSN 536-22-1234", []string{"pii.us_ssn:536-22-1234"}},
		{"my social security number is 536 22 1234", []string{"pii.us_ssn:536 22 1234"}},
		{"ssn: 536221234", []string{"pii.us_ssn:536221234"}},
		{"SSN 000-12-3456 or 666-12-3456 or 912-12-3456", nil},
		{"SSN 536-00-1234 or 536-22-0000", nil},
		{"part 536 22 1234 in stock", nil},
		// IBAN: country length and mod-97.
		{"IBAN GB82WEST12345698765432.", []string{"pii.iban:GB82WEST12345698765432"}},
		{"iban gb82west12345698765432", []string{"pii.iban:gb82west12345698765432"}},
		{"to DE89 3704 0044 0532 0130 00 please", []string{"pii.iban:DE89 3704 0044 0532 0130 00"}},
		{"FR1420041010050500013M02606", []string{"pii.iban:FR1420041010050500013M02606"}},
		{"GB82WEST12345698765433 has a bad check", nil},
		{"GB82WEST1234569876543 is short", nil},
		// IP addresses.
		{"from 203.0.113.7 at noon", []string{"pii.ip_address:203.0.113.7"}},
		{"server 2001:db8:85a3::8a2e:370:7334 down", []string{"pii.ip_address:2001:db8:85a3::8a2e:370:7334"}},
		{"version 10.0.19041.1 and v1.2.3.4", nil},
		{"netmask 255.255.255.0", nil},
		{"OID 1.3.6.1.4.1.311", nil},
		{"at 12:30:45 on std::vector", nil},
		{"mac 00:1a:2b:3c:4d:5e", nil},
		{"999.1.1.1 is not an address", nil},
		// Phones.
		{"call me at +1 415 555 2671", []string{"pii.phone:+1 415 555 2671"}},
		{"Phone: (415) 555-2671", []string{"pii.phone:(415) 555-2671"}},
		{"London office +44 20 7946 0958", []string{"pii.phone:+44 20 7946 0958"}},
		{"Tel. 030 12345678", []string{"pii.phone:030 12345678"}},
		{"mobile: 06 12 34 56 78", []string{"pii.phone:06 12 34 56 78"}},
		{"fax 415-555-2671 x204", []string{"pii.phone:415-555-2671 x204"}},
		{"released 2024-03-15 at 10:30", nil},
		{"total $1,299.99 due 12/05/2024", nil},
		{"rooms 10-12 and pages 100-110", nil},
		{"population 1 234 567 people", nil},
		{"ZIP 94105-1234", nil},
		{"build 4.12.3 and port 8080", nil},
		{"The house at 17151 2450 Crown St", nil},
		// National identifiers with check digits.
		{"NINO AB 12 34 56 C", []string{"pii.uk_nino:AB 12 34 56 C"}},
		{"ni number AB123456C", []string{"pii.uk_nino:AB123456C"}},
		{"QQ123456C and GB123456A", nil},
		{"DNI 12345678Z", []string{"pii.es_dni:12345678Z"}},
		{"NIE X1234567L", []string{"pii.es_dni:X1234567L"}},
		{"DNI 12345678A", nil},
		{"CF RSSMRA85T10A562S", []string{"pii.it_fiscal_code:RSSMRA85T10A562S"}},
		{"CF RSSMRA85T10A562T", nil},
		{"CPF 529.982.247-25", []string{"pii.br_cpf:529.982.247-25"}},
		{"CPF 529.982.247-26", nil},
		{"NIR 1 85 05 78 006 084 91", []string{"pii.fr_nir:1 85 05 78 006 084 91"}},
		{"Aadhaar 2345 6789 0124", []string{"pii.in_aadhaar:2345 6789 0124"}},
		{"Aadhaar 2345 6789 0125", nil},
		// Phone words of other languages make a number without a country
		// code a phone; in Chinese, Japanese and Korean they count inside
		// a run of text without spaces.
		{"我的电话是138 0013 8000，请联系", []string{"pii.phone:138 0013 8000"}},
		{"携帯：090-1234-5678", []string{"pii.phone:090-1234-5678"}},
		{"전화 010-1234-5678", []string{"pii.phone:010-1234-5678"}},
		{"телефон 8 912 345 67 89", []string{"pii.phone:8 912 345 67 89"}},
		{"رقم الهاتف 050 123 4567", []string{"pii.phone:050 123 4567"}},
		{"订单号 138 0013 8000 已发货", nil},
		{"信用卡号：4111 1111 1111 1111。", []string{"pii.credit_card:4111 1111 1111 1111"}},
		{"邮箱wang.li@example.cn谢谢", []string{"pii.email:wang.li@example.cn"}},
		{"连络：用户@例子.中国。", []string{"pii.email:用户@例子.中国"}},
		// Nothing at all.
		{"", nil},
		{"plain prose without anything personal in it.", nil},
	}
	d := NewPIIDetector()
	for _, tt := range tests {
		got := piiFind(d, tt.give)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Detect(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestPIISpansAreExactBytes(t *testing.T) {
	s := "Grüße — écrivez à müller@example.de ou appelez le +33 1 23 45 67 89."
	for _, f := range NewPIIDetector().Detect(NewText(s, false), nil) {
		v := s[f.Start:f.End]
		switch f.Kind {
		case KindEmail:
			if v != "müller@example.de" {
				t.Errorf("email span = %q", v)
			}
		case KindPhone:
			if v != "+33 1 23 45 67 89" {
				t.Errorf("phone span = %q, want %q", v, "+33 1 23 45 67 89")
			}
		default:
			t.Errorf("unexpected %s %q", f.Kind, v)
		}
	}
}

func TestSkipPrivateIPs(t *testing.T) {
	s := "hosts 10.0.0.5, 192.168.1.20, 172.16.4.1, 127.0.0.1, ::1, fe80::1:2:3 and 198.51.100.23"
	all := piiFind(NewPIIDetector(), s)
	if len(all) != 6 {
		t.Errorf("default: got %q, want the six addresses but ::1", all)
	}
	public := piiFind(NewPIIDetector(SkipPrivateIPs()), s)
	if strings.Join(public, "|") != "pii.ip_address:198.51.100.23" {
		t.Errorf("SkipPrivateIPs: got %q, want only 198.51.100.23", public)
	}
}

func TestPhoneRegions(t *testing.T) {
	// A French national number with no words around it: valid only when
	// the regions include France.
	s := "06 12 34 56 78"
	if got := piiFind(NewPIIDetector(WithPhoneRegions("FR")), s); len(got) != 1 {
		t.Errorf("regions FR: got %q, want the number", got)
	}
	if got := piiFind(NewPIIDetector(WithPhoneRegions("US")), s); len(got) != 0 {
		t.Errorf("regions US: got %q, want nothing", got)
	}
	// International numbers validate whatever the regions.
	if got := piiFind(NewPIIDetector(WithPhoneRegions("US")), "+33 6 12 34 56 78"); len(got) != 1 {
		t.Errorf("regions US, +33 number: got %q, want it", got)
	}
}

// TestPIIFixtures reads hand-written lines: "+ kind<TAB>text" must yield
// exactly one finding of that kind, "- text" none.
func TestPIIFixtures(t *testing.T) {
	testFixtures(t, "testdata/pii/cases.txt", func(s string) []Finding {
		return NewPIIDetector().Detect(NewText(s, false), nil)
	})
}

func testFixtures(t *testing.T, path string, detect func(string) []Finding) {
	t.Helper()
	cases := readFixtures(t, path)
	if len(cases) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	for _, c := range cases {
		got := detect(c.text)
		switch {
		case c.kind != "" && (len(got) != 1 || got[0].Kind != c.kind):
			t.Errorf("%s: %q: got %v, want one %s", path, c.text, got, c.kind)
		case c.kind == "" && len(got) != 0:
			t.Errorf("%s: near miss %q: got %v, want none", path, c.text, got)
		}
	}
}

// fixture is one case of a fixture file: a line "+ kind<TAB>text" for a
// text holding one finding of kind, or "- text" for a near miss (kind
// ""). "\n" in a text stands for a newline; blank lines and lines
// starting with # are skipped.
type fixture struct{ kind, text string }

func readFixtures(t *testing.T, path string) []fixture {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fixture
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		text := strings.ReplaceAll(line[2:], `\n`, "\n")
		switch line[0] {
		case '+':
			kind, text, _ := strings.Cut(text, "\t")
			out = append(out, fixture{kind, text})
		case '-':
			out = append(out, fixture{"", text})
		default:
			t.Fatalf("%s: bad line %q", path, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestValidators(t *testing.T) {
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"luhn 79927398713", luhnDigits([]byte("79927398713")), true},
		{"luhn 79927398710", luhnDigits([]byte("79927398710")), false},
		{"mod97 GB82WEST12345698765432", mod97([]byte("GB82WEST12345698765432")), true},
		{"mod97 GB82WEST12345698765423", mod97([]byte("GB82WEST12345698765423")), false},
		{"ssn 536221234", validSSN([]byte("536221234")), true},
		{"ssn 078051120", validSSN([]byte("078051120")), false},
		{"ssn 111111111", validSSN([]byte("111111111")), false},
		{"verhoeff 2363", verhoeff([]byte("2363")), true},
		{"verhoeff 2364", verhoeff([]byte("2364")), false},
		{"cpf 52998224725", validCPF([]byte("52998224725")), true},
		{"cpf 11111111111", validCPF([]byte("11111111111")), false},
		{"nir 185057800608491", validNIR([]byte("185057800608491")), true},
		{"nir 185057800608492", validNIR([]byte("185057800608492")), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestByteClasses(t *testing.T) {
	// The table-driven predicates must agree with their definitions on
	// every byte.
	for i := 0; i < 256; i++ {
		c := byte(i)
		digit := c >= '0' && c <= '9'
		up := c >= 'A' && c <= 'Z'
		alpha := up || c >= 'a' && c <= 'z'
		hex := digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
		low := c
		if up {
			low = c + 'a' - 'A'
		}
		checks := []struct {
			name      string
			got, want bool
		}{
			{"isDigit", isDigit(c), digit},
			{"isUpper", isUpper(c), up},
			{"isAlpha", isAlpha(c), alpha},
			{"isAlnum", isAlnum(c), digit || alpha},
			{"isHex", isHex(c), hex},
			{"piiWordByte", piiWordByte(c), digit || alpha || c == '_' || c >= 0x80},
			{"isEmailLocal", isEmailLocal(c), digit || alpha || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'},
			{"isTokenByte", isTokenByte(c), digit || alpha || c == '_' || c == '-'},
			{"isB64", isB64(c), digit || alpha || c == '+' || c == '/'},
			{"lower", lower(c) == low, true},
		}
		for _, ck := range checks {
			if ck.got != ck.want {
				t.Errorf("%s(%#x) = %v, want %v", ck.name, c, ck.got, ck.want)
			}
		}
	}
}

func TestHasByteIn30to5A(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 200000; n++ {
		var b [8]byte
		want := false
		for k := range b {
			// Mostly bytes near the edges of the range.
			switch r.IntN(3) {
			case 0:
				b[k] = byte(r.IntN(256))
			case 1:
				b[k] = byte(0x2c + r.IntN(8))
			default:
				b[k] = byte(0x57 + r.IntN(8))
			}
			want = want || b[k] >= 0x30 && b[k] <= 0x5a
		}
		if got := hasByteIn30to5A(binary.LittleEndian.Uint64(b[:])); got != want {
			t.Fatalf("hasByteIn30to5A(% x) = %v, want %v", b, got, want)
		}
	}
}

func TestContextWindow(t *testing.T) {
	// contextWindow against its definition: back from start over up to
	// contextBefore bytes, stopping after the second line break; forward
	// from end over up to contextAfter bytes, stopping at a line break.
	want := func(s string, start, end int) (int, int) {
		a, lines := start, 0
		for a > 0 && start-a < contextBefore {
			if s[a-1] == '\n' {
				if lines++; lines == 2 {
					break
				}
			}
			a--
		}
		b := end
		for b < len(s) && b-end < contextAfter && s[b] != '\n' {
			b++
		}
		return a, b
	}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		b := make([]byte, r.IntN(120))
		for i := range b {
			b[i] = "ab \n"[r.IntN(4)]
			if r.IntN(8) != 0 {
				b[i] = 'x'
			}
		}
		s := string(b)
		start := r.IntN(len(s) + 1)
		end := start + r.IntN(len(s)-start+1)
		ga, gb := contextWindow(s, start, end)
		wa, wb := want(s, start, end)
		if ga != wa || gb != wb {
			t.Fatalf("contextWindow(%q, %d, %d) = %d, %d, want %d, %d", s, start, end, ga, gb, wa, wb)
		}
	}
}

func TestMod97(t *testing.T) {
	// mod97 against the definition: the rearranged IBAN, letters as
	// 10..35, read as one big number, leaves 1 modulo 97.
	want := func(b []byte) bool {
		var digits strings.Builder
		for _, c := range append(append([]byte{}, b[4:]...), b[:4]...) {
			if isDigit(c) {
				digits.WriteByte(c)
			} else {
				digits.WriteString(strconv.Itoa(int(c-'A') + 10))
			}
		}
		n, _ := new(big.Int).SetString(digits.String(), 10)
		return new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
	}
	r := rand.New(rand.NewPCG(11, 12))
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for n := 0; n < 20000; n++ {
		b := make([]byte, 5+r.IntN(30))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		if got := mod97(b); got != want(b) {
			t.Fatalf("mod97(%s) = %v, want %v", b, got, want(b))
		}
	}
}
