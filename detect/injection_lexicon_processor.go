package detect

import (
	"slices"
	"strings"
	"sync"
	"unicode"
)

// The reader of a document, named by what it does to the document. An
// instruction planted in an email, a page or a tool's output often
// addresses whatever software will process it, in words no list of
// addresses holds: "An den Assistenten, der dieses Protokoll
// zusammenfasst:", "O agente que processar esta resposta deve…", "the
// automated evaluator of this CV shall…", "Wie deze pagina samenvat, moet
// vermelden…", "このメールを処理するAIは…". processorWords lists the
// nouns of such a reader and the verbs of handling a text, in the core
// languages; processorAddresses reads a noun with such a verb beside it in
// its sentence, "this" near them, and a colon, a dash or a word of
// obligation after them, as an address of the reader (cAIAddr): the
// document speaks to whatever processes it. indirect.addressed_to_ai then
// needs an order near it, as for any other address. A noun alone, or a
// verb alone, is nothing: "our assistant summarises your emails" names no
// "this", and "this page summarises the policy" no reader.

// processorWords are, in each core language, the nouns of a reader that
// may be a person as well as software (an assistant, an agent, a
// reviewer, "whoever", and "when", which stands for the reader in "when
// summarising this email, …", "总结这封邮件时，请…"), those that name
// software (a model, a system, "AI"), the verbs of handling a text that
// people do as well (reads, manages, answers) and those that software
// does (processes, summarises, parses, analyses). A reader that may be a
// person must be given a verb of software: "the agent handling this
// ticket: please call the customer back" is a note to a colleague.
var processorWords = map[string][4]string{
	"en": {"assistant|assistants|agents|tool|tools|reviewer|reviewers|evaluator|evaluators|whoever|anyone who|when|while",
		"ai|models|bots|system|systems|software|summarizer|summarizers|parser|crawler|crawlers|screener|screeners|any system|any model",
		"reads|reading|handles|handling|manages|managing|evaluates|evaluating|reviews|describes|describing|answers|answering|ranks|ranking|assesses|assessing",
		"processes|processing|summarizes|summarize|summarizing|parses|parsing|indexes|indexing|analyzes|analyzing|screens|screening|triages|triaging"},
	"fr": {"assistant|assistants|agents|outil|outils|correcteur|évaluateur|quiconque|celui qui|celle qui|quand|lorsque|lors du|lors de",
		"ia|modèle|modèles|robot|système|systèmes|logiciel",
		"lit|lisent|lira|gère|gèrent|évalue|évaluent|examine|examinent|trie|classe|répond|répondent",
		"traite|traitent|traitera|résume|résument|résumera|analyse|analysent"},
	"es": {"asistente|asistentes|agente|agentes|herramienta|herramientas|evaluador|revisor|quien|quienquiera|al|cuando",
		"ia|modelo|modelos|robot|sistema|sistemas|software",
		"lee|leen|lea|gestiona|gestionan|gestione|evalúa|evalúe|evalúan|revisa|revise|clasifica|responda|responde|atiende",
		"procese|procesa|procesan|procesar|resuma|resume|resumen|resumir|analice|analiza|analizan"},
	"de": {"assistent|assistenten|assistentin|agenten|tool|prüfer|wer|beim|wenn",
		"ki|modell|modelle|system|systeme|software|assistenz-software|programm|auswerter",
		"liest|lesen|verwaltet|verwalten|bewertet|bewerten|prüft|prüfen|beantwortet|sortiert",
		"verarbeitet|verarbeiten|zusammenfasst|zusammenfassen|analysiert|analysieren|auswertet|auswerten|sichtet"},
	"it": {"assistente|assistenti|agente|agenti|strumento|revisore|valutatore|chi|chiunque|quando|nel",
		"ia|modello|modelli|sistema|sistemi|software",
		"legge|leggono|leggerà|gestisce|gestiscono|valuta|valutano|esamina|risponde",
		"elabora|elaborano|elaborerà|riassume|riassumono|riassumerà|analizza|analizzano|smista"},
	"pt": {"assistente|assistentes|agente|agentes|ferramenta|avaliador|revisor|quem|ao|quando",
		"ia|modelo|modelos|robô|sistema|sistemas|software",
		"leem|gerencia|gerenciar|gere|avalia|avaliar|revisa|revisar|responde",
		"processa|processar|processam|resume|resumir|resumo|analisa|analisar|triar|tria"},
	"nl": {"assistent|assistenten|agenten|tool|beoordelaar|wie deze|wie dit|bij het|wanneer",
		"ai|modellen|systeem|systemen|software|taalmodel",
		"leest|lezen|beheert|beheren|beoordeelt|beoordelen|beantwoordt|sorteert",
		"verwerkt|verwerken|samenvat|samenvatten|analyseert|analyseren"},
	"pl": {"asystentowi|asystencie|agenta|agentowi|modelowi|narzędzie|ktokolwiek|kto|podczas|przy|kiedy",
		"ai|system|systemu|systemowi|oprogramowanie",
		"czyta|czytający|zarządza|zarządzający|ocenia|oceniający|sprawdza|odpowiada",
		"przetwarza|przetwarzający|podsumowuje|podsumowujący|streszcza|analizuje|analizujący"},
	"ru": {"ассистенту|ассистента|агенту|агента|модели|боту|кто бы ни|тот, кто|при|когда",
		"ии|система|системе|систему|программа|программе",
		"читает|читающий|читающему|оценивает|оценивающий|проверяет|проверяющий|отвечает|ведёт",
		"обрабатывает|обрабатывающий|обрабатывающему|резюмирует|анализирует|анализирующий|сортирует"},
	"tr": {"asistana|asistanı|ajana|araç|kim|iken",
		"yapay zeka|modele|bota|sistem|sisteme|yazılım",
		"okuyan|yöneten|değerlendiren|inceleyen|yanıtlayan|sıralayan",
		"işleyen|özetleyen|analiz eden|tarayan"},
	"zh": {"助理|代理|工具|谁|时|時",
		"系统|程序",
		"阅读|读取|评估|管理|审核|回复",
		"处理|总结|摘要|汇总|分析|解析|筛选"},
	"ja": {"アシスタント|エージェント|ツール|際|とき",
		"モデル|システム|ボット|プログラム",
		"読む|評価する|管理する|審査する|回答する|選考する",
		"処理する|要約する|分析する|読み込む"},
	"ko": {"어시스턴트|에이전트|비서|도구|때",
		"모델|시스템|봇|프로그램",
		"읽는|평가하는|관리하는|검토하는|심사하는|답변하는",
		"처리하는|요약하는|분석하는|분류하는"},
	"ar": {"للمساعد|للوكيل|من يقوم|عند",
		"للنموذج|النظام|للنظام|البرنامج|للبرنامج",
		"يقرأ|يقيم|يقيّم|يدير|يراجع",
		"يعالج|يلخص|يحلل|يفرز|بمعالجة|بتلخيص|بتحليل"},
	"hi": {"सहायक|जो भी|समय",
		"सिस्टम|प्रोग्राम",
		"पढ़ने|पढ़ रहा|मूल्यांकन|संभालने|जांचने",
		"प्रोसेस|सारांश|विश्लेषण"},
}

