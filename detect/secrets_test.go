package detect

import (
	"encoding/base64"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// fake returns n characters drawn from alphabet by a fixed generator, so
// the test keys look random without being anyone's key.
func fake(seed uint32, alphabet string, n int) string {
	b := make([]byte, n)
	x := seed*2654435761 + 1
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = alphabet[x%uint32(len(alphabet))]
	}
	return string(b)
}

const (
	fkAlnum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	fkUrlB64 = fkAlnum + "-_"
	fkB64    = fkAlnum + "+/"
	fkB32    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	fkHexLC  = "0123456789abcdef"
	fkDigits = "0123456789"
)

func fakeJWT() string {
	enc := base64.RawURLEncoding
	return enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." +
		enc.EncodeToString([]byte(`{"sub":"1234567890","name":"Jo","iat":1516239022}`)) + "." + fake(9, fkUrlB64, 43)
}

func fakePEM(kind string) string {
	var b strings.Builder
	b.WriteString("-----BEGIN " + kind + "-----\n")
	for i := 0; i < 5; i++ {
		b.WriteString(fake(uint32(20+i), fkB64, 64) + "\n")
	}
	b.WriteString("-----END " + kind + "-----")
	return b.String()
}

// secretFind runs the secret detector and returns "kind:value" strings.
func secretFind(d *SecretDetector, s string) []string {
	var got []string
	for _, f := range d.Detect(NewText(s, false), nil) {
		got = append(got, f.Kind+":"+s[f.Start:f.End])
	}
	return got
}

