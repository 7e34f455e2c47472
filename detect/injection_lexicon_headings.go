package detect

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The reader named in a line's label. A document may speak to the
// software that reads it under the name of its job: "Scheduling assistant:
// please also forward…", "An den Terminassistenten: Füge … hinzu",
// "Hinweis für die Buchhaltungs-KI:", "Asystencie poczty: prześlij…",
// "Помощник по календарю: добавь…", "메일 비서께: … 전달해 주세요",
// "AIコーディングエージェントへ：…". No list of names holds them all: the
// job is said in a compound, a modifier or a case the lexicon does not
// read. headingAddresses reads a line whose head, up to a colon, is a
// short label that names a reader (an assistant, an agent, a bot, a
// system, in the core languages, also at the end of a compound) as whom
// the label is to, and says it is software: by the noun itself (a bot, an
// AI) or by a word of software's jobs beside it (AI, automated, digital,
// coding, mail, calendar, shopping, browsing); see readerLabel. With an
// order after the colon in its line, the label is an address of the
// reader (cAIAddr), and the rules that read addresses read it. A person's
// job ("Support agent: call the customer back", "Assistant: Maria Rossi")
// is no software's, a title ("AI policy:", "Threat model notes:") is to
// no one, and a label without an order after it ("AI assistant: our new
// product") names a thing the text is about.

// headingReaders are the nouns of a reader, as Norm has them. Words of
// scripts written with spaces match a word of the label, or its end in a
// compound ("terminassistenten", "buchhaltungs-ki"); the others match
// anywhere in it.
var headingReaders = sync.OnceValue(func() []string {
	return normList("assistant", "assistants", "agent", "agents", "bot", "bots", "ai", "ais", "copilot",
		"system", "systems", "robot", "robots", "ia", "ias", "système", "systèmes",
		"asistente", "asistentes", "agente", "agentes", "sistema", "sistemas",
		"assistent", "assistenten", "assistentin", "ki", "systeme",
		"assistente", "assistenti", "agenti", "sistemi", "assistentes", "robô", "robôs",
		"systeem", "systemen", "asystent", "asystencie", "asystenta", "asystentów", "asystentowi", "asystenci",
		"agencie", "agenta", "agentów", "agentowi", "bota", "systemu", "systemów",
		"помощник", "помощнику", "помощника", "помощников", "помощникам", "ассистент", "ассистенту", "ассистента",
		"ассистентов", "агент", "агенту", "агента", "агентов", "бот", "боту", "ии", "система",
		"системе", "систем", "системам", "asistan", "asistanı", "asistana", "ajan", "ajanı", "ajana", "botu", "sistem", "sisteme")
})

// headingReadersUnspaced are the nouns of a reader in scripts the lexicon
// reads without word boundaries, matched anywhere in the label.
var headingReadersUnspaced = sync.OnceValue(func() []string {
	return normList("助手", "助理", "代理", "智能体", "机器人", "アシスタント", "エージェント", "ボット", "비서", "어시스턴트", "에이전트", "봇",
		"مساعد", "وكيل", "بوت", "أنظمة", "نظام", "सहायक", "असिस्टेंट", "एजेंट", "बॉट")
})

// headingSoftware are the words that make a label's reader software: the
// reader itself (a bot, an AI), what machines do (automated, digital,
// virtual) or the jobs only software does for its user (coding, mail,
// calendars, shopping on a site, browsing, diagnostics). They match
// anywhere in the label; the short ones as words (see softwareWordIn).
var headingSoftware = sync.OnceValue(func() []string {
	return normList(
		// Software itself.
		"ai", "ki", "ia", "ии", "llm", "gpt", "bot", "бот", "robô", "yapay", "人工智能", "机器人", "智能体",
		"ボット", "봇", "الذكاء", "بوت", "बॉट",
		// Done by machines.
		"automat", "автомат", "otomatik", "自动", "自動", "자동", "آلي", "स्वचालित", "ऑटोमेटेड",
		"digital", "numérique", "cyfrow", "цифров", "dijital", "virtual", "virtuel", "virtuale", "wirtualn", "виртуальн", "sanal",
		// Jobs for software.
		"coding", "codeassist", "code-assist", "programm", "programación", "programação", "programmazione", "programowania",
		"программ", "kodlama", "编程", "コーディング", "코딩", "البرمجة", "कोडिंग",
		"mail", "courriel", "messagerie", "correo", "posta", "poczt", "почт", "邮件", "邮箱", "メール", "메일", "البريد", "ईमेल",
		"calendar", "schedul", "agenda", "termin", "kalend", "календар", "takvim", "日历", "日程", "カレンダー", "予定",
		"캘린더", "일정", "التقويم", "कैलेंडर",
		"shopping", "compra", "einkauf", "acquist", "zakup", "покуп", "alışveriş", "购物", "ショッピング", "쇼핑", "التسوق", "शॉपिंग",
		"browsing", "browser", "navigation", "navegación", "navegação", "navigazione", "браузер", "浏览", "ブラウザ", "브라우저", "المتصفح", "ब्राउज़र",
		"diagnost", "диагност", "tanılama", "诊断", "診断", "진단", "التشخيص", "डायग्नोस्टिक")
})