// processorSpecs marks processorWords' nouns and verbs for
// processorAddresses.
var processorSpecs = func() []entrySpec {
	var specs []entrySpec
	for lang, w := range processorWords {
		specs = append(specs, entrySpec{0, lang, w[0], argProcessor}, entrySpec{0, lang, w[1], argProcessor | argSoftware},
			entrySpec{0, lang, w[2], argProcessVerb}, entrySpec{0, lang, w[3], argProcessVerb | argSoftware})
	}
	slices.SortFunc(specs, func(a, b entrySpec) int { return strings.Compare(a.lang+a.phrases, b.lang+b.phrases) })
	return specs
}()

// softwareNouns are the plain names of software among the lexicon's
// names of a model (cModel), which carry no mark: "the model", "das
// Modell".
var softwareNouns = sync.OnceValue(func() map[string]bool {
	return normSet("model", "models", "modell", "modelle", "modèle", "modelo", "modello", "bot", "bots", "chatbot", "llm", "模型", "モデル",
		"모델", "मॉडल", "النموذج")
})

// processorReach is how far apart, in bytes, a reader's noun and a verb
// of processing may stand in processorAddresses, and demonstrativeReach
// how far past the later of them "this" may stand: "L'agent qui gère cet
// agenda", "der automatisierte Auswerter dieses Dokuments", "このメール
// を処理するAI".
const (
	processorReach     = 40
	demonstrativeReach = 24
)

