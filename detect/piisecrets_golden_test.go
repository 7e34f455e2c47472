package detect

import (
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
)

// piiSecretsGoldenPath holds one line per input of piiSecretsCorpus: a
// digest of the input and a digest of every finding the PII and secret
// detectors make of it, in several configurations. Optimisations must
// leave every line unchanged; -update-golden rewrites the file.
var piiSecretsGoldenPath = filepath.Join("testdata", "golden", "piisecrets.txt")

// TestPIISecretsGolden pins the findings (kind, rule, score bits and span)
// of the PII and secret detectors over the fixtures, the fuzz corpus, the
// benchmark prompt at several sizes and generated texts dense with
// numbers, separators and key-like strings, most of them near misses.
func TestPIISecretsGolden(t *testing.T) {
	dets := piiSecretsGoldenDetectors(t)
	checkGolden(t, piiSecretsGoldenPath, piiSecretsCorpus(t), func(in string, untrusted bool) string {
		return piiSecretsRecord(dets, in, untrusted)
	})
}

// piiSecretsGoldenDetectors are the configurations the golden test runs:
// the defaults, other phone regions, private IPs skipped, and secrets with
// gitleaks rules added or alone.
func piiSecretsGoldenDetectors(t *testing.T) []Detector {
	t.Helper()
	rules := loadFixtureRules(t)
	return []Detector{
		NewPIIDetector(),
		NewPIIDetector(WithPhoneRegions("FR", "DE", "GB", "ES", "AU"), SkipPrivateIPs()),
		NewSecretDetector(),
		NewSecretDetector(WithGitleaksRules(rules)),
		NewSecretDetector(WithoutBuiltinRules(), WithGitleaksRules(rules)),
	}
}

// piiSecretsRecord prints every finding of every detector on one input,
// scores by their bits, in the order the detectors return them.
func piiSecretsRecord(dets []Detector, in string, untrusted bool) string {
	var b strings.Builder
	x := NewText(in, untrusted)
	for i, d := range dets {
		for _, f := range d.Detect(x, nil) {
			fmt.Fprintf(&b, "%d %s %s %x %d %d\n", i, f.Kind, f.Rule, math.Float64bits(f.Score), f.Start, f.End)
		}
	}
	return b.String()
}

// piiSecretsCorpus is the inputs of the golden test, in a fixed order.
func piiSecretsCorpus(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, path := range []string{"testdata/pii/cases.txt", "testdata/secrets/cases.txt"} {
		for _, c := range readFixtures(t, path) {
			out = append(out, c.text)
		}
	}
	fixtures := len(out)
	for _, dir := range []string{"FuzzPII", "FuzzSecrets"} {
		out = append(out, readFuzzCorpus(t, filepath.Join("testdata", "fuzz", dir))...)
	}
	out = append(out, fuzzSeeds...)
	for _, name := range []string{"dev.jsonl", "train.jsonl"} {
		out = append(out, readTexts(t, filepath.Join("testdata", "injection", name))...)
	}
	for _, n := range []int{200, 1 << 10, 4 << 10, 16 << 10} {
		out = append(out, benchDoc(n))
	}
	out = append(out, strings.Join(out[:fixtures], "\n"), strings.Join(out[:fixtures], " "))
	r := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		out = append(out, piiSecretsMixture(r, out[:fixtures]))
	}
	return out
}

