package detect

import (
	"regexp"
	"strings"
)

// providerRules find the tokens of further services by their documented
// prefixes and shapes. Each must also look random: masked, repeated or
// sequential values ("hf_xxxx", "sgp_5555555dAAAAA...") are left alone.
func providerRules() []secretRule {
	random := func(skip int, min float64) func(string) bool {
		return func(v string) bool {
			b := v[min2(skip, len(v)):]
			return !isMasked(v) && !hasSequence(b, 6) && highEntropy(b, min) && !repeatsRuns(b)
		}
	}
	mixed := func(skip int, min float64) func(string) bool {
		r := random(skip, min)
		return func(v string) bool { return r(v) && hasDigitAndLetter(v[min2(skip, len(v)):]) }
	}
	return []secretRule{
		prefixRule("huggingface.token", "secret.huggingface_token", 0.95, []string{"hf_"},
			`hf_[A-Za-z]{34}`, 37, random(3, 3.8)),
		prefixRule("huggingface.org_token", "secret.huggingface_token", 0.9, []string{"api_org_"},
			`api_org_[A-Za-z]{34}`, 42, random(8, 3.8)),
		prefixRule("gitlab.token", "secret.gitlab_token", 0.95, []string{"glpat-", "glptt-", "glrt-", "gldt-", "glft-", "glsoat-"},
			`gl(?:pat|ptt|rt|dt|ft|soat)-[A-Za-z0-9_.-]{20,300}`, 310, mixed(6, 3.5)),
		prefixRule("npm.token", "secret.npm_token", 0.95, []string{"npm_"},
			`npm_[A-Za-z0-9]{36}`, 40, mixed(4, 3.5)),
		prefixRule("pypi.token", "secret.pypi_token", 0.95, []string{"pypi-ageichlwas5vcmc"},
			`pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}`, 400, random(20, 3.5)),
		prefixRule("sendgrid.api_key", "secret.sendgrid_api_key", 0.95, []string{"sg."},
			`SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}`, 69, mixed(3, 3.5)),
		prefixRule("twilio.api_key", "secret.twilio_api_key", 0.8, []string{"sk"},
			`SK[0-9a-f]{32}`, 34, mixed(2, 3.2)),
		prefixRule("digitalocean.token", "secret.digitalocean_token", 0.95, []string{"dop_v1_", "doo_v1_", "dor_v1_"},
			`do[por]_v1_[a-f0-9]{64}`, 71, random(7, 3.3)),
		prefixRule("shopify.token", "secret.shopify_token", 0.95, []string{"shpat_", "shpca_", "shppa_", "shpss_"},
			`shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}`, 38, random(6, 3.2)),
		prefixRule("groq.api_key", "secret.groq_api_key", 0.95, []string{"gsk_"},
			`gsk_[A-Za-z0-9]{48,56}`, 60, mixed(4, 3.8)),
		prefixRule("xai.api_key", "secret.xai_api_key", 0.95, []string{"xai-"},
			`xai-[A-Za-z0-9]{70,90}`, 94, mixed(4, 3.8)),
		prefixRule("replicate.token", "secret.replicate_token", 0.9, []string{"r8_"},
			`r8_[A-Za-z0-9]{37}`, 40, mixed(3, 3.8)),
		prefixRule("perplexity.api_key", "secret.perplexity_api_key", 0.95, []string{"pplx-"},
			`pplx-[A-Za-z0-9]{48}`, 53, mixed(5, 3.8)),
		prefixRule("notion.token", "secret.notion_token", 0.9, []string{"ntn_"},
			`ntn_[A-Za-z0-9]{40,50}`, 54, mixed(4, 3.5)),
		prefixRule("linear.api_key", "secret.linear_api_key", 0.95, []string{"lin_api_"},
			`lin_api_[A-Za-z0-9]{40}`, 48, mixed(8, 3.8)),
		prefixRule("databricks.token", "secret.databricks_token", 0.9, []string{"dapi"},
			`dapi[a-f0-9]{32}(?:-\d)?`, 38, mixed(4, 3.2)),
		prefixRule("sourcegraph.token", "secret.sourcegraph_token", 0.9, []string{"sgp_"},
			`sgp_(?:local_|[a-fA-F0-9]{16}_)?[a-fA-F0-9]{40}`, 62, mixed(4, 3.3)),
		prefixRule("onepassword.service_token", "secret.onepassword_token", 0.95, []string{"ops_eyj"},
			`ops_eyJ[A-Za-z0-9+/]{250,}={0,3}`, 4000, random(7, 4.0)),
		prefixRule("vault.token", "secret.vault_token", 0.9, []string{"hvs.", "hvb."},
			`hv[sb]\.[A-Za-z0-9_-]{24,}`, 400, mixed(4, 3.8)),
		prefixRule("age.secret_key", "secret.age_secret_key", 0.99, []string{"age-secret-key-1"},
			`AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`, 74, random(16, 3.5)),
		prefixRule("atlassian.api_token", "secret.atlassian_api_token", 0.95, []string{"atatt3"},
			`ATATT3[A-Za-z0-9_=-]{150,200}`, 210, random(6, 4.0)),
		prefixRule("google.oauth_client_secret", KindGoogleAPIKey, 0.95, []string{"gocspx-"},
			`GOCSPX-[A-Za-z0-9_-]{28}`, 35, mixed(7, 3.5)),
		prefixRule("google.oauth_access_token", KindGoogleAPIKey, 0.85, []string{"ya29."},
			`ya29\.[A-Za-z0-9_-]{30,}`, 2100, mixed(5, 3.8)),
		prefixRule("facebook.access_token", "secret.facebook_token", 0.85, []string{"eaa"},
			`EAA[A-Za-z0-9]{100,}`, 400, mixed(3, 4.0)),
		azureClientSecretRule(),
		prefixRule("discord.webhook_url", "secret.discord_webhook_url", 0.95, []string{"discord.com/api/webhooks/", "discordapp.com/api/webhooks/"},
			`discord(?:app)?\.com/api/webhooks/\d{16,20}/[A-Za-z0-9_-]{60,70}`, 120, nil),
	}
}

