package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/promptgate/promptgate/detect"
	"github.com/promptgate/promptgate/internal/evaldata"
)

func init() {
	suites = append(suites, suite{name: "secrets", run: runSecrets})
}

var secretsVerbose = flag.Bool("secrets-misses", false, "secrets: list missed tp cases and flagged fp cases (prints data rows)")

type gitleaksCase struct {
	RuleID string `json:"rule_id"`
	Label  string `json:"label"`
	Text   string `json:"text"`
}

// ourType maps a gitleaks rule id to the built-in type that covers the
// same credential, or "" when no built-in rule is meant to.
func ourType(ruleID string) string {
	switch {
	case strings.HasPrefix(ruleID, "anthropic-"):
		return "anthropic_api_key"
	case ruleID == "openai-api-key":
		return "openai_api_key"
	case ruleID == "aws-access-token":
		return "aws_access_key_id"
	case strings.HasPrefix(ruleID, "github-"):
		return "github_token"
	case strings.HasPrefix(ruleID, "slack-"):
		return "slack_token"
	case strings.HasPrefix(ruleID, "stripe"):
		return "stripe_key"
	case ruleID == "gcp-api-key":
		return "google_api_key"
	case ruleID == "jwt" || ruleID == "jwt-base64":
		return "jwt"
	case ruleID == "private-key":
		return "private_key"
	case ruleID == "generic-api-key", ruleID == "curl-auth-header", ruleID == "curl-auth-user", ruleID == "sidekiq-sensitive-url":
		return "generic"
	}
	return ""
}

func runSecrets(root string) error {
	dir := filepath.Join(root, "secrets", "gitleaks")
	cases, err := evaldata.ReadJSONL[gitleaksCase](filepath.Join(dir, "gitleaks_rule_cases.jsonl"))
	if err != nil {
		return err
	}
	memorised, err := literalAllowlist(filepath.Join(dir, "gitleaks.toml"))
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(dir, "gitleaks.toml"))
	if err != nil {
		return err
	}
	rules, err := detect.LoadGitleaksRules(f)
	f.Close()
	if err != nil {
		return err
	}

	// An fp case of one gitleaks rule can be a true secret for another
	// (an Anthropic admin key is an fp case of the api-key rule): note
	// which fp cases gitleaks' own rules, other than the case's, flag.
	gitleaksOnly := detect.NewSecretDetector(detect.WithoutBuiltinRules(), detect.WithGitleaksRules(rules))
	crossRule := map[int]bool{}
	for i, c := range cases {
		if c.Label != "fp" {
			continue
		}
		for _, f := range gitleaksOnly.Detect(detect.NewText(c.Text, false), nil) {
			if f.Rule != "gitleaks."+c.RuleID {
				crossRule[i] = true
			}
		}
	}
	builtin := detect.NewSecretDetector()
	scoreSecrets(cases, memorised, crossRule, "built-in rules", builtin, true)
	withGitleaks := detect.NewSecretDetector(detect.WithGitleaksRules(rules))
	fmt.Printf("\ngitleaks.toml loaded as custom rules: %d rules used, %d skipped\n", rules.Len(), len(rules.Skipped))
	reasons := map[string]int{}
	for _, s := range rules.Skipped {
		r := s.Reason
		if i := strings.Index(r, ":"); i > 0 {
			r = r[:i]
		}
		reasons[r]++
	}
	fmt.Printf("skipped: %s\n", fmtCounts(reasons))
	scoreSecrets(cases, memorised, crossRule, "built-in + gitleaks.toml rules", withGitleaks, false)
	return nil
}

// literalAllowlist returns the values gitleaks' rules allow-list by their
// exact text (real keys published in public code, which no rule could tell
// from a live key without memorising them).
func literalAllowlist(path string) ([]string, error) {
	var cfg struct {
		Rules []struct {
			Allowlists []struct {
				Regexes []string `toml:"regexes"`
			} `toml:"allowlists"`
		} `toml:"rules"`
	}
	if _, err := toml.DecodeFile(path, &cfg); err != nil {
		return nil, err
	}
	var out []string
	for _, r := range cfg.Rules {
		for _, a := range r.Allowlists {
			for _, re := range a.Regexes {
				if len(re) >= 20 && regexp.QuoteMeta(re) == re {
					out = append(out, re)
				}
			}
		}
	}
	return out, nil
}

