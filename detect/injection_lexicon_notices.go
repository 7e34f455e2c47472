package detect

import "strings"

// noticeSpecs are the words with which an automatic email tells its reader
// to disregard it: "If this was you, you can ignore this email", "puedes
// ignorar este correo", "このメールを無視してください". Password resets,
// sign-in alerts and receipts all end so, and an agent that reads a
// mailbox meets them daily. What is set aside is the message itself, not
// the model's instructions, so ignoredNotices takes the override from
// them. Each carries argNotice in its arg.
var noticeSpecs = []entrySpec{
	{m(cIgnore), "en", "ignore this email|ignore this e-mail|ignore this mail|ignore this message|ignore this notice|ignore this notification|ignore this reminder|ignore this letter|ignore this text|ignore this sms|ignore this alert|ignore this warning|ignore this invitation|ignore this request|disregard this email|disregard this e-mail|disregard this message|disregard this notice|disregard this notification|disregard this reminder|disregard this letter|disregard this alert", argNotice},
	{m(cIgnore), "fr", "ignorer cet e-mail|ignorer cet email|ignorer ce courriel|ignorer ce message|ignorer ce mail|ignorer cette notification|ignorer ce rappel|ignorez cet e-mail|ignorez cet email|ignorez ce courriel|ignorez ce message|ignorez ce mail|ne pas tenir compte de ce message|ne tenez pas compte de ce message|ne pas tenir compte de cet e-mail|ne tenez pas compte de cet e-mail", argNotice},
	{m(cIgnore), "es", "ignorar este correo|ignora este correo|ignore este correo|ignorar este mensaje|ignora este mensaje|ignore este mensaje|ignorar este email|ignore este email|ignorar este e-mail|ignore este e-mail|ignorar este aviso|ignore este aviso|ignorar esta notificación|ignore esta notificación|haga caso omiso de este mensaje|hacer caso omiso de este correo", argNotice},
	{m(cIgnore), "de", "diese e-mail ignorieren|diese email ignorieren|diese mail ignorieren|diese nachricht ignorieren|diese benachrichtigung ignorieren|diese erinnerung ignorieren|ignorieren sie diese e-mail|ignorieren sie diese nachricht|ignorieren sie diese mail|ignoriere diese e-mail|ignoriere diese nachricht|diese e-mail als gegenstandslos|diese nachricht als gegenstandslos", argNotice},
	{m(cIgnore), "it", "ignorare questa email|ignorare questa e-mail|ignorare questa mail|ignorare questo messaggio|ignorare questa notifica|ignorare questo avviso|ignora questo messaggio|ignora questa email|ignori questo messaggio|ignori questa email|ignori questa e-mail|ignori questa mail|ignorate questo messaggio", argNotice},
	{m(cIgnore), "pt", "ignorar este e-mail|ignore este e-mail|ignorar este email|ignore este email|ignorar esta mensagem|ignore esta mensagem|ignora esta mensagem|ignorar esta notificação|ignore esta notificação|ignorar este aviso|ignore este aviso|desconsiderar este e-mail|desconsidere este e-mail|desconsidere esta mensagem|desconsiderar esta mensagem", argNotice},
	{m(cIgnore), "nl", "deze e-mail negeren|deze mail negeren|dit bericht negeren|deze melding negeren|negeer deze e-mail|negeer deze mail|negeer dit bericht|negeer deze melding|deze e-mail als niet verzonden beschouwen", argNotice},
	{m(cIgnore), "pl", "zignorować tę wiadomość|zignoruj tę wiadomość|zignorować tego maila|zignoruj tego maila|zignorować ten e-mail|zignoruj ten e-mail|zignorować ten mail|zignoruj ten mail|zignorować to powiadomienie|prosimy zignorować tę wiadomość|prosimy o zignorowanie tej wiadomości", argNotice},
	{m(cIgnore), "ru", "проигнорируйте это письмо|проигнорировать это письмо|игнорируйте это письмо|проигнорируйте это сообщение|проигнорировать это сообщение|игнорируйте это сообщение|проигнорируйте это уведомление|просто проигнорируйте это письмо", argNotice},
	{m(cIgnore), "tr", "bu e-postayı dikkate almayın|bu e-postayı dikkate almayınız|bu e-postayı görmezden gel*|bu e-postayı yok say*|bu mesajı dikkate almayın|bu mesajı dikkate almayınız|bu mesajı görmezden gel*|bu mesajı yok say*|bu bildirimi dikkate almayın|bu bildirimi görmezden gel*", argNotice},
	{m(cIgnore), "zh", "忽略此邮件|忽略本邮件|忽略这封邮件|忽略該郵件|忽略此郵件|忽略本郵件|忽略此消息|忽略本消息|忽略这条消息|忽略此短信|忽略本短信|忽略此通知|忽略本通知|无视此邮件|無視此郵件", argNotice},
	{m(cIgnore), "ja", "このメールを無視|本メールを無視|このメールは無視|本メールは無視|このメッセージを無視|このメッセージは無視|この通知を無視|この通知は無視|本メールは破棄|このメールは破棄|このメールを破棄|本メールを破棄", argNotice},
	{m(cIgnore), "ko", "이 메일은 무시|이 메일을 무시|이 이메일은 무시|이 이메일을 무시|본 메일은 무시|본 메일을 무시|이 메시지는 무시|이 메시지를 무시|이 알림은 무시|이 알림을 무시|이 문자는 무시", argNotice},
	{m(cIgnore), "ar", "تجاهل هذه الرسالة|تجاهل هذا البريد|تجاهل هذه الرسالة الإلكترونية|تجاهل هذا الإشعار|يرجى تجاهل هذه الرسالة|يمكنك تجاهل هذه الرسالة|يمكنك تجاهل هذا البريد|تجاهل هذا التنبيه", argNotice},
	// Now that "e-mail" sends nothing (see emailNouns), the plural orders
	// a page gives the assistants that read it to put data in a link.
	{m(cSend), "pt", "inclua em|incluam em|incluir em|incluam na url|coloquem na url|adicionem à url|anexem à url", 0},
	{m(cSend), "es", "incluyan en|inclúyanlo en|incluyan en la url|pongan en la url|añadan a la url|agreguen a la url", 0},
	{m(cIgnore), "hi", "इस ईमेल को अनदेखा|इस संदेश को अनदेखा|इस मैसेज को अनदेखा|इस ईमेल को नज़रअंदाज़|इस ईमेल को नजरअंदाज|इस संदेश को नज़रअंदाज़|इस संदेश को नजरअंदाज|इस ईमेल को इग्नोर|इस मैसेज को इग्नोर", argNotice},
}