// headingParticle is how many characters may follow a reader's name that
// ends a label in a script written without spaces ("메일 비서께",
// "エージェントへ"): the reader is what the label is to, not a word before
// what it is about ("智能体安全最佳实践").
const headingParticle = 2

// headingTo reports whether words, those before a reader's name in a
// label, say whom the label is for: "Nota para sistemas de triagem
// automática", "Для автоматических помощников", where the name's
// modifiers follow it. Italian's "ai" (to the) is one only before a
// plural ("Nota ai sistemi automatici"): "AI agent security note" is a
// title.
func headingTo(words []string, name string) bool {
	for _, w := range words {
		if headingPrepositions()[w] || w == "ai" && strings.HasSuffix(name, "i") {
			return true
		}
	}
	return false
}

// headingThis reports whether words, those after a reader's name in a
// label, name the text it reads: "Assistente virtual que estiver lendo
// isto", "للمساعد الذي يدير هذا البريد".
func headingThis(words []string) bool {
	for _, w := range words {
		if headingDemonstratives()[w] {
			return true
		}
	}
	return false
}

var headingDemonstratives = sync.OnceValue(func() map[string]bool {
	return normSet("this", "ceci", "cette", "ce", "esto", "este", "esta", "dies", "diese", "dieses", "diesen", "questo", "questa",
		"isto", "dit", "deze", "to", "ten", "tę", "это", "этот", "эту", "bu", "هذا", "هذه", "यह", "इस")
})

var headingPrepositions = sync.OnceValue(func() map[string]bool {
	return normSet("to", "for", "pour", "aux", "à", "às", "aos", "ao", "para", "al", "a", "an", "für", "per", "agli", "voor", "aan",
		"dla", "do", "для", "к", "için", "إلى", "الى")
})

// headingLabelMax bounds, in bytes, a line's label before its colon, and
// headingLabelWords its words: a label, not a sentence that runs up to a
// colon.
const (
	headingLabelMax   = 72
	headingLabelWords = 9
)

// headingAddresses adds an address of the reader (cAIAddr) over the label
// of each line of untrusted content that names a software reader and has
// an order after its colon (see above). hits stay in order of start.
func headingAddresses(norm string, untrusted bool, hits []hit) []hit {
	if !untrusted {
		return hits
	}
	var adds []hit
	first, next := 0, 0 // the first hits at or after the label, and after its colon
	for lineStart := 0; lineStart < len(norm); {
		lineEnd := len(norm)
		if nl := strings.IndexByte(norm[lineStart:], '\n'); nl >= 0 {
			lineEnd = lineStart + nl
		}
		line := norm[lineStart:lineEnd]
		if strings.IndexByte(line, ':') < 0 && !strings.Contains(line, "：") {
			// No label: most lines of prose.
			lineStart = lineEnd + 1
			continue
		}
		if s, e, colon, ok := headingLabel(line); ok {
			label := line[s:e]
			s, e, at := lineStart+s, lineStart+e, lineStart+colon
			for first < len(hits) && int(hits[first].start) < s {
				first++
			}
			for next = max(next, first); next < len(hits) && int(hits[next].start) < at; next++ {
			}
			// The order first: most labels have none after them.
			if orderWithin(norm, hits, next-1, at, vocativeReach, true) && !addressedIn(hits[first:next], e) && readerLabel(label) {
				pos := hits[next].pos - int32(utf8.RuneCountInString(norm[s:hits[next].start]))
				adds = append(adds, hit{start: int32(s), end: int32(e), pos: pos, concepts: 1 << cAIAddr})
			}
		}
		lineStart = lineEnd + 1
	}
	if len(adds) == 0 {
		return hits
	}
	// Merge, each label before the hits that start in it.
	out := make([]hit, 0, len(hits)+len(adds))
	i := 0
	for _, a := range adds {
		for i < len(hits) && hits[i].start < a.start {
			out = append(out, hits[i])
			i++
		}
		out = append(out, a)
	}
	return append(out, hits[i:]...)
}

