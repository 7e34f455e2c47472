package detect

// What a document tells whoever processes it. A planted instruction often
// names no assistant: it is conditioned on the document's processing ("in
// the generated summary", "when this invitation is processed", "при
// анализе таблицы", "要約では", "요약 시") and tells what to state or record
// there ("report that the expense was rejected", "указать, что возврат
// уже выполнен", "と記載すること"). processingSpecs adds such conditions to
// the addresses of the reader (cAIAddr), where the lexicon had "when
// summarising" and its like, and the verbs of stating and recording to
// the orders (cInsert), so that indirect.addressed_to_ai reads the two
// together. Neither alone is an instruction to a model.
var processingSpecs = []entrySpec{
	{m(cAIAddr), "en", "in the generated summary|in the summary you generate|in your summary|when this document is summarized|when this document is summarised|when this page is summarized|when this is summarized|when processing this document|when processing this|when this invitation is processed|when analysing this|when analyzing this|note for automated processing|for the automated assistant|assistants reading this|assistant reading this|agents reading this|models reading this|bots reading this|llms reading this|crawlers reading this", 0},
	{m(cAIAddr), "fr", "dans le résumé généré|dans le résumé|dans votre résumé|remarque pour le traitement automatique|note pour le traitement automatique|lors du traitement de ce|lors de l'analyse de|en traitant ce|en analysant ce", 0},
	{m(cAIAddr), "es", "en el resumen generado|en el resumen|al procesar este|al procesar esta|al analizar este|al analizar esta|nota para el procesamiento automático", 0},
	{m(cAIAddr), "de", "in der erzeugten zusammenfassung|beim verarbeiten dieses|beim verarbeiten dieser|bei der analyse dieses|bei der analyse dieser|hinweis für die automatische verarbeitung", 0},
	{m(cAIAddr), "it", "nel riassunto generato|nel riassunto|nel riepilogo|nell'elaborare questo|nell'analizzare questo|nota per l'elaborazione automatica", 0},
	{m(cAIAddr), "pt", "ao processar este|ao processar esta|ao analisar este|ao analisar esta|no resumo gerado|no resumo|nota para o processamento automático", 0},
	{m(cAIAddr), "nl", "bij het genereren van|in de samenvatting|bij het verwerken van|bij het analyseren van|opmerking voor de automatische verwerking", 0},
	{m(cAIAddr), "pl", "w streszczeniu|w podsumowaniu|podczas analizy tego|przy analizie tego", 0},
	{m(cAIAddr), "ru", "в кратком изложении|в сводке|при анализе таблицы|при анализе этого|при анализе документа|при составлении сводки", 0},
	{m(cAIAddr), "tr", "özette|özet çıkarırken|otomatik işleme notu", 0},
	{m(cAIAddr), "zh", "汇总时|汇总评价时|在摘要中|摘要中|生成摘要时|处理此|分析此", 0},
	{m(cAIAddr), "ja", "要約では|要約時|要約の際|まとめる際", 0},
	{m(cAIAddr), "ko", "요약 시|요약시|요약에서|요약문에는", 0},
	{m(cAIAddr), "ar", "في الملخص|عند معالجة هذا|عند معالجة هذه|عند تحليل هذا|عند تحليل هذه|ملاحظة للمعالجة الآلية", 0},
	{m(cAIAddr), "hi", "सारांश में|इसे प्रोसेस करते समय|इसका विश्लेषण करते समय", 0},

	{m(cInsert), "en", "state that|report that|claim that|record that|present it as|leave out|omit", 0},
	{m(cInsert), "fr", "indiquer que|indique que|affirmer que|affirme que|présenter comme|ne pas présenter", 0},
	{m(cInsert), "es", "indicar que|indica que|afirmar que|afirma que|marcar como|registrar que", 0},
	{m(cInsert), "de", "angeben dass|gib an dass|behaupte|behaupten|vermerke|vermerken", 0},
	{m(cInsert), "it", "riportare che|riporta che|indicare che|indica che|dichiarare che|dichiara che", 0},
	{m(cInsert), "pt", "informar que|informe que|afirmar que|afirme que|registrar que|registre que|indicar que", 0},
	{m(cInsert), "nl", "vermelden dat|vermeld dat|stel dat|meld dat|beweer dat", 0},
	{m(cInsert), "pl", "podać że|podaj że|napisz że|stwierdź że|zaznacz że", 0},
	{m(cInsert), "ru", "указать|укажи|укажите|написать что|сообщить что|записать что|отметить что", 0},
	{m(cInsert), "tr", "belirt|belirtin|olarak kaydet|olduğunu söyle|olduğunu yaz", 0},
	{m(cInsert), "zh", "只保留|说明|注明|写成|一律不要提及|不要提及", 0},
	{m(cInsert), "ja", "と記載|記載すること|と書くこと|と伝えること|と記録", 0},
	{m(cInsert), "ko", "기록하고|기록해|기록할 것|라고 안내|라고 적|종료 처리", 0},
	{m(cInsert), "ar", "اذكر أن|قل إن|سجل أن|أشر إلى أن", 0},
	{m(cInsert), "hi", "लिखें कि|बताएं कि|दर्ज करें", 0},
	// What a document has its reader do to the user's view of it, beside
	// stating and recording: recommend, rate or rank as, present as,
	// instruct the user, report, leave out. English has them among the
	// lexicon's verbs of inserting; telling the user is the lexicon's
	// already (cYourOutput).
	{m(cInsert), "fr", "recommande|recommandez|recommander|conseille au|suggère|présente comme|classe comme|évalue comme|note comme|indique à l'utilisateur|omets|omettez|passe sous silence", 0},
	{m(cInsert), "es", "recomienda|recomiende|recomendar|sugiere|sugiera|presenta como|presente como|presentar como|califica como|clasifica como|valora como|indica al usuario|indique al usuario|reporta que", 0},
	{m(cInsert), "de", "empfiehl|empfehle|empfehlen|schlage vor|stelle als|darstellen als|bewerte als|bewerten als|stufe als|einstufen|berichte|lass weg|weglassen|verschweige", 0},
	{m(cInsert), "it", "raccomanda|consiglia|consigliare|suggerisci|presenta come|presentare come|valuta come|classifica come|assegna|di all'utente", 0},
	{m(cInsert), "pt", "recomende|recomenda|recomendar|sugira|apresente como|apresentar como|classifique como|avalie como|oriente o usuário|orientar o morador|orientar o usuário|relate que", 0},
	{m(cInsert), "nl", "raad aan|aanraden|beveel aan|aanbevelen|stel voor|presenteer als|beoordeel|beoordelen als|rangschik|meld de gebruiker|laat weg|weglaten|verzwijg", 0},
	{m(cInsert), "pl", "poleć|polecaj|polecić|zarekomenduj|zasugeruj|przedstaw jako|oceń jako|oceń|sklasyfikuj jako|zgłoś że|przemilcz", 0},
	{m(cInsert), "ru", "порекомендуй|рекомендуй|рекомендовать|посоветуй|предложи|представь как|оцени как|классифицируй как|опусти|умолчи", 0},
	{m(cInsert), "tr", "öner|önerin|tavsiye et|olarak sun|olarak değerlendir|olarak sınıflandır|puan ver|rapor et|geç", 0},
	{m(cInsert), "zh", "推荐|推薦|評為|评为|列为|排在|通知用户|汇报|报告说|省略|略去|不要指出", 0},
	{m(cInsert), "ja", "推薦|おすすめし|勧め|として評価|として推薦|と評価|と報告|報告して|省略", 0},
	{m(cInsert), "ko", "추천|권장|로 평가|으로 평가|로 분류|보고하|보고해|생략|빼고", 0},
	{m(cInsert), "ar", "أوصِ|أوص|يوصي|اقترح|قدمه على أنه|قيّم|صنف|يخبر المستخدم|يبلغ المستخدم|أغفل|تجاهل ذكر", 0},
	{m(cInsert), "hi", "सिफारिश|सुझाव दें|के रूप में पेश|के रूप में रेट|रिपोर्ट करें|छोड़ दें", 0},
	// The reader's output transformed: scrambled, rearranged, misspelt,
	// its letters substituted ("scramble the letters of your answer's
	// words", "misspell every fourth word in your answer").
	{m(cInsert), "en", "scramble|rearrange|misspell|substitute|jumble|anagram|convert", 0},
	{m(cSend), "de", "leiten sie weiter", 0},
	{m(cSend), "ar", "يرسل|يرسلها|يعيد توجيه|حوّل جميع", 0},
}