func scoreSecrets(cases []gitleaksCase, memorised []string, crossRule map[int]bool, name string, det *detect.SecretDetector, byType bool) {
	type tally struct{ tp, found, kindOK int }
	types := map[string]*tally{}
	var all, covered tally
	var fp, fpFlagged, fpMemorised, fpMemFlagged, fpCross, fpCrossFlagged int
	flaggedBy := map[string]int{}
	var misses, flagged []string
	var elapsed time.Duration
	for i, c := range cases {
		t := detect.NewText(c.Text, false)
		start := time.Now()
		fs := det.Detect(t, nil)
		elapsed += time.Since(start)
		typ := ourType(c.RuleID)
		if c.Label == "tp" {
			hit, kindOK := len(fs) > 0, false
			for _, f := range fs {
				if typ != "" && f.Kind == "secret."+typ || typ == "slack_token" && f.Kind == detect.KindSlackWebhook {
					kindOK = true
				}
			}
			all.tp++
			if hit {
				all.found++
			} else {
				misses = append(misses, fmt.Sprintf("  miss %-32s %q", c.RuleID, trunc(c.Text)))
			}
			if typ == "" {
				continue
			}
			tt := types[typ]
			if tt == nil {
				tt = &tally{}
				types[typ] = tt
			}
			tt.tp++
			covered.tp++
			if hit {
				tt.found++
				covered.found++
			}
			if kindOK {
				tt.kindOK++
				covered.kindOK++
			}
			continue
		}
		fp++
		mem := false
		for _, m := range memorised {
			if strings.Contains(c.Text, m) {
				mem = true
			}
		}
		cross := !mem && crossRule[i]
		if mem {
			fpMemorised++
		}
		if cross {
			fpCross++
		}
		if len(fs) > 0 {
			fpFlagged++
			if mem {
				fpMemFlagged++
			}
			if cross {
				fpCrossFlagged++
			}
			flaggedBy[fs[0].Rule]++
			flagged = append(flagged, fmt.Sprintf("  fp   %-32s by %-24s %q", c.RuleID, fs[0].Rule, trunc(c.Text)))
		}
	}
	fmt.Printf("\nSecrets on gitleaks_rule_cases.jsonl (%d tp / %d fp cases), %s\n", all.tp, fp, name)
	if byType {
		fmt.Printf("%-18s %4s %6s %7s %10s\n", "type", "tp", "found", "recall", "right kind")
		keys := make([]string, 0, len(types))
		for k := range types {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			t := types[k]
			fmt.Printf("%-18s %4d %6d %7s %10d\n", k, t.tp, t.found, ratio(t.found, t.tp), t.kindOK)
		}
		fmt.Printf("%-18s %4d %6d %7s %10d\n", "covered types", covered.tp, covered.found, ratio(covered.found, covered.tp), covered.kindOK)
		fmt.Printf("%-18s %4d %6d %7s\n", "other providers", all.tp-covered.tp, all.found-covered.found, ratio(all.found-covered.found, all.tp-covered.tp))
	}
	fmt.Printf("%-18s %4d %6d %7s\n", "all tp cases", all.tp, all.found, ratio(all.found, all.tp))
	fmt.Printf("fp cases flagged: %d of %d = %s", fpFlagged, fp, ratio(fpFlagged, fp))
	fmt.Printf("; excluding the %d real keys gitleaks allow-lists by exact value: %d of %d = %s\n",
		fpMemorised, fpFlagged-fpMemFlagged, fp-fpMemorised, ratio(fpFlagged-fpMemFlagged, fp-fpMemorised))
	fmt.Printf("  excluding those and the %d that gitleaks' other rules flag as secrets too: %d of %d = %s\n",
		fpCross, fpFlagged-fpMemFlagged-fpCrossFlagged, fp-fpMemorised-fpCross, ratio(fpFlagged-fpMemFlagged-fpCrossFlagged, fp-fpMemorised-fpCross))
	fmt.Printf("fp flagged by rule: %s\n", fmtCounts(flaggedBy))
	fmt.Printf("mean detect time: %.1f µs per case\n", float64(elapsed.Nanoseconds())/1000/float64(len(cases)))
	if *secretsVerbose {
		for _, l := range misses {
			fmt.Println(l)
		}
		for _, l := range flagged {
			fmt.Println(l)
		}
	}
}

func trunc(s string) string {
	if len(s) > 140 {
		return s[:140] + "…"
	}
	return s
}