// argNotice marks, in a hit's arg, the words with which a message tells
// its reader to disregard it (see noticeSpecs).
const argNotice int64 = 1 << 42

// ignoredNotices takes the override from a message's words telling its
// reader to disregard it, and from every hit within them ("ignore" in
// "ignore this email"), and clears their arg. The words must end their
// clause, or go on to its condition ("… ignore this email if you already
// paid"): "ignore this message's sender and all previous instructions"
// sets aside more than the message. (Languages written without spaces
// put the verb's ending after the words, and are taken as they are.)
func ignoredNotices(norm string, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.arg != argNotice {
			continue
		}
		h.arg = 0
		if !unspaced(norm[h.start:h.end]) && !noticeEnds(norm[h.end:]) {
			continue
		}
		for j := i; j >= 0 && hits[j].end > h.start; j-- {
			hits[j].concepts &^= 1 << cIgnore
		}
		for j := i + 1; j < len(hits) && hits[j].start < h.end; j++ {
			hits[j].concepts &^= 1 << cIgnore
		}
	}
}

// emailNouns takes the sending from "mail" where it ends "e-mail", the
// noun of every language that writes it so: Dutch "mail het naar …" is an
// order to send, "ignorer cet e-mail" names a message.
func emailNouns(norm string, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.concepts&(1<<cSend) == 0 || h.start < 2 || norm[h.start-2:h.start] != "e-" {
			continue
		}
		if w := norm[h.start:h.end]; w == "mail" || w == "mails" {
			h.concepts = h.concepts&^(1<<cSend) | 1<<cData
		}
	}
}

// noticeEnds reports whether rest, what follows a message's words telling
// its reader to disregard it, ends their clause: nothing, a mark that
// ends a clause, or a condition.
func noticeEnds(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || strings.ContainsRune(clauseMarks+",", []rune(rest)[0]) {
		return true
	}
	w, _ := wordAfter(" "+rest, 0)
	return noticeConditions[w]
}

// noticeConditions are the words that open the condition under which a
// message may be disregarded: "if", "si", "falls", "jeśli", "если"….
var noticeConditions = normSet("if", "unless", "si", "sauf", "se", "caso", "falls", "wenn", "sofern", "als", "indien", "jeśli", "jeżeli", "если", "eğer")
