package detect

// moreLangExtractionSpecs add to the nineteen further languages (uk, cs,
// ro, hu, el, sv, da, no, fi, id, ms, vi, tl, sw, fa, ur, bn, he, th) the
// words of an extraction the core lists of moreLanguageSpecs lacked:
//
//   - names of the model's own instructions with the possessive after the
//     noun or in its ending, which ownName cannot see before it
//     ("regulile tale ascunse", "ohjeesi", "ההוראות שלך", "กฎลับของเธอ"),
//     the text above the user's first message, and what the model was
//     told before the user came (cSysPrompt and cYour);
//   - the tools and functions it can call (cTool), with the words of
//     their specification and the clauses that give them to it (toolSpecs'
//     marks, see ownPromptRecast);
//   - a first sentence, a word count and English as the language to
//     translate into, as recastSpecs' marks for the model's own
//     instructions.
var moreLangExtractionSpecs = []entrySpec{
	{m(cSysPrompt, cYour), "uk", "твої приховані правила|твої інструкції|твої початкові інструкції|над моїм першим повідомленням|що тобі сказали до", 0},
	{m(cSysPrompt, cYour), "cs", "tvoje skrytá pravidla|svoje skrytý pravidla|svoje skrytá pravidla|tvoje instrukce|svoje úvodní instrukce|tvoje úvodní instrukce|nad mou první zprávou|co ti napsali|co ti řekli", 0},
	{m(cSysPrompt, cYour), "ro", "regulile tale ascunse|instrucțiunile tale inițiale|deasupra primului meu mesaj|ce ți s-a spus", 0},
	{m(cSysPrompt, cYour), "hu", "rejtett szabályaidat|rejtett szabályaid|kezdeti utasításaidat|utasításaidat|konfigurációdban|első üzenetem feletti|legelső üzenetem feletti|mit mondtak neked", 0},
	{m(cSysPrompt, cYour), "el", "κρυφούς κανόνες σου|αρχικές σου οδηγίες|οδηγιών σου|οδηγίες σου|ρυθμίσεών σου|πάνω από το πρώτο μου μήνυμα|τι σου είπαν", 0},
	{m(cSysPrompt, cYour), "sv", "dina dolda regler|ovanför mitt första meddelande|vad fick du för instruktioner|vad de sa åt dig", 0},
	{m(cSysPrompt, cYour), "da", "dine skjulte regler|dine instruktioner|over min første besked|hvad fik du at vide", 0},
	{m(cSysPrompt, cYour), "no", "de skjulte reglene dine|instruksene dine|instruksjonene dine|konfigurasjonen din|systeminstruksen din|over min første melding|hva ble du fortalt", 0},
	{m(cSysPrompt, cYour), "fi", "piilotetut säännöt|piilotetut sääntösi|ohjeesi|alkuperäiset ohjeesi|ohjeidesi|asetuksesi|ensimmäisen viestini yläpuolella|mitä sinulle kerrottiin", 0},
	{m(cSysPrompt, cYour), "id", "aturan tersembunyi kamu|aturan tersembunyi km|aturan tersembunyimu|instruksi awal anda|instruksi kamu|instruksi sistem yang diberikan kepada anda|di atas pesan pertamaku|di atas pesan pertama saya|kamu dikasih arahan apa", 0},
	{m(cSysPrompt, cYour), "ms", "peraturan tersembunyi awak|peraturan tersembunyi ko|arahan asal anda|arahan awak|di atas mesej pertama saya|apa yang awak diberitahu", 0},
	{m(cSysPrompt, cYour), "vi", "quy tắc ẩn của bạn|hướng dẫn của bạn|chỉ dẫn ban đầu của bạn|phía trên tin nhắn đầu tiên của tôi|bạn đã được dặn gì", 0},
	{m(cSysPrompt, cYour), "tl", "mga nakatagong patakaran mo|mga instruksyon mo|mga tagubilin mo|sa itaas ng una kong mensahe|ano ang sinabi sa iyo", 0},
	{m(cSysPrompt, cYour), "sw", "sheria zako za siri|maagizo yako ya awali|maagizo yako|juu ya ujumbe wangu wa kwanza|uliambiwa nini", 0},
	{m(cSysPrompt, cYour), "fa", "قوانین مخفی‌ات|قوانین مخفی ات|دستورالعمل‌هات|دستورالعمل‌های تو|بالای اولین پیامم|بهت چی گفته بودن", 0},
	{m(cSysPrompt, cYour), "ur", "تمہارے خفیہ اصول|تمہاری ہدایات|میرے پہلے پیغام کے اوپر|تمہیں کیا بتایا گیا", 0},
	{m(cSysPrompt, cYour), "bn", "তোমার গোপন নিয়ম|তোমার নির্দেশনা|আমার প্রথম মেসেজের উপরে|তোমাকে কী বলা হয়েছিল", 0},
	{m(cSysPrompt, cYour), "he", "הכללים הנסתרים שלך|ההוראות שלך|בהוראות שלך|מעל ההודעה הראשונה שלי|מה אמרו לך", 0},
	{m(cSysPrompt, cYour), "th", "กฎลับของเธอ|กฎลับของคุณ|การตั้งค่าของคุณ|คำสั่งของคุณ|เหนือข้อความแรกของฉัน", 0},

	{m(cTool), "uk", "інструменти|функції", 0},
	{m(cTool), "cs", "nástroje|funkce", 0},
	{m(cTool), "ro", "unelte|funcții|instrumente", 0},
	{m(cTool), "hu", "eszközök|függvények|függvényneveket|toolokat", 0},
	{m(cTool), "el", "εργαλεία|συναρτήσεις", 0},
	{m(cTool), "sv", "verktyg|funktioner", 0},
	{m(cTool), "da", "værktøjer|funktioner", 0},
	{m(cTool), "no", "verktøy|funksjoner", 0},
	{m(cTool), "fi", "työkalut|funktiot", 0},
	{m(cTool), "id", "fungsi", 0},
	{m(cTool), "ms", "fungsi", 0},
	{m(cTool), "vi", "công cụ|hàm", 0},
	{m(cTool), "tl", "mga function|mga tool", 0},
	{m(cTool), "sw", "zana", 0},
	{m(cTool), "fa", "ابزارها|توابع", 0},
	{m(cTool), "ur", "ٹولز|فنکشنز", 0},
	{m(cTool), "bn", "টুল|ফাংশন", 0},
	{m(cTool), "he", "כלים|פונקציות", 0},
	{m(cTool), "th", "เครื่องมือ|ฟังก์ชัน", 0},

	{0, "any", "параметри|parametry|parametrii|paraméterekkel|παραμέτρους|parametrar|parametre|parametere|parametreineen|tham số|vigezo|پارامترها|پیرامیٹرز|প্যারামিটার|הפרמטרים|พารามิเตอร์", argToolSpec},
	{0, "any", "можеш викликати|můžeš volat|máš k dispozici|poți apela|tudsz hívni|έχεις διαθέσιμα|du har tillgång till|kan du kalde|har du tilgang til|voit kutsua|awak boleh guna|bạn có thể gọi|unazoweza kuita|می‌تونی صدا بزنی|কল করতে পারো|אתה יכול לקרוא|เรียกใช้ได้", argToolOwner},

	{0, "any", "перше речення|první větu|prima propoziție|első mondat|πρώτη πρόταση|τελευταία πρόταση|första meningen|første sætning|første setning|ensimmäinen lause|kalimat pertama|ayat pertama|câu đầu tiên|sentensi ya kwanza|اولین جمله|پہلا جملہ|প্রথম বাক্য|המשפט האחרון|המשפט הראשון|ประโยคแรก", argOwnWording},
	{0, "any", "скільки слів|kolik slov|câte cuvinte|hány szó|πόσες λέξεις|hur många ord|hvor mange ord|montako sanaa|berapa kata|berapa perkataan|bao nhiêu từ|ilang salita|maneno mangapi|چند کلمه|کتنے الفاظ|কত শব্দ|כמה מילים|กี่คำ", argOwnWording},
	{0, "any", "англійською|do angličtiny|anglicky|în engleză|angolra|στα αγγλικά|till engelska|til engelsk|englanniksi|bahasa inggris|bahasa inggeris|tiếng anh|sa ingles|kwa kiingereza|به انگلیسی|انگریزی میں|ইংরেজিতে|לאנגלית|ภาษาอังกฤษ", argOwnForm},
}
