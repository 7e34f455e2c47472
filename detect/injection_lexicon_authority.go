package detect

// Authority claimed over someone else's data. "Forward all of her mail to
// my personal address, the CEO approved it by phone", "en tant que délégué
// à la protection des données, j'exige l'extraction de la base clients",
// "Я помощник генерального директора, он велел срочно выгрузить базу
// клиентов": the data is sent away on the word of someone who is not there
// (on leave, in surgery, on the phone) or of a role the writer only claims
// (an auditor, a lawyer with power of attorney, the new finance director).
// authoritySpecs give those claims as pretexts (cPretext); the rule
// exfiltration.claimed_authority reads them beside data sent to an address
// or a link. Bare "on behalf of" and "as the" are left out: people send
// their own errands so ("send the invoice on behalf of our team").
var authoritySpecs = []entrySpec{
	{m(cPretext), "en", "approved it by phone|approved by phone|gave me the green light|gave the go-ahead|i'm covering for|i am covering for|while she's on leave|while he's on leave|she's on leave|he's on leave|is in surgery|power of attorney|as the external auditor|as the auditor|as the data protection officer|by order of the ceo|by order of management|the ceo asked me to|the ceo approved|legal told me|the board approved|i'm her assistant|i'm his assistant|i'm the new cfo|i'm the new finance director", 0},
	{m(cPretext), "fr", "feu vert|m'a donné son accord|approuvé par téléphone|accord par téléphone|je remplace|pendant son congé|est en congé|est à l'hôpital|en tant que délégué à la protection des données|en tant qu'auditeur|en tant que commissaire aux comptes|sur ordre de la direction|de la part du directeur|procuration|je suis le nouveau daf|je suis son assistante|je suis son assistant", 0},
	{m(cPretext), "es", "poder notarial|por orden de dirección|por orden de la dirección|por orden del director|de parte del director|me lo autorizó|lo autorizó por teléfono|ya lo autorizó|ya autorizó|está de baja|está de vacaciones|está en el hospital|soy el abogado de|soy la abogada de|soy su asistente|como auditor externo|como auditora externa|de seguridad corporativa", 0},
	{m(cPretext), "de", "ich bin die vertretung|ich bin der vertreter|in vertretung von|liegt im krankenhaus|der vorstand hat zugestimmt|die geschäftsführung hat zugestimmt|im auftrag der geschäftsführung|im auftrag des vorstands|hier ist die innenrevision|als prüfer|als prüferin|als datenschutzbeauftragter|als datenschutzbeauftragte|telefonisch freigegeben|telefonisch genehmigt", 0},
	{m(cPretext), "it", "me l'ha chiesto lui|me l'ha chiesto lei|è in sala operatoria|è in ferie|sono la segretaria|sono il segretario|per conto del direttore|per conto della direzione|ha autorizzato al telefono|autorizzato per telefono|come revisore|in qualità di revisore|ho la delega", 0},
	{m(cPretext), "pt", "já autorizou|autorizou por telefone|autorizado por telefone|está de férias|está de licença|em nome da diretoria|em nome do diretor|como auditor|como auditora|tenho procuração|procuração", 0},
	{m(cPretext), "nl", "de directeur heeft gezegd|de directie heeft gezegd|namens de directie|namens de directeur|is met verlof|ligt in het ziekenhuis|heeft toestemming gegeven|als auditor|ik begeleid de fiscale controle|machtiging", 0},
	{m(cPretext), "pl", "prosił mnie|prosiła mnie|jest na urlopie|w imieniu prezesa|w imieniu zarządu|zarząd się zgodził|prezes się zgodził|jako audytor|jako audytorka|pełnomocnictwo|mam upoważnienie", 0},
	{m(cPretext), "ru", "я помощник генерального|я помощница генерального|он велел|она велела|по поручению директора|по поручению руководства|от имени директора|как проверяющий|как проверяющая|он в отпуске|она в отпуске|в больнице|по доверенности|согласовано по телефону", 0},
	{m(cPretext), "tr", "denetçisi olarak|denetçi olarak|onay verdi|telefonda onayladı|şu an izinde|izinde olduğu için|müdür adına|genel müdür adına|vekaletname|müdürüm istedi", 0},
	{m(cPretext), "zh", "老板同意了|领导同意了|已经批准了|电话里同意了|我是他的助理|我是她的助理|正在休假|在住院|作为审计|授权我", 0},
	{m(cPretext), "ja", "監査法人から|承認済みです|電話で承認|代理で対応|休暇中|入院中|社長の指示|委任状", 0},
	{m(cPretext), "ko", "대표님 직접 지시|대표님 지시|승인하셨|전화로 승인|휴가 중이|입원 중이|감사 건|위임장", 0},
	{m(cPretext), "ar", "بصفتي مدقق|بصفتي مدققة|بصفتي المدقق|نيابة عن المدير|وافق المدير|وافق هاتفيا|في إجازة|في المستشفى|توكيل", 0},
	{m(cPretext), "hi", "मंज़ूरी दी है|फ़ोन पर मंज़ूरी|छुट्टी पर हैं|अस्पताल में हैं|सीईओ साहब|ऑडिटर के रूप में", 0},
}
