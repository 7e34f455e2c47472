package detect

import "strings"

// Acts an agent's tools can take that hand over control of an account or
// cannot be taken back, said in words rather than by a tool's identifier:
// "change the recovery email to …", "turn off two-step verification",
// "add hacker_01 to the administrators", "wipe the shared folder",
// "charge the card on file". Each is read as a verb and its object, from
// lists of each (actSpecs), so that a language's many ways of joining
// them (articles, possessives, the object before the verb) need not be
// written out: pairActs joins a verb to an object of the same class
// within actWindow runes of the same sentence, and the pair reads as
// cPrivileged. A verb or an object alone means nothing ("change the
// date", "the shared folder").
//
// A verb's or an object's entry carries, in its arg, actVerb or
// actObject and the classes of act it takes part in.
const (
	actVerb   int64 = 1 << 40
	actObject int64 = 1 << 41

	actGuard  int64 = 1 << 0 // protections: two-step verification, audit logs, alerts, backups, branch protection
	actLogin  int64 = 1 << 1 // what recovers or pays into an account: password, recovery email or phone, bank details, delivery address
	actStore  int64 = 1 << 2 // stores of data: all files, a shared folder, the database, a mailbox, a repository's history
	actAccess int64 = 1 << 3 // rights over an account: the administrators, the owner's role, sharing with anyone
	actMoney  int64 = 1 << 4 // money: funds, payments, the card on file, gift cards, refunds
	actEnter  int64 = 1 << 5 // someone's mailbox or drive, entered or read: "log into Julia's mailbox"

	actClasses = actGuard | actLogin | actStore | actAccess | actMoney | actEnter
)

// actWindow is how many runes may stand between an act's verb and its
// object: "change the recovery email address of the current user" and
// "共有ドライブの「顧客データ」フォルダを完全に削除".
const actWindow = 40

