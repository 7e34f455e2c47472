package detect

import (
	"strings"
	"unicode/utf8"
)

// documentSpecs are what the lexicon needs of the documents an agent
// reads:
//
//   - the words with which an automatic email tells its reader to
//     disregard it: "If this was you, you can ignore this email", "puedes
//     ignorar este correo", "このメールを無視してください". Password
//     resets, sign-in alerts and receipts all end so, and an agent that
//     reads a mailbox meets them daily. What is set aside is the message
//     itself, not the model's instructions, so ignoredNotices takes the
//     override from them; each carries argNotice in its arg;
//   - the assistant a document speaks to, in the forms our documents in
//     Arabic, Hindi, Persian, Urdu, Chinese, Dutch, German and English
//     showed missing: the "automated" assistant or system, the AI that
//     handles or screens the document, "AI" written in Latin letters
//     among Devanagari;
//   - what such a document tells the model to do: forwarding rules and
//     forms filled in (ar), sharing (hi), telling the user (fa), rating a
//     candidate (en);
//   - the plural orders a page gives assistants to put data in a link
//     (pt, es), read since "e-mail" no longer sends (see emailNouns).
var documentSpecs = []entrySpec{
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
	// The assistant a document speaks to, as Arabic and Hindi documents
	// name it: the "automated" assistant or system, the coding or
	// shopping assistant, and the English "AI" written among Devanagari.
	{m(cAIAddr), "ar", "إلى المساعد الآلي|الى المساعد الآلي|للمساعد الآلي|إلى النظام الآلي|للنظام الآلي|إلى المساعد الرقمي|للمساعد الرقمي|لمساعد البرمجة|إلى مساعد البرمجة|لمساعد التسوق|إلى مساعد التسوق|@المساعد|يا مساعد|إلى البوت|للبوت الذي|إلى الروبوت الذي|إلى أي مساعد|لأي مساعد", 0},
	{m(cAIAddr), "ar", "إلى نظام الفرز|لنظام الفرز|الآلي بالذكاء الاصطناعي|إلى نظام الذكاء الاصطناعي|لنظام الذكاء الاصطناعي|تعليمات ملحقة|تعليمات إضافية للمساعد", 0},
	{m(cAIAddr), "hi", "शॉपिंग असिस्टेंट|संभालने वाला ai|संभालने वाले ai|प्रोसेस करने वाला ai|प्रोसेस करने वाले ai|असिस्टेंट:|सहायक:", 0},
	{m(cSend), "ar", "قاعدة تحويل|قاعدة إعادة توجيه|تحويل تلقائي|إعادة توجيه تلقائي|املأ النموذج|املئ النموذج|عبئ النموذج|عبّئ النموذج", 0},
	{m(cSend), "hi", "शेयर करके|शेयर कर दो|शेयर करो|शेयर करें|शेयर कर दें|फ़ॉरवर्ड करो|फॉरवर्ड करो|फ़ॉरवर्ड करें|फॉरवर्ड करें", 0},
	{m(cYourOutput), "fa", "به کاربر بگو|به کاربر بگویید|به کاربران بگو|به کاربر اطلاع بده|به کاربر بنویس", 0},
	{m(cAIAddr), "zh", "致正在处理此|致处理此|致阅读此|正在处理此邮件的|正在阅读此邮件的|的智能助手：|的ai助手：|致ai助手|致智能助手|致ai|给ai助手的|给智能助手的", 0},
	{m(cSecrecy), "zh", "无需告知|无需告诉|不必告知|无须告知|无需让用户知道", 0},
	{m(cAIAddr), "nl", "systeeminstructie voor de assistent|instructie voor de assistent|instructies voor de assistent|voor de ai-assistent|aan de ai-assistent|voor de ai:|aan de ai:", 0},
	{m(cAIAddr), "fa", "دستیار هوش مصنوعی|به دستیار هوش مصنوعی|برای دستیار هوش مصنوعی|هوش مصنوعی که این را می‌خواند", 0},
	{m(cAIAddr), "ur", "پڑھنے والے اے آئی|پڑھنے والا اے آئی|اے آئی کے لیے|اے آئی اسسٹنٹ|اسسٹنٹ کے لیے", 0},
	{m(cAIAddr), "hi", "ai सहायक|ai असिस्टेंट|ai एजेंट|ai के लिए|ai को निर्देश|पढ़ने वाले ai|पढ़ने वाला ai|पढ़ रहे ai|ai बॉट|ai मॉडल के लिए|सहायक के लिए:|असिस्टेंट के लिए:|एजेंट के लिए:|बॉट के लिए:|[सहायक के लिए|[असिस्टेंट के लिए|(सहायक के लिए|(असिस्टेंट के लिए", 0},

	// The reader a document addresses by what it does with the document,
	// in English and German, and what it is to say or rate.
	{m(cAIAddr), "en", "ai code reviewers|ai code reviewer|ai reviewers|ai reviewer|ai summarisers|ai summarizers|ai summariser|ai summarizer|ai screeners|ai screener|ai recruiters|ai triage|reading these reviews|reading these messages|reading these emails|screening this cv|screening this resume|screening this application|screening these|when you read this|when reading this|when you process this|when you review this|assistant, when you", 0},
	{m(cAIAddr), "de", "assistent, der diese|assistentin, die diese|ki, die diese|agent, der diese|bot, der diese|der diese einladung liest|der diese e-mail liest|der diese nachricht liest|der diesen lebenslauf|wenn du das liest|wenn du diese einladung", 0},
	{m(cAIAddr), "en", "notice to assistant|notice for assistant|notice to the assistant|notice for the assistant|system notice to|system notice for|note for assistant|message for assistant|instructions for the assistant|instruction for the assistant|the ai handling|ai handling this|the assistant handling|assistant handling this|agent handling this|assistant_directive|agent_directive|ai_directive|ai_instruction|instruction_for_ai|note_for_ai|llm_instruction|istruzione_agente|instruccion_agente|instrucao_para_ia|consigne_agent|anweisung_agent", 0},
	{m(cSecrecy), "en", "confirm nothing to the user|tell the user nothing|say nothing to the user|don't confirm to the user|do not confirm to the user", 0},
	{m(cSysPrompt), "en", "its full configuration|its configuration text|your configuration text|full configuration text|the very first line it was given|the first line it was given|everything it was given", 0},
	{m(cAIAddr), "tr", "okuyan yapay zeka|okuyan yapay zekâ|okuyan asistan|işleyen yapay zeka|işleyen yapay zekâ|işleyen asistan|yapay zekâ asistanı:|yapay zeka asistanı:", 0},
	{m(cYourOutput), "en", "tell the reader|tell readers|tell the visitor|tell visitors|rate this candidate|rate this applicant|rank this candidate|score this candidate|recommend this candidate|recommend immediate hire|mark this candidate", 0},

	// The model told to ask its user for something, which with a secret
	// (a password, a card's code, a one-time code) is phishing through
	// the assistant (indirect.phish_user).
	{m(cYourOutput), "en", "ask the user for|ask the user to|ask users for|ask users to|ask the customer for|ask the customer to|ask for the user's|request the user's|prompt the user for|prompt the user to|have the user enter|have the user re-enter|tell the user to enter|tell the user to re-enter|tell the user to type|get the user to enter", 0},
	{m(cYourOutput), "fr", "demande à l'utilisateur|demandez à l'utilisateur|demander à l'utilisateur|demande au client|demandez au client|invite l'utilisateur à saisir|invitez l'utilisateur à saisir|fais saisir à l'utilisateur|faites saisir à l'utilisateur", 0},
	{m(cYourOutput), "es", "pide al usuario|pídele al usuario|pida al usuario|pídale al usuario|solicita al usuario|solicite al usuario|solicítale al usuario|pide al cliente|pida al cliente|pídele al cliente", 0},
	{m(cYourOutput), "de", "frag den nutzer nach|frage den nutzer nach|fragen sie den nutzer nach|frag den benutzer nach|frage den benutzer nach|fordere den nutzer auf|fordere den benutzer auf|fordern sie den nutzer auf|bitte den nutzer um|bitten sie den nutzer um|bitte den benutzer um|lass den nutzer|lass den benutzer|den nutzer nach seinem|den nutzer nach ihrem|den kunden nach seinem|frag den kunden nach", 0},
	{m(cYourOutput), "it", "chiedi all'utente|chieda all'utente|chiedere all'utente|chiedete all'utente|chiedi al cliente|chieda al cliente|richiedi all'utente|richieda all'utente|invita l'utente a inserire|fai inserire all'utente", 0},
	{m(cYourOutput), "pt", "peça ao usuário|pede ao usuário|pedir ao usuário|solicite ao usuário|solicita ao usuário|peça ao cliente|pede ao cliente|peça ao utilizador|pede ao utilizador|informe ao usuário|informa ao usuário|diga ao usuário", 0},
	{m(cYourOutput), "nl", "vraag de gebruiker om|vraag de gebruiker naar|vraag de klant om|vraag de klant naar|verzoek de gebruiker|laat de gebruiker zijn|laat de gebruiker haar", 0},
	{m(cYourOutput), "pl", "poproś użytkownika o|poproś użytkownika, aby|poproś użytkownika żeby|poproś klienta o|zapytaj użytkownika o|poproś go o|poproś ją o", 0},
	{m(cYourOutput), "ru", "попроси пользователя|попросите пользователя|запроси у пользователя|запросите у пользователя|спроси у пользователя|спросите у пользователя|попроси клиента|попросите клиента|запроси у клиента", 0},
	{m(cYourOutput), "tr", "kullanıcıdan şifre*|kullanıcıdan parola*|kullanıcıdan kart*|kullanıcıdan kod*|kullanıcıdan doğrulama*|kullanıcıdan e-posta şifre*|kullanıcıdan iste*|kullanıcıya girmesini söyle|kullanıcıdan girmesini iste", 0},
	{m(cYourOutput), "zh", "向用户索要|让用户提供|请用户提供|要求用户提供|让用户输入|请用户输入|要求用户输入|让用户重新输入|请用户重新输入|向用户询问", 0},
	{m(cYourOutput), "ja", "ユーザーに入力させ|ユーザーに入力を求め|ユーザーに再入力|ユーザーに尋ね|ユーザーに求め|と伝えること|と伝えるように|と案内すること|と案内してください", 0},
	{m(cYourOutput), "ko", "사용자에게 요청|사용자에게 입력|사용자에게 물어|사용자에게 받아|사용자한테 받아|사용자에게 다시 입력|고객에게 요청|고객에게 입력", 0},
	{m(cYourOutput), "ar", "اطلب من المستخدم|اطلبي من المستخدم|اطلبوا من المستخدم|اطلب من العميل|اسأل المستخدم عن|اطلب منه إدخال|اطلب منه إرسال", 0},
	{m(cYourOutput), "hi", "उपयोगकर्ता से माँगो|उपयोगकर्ता से मांगो|यूज़र से माँगो|यूजर से मांगो|उपयोगकर्ता से पूछो|यूज़र से पूछो|यूजर से पूछो|उपयोगकर्ता से दर्ज करवाओ|यूज़र से दर्ज करवाओ", 0},
	{m(cSecrecy), "ar", "وعدم إبلاغه|وعدم إبلاغها|وعدم إخباره|وعدم إخبارها|عدم إبلاغ المستخدم|دون إبلاغه|دون إخباره", 0},

	// "Suspicious" and "phishing", which name the mail a security notice
	// asks its readers to report (see reportedSuspicious). They mean
	// nothing to the rules, and leave the hits once read.
	{0, "en", "suspicious*|phishing", argSuspicious},
	{0, "fr", "suspect*|hameçonnage", argSuspicious},
	{0, "es", "sospechos*", argSuspicious},
	{0, "de", "verdächtig*|verdacht*", argSuspicious},
	{0, "it", "sospett*", argSuspicious},
	{0, "pt", "suspeit*", argSuspicious},
	{0, "pl", "podejrzan*", argSuspicious},
	{0, "ru", "подозрительн*|фишинг*", argSuspicious},
	{0, "tr", "şüpheli*|oltalama*", argSuspicious},
	{0, "zh", "可疑|钓鱼|釣魚", argSuspicious},
	{0, "ja", "不審|フィッシング", argSuspicious},
	{0, "ko", "의심|피싱", argSuspicious},
	{0, "ar", "مشبوه", argSuspicious},
	{0, "hi", "संदिग्ध|फ़िशिंग|फिशिंग", argSuspicious},

	// Now that "e-mail" sends nothing (see emailNouns), the plural orders
	// a page gives the assistants that read it to put data in a link.
	{m(cSend), "pt", "inclua em|incluam em|incluir em|incluam na url|coloquem na url|adicionem à url|anexem à url", 0},
	{m(cSend), "es", "incluyan en|inclúyanlo en|incluyan en la url|pongan en la url|añadan a la url|agreguen a la url", 0},
	{m(cIgnore), "hi", "इस ईमेल को अनदेखा|इस संदेश को अनदेखा|इस मैसेज को अनदेखा|इस ईमेल को नज़रअंदाज़|इस ईमेल को नजरअंदाज|इस संदेश को नज़रअंदाज़|इस संदेश को नजरअंदाज|इस ईमेल को इग्नोर|इस मैसेज को इग्नोर", argNotice},
}

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
		if !marked(h.arg, argNotice) {
			continue
		}
		h.arg &^= argNotice
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