// processorAddresses gives cAIAddr to the nouns of processorWords, and to
// the lexicon's names of a model (cModel: "the model", "l'agent", "模型"),
// that a verb of processorWords governs, with "this" near them, in
// untrusted content; a noun that may name a person needs a verb of
// software (see processorWords). It drops the marks.
func processorAddresses(norm string, untrusted bool, hits []hit) []hit {
	first := firstMarked(hits, argProcessor|argProcessVerb)
	var obliged obligedSpots
	for i := 0; untrusted && i < len(hits); i++ {
		h := &hits[i]
		if !marked(h.arg, argProcessor) && h.concepts&(1<<cModel) == 0 {
			continue
		}
		for j := i - 1; j >= 0 && int(h.start)-int(hits[j].end) <= processorReach; j-- {
			if processedBy(norm, hits, j, i) {
				h.concepts |= 1 << cAIAddr
				break
			}
		}
		for j := i + 1; h.concepts&(1<<cAIAddr) == 0 && j < len(hits) && int(hits[j].start)-int(h.end) <= processorReach; j++ {
			if processedBy(norm, hits, j, i) {
				h.concepts |= 1 << cAIAddr
			}
		}
		if h.concepts&(1<<cAIAddr) == 0 && obliged.mayRun(norm, hits, i) && obligedToRunIn(norm, hits, i, &obliged) {
			h.concepts |= 1 << cAIAddr
		}
	}
	if first < 0 {
		return hits
	}
	return dropMarks(hits, first, argProcessor|argProcessVerb|argSoftware)
}

// processedBy reports whether hits[v] is a verb of processing that the
// noun at hits[n] does in the same sentence, with "this" within reach,
// and one of the two is software's.
func processedBy(norm string, hits []hit, v, n int) bool {
	if !marked(hits[v].arg, argProcessVerb) || hits[v].start < hits[n].end && hits[n].start < hits[v].end {
		return false
	}
	if !marked(hits[v].arg, argSoftware) && !marked(hits[n].arg, argSoftware) && !softwareNouns()[lastWord(norm[hits[n].start:hits[n].end])] {
		return false
	}
	lo, hi := int(min(hits[v].start, hits[n].start)), int(max(hits[v].end, hits[n].end))
	if actSentenceEnd(norm[lo:hi]) || indexClauseMark(norm[lo:hi]) >= 0 && !unspaced(norm[lo:hi]) {
		return false
	}
	return demonstrativeIn(norm[max(0, lo-demonstrativeReach):min(len(norm), hi+demonstrativeReach)]) && toldAfter(norm, hi)
}

// obligedToRun reports whether hits[i], a noun of a reader, is what its
// sentence obliges to do what only software does: "el agente debe llamar
// a http_get(…)", "gli agenti automatici devono eseguire una richiesta
// POST", "代理必须执行 `dig …`", "Bu verileri kullanan ajan … POST
// etmelidir", "يجب على الوكيل إرسال طلب POST". A word of obligation
// follows the noun in its sentence (or, in Arabic, "يجب على" stands just
// before it), and the sentence names a tool, code in backticks or in a
// call's brackets, an HTTP request or a URL to send to ("s3://…"), and
// something to send: the user's
// or the system's data, or a placeholder or a shell substitution for it.
// "The agent must call the customer back" obliges a person; "the bot must
// call `send_reply()` within a second" is a specification.
func obligedToRun(norm string, hits []hit, i int) bool {
	return obligedToRunIn(norm, hits, i, nil)
}