// azureClientSecretRule finds Entra ID (Azure AD) client secrets: three
// characters, a digit, "Q~" and 31 to 34 more.
func azureClientSecretRule() secretRule {
	re := regexp.MustCompile(`^[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}`)
	return secretRule{id: "azure.client_secret", keywords: []string{"q~"}, find: func(s string, starts []int, out []Finding) []Finding {
		done := 0
		for _, p := range starts {
			st := p - 4
			if st < done || st < 0 || s[p] != 'Q' || st > 0 && (isAlnum(s[st-1]) || s[st-1] == '~' || s[st-1] == '_') {
				continue
			}
			m := re.FindStringIndex(s[st:min(len(s), st+40)])
			if m == nil {
				continue
			}
			end := st + m[1]
			if end < len(s) && (isAlnum(s[end]) || s[end] == '~' || s[end] == '_') {
				continue
			}
			v := s[st:end]
			if isMasked(v) || !hasDigitAndLetter(v[6:]) || shannon(v[6:]) < 3.5 || strings.Count(v, "~") > 4 {
				continue
			}
			out = append(out, Finding{Kind: "secret.azure_client_secret", Score: 0.9, Rule: "azure.client_secret", Start: st, End: end})
			done = end
		}
		return out
	}}
}

// repeatsRuns reports whether v is built of long runs of one character,
// as in "5555555dAAAAA7777777".
func repeatsRuns(v string) bool {
	long, run := 0, 1
	for i := 1; i <= len(v); i++ {
		if i < len(v) && v[i] == v[i-1] {
			run++
			continue
		}
		if run >= 4 {
			long += run
		}
		run = 1
	}
	return long*3 >= len(v)
}

func min2(a, b int) int { return min(a, b) }