// piiSecretsMixture glues a few generated pieces together: numbers in
// every grouping, e-mails, IPs, IBAN-like and key-like strings, keywords
// and assignments, each valid or nearly so, with prose between them.
func piiSecretsMixture(r *rand.Rand, fixtures []string) string {
	const (
		digits = "0123456789"
		alnum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
		upper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		hexLC  = "0123456789abcdef"
	)
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	str := func(alphabet string, n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	seps := []string{" ", "-", ".", "/", "", " ", "  ", "\u00a0", "_", ",", "\n"}
	grouped := func(groups ...int) string {
		sep := pick(seps...)
		var b strings.Builder
		for i, g := range groups {
			if i > 0 {
				if r.IntN(8) == 0 {
					b.WriteString(pick(seps...))
				} else {
					b.WriteString(sep)
				}
			}
			b.WriteString(str(digits, g))
		}
		return b.String()
	}
	var b strings.Builder
	for range 1 + r.IntN(6) {
		switch r.IntN(22) {
		case 0:
			b.WriteString(grouped(4, 4, 4, 4))
		case 1:
			b.WriteString(pick("4", "5", "37", "6011", "35") + grouped(3+r.IntN(2), 4, 4, 2+r.IntN(3)))
		case 2:
			b.WriteString(grouped(3, 2, 4))
		case 3:
			b.WriteString(pick("+1 ", "+44 ", "+49 ", "+33 ", "+34 ", "+61 ", "(", "0", "00", "1-", "") + grouped(2+r.IntN(3), 3, 4))
		case 4:
			b.WriteString(grouped(1+r.IntN(4), 1+r.IntN(4), 1+r.IntN(4), 1+r.IntN(4)))
		case 5:
			b.WriteString(fmt.Sprintf("%d.%d.%d.%d", r.IntN(300), r.IntN(300), r.IntN(256), r.IntN(300)))
			if r.IntN(3) == 0 {
				b.WriteString(fmt.Sprintf(":%d", r.IntN(70000)))
			}
		case 6:
			b.WriteString(pick("2001:db8::", "fe80::", "::ffff:", "2001:0db8:85a3:0000:0000:8a2e:0370:", "") + str(hexLC, 1+r.IntN(4)) + pick(":", "::", "") + str(hexLC, r.IntN(5)))
		case 7:
			b.WriteString(str(alnum, 1+r.IntN(10)) + pick("@", " at ", "@@", "(at)") + str("abcdefghij", 1+r.IntN(8)) + pick(".com", ".co.uk", ".", ".x", ".example", ""))
		case 8:
			b.WriteString(pick("GB", "DE", "FR", "NL", "ES", "XX", "gb") + str(digits, 2) + pick(" ", "") + str(upper+digits, 4) + pick(" ", "") + grouped(4, 4, 4, 2+r.IntN(3)))
		case 9:
			b.WriteString(pick("sk-", "sk-ant-api03-", "ghp_", "gho_", "AKIA", "xoxb-", "AIza", "glpat-", "npm_", "") + str(alnum+pick("", "-_", "+/"), 8+r.IntN(40)))
		case 10:
			b.WriteString(pick("api_key", "password", "secret", "token", "DB_PASS", "passwd", "apiKey", "auth", "client_secret", "mot de passe", "Passwort", "key") +
				pick("=", ": ", " = ", "\": \"", ":=", " is ", "='") + pick(str(alnum, 4+r.IntN(30)), str(hexLC, 32), "${SECRET}", "changeme", "xxxxxxxx", "<password>", str("ab", 12), grouped(3, 4)) + pick("\"", "'", "", " ", ";"))
		case 11:
			b.WriteString(pick("Authorization: Bearer ", "Authorization: Basic ", "token ", "https://", "redis://:", "postgres://u:") + str(alnum+"._-", 10+r.IntN(40)) + pick("@host.example:5432/db", "", " "))
		case 12:
			b.WriteString(pick("-----BEGIN PRIVATE KEY-----\n", "-----BEGIN RSA PRIVATE KEY-----\n", "-----BEGIN CERTIFICATE-----\n") + str(alnum+"+/", 20+r.IntN(100)) + pick("\n-----END PRIVATE KEY-----", "", "\n"))
		case 13:
			b.WriteString(fmt.Sprintf("%d-%02d-%02d %02d:%02d:%02d", 1990+r.IntN(40), r.IntN(14), r.IntN(33), r.IntN(25), r.IntN(61), r.IntN(61)))
		case 14:
			b.WriteString(fmt.Sprintf("v%d.%d.%d", r.IntN(20), r.IntN(20), r.IntN(200)))
		case 15:
			b.WriteString(pick("$", "€", "£", "") + fmt.Sprintf("%d,%03d.%02d", r.IntN(1000), r.IntN(1000), r.IntN(100)))
		case 16:
			b.WriteString(str(hexLC, 8) + "-" + str(hexLC, 4) + "-" + str(hexLC, 4) + "-" + str(hexLC, 4) + "-" + str(hexLC, 12))
		case 17:
			b.WriteString(pick("SSN ", "phone: ", "tel ", "call ", "card ", "IBAN ", "ip ", "ticket #", "order ", "fax: ", "mobile ", "NINO ", "DNI ") + grouped(2+r.IntN(2), 2+r.IntN(3), 2+r.IntN(4)))
		case 18:
			p := fixtures[r.IntN(len(fixtures))]
			if len(p) > 8 && r.IntN(2) == 0 {
				i := r.IntN(len(p))
				p = p[i:min(len(p), i+1+r.IntN(60))]
			}
			b.WriteString(p)
		case 19:
			b.WriteString(pick("AB", "QQ", "ZZ") + grouped(2, 2, 2) + pick("C", "D", "", "1"))
		case 20:
			b.WriteString(str(digits, 5+r.IntN(20)))
		default:
			b.WriteString(pick("Please", "the customer", "ignore this", "regards,", "see", "notes:", "é", "日本", "x", "ok."))
		}
		b.WriteString(pick(" ", "\n", ", ", "; ", "", " and ", ". ", "\t", "\u200b", "(", ")", "\""))
	}
	return b.String()
}
