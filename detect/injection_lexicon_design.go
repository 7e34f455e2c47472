package detect

// A system prompt the writer is writing. "How do I phrase the system
// prompt so it always answers in German?", "je rédige le prompt système
// du chatbot de mon agence", "システムプロンプトをどう書けばいい？" ask
// about the writer's own, not for the model's. designSpecs lists the
// first person writing or asking how to write, in the core languages;
// each carries argDesign and no concept, and designedPrompts takes
// cSysPrompt from the names of the system prompt they govern, nearby in
// their sentence, unless the name is the model's own ("your system
// prompt", see ownPromptSpecs).
var designSpecs = []entrySpec{
	{0, "en", "how do i write|how should i write|how do i phrase|how should i phrase|how do i structure|how should i structure|how do i word|how should i word|how to write|how to phrase|how to structure|i'm writing|i am writing|i'm drafting|i am drafting|we're writing|we are writing", argDesign},
	{0, "fr", "comment rédiger|comment écrire|comment formuler|comment je rédige|comment j'écris|comment je formule|je rédige|j'écris|je suis en train d'écrire|je suis en train de rédiger|nous rédigeons", argDesign},
	{0, "es", "cómo escribo|cómo redacto|cómo escribir|cómo redactar|cómo formulo|cómo formular|estoy escribiendo|estoy redactando|qué debería poner en", argDesign},
	{0, "de", "wie formuliere ich|wie schreibe ich|wie formuliert man|wie schreibt man|wie sollte ich|ich schreibe gerade|ich formuliere gerade|wir schreiben gerade", argDesign},
	{0, "it", "come scrivo|come formulo|come scrivere|come formulare|come imposto|sto scrivendo|sto redigendo", argDesign},
	{0, "pt", "como escrevo|como escrever|como formulo|como formular|como redijo|estou escrevendo|estou a escrever|estou redigindo", argDesign},
	{0, "nl", "hoe schrijf ik|hoe formuleer ik|hoe schrijf je|hoe formuleer je|ik schrijf|ik ben bezig met", argDesign},
	{0, "pl", "jak napisać|jak sformułować|jak mam napisać|piszę|tworzę", argDesign},
	{0, "ru", "как написать|как сформулировать|как мне написать|я пишу|я составляю|мы пишем", argDesign},
	{0, "tr", "nasıl yazarım|nasıl yazmalıyım|nasıl yazılır|nasıl formüle|yazıyorum|hazırlıyorum", argDesign},
	{0, "zh", "怎么写|如何写|该怎么写|怎样写|如何编写|我在写|我正在写", argDesign},
	{0, "ja", "どう書けば|どのように書けば|書き方|を書いています|を作成中", argDesign},
	{0, "ko", "어떻게 작성|어떻게 써야|어떻게 쓰면|작성 중|쓰고 있", argDesign},
	{0, "ar", "كيف أكتب|كيف اكتب|كيف أصيغ|كيف نكتب|أكتب حاليا|أعمل على كتابة", argDesign},
	{0, "hi", "कैसे लिखूँ|कैसे लिखूं|कैसे लिखें|लिख रहा हूँ|लिख रही हूँ", argDesign},

	// What a system prompt is, and how one is written well, asked of
	// system prompts in general: "what exactly is a system prompt?",
	// "bonnes pratiques pour rédiger les instructions système". The
	// model's own is not taken (see designed): "что такое твой системный
	// промпт?" still asks for it. The languages that ask what a thing is
	// with no article ("…nedir", "…とは", "什么是…") are read by
	// definitionAsked.
	{0, "en", "what is a|what's a|what exactly is a|best practices for writing|tips for writing|good practices for writing", argDesign},
	{0, "fr", "qu'est-ce qu'un|qu'est-ce qu'une|c'est quoi un|c'est quoi une|pour rédiger|pour écrire|pour bien rédiger", argDesign},
	{0, "es", "qué es un|qué es una|para redactar|para escribir bien", argDesign},
	{0, "de", "was ist ein|was ist eine|was genau ist ein|um zu schreiben|beim schreiben", argDesign},
	{0, "it", "cos'è un|che cos'è un|che cos'è una|cos'è una|per scrivere|per redigere", argDesign},
	{0, "pt", "o que é um|o que é uma|para escrever|para redigir", argDesign},
	{0, "nl", "wat is een|om te schrijven", argDesign},
	{0, "pl", "czym jest|co to jest|do pisania", argDesign},
	{0, "ru", "что такое|для написания", argDesign},
	{0, "tr", "yazacağım|yazmak istiyorum", argDesign},
}

// designReach is how far, in bytes, a name of the system prompt may stand
// after the words of designSpecs, or before them where the verb comes
// last ("システムプロンプトをどう書けば"), in designedPrompts.
const designReach = 40

// designedPrompts takes cSysPrompt from the names of the system prompt
// that the words of designSpecs govern, and drops those words' hits.
func designedPrompts(norm string, hits []hit) []hit {
	first := firstMarked(hits, argDesign)
	if first < 0 {
		return hits
	}
	for i := first; i < len(hits); i++ {
		g := &hits[i]
		if !marked(g.arg, argDesign) {
			continue
		}
		// The writer's own verb ("j'écris", "wie formuliere ich") asks
		// nothing to be written out.
		for j := i + 1; j < len(hits) && hits[j].start < g.end; j++ {
			hits[j].concepts &^= 1<<cReveal | 1<<cGenerate
		}
		// The sentence's bounds within reach, found once.
		lo := int(g.start) - len(lastSentence(norm[max(0, int(g.start)-designReach):g.start]))
		hi := int(g.end) + len(firstSentence(norm[g.end:min(len(norm), int(g.end)+designReach)]))
		for j := i - 1; j >= 0 && int(g.start)-int(hits[j].start) <= designReach+givenNoun; j-- {
			if int(hits[j].end) <= int(g.start) && int(hits[j].end) >= lo {
				designed(norm, hits, j)
			}
		}
		for j := i + 1; j < len(hits) && int(hits[j].start) <= hi; j++ {
			if hits[j].start >= g.end {
				designed(norm, hits, j)
			}
		}
	}
	return dropMarks(hits, first, argDesign)
}

// designed takes cSysPrompt from hits[j] unless it names the model's own
// ("how to write out your system prompt", see ownName).
func designed(norm string, hits []hit, j int) {
	if h := &hits[j]; h.concepts&(1<<cSysPrompt) != 0 && !ownName(norm, hits, j) {
		h.concepts &^= 1 << cSysPrompt
	}
}