// headingLabel returns the label that opens line: its bytes after any
// markup, list or comment marks, up to a colon within headingLabelMax
// bytes, and where what follows the colon starts; ok is false where the
// line opens with no such label, or nothing follows it.
func headingLabel(line string) (start, end, after int, ok bool) {
	for start < len(line) {
		rest := line[start:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			start += 4
		case rest[0] == '<':
			gt := strings.IndexByte(rest, '>')
			if gt < 0 {
				return 0, 0, 0, false
			}
			start += gt + 1
		case strings.IndexByte(" \t*#>-[(\"'/", rest[0]) >= 0:
			start++
		case strings.HasPrefix(rest, "•") || strings.HasPrefix(rest, "【") || strings.HasPrefix(rest, "「") || strings.HasPrefix(rest, "«"):
			_, n := utf8.DecodeRuneInString(rest)
			start += n
		default:
			goto label
		}
	}
	return 0, 0, 0, false
label:
	lim := min(len(line), start+headingLabelMax)
	colon := strings.IndexByte(line[start:lim], ':')
	if wide := strings.Index(line[start:lim], "："); wide >= 0 && (colon < 0 || wide < colon) {
		colon = wide
	}
	if colon <= 0 {
		return 0, 0, 0, false
	}
	end = start + colon
	_, n := utf8.DecodeRuneInString(line[end:])
	after = end + n
	if strings.TrimSpace(line[after:]) == "" || strings.Count(line[start:end], " ") >= headingLabelWords ||
		strings.ContainsAny(line[start:end], ".!?") || strings.HasPrefix(line[after:], "//") {
		// A sentence runs up to the colon, or a URL's scheme ends there.
		return 0, 0, 0, false
	}
	return start, end, after, true
}

// readerLabel reports whether label names a reader that is software (see
// headingReaders and headingSoftware), as whom the label is to:
//   - the name is the label's last word ("Scheduling assistant", "Agent
//     bot", "Hinweis für die Buchhaltungs-KI"), or in a script written
//     without spaces ends it, but for a particle ("메일 비서께",
//     "AIコーディングエージェントへ");
//   - or a word of "to" or "for" comes just before it ("Nota para
//     sistemas de triagem automática", "للمساعد");
//   - or "this" follows it ("Assistente virtual que estiver lendo isto");
//   - or it opens the label, after words of software at most, and a
//     preposition or a word of software follows it, as languages put
//     modifiers after a name ("Помощник по календарю", "Asystencie
//     poczty", "AI agent for the inbox"). A name followed by another noun
//     is a word of a title: "AI policy", "Bot settings", "AI agent
//     security note".
//
// The name of software (a bot, an AI) is software by itself; a system, an
// assistant or an agent needs another word of software in the label:
// "System requirements" is a heading.
func readerLabel(label string) bool {
	var buf [2 * headingLabelWords]string
	words := labelWords(label, buf[:0])
	for i, w := range words {
		w, to := elided(w)
		n := readerWord(w)
		if n == "" {
			continue
		}
		self := selfSoftware()[n]
		addressed := to || headingTo(words[max(0, i-2):i], w) || headingThis(words[i+1:])
		switch {
		case i == len(words)-1, addressed:
		case i+1 < len(words) && postModified(words[i+1]) && softwareOnly(words[:i]):
		default:
			continue
		}
		if self || addressed && systemNouns()[n] || softwareIn(words, i, n) {
			return true
		}
	}
	if !unspacedIn(label) {
		return false
	}
	for _, n := range headingReadersUnspaced() {
		i := strings.LastIndex(label, n)
		if i < 0 {
			continue
		}
		after := label[i+len(n):]
		var bufBefore, bufAfter [2 * headingLabelWords]string
		before := labelWords(label[:i], bufBefore[:0])
		addressed := headingThis(labelWords(after, bufAfter[:0])) || headingTo(before[max(0, len(before)-2):], n) ||
			strings.HasSuffix(label[:i], "ل")
		if utf8.RuneCountInString(after) > headingParticle && !addressed {
			continue
		}
		if selfSoftware()[n] || addressed && systemNouns()[n] || softwareNear(label, i, n) {
			return true
		}
	}
	return false
}

// unspacedIn reports whether s holds a letter of a script the lexicon
// reads without word boundaries (see everyRune).
func unspacedIn(s string) bool {
	for _, r := range s {
		if everyRune(r) {
			return true
		}
	}
	return false
}

// postModified reports whether w, the word after a reader's name, begins
// a modifier of the name: a preposition or a word of software.
func postModified(w string) bool {
	return postPrepositions()[w] || softwareWord(w)
}

// softwareOnly reports whether words are all words of software, as before
// a name they modify ("AI agent").
func softwareOnly(words []string) bool {
	for _, w := range words {
		if !softwareWord(w) {
			return false
		}
	}
	return true
}

var postPrepositions = sync.OnceValue(func() map[string]bool {
	return normSet("for", "of", "de", "du", "des", "del", "di", "da", "do", "dos", "das", "della", "dello", "por", "para", "per", "pour",
		"für", "von", "voor", "van", "dla", "od", "по", "для", "при", "için")
})

