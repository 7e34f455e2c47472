package detect

import "strings"

// Rules kept. A message may tell the model to keep to its rules, as a
// careful user does around an ask that sounds sensitive: "please make
// sure your answer stays within ethical guidelines", "without crossing
// any privacy boundaries", "im Rahmen deiner Richtlinien", "请确保回答符合
// 道德准则", "ガイドラインに沿って". The direct model reads those words of
// rules and safety as a jailbreak's, whose set-ups name the rules to lift
// them. keepsRules reads such a clause, for harmlessJailbreak: a noun of
// the model's rules or of safety (cPolicy, cInstr, or a word of
// keepNouns) with
//   - a word of keeping (keepBefore) at most keepGap bytes before it, or,
//     in the languages that put the verb after its object, one of
//     keepAfter at most keepGap bytes after it;
//   - or a word of breaking them (breakBefore, breakAfter) with a
//     negation (keepNegations) just before it or before the noun:
//     "without breaching", "does not violate", "sans enfreindre",
//     "不违反" (written whole), "を逸脱しない" (written whole);
//
// and no negation of the keeping ("you no longer need to stay within
// your guidelines", "ne plus respecter", "守らなくていい"), nor a noun the
// gap makes new or the writer's ("adhere to these rules", "follow my
// guidelines", "respecte les règles suivantes"): a template sets its own
// rules so, and a jailbreak lifts the model's.

// keepGap is how far, in bytes, a word of keeping may stand from the noun
// of rules it keeps, and keepNegReach how far before it a negation may
// lift it.
const (
	keepGap      = 28
	keepNegReach = 44
)

// keepBefore are the words of keeping that stand before the rules kept.
var keepBefore = normList(
	"stay within", "stays within", "staying within", "remain within", "remains within", "remaining within", "keep within",
	"keeping within", "in line with", "in keeping with", "in accordance with", "consistent with", "compliant with",
	"in compliance with", "adhere to", "adheres to", "adhering to", "adherence to", "comply with", "complies with", "complying with",
	"abide by", "abides by", "abiding by", "align with", "aligns with", "aligned with", "aligning with", "conform to", "conforms to",
	"respect", "respects", "respecting", "true to",
	"mindful of", "within the limits of", "within the boundaries of", "within the bounds of", "within the scope of",
	// fr
	"dans le respect de", "dans le respect des", "conformément à", "conformément aux", "en accord avec", "en conformité avec",
	"conforme à", "conforme aux", "conformes à", "conformes aux", "respecte", "respecter", "respectez", "respectant", "dans le cadre de",
	"dans le cadre des", "dans les limites de", "dans les limites des", "en restant dans", "reste dans", "restez dans", "rester dans",
	"fidèle à", "fidèle aux",
	// es
	"dentro de", "de acuerdo con", "conforme a", "en línea con", "en consonancia con", "acorde con", "acorde a", "cumpliendo",
	"cumpla", "cumple", "cumplir", "respetando", "respeta", "respete", "respetar", "apegado a", "apegada a", "apegándote a",
	"ajustándote a", "ajústate a", "ajustado a", "en el marco de", "dentro del marco de",
	"dentro de los límites de",
	// de
	"im rahmen", "im rahmen der", "im rahmen deiner", "im rahmen ihrer", "innerhalb der", "innerhalb deiner", "im einklang mit", "unter einhaltung", "unter beachtung", "in übereinstimmung mit", "konform mit",
	"halte dich an", "halten sie sich an", "respektiere", "respektieren sie",
	// it
	"nel rispetto di", "nel rispetto delle", "nel rispetto dei", "nel rispetto della", "in linea con", "conforme alle",
	"conformemente a", "conformemente alle", "in conformità con", "in conformità alle", "rispettando", "rispetta", "rispetti",
	"rispettare", "all'interno di", "all'interno delle", "nei limiti di", "nei limiti delle", "attieniti a", "attieniti alle", "attenendoti a", "attenendoti alle",
	// pt
	"dentro das", "dentro dos", "de acordo com", "em conformidade com", "conforme", "alinhado com", "alinhada com", "alinhado às",
	"alinhada às", "em linha com", "respeitando", "respeite", "respeita", "respeitar", "cumprindo", "cumpra",
	"nos limites de", "nos limites das", "nos limites dos", "dentro dos limites de", "dentro dos limites das",
	// nl
	"binnen de", "in lijn met", "overeenkomstig", "in overeenstemming met", "met respect voor",
	"respecteer", "respecteert", "houd je aan", "hou je aan", "houd u aan", "houdt zich aan", "binnen de grenzen van",
	// pl
	"zgodnie z", "w zgodzie z", "w granicach", "w ramach", "przestrzegając", "przestrzegaj", "przestrzegać", "respektując",
	"respektuj", "szanując", "trzymając się", "trzymaj się", "nie wykraczając poza",
	// ru
	"в рамках", "в пределах", "в соответствии с", "согласно", "соблюдая", "соблюдай", "соблюдайте", "соблюдать", "придерживаясь",
	"придерживайся", "придерживайтесь", "уважая", "не выходя за рамки", "не выходя за пределы",
	// zh
	"遵守", "符合", "恪守", "不违反", "不违背", "不超出", "不逾越", "不越过", "不触犯", "不得违反",
	// ar
	"في إطار", "في حدود", "البقاء ضمن", "بالبقاء ضمن", "ابق ضمن", "ابقَ ضمن", "تبقى ضمن", "بما يتوافق مع", "بما يتماشى مع", "متوافقًا مع", "متوافقا مع", "ملتزمًا",
	"ملتزما", "التزم", "الالتزام", "مع الالتزام", "احترم", "مع احترام", "باحترام", "دون انتهاك", "دون خرق", "دون تجاوز",
	"دون مخالفة", "بدون انتهاك", "بدون تجاوز", "بدون مخالفة", "لا تنتهك", "لا تتجاوز", "لا تخالف",
)