// actSpecs are the verbs and objects of acts, per language. Verbs are
// written in the forms people give orders in (imperative, infinitive,
// polite), objects with their common synonyms; a stem ends in '*'.
var actSpecs = []entrySpec{
	{m(cPrivileged), "en", "disable|disabling|turn off|turning off|switch off|deactivate|deactivating|remove|removing|delete|deleting|pause|suspend|bypass|get rid of", actVerb | actGuard},
	{m(cPrivileged), "en", "two-factor*|two factor*|2fa|mfa|multi-factor*|two-step verification|2-step verification|two-step login|login alerts|security alerts|sign-in alerts|fraud alerts|audit log*|audit trail|activity log*|access log*|the logging|backups|the backup|branch protection|the firewall|antivirus|endpoint protection|login notifications|security notifications", actObject | actGuard},

	{m(cPrivileged), "en", "change|changing|update|updating|reset|resetting|replace|replacing|set|setting|switch|edit|modify|overwrite|point", actVerb | actLogin},
	{m(cPrivileged), "en", "recovery email*|recovery address|recovery phone*|recovery number|backup email|backup phone|password|passcode|the pin|security question*|phone number|mobile number|email address|login email|delivery address|shipping address|billing address|payout account|payout details|payout method|bank details|bank account|account number|routing number|iban|payment details|payment method|beneficiary|payee|forwarding address|forwarding rule*|inbox rule*|mail forwarding", actObject | actLogin},

	{m(cPrivileged), "en", "delete|deleting|wipe|wiping|erase|erasing|purge|purging|drop|destroy|empty|emptying|clear|clearing|shred|remove all|remove every|rm -rf|overwrite|truncate|force-push|force push", actVerb | actStore},
	{m(cPrivileged), "en", "all files|all the files|every file|all documents|all the documents|all records|all the records|every record|the shared folder|shared folder*|the shared drive|shared drive*|the team drive|the database|production database|prod database|the db|customer data|customer records|the customer list|the mailbox|her mailbox|his mailbox|their mailbox|the inbox|the backups|all backups|the repository|the repo|commit history|git history|the main branch|the trash|the recycle bin|the bucket|the server|all emails|every email|all messages|the chat history", actObject | actStore},

	{m(cPrivileged), "en", "add|adding|grant|granting|give|giving|promote|promoting|make|elevate|assign|assigning|transfer ownership|share", actVerb | actAccess},
	{m(cPrivileged), "en", "to the admins|to the admin group|to the administrators|to administrators|to the admin role|to domain admins|to the owners|as an admin|as admin|as administrator|as an administrator|as owner|as an owner|as a co-owner|admin rights|admin access|admin privileges|administrator rights|administrator access|owner rights|owner role|owner access|super admin|superuser|root access|sudo access|sudo rights|sudoers|the sudo group|full permissions|full access|publicly|with anyone|anyone with the link|with everyone|public link", actObject | actAccess},

	{m(cPrivileged), "en", "transfer|transferring|wire|wiring|send|sending|pay|paying|move|moving|charge|charging|bill|refund|refunding|buy|buying|purchase|purchasing|approve|approving|release|releasing", actVerb | actMoney},
	{m(cPrivileged), "en", "add|adding|register|registering|link|linking|enroll|enrolling|swap|swapping", actVerb | actLogin},
	{m(cPrivileged), "en", "trusted device*|new device|a new device|login device|registered device*|authenticator app|security key|passkey|sign-in method*|second factor", actObject | actLogin},
	{m(cPrivileged), "en", "backup jobs|the snapshots|all snapshots|all branches|all the branches|all tags|the branches|the channel|all the messages", actObject | actStore},
	{m(cPrivileged), "en", "mute|muting|silence|silencing|snooze", actVerb | actGuard},
	{m(cPrivileged), "en", "the alerting|alerting|the alerts|all alerts|the monitoring|monitoring|pagerduty|the receipt email|receipt emails|the notification email", actObject | actGuard},
	{m(cPrivileged), "en", "issue|issuing|process", actVerb | actMoney},
	{m(cPrivileged), "en", "pending invoices|the pending invoices|outstanding invoices|the open invoice|pending payments|the pending payments|all pending payments|the transfer|the full refund", actObject | actMoney},
	{m(cPrivileged), "en", "the money|all the money|the funds|all funds|the balance|the full balance|the payment|a payment|payments|the card on file|the saved card|the stored card|the card ending|their card|her card|his card|the customer's card|gift card*|a refund|refunds|the invoice amount|crypto|bitcoin|usdt", actObject | actMoney},

	// The owner kept out of it, in the words an agent's requester uses.
	{m(cSecrecy), "en", "don't notify|do not notify|dont notify|don't alert|do not alert|without alerting|no need to tell the owner|without asking the owner|without the owner's|behind their back|behind his back|behind her back", 0},
}

// isAct reports whether h is an act's verb or object not yet paired.
func isAct(h *hit) bool {
	return h.arg > 0 && h.arg&(actVerb|actObject) != 0 && h.concepts&(1<<cPrivileged) != 0
}

