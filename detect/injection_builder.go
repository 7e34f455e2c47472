package detect

// The people who build on models talk about their own: "after about 30
// turns our assistant stops following the system prompt", "quick q: does
// max_tokens include the system prompt?", "¿cómo evito que los usuarios
// saquen el prompt de nuestro chatbot?". The direct model learned from
// public prompts, which name system prompts, rules and refusals almost
// only to attack them, and flags such messages where no rule does.
// writerBuilds reads the sign that sets them apart: an AI system named as
// the writer's own. An attacker speaks to the model about its rules; a
// builder speaks of theirs.

// writerBuilds reports whether the direct part of norm names an AI system
// (a bot, a chatbot, a prompt, an eval; or an assistant, an agent or a
// model where aiNamed, the message naming AI, a system prompt or a chat
// template too) as the writer's own: a possessive of the writer before
// its noun ("our support bot", "notre assistant", "unser internes
// Modell", "我们的客服机器人", "自社のボット", "우리 챗봇", "हमारा चैटबॉट"),
// one after it ("البوت الخاص بنا"), or a noun that carries the possessive
// in its ending ("botumuz", "asistanımız", "مساعدنا"). An assistant, an
// agent or a model may be a person's or a thing's ("my travel agent", "my
// assistant booked it", "our business model"), so they need the AI named.
func writerBuilds(norm string, aiNamed bool) bool {
	if builderWhole.stemIn(norm) || aiNamed && builderWholeRole.stemIn(norm) {
		return true
	}
	if builderLead.any(norm, func(k, n int) bool {
		return builderNounWithin(norm[k+n:min(len(norm), k+n+builderReach)], false, aiNamed)
	}) {
		return true
	}
	return builderTail.any(norm, func(k, n int) bool { return builderNounWithin(norm[max(0, k-builderReach):k], true, aiNamed) })
}

// builderReach is how far, in bytes, a possessive's noun may stand from
// it: two words between ("our internal knowledge assistant"), or a
// compound of ten CJK letters ("自社のカスタマーサポートボット").
const builderReach = 40

// builderNounWithin reports whether a noun of an AI system starts a word
// of s, in the same clause as the possessive: the clause that s opens, or
// where back is set, the one it closes; the nouns of roles only where
// roles is set. A noun is read as a stem, so that its endings ("modelu",
// "Modells", "модели") count.
func builderNounWithin(s string, back, roles bool) bool {
	if back {
		if c := lastClauseMark(s); c >= 0 {
			s = s[c:]
		}
	} else if c := firstClauseMark(s); c >= 0 {
		s = s[:c]
	}
	for i := 0; i < len(s); i++ {
		if builderNoun.stemAt(s, i) || builderShortNoun.at(s, i) > 0 || roles && builderRoleNoun.stemAt(s, i) {
			return true
		}
	}
	return false
}

// builderAINamed are the concepts that name AI where a builder speaks of
// an assistant, an agent or a model: "as an AI", "ChatGPT", "language
// model" (cAISelf), a system prompt, a chat template.
const builderAINamed = 1<<cAISelf | 1<<cSysPrompt | 1<<cTemplate

