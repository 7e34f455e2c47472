package detect

import (
	"math"
	"strings"
	"unicode/utf8"
)

// The generic rules find secrets by where they stand rather than by their
// format: a value assigned to a name such as api_key, client_secret or
// DB_PASSWORD (in code, config files, JSON, YAML, env files, XML, command
// line flags and prose), an Authorization header, a curl -u user:password
// and the password in a URL. Each value must look random enough for its
// kind of name and must not be a placeholder.

// The word lists below are switches, which the compiler turns into a
// search by length and content: they cost less than hashing every word
// of every name.

// secretWordClass returns the class of the names whose last word is w,
// nameNone for a word that names no secret.
func secretWordClass(w string) nameClass {
	switch w {
	case "token", "secret", "credential", "apikey",
		"accesskey", "secretkey", "privatekey", "authkey",
		"authtoken", "accesstoken", "refreshtoken", "bearer",
		"clientsecret", "pat", "sessiontoken", "idtoken",
		"токен", "令牌", "トークン", "토큰":
		return nameToken
	case "password", "passwd", "pwd", "pass",
		"pw", "passphrase", "passwort", "kennwort",
		"contraseña", "senha", "wachtwoord", "пароль",
		"lösenord", "hasło", "salasana", "heslo",
		"jelszó", "passe", "adgangskode", "passord",
		"parola", "clave", "şifre", "Şifre",
		"sandi", "khẩu", "κωδικός", "סיסמה",
		"المرور", "السر", "पासवर्ड", "รหัสผ่าน",
		"密码", "密碼", "口令", "パスワード",
		"暗証番号", "비밀번호", "암호":
		return namePassword
	case "authorization", "auth", "authentication":
		return nameAuth
	}
	return nameNone
}

// cjkSecretWords are the secret words of scripts that write compounds as
// one word, matched at the end of a name.
var cjkSecretWords = []struct {
	word  string
	class nameClass
}{
	{"密码", namePassword}, {"密碼", namePassword}, {"口令", namePassword}, {"パスワード", namePassword},
	{"暗証番号", namePassword}, {"비밀번호", namePassword}, {"암호", namePassword},
	{"令牌", nameToken}, {"トークン", nameToken}, {"토큰", nameToken},
}

// isKeyQualifier reports whether w makes "key" name a secret: api_key,
// signing_key, but not primary_key or sort_key.
func isKeyQualifier(w string) bool {
	switch w {
	case "api", "access", "secret", "private", "auth", "signing",
		"encryption", "master", "client", "app", "application", "license",
		"service", "account", "admin", "subscription", "consumer", "x",
		"session", "shared", "webhook", "integration", "deploy", "hmac",
		"jwt", "aes", "crypto", "decryption", "storage", "openai",
		"anthropic", "stripe", "sendgrid", "mailgun", "twilio":
		return true
	}
	return false
}

// isCompoundPrefix reports whether w forms a one-word secret name with
// token, secret, password or key: accesstoken, clientsecret, dbpassword.
func isCompoundPrefix(w string) bool {
	switch w {
	case "access", "auth", "api", "bot", "refresh", "id", "user",
		"app", "session", "client", "db", "admin", "root", "secret",
		"private", "master", "service", "oauth", "bearer", "personal",
		"deploy", "webhook", "signing", "encryption", "mysql", "postgres",
		"redis", "smtp", "mail", "ftp", "ldap", "sa", "consumer":
		return true
	}
	return false
}

// isDenyWord reports whether w makes a name not a secret wherever it
// stands in it.
func isDenyWord(w string) bool {
	switch w {
	case "csrf", "xsrf", "authenticity", "public", "pub", "page",
		"next", "max", "min", "num", "count", "limit", "author",
		"placeholder", "hint", "label", "example", "sample":
		return true
	}
	return false
}

type nameClass uint8

const (
	nameNone nameClass = iota
	nameToken
	namePassword
	nameAuth
)

