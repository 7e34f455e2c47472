package detect

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/nyaruka/phonenumbers"
)

// Context words: a weak candidate (a phone number with no country code, a
// 12-digit card number, nine bare digits) counts when one of these words
// stands near it. The words are matched in lower case anywhere in a short
// window, so "Phone:", "telephone" and "mobile no." all count.
var (
	phoneContext = []string{
		"phone", "tel", "mobile", "cell", "fax", "call", "contact", "reach",
		"sms", "text me", "whatsapp", "dial", "ring", "landline", "answer", "messag",
		"telefon", "téléphone", "portable", "móvil", "movil", "celular", "handy",
		"cellulare", "appel", "tlf", "telefone", "telefono", "teléfono", "tél", "telepon", "телефон",
		"тел", "моб", "τηλέφωνο", "τηλ", "טלפון", "هاتف", "جوال", "फोन", "फ़ोन", "मोबाइल", "thoại",
	}
	// cjkPhoneContext are phone words of scripts written without spaces:
	// they count anywhere in the window, not only at a word's start.
	cjkPhoneContext = []string{"电话", "電話", "手机", "手機", "携帯", "联系", "聯絡", "전화", "휴대폰", "연락처"}
	// phoneLabels count only as a label: right after the number ("555
	// 0100 office") or right before it with a colon ("Desk: 555 0100").
	phoneLabels = []string{"office", "home", "work", "desk", "direct", "private", "business", "ext", "bureau", "privat", "casa"}
	cardContext = []string{
		"card", "visa", "mastercard", "amex", "maestro", "discover", "diners",
		"jcb", "unionpay", "credit", "debit", "cc", "payment", "pan",
		"karte", "carte", "tarjeta", "carta", "cartão",
	}
	ssnContext     = []string{"ssn", "social security", "social sec", "ss#", "ss #", "taxpayer", "tin"}
	ninoContext    = []string{"national insurance", "nino", "ni number", "ni no"}
	nirContext     = []string{"sécurité sociale", "securite sociale", "nir", "insee", "social security", "sécu"}
	aadhaarContext = []string{"aadhaar", "aadhar", "uidai", "uid"}
	// idContext marks numbers that identify things rather than people:
	// a number with no words of its own kind around it and one of these
	// before it is left alone.
	idContext = []string{
		"order", "invoice", "ticket", "ref", "reference", "tracking", "sku", "serial", "part", "model",
		"build", "version", "case", "po ", "po#", "item", "product", "batch", "lot", "shipment", "parcel",
		"transaction", "txn", "confirmation", "booking", "reservation", "bestell", "rechnung", "commande",
		"facture", "pedido", "factura", "ordine", "fattura",
	}
)

// Context word indexes: one pass over a window finds any of a list's
// words at a word start.
var (
	phoneWords   = newKeywordIndex(phoneContext)
	cardWords    = newKeywordIndex(cardContext)
	ssnWords     = newKeywordIndex(ssnContext)
	ninoWords    = newKeywordIndex(ninoContext)
	nirWords     = newKeywordIndex(nirContext)
	aadhaarWords = newKeywordIndex(aadhaarContext)
	idWords      = newKeywordIndex(idContext)
)

// identifiesThing reports whether the words before s[start:] say the number
// there is an order, invoice, ticket or part number; or a '#' stands right
// before it.
func identifiesThing(s string, start int) bool {
	a := start
	for a > 0 && start-a < 32 && s[a-1] != '\n' {
		a--
	}
	j := start
	for j > a && s[j-1] == ' ' {
		j--
	}
	if j > a && (s[j-1] == '#' || strings.HasSuffix(s[a:j], "№")) {
		return true
	}
	return idWords.containsWord(s[a:start])
}

const (
	contextBefore = 48
	contextAfter  = 24
)

// hasContext reports whether one of words appears in the window around
// s[start:end]: up to contextBefore bytes before it (no further back than
// the line before) and contextAfter after it on the same line. A word
// matches at the start of a word of the window ("phone" in "phones", not
// in "microphone").
func hasContext(s string, start, end int, words *keywordIndex) bool {
	a, b := contextWindow(s, start, end)
	return words.containsWord(s[a:start]) || words.containsWord(s[end:b])
}

