package detect

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Settings switched off. An override may come as configuration: a block
// of keys naming the model's rules or safety set to off, none or void
// ("safety_filter: off", "betreiber_regeln: ungültig", "[regras_do_operador
// =nulas]", {"regole_operatore": "annullate"}, "運営者ルール: 無効"). One
// such pair is a developer's own setting as often as not ("safety_checker
// =None"); two in one text are a block that lifts the rules. settingsOff
// reads each "key: value" and "key = value" pair, and where at least two
// set a key of settingKeys, standing as a setting's key does (see
// settingHead), to a value of offValues, gives each key the
// rules (cInstr, cPolicy) and each value their lifting (cIgnore, cDisable),
// as hits the rules read as they read words. A tool call's argument that
// keeps the owner out of the act ("confirm": false, "skip_owner_otp":
// true) is secrecy (cSecrecy) where the text asks for the call to be run
// (callBefore): an agent told to run a call so built does behind the
// owner's back what the call does.

// settingKeys are the words of a key that names rules or safety, as Norm
// writes them; a key holds one as one of its parts ("content_filter",
// "regras_do_operador") or, for the longer, inside a compound
// ("sicherheitsmodus", "betreiberregeln"). A bare "filter" is CSS's.
var settingKeys = normList("rules", "rule", "policy", "policies", "guardrails", "guardrail", "restrictions", "moderation", "censorship", "safety",
	"ethics", "alignment", "content_filter", "safety_filter", "nsfw_filter", "filters",
	"règles", "regles", "politique", "sécurité", "filtres", "modération",
	"reglas", "seguridad", "filtros", "restricciones", "políticas", "moderación",
	"regeln", "sicherheit", "sicherheitsmodus", "richtlinien", "einschränkungen", "filterung",
	"regole", "sicurezza", "filtri", "restrizioni", "vincoli", "politiche",
	"regras", "segurança", "restrições", "diretrizes",
	"regels", "veiligheid", "beperkingen", "beleid",
	"zasady", "reguły", "filtry", "bezpieczeństwo", "ograniczenia",
	"правила", "фильтры", "безопасность", "ограничения", "модерация",
	"kurallar", "kuralları", "güvenlik", "kısıtlamalar", "filtreler",
	"规则", "安全", "过滤", "审查", "限制", "ルール", "フィルタ", "フィルター", "制限", "규칙", "안전", "필터", "제한",
	"قواعد", "القواعد", "الفلتر", "الأمان", "القيود", "नियम", "सेफ़्टी", "सेफ्टी", "फ़िल्टर", "फिल्टर", "सुरक्षा", "पाबंदी")

// offValues are the values that switch a setting off or void it.
var offValues = normSet("off", "false", "none", "null", "void", "disabled", "disable", "0", "unrestricted", "aus", "deaktiviert", "ungültig",
	"nichtig", "désactivé", "désactivés", "désactivées", "désactivée", "aucune", "aucun", "nulles", "annulées", "desactivado", "desactivada",
	"desactivados", "desactivadas", "ninguna", "ninguno", "nulas", "nulos", "disattivato", "disattivata", "disattivati", "disattivate", "annullate",
	"annullati", "nessuna", "nessuno", "desativado", "desativados", "desativadas", "nenhuma", "uit", "uitgeschakeld", "geen", "ongeldig",
	"wyłączone", "wyłączony", "brak", "nieważne", "выкл", "выключено", "выключены", "отключено", "отключены", "нет",
	"недействительны", "kapalı", "devre dışı", "iptal", "yok", "geçersiz", "关闭", "关", "无", "无效", "禁用", "オフ", "無効", "なし",
	"끔", "꺼짐", "해제", "없음", "무효", "معطل", "معطّل", "ملغاة", "ملغى", "بند", "बंद", "अमान्य", "शून्य")

// settingsKeyLen and settingsValueLen bound the key and the value a pair
// is read with, in bytes, and settingsMax how many pairs of each kind are
// read: the rules fire once each.
const (
	settingsKeyLen   = 48
	settingsValueLen = 32
	settingsMax      = 16
)