// keepWeak are the words of keeping that keep only rules named as the
// model's, or as of ethics or safety (cPolicy, keepNouns): "follow the
// instructions below" keeps nothing.
var keepWeak = normList("follow", "follows", "meet", "meets", "honor", "honour", "observe", "observing", "within", "according to",
	"suivre", "suivez", "suis", "selon", "siguiendo", "sigue", "siga", "según", "befolge", "befolgen sie", "beachte", "beachten sie",
	"innerhalb", "gemäß", "gemäss", "entsprechend", "seguendo", "segui", "secondo", "entro", "seguindo", "segundo", "dentro",
	"binnen", "volgens", "conform", "следуя", "следуй", "следуйте", "согласно", "遵循", "依照", "按照", "遵照", "ضمن", "وفقًا",
	"وفقا", "وفق", "حسب")

// keepAfter are the words of keeping that stand after the rules kept.
var keepAfter = normList(
	// de, nl
	"einhalten", "einhältst", "einhält", "einzuhalten", "einhaltend", "befolgen", "befolgst", "beachten", "beachtest",
	"respektieren", "respektierst", "entsprechend", "entspricht", "entsprechen", "gemäß", "naleeft", "naleven", "na te leven",
	"respecteert", "respecteren",
	// tr
	"uygun", "uygun şekilde", "uygun olarak", "uyarak", "uy", "uyun", "uymak", "uyacak", "uyan", "dahilinde", "içinde",
	"içerisinde", "çerçevesinde", "sınırları içinde", "sınırları dahilinde", "doğrultusunda", "gözeterek", "saygı göstererek",
	"bağlı kalarak", "ihlal etmeden", "çiğnemeden", "aşmadan", "dışına çıkmadan",
	// zh
	"范围内", "之内", "框架内", "范围之内",
	// ja
	"に沿って", "に沿った", "に沿う", "に従って", "に従い", "に従った", "を守って", "を守り", "を守る", "を守った", "を遵守", "の範囲内で",
	"の範囲内の", "の範囲で", "の枠内で", "に則って", "に則り", "に則った", "に準拠", "を尊重", "に反しない", "に違反しない", "を逸脱しない",
	"を超えない", "を破らない", "を外れない",
	// ko
	"을 준수", "를 준수", "을 지키", "를 지키", "에 따라", "에 맞게", "에 맞춰", "에 부합", "범위 내에서", "범위 안에서", "을 벗어나지 않",
	"를 벗어나지 않", "을 위반하지 않", "를 위반하지 않", "을 어기지 않", "를 어기지 않", "을 존중", "를 존중", "을 넘지 않", "를 넘지 않",
	// hi
	"का पालन", "के अनुसार", "के अनुरूप", "के भीतर", "के दायरे में", "की सीमा में", "की सीमाओं में", "का सम्मान", "का उल्लंघन किए बिना",
	"का उल्लंघन न", "को तोड़े बिना", "को लांघे बिना", "से बाहर न",
)

