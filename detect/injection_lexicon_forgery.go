package detect

// Forged documents. "A fake doctor's note", "une fausse attestation de
// domicile", "una nómina falsa", "ein gefälschtes Arbeitszeugnis",
// "поддельная справка", "假的收入证明", "가짜 소득금액증명원", "تقرير طبي
// مزوّر": a word of forgery beside the name of a document that vouches
// for someone (a certificate, a payslip, a diploma, an ID, a medical
// note, a bank statement) asks for a fraud, as the harm concept (cHarm)
// reads one. Each word alone is common ("fake data", "the certificate
// expired"); forgerySpecs mark them (argForged, argVouching) and
// forgedDocuments joins the two where they stand within forgeryReach
// bytes of each other in a sentence, either way round, as languages put
// the adjective before the noun or after it.
var forgerySpecs = []entrySpec{
	{0, "en", "fake|forged|counterfeit|fraudulent|phony|phoney|bogus|falsified|doctored", argForged},
	{0, "fr", "faux|fausse|fausses|falsifié|falsifiée|falsifiés|falsifiées|contrefait|contrefaite|bidon", argForged},
	{0, "es", "falso|falsa|falsos|falsas|falsificado|falsificada|falsificados|falsificadas|trucho|trucha", argForged},
	{0, "de", "gefälscht*|gefakt*|fake", argForged},
	{0, "it", "falso|falsa|falsi|false|falsificato|falsificata|contraffatto|contraffatta|taroccato|taroccata", argForged},
	{0, "pt", "falso|falsa|falsos|falsas|falsificado|falsificada|fake", argForged},
	{0, "nl", "nep|neppe|vals|valse|vervalst|vervalste", argForged},
	{0, "pl", "fałszyw*|podrobion*|sfałszowan*|lewe|lewy|lewą", argForged},
	{0, "ru", "поддельн*|фальшив*|липов*|фейков*", argForged},
	{0, "tr", "sahte|sahtesini|uydurma", argForged},
	{0, "zh", "假的|伪造的|伪造|假冒的|虚假的|一份假", argForged},
	{0, "ja", "偽の|偽造|ニセの|偽物の", argForged},
	{0, "ko", "가짜|위조", argForged},
	{0, "ar", "مزور|مزورة|مزوّر|مزوّرة|مزوّرًا|مزورا|مزيف|مزيفة|مزيّف|مزيّفة", argForged},
	{0, "hi", "नकली|जाली|फर्जी|फ़र्जी", argForged},

	{0, "en", "certificate|diploma|degree|transcript|payslip|pay slip|pay stub|paystub|salary slip|bank statement|doctor's note|sick note|medical note|medical certificate|prescription|passport|id card|driver's license|driving licence|invoice|receipt|reference letter|employment letter|proof of address|proof of income|utility bill|residence permit|birth certificate|lab report|tax return", argVouching},
	// "nómina" is also the object of an act of paying (actSpecs), whose
	// class its arg holds: the forged one is named whole.
	{m(cHarm), "es", "nómina falsa|nóminas falsas|nómina falsificada|nómina trucha", 0},
	{0, "fr", "certificat|diplôme|attestation|fiche de paie|bulletin de salaire|relevé bancaire|ordonnance|passeport|carte d'identité|permis de conduire|facture|justificatif|arrêt de travail|avis d'imposition", argVouching},
	{0, "es", "certificado|diploma|título|recibo de sueldo|extracto bancario|receta|pasaporte|dni|carnet de conducir|factura|justificante|baja médica|informe médico|constancia", argVouching},
	{0, "de", "zeugnis|arbeitszeugnis|bescheinigung|attest|krankmeldung|krankschreibung|diplom|gehaltsabrechnung|lohnabrechnung|kontoauszug|reisepass|ausweis|personalausweis|führerschein|rechnung|meldebescheinigung", argVouching},
	{0, "it", "certificato|diploma|attestato|busta paga|estratto conto|ricetta|passaporto|carta d'identità|patente|fattura|certificato medico", argVouching},
	{0, "pt", "atestado|certificado|diploma|holerite|contracheque|extrato bancário|receita|passaporte|carteira de motorista|cnh|nota fiscal|fatura|comprovante|laudo", argVouching},
	{0, "nl", "loonstrook|diploma|certificaat|verklaring|doktersverklaring|bankafschrift|recept|paspoort|identiteitskaart|rijbewijs|factuur|werkgeversverklaring", argVouching},
	{0, "pl", "zaświadczeni*|dyplom*|świadectw*|odcinek wypłaty|wyciąg bankowy|recept*|paszport*|dowód osobisty|prawo jazdy|faktur*|zwolnieni* lekarski*", argVouching},
	{0, "ru", "справк*|диплом*|аттестат*|свидетельств*|больничн*|выписк*|рецепт*|паспорт*|удостоверени*|счёт|счет", argVouching},
	{0, "tr", "diploma|belge*|sertifika*|maaş bordrosu|bordro*|rapor*|reçete*|pasaport*|kimlik*|ehliyet*|fatura*|banka dökümü", argVouching},
	{0, "zh", "证明|证书|文凭|学历|工资条|银行流水|处方|护照|身份证|驾照|发票|病假条|诊断书", argVouching},
	{0, "ja", "証明書|診断書|卒業証書|給与明細|明細書|パスポート|免許証|請求書|領収書|身分証", argVouching},
	{0, "ko", "증명서|증명원|진단서|졸업장|학위|급여명세서|명세서|여권|신분증|면허증|영수증|세금계산서", argVouching},
	{0, "ar", "شهادة|تقرير طبي|تقريرًا طبيًا|تقريرا طبيا|كشف حساب|وصفة|جواز سفر|هوية|رخصة|فاتورة|إيصال", argVouching},
	{0, "hi", "प्रमाणपत्र|सर्टिफिकेट|डिग्री|सैलरी स्लिप|वेतन पर्ची|बैंक स्टेटमेंट|पासपोर्ट|आधार कार्ड|लाइसेंस|बिल|रसीद|एक्सपीरियंस लेटर", argVouching},
}