// hasPhoneContext is hasContext for the phone words, whose words of
// scripts written without spaces (cjkPhoneContext) count anywhere in the
// window, not only at a word's start.
func hasPhoneContext(s string, start, end int) bool {
	a, b := contextWindow(s, start, end)
	for _, w := range [2]string{s[a:start], s[end:b]} {
		if phoneWords.containsWord(w) {
			return true
		}
		if !hasNonASCII(w) {
			continue
		}
		for _, k := range cjkPhoneContext {
			if strings.Contains(w, k) {
				return true
			}
		}
	}
	return false
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// contextWindow returns the window hasContext reads around s[start:end]:
// s[a:start] holds up to contextBefore bytes and at most one line break,
// s[end:b] up to contextAfter bytes and none.
func contextWindow(s string, start, end int) (a, b int) {
	a = max(start-contextBefore, 0)
	if nl := strings.LastIndexByte(s[a:start], '\n'); nl >= 0 {
		if nl2 := strings.LastIndexByte(s[a:a+nl], '\n'); nl2 >= 0 {
			a += nl2 + 1
		}
	}
	b = min(end+contextAfter, len(s))
	if nl := strings.IndexByte(s[end:b], '\n'); nl >= 0 {
		b = end + nl
	}
	return a, b
}

// hasLabel reports whether one of labels follows s[start:end] (after
// spaces, a hyphen or a comma) or precedes it with a colon.
func hasLabel(s string, start, end int, labels []string) bool {
	j := end
	for j < len(s) && j-end < 3 && (s[j] == ' ' || s[j] == '-' || s[j] == ',' || s[j] == '(') {
		j++
	}
	if j > end || j == len(s) {
		for _, l := range labels {
			if hasPrefixFold(s[j:], l) && (j+len(l) == len(s) || !isAlpha(s[j+len(l)])) {
				return true
			}
		}
	}
	i := start
	for i > 0 && start-i < 3 && (s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\n') {
		i--
	}
	if i == 0 || s[i-1] != ':' {
		return false
	}
	i--
	for _, l := range labels {
		if i >= len(l) && hasPrefixFold(s[i-len(l):], l) && (i == len(l) || !isAlpha(s[i-len(l)-1])) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lower(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// phoneValidator checks digit strings against the numbering plans of a
// set of regions, from libphonenumber's metadata. It builds on the
// metadata's patterns directly: phonenumbers.Parse and IsValidNumber cost
// tens of microseconds a call, too much for a detector that must answer in
// microseconds.
type phoneValidator struct {
	regions []phoneRegion
}

type phoneRegion struct {
	code    string
	cc      int32
	trunk   string // national (trunk) prefix, such as "0" or "1"
	leading bool   // the national number keeps its leading zero (Italy)
	plan    *numberingPlan
}

// numberingPlan is one region's valid national numbers: their possible
// lengths and the pattern of each number type (fixed line, mobile, toll
// free...). Small patterns tried one by one run on Go's backtracker, about
// twice as fast as their union.
type numberingPlan struct {
	lengths uint64 // bit n set: n digits is a possible length
	types   []numberType
}

type numberType struct {
	lengths uint64 // this type's possible lengths, or the plan's
	re      *regexp.Regexp
}

func (p *numberingPlan) valid(national string) bool {
	if p == nil || len(national) >= 64 || p.lengths&(1<<len(national)) == 0 {
		return false
	}
	for _, t := range p.types {
		if t.lengths&(1<<len(national)) != 0 && t.re.MatchString(national) {
			return true
		}
	}
	return false
}

var (
	plansMu sync.Mutex
	plans   = map[string]*numberingPlan{}
)

// planFor returns the numbering plan of region, compiling it on first use;
// nil for a region without metadata.
func planFor(region string) *numberingPlan {
	plansMu.Lock()
	defer plansMu.Unlock()
	if p, ok := plans[region]; ok {
		return p
	}
	var plan *numberingPlan
	if mc, err := phonenumbers.MetadataCollection(); err == nil {
		for _, m := range mc.GetMetadata() {
			if m.GetId() != region {
				continue
			}
			plan = &numberingPlan{}
			for _, d := range []*phonenumbers.PhoneNumberDesc{
				m.GetFixedLine(), m.GetMobile(), m.GetTollFree(), m.GetPremiumRate(), m.GetSharedCost(),
				m.GetVoip(), m.GetPersonalNumber(), m.GetPager(), m.GetUan(), m.GetVoicemail(),
			} {
				if p := d.GetNationalNumberPattern(); p != "" && p != "NA" {
					if re, err := regexp.Compile("^(?:" + p + ")$"); err == nil {
						t := numberType{re: re}
						for _, n := range d.GetPossibleLength() {
							if n > 0 && n < 64 {
								t.lengths |= 1 << n
							}
						}
						plan.types = append(plan.types, t)
					}
				}
			}
			for _, n := range m.GetGeneralDesc().GetPossibleLength() {
				if n > 0 && n < 64 {
					plan.lengths |= 1 << n
				}
			}
			for i := range plan.types {
				if plan.types[i].lengths == 0 {
					plan.types[i].lengths = plan.lengths
				}
			}
			break
		}
	}
	plans[region] = plan
	return plan
}

// mainRegions[cc] is the main region of country calling code cc, or ""
// for codes not in use.
var (
	mainRegionsOnce sync.Once
	mainRegions     [1000]string
)

func mainRegion(cc int) string {
	if cc <= 0 || cc >= len(mainRegions) {
		return ""
	}
	mainRegionsOnce.Do(func() {
		for c := 1; c < len(mainRegions); c++ {
			if r := phonenumbers.GetRegionCodeForCountryCode(c); r != "ZZ" {
				mainRegions[c] = r
			}
		}
	})
	return mainRegions[cc]
}

func newPhoneValidator(regions []string) phoneValidator {
	v := phoneValidator{regions: []phoneRegion{}}
	for _, r := range regions {
		r = strings.ToUpper(strings.TrimSpace(r))
		cc := phonenumbers.GetCountryCodeForRegion(r)
		if cc == 0 {
			continue
		}
		v.regions = append(v.regions, phoneRegion{
			code:    r,
			cc:      int32(cc),
			trunk:   phonenumbers.GetNddPrefixForRegion(r, true),
			leading: r == "IT" || r == "SM" || r == "VA",
			plan:    planFor(r),
		})
	}
	return v
}

// valid reports whether the digits form a valid number: international
// (after '+', or with the 00 or 011 prefix) for the country's main region
// or a configured region of that country, national for one of the
// validator's regions.
func (v *phoneValidator) valid(digits []byte, plus bool) bool {
	d := string(digits)
	if !plus {
		switch {
		case strings.HasPrefix(d, "00"):
			d, plus = d[2:], true
		case strings.HasPrefix(d, "011"):
			d, plus = d[3:], true
		}
	}
	if plus {
		for n := 1; n <= 3 && n < len(d); n++ {
			cc, _ := strconv.Atoi(d[:n])
			main := mainRegion(cc)
			if main == "" {
				continue
			}
			national := d[n:]
			// A trunk zero written after the country code, as in
			// "+41 (0)44 ...", is dropped except where it belongs to the
			// number (Italy).
			alt := ""
			if len(national) > 1 && national[0] == '0' {
				alt = national[1:]
			}
			check := func(p *numberingPlan) bool { return p.valid(national) || alt != "" && p.valid(alt) }
			if check(planFor(main)) {
				return true
			}
			for _, r := range v.regions {
				if r.cc == int32(cc) && r.code != main && check(r.plan) {
					return true
				}
			}
			return false
		}
		return false
	}
	nanp := len(d) == 10 || len(d) == 11 && d[0] == '1'
	for _, r := range v.regions {
		// A number with a trunk zero belongs to a plan whose trunk prefix
		// is zero; ten digits without one, to North America's.
		if d[0] == '0' && r.trunk != "0" && !r.leading || d[0] != '0' && r.trunk == "0" && !r.leading && !nanp {
			continue
		}
		national := d
		if r.trunk != "" && strings.HasPrefix(national, r.trunk) && !r.leading {
			national = national[len(r.trunk):]
		}
		if r.plan.valid(national) {
			return true
		}
	}
	return false
}
