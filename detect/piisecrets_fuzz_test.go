package detect

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// checkFindings holds every finding to the contract the redactor relies
// on: a non-empty span inside the text, on UTF-8 boundaries when the text
// is valid UTF-8, of a kind in the detector's family.
func checkFindings(t *testing.T, s, family string, fs []Finding) {
	t.Helper()
	for _, f := range fs {
		if f.Start < 0 || f.End > len(s) || f.Start >= f.End {
			t.Fatalf("finding %+v out of range for %d bytes", f, len(s))
		}
		if !strings.HasPrefix(f.Kind, family) || f.Rule == "" || f.Score <= 0 || f.Score > 1 {
			t.Fatalf("finding %+v: bad kind, rule or score", f)
		}
		if utf8.ValidString(s) && (!utf8.RuneStart(s[f.Start]) || f.End < len(s) && !utf8.RuneStart(s[f.End])) {
			t.Fatalf("finding %+v splits a character", f)
		}
	}
}

var fuzzSeeds = []string{
	"call +1 (415) 555-2671 x12 or mail jo@example.com",
	"card 4111 1111 1111 1111, iban GB82 WEST 1234 5698 7654 32, ssn 536-22-1234",
	"ip 203.0.113.7 and 2001:db8::1, nino AB 12 34 56 C, dni 12345678Z",
	`{"api_key": "q8Zt4LmP0wXe7RvK2sNc", "password": "Tr0ub4dor&3x"}`,
	"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl",
	"curl -u admin:S3cr3tP4ss! https://u:p4ssw0rd9@example.com",
	"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC\n-----END",
	"mot de passe: Tr4vers3e-Gl4ce, пароль: Zx9!ёлка2024",
	"key ghp_4Fz8q\u200bW1mLk9xP2vB7nR3t\u200dY6cH0jD5sG8aE1uI token",
	"mail jo\u200b@exa\u00admple.com, key Z2hwXzRGejhxVzFtTGs5eFAydkI3blIzdFk2Y0gwakQ1c0c4YUUxdUk= end",
	"scan:\r\n P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< \r\n L898902C36UTO7408122F1204159ZE184226B<<<<<10\r\n",
	"I<UTOD23145890<7AB7<<<<<<<<<<<\n8802299M3301018UTO<<<<<<<<<<<2\nDOE<<JOHN<<<<<<<<<<<<<<<<<<<<<",
}

func TestLongValuesKeepCharactersWhole(t *testing.T) {
	for _, s := range []string{
		"password=" + strings.Repeat("é", 300),
		"Authorization: Bearer " + strings.Repeat("ключ", 700),
		"api_key: " + strings.Repeat("x€", 200),
	} {
		checkFindings(t, s, "secret.", NewSecretDetector().Detect(NewText(s, false), nil))
	}
}

func FuzzPII(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	d := NewPIIDetector()
	f.Fuzz(func(t *testing.T, s string) {
		fs := d.Detect(NewText(s, false), nil)
		checkFindings(t, s, "pii.", fs)
		if again := d.Detect(NewText(s, false), nil); !slices.Equal(fs, again) {
			t.Fatalf("two runs differ: %v, %v", fs, again)
		}
	})
}

func FuzzSecrets(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	d := NewSecretDetector()
	f.Fuzz(func(t *testing.T, s string) {
		fs := d.Detect(NewText(s, false), nil)
		checkFindings(t, s, "secret.", fs)
		if again := d.Detect(NewText(s, false), nil); !slices.Equal(fs, again) {
			t.Fatalf("two runs differ: %v, %v", fs, again)
		}
	})
}

func TestDetectorsConcurrent(t *testing.T) {
	// One detector serves every call of a server: run both from several
	// goroutines (go test -race checks the shared state).
	pii, sec := NewPIIDetector(), NewSecretDetector()
	want := len(pii.Detect(NewText(fuzzSeeds[1], false), nil)) + len(sec.Detect(NewText(fuzzSeeds[3], false), nil))
	var wg sync.WaitGroup
	errs := make(chan int, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				n := len(pii.Detect(NewText(fuzzSeeds[1], false), nil)) + len(sec.Detect(NewText(fuzzSeeds[3], false), nil))
				if n != want {
					errs <- n
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for n := range errs {
		t.Errorf("concurrent Detect found %d, want %d", n, want)
	}
}
