package detect

// Requests to run without end, in more of the words people use for them:
// the infinitive after a modal ("devi scrivere … all'infinito"), "don't
// stop" and "again and again" as each language says them, an endless
// loop of tool calls ("in einer Endlosschleife"), and the number words
// that counts run to ("천 번", "إلى مليار").
var resourceSpecs = []entrySpec{
	{m(cGenerate), "fr", "écrire|générer|compter|énumérer|écris-moi", 0},
	{m(cGenerate), "es", "escribir|generar|contar|enumerar|escríbeme", 0},
	{m(cGenerate), "de", "schreiben|generieren|zählen|aufzählen|ausgeben", 0},
	{m(cGenerate), "it", "scrivere|generare|contare|elencare|scrivimi", 0},
	{m(cGenerate), "pt", "escrever|gerar|contar|escreve|gera|conta até", 0},
	{m(cGenerate), "nl", "schrijven|genereren|tellen|opsommen", 0},
	{m(cGenerate), "pl", "pisać|wygenerować|liczyć|wypisać|wypisuj|generuj", 0},
	{m(cGenerate), "ru", "писать|выведи|выводи|выводить|считай|сосчитай|перечисляй", 0},
	{m(cGenerate), "tr", "yazmaya|yazmak|saymaya|saymak|üretmeye|yazdır", 0},
	{m(cGenerate), "zh", "数到|从一数到|从1数到|写出|列举", 0},
	{m(cGenerate), "ja", "数えて|書き続け|出し続け|出力し続け", 0},
	{m(cGenerate), "ko", "세어|써 줘|써줘|쓰고|나열해", 0},
	{m(cGenerate), "ar", "عد من|عدّ من|اعدد|اكتب لي|يكتب", 0},
	{m(cGenerate), "hi", "गिनो|गिनती करो|लिखते रहो|लिखते जाओ", 0},

	{m(cRepeat), "en", "start over|start again|begin again|all over again", 0},
	{m(cRepeat), "fr", "recommence|recommencer|reprends depuis le début", 0},
	{m(cRepeat), "es", "vuelve a empezar|empieza de nuevo|de nuevo", 0},
	{m(cRepeat), "de", "fang von vorne an|beginne von neuem|von vorne|erneut", 0},
	{m(cRepeat), "it", "ricomincia|ricominciare|di nuovo", 0},
	{m(cRepeat), "pt", "recomeça|recomece|de novo", 0},
	{m(cRepeat), "nl", "opnieuw|begin opnieuw|ga verder", 0},
	{m(cRepeat), "pl", "zacznij od nowa|od nowa|jeszcze raz", 0},
	{m(cRepeat), "ru", "начни заново|заново|снова", 0},
	{m(cRepeat), "tr", "yeniden başla|baştan başla|tekrar başla|yeniden", 0},
	{m(cRepeat), "zh", "重新开始|再来一遍|再写一遍", 0},
	{m(cRepeat), "ja", "最初から|もう一度|また書い", 0},
	{m(cRepeat), "ko", "다시 시작|처음부터|다시 써", 0},
	{m(cRepeat), "ar", "ابدأ من جديد|من جديد|مجددا|مجدداً", 0},
	{m(cRepeat), "hi", "फिर से शुरू|दोबारा|फिर से", 0},

	{m(cForever), "en", "never ever stop|don't ever stop|do not ever stop|again and again|over and over again|in an endless loop|in a loop forever|without a break", 0},
	{m(cForever), "fr", "ne t'arrête pas|ne vous arrêtez pas|sans t'arrêter jamais|en boucle infinie|à l'infini", 0},
	{m(cForever), "es", "no te detengas|no pares nunca|en un bucle infinito|en bucle infinito|sin límite", 0},
	{m(cForever), "de", "endlosschleife|in einer endlosschleife|hör nicht auf|hören sie nicht auf|nicht aufhören|ohne pause|immer weiter", 0},
	{m(cForever), "it", "non fermarti|senza mai fermarti|ancora e ancora|in un ciclo infinito|ricomincia da capo", 0},
	{m(cForever), "pt", "não para nunca|não para até|não pares|sem limite|e de novo, e de novo|num loop infinito|em loop infinito", 0},
	{m(cForever), "nl", "niet stoppen|stop niet|steeds weer|telkens opnieuw|blijf doorgaan|zonder ophouden|in een oneindige lus", 0},
	{m(cForever), "pl", "nie przestawaj|nie zatrzymuj się|w nieskończonej pętli|raz za razem", 0},
	{m(cForever), "ru", "не прекращай|не останавливаясь|в бесконечном цикле|раз за разом", 0},
	{m(cForever), "tr", "durma|sonsuz döngüde|bıkmadan|ara vermeden", 0},
	{m(cForever), "zh", "别停|不要停止|不停地|无穷无尽|一遍又一遍|没完没了", 0},
	{m(cForever), "ja", "やめないで|何度も何度も|際限なく", 0},
	{m(cForever), "ko", "멈추면 안 돼|멈추지 마|그만두지 마|계속해서 반복|끝까지 계속", 0},
	{m(cForever), "ar", "لا تتوقف أبدا|لا تتوقف أبداً|بدون توقف|في حلقة لا نهائية|مرة بعد مرة", 0},
	{m(cForever), "hi", "रुकना मत|मत रुकना|कभी मत रुकना|बिना रुके लगातार|बार बार", 0},

	{m(cNumWord), "zh", "千", 1000},
	{m(cNumWord), "zh", "十亿|十億", 1000000000},
	{m(cNumWord), "ja", "千", 1000},
	{m(cNumWord), "ja", "百万|億", 1000000},
	{m(cNumWord), "ko", "천", 1000},
	{m(cNumWord), "ko", "억|십억", 100000000},
	{m(cNumWord), "ar", "مليار|مليارات", 1000000000},
	{m(cNumWord), "hi", "अरब", 1000000000},
}
