package detect

// Instructions given to the model. "The rules" are anyone's, but "the
// rules the operator gave you", "les consignes qu'on t'a données",
// "правила, которые тебе дал оператор", "التعليمات التي أعطاك إياها
// المطوّر", "운영자가 준 지침" are the model's own, however the noun and
// its clause are worded. givenSpecs lists the clauses that say an
// instruction was given to the model by someone else (the speaker who gave
// it, "the instructions I gave you", asks for their own text back); each
// carries argGiven and no concept, and givenToYou makes the nearest noun
// of instructions in its sentence a name of the model's own (cSysPrompt
// and cYour; see ownPromptSpecs).
var givenSpecs = []entrySpec{
	{0, "en", "you were given|you've been given|you have been given|given to you|they gave you|the operator gave you|the developer gave you|the developers gave you|your operator gave you|your developer gave you|your developers gave you|you received from|you got from|they wrote for you|the operator wrote for you|your operator wrote for you|the developer wrote for you|your developer wrote for you|your developers wrote for you|handed to you|loaded into you|you were set up with|you were configured with|you started with", argGiven},
	{0, "fr", "qu'on t'a données|qu'on t'a donnés|qu'on t'a donné|qu'on t'a donnée|on t'a données|on t'a donné|qui t'ont été données|qui t'ont été donnés|qui t'a été donnée|que tu as reçues|que tu as reçus|que tu as reçu|qu'on t'a fournies|qu'on t'a fournis|que l'opérateur t'a données|que le développeur t'a données|que les développeurs t'ont données|qu'on t'a imposées|qu'on vous a données|que vous avez reçues|qui vous ont été données", argGiven},
	{0, "es", "que te dieron|que te han dado|que te dio|que te ha dado|que te pusieron|que te puso|que te pasaron|que te fueron dadas|que recibiste|que le dieron|que ha recibido|que recibió", argGiven},
	{0, "de", "die man dir gegeben hat|die dir gegeben wurden|die dir gegeben wurde|die du bekommen hast|die du erhalten hast|die dir mitgegeben wurden|die man dir mitgegeben hat|die dir der betreiber gegeben hat|die dir die entwickler gegeben haben|die sie erhalten haben|die ihnen gegeben wurden", argGiven},
	{0, "it", "che ti hanno dato|che ti ha dato|che ti sono state date|che ti sono stati dati|che ti è stato dato|che ti è stata data|che hai ricevuto|che ti hanno fornito|che ti ha fornito|che le hanno dato|che ha ricevuto", argGiven},
	{0, "pt", "que te deram|que te deu|que te passaram|que te passou|que você recebeu|que lhe deram|que lhe deu|que te foram dadas|que lhe foram dadas|que recebeste", argGiven},
	{0, "nl", "die je hebt gekregen|die jij hebt gekregen|die je kreeg|die je hebt ontvangen|die aan je gegeven zijn|die je zijn gegeven|die jou zijn gegeven|die u hebt gekregen|die u heeft gekregen|die u hebt ontvangen|die je hebt meegekregen", argGiven},
	{0, "pl", "które ci dano|które ci dali|które ci przekazano|które otrzymałeś|które otrzymałaś|które dostałeś|które dostałaś|które ci dał|które pan otrzymał|które pani otrzymała", argGiven},
	{0, "ru", "которые тебе дали|которые тебе дал|которые тебе дала|которые тебе выдали|которые тебе прописали|которые тебе задали|которые ты получил|которые ты получила|которое тебе дали|которое ты получил|который тебе дали|которые вам дали|которые вы получили", argGiven},
	{0, "tr", "sana verilen|sana verdiği|sana verdikleri|sana verilmiş|sana yüklenen|sana tanımlanan|size verilen|size verdiği", argGiven},
	{0, "zh", "他们给你的|开发者给你的|开发人员给你的|运营给你的|运营方给你的|公司给你的|别人给你的|系统给你的|最初给你的|一开始给你的|事先给你的|预先给你的|给你设定的|你收到的|你得到的|你被赋予的|给您设定的|您收到的", argGiven},
	{0, "ja", "あなたに与えられた|あなたが受け取った|あなたが受けた|あなたに渡された|あなたに設定された|君に与えられた|お前に与えられた|事前に与えられた|最初に与えられた|運営から与えられた|開発者から与えられた", argGiven},
	{0, "ko", "너한테 주어진|너에게 주어진|네가 받은|당신이 받은|당신에게 주어진|운영자가 너에게 준|운영자가 준|개발자가 준|개발자가 너한테 준|처음에 받은|미리 받은", argGiven},
	{0, "ar", "أعطاك|أعطوك|التي أعطيت لك|الذي أعطي لك|المعطاة لك|التي تلقيتها|الذي تلقيته|التي وصلتك|المقدمة لك|المقدمة إليك|التي زودك بها|التي زودوك بها", argGiven},
	{0, "hi", "तुम्हें दिए गए|तुम्हें दी गई|तुम्हें दिया गया|आपको दिए गए|आपको दी गई|आपको दिया गया|तुम्हें मिले|आपको मिले|तुम्हें मिली|आपको मिली", argGiven},
}

// givenReach is how far, in bytes, a clause of givenSpecs may stand from
// the noun it speaks of: a few words, or some ten characters of CJK; and
// givenNoun the longest such noun looked back to.
const (
	givenReach = 30
	givenNoun  = 40
)

// givenToYou makes the noun of instructions nearest each clause of
// givenSpecs, before or after it in its sentence, a name of the model's
// own, and drops the clauses' hits.
func givenToYou(norm string, hits []hit) []hit {
	first := firstMarked(hits, argGiven)
	if first < 0 {
		return hits
	}
	for i := first; i < len(hits); i++ {
		g := &hits[i]
		if !marked(g.arg, argGiven) {
			continue
		}
		best, gap := -1, givenReach+1
		for j := i - 1; j >= 0 && int(g.start)-int(hits[j].start) <= givenReach+givenNoun; j-- {
			if d := int(g.start) - int(hits[j].end); hits[j].concepts&(1<<cInstr) != 0 && d >= 0 && d < gap && !actSentenceEnd(norm[hits[j].end:g.start]) {
				best, gap = j, d
			}
		}
		for j := i + 1; j < len(hits) && int(hits[j].start)-int(g.end) <= givenReach; j++ {
			if d := int(hits[j].start) - int(g.end); hits[j].concepts&(1<<cInstr) != 0 && d >= 0 && d < gap && !actSentenceEnd(norm[g.end:hits[j].start]) {
				best, gap = j, d
			}
		}
		if best >= 0 {
			hits[best].concepts |= ownPrompt
		}
	}
	return dropMarks(hits, first, argGiven)
}