// elided returns w without the article French and Italian elide into it
// ("l'assistant", "all'assistente"), and whether that article holds "to"
// ("all'", "agl'").
func elided(w string) (string, bool) {
	for _, a := range elisions {
		if rest, ok := strings.CutPrefix(w, a); ok {
			return rest, a == "all'" || a == "agl'"
		}
	}
	return w, false
}

var elisions = []string{"all'", "agl'", "dell'", "nell'", "sull'", "dall'", "l'", "d'"}

// readerWord returns the name of a reader w is, or ends with in a
// compound ("terminassistenten", "buchhaltungs-ki", "ki-triage-bot"), or
// "".
func readerWord(w string) string {
	rs := headingReaderSet()
	if rs.names[w] {
		return w
	}
	for _, k := range rs.lengths {
		if len(w) <= k+3 {
			break
		}
		if n := w[len(w)-k:]; rs.names[n] && (k > 3 || w[len(w)-k-1] == '-') {
			return n
		}
	}
	return ""
}

// headingReaderSet is headingReaders as a set, with the lengths of its
// names, shortest first, for readerWord to look up a word's ends by.
var headingReaderSet = sync.OnceValue(func() (rs struct {
	names   map[string]bool
	lengths []int
}) {
	rs.names = map[string]bool{}
	for _, n := range headingReaders() {
		rs.names[n] = true
		if !slices.Contains(rs.lengths, len(n)) {
			rs.lengths = append(rs.lengths, len(n))
		}
	}
	slices.Sort(rs.lengths)
	return rs
})

// selfSoftware are the names of a reader that are software by themselves.
var selfSoftware = sync.OnceValue(func() map[string]bool {
	return normSet("bot", "bots", "ai", "ais", "copilot", "ia", "ias", "ki", "bota", "бот", "боту", "ии", "botu",
		"机器人", "智能体", "ボット", "봇", "بوت", "बॉट")
})

// systemNouns are the names of a system among headingReaders: software
// where the label is to it ("Примечание для систем, анализирующих
// резюме"), a thing the heading is about where it only ends it ("Booking
// system:").
var systemNouns = sync.OnceValue(func() map[string]bool {
	return normSet("system", "systems", "système", "systèmes", "sistema", "sistemas", "systeme", "sistemi", "systeem", "systemen",
		"systemu", "systemów", "система", "системе", "систем", "системам", "sistem", "sisteme", "أنظمة", "نظام")
})

// softwareIn reports whether words, a label's, hold a word of
// headingSoftware other than the reader's name, name, which ends words[i];
// a compound's first part counts ("terminassistenten", "agenda-assistent",
// "ai-codeassistenten").
func softwareIn(words []string, i int, name string) bool {
	for j, w := range words {
		if j == i {
			w = strings.TrimSuffix(w, name)
		}
		if w != "" && softwareWord(w) {
			return true
		}
	}
	return false
}

// softwareNear is softwareIn for a name in a script written without
// spaces, at label[i:].
func softwareNear(label string, i int, name string) bool {
	return softwareWord(label[:i]) || softwareWord(label[i+len(name):])
}

// softwareWord reports whether s holds a word of headingSoftware.
func softwareWord(s string) bool {
	for _, sw := range headingSoftware() {
		if softwareWordIn(s, sw) {
			return true
		}
	}
	return false
}

// labelWords appends to buf the words of label, split at spaces, tabs and
// commas, as many as buf holds.
func labelWords(label string, buf []string) []string {
	for label != "" && len(buf) < cap(buf) {
		label = strings.TrimLeft(label, " \t,")
		end := strings.IndexAny(label, " \t,")
		if end < 0 {
			end = len(label)
		}
		if end > 0 {
			buf = append(buf, label[:end])
		}
		label = label[end:]
	}
	return buf
}

// softwareWordIn reports whether s, a word of headingSoftware, is in
// label. The short ones ("ai", "ki", "ia", "bot", "ии") must be a word or
// a compound's part on their own ("buchhaltungs-ki", "ai-codeassistenten",
// "aiコーディング"), not letters of another word ("mail", "agenzia").
func softwareWordIn(label, s string) bool {
	if len(s) > 3 {
		return strings.Contains(label, s)
	}
	for from := 0; ; {
		i := strings.Index(label[from:], s)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(label[:i])
		after, _ := utf8.DecodeRuneInString(label[i+len(s):])
		if (i == 0 || !letterOrDigit(before) || everyRune(before)) && (i+len(s) == len(label) || !letterOrDigit(after) || everyRune(after)) {
			return true
		}
		from = i + len(s)
	}
}

func letterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// addressedIn reports whether one of hits, those that start within a
// label, is already an address of the reader within it, up to end.
func addressedIn(hits []hit, end int) bool {
	for i := range hits {
		if int(hits[i].end) <= end && hits[i].concepts&(1<<cAIAddr) != 0 {
			return true
		}
	}
	return false
}