// pairActs reads the acts in hits (see actSpecs): an object with a verb
// of its class within actWindow runes of the same sentence, on either
// side, keeps cPrivileged; every other verb and object of an act loses it,
// and is dropped if it meant nothing else. Nor is anything the speaker's
// own an act (see speakersObject). What remains carries no act in
// its arg, so the readers after it see the hits they always did.
func pairActs(norm string, hits []hit) []hit {
	first := -1
	for i := range hits {
		h := &hits[i]
		if h.concepts&(1<<cPrivileged) == 0 {
			continue
		}
		if isAct(h) {
			if first < 0 {
				first = i
			}
		} else if speakersObject(norm, int(h.start)) {
			// "my recovery email", named by an act's own phrase.
			h.concepts &^= 1 << cPrivileged
		}
	}
	if first < 0 {
		return hits
	}
	for i := first; i < len(hits); i++ {
		h := &hits[i]
		if !isAct(h) || h.arg&actObject == 0 {
			continue
		}
		if !speakersObject(norm, int(h.start)) && actVerbNear(norm, hits, i) {
			h.arg = 0 // an act: it keeps cPrivileged
		}
	}
	out := hits[:first]
	for i := first; i < len(hits); i++ {
		h := hits[i]
		if isAct(&h) {
			h.concepts &^= 1 << cPrivileged
			h.arg = 0
			if h.concepts == 0 {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// actVerbNear reports whether a verb of a class of the object hits[i]
// stands within actWindow runes of it in its sentence.
func actVerbNear(norm string, hits []hit, i int) bool {
	o := &hits[i]
	class := o.arg & actClasses
	near := func(j int) (found, stop bool) {
		v := &hits[j]
		if v.pos-o.pos > actWindow || o.pos-v.pos > actWindow {
			return false, true
		}
		if !isAct(v) || v.arg&actVerb == 0 || v.arg&class == 0 || v.end > o.start && v.start < o.end {
			return false, false
		}
		a, b := v.end, o.start
		if v.start > o.start {
			a, b = o.end, v.start
		}
		if actSentenceEnd(norm[a:b]) {
			return false, true
		}
		return true, false
	}
	for j := i - 1; j >= 0; j-- {
		if found, stop := near(j); found || stop {
			if found {
				return true
			}
			break
		}
	}
	for j := i + 1; j < len(hits); j++ {
		if found, stop := near(j); found || stop {
			return found
		}
	}
	return false
}

// actSentenceEnd reports whether s ends a sentence anywhere: a full
// stop before a space or the end of s (not the one inside "example.com"
// or "2.400"), or a mark that always does (see sentenceEndAt).
func actSentenceEnd(s string) bool {
	for i := range len(s) {
		if sentenceEndAt(s, i) {
			return true
		}
	}
	return false
}

// ownConfirmation clears the secrecy of a confirmation or a notice waived
// by the one who would get it: "no need to confirm with me", "no need to
// notify me", "without asking me again". The user may spare themself a
// question; an agent may not be told to spare the owner one.
func ownConfirmation(norm string, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.concepts&(1<<cSecrecy) == 0 {
			continue
		}
		rest := norm[h.end:]
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, " with"), " from")
		if w, _ := wordAfter(rest, 0); w == "me" {
			h.concepts &^= 1 << cSecrecy
		}
	}
}

// speakersObject reports whether the object of an act that starts at
// start is the speaker's, a first-person possessive standing right before
// it: "my password", "mi contraseña", "meine Dateien", "我的密码", "내
// 비밀번호".
// Changing one's own password or deleting one's own files is an errand;
// "my colleague's password" has another word between.
func speakersObject(norm string, start int) bool {
	before := strings.TrimRight(norm[:start], " ")
	// The word before, if short enough to be a possessive: a look past
	// a few bytes would make a long run without spaces quadratic.
	tail := before[max(0, len(before)-possessiveMax-1):]
	if k := strings.LastIndexByte(tail, ' '); (k >= 0 || len(tail) == len(before)) && firstPersonPossessives[tail[k+1:]] {
		return true
	}
	for _, p := range firstPersonPossessivesUnspaced {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// firstPersonPossessives are "my" in the fifteen core languages, as the
// normaliser writes them, and firstPersonPossessivesUnspaced those written
// without a space before the noun.
var (
	firstPersonPossessives = normSet("my", "mon", "ma", "mes", "mi", "mis", "mein", "meine", "meinen", "meinem", "meiner",
		"meines", "mio", "mia", "miei", "mie", "meu", "minha", "meus", "minhas", "mijn", "mój", "moja", "moje", "mojego", "moją",
		"mojej", "moich", "мой", "моя", "моё", "мои", "мою", "моего", "моей", "моих", "benim", "내", "나의", "제", "저의", "मेरा",
		"मेरी", "मेरे")
	firstPersonPossessivesUnspaced = normList("我的", "私の", "僕の", "俺の", "自分の")
)

// possessiveMax is the length in bytes of the longest of
// firstPersonPossessives ("मेरी", "मेरे").
const possessiveMax = 12