// noticeEnds reports whether rest, what follows a message's words telling
// its reader to disregard it, ends their clause: nothing, a mark that
// ends a clause, or a condition.
func noticeEnds(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if r, _ := utf8.DecodeRuneInString(rest); rest == "" || strings.ContainsRune(clauseMarks+",", r) {
		return true
	}
	w, _ := wordAfter(rest, 0)
	return noticeConditions[w]
}

// noticeConditions are the words that open the condition under which a
// message may be disregarded: "if", "si", "falls", "jeśli", "если"….
var noticeConditions = normSet("if", "unless", "si", "sauf", "se", "caso", "falls", "wenn", "sofern", "als", "indien",
	"jeśli", "jeżeli", "если", "eğer")

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

// reportedSuspicious takes the sending from a verb whose object is
// suspicious mail, nearby in its sentence: "forward suspicious emails to
// security@example.com", "encaminhe e-mails suspeitos para…", "أرسل
// الرسائل المشبوهة إلى…". Security notices ask their readers so; what is
// sent is an attacker's message, to the defenders, and no data of the
// user's. The words for "suspicious" are the lexicon's, found by its scan;
// they leave the hits here, so that the readers after it see the hits they
// always did.
func reportedSuspicious(norm string, hits []hit) []hit {
	first := firstMarked(hits, argSuspicious)
	if first < 0 {
		return hits
	}
	// Each verb of sending looks at the nearest word before it and the
	// nearest after it, in its sentence.
	last := -1 // the latest word for "suspicious" before hits[i]
	for i := range hits {
		h := &hits[i]
		if marked(h.arg, argSuspicious) {
			last = i
			continue
		}
		if h.concepts&(1<<cSend) == 0 {
			continue
		}
		if last >= 0 && nearSuspicious(norm, int(hits[last].start), int(h.start)) {
			h.concepts &^= 1 << cSend
			continue
		}
		for j := i + 1; j < len(hits) && int(hits[j].start)-int(h.end) <= suspiciousReach; j++ {
			if marked(hits[j].arg, argSuspicious) && hits[j].start >= h.end {
				if nearSuspicious(norm, int(h.end), int(hits[j].start)) {
					h.concepts &^= 1 << cSend
				}
				break
			}
		}
	}
	return dropMarks(hits, first, argSuspicious)
}