// breakBefore are the words of breaking rules that keep them where a
// negation stands before them ("without breaching", "ne pas enfreindre"),
// and breakAfter those that stand after the rules ("zonder de richtlijnen
// te schenden", "ohne gegen die Richtlinien zu verstoßen").
var (
	breakBefore = normList("breach", "breaching", "breaches", "violate", "violating", "violates", "cross", "crossing", "break",
		"breaking", "infringe", "infringing", "infringes", "overstep", "overstepping", "go against", "going against", "goes against",
		"contravene", "contravening", "step outside", "stepping outside", "go beyond", "going beyond", "exceed", "exceeding",
		"go outside", "going outside", "stray from", "straying from", "deviate from", "deviating from", "sortir de", "sortir des",
		"s'écarter de", "s'écarter des", "salir de", "salirte de", "apartarte de", "uscire da", "uscire dalle", "uscire dai",
		"allontanarti da", "sair de", "sair das", "sair dos", "fugir de", "afwijken van", "abweichen von", "wyjść poza",
		"wychodzić poza", "выходить за", "отступать от",
		"enfreindre", "enfreint", "enfreigne", "violer", "viole", "franchir", "dépasser", "transgresser", "contrevenir à", "contrevenir aux",
		"violar", "infringir", "infrinja", "romper", "cruzar", "saltarte", "saltarse", "traspasar", "sobrepasar",
		"gegen", "verstoßen", "verletzen", "überschreiten", "violare", "infrangere", "oltrepassare", "superare", "trasgredire",
		"quebrar", "ultrapassar", "desrespeitar", "schenden", "overtreden", "overschrijden",
		"łamiąc", "łamania", "łam", "naruszając", "naruszania", "naruszaj", "przekraczając", "przekraczania", "przekraczaj",
		"нарушая", "нарушения", "нарушений", "нарушай", "нарушайте", "нарушать", "выходя за",
		"انتهاك", "خرق", "تجاوز", "مخالفة")
	breakAfter = normList("verstößt", "verstoßen", "zu verstoßen", "zu verletzen", "te schenden", "te overtreden", "schendt", "overtreedt",
		"ihlal etme", "ihlal etmeyen", "çiğneme", "aşma")
)

// keepNouns are the nouns, besides the lexicon's rules and policies, that
// a clause of keeping keeps: the bounds of what is fit to say.
var keepNouns = normList("boundaries", "bounds", "limits", "limitations", "ethics", "ethical considerations", "privacy",
	"limites", "bornes", "éthique", "límites", "ética", "grenzen", "ethik", "limiti", "confini", "etica", "ethiek", "granic", "granice", "etyki", "etyka", "границ", "границы", "рамки", "этики", "этика", "sınırlar", "etik",
	"界限", "底线", "伦理", "道德", "倫理", "範囲", "한계", "윤리", "범위", "حدود", "الأخلاق", "सीमा", "सीमाओं", "नैतिकता")

