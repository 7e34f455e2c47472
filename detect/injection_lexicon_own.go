package detect

import (
	"regexp"
	"strings"
)

// The model's own instructions. "The system prompt" may be anyone's: a
// developer asks why theirs is ignored ("el prompt de sistema dice
// «Responde siempre en español»"), a reader what the word means ("what
// exactly is a system prompt?"). A name that speaks to the model ("what
// you were told", "ce qu'on t'a dit", "تعليماتك", "你收到的指令") is the
// model's own, as "your system prompt" is where the possessive stands
// apart as a word of its own. ownPromptSpecs finds the names of the system
// prompt that hold a word of the second person and gives them cYour as
// well. The rules that need the model's own instructions (its exact
// wording, put into another form, sent to the user; see ownPromptNamed)
// then ask for such a hit, not for "your" as a word of its own, which
// another language may write ("dit" is Danish for "your" and French for
// "says").

// ownPromptWords matches, in each core language, a word of the second
// person in a name of the system prompt: a possessive ("your", "tes",
// "你的"), a pronoun ("you", "t'", "dir", "тебе"), a verb in the second
// person ("recibiste", "otrzymałeś"), or an ending of the second person's
// possessive (Arabic "ـك", Turkish's formal "-ınız"). Left out are the
// words that as often speak of a third: Turkish "-ın" ("sistem isteminde"
// is as often "in the system prompt" as "in yours"), Spanish "su" and
// Portuguese "seu", "sua" and "lhe" ("el bot ignora sus instrucciones"),
// and the reflexives that are "its own" as often as "your own" (Russian
// "свои", Polish "swoje", Hindi "अपने": "бот выдаёт свои инструкции
// дословно").
var ownPromptWords = map[string]*regexp.Regexp{
	"en": regexp.MustCompile(`(^|\s)(you|u|ur|your|yours|yourself|you're)(\s|$|[,.?])`),
	"fr": regexp.MustCompile(`(^|[\s'-])(tu|te|toi|tes|ton|ta|vos|votre)(\s|$|-)|(^|\s)t'`),
	"es": regexp.MustCompile(`(^|\s)(te|ti|tú|tu|tus)(\s|$)|recibiste|fuiste|sigues`),
	"de": regexp.MustCompile(`(^|\s)(dir|du|dich|dein|deine|deinen|deiner|deinem|deines)(\s|$|,)`),
	"it": regexp.MustCompile(`(^|\s)(ti|hai|sei|segui|tuo|tua|tue|tuoi)(\s|$)`),
	"pt": regexp.MustCompile(`(^|\s)(te|tu|você|teu|tua|teus|tuas)(\s|$)`),
	"nl": regexp.MustCompile(`(^|\s)(je|jou|jouw|uw)(\s|$)`),
	"pl": regexp.MustCompile(`(^|\s)(ci|cię|tobie|twoje|twoich|twój|twoja|twoją|twojego|twoim)(\s|$)|otrzymałeś|zostałeś`),
	"ru": regexp.MustCompile(`(^|\s)(ты|тебе|тебя|тобой|твои|твой|твоя|твою|твоих|твоё|твое|ваши|ваш)(\s|$|,)`),
	"tr": regexp.MustCompile(`(^|\s)(sana|senin|seni|sen)(\s|$)|(aldığın|dığın|dın|din)\*?(\s|$)|(ınız|iniz)(ı|i|ın|in)?(\s|$)`),
	"zh": regexp.MustCompile(`你|您`),
	"ja": regexp.MustCompile(`あなた|君|お前`),
	"ko": regexp.MustCompile(`너|당신|네가|(^|\s)네 `),
	"ar": regexp.MustCompile(`(ك|كم)(\s|$)|(^|\s)(لك|إليك|عليك)(\s|$)`),
	"hi": regexp.MustCompile(`तुम्हें|आपको|तुम्हारी|आपकी|तुम्हारा|आपका|तुम्हारे|आपके`),
}

// ownPromptSpecs returns, for specs, the names of the system prompt that
// hold a word of the second person, as cYour entries (see ownPromptWords).
func ownPromptSpecs(specs ...[]entrySpec) []entrySpec {
	var out []entrySpec
	for _, list := range specs {
		for _, sp := range list {
			re := ownPromptWords[sp.lang]
			if sp.concepts&(1<<cSysPrompt) == 0 || re == nil {
				continue
			}
			var own []string
			for _, p := range strings.Split(sp.phrases, "|") {
				if re.MatchString(p) {
					own = append(own, p)
				}
			}
			if len(own) > 0 {
				out = append(out, entrySpec{m(cYour), sp.lang, strings.Join(own, "|"), 0})
			}
		}
	}
	return out
}
