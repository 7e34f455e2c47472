package detect

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// GitleaksRules are secret rules read from a gitleaks configuration file,
// ready to add to a SecretDetector with WithGitleaksRules. Rules that
// cannot run here are listed in Skipped rather than failing the load.
type GitleaksRules struct {
	// Title is the configuration's title.
	Title string
	// Skipped lists the rules left out, with the reason for each.
	Skipped []SkippedRule

	rules  []gitleaksRule
	global []gitleaksAllowlist
}

// SkippedRule is a gitleaks rule that LoadGitleaksRules could not use.
type SkippedRule struct {
	// ID is the rule's id.
	ID string
	// Reason says why, without quoting any secret.
	Reason string
}

// Len returns the number of rules loaded.
func (rs *GitleaksRules) Len() int { return len(rs.rules) }

// IDs returns the ids of the rules loaded, in file order.
func (rs *GitleaksRules) IDs() []string {
	ids := make([]string, len(rs.rules))
	for i, r := range rs.rules {
		ids[i] = r.id
	}
	return ids
}

type gitleaksRule struct {
	multiline   bool // the regex can match across lines: run it over the whole text
	id          string
	kind        string
	re          *regexp.Regexp
	secretGroup int
	entropy     float64
	keywords    []string
	allowlists  []gitleaksAllowlist
	// globals are the global allowlists that apply to the rule: those
	// naming no rules, and those naming it (aimed is then true).
	globals []*gitleaksAllowlist
	aimed   bool
}

type gitleaksAllowlist struct {
	and         bool
	target      string // "secret", "match" or "line"
	regexes     []*regexp.Regexp
	stopwords   []string
	needsPath   bool // an AND condition on paths or commits, which a text never meets
	targetRules map[string]bool
}

// The file format, as gitleaks documents it.
type gitleaksFile struct {
	Title      string              `toml:"title"`
	Allowlist  *gitleaksAllowTOML  `toml:"allowlist"`
	Allowlists []gitleaksAllowTOML `toml:"allowlists"`
	Rules      []struct {
		ID          string              `toml:"id"`
		Regex       string              `toml:"regex"`
		SecretGroup int                 `toml:"secretGroup"`
		Entropy     float64             `toml:"entropy"`
		Keywords    []string            `toml:"keywords"`
		Path        string              `toml:"path"`
		SkipReport  bool                `toml:"skipReport"`
		Allowlist   *gitleaksAllowTOML  `toml:"allowlist"`
		Allowlists  []gitleaksAllowTOML `toml:"allowlists"`
		Required    []map[string]any    `toml:"required"`
	} `toml:"rules"`
}

type gitleaksAllowTOML struct {
	Condition   string   `toml:"condition"`
	RegexTarget string   `toml:"regexTarget"`
	Regexes     []string `toml:"regexes"`
	Stopwords   []string `toml:"stopwords"`
	Paths       []string `toml:"paths"`
	Commits     []string `toml:"commits"`
	TargetRules []string `toml:"targetRules"`
}

