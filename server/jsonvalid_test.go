package server

import (
	"encoding/json"
	"strings"
	"testing"
)

var jsonValidCases = []string{
	``, ` `, `{}`, `[]`, ` { } `, `[ ]`, `{"a":1}`, `{"a" : [1, 2.5, -3e10, 0.1E+2, true, false, null, "x"]}`,
	`{"a":{"b":{"c":[]}}}`, `"just a string"`, `0`, `-0`, `12`, `1.5e-3`, `true`, `null`,
	`{"a":1,}`, `[1,]`, `[,1]`, `{,}`, `{"a"}`, `{"a":}`, `{"a" 1}`, `{1:2}`, `{'a':1}`, `[1 2]`, `[1,,2]`,
	`01`, `-`, `1.`, `.5`, `1e`, `1e+`, `+1`, `1x`, `--1`, `0x10`, `NaN`, `Infinity`, `tru`, `truex`, `nul`, `[true false]`,
	`"\u00e9\n\t\"\\\/"`, `"\u00g0"`, `"\x"`, `"\u12"`, "\"tab\there\"", "\"nl\nhere\"", "\"\x7f\"", "\"\xff\xfe\"",
	`"unterminated`, `"\`, `[`, `]`, `{`, `}`, `[[[]]`, `[]]`, `{}}`, `{"a":1}{"b":2}`, `[] []`, "[1]\x00",
	"{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}],\"max_tokens\":1024}",
	strings.Repeat("[", maxJSONDepth) + strings.Repeat("]", maxJSONDepth),
	strings.Repeat("[", maxJSONDepth+1) + strings.Repeat("]", maxJSONDepth+1),
	strings.Repeat(`{"a":`, maxJSONDepth) + "1" + strings.Repeat("}", maxJSONDepth),
	strings.Repeat(`{"a":`, maxJSONDepth+1) + "1" + strings.Repeat("}", maxJSONDepth+1),
}

func TestValidJSON_AgreesWithEncodingJSON(t *testing.T) {
	for _, doc := range jsonValidCases {
		if got, want := validJSON([]byte(doc)), json.Valid([]byte(doc)); got != want {
			t.Errorf("validJSON(%.60q) = %v, want %v", doc, got, want)
		}
	}
}

// TestValidJSON_LongStrings puts each byte that matters to a string at
// every offset of strings long enough to be read eight bytes at a time.
func TestValidJSON_LongStrings(t *testing.T) {
	var bytes []byte
	for c := range 0x21 {
		bytes = append(bytes, byte(c))
	}
	bytes = append(bytes, '"', '\\', '/', 0x7f, 0x80, 0xc3, 0xff)
	for _, c := range bytes {
		for off := range 20 {
			for _, n := range []int{7, 8, 9, 16, 23} {
				if off >= n {
					continue
				}
				s := []byte(strings.Repeat("a", n))
				s[off] = c
				for _, doc := range []string{`"` + string(s) + `"`, `["` + string(s) + `",1]`, `"` + string(s) + `\n` + string(s) + `"`} {
					if got, want := validJSON([]byte(doc)), json.Valid([]byte(doc)); got != want {
						t.Errorf("validJSON(%q) = %v, want %v", doc, got, want)
					}
				}
			}
		}
	}
}

// FuzzValidJSON checks validJSON against encoding/json.Valid on arbitrary
// bytes.
func FuzzValidJSON(f *testing.F) {
	// A few seeds: the table test above holds the rest, and every seed
	// costs the short fuzz run in make test its start-up time.
	for _, doc := range []string{`{"a":[1,-2.5e3,true,null,"x\u00e9"]}`, `[{}]`, `"\"`, `01`, `{"a" 1}`} {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		if got, want := validJSON(doc), json.Valid(doc); got != want {
			t.Errorf("validJSON(%q) = %v, json.Valid = %v", doc, got, want)
		}
	})
}

func BenchmarkValidJSON_8KiB(b *testing.B) {
	body := benchBody(8 << 10)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if !validJSON(body) {
			b.Fatal("invalid")
		}
	}
}

func BenchmarkEncodingJSONValid_8KiB(b *testing.B) {
	body := benchBody(8 << 10)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if !json.Valid(body) {
			b.Fatal("invalid")
		}
	}
}