var genericKeywords = []string{
	"token", "secret", "passw", "pwd", "pass", "_pw", "-pw", "api_key", "apikey", "api-key", "access_key",
	"accesskey", "secret_key", "private_key", "privatekey", "signing_key", "auth", "credential",
	"kennwort", "contraseña", "senha", "wachtwoord", "пароль", "lösenord", "hasło", "salasana",
	"heslo", "jelszó", "passord", "adgangskode", "key",
	"parola", "clave", "şifre", "Şifre", "sandi", "khẩu", "κωδικός", "סיסמה", "المرور", "السر",
	"पासवर्ड", "รหัสผ่าน", "密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호", "암호",
	"токен", "令牌", "トークン", "토큰",
}

func genericRule() secretRule {
	return secretRule{id: "generic.assignment", keywords: genericKeywords, find: func(s string, starts []int, out []Finding) []Finding {
		done := 0
		for _, p := range starts {
			if p < done {
				continue
			}
			ns, ne := nameBounds(s, p)
			if ne <= done {
				continue
			}
			done = ne
			// Most keyword hits are words of prose ("the key point"): look
			// for an assignment first, it is cheaper than naming.
			vs, ve, quoted, ok := assignedValue(s, ns, ne)
			if !ok {
				continue
			}
			class, auth := classifyName(s[ns:ne])
			if class == nameNone {
				// Prose writes the name in two words: "my API key is ...",
				// "the access token: ...".
				class, auth = classifyTwoWords(s, ns, ne)
			}
			if class == nameNone {
				continue
			}
			if auth && !quoted {
				vs, ve = skipScheme(s, vs, ve)
			} else if auth {
				vs, ve = schemeInQuotes(s, vs, ve)
			}
			v := s[vs:ve]
			score, ok := secretValueScore(v, class, quoted)
			if !ok {
				continue
			}
			out = append(out, Finding{Kind: KindGenericSecret, Score: score, Rule: "generic.assignment", Start: vs, End: ve})
			done = ve
		}
		return out
	}}
}

// classifyTwoWords classifies the name s[ns:ne] together with the word
// before it when one space parts them: "API key", "access token".
func classifyTwoWords(s string, ns, ne int) (nameClass, bool) {
	if ns < 2 || s[ns-1] != ' ' || !isAlnum(s[ns-2]) {
		return nameNone, false
	}
	ws := ns - 1
	for ws > 0 && ns-ws < 24 && isAlnum(s[ws-1]) {
		ws--
	}
	var buf [96]byte
	n := copy(buf[:], s[ws:ns-1])
	buf[n] = '_'
	n++
	n += copy(buf[n:], s[ns:ne])
	return classifyName(string(buf[:n]))
}

// isNameByte reports whether c may be part of a name: identifier
// characters, dots and hyphens, and any byte of a non-ASCII letter.
func isNameByte(c byte) bool { return isAlnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80 }

// fullWidthOperator reports whether s starts with the full-width colon or
// equals sign, which end a name as their ASCII forms do.
func fullWidthOperator(s string) bool {
	return strings.HasPrefix(s, "：") || strings.HasPrefix(s, "＝")
}

// nameBounds returns the name holding the keyword that starts at p.
func nameBounds(s string, p int) (int, int) {
	ns := p
	for ns > 0 && p-ns < 64 && isNameByte(s[ns-1]) {
		ns--
	}
	ne := p
	for ne < len(s) && ne-p < 64 && isNameByte(s[ne]) && !fullWidthOperator(s[ne:]) {
		ne++
	}
	for ne > ns && (s[ne-1] == '.' || s[ne-1] == '-') {
		ne--
	}
	for ns < ne && (s[ns] == '.' || s[ns] == '-') {
		ns++
	}
	return ns, ne
}

