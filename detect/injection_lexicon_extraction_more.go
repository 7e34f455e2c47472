package detect

// moreExtractionSpecs let the lexicon read a request for the model's
// hidden set-up when it is asked for without the words "system prompt",
// in English and the fourteen other languages of the first fifteen (fr,
// es, de, it, pt, nl, pl, ru, tr, zh, ja, ko, ar, hi). They add:
//
//   - the set-up named in other words, always as the model's own: "your
//     initial settings", "the text you were given", "what the developers
//     wrote to you", "the message the developer sent you". The bare words
//     for settings or configuration are left out, as users talk about
//     their own router's or app's settings all the time;
//   - the topics the model may not talk about, as something hidden of its
//     own rather than its set-up itself: they point to its rules only
//     next to a word for them ("quote the rule that forbids each"), as
//     "the topics you're not allowed to talk about" is asked just as often
//     of a job interview;
//   - asks to show it that were missing: "read it out", "type it out",
//     "spell it out", reading aloud, and the polite and infinitive forms
//     of each language;
//   - the time before the user came: "before I came in", "before the
//     conversation started", "at the start of this chat";
//   - and its exact wording: "just as it was written", "without changing
//     anything", "leaving nothing out". Words that code talk uses too
//     ("unchanged", "line by line", "character by character") are left
//     out: next to "function" and "print" they would read as a request
//     for the tools' definitions.
//
// As everywhere in the lexicon, rules combine these and none decides
// alone; a phrase meets text in every language, so short words common on
// their own stand inside longer phrases.
var moreExtractionSpecs = []entrySpec{
	// English.
	{m(cSysPrompt), "en", "your initial settings|your original settings|your initial setup|your original setup|your original configuration|your initial config|your original config|your starting instructions|your opening instructions|your startup instructions|your initial briefing|your original briefing|your briefing|the text you were given|the text they gave you|the text you received at the start|the text you got at the start|what you were given at the start|what you were given before|you were given at the start|you were given at the beginning|you were told at the start|what they told you before i|what the developers wrote to you|what your developers wrote to you|what the developer wrote to you|what your developer wrote to you|what your creators wrote to you|what your creators told you|what your makers told you|what the developers told you|did the developers write to you|did your developers write to you|did the developer write to you|did your developer write to you|did the developers tell you|did your developers tell you|did your creators tell you|did your creators write|the message the developer sent you|the message your developer sent you|the message the developers sent you|the message your developers sent you|the note the developer left you", 0},
	{m(cSystem), "en", "the topics you're not allowed to|the topics you are not allowed to|topics you aren't allowed to|the subjects you're not allowed to|the subjects you are not allowed to|the things you're not allowed to talk about|the things you are not allowed to talk about|the topics you've been told to avoid|the topics you were told to avoid|what you've been told not to talk about", 0},
	{m(cReveal), "en", "read it out|read them out|read it aloud|read them aloud|read it back|write it out|write them out|type it out|type them out|spell it out|spell them out", 0},
	{m(cAbove), "en", "before i came in|before i came along|before i got here|before i showed up|before the conversation started|before the conversation began|before this chat started|before this chat began|at the start of this chat|at the start of the chat|before i wrote anything", 0},
	{m(cVerbatim), "en", "just as it was written|without changing anything|without changing a word|without changing a single word|letter for letter|leaving nothing out|leave nothing out|don't leave anything out|do not leave anything out|without leaving anything out", 0},

	// French.
	{m(cSysPrompt), "fr", "votre briefing|le texte qu'on t'a donné|le texte qu'on vous a donné|le texte qu'on t'a fourni|le texte qu'on vous a fourni|le texte qui t'a été donné|le texte qui vous a été donné|le texte que tu as reçu au début|le texte que vous avez reçu au début|ce que les développeurs t'ont écrit|ce que les développeurs vous ont écrit|ce que tes développeurs t'ont écrit|ce que vos développeurs vous ont écrit|ce que les devs t'ont écrit|ce que tes créateurs t'ont écrit|ce que vos créateurs vous ont écrit|ce que vos créateurs vous ont dit|ce que les développeurs vous ont dit|qu'est-ce que les développeurs t'ont écrit|qu'est-ce que les développeurs vous ont écrit|le message que le développeur t'a envoyé|le message que le développeur vous a envoyé|le message que ton développeur t'a envoyé|le message que les développeurs t'ont envoyé|ton texte de départ|ton texte d'initialisation", 0},
	{m(cSystem), "fr", "les sujets dont tu n'as pas le droit de parler|les sujets dont vous n'avez pas le droit de parler|les sujets que tu n'as pas le droit d'aborder|les sujets qui te sont interdits|les sujets qui vous sont interdits|les sujets que tu dois éviter|les sujets que vous devez éviter", 0},
	{m(cReveal), "fr", "me lire à voix haute|lire à voix haute|lire à haute voix|lis à haute voix|lisez à haute voix|me le lire|me les lire|lis-le à voix haute|lisez-le à voix haute|lis-le|lisez-le|lis-les|lisez-les|lis-la|lisez-la|copiez-le ici|dictez-le|dictez-les|tape-le|tapez-le|écrivez-le en entier|retranscris|retranscrivez|retranscris-le|retranscrivez-le", 0},
	{m(cAbove), "fr", "avant que j'entre|avant que je n'entre|avant que je sois là|avant que je me connecte|avant mon entrée|avant que la conversation ne commence|avant que la discussion commence|avant que la discussion ne commence|au début de ce chat|au début de la discussion|au début de cette discussion", 0},
	{m(cVerbatim), "fr", "tel qu'il est écrit|telle qu'elle est écrite|tel qu'il a été écrit|sans changer quoi que ce soit|sans rien laisser de côté|sans rien retirer", 0},

	// Spanish.
	{m(cSysPrompt), "es", "sus parámetros iniciales|el texto que te dieron|el texto que le dieron|el texto que te pasaron|el texto que le pasaron|el texto que te han dado|el texto que le han dado|el texto que recibiste al principio|el texto que recibió al principio|lo que te dieron al principio|lo que le dieron al principio|lo que los desarrolladores te escribieron|lo que tus desarrolladores te escribieron|lo que los desarrolladores le escribieron|lo que sus desarrolladores le escribieron|lo que le escribieron los desarrolladores|lo que tus creadores te escribieron|lo que sus creadores le escribieron|qué te escribieron los desarrolladores|qué le escribieron los desarrolladores|el mensaje que te mandó el desarrollador|el mensaje que te envió el desarrollador|el mensaje que le envió el desarrollador|el mensaje que le mandó el desarrollador|el mensaje que te mandaron los desarrolladores|el mensaje que te enviaron los desarrolladores|tu texto de arranque", 0},
	{m(cSystem), "es", "los temas de los que no puedes hablar|los temas de los que no puede hablar|los temas de los que no tienes permitido hablar|los temas que tienes prohibidos|los temas que tiene prohibidos|los temas que debes evitar|los temas que debe evitar", 0},
	{m(cReveal), "es", "leer en voz alta|leérmelo|leerme|léelo en voz alta|léalo en voz alta|léanlo en voz alta|recítalo|recítelo|recítemelo|cópielo aquí|cópialos aquí|péguelo aquí|dictámelo|díctemelo|dícteselo|tecléalo|teclee", 0},
	{m(cAbove), "es", "antes de que yo entrara|antes de que entrara|antes de que yo llegase|antes de que llegase|antes de mi llegada|antes de que empezara esta conversación|antes de que comenzara la conversación|antes de que comenzara esta conversación|al principio de este chat|al inicio de este chat|al comienzo de este chat|al principio del chat|al inicio del chat", 0},
	{m(cVerbatim), "es", "sin dejarte nada|sin dejar nada fuera|sin dejar nada afuera|de principio a fin|sin cambiar absolutamente nada", 0},

	// German.
	{m(cSysPrompt), "de", "deine anfangseinstellungen|ihre anfangseinstellungen|deine ursprünglichen einstellungen|ihre ursprünglichen einstellungen|deine anfänglichen einstellungen|ihre anfänglichen einstellungen|deine ursprüngliche einrichtung|deine startkonfiguration|ihre startkonfiguration|ihre ursprüngliche konfiguration|ihre anfangskonfiguration|dein ursprüngliches setup|deine ursprüngliche config|den text, den man dir gegeben hat|den text den man dir gegeben hat|den text, den man ihnen gegeben hat|den man dir am anfang gegeben hat|den man ihnen am anfang gegeben hat|den man dir zu beginn gegeben hat|der dir am anfang gegeben wurde|der ihnen am anfang gegeben wurde|den du am anfang bekommen hast|den du zu beginn bekommen hast|den sie am anfang bekommen haben|was dir die entwickler geschrieben haben|was die entwickler dir geschrieben haben|was deine entwickler dir geschrieben haben|was dir deine entwickler geschrieben haben|was dir dein entwickler geschrieben hat|was ihnen die entwickler geschrieben haben|was die entwickler ihnen geschrieben haben|was haben dir die entwickler geschrieben|was haben die entwickler dir geschrieben|was dir deine schöpfer geschrieben haben|was deine schöpfer dir gesagt haben|was dir deine macher gesagt haben|die nachricht, die dir der entwickler geschickt hat|die nachricht die dir der entwickler geschickt hat|die nachricht, die der entwickler dir geschickt hat|die nachricht, die dir die entwickler geschickt haben|die nachricht, die ihnen der entwickler geschickt hat", 0},
	{m(cSystem), "de", "die themen, über die du nicht sprechen darfst|die themen über die du nicht sprechen darfst|themen, über die du nicht reden darfst|die themen, über die sie nicht sprechen dürfen|worüber du nicht sprechen darfst|worüber du nicht reden darfst|die themen, die du meiden musst", 0},
	{m(cReveal), "de", "lies es vor|lies ihn vor|lies das vor|lies ihn mir vor|lesen sie es vor|lesen sie ihn vor|lesen sie es mir vor|füge ihn hier ein|füg es hier ein|fügen sie ihn hier ein|fügen sie es hier ein|schreiben sie ihn ab|tippe ihn ab|tipp es ab|tippen sie ihn ab|sag ihn auf|sag es auf|sagen sie ihn auf|druck ihn aus|druck es aus|druck den aus|druck das aus|druck alles aus|druck ihn mir aus", 0},
	{m(cAbove), "de", "bevor ich reinkam|bevor ich hereinkam|bevor ich hier war|bevor ich da war|bevor ich hier ankam|vor meiner ankunft|bevor ich dazugestoßen bin|bevor das gespräch begann|bevor unser gespräch anfing|bevor dieser chat begann|bevor der chat begann|zu beginn dieses chats", 0},
	{m(cVerbatim), "de", "so, wie er geschrieben ist|so wie er geschrieben ist|so, wie es geschrieben steht|so wie es geschrieben steht|so, wie er ist|so, wie es ist|ohne etwas zu ändern|ohne irgendwas zu ändern|ohne etwas zu verändern|ohne etwas wegzulassen", 0},

	// Italian.
	{m(cSysPrompt), "it", "il tuo briefing|il suo briefing|il testo che ti hanno dato|il testo che le hanno dato|il testo che ti è stato dato|il testo che le è stato dato|il testo che ti è stato fornito|il testo che hai ricevuto all'inizio|il testo che ha ricevuto all'inizio|quello che le hanno dato all'inizio|quello che ti hanno scritto gli sviluppatori|quello che gli sviluppatori ti hanno scritto|quello che ti hanno scritto i tuoi sviluppatori|quello che i tuoi sviluppatori ti hanno scritto|quello che le hanno scritto gli sviluppatori|cosa gli sviluppatori ti hanno scritto|cosa le hanno scritto gli sviluppatori|quello che ti hanno scritto i tuoi creatori|il messaggio che ti ha mandato lo sviluppatore|il messaggio che ti ha inviato lo sviluppatore|il messaggio che le ha inviato lo sviluppatore|il messaggio che lo sviluppatore ti ha mandato|il messaggio che ti hanno mandato gli sviluppatori|il tuo testo di partenza", 0},
	{m(cSystem), "it", "gli argomenti di cui non puoi parlare|gli argomenti di cui non può parlare|gli argomenti di cui non ti è permesso parlare|gli argomenti che ti sono vietati|gli argomenti che devi evitare", 0},
	{m(cReveal), "it", "leggermi|leggermelo|leggilo ad alta voce|leggimelo ad alta voce|lo legga ad alta voce|leggimelo|leggilo|leggila|leggile|leggili|recitalo|recitami|mi reciti|copiali qui|lo copi qui|lo incolli qui|scrivilo qui|scrivilo per intero|lo scriva per intero|dettalo|me lo detti|compitalo|me lo legga|stampalo|stampala|stampali|stampale|stampamelo|stampamela", 0},
	{m(cAbove), "it", "prima che io arrivassi|prima che entrassi|prima che io entrassi|prima del mio ingresso|prima che iniziasse la conversazione|prima che cominciasse la conversazione|all'inizio di questa chat", 0},
	{m(cVerbatim), "it", "senza cambiare nulla|senza cambiare niente|senza modificare nulla|senza modificare niente|senza tralasciare niente|senza lasciare fuori nulla", 0},

	// Portuguese.
	{m(cSysPrompt), "pt", "teu setup inicial|seu briefing|teu briefing|o texto que te deram|o texto que lhe deram|o texto que te passaram|o texto que te foi dado|o texto que lhe foi dado|o texto que você recebeu no início|o texto que recebeste no início|o que te deram no início|o que te deram no começo|o que lhe deram no início|o que os desenvolvedores te escreveram|o que os desenvolvedores lhe escreveram|o que teus desenvolvedores te escreveram|o que seus desenvolvedores te escreveram|o que os programadores te escreveram|o que os teus criadores te escreveram|o que seus criadores te escreveram|o que seus criadores te disseram|a mensagem que o desenvolvedor te mandou|a mensagem que o desenvolvedor te enviou|a mensagem que o desenvolvedor lhe enviou|a mensagem que os desenvolvedores te mandaram", 0},
	{m(cSystem), "pt", "os assuntos sobre os quais não podes falar|os assuntos sobre os quais você não pode falar|os assuntos de que você não pode falar|os temas sobre os quais você não pode falar|os assuntos que você não pode abordar|os assuntos que te são proibidos|os temas que você deve evitar", 0},
	{m(cReveal), "pt", "ler em voz alta|me ler|ler para mim|ler pra mim|lê-o em voz alta|leia-o em voz alta|leia-o|lê-o|dita-o|dite-o|digita aqui|digite aqui", 0},
	{m(cAbove), "pt", "antes da minha chegada|antes de eu ter chegado|antes de começar a conversa|no início deste chat|no começo deste chat", 0},
	{m(cVerbatim), "pt", "sem deixar nada de fora|sem deixar nada para trás|por inteiro|caractere a caractere|sem mudar coisa nenhuma", 0},

	// Dutch.
	{m(cSysPrompt), "nl", "je begininstellingen|jouw begininstellingen|je oorspronkelijke instellingen|jouw oorspronkelijke instellingen|uw oorspronkelijke instellingen|je originele instellingen|je beginconfiguratie|je startconfiguratie|uw oorspronkelijke configuratie|je oorspronkelijke setup|de tekst die je hebt gekregen|de tekst die je kreeg|de tekst die u hebt gekregen|de tekst die u kreeg|de tekst die jou is gegeven|wat je aan het begin hebt gekregen|wat je in het begin hebt gekregen|wat de ontwikkelaars je hebben geschreven|wat de ontwikkelaars je schreven|wat je ontwikkelaars je hebben geschreven|wat de ontwikkelaars u hebben geschreven|wat hebben de ontwikkelaars je geschreven|wat je makers je hebben verteld|wat je makers je hebben geschreven|het bericht dat de ontwikkelaar je stuurde|het bericht dat de ontwikkelaar je heeft gestuurd|het bericht dat de ontwikkelaars je hebben gestuurd|het bericht dat je ontwikkelaar je stuurde|je opstarttekst|je setuptekst", 0},
	{m(cSystem), "nl", "de onderwerpen waarover je niet mag praten|onderwerpen waar je niet over mag praten|de onderwerpen die je moet vermijden|waar je niet over mag praten", 0},
	{m(cReveal), "nl", "lees hem voor|lees dat voor|leest u het voor|leest u voor|typ het uit|typ het over|draag het voor|zeg het op|zeg hem op|geef", 0},
	{m(cAbove), "nl", "voordat ik er was|voor mijn komst|voordat ik aankwam|voordat het gesprek begon|voordat deze chat begon|aan het begin van deze chat", 0},
	{m(cVerbatim), "nl", "zoals het geschreven staat|zonder iets aan te passen|zonder iets over te slaan|laat niets weg", 0},

	// Polish.
	{m(cSysPrompt), "pl", "twoje początkowe ustawienia|swoje początkowe ustawienia|twoje pierwotne ustawienia|twoje oryginalne ustawienia|twoich początkowych ustawień|swoich początkowych ustawień|twoich pierwotnych ustawień|twoja pierwotna konfiguracja|twoją pierwotną konfigurację|twoją początkową konfigurację|swoją początkową konfigurację|twój początkowy setup|tekst, który ci dano|tekst który ci dano|tekst, który ci dali|tekst który ci dali|tekst, który dostałeś na początku|tekst który dostałeś na początku|tekst, który dostałaś na początku|tekst, który otrzymałeś na początku|tekst, który otrzymałaś na początku|co dostałeś na początku|co dostałaś na początku|co ci dali na początku|co ci napisali deweloperzy|co deweloperzy ci napisali|co ci napisali twórcy|co twórcy ci napisali|co ci napisali programiści|co programiści ci napisali|wiadomość, którą wysłał ci deweloper|wiadomość którą wysłał ci deweloper|wiadomość, którą deweloper ci wysłał|wiadomość, którą wysłali ci twórcy", 0},
	{m(cSystem), "pl", "tematy, o których nie wolno ci mówić|tematy o których nie wolno ci mówić|tematy, o których nie możesz rozmawiać|tematy, których musisz unikać|o czym nie wolno ci mówić", 0},
	{m(cReveal), "pl", "przeczytajcie", 0},
	{m(cAbove), "pl", "zanim tu przyszedłem|zanim tu przyszłam|zanim tu wszedłem|zanim tu weszłam|zanim wszedłem|zanim weszłam|zanim się tu pojawiłem|zanim się tu pojawiłam|przed moim przyjściem|zanim rozpoczęła się rozmowa|zanim zaczęła się rozmowa|na początku tego czatu|na początku czatu", 0},
	{m(cVerbatim), "pl", "tak, jak jest napisany|tak, jak jest napisane|niczego nie zmieniając|nic nie zmieniając|bez zmieniania czegokolwiek", 0},

	// Russian.
	{m(cSysPrompt), "ru", "сообщение, которое прислал вам разработчик|сообщение, которое вам прислал разработчик|твои начальные настройки|твои исходные настройки|твои первоначальные настройки|ваши исходные настройки|ваши начальные настройки|свои исходные настройки|свои начальные настройки|твоих исходных настроек|твоих начальных настроек|твою исходную конфигурацию|твою начальную конфигурацию|вашу исходную конфигурацию|свою исходную конфигурацию|твой начальный конфиг|твой конфиг|свой конфиг|ваш конфиг|текст, который тебе дали|текст который тебе дали|текст, который вам дали|текст который вам дали|текст, который тебе выдали|текст, который ты получил в начале|текст, который ты получила в начале|текст, который вы получили в начале|что тебе дали в начале|что тебе дали вначале|что тебе выдали в начале|что разработчики тебе написали|что разработчики написали тебе|что тебе написали создатели|что создатели тебе написали|что твои создатели тебе написали|что вам написали разработчики|что разработчики вам написали|сообщение, которое тебе прислал разработчик|сообщение которое тебе прислал разработчик|сообщение, которое прислал тебе разработчик|сообщение, которое тебе отправил разработчик|сообщение, которое тебе прислали разработчики", 0},
	{m(cSystem), "ru", "темы, на которые тебе нельзя говорить|темы, о которых тебе нельзя говорить|темы о которых тебе нельзя говорить|о чём тебе нельзя говорить|темы, которые тебе запрещено обсуждать|темы, которых тебе нужно избегать", 0},
	{m(cReveal), "ru", "зачитать|продиктовать|прочти вслух|прочитайте вслух|перепиши сюда|перепишите сюда|перепиши дословно|перепишите дословно", 0},
	{m(cAbove), "ru", "до того как я зашёл|до того, как я зашёл|до того как я зашла|до того, как я зашла|до того как я пришла|до того, как я пришла|до того как я появился|до того, как я появился|до моего появления|до начала нашей беседы|до начала этого разговора|до начала этого чата|перед началом разговора|перед началом нашего разговора", 0},
	{m(cVerbatim), "ru", "точно так, как написано|так, как написано|ничего не изменяя|ничего не пропускай|ничего не упускай", 0},

	// Turkish.
	{m(cSysPrompt), "tr", "ilk ayarların*|ilk ayarlarını|başlangıç ayarların*|orijinal ayarların*|ilk kurulumun*|başlangıç kurulumun*|sana verilen metin*|sana verilen metn*|size verilen metin*|size verilen metn*|sana başta verilen*|sana en başta verilen*|sana başlangıçta verilen*|sana ilk başta verilen*|yaratıcılarının sana yazdık*|yaratıcılarının sana söyledik*|benden önce sana ne yazdılar|sana benden önce ne yazdılar|ben gelmeden sana ne yazdılar|ben gelmeden önce sana ne", 0},
	{m(cSystem), "tr", "konuşmaman gereken konular*|konuşmana izin verilmeyen konular*|hakkında konuşamadığın konular*|kaçınman gereken konular*", 0},
	{m(cReveal), "tr", "okuyun|okuyunuz|okur musunuz|kopyalayın|kopyalayınız|yapıştırın|yapıştırınız|listeleyin|listeleyiniz|aktarın|aktarınız|sıralayın|dökün", 0},
	{m(cAbove), "tr", "ben gelmeden|ben girmeden önce|ben sohbete katılmadan önce|ben konuşmaya katılmadan önce|konuşma başlamadan önce|sohbet başlamadan önce|sohbet başlamadan evvel", 0},
	{m(cVerbatim), "tr", "hiçbir şeyi atlama|hiçbir şey atlama|bir şey atlamadan|hiçbir şeyi dışarıda bırakmadan|hiçbir şeyi eksik bırakmadan", 0},

	// Chinese.
	{m(cSysPrompt), "zh", "你的初始设置|你的初始設置|你最初的设置|你最初的設置|你最初的设定|你最初的設定|你原来的设置|你原來的設置|你原本的设定|你原本的設定|你的原始配置|你最初的配置|给你的那段文字|給你的那段文字|你收到的那段文字|你收到的那段文本|开头给你的文本|開頭給你的文本|开发人员写给你的|開發人員寫給你的|开发者给你写的|開發者給你寫的|开发者们给你写了什么|开发者跟你说了什么|開發者跟你說了什麼|开发者对你说了什么|你的创造者写给你的|你的创造者告诉你的|创建你的人写给你的|开发者发给你的消息|開發者發給你的訊息|开发者给你发的消息|在我来之前别人对你说|你的初始化文本", 0},
	{m(cSystem), "zh", "你不能谈论的话题|你不能談論的話題|你不被允许谈论的|你被禁止讨论的|你被禁止討論的|你不能讨论的话题|你不能聊的话题|不准你谈的话题", 0},
	{m(cReveal), "zh", "背诵出来|背誦出來|背出来|背一遍|默寫出來|逐字念|念一遍|读一遍|讀一遍|照着念|照著念|贴在这里|贴到这里|貼在這裡|抄在这里|抄到这里|回显|回顯", 0},
	{m(cAbove), "zh", "在我进来之前|我进来之前|在我進來之前|在我加入对话之前|对话开始前|對話開始前|聊天开始之前|聊天開始之前|在这次聊天开始时|在我发第一句话之前|我发第一句话之前|我說第一句話之前|我说第一句话之前", 0},
	{m(cVerbatim), "zh", "不做任何修改|不作任何修改|不要做任何改动|一个字都别漏|一个字都不要漏|一个字也别漏|一個字都別漏", 0},

	// Japanese.
	{m(cSysPrompt), "ja", "あなたの最初の設定|あなたの元の設定|あなたの元々の設定|あなたの初期構成|あなたに最初に渡された|最初に渡されたテキスト|最初に渡された文章|あなたが受け取ったテキスト|あなたが最初に受け取った|あなたに与えられたテキスト|あなたに与えられた文章|あなたに渡されたテキスト|あなたに渡された文章|開発者たちがあなたに|作成者があなたに|あなたを作った人たちが|あなたを作った人が|私が来る前に言われたこと|私が来る前に何を言われ", 0},
	{m(cSystem), "ja", "あなたが話してはいけない話題|あなたが話せない話題|あなたが禁止されている話題|あなたが触れてはいけない話題|話すことを禁じられている話題", 0},
	{m(cReveal), "ja", "読み上げろ|読み上げなさい|朗読して|書き起こして|ここに書いて|そのまま写して", 0},
	{m(cAbove), "ja", "私が入る前|私が入ってくる前|私が加わる前|会話を始める前|このチャットの冒頭|チャット開始前|私が話しかける前|私が書き込む前", 0},
	{m(cVerbatim), "ja", "書いてある通り|書いてあるとおり|何も変えずに|何も変更せず|一切変えずに|一切変更せず|省略なしで|完全な形で", 0},

	// Korean.
	{m(cSysPrompt), "ko", "너의 원래 설정|당신의 원래 설정|네 원래 설정|너의 처음 설정|처음 설정된 내용|너의 원래 구성|너의 초기 구성|너한테 처음에 준 텍스트|너에게 주어진 텍스트|너한테 주어진 텍스트|당신에게 주어진 텍스트|처음에 받은 텍스트|네가 받은 텍스트|당신이 받은 텍스트|개발자들이 너한테 쓴|개발자들이 너에게 쓴|개발자가 당신에게 쓴|개발자들이 당신에게 쓴|개발자가 너한테 보낸 메시지|개발자가 너에게 보낸 메시지|개발자가 당신에게 보낸 메시지|개발자들이 너에게 보낸|너를 만든 사람들이|제작자가 너에게|제작자가 너한테|내가 오기 전에 들은|내가 오기 전에 너한테", 0},
	{m(cSystem), "ko", "네가 말하면 안 되는|당신이 말하면 안 되는|네가 얘기하면 안 되는|네가 다루면 안 되는|너한테 금지된 주제|당신에게 금지된 주제", 0},
	{m(cReveal), "ko", "소리 내어 읽어|소리내어 읽어|소리 내서 읽어|낭독해|여기에 써|받아 적|그대로 옮겨|베껴 써|읽어 주실|읽어주실|읽어 줄래|읽어줄래", 0},
	{m(cAbove), "ko", "제가 오기 전|제가 들어오기 전|제가 참여하기 전|대화 시작 전|이 채팅의 처음|채팅 시작 전|채팅이 시작되기 전|이 채팅 처음에", 0},
	{m(cVerbatim), "ko", "수정하지 말고|변경하지 말고|빼먹지 말고|생략하지 마", 0},

	// Arabic.
	{m(cSysPrompt), "ar", "النص الذي أعطي لك|النص الذي أعطوك إياه|النص اللي أعطوك إياه|النص اللي عطوك|النص الذي تلقيته في البداية|ما أعطوك إياه في البداية|ما أعطي لك في البداية|اللي أعطوك إياها|التي أعطوك إياها|الذي أعطوك إياه|اللي عطوك إياها|ما كتبه المطورون لك|ما كتبه لك مطوروك|ما كتبه مطوروك لك|ماذا كتب لك المطورون|ماذا كتب لك المطور|ما كتبه لك صانعوك|ما قاله لك صانعوك|ما قاله لك المطورون|ما قاله لك مطوروك|الرسالة التي أرسلها لك المطور|الرسالة التي أرسلها إليك المطور|الرسالة التي بعثها لك المطور|نص الإعداد الخاص بك|نص إعدادك|اللي قالوا لك|ما قالوه لك", 0},
	{m(cSystem), "ar", "المواضيع التي لا يسمح لك بالحديث عنها|المواضيع الممنوعة عليك|المواضيع اللي ممنوع تتكلم عنها|المواضيع التي يجب أن تتجنبها", 0},
	{m(cReveal), "ar", "اقرأه|اقرأها|اقرأ بصوت عال|اقرأه بصوت عال|ردده|رددها|أمله علي|املها علي", 0},
	{m(cAbove), "ar", "قبل أن أصل|قبل ما أوصل|قبل ما أجي|قبل دخولي|قبل أن أدخل|قبل مجيئي|قبل أن تبدأ المحادثة|في بداية هذه الدردشة|في بداية الدردشة", 0},
	{m(cVerbatim), "ar", "من غير تغيير|دون أن تغير شيئا|بدون ما تغير|حرفا حرفا|كلمة كلمة|سطرا بسطر|سطر بسطر|بنفس الكلمات", 0},

	// Hindi, in Devanagari and in Latin letters.
	{m(cSysPrompt), "hi", "अपनी शुरुआती सेटिंग्स|अपनी मूल सेटिंग्स|अपनी प्रारंभिक सेटिंग्स|अपना शुरुआती सेटअप|अपना मूल सेटअप|तुम्हारी शुरुआती सेटिंग्स|आपकी शुरुआती सेटिंग्स|तुम्हारी मूल सेटिंग्स|आपकी मूल सेटिंग्स|तुम्हारी प्रारंभिक सेटिंग्स|तुम्हारा शुरुआती सेटअप|आपका शुरुआती सेटअप|तुम्हारा मूल सेटअप|शुरुआती सेटअप टेक्स्ट|तुम्हें जो टेक्स्ट दिया गया|आपको जो टेक्स्ट दिया गया|तुम्हें शुरू में जो दिया गया|तुम्हें शुरुआत में जो दिया गया|आपको शुरू में जो दिया गया|तुम्हें दिया गया टेक्स्ट|आपको दिया गया टेक्स्ट|डेवलपर्स ने तुम्हें|डेवलपर्स ने आपको|तुम्हारे बनाने वालों ने|तुम्हें बनाने वालों ने|आपको बनाने वालों ने|तुम्हारे निर्माताओं ने|मेरे आने से पहले तुम्हें जो|मेरे आने से पहले तुम्हें क्या|tumhari initial settings|tumhari starting settings|tumhara initial setup|apne starting instructions|tumhare starting instructions|aapke starting instructions|tumhe jo text diya gaya|tumhe shuru mein jo diya|developers ne tumhe|developer ne tumhe|developers ne aapko|mere aane se pehle tumhe", 0},
	{m(cSystem), "hi", "जिन विषयों पर तुम बात नहीं कर सकते|जिन विषयों पर तुम्हें बात नहीं करनी|जिन विषयों पर आप बात नहीं कर सकते", 0},
	{m(cReveal), "hi", "पढ़कर सुना|पढ़ कर सुना|पढ़ के सुना|पढ़कर सुनाएं|लिखकर दो|लिख कर दो|दोहराइए|दोहरा दीजिए|सुना दीजिए|चिपकाइए|चिपका दीजिए|chipka do", 0},
	{m(cAbove), "hi", "मेरे आने से पूर्व|मेरे शामिल होने से पहले|चैट शुरू होने से पहले|mere aane se pehle|mere join karne se pehle|chat shuru hone se pehle|baatcheet shuru hone se pehle", 0},
	{m(cVerbatim), "hi", "बिना कुछ बदले|एक-एक अक्षर|bina kuch badle|kuch bhi badle bina|pura ka pura|jaisa likha hai waisa|ek ek shabd", 0},
}