// forgeryReach is how far, in bytes, a word of forgery may stand from the
// document it qualifies: a few words ("a fake Siemens reference letter",
// "un falso certificato di laurea"), or some ten characters of CJK; and
// forgeryNoun the longest document name looked back past. A word of
// forgery after the document ("un certificato falso", "certificado
// médico falso", "تقرير طبي مزوّر") stands closer, within forgeryAfter
// bytes and one clause: "the certificate expired and the fake data…"
// forges nothing.
const (
	forgeryReach = 30
	forgeryNoun  = 40
	forgeryAfter = 12
)

// forgedDocuments gives the harm concept to a document named with a word
// of forgery beside it in its sentence (see forgerySpecs), and drops the
// marks.
func forgedDocuments(norm string, hits []hit) []hit {
	first := firstMarked(hits, argForged|argVouching)
	if first < 0 {
		return hits
	}
	for i := first; i < len(hits); i++ {
		f := &hits[i]
		if !marked(f.arg, argForged) {
			continue
		}
		for j := i - 1; j >= 0 && f.start-hits[j].start <= forgeryAfter+forgeryNoun; j-- {
			if d := &hits[j]; marked(d.arg, argVouching) && d.end <= f.start && f.start-d.end <= forgeryAfter && !hasClauseMark(norm[d.end:f.start]) {
				d.concepts |= 1 << cHarm
			}
		}
		for j := i + 1; j < len(hits) && hits[j].start-f.end <= forgeryReach; j++ {
			if d := &hits[j]; marked(d.arg, argVouching) && d.start >= f.end && !actSentenceEnd(norm[f.end:d.start]) {
				d.concepts |= 1 << cHarm
			}
		}
	}
	return dropMarks(hits, first, argForged|argVouching)
}