// classifyName splits a name into words (snake, kebab, dotted, camel case)
// and tells whether it names a secret and how the value is judged.
func classifyName(name string) (nameClass, bool) {
	if len(name) > 64 {
		name = name[len(name)-64:]
	}
	var low [64]byte
	for i := 0; i < len(name); i++ {
		low[i] = lower(name[i])
	}
	// Words as spans of low; lookups with string(low[a:b]) do not
	// allocate.
	var ws, we [12]int
	n := 0
	start := 0
	flush := func(end int) {
		if end <= start {
			return
		}
		if n == len(ws) {
			copy(ws[:], ws[1:])
			copy(we[:], we[1:])
			n--
		}
		ws[n], we[n] = start, end
		n++
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '_' || c == '-' || c == '.':
			flush(i)
			start = i + 1
		case isUpper(c) && i > start && (isLowerASCII(name[i-1]) || i+1 < len(name) && isLowerASCII(name[i+1]) && isUpper(name[i-1])):
			flush(i)
			start = i
		}
	}
	flush(len(name))
	if n == 0 {
		return nameNone, false
	}
	for i := 0; i < n; i++ {
		if isDenyWord(string(low[ws[i]:we[i]])) {
			return nameNone, false
		}
	}
	last := low[ws[n-1]:we[n-1]]
	if string(last) == "key" {
		if n >= 2 && isKeyQualifier(string(low[ws[n-2]:we[n-2]])) {
			return nameToken, false
		}
		return nameNone, false
	}
	if c := secretWordClass(string(last)); c != nameNone {
		if c == nameAuth {
			// "auth" alone also names a mode or a section; only headers
			// and *_auth values with a scheme or a long value count.
			return nameAuth, true
		}
		return c, false
	}
	// Chinese, Japanese and Korean write compounds without a break:
	// 数据库密码, アクセストークン.
	if last[0] >= 0x80 {
		for _, w := range cjkSecretWords {
			if strings.HasSuffix(string(last), w.word) {
				return w.class, false
			}
		}
	}
	// Compounds written as one word: CLIENTSECRET, dbpassword, apitoken.
	for _, suf := range []string{"token", "secret", "password", "passwd", "pwd", "key"} {
		if len(last) <= len(suf) || string(last[len(last)-len(suf):]) != suf {
			continue
		}
		prefix := last[:len(last)-len(suf)]
		if !isCompoundPrefix(string(prefix)) {
			break
		}
		switch suf {
		case "password", "passwd", "pwd":
			return namePassword, false
		case "key":
			if !isKeyQualifier(string(prefix)) {
				return nameNone, false
			}
		}
		return nameToken, false
	}
	return nameNone, false
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// assignedValue finds the value assigned to the name s[ns:ne]: after an
// operator (=, :, :=, =>, ==), as an XML element's text, after a command
// line flag, or after "is" in prose for passwords.
func assignedValue(s string, ns, ne int) (vs, ve int, quoted, ok bool) {
	i := ne
	// The closing quote of a quoted key: "api_key": ...
	if i < len(s) && (s[i] == '"' || s[i] == '\'' || s[i] == '`') && ns > 0 && s[ns-1] == s[i] {
		i++
		// A subscript: config['SECRET_KEY'] = ...
		if i < len(s) && s[i] == ']' && ns > 1 && s[ns-2] == '[' {
			i++
		}
	}
	xml := ns > 0 && s[ns-1] == '<' && i < len(s) && s[i] == '>'
	flag := ns >= 2 && s[ns-1] == '-' && (s[ns-2] == '-' || s[ns-2] == ' ')
	j := skipBlanks(s, i, 3)
	switch {
	case xml:
		j = i + 1
	case strings.HasPrefix(s[j:], ":="), strings.HasPrefix(s[j:], "=>"), strings.HasPrefix(s[j:], "=="), strings.HasPrefix(s[j:], "::"):
		j += 2
	case j < len(s) && (s[j] == '=' || s[j] == ':'):
		j++
	case fullWidthOperator(s[j:]):
		// The full-width colon and equals sign of Chinese, Japanese and
		// Korean text.
		j += len("：")
	case flag && j > i:
		// --password value
	case j > i && proseVerb(s, j) > 0:
		j += proseVerb(s, j)
		if j < len(s) && s[j] == ':' {
			j++
		}
	default:
		return 0, 0, false, false
	}
	j = skipBlanks(s, j, 6)
	if j >= len(s) {
		return 0, 0, false, false
	}
	if q := s[j]; q == '"' || q == '\'' || q == '`' {
		k := j + 1
		for k < len(s) && s[k] != q && s[k] != '\n' && k-j <= 400 {
			if s[k] == '\\' {
				k++
			}
			k++
		}
		if k >= len(s) || s[k] != q {
			return 0, 0, false, false
		}
		return j + 1, k, true, k > j+1
	}
	k := j
	for k < len(s) && k-j <= 400 && !valueStop(s[k], xml) && !wideStop(s[k:]) {
		k++
	}
	k = runeBoundary(s, j, k)
	if strings.HasSuffix(s[j:k], "..") {
		return 0, 0, false, false // elided: "ops_eyJzaWdu..."
	}
	// Trailing punctuation of prose: "my password is hunter22."
	for k > j && (s[k-1] == '.' || s[k-1] == ',' || s[k-1] == ':' || s[k-1] == '!' || s[k-1] == '?') {
		k--
	}
	// An escaped newline ends a value inside a JSON string.
	if e := strings.Index(s[j:k], `\n`); e >= 0 {
		k = j + e
	}
	return j, k, false, k > j
}