// obligedToRunIn is obligedToRun, reading the bounds of the reader's
// sentence from o's index of the text's sentence ends where o has one.
func obligedToRunIn(norm string, hits []hit, i int, o *obligedSpots) bool {
	h := &hits[i]
	if !headingNoun(norm[h.start:h.end]) {
		return false
	}
	var from, to int
	if o != nil && o.ends != nil {
		from, to = o.sentenceAround(norm, int(h.start), int(h.end))
	} else {
		from, to = obligedSentence(norm, int(h.start), int(h.end))
	}
	sentence := norm[from:to]
	var seen uint64
	for j := i + 1; j < len(hits) && int(hits[j].start) < to; j++ {
		seen |= hits[j].concepts
	}
	const data = 1<<cData | 1<<cSecretData | 1<<cSysPrompt
	if seen&data == 0 && !strings.Contains(sentence, "<") && !strings.Contains(sentence, "$(") {
		// Nothing of the user's or the system's is named, nor a place
		// for it: a specification of what an agent does.
		return false
	}
	if !strings.Contains(sentence, "`") && !httpRequest(sentence) && !strings.Contains(sentence, "://") && seen&(1<<cTool) == 0 {
		return false
	}
	after := norm[h.end:to]
	return hasAnyWord(after, obligationWords()) || turkishObligation(after) ||
		strings.HasSuffix(strings.TrimSpace(norm[max(0, int(h.start)-24):h.start]), "يجب على")
}

// obligedSpots are where a text holds what obligedToRun's sentence must
// name for software to run (runCues), found once the text has named
// obligedReads readers: a text that names them thousands of times
// ("AI assistant: " over a megabyte) is then searched once, not read
// obligedReach bytes either side of each, and one that names them a few
// times does not pay for the search.
type obligedSpots struct {
	reads int
	at    []int // where a cue of runCues starts, in order
	// ends and proseEnds index where sentences end (see indexEnds), found
	// with the cues, nil until then: the sentences of the readers let
	// through are then read from it, not byte by byte around each.
	ends, proseEnds []int32
}

// obligedReads is how many readers obligedSpots lets through before it
// finds the cues.
const obligedReads = 16

// runCues are what obligedToRun's sentence must hold, one of them, unless
// a tool is named after the reader: code in backticks, a URL, a call's
// bracket, a command, an HTTP request (see httpRequest).
var runCues = newKeywordIndex([]string{"`", "://", "(", "curl ", "wget ", "http"})

// mayRun reports whether obligedToRun may hold for hits[i]: past
// obligedReads readers, only where a cue of runCues starts within
// obligedReach bytes of the reader, or a tool is named in the hits after
// it within that reach. Where neither is, the sentence obligedToRun reads,
// which lies inside that reach, names nothing software runs.
func (o *obligedSpots) mayRun(norm string, hits []hit, i int) bool {
	if o.reads++; o.reads < obligedReads {
		return true
	}
	if o.ends == nil {
		o.indexEnds(norm)
		o.at = runCues.starts(norm)
	}
	// Tools are looked for from the reader's own start: the hits that
	// start with it count too, more than obligedToRun reads after it,
	// which only lets more through.
	lo, hi := int(hits[i].start)-obligedReach, int(hits[i].end)+obligedReach
	if startWithin(o.at, lo, hi) {
		return true
	}
	_, tool := hitWithin(hits, 1<<cTool, int(hits[i].start), hi)
	return tool
}

// obligedSentence returns the bounds of the sentence obligedToRun reads
// around a reader at norm[start:end]: back to the last sentence end
// (sentenceEndAt) and on to the first (proseSentence), each within
// obligedReach bytes.
func obligedSentence(norm string, start, end int) (int, int) {
	from := start - len(lastSentence(norm[max(0, start-obligedReach):start]))
	to := end + proseSentence(norm[end:min(len(norm), end+obligedReach)])
	return from, to
}