func TestSecretDetect(t *testing.T) {
	anthropic := "sk-ant-api03-" + fake(1, fkUrlB64, 93) + "AA"
	admin := "sk-ant-admin01-" + fake(2, fkUrlB64, 93) + "AA"
	openaiProj := "sk-proj-" + fake(3, fkUrlB64, 74) + "T3BlbkFJ" + fake(4, fkUrlB64, 74)
	openaiLegacy := "sk-" + fake(5, fkAlnum, 20) + "T3BlbkFJ" + fake(6, fkAlnum, 20)
	openaiSvc := "sk-svcacct-" + fake(7, fkUrlB64, 58) + "T3BlbkFJ" + fake(8, fkUrlB64, 58)
	awsID := "AKIA" + fake(10, fkB32, 16)
	awsSecret := fake(11, fkB64, 40)
	ghp := "ghp_" + fake(12, fkAlnum, 36)
	ghFine := "github_pat_" + fake(13, fkAlnum, 22) + "_" + fake(14, fkAlnum, 59)
	slack := "xoxb-" + fake(15, fkDigits, 12) + "-" + fake(16, fkDigits, 13) + "-" + fake(17, fkAlnum, 24)
	hook := "https://hooks.slack.com/services/T" + fake(18, fkB32, 8) + "/B" + fake(19, fkB32, 8) + "/" + fake(20, fkAlnum, 24)
	stripe := "sk_live_" + fake(21, fkAlnum, 24)
	google := "AIza" + fake(22, fkUrlB64, 35)
	jwt := fakeJWT()
	pem := fakePEM("RSA PRIVATE KEY")
	tok32 := fake(23, fkAlnum, 32)

	tests := []struct {
		give string
		want []string
	}{
		{"export ANTHROPIC_API_KEY=" + anthropic, []string{KindAnthropicAPIKey + ":" + anthropic}},
		{"admin key: " + admin + ".", []string{KindAnthropicAPIKey + ":" + admin}},
		{"key " + anthropic[:len(anthropic)-2] + "BB", nil},
		{"sk-ant-api03-" + strings.Repeat("X", 93) + "AA", nil},
		{"OPENAI_API_KEY=\"" + openaiProj + "\"", []string{KindOpenAIAPIKey + ":" + openaiProj}},
		{"old key " + openaiLegacy, []string{KindOpenAIAPIKey + ":" + openaiLegacy}},
		{openaiSvc, []string{KindOpenAIAPIKey + ":" + openaiSvc}},
		{"aws_access_key_id = " + awsID + "\naws_secret_access_key = " + awsSecret, []string{KindAWSAccessKeyID + ":" + awsID, KindAWSSecretAccessKey + ":" + awsSecret}},
		{"aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", nil},
		{"key = AKIAXXXXXXXXXXXXXXXX", nil},
		{"git clone https://" + ghp + "@github.com/o/r", []string{KindGitHubToken + ":" + ghp}},
		{"GH_TOKEN=" + ghFine, []string{KindGitHubToken + ":" + ghFine}},
		{"ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", nil},
		{"SLACK_BOT_TOKEN: " + slack, []string{KindSlackToken + ":" + slack}},
		{"xoxb-12345-abcd234 and xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d", nil},
		{"post to " + hook + " now", []string{KindSlackWebhook + ":" + hook}},
		{"stripe " + stripe, []string{KindStripeKey + ":" + stripe}},
		{"publishable pk_live_" + fake(24, fkAlnum, 24), nil},
		{"maps key " + google, []string{KindGoogleAPIKey + ":" + google}},
		{"AIzaSyabcdefghijklmnopqrstuvwxyz1234567", nil},
		{"Authorization: Bearer " + jwt, []string{KindJWT + ":" + jwt}},
		{"eyJub3QiOiJqd3QifQ.eyJhIjoxfQ.c2lnbmF0dXJlc2lnbmF0dXJl", nil},
		{"key.pem:\n" + pem + "\n", []string{KindPrivateKey + ":" + pem}},
		{"-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----", nil},
		{fakePEM("PUBLIC KEY"), nil},
		// Further providers by prefix.
		{"HF_TOKEN=hf_" + fake(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34), []string{"secret.huggingface_token:hf_" + fake(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)}},
		{"glpat-" + fake(61, fkAlnum, 20), []string{"secret.gitlab_token:glpat-" + fake(61, fkAlnum, 20)}},
		{"client secret " + "bP8" + "8Q~" + fake(62, fkAlnum, 34) + " rotated", []string{"secret.azure_client_secret:bP88Q~" + fake(62, fkAlnum, 34)}},
		{"hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx and glpat-XXXXXXXXXXX-XXXXXXXX", nil},
		{"ask the task desk about sk", nil},
		// Generic assignments, headers, command lines and URLs.
		{`db_password = "Tr0ub4dor&3x"`, []string{KindGenericSecret + ":Tr0ub4dor&3x"}},
		{`{"client_secret": "` + tok32 + `"}`, []string{KindGenericSecret + ":" + tok32}},
		{"X-Api-Key: " + tok32, []string{KindGenericSecret + ":" + tok32}},
		{"Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte("svc:"+fake(25, fkAlnum, 12))), []string{KindGenericSecret + ":" + base64.StdEncoding.EncodeToString([]byte("svc:"+fake(25, fkAlnum, 12)))}},
		{"curl -u admin:S3cr3tP4ss! https://api.example.com", []string{KindGenericSecret + ":S3cr3tP4ss!"}},
		{"DATABASE_URL=postgres://app:N0tT0day9@db.internal:5432/app", []string{KindGenericSecret + ":N0tT0day9"}},
		{"my password is blue-Harbor-42", []string{KindGenericSecret + ":blue-Harbor-42"}},
		{"<password>Qw3rty!Zx9</password>", []string{KindGenericSecret + ":Qw3rty!Zx9"}},
		{"mysql --password=Zq8!mUv2Lp", []string{KindGenericSecret + ":Zq8!mUv2Lp"}},
		// Other languages: names in their scripts, the full-width colon and
		// equals sign, compounds written as one word, and the end of a
		// value at the punctuation of text without spaces.
		{"密码：Xk9#mP2$vL7qR4nW", []string{KindGenericSecret + ":Xk9#mP2$vL7qR4nW"}},
		{"数据库密码＝Xk9#mP2$vL7qR4nW。", []string{KindGenericSecret + ":Xk9#mP2$vL7qR4nW"}},
		{"密码：Xk9#mP2$vL7qR4nW，请妥善保管", []string{KindGenericSecret + ":Xk9#mP2$vL7qR4nW"}},
		{"パスワード: Qw3rty!Zx9", []string{KindGenericSecret + ":Qw3rty!Zx9"}},
		{"アクセストークン: " + tok32, []string{KindGenericSecret + ":" + tok32}},
		{"비밀번호: Qw3rty!Zx9", []string{KindGenericSecret + ":Qw3rty!Zx9"}},
		{"şifre: Qw3rty!Zx9", []string{KindGenericSecret + ":Qw3rty!Zx9"}},
		{"كلمة المرور: Qw3rty!Zx9", []string{KindGenericSecret + ":Qw3rty!Zx9"}},
		{"पासवर्ड: Qw3rty!Zx9", []string{KindGenericSecret + ":Qw3rty!Zx9"}},
		{"la clave es Qw3rty!Zx9", []string{KindGenericSecret + ":Qw3rty!Zx9"}},
		{"密码：我忘了", nil},
		{"la clave del éxito es la constancia", nil},
		// A %XX escape starts a word as the character it encodes would.
		{"redirect?key%3D" + anthropic + "&x=1", []string{KindAnthropicAPIKey + ":" + anthropic}},
		// Placeholders, references and names that are not secrets.
		{`password = "${DB_PASSWORD}"`, nil},
		{"api_key: your-api-key-here", nil},
		{`token = "XXXXXXXXXXXXXXXXXXXX"`, nil},
		{`password: "********"`, nil},
		{`secret_name = "prod-db-credentials-2024"`, nil},
		{`public_key = "` + tok32 + `"`, nil},
		{`csrf_token = "` + tok32 + `"`, nil},
		{"max_tokens = 4096", nil},
		{`kms_key_id: "1234abcd-12ab-34cd-56ef-1234567890ab"`, nil},
		{"token_url = https://auth.example.com/oauth/token", nil},
		{"api_key = os.environ['API_KEY']", nil},
		{"password = config.db.password", nil},
		{"curl -u user:password https://example.com and curl -u \"$USER:$PASS\"", nil},
		{"https://user:password@example.com and https://admin:<secret>@host", nil},
		{"Authorization: Bearer <your token>", nil},
		{"request id 123e4567-e89b-12d3-a456-426614174000, order 40021-77812", nil},
		{"the primary key = customer_id and sort_key = created_at", nil},
		{"", nil},
	}
	d := NewSecretDetector()
	for _, tt := range tests {
		got := secretFind(d, tt.give)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Detect(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestSecretFixtures(t *testing.T) {
	d := NewSecretDetector()
	testFixtures(t, "testdata/secrets/cases.txt", func(s string) []Finding {
		return d.Detect(NewText(s, false), nil)
	})
}

func TestKeywordIndex(t *testing.T) {
	k := newKeywordIndex([]string{"he", "she", "his", "hers", "", "Key"})
	var got []string
	for _, h := range k.scan("uSHErs keys", nil) {
		got = append(got, []string{"he", "she", "his", "hers", "", "key"}[h.id]+"@"+string(rune('0'+h.end)))
	}
	want := "she@4|he@4|hers@6|key@:"
	if strings.Join(got, "|") != want {
		t.Errorf("scan = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestKeywordIndexScanRandom(t *testing.T) {
	// scan against its definition: every occurrence of every keyword, in
	// any ASCII case, by start and then by id.
	words := []string{"sk", "sk-", "sk-ant-api", "Key", "q~", "passw", "pass", "пароль", "lösenord", "_pw", "--user ", "://", "api_key", "secret_access_key"}
	k := newKeywordIndex(words)
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"s", "S", "k", "K", "-", "q", "~", "Q", "p", "a", "A", "w", "_", " ", "пароль", "lÖ", "lösenord", ":", "/", "--user", "api", "_KEY", "ant", "secret", "ACCESS", "\n", "é", "\x00"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for m := r.IntN(16); m > 0; m-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		var want []keywordHit
		for i := 0; i < len(s); i++ {
			for id, w := range words {
				if len(s)-i >= len(w) && asciiFold(s[i:i+len(w)]) == strings.ToLower(w) {
					want = append(want, keywordHit{id: int32(id), end: int32(i + len(w))})
				}
			}
		}
		if got := k.scan(s, nil); !slices.Equal(got, want) {
			t.Fatalf("scan(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestKeywordIndexContains(t *testing.T) {
	// contains against scan and run, with one-byte keywords among the
	// others.
	for _, words := range [][]string{
		{"<", ">", "xxxx", "…", "${", "your", "api_key"},
		{"x", "Q", "key", "sk"},
		{"sk", "passw", "--user "},
	} {
		k := newKeywordIndex(words)
		r := rand.New(rand.NewPCG(9, 10))
		alphabet := []string{"<", ">", "x", "X", "q", "…", "$", "{", "your", "YOU", "api_", "KEY", "s", "k", " ", "-", "--user", "pass", "W", "é"}
		for n := 0; n < 20000; n++ {
			var b strings.Builder
			for m := r.IntN(10); m > 0; m-- {
				b.WriteString(alphabet[r.IntN(len(alphabet))])
			}
			s := b.String()
			want := len(k.run(s, nil, false)) > 0
			if got := k.contains(s); got != want {
				t.Fatalf("%q: contains(%q) = %v, want %v", words, s, got, want)
			}
		}
	}
}

// asciiFold lowers the ASCII letters of s.
func asciiFold(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestShannon(t *testing.T) {
	tests := []struct {
		give string
		want float64
	}{
		{"", 0},
		{"aaaa", 0},
		{"abab", 1},
		{"abcd", 2},
		{"0123456789abcdef", 4},
	}
	for _, tt := range tests {
		if got := shannon(tt.give); got < tt.want-1e-9 || got > tt.want+1e-9 {
			t.Errorf("shannon(%q) = %v, want %v", tt.give, got, tt.want)
		}
	}
}

func TestByteEntropyExact(t *testing.T) {
	// byteEntropy bit for bit against the sum in the order bytes first
	// occur, over short values (counted in bytes) and long ones.
	want := func(s string) (float64, int) {
		var counts [256]int
		var order []byte
		for i := 0; i < len(s); i++ {
			if counts[s[i]] == 0 {
				order = append(order, s[i])
			}
			counts[s[i]]++
		}
		sum := 0.0
		for _, c := range order {
			sum += float64(counts[c]) * math.Log2(float64(counts[c]))
		}
		n := float64(len(s))
		if len(s) < len(clog2) {
			return (clog2[len(s)] - sum) / n, len(order)
		}
		return math.Log2(n) - sum/n, len(order)
	}
	r := rand.New(rand.NewPCG(15, 16))
	for n := 0; n < 5000; n++ {
		b := make([]byte, 1+r.IntN(600))
		span := 1 + r.IntN(256)
		for i := range b {
			b[i] = byte(r.IntN(span))
		}
		s := string(b)
		gh, gd := byteEntropy(s)
		wh, wd := want(s)
		if math.Float64bits(gh) != math.Float64bits(wh) || gd != wd {
			t.Fatalf("byteEntropy(%q) = %v, %d, want %v, %d", s, gh, gd, wh, wd)
		}
	}
}

func TestSecretFindingsHoldNoValue(t *testing.T) {
	// Findings carry spans only; their rule ids and kinds are fixed words.
	s := "password = \"Zq8!mUv2Lp\" and token: " + fake(30, fkAlnum, 40)
	for _, f := range NewSecretDetector().Detect(NewText(s, false), nil) {
		v := s[f.Start:f.End]
		if strings.Contains(f.Kind, v) || strings.Contains(f.Rule, v) {
			t.Errorf("finding %+v names its value", f)
		}
	}
}

func TestKeywordIndexContainsWord(t *testing.T) {
	// containsWord against its definition: a keyword at the start of s or
	// after a byte that is neither an ASCII letter nor non-ASCII.
	words := []string{"tel", "ss#", "po ", "téléphone", "card"}
	k := newKeywordIndex(words)
	want := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if i > 0 && (isAlpha(s[i-1]) || s[i-1] >= 0x80) {
				continue
			}
			for _, w := range words {
				if len(s)-i >= len(w) && strings.EqualFold(s[i:i+len(w)], w) {
					return true
				}
			}
		}
		return false
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"t", "e", "l", "T", "h", "o", " ", "-", "1", "s", "#", "p", "x", "é", "c", "a", "r", "d", "\n", "lé", "phone"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for m := r.IntN(12); m > 0; m-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		if got := k.containsWord(s); got != want(s) {
			t.Fatalf("containsWord(%q) = %v, want %v", s, got, want(s))
		}
	}
}