// wideStop reports whether s starts with wide punctuation, which ends an
// unquoted value as a space would (see isWidePunct).
func wideStop(s string) bool {
	if len(s) < 3 || s[0] < 0xE3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isWidePunct(r)
}

func valueStop(c byte, xml bool) bool {
	switch c {
	case ' ', '\t', '\n', '\r', ',', ';', ')', ']', '}', '"', '\'', '`', '&', '<':
		return true
	case '>':
		return !xml
	}
	return false
}

// skipBlanksBack returns the start of the spaces and tabs that end s[:i].
func skipBlanksBack(s string, i int) int {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return i
}

func skipBlanks(s string, i, max int) int {
	j := i
	for j < len(s) && j-i < max && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j
}

// proseVerb returns the length of a copula at s[i] that joins a name to
// its value in prose ("my password is ...", "Passwort ist ...",
// "contraseña es: ..."), or 0.
func proseVerb(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case 'i', 'e', 'w', 'j', 'l', 0xc3: // is ist est es era was jest lautet é è är
	default:
		return 0
	}
	for _, w := range []string{"is", "ist", "est", "es", "era", "was", "é", "è", "är", "er", "jest", "lautet", "equals"} {
		if strings.HasPrefix(s[i:], w) && i+len(w) < len(s) && (s[i+len(w)] == ' ' || s[i+len(w)] == ':') {
			return len(w)
		}
	}
	return 0
}

// skipScheme skips an authorization scheme before an unquoted
// credential: "Bearer abc", "Basic dXNlcjpw", "Token abc".
func skipScheme(s string, vs, ve int) (int, int) {
	j := vs
	for j < ve && (isAlpha(s[j]) || s[j] == '-') {
		j++
	}
	if j < ve || j == vs || j-vs > 16 {
		return vs, ve
	}
	// The scheme ended the value: the credential follows after a space.
	k := j
	for k < len(s) && s[k] == ' ' && k-j < 3 {
		k++
	}
	if k == j || k >= len(s) {
		return vs, ve
	}
	e := k
	for e < len(s) && e-k <= 2000 && !valueStop(s[e], false) {
		e++
	}
	return k, runeBoundary(s, k, e)
}