// indexEnds lists, once, where sentences end in norm: as sentenceEndAt
// ends one (ends), and as proseSentence does (proseEnds), read over the
// whole text.
func (o *obligedSpots) indexEnds(norm string) {
	o.ends, o.proseEnds = []int32{}, []int32{}
	for i := 0; i < len(norm); i++ {
		if !sentenceEndAt(norm, i) {
			continue
		}
		o.ends = append(o.ends, int32(i))
		if proseMarkEnds(norm, i) {
			o.proseEnds = append(o.proseEnds, int32(i))
		}
	}
}

// sentenceAround is obligedSentence read from the index. The stretches
// obligedSentence reads end inside the text, where a full stop, a
// question or an exclamation mark at a stretch's last byte ends a
// sentence whatever follows it, and a mark of three bytes cut by the
// stretch's end ends none: those last bytes are read as it reads them.
func (o *obligedSpots) sentenceAround(norm string, start, end int) (int, int) {
	lo := max(0, start-obligedReach)
	from := lo
	if start-1 >= lo && norm[start-1] == '.' {
		from = start
	} else if k, _ := slices.BinarySearch(o.ends, int32(start)); k > 0 && int(o.ends[k-1]) >= lo {
		from = int(o.ends[k-1]) + 1
	}
	hi := min(len(norm), end+obligedReach)
	tail := max(end, hi-3)
	if k, _ := slices.BinarySearch(o.proseEnds, int32(end)); k < len(o.proseEnds) && int(o.proseEnds[k]) < tail {
		return from, int(o.proseEnds[k])
	}
	return from, end + proseSentenceFrom(norm[end:hi], tail-end)
}

// proseMarkEnds reports whether the mark at s[i], where sentenceEndAt ends
// a sentence, ends one in prose: a question or an exclamation mark only
// before a space or the end of s.
func proseMarkEnds(s string, i int) bool {
	return s[i] != '?' && s[i] != '!' || i+1 == len(s) || s[i+1] == ' '
}

// proseSentence returns the length of the first sentence of s, as
// sentenceEndAt ends one, but where a question or an exclamation mark
// ends one only before a space or the end: a URL's "?" ends none
// ("…/e?p=<pasaporte del viajero>").
func proseSentence(s string) int { return proseSentenceFrom(s, 0) }

// proseSentenceFrom is proseSentence, where no sentence ends before s[from].
func proseSentenceFrom(s string, from int) int {
	for i := from; i < len(s); i++ {
		if sentenceEndAt(s, i) && proseMarkEnds(s, i) {
			return i
		}
	}
	return len(s)
}

// obligedReach bounds, in bytes, the sentence obligedToRun reads either
// side of the noun.
const obligedReach = 240

// headingNoun reports whether w names a reader as headingReaders and
// headingReadersUnspaced do.
func headingNoun(w string) bool {
	w, _ = elided(lastWord(w))
	if readerWord(w) != "" {
		return true
	}
	if !unspacedIn(w) {
		return false
	}
	for _, n := range headingReadersUnspaced() {
		if strings.Contains(w, n) {
			return true
		}
	}
	return false
}

// turkishObligation reports whether s holds a Turkish verb of obligation,
// whose suffix is joined to it: "etmelidir", "göndermeli", "yapmalı".
func turkishObligation(s string) bool {
	for s != "" {
		s = strings.TrimLeft(s, " \n\t")
		end := strings.IndexAny(s, " \n\t")
		if end < 0 {
			end = len(s)
		}
		w := strings.TrimRightFunc(s[:end], func(r rune) bool { return !unicode.IsLetter(r) })
		s = s[end:]
		for _, suf := range turkishObligations {
			if strings.HasSuffix(w, suf) && len(w) >= len(suf)+2 {
				return true
			}
		}
	}
	return false
}

var turkishObligations = normList("malı", "meli", "malıdır", "melidir")