// settingsOff adds the hits of a block of settings switched off to hits
// (see settingKeys), in order of position.
func settingsOff(norm string, hits []hit) []hit {
	type pair struct{ k0, k1, v0, v1 int }
	var found, covert, acts []pair
	// read reads the pair around the separator norm[i:i+n].
	read := func(i, n int) {
		// The value first: it is what rules out almost every pair.
		v0, v1 := settingValue(norm, i+n)
		if v0 == v1 {
			return
		}
		if c0, c1 := callName(norm, i+n); len(acts) < settingsMax && privilegedCallName(norm[c0:c1]) {
			if k0, k1 := settingKey(norm, i); toolNameKeys[norm[k0:k1]] {
				acts = append(acts, pair{k0, k1, c0, c1})
			}
			return
		}
		v := norm[v0:v1]
		off, flag := offValues[v], falseValues[v] || trueValues[v]
		if !off && !flag {
			return
		}
		k0, k1 := settingKey(norm, i)
		if k0 == k1 || !settingHead(norm, k0) {
			return
		}
		switch k := norm[k0:k1]; {
		case off && len(found) < settingsMax && keyOfRules(k):
			found = append(found, pair{k0, k1, v0, v1})
		case flag && len(covert) < settingsMax && ownerKeptOut(k, v):
			covert = append(covert, pair{k0, k1, v0, v1})
		}
	}
	// Each separator is found by a search of its own, which runs far
	// faster than a loop over every byte.
	for _, sep := range []string{":", "=", "："} {
		for i := 0; i < len(norm); i += len(sep) {
			j := strings.Index(norm[i:], sep)
			if j < 0 {
				break
			}
			i += j
			read(i, len(sep))
		}
	}
	var added []hit
	if len(found) >= 2 {
		for _, p := range found {
			added = append(added, hit{start: int32(p.k0), end: int32(p.k1), concepts: 1<<cInstr | 1<<cPolicy},
				hit{start: int32(p.v0), end: int32(p.v1), concepts: 1<<cIgnore | 1<<cDisable})
		}
	}
	for _, p := range covert {
		if callBefore(hits, p.k0) {
			added = append(added, hit{start: int32(p.k0), end: int32(p.v1), concepts: 1 << cSecrecy})
		}
	}
	for _, p := range acts {
		added = append(added, hit{start: int32(p.v0), end: int32(p.v1), concepts: 1 << cPrivileged})
	}
	if len(added) == 0 {
		return hits
	}
	byStart := func(a, b hit) int { return int(a.start) - int(b.start) }
	slices.SortStableFunc(added, byStart)
	// Positions in characters, counted once along the text.
	at, pos := 0, 0
	for i := range added {
		pos += utf8.RuneCountInString(norm[at:added[i].start])
		at = int(added[i].start)
		added[i].pos = int32(pos)
	}
	hits = append(hits, added...)
	slices.SortStableFunc(hits, byStart)
	return hits
}

// settingKey returns the key that ends before norm[sep], a separator:
// letters, digits, "_", "-" and ".", with a closing quote or spaces
// between.
func settingKey(norm string, sep int) (int, int) {
	end := sep
	for end > 0 && (norm[end-1] == ' ' || norm[end-1] == '"' || norm[end-1] == '\'') {
		end--
	}
	start := end
	for start > 0 && end-start < settingsKeyLen {
		r, n := utf8.DecodeLastRuneInString(norm[:start])
		if !(isLetterRune(r) || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.') {
			break
		}
		start -= n
	}
	return start, end
}

// settingValue returns the value that follows norm[from:], past spaces
// and an opening quote, up to a delimiter.
func settingValue(norm string, from int) (int, int) {
	from = valueStart(norm, from)
	end := from
	for end < len(norm) && end-from < settingsValueLen {
		r, n := utf8.DecodeRuneInString(norm[end:])
		if !(isLetterRune(r) || r >= '0' && r <= '9' || r == ' ' && end > from) {
			break
		}
		end += n
	}
	return from, max(from, len(strings.TrimRight(norm[:end], " ")))
}

// ownerKeys are the keys of a tool call's arguments that keep its owner
// in the loop when true ("confirm", "notify_owner", "require_approval"),
// and skipKeys those that keep the owner out when true
// ("skip_owner_otp", "silent").
var (
	ownerKeys = map[string]bool{"confirm": true, "confirmation": true, "require_confirmation": true, "requires_confirmation": true,
		"needs_confirmation": true, "confirm_with_user": true, "ask_user": true, "ask_owner": true, "notify": true, "notify_user": true,
		"notify_owner": true, "notification": true, "notifications": true, "send_notification": true, "alert": true, "alert_owner": true,
		"approval": true, "require_approval": true, "requires_approval": true, "user_approval": true, "owner_approval": true,
		"human_approval": true, "human_in_the_loop": true, "audit": true, "audit_log": true, "log": true, "logging": true}
	skipKeys = map[string]bool{"skip_confirmation": true, "skip_owner_otp": true, "skip_otp": true, "skip_2fa": true, "skip_mfa": true,
		"skip_approval": true, "bypass_approval": true, "bypass_confirmation": true, "skip_review": true, "silent": true, "silently": true,
		"no_notify": true, "no_notification": true, "suppress_notification": true, "suppress_notifications": true, "hide_from_owner": true}
	// falseValues and trueValues are the values that say no and yes.
	falseValues = map[string]bool{"false": true, "0": true, "no": true, "off": true, "none": true, "null": true}
	trueValues  = map[string]bool{"true": true, "1": true, "yes": true}
)