// runeBoundary moves end back, not past start, to the start of a UTF-8
// character, so a value cut at a length bound does not split one.
func runeBoundary(s string, start, end int) int {
	for end > start && end < len(s) && !utf8.RuneStart(s[end]) {
		end--
	}
	return end
}

// schemeInQuotes skips the scheme in a quoted header value such as
// "Bearer abc".
func schemeInQuotes(s string, vs, ve int) (int, int) {
	v := s[vs:ve]
	sp := strings.IndexByte(v, ' ')
	if sp <= 0 || sp > 16 || !allAlphaDash(v[:sp]) {
		return vs, ve
	}
	k := vs + sp
	for k < ve && s[k] == ' ' {
		k++
	}
	if k == ve || strings.IndexByte(s[k:ve], ' ') >= 0 {
		return vs, ve
	}
	return k, ve
}

func allAlphaDash(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isAlpha(v[i]) && v[i] != '-' {
			return false
		}
	}
	return true
}

// secretValueScore judges a value assigned to a secret name: long and
// random enough for the name's class, and not a placeholder, a variable
// reference or code.
func secretValueScore(v string, class nameClass, quoted bool) (float64, bool) {
	if len(v) < 6 || class == nameToken && len(v) < 10 || class == nameAuth && len(v) < 8 {
		return 0, false
	}
	if isPlaceholder(v) {
		return 0, false
	}
	// One count of the bytes gives both the variety and the entropy.
	h, distinct := byteEntropy(v)
	if fewDistinct(len(v), distinct) || isCodeRef(v, quoted) || isPath(v) {
		return 0, false
	}
	switch class {
	case namePassword:
		if len(v) < 6 || h < 2.0 || allDigits(v) && len(v) < 8 || !hasASCIIAlnum(v) {
			// A value of no ASCII letter or digit is words ("密码：我忘了").
			return 0, false
		}
		if h >= 3.0 && hasDigitAndLetter(v) {
			return 0.85, true
		}
		return 0.7, true
	case nameAuth:
		if len(v) < 8 || h < 2.5 {
			return 0, false
		}
		return 0.85, true
	default:
		switch {
		case len(v) < 10:
			return 0, false
		case len(v) < 16:
			if h < 2.8 || !hasDigitAndLetter(v) {
				return 0, false
			}
		case len(v) < 32:
			if h < 2.8 || !hasDigit(v) {
				return 0, false
			}
		default:
			if h < 3.0 || !hasDigit(v) && h < 3.5 {
				return 0, false
			}
		}
		if h >= 3.5 {
			return 0.9, true
		}
		return 0.8, true
	}
}

func hasASCIIAlnum(v string) bool {
	for i := 0; i < len(v); i++ {
		if isAlnum(v[i]) {
			return true
		}
	}
	return false
}

// authHeaderRule finds a bearer token written without a header name, as
// in "use Bearer eyJhbGciOi..." or a -H 'Bearer ...' argument.
func authHeaderRule() secretRule {
	return secretRule{id: "generic.bearer", keywords: []string{"bearer "}, find: func(s string, starts []int, out []Finding) []Finding {
		for _, p := range starts {
			if p > 0 && isAlpha(s[p-1]) {
				continue
			}
			// "Authorization: Bearer ..." is the generic rule's: a header
			// name and colon stand right before.
			if j := skipBlanksBack(s, p); j > 0 && s[j-1] == ':' {
				continue
			}
			vs := p + len("bearer ")
			ve := vs
			for ve < len(s) && ve-vs < 2000 && !valueStop(s[ve], false) {
				ve++
			}
			ve = runeBoundary(s, vs, ve)
			v := s[vs:ve]
			if len(v) < 16 || isPlaceholder(v) || isCodeRef(v, false) {
				continue
			}
			if h, distinct := byteEntropy(v); fewDistinct(len(v), distinct) || h < 3.0 {
				continue
			}
			out = append(out, Finding{Kind: KindGenericSecret, Score: 0.85, Rule: "generic.bearer", Start: vs, End: ve})
		}
		return out
	}}
}

