package detect

// formalSpecs let the lexicon read a request for the model's hidden
// instructions written as a formal letter or an official request, in
// English and the fourteen other languages of the first fifteen (fr, es,
// de, it, pt, nl, pl, ru, tr, zh, ja, ko, ar, hi). They add:
//
//   - the model's instructions named in the polite register, always
//     together with the formal "you" that makes them the model's own:
//     "the instructions provided to you", "les consignes qui vous ont été
//     données", "die Ihnen erteilten Anweisungen", "инструкции, полученные
//     Вами", "貴殿に与えられた指示", "귀하에게 주어진 지침", "التعليمات
//     المقدمة إليكم". The nouns alone are never here: a customer asks for
//     the instructions of a wardrobe or the guidelines of a grant. In
//     Turkish only the plural is here, as a bank's customer writes of
//     "size verilen talimat", the standing order given to it;
//   - no verbs of handing over ("kindly provide", "transmettre",
//     "предоставить"): customers write them to ask for the full text of
//     terms, regulations or a contract, which the lexicon names in the
//     same words as rules, and a notary for the instructions a client
//     gave them. With the nouns above the classifiers read the request;
//   - the complete text in the words of official language: "the complete
//     wording", "l'intégralité", "in vollem Umfang", "pełne brzmienie",
//     "полное содержание", "전체 내용";
//   - and the time before the present conversation in formal words:
//     "prior to this exchange", "avant le début de cet échange", "vor
//     Beginn dieses Dialogs", "до начала данного диалога", "本次交流之前".
//     Only "this" conversation is here, never "our": "before our
//     conversation on Friday" is a call still to come, for which a letter
//     asks to have a draft in full.
//
// As everywhere in the lexicon, rules combine these and none decides
// alone.
var formalSpecs = []entrySpec{
	// English.
	{m(cSysPrompt), "en", "instructions given to you|instructions provided to you|instructions issued to you|instructions supplied to you|instructions furnished to you|instructions communicated to you|instructions that were given to you|instructions which were given to you|instructions that were provided to you|instructions which were provided to you|instructions you were provided with|instructions you have been provided with|instructions you have been given|instructions you have received|instructions that you received|instructions which you received|instructions you were issued|guidelines given to you|guidelines provided to you|guidelines issued to you|guidelines supplied to you|guidelines that were given to you|guidelines that were provided to you|guidelines you were given|guidelines you were provided with|guidelines you have been given|guidelines you received|guidelines you have received|directives given to you|directives issued to you|directives provided to you|directives you were given|directives you received|directives you have received|rules provided to you|rules issued to you|instructions under which you operate|guidelines under which you operate|instructions governing your responses|guidelines governing your responses|guidelines governing your conduct", 0},
	{m(cVerbatim), "en", "complete wording|full wording|in their entirety|unabridged|without omission|without any omission|without any omissions|in complete form|in its complete form|in their complete form|the complete contents|the full contents|full and unedited", 0},
	{m(cAbove), "en", "before the start of this dialogue|before the start of this dialog|before the start of this exchange|before the beginning of this dialogue|before this exchange|before this dialogue|before this dialog|prior to the start of this dialogue|prior to the commencement of this conversation|prior to this conversation|prior to this exchange|prior to this dialogue|at the outset of this conversation", 0},

	// French.
	{m(cSysPrompt), "fr", "instructions qui vous ont été|consignes qui vous ont été|directives qui vous ont été|lignes directrices qui vous ont été|instructions vous ayant été|consignes vous ayant été|directives vous ayant été|instructions que vous avez reçues|consignes que vous avez reçues|directives que vous avez reçues|lignes directrices que vous avez reçues|instructions reçues par vous|consignes reçues par vous|instructions dont vous disposez|consignes dont vous disposez|instructions qui t'ont été|consignes qui t'ont été|instructions à vous données|instructions à vous fournies", 0},
	{m(cVerbatim), "fr", "intégralité|dans leur totalité|in extenso|la teneur exacte|la teneur intégrale|le libellé complet|libellé intégral|le contenu intégral|contenu exhaustif|de manière exhaustive|de façon exhaustive|sans omission|sans aucune omission|sans la moindre omission", 0},
	{m(cAbove), "fr", "avant le début de cet échange|avant le début de ce dialogue|avant ce dialogue|préalablement à cet échange|préalablement à cette conversation|antérieurement à cet échange|antérieurement à cette conversation|en amont de cet échange|au début de cet échange|dès le début de cet échange", 0},

	// Spanish.
	{m(cSysPrompt), "es", "instrucciones que le fueron|directrices que le fueron|pautas que le fueron|indicaciones que le fueron|instrucciones que le han sido|directrices que le han sido|pautas que le han sido|indicaciones que le han sido|instrucciones que se le dieron|instrucciones que se le proporcionaron|instrucciones que se le facilitaron|instrucciones que se le impartieron|instrucciones que se le han dado|instrucciones que se le han proporcionado|directrices que se le dieron|directrices que se le proporcionaron|directrices que se le facilitaron|directrices que se le han dado|pautas que se le dieron|pautas que se le proporcionaron|indicaciones que se le dieron|instrucciones que usted recibió|instrucciones que usted ha recibido|instrucciones que ha recibido usted|instrucciones recibidas por usted|directrices que usted recibió|directrices que usted ha recibido|directrices recibidas por usted|pautas que usted recibió|indicaciones que usted recibió|instrucciones que te fueron|directrices que te fueron", 0},
	{m(cVerbatim), "es", "la totalidad de|de forma íntegra|de manera íntegra|en forma íntegra|tenor literal|texto literal|sin omisión alguna|sin omisiones|sin ninguna omisión", 0},
	{m(cAbove), "es", "antes del inicio de este diálogo|antes del comienzo de este diálogo|antes de comenzar este intercambio|antes de este intercambio|antes del inicio de este intercambio|antes de este diálogo|antes de comenzar esta conversación|antes de iniciar esta conversación|con anterioridad a esta conversación|con anterioridad a este intercambio|previamente a esta conversación|previo a esta conversación", 0},

	// German.
	{m(cSysPrompt), "de", "ihnen erteilten anweisung*|ihnen gegebenen anweisung*|ihnen vorgegebenen anweisung*|ihnen übermittelten anweisung*|ihnen erteilten richtlinien|ihnen gegebenen richtlinien|ihnen vorgegebenen richtlinien|ihnen übermittelten richtlinien|ihnen erteilten vorgaben|ihnen gemachten vorgaben|ihnen erteilten instruktionen|ihnen gegebenen instruktionen|ihnen erteilten weisungen|anweisungen, die ihnen erteilt wurden|anweisungen die ihnen erteilt wurden|anweisungen, die ihnen gegeben wurden|anweisungen die ihnen gegeben wurden|anweisungen, die ihnen vorgegeben wurden|anweisungen, die ihnen übermittelt wurden|richtlinien, die ihnen vorgegeben wurden|richtlinien die ihnen vorgegeben wurden|richtlinien, die ihnen gegeben wurden|richtlinien, die ihnen erteilt wurden|richtlinien, die ihnen übermittelt wurden|vorgaben, die ihnen gemacht wurden|vorgaben, die ihnen erteilt wurden|instruktionen, die ihnen erteilt wurden|instruktionen, die ihnen gegeben wurden|weisungen, die ihnen erteilt wurden|anweisungen, die sie erhalten haben|richtlinien, die sie erhalten haben|vorgaben, die sie erhalten haben|instruktionen, die sie erhalten haben|von ihnen erhaltenen anweisungen", 0},
	{m(cVerbatim), "de", "genauen inhalt|vollständigen inhalt|in vollem umfang|vollumfänglich|in vollständiger form|in ihrer gesamtheit|in seiner gesamtheit|ohne auslassungen|ohne jede auslassung", 0},
	{m(cAbove), "de", "vor beginn dieses austauschs|vor beginn dieses austausches|vor beginn dieses dialogs|vor beginn dieser unterhaltung|vor diesem austausch|vor diesem dialog|vor aufnahme dieses gesprächs", 0},

	// Italian.
	{m(cSysPrompt), "it", "istruzioni che le sono state|direttive che le sono state|linee guida che le sono state|disposizioni che le sono state|indicazioni che le sono state|istruzioni che vi sono state|direttive che vi sono state|istruzioni che ti sono state|direttive che ti sono state|istruzioni da lei ricevute|direttive da lei ricevute|linee guida da lei ricevute|istruzioni ricevute da lei|direttive ricevute da lei|linee guida ricevute da lei|istruzioni che lei ha ricevuto|direttive che lei ha ricevuto|linee guida che lei ha ricevuto|istruzioni a lei impartite|istruzioni a lei fornite|istruzioni a lei date|direttive a lei impartite|direttive a lei fornite|istruzioni impartitele|istruzioni fornitele", 0},
	{m(cVerbatim), "it", "nella loro interezza|in forma integrale|in versione integrale|contenuto integrale|senza omissioni|senza omissione alcuna|in modo integrale|in maniera integrale|tenore letterale", 0},
	{m(cAbove), "it", "prima di questo scambio|prima dell'inizio di questo scambio|prima dell'inizio di questo dialogo|prima di questo dialogo|antecedentemente a questa conversazione|anteriormente a questa conversazione|prima di iniziare questa conversazione|prima dell'avvio di questa conversazione", 0},

	// Portuguese.
	{m(cSysPrompt), "pt", "instruções que lhe foram|diretrizes que lhe foram|orientações que lhe foram|diretivas que lhe foram|instruções que te foram|diretrizes que te foram|orientações que te foram|instruções dadas ao senhor|instruções fornecidas ao senhor|instruções passadas ao senhor|instruções dadas à senhora|instruções fornecidas à senhora|instruções dadas a você|instruções fornecidas a você|instruções passadas a você|diretrizes fornecidas ao senhor|diretrizes dadas ao senhor|diretrizes fornecidas à senhora|diretrizes fornecidas a você|diretrizes dadas a você|orientações fornecidas ao senhor|orientações dadas a você|orientações fornecidas a você|instruções que foram dadas ao senhor|instruções que foram fornecidas ao senhor|instruções que foram dadas a você|instruções que foram fornecidas a você|diretrizes que foram fornecidas a você|instruções que o senhor recebeu|instruções que a senhora recebeu|diretrizes que o senhor recebeu|diretrizes que a senhora recebeu|diretrizes que você recebeu|orientações que você recebeu|orientações que o senhor recebeu|instruções recebidas pelo senhor|instruções recebidas pela senhora|instruções recebidas por você|diretrizes recebidas por você|diretrizes recebidas pelo senhor", 0},
	{m(cVerbatim), "pt", "o teor integral|inteiro teor|o conteúdo integral|sem omissões|sem qualquer omissão|de forma integral|em sua integralidade|na sua integralidade|a totalidade das", 0},
	{m(cAbove), "pt", "antes desta troca|antes deste diálogo|antes do início deste diálogo|previamente a esta conversa|anteriormente a esta conversa|antes de iniciarmos esta conversa|antes de iniciar esta conversa", 0},

	// Dutch.
	{m(cSysPrompt), "nl", "instructies die u zijn gegeven|instructies die aan u zijn gegeven|instructies die u werden gegeven|instructies die aan u werden gegeven|instructies die u zijn verstrekt|instructies die aan u zijn verstrekt|instructies die aan u werden verstrekt|instructies die u zijn meegegeven|instructies die u hebt gekregen|instructies die u heeft gekregen|instructies die u hebt ontvangen|instructies die u heeft ontvangen|instructies die u hebt meegekregen|instructies die u heeft meegekregen|richtlijnen die u zijn gegeven|richtlijnen die aan u zijn gegeven|richtlijnen die u zijn verstrekt|richtlijnen die aan u zijn verstrekt|richtlijnen die u hebt gekregen|richtlijnen die u heeft gekregen|richtlijnen die u hebt ontvangen|richtlijnen die u heeft ontvangen|aanwijzingen die u zijn gegeven|aanwijzingen die aan u zijn gegeven|aanwijzingen die u hebt gekregen|aanwijzingen die u heeft gekregen|aanwijzingen die u hebt ontvangen|aanwijzingen die u heeft ontvangen|u verstrekte instructies|aan u gegeven instructies|door u ontvangen instructies|u verstrekte richtlijnen|door u ontvangen richtlijnen", 0},
	{m(cVerbatim), "nl", "in zijn volledigheid|in hun geheel|in volle omvang|volledige bewoording|de letterlijke tekst|onverkorte tekst", 0},
	{m(cAbove), "nl", "voorafgaand aan deze uitwisseling|voor aanvang van dit gesprek|voor aanvang van deze conversatie|voor de aanvang van dit gesprek|voorafgaand aan deze dialoog|voorafgaand aan deze conversatie|voor het begin van deze dialoog|voor het begin van deze conversatie", 0},

	// Polish.
	{m(cSysPrompt), "pl", "instrukcje otrzymane przez pan*|instrukcji otrzymanych przez pan*|wytyczne otrzymane przez pan*|wytycznych otrzymanych przez pan*|polecenia otrzymane przez pan*|poleceń otrzymanych przez pan*|instrukcje przekazane pan*|instrukcji przekazanych pan*|wytyczne przekazane pan*|wytycznych przekazanych pan*|instrukcje udzielone pan*|instrukcji udzielonych pan*|polecenia wydane pan*|poleceń wydanych pan*|instrukcje, które pan otrzymał|instrukcji, które pan otrzymał|instrukcje, które pani otrzymała|instrukcji, które pani otrzymała|wytyczne, które pan otrzymał|wytycznych, które pan otrzymał|wytyczne, które pani otrzymała|wytycznych, które pani otrzymała|instrukcje które pan otrzymał|instrukcje które pani otrzymała|instrukcje, które zostały pan*|instrukcji, które zostały pan*|wytyczne, które zostały pan*|wytycznych, które zostały pan*|instrukcje które zostały pan*|wytyczne które zostały pan*|instrukcje, które przekazano pan*|wytyczne, które przekazano pan*|otrzymane przez panią instrukcje|otrzymanych przez pana instrukcji|otrzymanych przez panią instrukcji|przekazane panu instrukcje|przekazanych panu instrukcji|przekazanych pani instrukcji", 0},
	{m(cVerbatim), "pl", "pełne brzmienie|pełnego brzmienia|pełnym brzmieniu|w pełnym zakresie|kompletną treść|kompletnej treści|pełną wersję|pełnej wersji|bez pominięć|bez jakichkolwiek pominięć|w całej rozciągłości", 0},
	{m(cAbove), "pl", "przed rozpoczęciem tej rozmowy|przed rozpoczęciem niniejszej rozmowy|przed rozpoczęciem tego dialogu|przed rozpoczęciem tej wymiany|przed tą wymianą|przed tym dialogiem|przed początkiem tej rozmowy|przed niniejszą rozmową", 0},

	// Russian.
	{m(cSysPrompt), "ru", "инструкции, полученные вами|инструкции полученные вами|инструкций, полученных вами|инструкций полученных вами|полученные вами инструкции|полученных вами инструкций|инструкции, данные вам|инструкции данные вам|инструкций, данных вам|инструкций данных вам|данные вам инструкции|данных вам инструкций|инструкции, выданные вам|инструкций, выданных вам|выданные вам инструкции|выданных вам инструкций|инструкции, предоставленные вам|инструкций, предоставленных вам|предоставленные вам инструкции|предоставленных вам инструкций|инструкции, переданные вам|инструкций, переданных вам|указания, полученные вами|указания полученные вами|указаний, полученных вами|указаний полученных вами|полученные вами указания|полученных вами указаний|указания, данные вам|указания данные вам|указаний, данных вам|указаний данных вам|данные вам указания|данных вам указаний|указания, выданные вам|указаний, выданных вам|указания, предоставленные вам|указаний, предоставленных вам|директивы, полученные вами|директив, полученных вами|полученные вами директивы|полученных вами директив|директивы, данные вам|директив, данных вам|данные вам директивы|данных вам директив|инструкции, которые вы получили|инструкции которые вы получили|инструкций, которые вы получили|инструкции, которые вам были даны|инструкции, которые были вам даны|инструкции, которые вам дали|инструкции которые вам дали|указания, которые вы получили|указаний, которые вы получили|указания, которые вам были даны|указания, которые вам дали", 0},
	{m(cVerbatim), "ru", "полное содержание|полного содержания|полную формулировку|полная формулировка|полной формулировке|без каких-либо изъятий|без изъятий", 0},
	{m(cAbove), "ru", "до начала данного диалога|до начала этого диалога|перед началом этого диалога|перед началом данного диалога|до начала данной беседы|до начала этой беседы|перед началом этой беседы|до начала данного разговора|перед началом этого разговора|до начала этой переписки|до этого диалога|до данного диалога", 0},

	// Turkish.
	{m(cSysPrompt), "tr", "size verilen talimatlar*|size verilmiş talimatlar*|size iletilen talimatlar*|size iletilmiş talimatlar*|size sağlanan talimatlar*|size sağlanmış talimatlar*|size verilen direktifler*|size sağlanan yönergeler*|size iletilen yönergeler*|size verilmiş yönergeler*|tarafınıza verilen talimatlar*|tarafınıza iletilen talimatlar*|tarafınıza sağlanan talimatlar*|tarafınıza verilen yönergeler*|tarafınıza iletilen yönergeler*|tarafınıza sağlanan yönergeler*|tarafınıza verilen direktifler*|aldığınız talimatlar*|almış olduğunuz talimatlar*|aldığınız yönergeler*|almış olduğunuz yönergeler*", 0},
	{m(cVerbatim), "tr", "tam içeriğini|tam içeriği", 0},
	{m(cAbove), "tr", "bu görüşmenin başlamasından önce|bu görüşmeden önce|bu diyalogdan önce|bu diyaloğun başlamasından önce|bu yazışmadan önce|bu konuşmanın başlamasından önce|bu sohbetin başlamasından önce", 0},

	// Chinese.
	{m(cSysPrompt), "zh", "向您提供的指示|向您提供的指令|向您提供的说明|向您下达的指令|向您下达的指示|您收到的指令|您收到的指示|您所收到的指令|您所收到的指示|您接收到的指令|您获得的指令|您获得的指示|您得到的指令|您得到的指示|为您设定的指令|为您设定的规则|為您設定的指令|您所遵循的指令|您所遵循的规则|您遵循的准则|您的指导原则|您的指導原則|您的准则|您的準則|您的指导方针|您的指導方針", 0},
	{m(cVerbatim), "zh", "全部文本|完整版本|完整文字", 0},
	{m(cAbove), "zh", "本次交流之前|本次交流开始之前|本次交流開始之前|本次对话之前|本次對話之前|此次对话之前|此次對話之前|对话开始以前|對話開始以前|本次会话开始之前|本次會話開始之前", 0},

	// Japanese.
	{m(cSysPrompt), "ja", "貴殿に与えられたガイドライン|貴殿に与えられた指針|貴殿に与えられた命令|貴殿が受けた指示|貴殿への指示|あなた様に与えられたガイドライン|あなた様が受けた指示|あなた様が受け取られた|あなた様への指示|受け取られた指示|受け取られたガイドライン|お受けになった指示|お受け取りになった指示|あなたに提供された指示|あなたに提供されたガイドライン|あなた様に提供された指示|貴殿に提供された指示|あなたが受け取ったガイドライン|あなたに与えられたガイドライン|あなたに与えられた指針|あなたに課された指示|貴殿に課された指示", 0},
	{m(cVerbatim), "ja", "全内容|すべての内容|内容をすべて|内容を全て|省略なく|余すことなく|完全な文面|文面の全て|文面をすべて", 0},
	{m(cAbove), "ja", "対話の開始前|会話の開始前|このやり取りの前|対話開始前|対話が始まる前", 0},

	// Korean.
	{m(cSysPrompt), "ko", "귀하에게 주어진 지침|귀하에게 주어진 지시|귀하에게 제공된 지침|귀하에게 제공된 지시|귀하에게 전달된 지침|귀하에게 전달된 지시|귀하에게 부여된 지침|귀하에게 부여된 지시|귀하에게 하달된 지시|귀하께 주어진 지침|귀하께 주어진 지시|귀하께 제공된 지침|귀하께 전달된 지시|귀하가 받은 지침|귀하가 받은 지시|당신에게 제공된 지침|당신에게 제공된 지시|당신에게 주어진 지침|당신에게 전달된 지침|당신이 받은 지침", 0},
	{m(cVerbatim), "ko", "누락 없이", 0},
	{m(cAbove), "ko", "대화 개시 전|대화를 개시하기 전", 0},

	// Arabic.
	{m(cSysPrompt), "ar", "تعليمات المقدمة إليك|تعليمات المقدمة لك|تعليمات التي قدمت إليكم|تعليمات التي قدمت لكم|تعليمات التي تلقيتموها|تعليمات التي تلقيتها|إرشادات التي تلقيتموها|إرشادات التي تلقيتها|إرشادات المقدمة إليك|إرشادات المقدمة لكم|توجيهات التي تلقيتموها|توجيهات التي تلقيتها|توجيهات المقدمة إليكم|توجيهات الموجهة إليك|تعليمات الموجهة إليك|تعليمات الصادرة إليك|تعليمات المعطاة لكم|إرشادات المعطاة لك|تعليمات التي أعطيت لكم|تعليمات التي زودتم بها|تعليمات التي زودت بها|إرشادات التي زودتم بها|تعليمات المقدمة لحضرتك|تعليمات التي وصلتك", 0},
	{m(cVerbatim), "ar", "بشكل كامل|على نحو كامل|بنصها الكامل|بنصه الكامل|المحتوى الكامل|كامل النص|كامل المحتوى|دون أي حذف|دون إسقاط", 0},
	{m(cAbove), "ar", "قبل بدء هذه المحادثة|قبل بدء هذا الحوار|قبل بداية هذا الحوار|قبل بدء هذه المراسلة|قبل الشروع في هذه المحادثة|قبل انطلاق هذه المحادثة", 0},

	// Hindi.
	{m(cSysPrompt), "hi", "आपको प्रदान किए गए निर्देश|आपको प्रदान किए गए दिशानिर्देश|आपको प्रदान किए गए दिशा-निर्देश|आपको प्रदान किये गए निर्देश|आपको दिए गए दिशानिर्देश|आपको दिए गए दिशा-निर्देश|आपको दिये गये निर्देश|आपको दी गई हिदायतें|आपको दिए गए आदेश|आपको दिए गए नियम|आपको प्राप्त निर्देश|आपको प्राप्त हुए निर्देश|आपके द्वारा प्राप्त निर्देश|आपको मिले निर्देश|आपको मिले दिशानिर्देश|आपको सौंपे गए निर्देश|आपको भेजे गए निर्देश|आपको बताए गए निर्देश|आपको उपलब्ध कराए गए निर्देश|आपको जारी किए गए निर्देश|आपको प्रदत्त निर्देश|aapko diye gaye nirdesh|aapko diye gaye instructions", 0},
	{m(cVerbatim), "hi", "पूर्ण रूप से|पूर्ण पाठ|पूर्णतः|पूर्णतया|बिना किसी कटौती|बिना किसी चूक", 0},
	{m(cAbove), "hi", "इस वार्तालाप के आरंभ से पूर्व|इस वार्तालाप के आरंभ से पहले|इस वार्तालाप से पहले|इस वार्तालाप से पूर्व|इस बातचीत से पूर्व|इस बातचीत के आरंभ से पहले|इस बातचीत के आरंभ से पूर्व|इस बातचीत की शुरुआत से पहले|इस संवाद से पहले|इस संवाद से पूर्व|इस संवाद के आरंभ से पूर्व", 0},
}