// keepNegations lift a word of keeping that follows them ("no longer
// need to follow", "不必遵守") and make a word of breaking one of keeping
// ("without crossing", "不违反" aside, which is written whole).
var keepNegations = normList("not", "no", "never", "don't", "dont", "doesn't", "won't", "nor", "without", "avoid", "avoiding",
	"needn't", "no longer", "stop", "instead of", "rather than", "ne", "n'", "pas", "plus", "sans", "jamais", "inutile", "sin",
	"nunca", "ya no", "nicht", "kein", "keine", "ohne", "nie", "non", "senza", "mai", "não", "sem", "niet", "geen",
	"zonder", "nooit", "bez", "не", "без", "больше не", "değil", "gerek yok", "gerekmez", "不必", "不用", "无需", "不需要", "不再",
	"别", "不要", "لا", "دون", "بدون", "لم", "لن", "ليس",
	// Lifting it otherwise: "forget about staying within", "stop
	// worrying about", "deja de preocuparte por".
	"forget", "forget about", "stop worrying about", "never mind", "oublie", "oubliez", "arrête de", "laisse tomber", "olvida",
	"olvídate de", "deja de", "vergiss", "vergessen sie", "hör auf", "dimentica", "smettila di", "smetti di", "lascia perdere",
	"esqueça", "esquece", "deixe de", "deixa de", "pare de", "deixe de lado", "vergeet", "stop met", "zapomnij", "przestań",
	"забудь", "забудьте", "перестань", "хватит", "unut", "boşver", "takma", "忘掉", "忘记", "别管", "不用管", "忘れて", "気にしないで",
	"잊어", "신경 쓰지", "انسَ", "انس", "لا تهتم", "لا داعي", "توقف عن", "भूल जाओ", "छोड़ो", "छोड़ दो")

// keepPostNegations lift a word of keeping that they follow, in the
// languages that put the verb last ("守らなくていい", "지키지 않아도",
// "uymak zorunda değilsin", "का पालन न करें").
var keepPostNegations = normList("なくて", "なくても", "ない", "不要", "必要はない", "必要は", "ません", "気にしない", "지 않아도", "필요 없", "필요없", "안 해도",
	"zorunda değil", "gerek yok", "gerekmez", "न करें", "न करो", "नहीं", "मत", "nicht", "niet", "hoeven", "brauchst")

// keepBlocks make the rules a gap holds new or the writer's: "these",
// "the following", "my".
var keepBlocks = normList("these", "this", "following", "new", "my", "our", "below", "ces", "cette", "suivantes", "suivants",
	"nouvelles", "nouveaux", "mes", "nos", "estas", "estos", "siguientes", "nuevas", "nuevos", "mis", "diese", "dieser", "folgenden",
	"neuen", "meine", "meinen", "unsere", "queste", "questi", "seguenti", "nuove", "nuovi", "mie", "miei", "novas", "novos", "minhas",
	"meus", "seguintes", "deze", "volgende", "nieuwe", "mijn", "te", "tych", "poniższych", "nowych", "moich", "этих", "этим",
	"следующих", "следующим", "новых", "новым", "моих", "моим", "bu", "şu", "aşağıdaki", "yeni", "benim", "这些", "以下", "新的",
	"我的", "これらの", "以下の", "新しい", "私の", "이 ", "다음", "새로운", "내 ", "هذه", "التالية", "الجديدة", "ये", "निम्न", "नए", "मेरे")

// keepsRules reports whether norm, whose lexicon hits are hits, holds a
// clause that keeps the model's rules (see keepBefore). It reads every
// noun of rules in norm; harmlessJailbreak asks it only of texts short of
// the longest length bucket, and only where the direct model's lean is
// all that stands between the message and the cap.
func keepsRules(norm string, hits []hit) bool {
	for i := range hits {
		h := &hits[i]
		if h.concepts&(1<<cPolicy|1<<cInstr) == 0 {
			continue
		}
		if keptBefore(norm, int(h.start), h.concepts&(1<<cPolicy) != 0) || keptAfter(norm, int(h.start), int(h.end)) {
			return true
		}
	}
	for _, n := range keepNouns {
		for from := 0; from < len(norm); {
			k := strings.Index(norm[from:], n)
			if k < 0 {
				break
			}
			k += from
			if wholeWordAt(norm, k, n) && (keptBefore(norm, k, true) || keptAfter(norm, k, k+len(n))) {
				return true
			}
			from = k + len(n)
		}
	}
	return false
}