// LoadGitleaksRules reads a gitleaks TOML configuration: each rule's id,
// regex, secretGroup, entropy, keywords and allowlists (regexes matched
// against the secret, the match or the line, and stopwords), and the
// global allowlists. Rules whose regex Go's RE2 engine cannot compile
// (look-arounds, back-references), rules that only match file paths and
// composite rules are skipped and listed in the result's Skipped. It
// fails only when the file is not valid TOML.
func LoadGitleaksRules(r io.Reader) (*GitleaksRules, error) {
	var f gitleaksFile
	if _, err := toml.NewDecoder(r).Decode(&f); err != nil {
		return nil, fmt.Errorf("gitleaks config: %w", err)
	}
	rs := &GitleaksRules{Title: f.Title}
	var globals []gitleaksAllowTOML
	if f.Allowlist != nil {
		globals = append(globals, *f.Allowlist)
	}
	globals = append(globals, f.Allowlists...)
	for i, a := range globals {
		al, err := compileAllowlist(a)
		if err != nil {
			rs.Skipped = append(rs.Skipped, SkippedRule{ID: fmt.Sprintf("allowlist #%d", i+1), Reason: err.Error()})
			continue
		}
		rs.global = append(rs.global, al)
	}
	seen := map[string]bool{}
	for i, fr := range f.Rules {
		id := fr.ID
		if id == "" {
			id = fmt.Sprintf("rule #%d", i+1)
		}
		skip := func(format string, args ...any) {
			rs.Skipped = append(rs.Skipped, SkippedRule{ID: id, Reason: fmt.Sprintf(format, args...)})
		}
		switch {
		case seen[id]:
			skip("duplicate rule id")
			continue
		case fr.Regex == "" && fr.Path != "":
			skip("matches file paths only")
			continue
		case fr.Regex == "":
			skip("no regex")
			continue
		case fr.Path != "":
			skip("also needs a file path to match")
			continue
		case len(fr.Required) > 0:
			skip("composite rules (required) are not supported")
			continue
		case fr.SkipReport:
			skip("skipReport is set")
			continue
		}
		re, err := regexp.Compile(fr.Regex)
		if err != nil {
			skip("regex not supported by RE2: %v", regexErr(err))
			continue
		}
		if fr.SecretGroup < 0 || fr.SecretGroup > re.NumSubexp() {
			skip("secretGroup %d but the regex has %d groups", fr.SecretGroup, re.NumSubexp())
			continue
		}
		gr := gitleaksRule{id: id, kind: "secret." + kindName(id), re: re, secretGroup: fr.SecretGroup, entropy: fr.Entropy,
			multiline: strings.Contains(fr.Regex, `\n`) || strings.Contains(fr.Regex, `[\s\S`) || strings.Contains(fr.Regex, `(?s`) || strings.Contains(fr.Regex, `\r`)}
		for _, k := range fr.Keywords {
			if k = strings.ToLower(strings.TrimSpace(k)); k != "" {
				gr.keywords = append(gr.keywords, k)
			}
		}
		als := fr.Allowlists
		if fr.Allowlist != nil {
			als = append([]gitleaksAllowTOML{*fr.Allowlist}, als...)
		}
		bad := false
		for _, a := range als {
			al, err := compileAllowlist(a)
			if err != nil {
				skip("allowlist: %v", err)
				bad = true
				break
			}
			gr.allowlists = append(gr.allowlists, al)
		}
		if bad {
			continue
		}
		seen[id] = true
		rs.rules = append(rs.rules, gr)
	}
	for i := range rs.rules {
		r := &rs.rules[i]
		for j := range rs.global {
			if g := &rs.global[j]; g.targetRules == nil || g.targetRules[r.id] {
				r.globals = append(r.globals, g)
				r.aimed = r.aimed || g.targetRules != nil
			}
		}
	}
	return rs, nil
}

// regexErr shortens a regexp error to its code and the offending piece of
// syntax: rules are public configuration, never secrets, but messages
// stay short.
func regexErr(err error) string {
	var e *syntax.Error
	if errors.As(err, &e) {
		expr := e.Expr
		if len(expr) > 24 {
			expr = expr[:24] + "…"
		}
		return fmt.Sprintf("%s: %q", e.Code, expr)
	}
	return err.Error()
}

// kindName turns a rule id into the type part of a finding kind:
// "aws-access-token" becomes "aws_access_token".
func kindName(id string) string {
	b := []byte(strings.ToLower(id))
	for i, c := range b {
		if !isAlnum(c) {
			b[i] = '_'
		}
	}
	return string(b)
}

func compileAllowlist(a gitleaksAllowTOML) (gitleaksAllowlist, error) {
	al := gitleaksAllowlist{and: strings.EqualFold(a.Condition, "AND"), target: strings.ToLower(a.RegexTarget)}
	switch al.target {
	case "", "secret":
		al.target = "secret"
	case "match", "line":
	default:
		return al, fmt.Errorf("unknown regexTarget %q", a.RegexTarget)
	}
	for _, p := range a.Regexes {
		re, err := regexp.Compile(p)
		if err != nil {
			return al, fmt.Errorf("regex not supported by RE2: %v", regexErr(err))
		}
		al.regexes = append(al.regexes, re)
	}
	for _, w := range a.Stopwords {
		al.stopwords = append(al.stopwords, strings.ToLower(w))
	}
	al.needsPath = al.and && (len(a.Paths) > 0 || len(a.Commits) > 0)
	if len(a.TargetRules) > 0 {
		al.targetRules = map[string]bool{}
		for _, r := range a.TargetRules {
			al.targetRules[r] = true
		}
	}
	return al, nil
}