// httpRequest reports whether s names an HTTP request: a call
// ("http_get(", "fetch(", "curl …"), or "POST" or "GET" with a URL.
func httpRequest(s string) bool {
	for _, w := range []string{"http_get(", "http_post(", "fetch(", "requests.post(", "curl ", "wget "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return (hasWord(s, "post") || hasWord(s, "get")) && strings.Contains(s, "http")
}

// toldAfter reports whether what follows norm[:at], in its sentence and
// within toldReach characters, tells the reader named before it what to
// do: a colon or a dash, or a word of obligation or of asking ("must",
// "soll", "doit", "deve", "должен", "必须", "してください", "해야", "يجب",
// "please"). "このメールを処理するシステムは自動送信です" describes the
// system.
func toldAfter(norm string, at int) bool {
	s := norm[at:]
	reach := toldReach
	if unspaced(norm[max(0, at-len("는")):at]) {
		// The verb ends the sentence in Korean, Japanese and Hindi.
		reach = toldReachVerbLast
	}
	// The sentence's end within reach (not the dot of ".env" or
	// "example.com"), and a colon or a dash before it.
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c&0xC0 != 0x80 {
			if n++; n > reach {
				s = s[:i]
				break
			}
		}
		switch rest := s[i:]; {
		case sentenceEndAt(s, i):
			s = s[:i]
		case c == ':', strings.HasPrefix(rest, "："), strings.HasPrefix(rest, "—"), strings.HasPrefix(rest, "–"):
			return true
		case c == '-' && i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ':
			return true
		}
		if i >= len(s) {
			break
		}
	}
	return hasAnyWord(s, obligationWords())
}

// toldReach is how far, in characters, toldAfter reads, and
// toldReachVerbLast how far after a name written in a script without
// spaces, where the sentence's verb comes last.
const (
	toldReach         = 48
	toldReachVerbLast = 96
)

// obligationWords are the words of obligation and asking toldAfter reads,
// as Norm writes them.
var obligationWords = sync.OnceValue(func() []string {
	return normList("must", "should", "shall", "needs to", "has to", "is to", "is required to", "please",
		"doit", "doivent", "devra", "devrait", "est prié", "merci de", "veuillez", "debe", "deben", "deberá", "debería",
		"tiene que", "ha de", "por favor", "soll", "sollte", "sollen", "muss", "müssen", "hat zu", "bitte", "deve", "devono",
		"dovrà", "dovrebbe", "è tenuto", "per favore", "deverá", "devem", "tem de", "tem que", "moet", "moeten", "dient",
		"zal", "graag", "alstublieft", "musi", "powinien", "powinno", "proszę", "должен", "должна", "должно",
		"обязан", "нужно", "следует", "пожалуйста", "malı", "meli", "malıdır", "melidir", "lütfen", "必须", "必需", "应当",
		"应该", "應該", "请", "請", "需要", "务必", "必ず", "べき", "ください", "すること", "해야", "하세요", "할 것",
		"하십시오", "바랍니다", "주세요", "يجب", "ينبغي", "عليه", "عليك", "من فضلك", "الرجاء", "चाहिए", "करें", "करना होगा",
		"कृपया")
})

// lastWord returns the last word of s, after its last space or
// apostrophe ("the model", "l'agent").
func lastWord(s string) string {
	return s[strings.LastIndexAny(s, " '")+1:]
}

// demonstrativeIn reports whether s holds "this" or "these" (or the
// article that stands for it, "本", "該"), as a word where words are
// spaced.
func demonstrativeIn(s string) bool { return hasAnyWord(s, demonstratives()) }

// demonstratives returns "this" and "these" in the core languages, as
// Norm writes them.
var demonstratives = sync.OnceValue(func() []string {
	return normList("this", "these", "ce", "cet", "cette", "ces", "este", "esta", "estos", "estas", "dieser", "diese",
		"dieses", "diesen", "diesem", "questo", "questa", "questi", "queste", "deste", "desta", "destes", "destas", "neste",
		"nesta", "deze", "dit", "ten", "ta", "to", "tego", "tej", "tę", "tym", "tych", "этот", "эта", "это", "эти", "этого",
		"этой", "эту", "этим", "bu", "bunu", "bunun", "bunları", "此", "这", "這", "本", "该", "該", "この", "本", "이", "본",
		"해당", "هذا", "هذه", "لهذا", "لهذه", "यह", "इस", "इन")
})