// basicAuthRule finds the credentials of curl -u / --user user:password.
func basicAuthRule() secretRule {
	return secretRule{id: "generic.basic_auth", keywords: []string{" -u ", " -u\"", " -u'", "--user ", "--user=", "--user\t", "--proxy-user "}, find: func(s string, starts []int, out []Finding) []Finding {
		for _, p := range starts {
			j := p
			for j < len(s) && s[j] != 'u' {
				j++
			}
			for j < len(s) && isAlpha(s[j]) || j < len(s) && s[j] == '-' {
				j++
			}
			if j < len(s) && s[j] == '=' {
				j++
			}
			j = skipBlanks(s, j, 4)
			// A shell word: quoted and bare pieces up to unquoted space.
			var buf [256]byte
			n, pos := 0, [256]int{}
			k := j
			for k < len(s) && n < len(buf) {
				c := s[k]
				if c == '"' || c == '\'' {
					e := strings.IndexByte(s[k+1:min(len(s), k+200)], c)
					if e < 0 {
						break
					}
					for m := k + 1; m < k+1+e && n < len(buf); m++ {
						buf[n], pos[n] = s[m], m
						n++
					}
					k += e + 2
					continue
				}
				if c == ' ' || c == '\t' || c == '\n' || c == '\\' {
					break
				}
				buf[n], pos[n] = c, k
				n++
				k++
			}
			word := string(buf[:n])
			colon := strings.IndexByte(word, ':')
			if colon < 0 {
				continue
			}
			user, pass := word[:colon], word[colon+1:]
			var vs, ve int
			switch {
			case pass != "" && credentialPart(pass):
				vs, ve = pos[colon+1], pos[n-1]+1
			case pass == "" && credentialPart(user):
				vs, ve = pos[0], pos[colon-1]+1
			default:
				continue
			}
			if user != "" && pass != "" && isPlaceholder(user) && isCommonWord(pass) {
				continue
			}
			out = append(out, Finding{Kind: KindGenericSecret, Score: 0.85, Rule: "generic.basic_auth", Start: vs, End: ve})
		}
		return out
	}}
}

// credentialPart reports whether a user or password written in a curl
// command or URL looks real rather than like a placeholder or variable.
func credentialPart(v string) bool {
	v = strings.Trim(v, "{}")
	if len(v) < 4 || isPlaceholder(v) || isCommonWord(v) {
		return false
	}
	h, distinct := byteEntropy(v)
	return !fewDistinct(len(v), distinct) && h >= 2.0
}

// isCommonWord reports whether v is a word used as a stand-in credential.
func isCommonWord(v string) bool {
	switch strings.ToLower(v) {
	case "pass", "password", "passwd", "pwd", "secret", "token", "test", "testing", "user", "username",
		"admin", "root", "guest", "demo", "foo", "bar", "baz", "xxx", "yyy", "zzz", "abc", "key", "apikey",
		"api", "login", "changeme", "letmein", "default", "none", "null", "empty", "blank", "digest", "basic":
		return true
	}
	return false
}

// urlCredentialsRule finds the password in scheme://user:password@host.
func urlCredentialsRule() secretRule {
	return secretRule{id: "generic.url_credentials", keywords: []string{"://"}, find: func(s string, starts []int, out []Finding) []Finding {
		for _, p := range starts {
			if p == 0 || !isAlpha(s[p-1]) {
				continue
			}
			us := p + 3
			at, colon := -1, -1
			for k := us; k < len(s) && k-us < 256; k++ {
				c := s[k]
				if c == '@' {
					at = k
					break
				}
				if c == ':' && colon < 0 {
					colon = k
				}
				if c == '/' || c == '?' || c == '#' || c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == '<' || c == '>' {
					break
				}
			}
			if at < 0 || colon < 0 || colon+1 >= at {
				continue
			}
			// A host must follow the '@'.
			if at+1 >= len(s) || !isAlnum(s[at+1]) && s[at+1] != '[' {
				continue
			}
			user, pass := s[us:colon], s[colon+1:at]
			if !credentialPart(pass) || isPlaceholder(user) && isCommonWord(pass) || allDigits(pass) && len(pass) < 6 {
				continue
			}
			out = append(out, Finding{Kind: KindGenericSecret, Score: 0.85, Rule: "generic.url_credentials", Start: colon + 1, End: at})
		}
		return out
	}}
}