// keptBefore reports whether a word of keeping, or a negated one of
// breaking, stands before the noun of rules at start; policy tells
// whether the noun names the model's rules or ethics (see keepWeak).
func keptBefore(norm string, start int, policy bool) bool {
	lo := max(0, start-keepGap-maxKeepWord)
	near := norm[lo:start]
	for pass, words := range [3][]string{keepBefore, keepWeak, breakBefore} {
		if pass == 1 && !policy {
			continue
		}
		for _, w := range words {
			k := strings.LastIndex(near, w)
			if k < 0 || !wholeWordAt(near, k, w) {
				continue
			}
			gap := near[k+len(w):]
			if len(gap) > keepGap || hasClauseMark(gap) || hasAnyWord(gap, keepBlocks) {
				continue
			}
			if negatedBefore(norm, lo+k) == (pass == 2) {
				return true
			}
		}
	}
	return false
}

// keptAfter reports whether a word of keeping, or one of breaking after a
// negation, follows the noun of rules at norm[start:end] (see
// keepsRules).
func keptAfter(norm string, start, end int) bool {
	hi := min(len(norm), end+keepGap+maxKeepWord)
	near := norm[end:hi]
	for pass, words := range [2][]string{keepAfter, breakAfter} {
		for _, w := range words {
			k := strings.Index(near, w)
			if k < 0 || k > keepGap || !wholeWordAt(near, k, w) {
				continue
			}
			gap := near[:k]
			if hasClauseMark(gap) {
				continue
			}
			if pass == 1 {
				if negatedBefore(norm, start) {
					return true
				}
				continue
			}
			rest := norm[end+k+len(w) : min(len(norm), end+k+len(w)+keepNegReach)]
			if !containsAny(gap, keepPostNegations) && !containsAny(rest, keepPostNegations) && !negatedBefore(norm, start) {
				return true
			}
		}
	}
	return false
}

// negatedBefore reports whether a negation (keepNegations) stands in the
// keepNegReach bytes of its clause before p.
func negatedBefore(norm string, p int) bool {
	s := norm[max(0, p-keepNegReach):p]
	s = s[lastClauseMark(s):]
	return hasAnyWord(s, keepNegations)
}

// wholeWordAt reports whether s holds w at k as a whole word, where words are
// spaced.
func wholeWordAt(s string, k int, w string) bool {
	return unspaced(w) || !isLetterBefore(s, k) && (k+len(w) == len(s) || !isLetterAt(s, k+len(w)))
}

// maxKeepWord is the longest word of keeping, in bytes.
var maxKeepWord = func() int {
	n := 0
	for _, ws := range [][]string{keepBefore, keepWeak, keepAfter, breakBefore, breakAfter} {
		for _, w := range ws {
			n = max(n, len(w))
		}
	}
	return n
}()

// keptOnly reports whether every noun of the model's instructions or
// rules that norm[start:end], a fired rule's span, holds is one a clause
// keeps (see keepsRules): in "explain inflation simply, staying within
// your usual rules" or "résume leur loi, sans sortir de tes consignes" an
// extraction rule reads an ask and the rules, and the rules are kept, not
// asked for.
func keptOnly(norm string, hits []hit, start, end int32) bool {
	n := 0
	for i := range hits {
		h := &hits[i]
		if h.start < start || h.end > end || h.concepts&(1<<cSysPrompt|1<<cPolicy|1<<cInstr) == 0 {
			continue
		}
		if !keptBefore(norm, int(h.start), h.concepts&(1<<cPolicy) != 0) && !keptAfter(norm, int(h.start), int(h.end)) {
			return false
		}
		n++
	}
	return n > 0
}