// dropMarks takes mark, an arg that only marks a word for a reader before
// the rules, from hits[first:], and drops the hits that are nothing else.
func dropMarks(hits []hit, first int, mark int64) []hit {
	out := hits[:first]
	for _, h := range hits[first:] {
		if marked(h.arg, mark) {
			h.arg &^= mark
			if h.arg == 0 && h.concepts == 0 {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// nearSuspicious reports whether norm[from:to], between a word for
// "suspicious" and a verb of sending, is short and within a sentence.
func nearSuspicious(norm string, from, to int) bool {
	return to-from <= suspiciousReach && !actSentenceEnd(norm[from:to])
}

// suspiciousReach is how far, in bytes, the word for "suspicious" may
// stand from the verb of sending in reportedSuspicious: a few words, or
// some twenty characters of CJK.
const suspiciousReach = 60

// codesGiven takes "your output" from "your code" where the code is one
// the reader is given: named a secret in the same words ("tu código de
// verificación", "twój kod weryfikacyjny") or followed by its digits in
// its sentence ("seu código é 615 088", "tu código para acceder es
// 730591"). A sign-in notice gives its reader a code; "add this line to
// your code" speaks of what the reader writes.
func codesGiven(norm string, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.concepts&(1<<cYourOutput) == 0 || !codeWords.in(norm[h.start:h.end]) {
			continue
		}
		for j := max(0, i-2); j < len(hits) && hits[j].start <= h.end+codeValueReach; j++ {
			o := &hits[j]
			if o.concepts&(1<<cSecretData) != 0 && o.start < h.end && o.end > h.start ||
				o.concepts&(1<<cNumber) != 0 && o.start >= h.end && o.end-o.start >= 3 && valueGap(norm[h.end:o.start]) {
				h.concepts &^= 1 << cYourOutput
				break
			}
		}
	}
}

// codeValueReach is how far, in bytes, a code's digits of three or more
// may follow "your code" in its sentence (see codesGiven).
const codeValueReach = 40

// codeWords are the words for a code in the core languages' "your code".
var codeWords = newPhraseSet(normList("code", "codes", "código", "codigo", "codice", "kod", "kodu", "kodun",
	"код", "코드", "代码", "代碼", "コード", "كود", "كودك", "कोड"))

// valueGap reports whether s, between "your code" and its digits, stays
// in one sentence: "is", "lautet", "para acceder al Área Cliente es".
func valueGap(s string) bool {
	return !strings.ContainsAny(s, ".!?\n。！？")
}

// runSubcommands takes the order from "run" where it is a command's
// subcommand: "npm run build", "make run", "cargo run", "docker run" in
// a script or a README run a program, and ask the model for nothing.
// "Run the deploy tool now" still calls one.
func runSubcommands(norm string, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.concepts&(1<<cCall) == 0 || norm[h.start:h.end] != "run" {
			continue
		}
		if w, _ := wordBefore(norm, int(h.start)); runCommands[w] {
			h.concepts &^= 1 << cCall
		}
	}
}

// callingTerms takes the order from the name of a feature: "function
// calling", "tool-calling", "tool use", "函数调用" name what an API lets a
// model do, and developers ask about them ("How do I declare an enum in a
// function-calling tool schema?"); the noun of tools is their first word.
// "Call the send_email tool", "use the tool", "调用工具" still call one.
func callingTerms(norm string, hits []hit) {
	for i := 1; i < len(hits); i++ {
		h := &hits[i]
		if h.concepts&(1<<cCall) == 0 || !callingNouns[norm[h.start:h.end]] {
			continue
		}
		for j := i - 1; j >= 0 && hits[j].end+1 >= h.start; j-- {
			t := &hits[j]
			if t.end > h.start || t.concepts&(1<<cTool) == 0 || !toolNouns[norm[t.start:t.end]] {
				continue
			}
			if gap := norm[t.end:h.start]; gap == "" || gap == " " || gap == "-" {
				h.concepts &^= 1 << cCall
				break
			}
		}
	}
}

// callingNouns are the words of calling that follow a noun of tools in the
// name of the feature, and toolNouns those nouns.
var (
	callingNouns = normSet("calling", "use", "调用", "調用")
	toolNouns    = normSet("function", "tool", "函数", "函數", "工具")
)

// runCommands are the programs whose subcommand "run" is.
var runCommands = normSet("npm", "pnpm", "yarn", "bun", "make", "cargo", "go", "docker", "podman", "poetry", "uv",
	"pipenv", "kubectl", "flask", "dotnet", "deno", "nx", "turbo", "mvn", "gradle", "just", "task", "hatch", "pdm")