// placeholderMarks are substrings that give a value away as a stand-in.
var placeholderMarks = []string{
	"xxxx", "****", "....", "…", "example", "your", "placeholder", "changeme", "change_me", "change-me",
	"redacted", "dummy", "sample", "insert", "replace", "todo", "fixme", "${", "{{", "$(", "%s", "<", ">",
	"put_", "_here", "-here", "not_set", "notset", "undefined", "my-secret", "my_secret", "mysecret",
	"my-token", "my_token", "secret-key", "secret_key", "api_key", "api-key", "apikey", "password",
	"passwd", "foobar", "lorem", "process.env", "os.environ", "getenv", "env(", "env.", "secrets.",
	"vault:", "[redacted]", "####", "????", "____", "----",
}

// placeholderIndex finds placeholderMarks in one case-insensitive pass.
var placeholderIndex = newKeywordIndex(placeholderMarks)

// isPlaceholder reports whether v is a stand-in for a secret rather than
// one: variables and templates ($VAR, ${VAR}, {{ .Token }}, <token>,
// %TOKEN%), masked or elided values, and the usual "your-key-here" words.
func isPlaceholder(v string) bool {
	if v == "" {
		return true
	}
	switch v[0] {
	case '$', '%', '@', '{', '[', '*':
		if len(v) < 3 || v[0] != '{' && v[0] != '[' || strings.ContainsAny(v, "$ ") || strings.HasSuffix(v, "}") && isIdentifier(v[1:len(v)-1]) || strings.HasSuffix(v, "]") {
			return true
		}
	}
	if placeholderIndex.contains(v) {
		return true
	}
	if len(v) <= 8 {
		switch strings.ToLower(v) {
		case "null", "nil", "none", "true", "false", "secret", "token", "test", "string", "required", "optional":
			return true
		}
	}
	return hasSequence(v, 8)
}

// lowVariety reports whether v repeats a few characters: "aaaaaaaa",
// "abababab", "11111111111".
func lowVariety(v string) bool {
	if len(v) < 4 {
		return true
	}
	var seen [256]bool
	distinct := 0
	for i := 0; i < len(v); i++ {
		if !seen[v[i]] {
			seen[v[i]] = true
			distinct++
		}
	}
	return fewDistinct(len(v), distinct)
}

// fewDistinct is lowVariety for a value of n bytes of which distinct are
// different.
func fewDistinct(n, distinct int) bool {
	return n < 4 || distinct <= 2 || n >= 12 && distinct <= 4
}

// hasSequence reports whether v holds n or more consecutive ascending
// letters or digits, as in "abcdefgh" or "12345678".
func hasSequence(v string, n int) bool {
	run := 1
	for i := 1; i < len(v); i++ {
		if isAlnum(v[i]) && lower(v[i]) == lower(v[i-1])+1 {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 1
		}
	}
	return false
}

// isPath reports whether v is a file path or URL rather than a secret:
// "PWD=/usr/src/app", "key_file: ~/.ssh/id_ed25519", "C:\\keys".
func isPath(v string) bool {
	switch {
	case strings.HasPrefix(v, "/") && strings.Count(v, "/") >= 2, strings.HasPrefix(v, "./"), strings.HasPrefix(v, "../"), strings.HasPrefix(v, "~/"):
		return true
	case len(v) > 3 && isAlpha(v[0]) && v[1] == ':' && (v[2] == '\\' || v[2] == '/'):
		return true
	case strings.Contains(v, "://"):
		return !strings.Contains(v, "@") // a URL; its credentials are the URL rule's
	}
	return false
}

