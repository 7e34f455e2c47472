package detect

import (
	"fmt"
	"strings"
	"testing"

	"github.com/promptgate/promptgate/internal/benchcpu"
)

// benchDoc is a prompt of the kind promptgate sees: prose, a pasted config
// and a command, with a few pieces of personal data and secrets among
// many near misses (dates, versions, amounts, ids).
func benchDoc(n int) string {
	para := []string{
		"Hi team, following up on ticket #48213 from 2024-11-30: the nightly build 4.12.3 failed again at 02:14:07 UTC. ",
		"Can you look at the logs on host 203.0.113.45 and reply to jordan.miles@example.com or call +1 415 555 2671? ",
		"The customer paid $1,299.99 with card 4111 1111 1111 1111 and asked for an invoice to IBAN GB82WEST12345698765432. ",
		"Here is the config we deployed (values redacted where we remembered):\n",
		"{\"service\": \"billing\", \"region\": \"eu-west-1\", \"timeout_ms\": 2500, \"retries\": 3,\n",
		" \"api_key\": \"" + fake(50, fkAlnum, 32) + "\", \"db_password\": \"${DB_PASSWORD}\", \"max_tokens\": 4096}\n",
		"curl -s -H 'Authorization: Bearer " + fake(51, fkAlnum, 40) + "' https://api.example.com/v1/orders?limit=50\n",
		"We also need to rotate the key that starts with sk-ant-api03 in the old notebook, and check the token budget. ",
		"The model should summarise the last 10 orders, ignore the UUID 123e4567-e89b-12d3-a456-426614174000 and keep the tone friendly. ",
		"Our office line is (020) 7946 0958 and the SSN on file is 536-22-1234, please do not share it. ",
		"Thanks! Version notes: upgraded from 3.9.12 to 3.11.4, latency p99 went from 120 ms to 95 ms over 1,204,331 requests.\n\n",
	}
	var b strings.Builder
	for b.Len() < n {
		for _, p := range para {
			b.WriteString(p)
		}
	}
	s := b.String()[:n]
	// Cut at a space so the last piece is whole prose, not half a key.
	if i := strings.LastIndexByte(s, ' '); i > n-80 {
		s = s[:i] + strings.Repeat(" ", n-i)
	}
	return s
}

func benchmarkPIISecrets(b *testing.B, n int) {
	t := NewText(benchDoc(n), false)
	pii, sec := NewPIIDetector(), NewSecretDetector()
	out := make([]Finding, 0, 256)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	defer benchcpu.Report(b)()
	for b.Loop() {
		out = pii.Detect(t, out[:0])
		out = sec.Detect(t, out)
	}
}

// BenchmarkPIISecrets_4KiB measures both detectors over one 4 KiB prompt
// (the text is normalised once, outside the loop, as the scanner does).
func BenchmarkPIISecrets_4KiB(b *testing.B) { benchmarkPIISecrets(b, 4<<10) }

// BenchmarkPIISecrets_4KiBWithURL is BenchmarkPIISecrets_4KiB's prompt
// with one URL holding a %XX escape at its end: only that word is decoded
// and read again.
func BenchmarkPIISecrets_4KiBWithURL(b *testing.B) {
	const url = " https://example.com/search?q=hello%20world"
	t := NewText(benchDoc(4<<10-len(url))+url, false)
	pii, sec := NewPIIDetector(), NewSecretDetector()
	out := make([]Finding, 0, 256)
	b.SetBytes(int64(len(t.Original)))
	b.ReportAllocs()
	for b.Loop() {
		out = pii.Detect(t, out[:0])
		out = sec.Detect(t, out)
	}
}

// BenchmarkPIISecrets_Size shows the cost growing linearly with length.
func BenchmarkPIISecrets_Size(b *testing.B) {
	for _, n := range []int{1 << 10, 4 << 10, 16 << 10, 64 << 10} {
		b.Run(fmt.Sprintf("%dKiB", n>>10), func(b *testing.B) { benchmarkPIISecrets(b, n) })
	}
}

func BenchmarkPII_4KiB(b *testing.B) {
	t := NewText(benchDoc(4<<10), false)
	d := NewPIIDetector()
	out := make([]Finding, 0, 256)
	b.ReportAllocs()
	for b.Loop() {
		out = d.Detect(t, out[:0])
	}
}

func BenchmarkSecrets_4KiB(b *testing.B) {
	t := NewText(benchDoc(4<<10), false)
	d := NewSecretDetector()
	out := make([]Finding, 0, 256)
	b.ReportAllocs()
	for b.Loop() {
		out = d.Detect(t, out[:0])
	}
}

func TestBenchDocFindings(t *testing.T) {
	// The benchmark text must exercise every detector path it claims to.
	s := benchDoc(4 << 10)
	kinds := map[string]int{}
	for _, f := range NewScanner(NewPIIDetector(), NewSecretDetector()).Scan(Input{Text: s}) {
		kinds[f.Kind]++
	}
	for _, k := range []string{KindEmail, KindPhone, KindCreditCard, KindIBAN, KindIPAddress, KindUSSSN, KindGenericSecret} {
		if kinds[k] == 0 {
			t.Errorf("benchmark text has no %s finding (got %v)", k, kinds)
		}
	}
}