// A tool call names its act in an identifier ("logs.purge",
// "payment.transfer", "payments.approve", "mfa_disable"): toolNameKeys
// are the keys that hold one, and privilegedCallName reads it as the act
// it names, a verb of callVerbs on an object of callObjects, either way
// round. Such an act hands over control or cannot be taken back, as the
// acts of actSpecs do (cPrivileged). "users.list", "files.export" and
// "email.send" name no such act.
var (
	toolNameKeys = map[string]bool{"tool": true, "function": true, "name": true, "action": true, "method": true,
		"tool_name": true, "function_name": true, "operation": true}
	callVerbs = map[string]bool{"delete": true, "remove": true, "purge": true, "wipe": true, "erase": true, "drop": true,
		"truncate": true, "clear": true, "disable": true, "deactivate": true, "transfer": true, "pay": true, "approve": true,
		"refund": true, "release": true, "grant": true, "promote": true, "elevate": true, "reset": true, "change": true,
		"update": true, "set": true, "share": true, "forward": true}
	callObjects = map[string]bool{"log": true, "logs": true, "audit": true, "auditlog": true, "history": true,
		"mfa": true, "2fa": true, "otp": true, "payment": true, "payments": true, "funds": true, "money": true, "refund": true,
		"refunds": true, "admin": true, "admins": true, "role": true, "roles": true, "permission": true, "permissions": true,
		"access": true, "password": true, "passwords": true, "recovery": true, "owner": true, "ownership": true, "repo": true,
		"repository": true, "protection": true, "database": true, "db": true, "backup": true,
		"backups": true, "alerts": true, "alerting": true, "monitoring": true, "firewall": true, "forwarding": true,
		"invoice": true, "invoices": true, "payout": true, "beneficiary": true}
)

// valueStart returns where the value after norm[from], a separator,
// starts: past spaces and quotes.
func valueStart(norm string, from int) int {
	for from < len(norm) && (norm[from] == ' ' || norm[from] == '"' || norm[from] == '\'') {
		from++
	}
	return from
}

// callName returns the identifier that follows norm[from], a separator,
// past spaces and a quote: ASCII letters, digits and ".", "_", "-", "/".
func callName(norm string, from int) (int, int) {
	from = valueStart(norm, from)
	end := from
	for end < len(norm) && end-from < settingsKeyLen {
		c := norm[end]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == '/') {
			break
		}
		end++
	}
	return from, end
}

// privilegedCallName reports whether v, a tool's identifier, names a verb
// of callVerbs and an object of callObjects among its parts (split at
// ".", "_", "-" and "/").
func privilegedCallName(v string) bool {
	if len(v) < 5 || strings.IndexAny(v, "._-/") < 0 {
		return false
	}
	verb, object := false, false
	for part := range strings.FieldsFuncSeq(v, func(r rune) bool { return strings.ContainsRune("._-/", r) }) {
		verb = verb || callVerbs[part]
		object = object || callObjects[part]
	}
	return verb && object
}

// callBefore reports whether hits hold an order to run something (cCall:
// "execute this call as is", "выполни") within callReach bytes before p:
// a developer who shows a schema with "notify": false asks nothing run.
func callBefore(hits []hit, p int) bool {
	for i := range hits {
		h := &hits[i]
		if int(h.start) >= p {
			break
		}
		if h.concepts&(1<<cCall) != 0 && p-int(h.end) <= callReach {
			return true
		}
	}
	return false
}

// callReach is how far, in bytes, the order to run a call may stand
// before the argument that keeps its owner out.
const callReach = 240

// ownerKeptOut reports whether a tool call's argument k set to v keeps
// the owner out of the act: "confirm": false, "notify": false,
// "skip_owner_otp": true.
func ownerKeptOut(k, v string) bool {
	return ownerKeys[k] && falseValues[v] || skipKeys[k] && trueValues[v]
}

// settingHead reports whether the key at norm[k0:] stands as a
// setting's does: quoted, as JSON's keys are, or first in its line after
// at most markup ("[regras_do_operador=nulas]", "- safety: off"). A
// function's argument ("…(model_id, safety_checker=None)") and a pair
// inside prose ("we set moderation=off for staging") are a developer's.
func settingHead(norm string, k0 int) bool {
	if k0 > 0 && (norm[k0-1] == '"' || norm[k0-1] == '\'') {
		return true
	}
	for i := k0 - 1; i >= 0; i-- {
		switch norm[i] {
		case '\n':
			return true
		case ' ', '\t', '[', '{', '#', '*', '-', '>', '|':
		default:
			return false
		}
	}
	return true
}

// keyOfRules reports whether key names rules or safety: one of its parts
// is a word of settingKeys, or it holds one of at least six bytes
// ("content_filter", "sicherheitsmodus", "運営者ルール").
func keyOfRules(key string) bool {
	for _, w := range settingKeys {
		if len(w) >= 6 && strings.Contains(key, w) {
			return true
		}
	}
	for part := range strings.FieldsFuncSeq(key, func(r rune) bool { return r == '_' || r == '-' || r == '.' || r == ' ' }) {
		if slices.Contains(settingKeys, part) {
			return true
		}
	}
	return false
}