var (
	// builderLead are the writer's possessives that stand before a noun.
	builderLead = newPhraseSet(normList(
		"my", "our", "mon", "ma", "mes", "notre", "nos", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras",
		"mein", "meine", "meinen", "meinem", "meiner", "meines", "unser", "unsere", "unseren", "unserem", "unserer", "unseres",
		"mio", "mia", "miei", "mie", "nostro", "nostra", "nostri", "nostre", "meu", "minha", "meus", "minhas", "nosso",
		"nossa", "nossos", "nossas", "mijn", "onze", "ons", "mój", "moja", "moje", "mojego", "mojej", "mojemu", "moim",
		"nasz", "nasza", "nasze", "naszego", "naszej", "naszemu", "naszym", "мой", "моя", "моё", "мои", "моего", "моей",
		"моему", "моим", "наш", "наша", "наше", "наши", "нашего", "нашей", "нашему", "нашим", "нашу", "benim", "bizim",
		"हमारा", "हमारे", "हमारी", "मेरा", "मेरे", "मेरी", "अपना", "अपने", "अपनी",
		"我们的", "我的", "我们自己的", "我们公司的", "自己的", "我司的", "我司", "自社の", "うちの", "弊社の", "私たちの",
		"我々の", "自分の", "私の", "僕の", "우리", "우리 회사", "저희", "저희 회사", "제", "내"))
	// builderTail are the writer's possessives that follow their noun.
	builderTail = newPhraseSet(normList("الخاص بنا", "الخاصة بنا", "الخاص بي", "الخاصة بي", "خاصتنا", "لدينا", "خاصتي"))
	// builderWhole are nouns that carry the writer's possessive in their
	// ending, read as stems ("botumuzun", "asistanımıza").
	builderWhole = newPhraseSet(normList(
		"botum", "chatbotum", "sohbet botum", "promptum", "promptumuz", "sistem promptum", "sistem promptumuz",
		"sistem istemim", "sistem istemimiz", "بوتنا", "روبوتنا", "موجهنا"))
	// builderWholeRole are those of roles a person may hold too.
	builderWholeRole = newPhraseSet(normList(
		"asistanım", "asistanımız", "modelim", "modelimiz", "ajanım", "ajanımız", "مساعدنا", "مساعدي", "نموذجنا", "نموذجي",
		"وكيلنا"))
	// builderShortNoun are the nouns of an AI system too short to be
	// read as stems ("bot", not "bottle").
	builderShortNoun = newPhraseSet(normList("bot", "bots", "llm", "llms", "gpt", "rag", "ajan", "бот", "бота", "боты", "боту", "बॉट", "봇", "بوت"))
	// builderNoun are the nouns of an AI system, as stems.
	builderNoun = newPhraseSet(normList(
		"chatbot", "copilot", "prompt", "system prompt", "classifier", "eval", "guardrail", "moderation",
		"invite", "classifieur", "clasificador", "sprachmodell", "systemprompt", "klassifikator", "classificatore",
		"classificador", "taalmodel", "systeemprompt", "czatbot", "klasyfikator", "чат-бот", "чатбот", "нейросет",
		"промпт", "системн", "классификатор", "sohbet bot", "चैटबॉट", "प्रॉम्प्ट", "सिस्टम प्रॉम्प्ट", "机器人", "智能体",
		"提示词", "系统提示", "ボット", "チャットボット", "プロンプト", "システムプロンプト", "챗봇", "프롬프트", "시스템 프롬프트",
		"البوت", "روبوت", "الموجه", "برومبت"))
	// builderRoleNoun are the nouns of roles a person or a thing may hold
	// too (an assistant, an agent, a model, customer service), as stems.
	builderRoleNoun = newPhraseSet(normList(
		"assistant", "model", "agent", "modèle", "asistente", "modelo", "agente", "assistent", "modell", "assistente",
		"modello", "asystent", "ассистент", "модел", "агент", "asistan", "असिस्टेंट", "मॉडल", "एजेंट", "助手", "模型", "客服",
		"アシスタント", "モデル", "エージェント", "모델", "에이전트", "어시스턴트", "المساعد", "النموذج", "الوكيل"))
)

// builderTalk reports whether a message flagged by the direct model alone
// is a builder's talk of their own AI system (see writerBuilds): no rule
// fired, the harm model added nothing, the attack model at most
// harmlessAttackLean, and the direct model leans less than builderLean.
// Such a message scores as harmlessJailbreak's do, short of the
// threshold; an order to the model about its own rules fires a rule
// whoever claims to build it.
func builderTalk(ev []evidence, zD, zH, zA float64, concepts uint64, norm string) bool {
	return len(ev) == 0 && zD > 0 && zD < builderLean && zH <= 0 && zA <= harmlessAttackLean &&
		writerBuilds(norm, concepts&builderAINamed != 0)
}

// builderLean is how far the direct model may lean in a builder's talk
// and still be read as such. Across the eval's sets, any bound from 3 to
// 7 leaves the same 12 harmless messages alone and loses no attack;
// without one, one of llm-warden's test jailbreaks is lost. A bound on
// what the attack model adds past harmlessAttackLean (3, 5) only lost
// one of our lapse dev attacks when this was written.
const builderLean = 3