// allows reports whether the allowlist lets a finding go: with the OR
// condition when any of its regexes or stopwords applies, with AND when
// all of its criteria do (a path or commit criterion never applies to a
// text).
func (a *gitleaksAllowlist) allows(secret, match, line string) bool {
	if a.needsPath {
		return false
	}
	target := secret
	switch a.target {
	case "match":
		target = match
	case "line":
		target = line
	}
	regexHit := false
	for _, re := range a.regexes {
		if re.MatchString(target) {
			regexHit = true
			break
		}
	}
	stopHit := false
	if len(a.stopwords) > 0 {
		ls := strings.ToLower(secret)
		for _, w := range a.stopwords {
			if strings.Contains(ls, w) {
				stopHit = true
				break
			}
		}
	}
	if a.and {
		return (len(a.regexes) == 0 || regexHit) && (len(a.stopwords) == 0 || stopHit) && (len(a.regexes) > 0 || len(a.stopwords) > 0)
	}
	return regexHit || stopHit
}

// lineWindow returns the text around a keyword at s[p] that a single-line
// rule can match in: from 256 bytes before to 1 KiB after, within the
// keyword's line and the lines next to it, widened to white space so no
// token is cut.
func lineWindow(s string, p int) (int, int) {
	a := p
	for lines := 0; a > 0 && p-a < 256; a-- {
		if s[a-1] == '\n' {
			lines++
			if lines == 2 {
				break
			}
		}
	}
	for n := 0; a > 0 && n < 256 && !isSpaceByte(s[a-1]); n++ {
		a--
	}
	b := p
	for lines := 0; b < len(s) && b-p < 1024; b++ {
		if s[b] == '\n' {
			lines++
			if lines == 2 {
				break
			}
		}
	}
	for n := 0; b < len(s) && n < 4096 && !isSpaceByte(s[b]); n++ {
		b++
	}
	return a, b
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// secretRules turns the loaded rules into detector rules.
func (rs *GitleaksRules) secretRules() []secretRule {
	out := make([]secretRule, 0, len(rs.rules))
	for i := range rs.rules {
		r := &rs.rules[i]
		out = append(out, secretRule{id: "gitleaks." + r.id, keywords: r.keywords, find: func(s string, starts []int, out []Finding) []Finding {
			if starts == nil || r.multiline {
				return r.find(s, 0, len(s), out)
			}
			// gitleaks runs a rule over a whole file once a keyword
			// occurs; here it runs over the lines around each keyword,
			// which is where single-line rules match and far cheaper on
			// long texts.
			ws, we := -1, -1
			for _, p := range starts {
				a, b := lineWindow(s, p)
				if a <= we {
					we = max(we, b)
					continue
				}
				if ws >= 0 {
					out = r.find(s, ws, we, out)
				}
				ws, we = a, b
			}
			if ws >= 0 {
				out = r.find(s, ws, we, out)
			}
			return out
		}})
	}
	return out
}

// find runs the rule over s as gitleaks would over one file: the secret is
// the secretGroup (or the first non-empty group, or the whole match); it
// must pass the entropy threshold and no allowlist may let it go.
func (r *gitleaksRule) find(s string, from, to int, out []Finding) []Finding {
	for _, m := range r.re.FindAllStringSubmatchIndex(s[from:to], -1) {
		for i := range m {
			if m[i] >= 0 {
				m[i] += from
			}
		}
		ms, me := m[0], m[1]
		ss, se := r.secretSpan(m)
		if ss < 0 || se <= ss {
			continue
		}
		secret := s[ss:se]
		if r.entropy > 0 {
			if shannon(secret) <= r.entropy {
				continue
			}
			if strings.HasPrefix(r.id, "generic") && !hasDigit(secret) {
				continue
			}
		}
		ls, le := lineAround(s, ms, me)
		if r.allowed(secret, s[ms:me], s[ls:le]) {
			continue
		}
		out = append(out, Finding{Kind: r.kind, Score: 0.8, Rule: "gitleaks." + r.id, Start: ss, End: se})
	}
	return out
}

// lineAround returns the bounds of the lines that s[start:end] lies on.
func lineAround(s string, start, end int) (int, int) {
	ls := strings.LastIndexByte(s[:start], '\n') + 1
	le := strings.IndexByte(s[end:], '\n')
	if le < 0 {
		return ls, len(s)
	}
	return ls, le + end
}

// allowLineBytes bounds the line allowsBuiltin reads on each side of a
// secret: a text of one long line holding many secrets would otherwise
// have every rule run over the whole of it once for each.
const allowLineBytes = 1024

// secretLine is lineAround for allowsBuiltin: the line that s[start:end]
// lies on, cut to allowLineBytes on each side at white space, so that no
// token is cut in two.
func secretLine(s string, start, end int) (int, int) {
	ls, le := lineAround(s, start, end)
	if start-ls > allowLineBytes {
		ls = start - allowLineBytes
		if i := strings.IndexAny(s[ls:start], " \t"); i >= 0 {
			ls += i + 1
		} else {
			ls = start
		}
	}
	if le-end > allowLineBytes {
		le = end + allowLineBytes
		if i := strings.LastIndexAny(s[end:le], " \t"); i >= 0 {
			le = end + i
		} else {
			le = end
		}
	}
	return ls, le
}

// secretSpan is where the secret of match m lies: the secretGroup, else
// the first non-empty group, else the whole match.
func (r *gitleaksRule) secretSpan(m []int) (int, int) {
	if r.secretGroup > 0 {
		return m[2*r.secretGroup], m[2*r.secretGroup+1]
	}
	for g := 1; 2*g < len(m); g++ {
		if m[2*g] >= 0 && m[2*g+1] > m[2*g] {
			return m[2*g], m[2*g+1]
		}
	}
	return m[0], m[1]
}

// allowed reports whether the rule's own allowlists, or the global ones
// that apply to it, let a secret go.
func (r *gitleaksRule) allowed(secret, match, line string) bool {
	for i := range r.allowlists {
		if r.allowlists[i].allows(secret, match, line) {
			return true
		}
	}
	for _, g := range r.globals {
		if g.allows(secret, match, line) {
			return true
		}
	}
	return false
}

// allowsBuiltin reports whether the configuration lets go the secret a
// built-in rule found at s[start:end]: a team that allowlists a value in
// its gitleaks configuration (a public key in a sample app, a test
// fixture) means it for every rule that finds it. The value goes when a
// global allowlist that names no rules lets it go, or when a configured
// rule finds the same secret on its line and that rule's allowlists (or
// the global ones aimed at it) let it go. Of a long line, only the
// allowLineBytes on each side of the secret are read.
func (rs *GitleaksRules) allowsBuiltin(s string, start, end int) bool {
	secret := s[start:end]
	ls, le := secretLine(s, start, end)
	line := s[ls:le]
	for j := range rs.global {
		if g := &rs.global[j]; g.targetRules == nil && g.allows(secret, secret, line) {
			return true
		}
	}
	lower := ""
	for i := range rs.rules {
		r := &rs.rules[i]
		if len(r.allowlists) == 0 && !r.aimed {
			// Only the global allowlists for every rule, tried above.
			continue
		}
		if len(r.keywords) > 0 {
			// gitleaks runs a rule only where one of its keywords occurs.
			if lower == "" {
				lower = strings.ToLower(line)
			}
			if !slices.ContainsFunc(r.keywords, func(k string) bool { return strings.Contains(lower, k) }) {
				continue
			}
		}
		for _, m := range r.re.FindAllStringSubmatchIndex(line, -1) {
			ss, se := r.secretSpan(m)
			if ss+ls != start || se+ls != end {
				continue
			}
			if r.allowed(secret, line[m[0]:m[1]], line) {
				return true
			}
		}
	}
	return false
}