// isCodeRef reports whether an unquoted value is a reference in code
// (config.apiKey, os.Getenv("X"), X25519.secret_length) rather than a
// literal, or a quoted one is a dotted constant.
func isCodeRef(v string, quoted bool) bool {
	if !quoted && (strings.IndexByte(v, '(') >= 0 || strings.IndexByte(v, ')') >= 0) {
		return true
	}
	parts, start := 0, 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) && v[i] != '.' {
			continue
		}
		if !isIdentifier(v[start:i]) {
			return false
		}
		parts++
		start = i + 1
	}
	if parts >= 2 {
		return !hasDigit(v) || !quoted
	}
	// A bare identifier without digits, unquoted, is a variable.
	return !quoted && strings.IndexByte(v, '_') >= 0 && !hasDigit(v)
}

func isIdentifier(v string) bool {
	if v == "" || isDigit(v[0]) {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isAlnum(v[i]) && v[i] != '_' {
			return false
		}
	}
	return true
}

// clog2[c] is c*log2(c), for entropy without a logarithm per call.
var clog2 = func() (t [512]float64) {
	for c := 1; c < len(t); c++ {
		t[c] = float64(c) * math.Log2(float64(c))
	}
	return t
}()

// shannon returns the Shannon entropy of s in bits per byte:
// log2(n) - sum(c*log2(c))/n over the byte counts c.
func shannon(s string) float64 {
	h, _ := byteEntropy(s)
	return h
}

// byteEntropy returns shannon(s) and the number of different bytes in s.
func byteEntropy(s string) (h float64, distinct int) {
	n := len(s)
	if n == 0 {
		return 0, 0
	}
	if n < 256 {
		// Counts fit a byte. The second pass meets each byte first where
		// it first occurs, so the sum adds in the same order as below.
		var counts [256]uint8
		for i := 0; i < n; i++ {
			counts[s[i]]++
		}
		sum := 0.0
		for i := 0; i < n; i++ {
			if k := counts[s[i]]; k != 0 {
				sum += clog2[k]
				counts[s[i]] = 0
				distinct++
			}
		}
		return (clog2[n] - sum) / float64(n), distinct
	}
	var counts [256]uint16
	var seen [256]byte
	for i := 0; i < n; i++ {
		c := s[i]
		if counts[c] == 0 {
			seen[distinct] = c
			distinct++
		}
		counts[c]++
	}
	sum := 0.0
	for _, c := range seen[:distinct] {
		k := int(counts[c])
		if k < len(clog2) {
			sum += clog2[k]
		} else {
			sum += float64(k) * math.Log2(float64(k))
		}
	}
	if n < len(clog2) {
		return (clog2[n] - sum) / float64(n), distinct
	}
	return math.Log2(float64(n)) - sum/float64(n), distinct
}

// highEntropy reports whether v's entropy reaches min bits per byte and v
// is no placeholder.
func highEntropy(v string, min float64) bool {
	return !lowVariety(v) && !strings.Contains(strings.ToLower(v), "xxxx") && shannon(v) >= min
}

func hasDigit(v string) bool {
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			return true
		}
	}
	return false
}

func allDigits(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return v != ""
}

func hasDigitAndLetter(v string) bool {
	d, l := false, false
	for i := 0; i < len(v); i++ {
		d = d || isDigit(v[i])
		l = l || isAlpha(v[i])
	}
	return d && l
}

func hasUpperAndLower(v string) bool {
	u, l := false, false
	for i := 0; i < len(v); i++ {
		u = u || isUpper(v[i])
		l = l || isLowerASCII(v[i])
	}
	return u && l
}
