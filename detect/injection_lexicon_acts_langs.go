package detect

// actLangSpecs are actSpecs' verbs and objects in the fourteen other core
// languages, written as their speakers give such orders rather than word
// for word. Latin-script tokens the English lists already hold ("2fa",
// "mfa", "iban", "bitcoin", "usdt", "antivirus") match in any language and
// are not repeated; phrases that already read as cPrivileged alone (see
// lexiconSpecs: "virement", "überweisung", "转账", "送金", "송금", …) are
// left out too, so that they keep doing so.
var actLangSpecs = []entrySpec{
	// French
	{m(cPrivileged), "fr", "désactiver|désactive|désactivez|désactivation|couper|coupe|coupez|éteindre|éteins|éteignez|supprimer|supprime|supprimez|retirer|retire|retirez|enlever|enlève|enlevez|suspendre|suspends|suspendez|mettre en pause|mets en pause|mettez en pause|contourner|contourne|contournez|arrêter|arrête|arrêtez|se débarrasser de|débarrasse-toi de", actVerb | actGuard},
	{m(cPrivileged), "fr", "double authentification|authentification à deux facteurs|authentification à double facteur|authentification multifacteur|authentification forte|vérification en deux étapes|validation en deux étapes|double vérification|alertes de connexion|alertes de sécurité|alertes de fraude|notifications de connexion|notifications de sécurité|journal d'audit|journaux d'audit|piste d'audit|logs d'audit|journal d'activité|journaux d'activité|journal des accès|journaux d'accès|la journalisation|sauvegardes|la sauvegarde|sauvegarde automatique|protection de branche|protection des branches|pare-feu|protection des terminaux", actObject | actGuard},

	{m(cPrivileged), "fr", "changer|changez|modifier|modifie|modifiez|mettre à jour|mets à jour|mettez à jour|réinitialiser|réinitialise|réinitialisez|remplacer|remplace|remplacez|définir|définis|définissez|redéfinir|éditer|édite|éditez|rediriger|redirige|redirigez|configurer|configurez|basculer|bascule", actVerb | actLogin},
	{m(cPrivileged), "fr", "e-mail de récupération|email de récupération|mail de récupération|adresse de récupération|e-mail de secours|adresse de secours|numéro de récupération|téléphone de récupération|mot de passe|mots de passe|code secret|code pin|code d'accès|question de sécurité|questions de sécurité|question secrète|numéro de téléphone|numéro de portable|numéro de mobile|adresse e-mail|adresse email|adresse mail|e-mail de connexion|adresse de livraison|adresse de facturation|coordonnées bancaires|rib|compte bancaire|numéro de compte|compte de versement|moyen de paiement|mode de paiement|informations de paiement|bénéficiaire|adresse de transfert|règle de transfert|règles de transfert|transfert automatique|redirection des e-mails|règle de boîte de réception", actObject | actLogin},

	{m(cPrivileged), "fr", "supprimer|supprime|supprimez|effacer|efface|effacez|vider|vide|videz|détruire|détruis|détruisez|purger|purgez|écraser|écrase|écrasez|nettoyer|nettoie|nettoyez|formater|formate|formatez|réinitialiser|réinitialisez", actVerb | actStore},
	{m(cPrivileged), "fr", "tous les fichiers|tous les documents|tous les enregistrements|toutes les données|toutes les archives|dossier partagé|dossiers partagés|lecteur partagé|drive partagé|espace partagé|la base de données|base de production|données clients|données des clients|fichier clients|liste des clients|boîte mail|boîte aux lettres|boîte de réception|toutes les sauvegardes|le dépôt|dépôt git|historique des commits|historique git|branche principale|la corbeille|le serveur|le bucket|tous les e-mails|tous les mails|tous les messages|historique de discussion|historique des conversations", actObject | actStore},

	{m(cPrivileged), "fr", "ajouter|ajoute|ajoutez|accorder|accorde|accordez|donner|donne|donnez|octroyer|octroie|octroyez|promouvoir|promeus|promouvez|nommer|nomme|nommez|attribuer|attribue|attribuez|élever|transférer la propriété|partager|partage|partagez", actVerb | actAccess},
	{m(cPrivileged), "fr", "aux administrateurs|aux admins|au groupe admin|au groupe des administrateurs|au groupe administrateurs|rôle d'administrateur|rôle admin|administrateur du domaine|administrateurs du domaine|comme administrateur|comme admin|en tant qu'administrateur|en tant qu'admin|aux propriétaires|comme propriétaire|en tant que propriétaire|copropriétaire|droits d'administrateur|privilèges d'administrateur|accès admin|droits de propriétaire|rôle de propriétaire|rôle propriétaire|super administrateur|super-administrateur|superutilisateur|accès root|droits root|droits sudo|groupe sudo|tous les droits|toutes les permissions|accès total|publiquement|en public|avec tout le monde|à tout le monde|toute personne disposant du lien|toute personne ayant le lien|lien public", actObject | actAccess},

	{m(cPrivileged), "fr", "transférer|transférez|virer|vire|virez|envoyer|envoie|envoyez|payer|paie|paye|payez|régler|réglez|verser|verse|versez|débiter|débite|débitez|facturer|facturez|rembourser|rembourse|remboursez|acheter|achète|achetez|approuver|approuve|approuvez|valider|validez|débloquer|débloque|débloquez|déplacer|déplacez", actVerb | actMoney},
	{m(cPrivileged), "fr", "l'argent|les fonds|le solde|la totalité du solde|le paiement|un paiement|les paiements|carte enregistrée|carte bancaire enregistrée|carte sauvegardée|la carte se terminant par|carte finissant par|sa carte|leur carte|la carte du client|carte cadeau*|cartes cadeau*|carte-cadeau*|cartes-cadeau*|un remboursement|les remboursements|le montant de la facture|cryptomonnaie*|crypto-monnaie*", actObject | actMoney},

	// Spanish
	{m(cPrivileged), "es", "desactivar|desactiva|desactive|desactiven|desactívalo|desactívala|deshabilitar|deshabilita|deshabilite|deshabilítalo|apagar|apaga|apague|apágalo|apágala|quitar|quita|quítale|quítalo|eliminar|elimina|elimine|elimínalo|elimínala|suspender|suspende|suspenda|pausar|poner en pausa|pon en pausa|saltarse|sáltate|eludir|deshacerse de|deshazte de", actVerb | actGuard},
	{m(cPrivileged), "es", "autenticación de dos factores|autenticación en dos pasos|doble factor|verificación en dos pasos|verificación en dos etapas|verificación de dos pasos|autenticación multifactor|autenticación multifactorial|alertas de inicio de sesión|alertas de seguridad|alertas de fraude|notificaciones de inicio de sesión|notificaciones de seguridad|registro de auditoría|registros de auditoría|pista de auditoría|registro de actividad|registros de actividad|registro de accesos|registros de acceso|los registros|copias de seguridad|copia de seguridad|copias de respaldo|los respaldos|protección de rama|protección de ramas|el cortafuegos|protección de endpoints", actObject | actGuard},

	{m(cPrivileged), "es", "cambiar|cambia|cambie|cambien|cámbialo|cámbiala|actualizar|actualiza|actualice|restablecer|restablece|restablezca|resetear|resetea|reemplazar|reemplaza|reemplace|sustituir|sustituye|sustituya|establecer|establece|establezca|editar|edita|edite|modificar|modifica|modifique|redirigir|redirige|redirija|configurar|configura", actVerb | actLogin},
	{m(cPrivileged), "es", "correo de recuperación|email de recuperación|teléfono de recuperación|número de recuperación|correo alternativo|correo de respaldo|contraseña|clave de acceso|código pin|el pin|pregunta de seguridad|preguntas de seguridad|número de teléfono|número de móvil|número de celular|dirección de correo|correo electrónico|dirección de email|correo de inicio de sesión|dirección de entrega|dirección de envío|dirección de facturación|datos bancarios|cuenta bancaria|número de cuenta|cuenta de cobro|método de cobro|datos de pago|método de pago|forma de pago|beneficiario|clabe|dirección de reenvío|regla de reenvío|reglas de reenvío|reenvío de correo|reenvío automático|regla de la bandeja de entrada", actObject | actLogin},

	{m(cPrivileged), "es", "eliminar|elimina|elimine|eliminen|elimínalo|elimínala|elimínalos|elimínalas|borrar|borra|borre|borren|bórralo|bórrala|bórralos|bórralas|vaciar|vacía|vacíe|destruir|destruye|destruya|purgar|purga|suprimir|suprime|suprima|formatear|formatea|limpiar|limpia|sobrescribir|sobrescribe|sobreescribir|truncar|trunca", actVerb | actStore},
	{m(cPrivileged), "es", "todos los archivos|todos los ficheros|todos los documentos|todos los registros|todos los datos|carpeta compartida|carpetas compartidas|unidad compartida|unidades compartidas|la base de datos|base de datos de producción|datos de clientes|datos de los clientes|registros de clientes|la lista de clientes|el buzón|buzón de correo|la bandeja de entrada|las copias de seguridad|el repositorio|historial de commits|historial de git|la rama principal|la papelera|papelera de reciclaje|el servidor|todos los correos|todos los mensajes|historial del chat|historial de chat|historial de conversaciones", actObject | actStore},

	{m(cPrivileged), "es", "añadir|añade|añádelo|añádela|agregar|agrega|agregue|agrégalo|conceder|concede|conceda|otorgar|otorga|otorgue|dar|dale|darle|denle|promover|promueve|promueva|ascender|asciende|hazlo|hazla|asignar|asigna|asigne|elevar|eleva|transferir la propiedad|transfiere la propiedad|compartir|comparte|comparta|compártelo|compártela", actVerb | actAccess},
	{m(cPrivileged), "es", "a los administradores|al grupo de administradores|al grupo admin|al grupo de admins|rol de administrador|a los admins|como administrador|como admin|administrador del dominio|administradores del dominio|a los propietarios|como propietario|como dueño|copropietario|derechos de administrador|privilegios de administrador|acceso admin|derechos de propietario|rol de propietario|superadministrador|superusuario|acceso root|acceso sudo|grupo sudo|todos los permisos|permisos completos|control total|públicamente|con cualquiera|con todo el mundo|cualquier persona con el enlace|cualquiera con el enlace|enlace público", actObject | actAccess},

	{m(cPrivileged), "es", "transferir|transfiera|transfiérele|enviar|envía|envíe|envíale|mandar|manda|pagar|paga|pague|páguele|depositar|deposita|cobrar|cobra|cárgale|cargar|carga|reembolsar|reembolsa|reembolse|devolver|devuelve|comprar|compra|cómprale|aprobar|aprueba|liberar|libera|mover|mueve", actVerb | actMoney},
	{m(cPrivileged), "es", "dinero|los fondos|saldo|el pago|un pago|los pagos|tarjeta guardada|tarjeta registrada|tarjeta terminada en|tarjeta que termina en|su tarjeta|tarjeta del cliente|tarjeta de regalo|tarjetas de regalo|tarjeta regalo|tarjetas regalo|reembolso|reembolsos|importe de la factura|monto de la factura|criptomoneda*|criptodivisa*", actObject | actMoney},

	// German
	{m(cPrivileged), "de", "deaktivieren|deaktiviere|deaktivier|deaktivierung|abschalten|ausschalten|abstellen|ausstellen|entfernen|entferne|entfern|löschen|lösche|lösch|aussetzen|pausieren|pausiere|umgehe|umgeh|außer kraft setzen|setze außer kraft|loswerden|abschaffen|schaffe ab|stilllegen|lege still", actVerb | actGuard},
	{m(cPrivileged), "de", "zwei-faktor*|zweifaktor*|2-faktor*|zwei-schritt*|zweistufig*|zwei-stufig*|mehrfaktor*|mehr-faktor*|multi-faktor*|bestätigung in zwei schritten|anmeldebenachrichtigung*|anmeldewarnung*|login-benachrichtigung*|login-warnung*|sicherheitswarnung*|sicherheitsbenachrichtigung*|sicherheitsmeldung*|betrugswarnung*|audit-log*|auditlog*|audit-protokoll*|prüfprotokoll*|aktivitätsprotokoll*|zugriffsprotokoll*|protokollierung|sicherungen|datensicherung*|sicherungskopie*|branch-schutz|branchschutz|zweigschutz|die firewall|virenschutz|virenscanner|endpoint-schutz|endpunktschutz", actObject | actGuard},

	{m(cPrivileged), "de", "ändern|abändern|aktualisieren|aktualisiere|zurücksetzen|setze zurück|setz zurück|ersetzen|ersetze|austauschen|tausche aus|festlegen|lege fest|setzen|setze|setz|bearbeiten|bearbeite|umstellen|stelle um|umleiten|leite um|überschreiben|überschreibe|einrichten|richte ein|hinterlegen|hinterlege|eintragen|trage ein", actVerb | actLogin},
	{m(cPrivileged), "de", "wiederherstellungs-e-mail*|wiederherstellungsmail*|wiederherstellungs-mail*|wiederherstellungsadresse*|wiederherstellungstelefon*|wiederherstellungs-telefon*|wiederherstellungsnummer*|backup-e-mail*|ersatz-e-mail*|passwort*|kennwort*|geheimzahl|pin-code|pincode|die pin|sicherheitsfrage*|telefonnummer*|handynummer*|mobilnummer*|e-mail-adresse*|emailadresse*|mailadresse*|lieferadresse*|versandadresse*|rechnungsadresse*|auszahlungskonto*|auszahlungsmethode*|bankverbindung*|bankdaten|bankkonto*|kontonummer*|zahlungsdaten|zahlungsmethode*|zahlungsempfänger*|begünstigte*|weiterleitungsadresse*|weiterleitungsregel*|e-mail-weiterleitung*|posteingangsregel*", actObject | actLogin},

	{m(cPrivileged), "de", "lösch*|entfernen|entferne|leeren|vernichten|vernichte|zerstören|zerstöre|bereinigen|bereinige|säubern|säubere|formatieren|formatiere|überschreiben|überschreibe|plattmachen|mach platt|tilgen|tilge|ausradieren|radiere aus|purgen|wipen|droppen|force-pushen", actVerb | actStore},
	{m(cPrivileged), "de", "alle dateien|sämtliche dateien|alle dokumente|alle datensätze|alle daten|sämtliche daten|freigegebenen ordner|freigegebener ordner|freigegebene ordner|geteilten ordner|gemeinsamen ordner|freigegebene laufwerk|freigegebenes laufwerk|teamlaufwerk|die datenbank|alle datenbanken|produktionsdatenbank*|prod-datenbank|kundendaten|kundendatensätze|kundenliste|kundenkartei|postfach|posteingang|die backups|sicherungskopien|das repository|das repo|commit-historie|commit-verlauf|git-historie|git-verlauf|hauptbranch|main-branch|papierkorb|den server|den bucket|alle e-mails|alle mails|alle nachrichten|chatverlauf|chat-verlauf", actObject | actStore},

	{m(cPrivileged), "de", "hinzufügen|füge|füg|hinzu|aufnehmen|nimm|gewähren|gewähre|erteilen|erteile|geben|gib|gebt|verleihen|verleihe|befördern|befördere|ernennen|ernenne|machen|mach|mache|zuweisen|weise zu|zuordnen|ordne zu|eintragen|trage ein|übertragen|übertrage|teilen|teile|freigeben|gib frei", actVerb | actAccess},
	{m(cPrivileged), "de", "zu den administratoren|zu den admins|admin-gruppe|administratorgruppe|gruppe der administratoren|admin-rolle|administratorrolle|domänen-admins|domänenadministratoren|zu den eigentümern|als admin|als administrator|als administratorin|zum admin|zum administrator|zur administratorin|als eigentümer|als besitzer|zum eigentümer|zum besitzer|miteigentümer*|admin-rechte|admin-zugriff|administratorzugriff|admin-berechtigung*|administratorberechtigung*|eigentümerrechte|besitzerrechte|eigentümerrolle|superadmin|super-admin|root-zugriff|root-rechte|sudo-rechte|sudo-gruppe|alle berechtigungen|volle berechtigungen|öffentlich|mit allen|mit jedem|jeder mit dem link|öffentlichen link", actObject | actAccess},

	{m(cPrivileged), "de", "überweisen|senden|sende|schicken|schicke|schick|zahlen|zahle|bezahlen|bezahle|bezahl|begleichen|begleiche|abbuchen|buche ab|belasten|belaste|in rechnung stellen|stelle in rechnung|erstatten|erstatte|zurückerstatten|rückerstatten|kaufen|kaufe|kauf|erwerben|erwirb|genehmigen|genehmige|freigeben|gib frei|transferieren|transferiere|auszahlen|zahle aus|anweisen|weise an", actVerb | actMoney},
	{m(cPrivileged), "de", "geld|gelder|guthaben|kontostand|den gesamten betrag|gesamtbetrag|zahlung|zahlungen|hinterlegte karte|hinterlegten karte|gespeicherte karte|gespeicherten karte|karte mit der endung|karte endend auf|seine karte|ihre karte|karte des kunden|geschenkkarte*|gutscheinkarte*|geschenkgutschein*|paysafecard*|rückerstattung*|erstattung*|rechnungsbetrag*|kryptowährung*|krypto", actObject | actMoney},

	// Italian
	{m(cPrivileged), "it", "disattivare|disattiva|disattivi|disattivate|disattivala|disattivalo|disabilitare|disabilita|disabiliti|disabilitate|spegnere|spegni|spenga|rimuovere|rimuovi|rimuova|togliere|togli|tolga|eliminare|elimina|elimini|cancellare|cancella|cancelli|sospendere|sospendi|sospenda|mettere in pausa|metti in pausa|aggirare|aggira|bypassare|bypassa|sbarazzati di|sbarazzarsi di", actVerb | actGuard},
	{m(cPrivileged), "it", "autenticazione a due fattori|autenticazione a doppio fattore|doppia autenticazione|autenticazione in due passaggi|verifica in due passaggi|verifica in due fasi|autenticazione multifattore|autenticazione a più fattori|avvisi di accesso|avvisi di sicurezza|avvisi di frode|notifiche di accesso|notifiche di sicurezza|registro di controllo|registri di controllo|log di audit|registro di audit|registri di audit|registro delle attività|registri delle attività|log delle attività|registro degli accessi|log degli accessi|i log|i backup|il backup|backup automatici|copie di sicurezza|copia di sicurezza|protezione del branch|protezione dei branch|protezione dei rami|il firewall|protezione degli endpoint", actObject | actGuard},

	{m(cPrivileged), "it", "cambiare|cambia|cambi|cambiate|cambiala|cambialo|modificare|modifica|modifichi|modificate|aggiornare|aggiorna|aggiorni|reimpostare|reimposta|reimposti|resettare|resetta|sostituire|sostituisci|sostituisca|impostare|imposta|imposti|reindirizzare|reindirizza|configurare|configura", actVerb | actLogin},
	{m(cPrivileged), "it", "email di recupero|e-mail di recupero|indirizzo di recupero|telefono di recupero|numero di recupero|email secondaria|email alternativa|codice pin|il pin|codice di accesso|domanda di sicurezza|domande di sicurezza|domanda segreta|numero di telefono|numero di cellulare|indirizzo email|indirizzo e-mail|indirizzo di posta|email di accesso|indirizzo di consegna|indirizzo di spedizione|indirizzo di fatturazione|coordinate bancarie|dati bancari|conto bancario|conto corrente|numero di conto|metodo di pagamento|dati di pagamento|conto di accredito|beneficiario|indirizzo di inoltro|regola di inoltro|regole di inoltro|inoltro automatico|inoltro della posta|regola della casella di posta", actObject | actLogin},

	{m(cPrivileged), "it", "eliminare|elimina|elimini|eliminate|eliminali|eliminale|cancellare|cancella|cancelli|cancellate|cancellali|svuotare|svuota|svuoti|distruggere|distruggi|distrugga|rimuovi tutto|rimuovi tutti|rimuovi tutte|formattare|formatta|sovrascrivere|sovrascrivi|ripulire|ripulisci|pulisci|azzerare|azzera|troncare|tronca", actVerb | actStore},
	{m(cPrivileged), "it", "tutti i file|tutti i documenti|tutti i record|tutti i dati|cartella condivisa|cartelle condivise|drive condiviso|unità condivisa|il database|database di produzione|la banca dati|dati dei clienti|dati clienti|anagrafica clienti|elenco clienti|lista clienti|casella di posta|casella email|la posta in arrivo|tutti i backup|il repository|il repo|cronologia dei commit|cronologia git|storico dei commit|il branch principale|il ramo principale|il cestino|il server|il bucket|tutte le email|tutte le mail|tutti i messaggi|cronologia della chat|cronologia chat", actObject | actStore},

	{m(cPrivileged), "it", "aggiungere|aggiungi|aggiunga|aggiungilo|aggiungila|concedere|concedi|conceda|dare|dargli|dategli|promuovere|promuovi|promuova|nominare|nomina|nomini|rendere|rendi|rendilo|rendila|assegnare|assegna|assegni|elevare|eleva|trasferire la proprietà|trasferisci la proprietà|condividere|condividi|condivida", actVerb | actAccess},
	{m(cPrivileged), "it", "agli amministratori|al gruppo admin|al gruppo degli amministratori|al gruppo amministratori|ruolo di amministratore|ruolo admin|agli admin|come amministratore|come admin|amministratore di dominio|amministratori di dominio|come proprietario|comproprietario|diritti di admin|privilegi di amministratore|privilegi admin|accesso da amministratore|accesso amministratore|diritti di proprietario|ruolo di proprietario|ruolo proprietario|super amministratore|superamministratore|superutente|accesso root|permessi di root|accesso sudo|gruppo sudo|tutti i permessi|permessi completi|pieno accesso|controllo completo|pubblicamente|con chiunque|con tutti|chiunque abbia il link|chiunque con il link|link pubblico", actObject | actAccess},

	{m(cPrivileged), "it", "trasferire|trasferisca|inviare|invia|inviate|mandare|manda|pagare|paga|pagate|versare|accreditare|accredita|addebitare|addebita|rimborsare|rimborsa|comprare|compra|acquistare|acquista|approvare|approva|sbloccare|sblocca|rilasciare|rilascia|spostare|sposta|effettuare|effettua", actVerb | actMoney},
	{m(cPrivileged), "it", "denaro|soldi|i fondi|il saldo|saldo totale|pagamento|pagamenti|carta salvata|carta memorizzata|carta registrata|carta che termina con|carta terminante in|la sua carta|la loro carta|carta del cliente|carta regalo|carte regalo|buono regalo|buoni regalo|rimborso|rimborsi|importo della fattura|criptovaluta|criptovalute", actObject | actMoney},

	// Portuguese
	{m(cPrivileged), "pt", "desativar|desativa|desative|desativem|desactivar|desactive|desabilitar|desabilita|desabilite|desligar|desliga|desligue|remover|remova|removam|retirar|retira|eliminar|elimine|excluir|exclui|exclua|apagar|apaga|apague|suspender|suspende|suspenda|pausar|contornar|contorna|contorne|burlar|burle|livrar-se de|se livrar de|livre-se de", actVerb | actGuard},
	{m(cPrivileged), "pt", "autenticação de dois fatores|autenticação de dois factores|autenticação em dois fatores|autenticação em duas etapas|verificação em duas etapas|verificação em dois passos|autenticação multifator|autenticação multifatorial|dupla autenticação|alertas de login|alertas de início de sessão|alertas de segurança|alertas de fraude|notificações de login|notificações de segurança|log de auditoria|logs de auditoria|registro de auditoria|registros de auditoria|registo de auditoria|trilha de auditoria|registro de atividades|log de atividades|logs de acesso|registro de acessos|os logs|os backups|cópias de segurança|cópia de segurança|proteção de branch|proteção da branch|o firewall|proteção de endpoint", actObject | actGuard},

	{m(cPrivileged), "pt", "alterar|altera|altere|alterem|mudar|muda|mude|trocar|troca|troque|atualizar|atualiza|atualize|actualize|redefinir|redefine|redefina|resetar|reseta|resete|substituir|substitui|substitua|definir|defina|configurar|configura|editar|edita|edite|modificar|modifica|modifique|redirecionar|redireciona|redirecione", actVerb | actLogin},
	{m(cPrivileged), "pt", "e-mail de recuperação|email de recuperação|telefone de recuperação|e-mail alternativo|email alternativo|senha|palavra-passe|palavra passe|código pin|o pin|pergunta de segurança|perguntas de segurança|número de telefone|número de celular|número de telemóvel|endereço de e-mail|endereço de email|e-mail de login|endereço de entrega|endereço de envio|morada de entrega|morada de faturação|endereço de faturamento|dados bancários|conta bancária|número da conta|número de conta|chave pix|dados de pagamento|método de pagamento|forma de pagamento|conta de recebimento|beneficiário|favorecido|endereço de encaminhamento|regra de encaminhamento|regras de encaminhamento|encaminhamento automático|regra da caixa de entrada", actObject | actLogin},

	{m(cPrivileged), "pt", "excluir|exclui|exclua|excluam|apagar|apaga|apague|apaguem|deletar|deleta|eliminar|elimina|elimine|limpar|limpa|limpe|esvaziar|esvazia|esvazie|destruir|destrói|destrua|formatar|formata|formate|sobrescrever|sobrescreve|sobrescreva|zerar|zera|zere|truncar|trunca", actVerb | actStore},
	{m(cPrivileged), "pt", "todos os arquivos|todos os ficheiros|todos os documentos|todos os registros|todos os registos|todos os dados|pasta compartilhada|pastas compartilhadas|pasta partilhada|drive compartilhado|unidade compartilhada|unidade partilhada|o banco de dados|a base de dados|banco de produção|dados dos clientes|dados de clientes|registros de clientes|lista de clientes|caixa de correio|caixa postal|caixa de entrada|todos os backups|as cópias de segurança|o repositório|histórico de commits|histórico do git|a branch principal|o branch principal|a lixeira|o servidor|o bucket|todos os e-mails|todos os emails|todas as mensagens|histórico do chat|histórico de conversas", actObject | actStore},

	{m(cPrivileged), "pt", "adicionar|adiciona|adicione|adicionem|acrescentar|acrescenta|acrescente|incluir|inclua|conceder|concede|conceda|dar|promover|promove|promova|tornar|torne|nomear|nomeia|nomeie|atribuir|atribui|atribua|elevar|eleva|eleve|transferir a propriedade|compartilhar|compartilha|compartilhe|partilhar|partilha|partilhe", actVerb | actAccess},
	{m(cPrivileged), "pt", "aos administradores|ao grupo de administradores|ao grupo admin|função de administrador|papel de administrador|aos admins|como administrador|como admin|administradores do domínio|como proprietário|como dono|coproprietário|direitos de administrador|privilégios de administrador|acesso de admin|direitos de proprietário|função de proprietário|papel de proprietário|superadministrador|superusuário|superutilizador|acesso root|acesso sudo|grupo sudo|todas as permissões|permissões totais|controle total|controlo total|publicamente|com qualquer pessoa|com todos|com todo mundo|qualquer pessoa com o link|link público", actObject | actAccess},

	{m(cPrivileged), "pt", "transferir|enviar|envia|envie|mandar|manda|mande|pagar|paga|pague|depositar|deposita|cobrar|cobra|cobre|debitar|debita|reembolsar|reembolsa|reembolse|estornar|estorna|devolver|devolve|comprar|compra|aprovar|aprova|aprove|liberar|libera|movimentar", actVerb | actMoney},
	{m(cPrivileged), "pt", "dinheiro|os fundos|o saldo|saldo total|pagamento|pagamentos|cartão salvo|cartão guardado|cartão cadastrado|cartão registado|cartão com final|cartão terminado em|o cartão dele|o cartão dela|cartão do cliente|cartão-presente|cartões-presente|cartão de presente|cartões de presente|vale-presente|cartão oferta|reembolso|reembolsos|estorno|valor da fatura|criptomoeda*|um pix|via pix", actObject | actMoney},

	// Dutch
	{m(cPrivileged), "nl", "uitschakelen|schakel uit|uitzetten|zet uit|deactiveren|deactiveer|verwijderen|verwijder|weghalen|haal weg|pauzeren|pauzeer|opschorten|schort op|omzeilen|omzeil|stopzetten|zet stop|afzetten|zet af|buiten werking stellen", actVerb | actGuard},
	{m(cPrivileged), "nl", "tweestaps*|twee-staps*|tweefactor*|twee-factor*|multifactor*|meervoudige authenticatie|inlogmelding*|aanmeldmelding*|inlogwaarschuwing*|beveiligingsmelding*|beveiligingswaarschuwing*|fraudemelding*|fraudewaarschuwing*|auditlog*|audit-log*|audittrail|activiteitenlog*|toegangslog*|de logging|logboek*|back-ups|de back-up|reservekopie*|branchbeveiliging|branch-beveiliging|de firewall|virusscanner|virusbescherming|endpointbeveiliging", actObject | actGuard},

	{m(cPrivileged), "nl", "wijzigen|wijzig|veranderen|verander|aanpassen|bijwerken|werk bij|resetten|opnieuw instellen|stel opnieuw in|vervangen|vervang|instellen|stel in|bewerken|bewerk|overschrijven|overschrijf|omleiden|leid om|doorsturen|stuur door", actVerb | actLogin},
	{m(cPrivileged), "nl", "herstel-e-mail*|herstelmail*|hersteladres|hersteltelefoonnummer|herstelnummer|back-up-e-mailadres|reserve-e-mailadres|wachtwoord*|toegangscode|pincode|de pin|beveiligingsvraag|beveiligingsvragen|telefoonnummer*|mobiel nummer|gsm-nummer|e-mailadres*|emailadres*|mailadres*|bezorgadres|afleveradres|verzendadres|factuuradres|uitbetalingsrekening|uitbetalingsgegevens|bankgegevens|bankrekening*|rekeningnummer*|betaalgegevens|betaalmethode*|betaalwijze|begunstigde|doorstuuradres|doorstuurregel*|doorsturen van e-mail|automatisch doorsturen|inboxregel*|postvakregel*", actObject | actLogin},

	{m(cPrivileged), "nl", "verwijderen|verwijder|wissen|wis|leegmaken|maak leeg|vernietigen|vernietig|opschonen|schoon op|purgen|overschrijven|overschrijf|formatteren|formatteer|weggooien|gooi weg|truncaten", actVerb | actStore},
	{m(cPrivileged), "nl", "alle bestanden|alle documenten|alle records|alle gegevens|alle data|gedeelde map|gedeelde mappen|gedeelde schijf|gedeelde drive|teamdrive|de database|productiedatabase|klantgegevens|klantdata|klantrecords|klantenbestand|klantenlijst|de mailbox|de postbus|postvak|de inbox|alle back-ups|de repository|de repo|commitgeschiedenis|commit-geschiedenis|git-geschiedenis|de hoofdbranch|prullenbak|de server|de bucket|alle e-mails|alle mails|alle berichten|chatgeschiedenis", actObject | actStore},

	{m(cPrivileged), "nl", "toevoegen|voeg toe|voeg|geven|geef|verlenen|verleen|toekennen|ken toe|promoveren|promoveer|benoemen|benoem|maken|maak|toewijzen|wijs toe|eigendom overdragen|draag over|delen|deel", actVerb | actAccess},
	{m(cPrivileged), "nl", "aan de beheerders|aan de admins|beheerdersgroep|admingroep|beheerdersrol|adminrol|domeinbeheerders|domein-admins|aan de eigenaren|als beheerder|tot beheerder|als admin|tot admin|als eigenaar|tot eigenaar|mede-eigenaar|beheerderstoegang|admintoegang|beheerdersbevoegdheden|eigenaarsrechten|eigenaarsrol|superbeheerder|rootrechten|roottoegang|root-toegang|sudo-rechten|sudo-toegang|sudo-groep|alle rechten|volledige rechten|openbaar|publiekelijk|met iedereen|iedereen met de link|openbare link", actObject | actAccess},

	{m(cPrivileged), "nl", "overmaken|overboeken|boek over|sturen|stuur|versturen|verstuur|betalen|betaal|afschrijven|schrijf af|in rekening brengen|breng in rekening|factureren|factureer|terugbetalen|betaal terug|restitueren|restitueer|kopen|koop|aanschaffen|schaf aan|goedkeuren|keur goed|vrijgeven|geef vrij|verplaatsen|verplaats|storten|stort", actVerb | actMoney},
	{m(cPrivileged), "nl", "geld|saldo|het volledige saldo|betaling|betalingen|opgeslagen kaart|bewaarde kaart|kaart eindigend op|kaart die eindigt op|zijn kaart|haar kaart|hun kaart|kaart van de klant|cadeaukaart*|cadeaubon*|giftcard*|terugbetaling*|restitutie*|factuurbedrag|cryptovaluta|fondsen", actObject | actMoney},

	// Polish
	{m(cPrivileged), "pl", "wyłącz|wyłączyć|wyłączcie|wyłączenie|dezaktywuj|dezaktywować|dezaktywujcie|dezaktywacja|deaktywuj|deaktywować|usuń*|zawieś|zawiesić|wstrzymaj|wstrzymać|omiń|ominąć|obejść|pozbądź się|pozbyć się|zdejmij|zdjąć", actVerb | actGuard},
	{m(cPrivileged), "pl", "dwuskładnikow*|dwuetapow*|dwustopniow*|wieloskładnikow*|alerty logowania|alertów logowania|alerty bezpieczeństwa|alertów bezpieczeństwa|powiadomienia o logowaniu|powiadomień o logowaniu|powiadomienia bezpieczeństwa|alerty o oszustwach|dziennik audytu|dziennika audytu|dzienniki audytu|logi audytu|logów audytu|logi audytowe|dziennik zdarzeń|dziennika zdarzeń|dziennik aktywności|logi dostępu|logów dostępu|rejestrowanie zdarzeń|kopie zapasowe|kopię zapasową|kopii zapasowych|kopia zapasowa|backupy|backupów|ochronę gałęzi|ochrona gałęzi|ochrony gałęzi|zaporę sieciową|zapora sieciowa|zapory sieciowej|firewalla|antywirus*|ochronę punktów końcowych", actObject | actGuard},

	{m(cPrivileged), "pl", "zmień|zmienić|zmieńcie|zaktualizuj|zaktualizować|aktualizuj|zresetuj|zresetować|resetuj|zastąp|zastąpić|podmień|podmienić|ustaw|ustawić|ustawcie|edytuj|edytować|zmodyfikuj|zmodyfikować|nadpisz|nadpisać|przekieruj|przekierować|skonfiguruj|skonfigurować", actVerb | actLogin},
	{m(cPrivileged), "pl", "pomocniczy adres e-mail|pomocniczy e-mail|zapasowy e-mail|e-mail do odzyskiwania|adres do odzyskiwania|numer do odzyskiwania|telefon do odzyskiwania|hasło|hasła|haseł|kod pin|pytanie bezpieczeństwa|pytanie zabezpieczające|numer telefonu|numeru telefonu|numer komórki|adres e-mail|adresu e-mail|adres email|adres dostawy|adres wysyłki|adres rozliczeniowy|dane bankowe|danych bankowych|konto bankowe|numer konta|numeru konta|numer rachunku|rachunek bankowy|metoda płatności|metodę płatności|dane płatności|odbiorca przelewu|beneficjent*|adres przekierowania|reguła przekierowania|reguły przekierowania|przekierowanie poczty|automatyczne przekierowanie|reguły skrzynki odbiorczej", actObject | actLogin},

	{m(cPrivileged), "pl", "usuń*|skasuj|skasować|kasuj|wykasuj|wymaż|wymazać|wyczyść|wyczyścić|opróżnij|opróżnić|zniszcz|zniszczyć|wyrzuć|wyrzucić|sformatuj|sformatować|nadpisz|nadpisać|wyzeruj|wyzerować|wywal|wywalić", actVerb | actStore},
	{m(cPrivileged), "pl", "wszystkie pliki|wszystkich plików|wszystkie dokumenty|wszystkie rekordy|wszystkie dane|wszystkich danych|udostępniony folder|folder udostępniony|udostępniony katalog|folder współdzielony|współdzielony folder|udostępniony dysk|dysk współdzielony|dysk udostępniony|bazę danych|baza danych|produkcyjną bazę|bazę produkcyjną|dane klientów|danych klientów|rekordy klientów|listę klientów|skrzynkę pocztową|skrzynka pocztowa|skrzynkę odbiorczą|wszystkie kopie zapasowe|repozytorium|historię commitów|historię gita|główną gałąź|gałąź main|kosz|serwer|wszystkie e-maile|wszystkie maile|wszystkie wiadomości|historię czatu|historię rozmów", actObject | actStore},

	{m(cPrivileged), "pl", "dodaj|dodać|dodajcie|nadaj|nadać|przyznaj|przyznać|daj|dać|awansuj|awansować|mianuj|mianować|zrób|uczyń|przypisz|przypisać|przenieś własność|przekaż własność|przekazać własność|udostępnij|udostępnić|udostępnijcie", actVerb | actAccess},
	{m(cPrivileged), "pl", "do administratorów|do grupy administratorów|do grupy admin|do grupy adminów|do adminów|rolę administratora|rola administratora|roli administratora|administratorem|adminem|jako administrator|jako admin|administratorzy domeny|administratorów domeny|do właścicieli|właścicielem|jako właściciel|współwłaścicielem|współwłaściciel|prawa administratora|uprawnienia admina|dostęp administratora|dostęp admina|uprawnienia właściciela|prawa właściciela|rolę właściciela|superadministrator*|superużytkownik*|dostęp root|uprawnienia roota|dostęp sudo|grupy sudo|pełne uprawnienia|wszystkie uprawnienia|publicznie|wszystkim z linkiem|każdy z linkiem|każdemu z linkiem|link publiczny|publiczny link", actObject | actAccess},

	{m(cPrivileged), "pl", "przelać|przelejcie|przekaż|przekazać|wyślij|wysłać|zapłać|zapłacić|opłać|opłacić|wpłać|wpłacić|wypłać|wypłacić|obciąż|obciążyć|zleć|zlecić|kup|kupić|kupcie|zakup|zakupić|zatwierdź|zatwierdzić|zaakceptuj|zaakceptować|zwolnij|zwolnić|przenieś|przenieść|zrefunduj", actVerb | actMoney},
	{m(cPrivileged), "pl", "pieniądz*|pieniędzy|środki|środków|saldo|płatność|płatności|płatnością|zapisaną kartę|zapisana karta|zapisanej karty|kartę kończącą się na|karty kończącej się na|kartę klienta|jego kartę|jej kartę|ich kartę|podarunkow*|kwotę faktury|kwota faktury|kryptowalut*", actObject | actMoney},

	// Russian
	{m(cPrivileged), "ru", "отключи|отключить|отключите|отключение|выключи|выключить|выключите|деактивируй|деактивировать|деактивируйте|убери|убрать|уберите|удали|удалить|удалите|приостанови|приостановить|приостановите|поставь на паузу|обойди|обойти|обойдите|избавься от|избавиться от|сними|снять|снимите", actVerb | actGuard},
	{m(cPrivileged), "ru", "двухфактор*|двухэтапн*|двухшагов*|многофактор*|оповещения о входе|уведомления о входе|уведомлений о входе|оповещения безопасности|уведомления безопасности|предупреждения безопасности|оповещения о мошенничестве|журнал аудита|журналы аудита|журнала аудита|лог аудита|логи аудита|аудит-лог*|журнал действий|журнал активности|журнал доступа|логи доступа|логирование|журналирование|резервные копии|резервную копию|резервное копирование|бэкап*|бекап*|защиту ветки|защита ветки|защиту веток|файрвол*|фаервол*|брандмауэр*|межсетевой экран|антивирус*|защиту конечных точек", actObject | actGuard},

	{m(cPrivileged), "ru", "смени|сменить|смените|измени|изменить|измените|поменяй|поменять|поменяйте|обнови|обновить|обновите|сбрось|сбросить|сбросьте|замени|заменить|замените|установи|установить|установите|задай|задать|задайте|отредактируй|отредактировать|перенаправь|перенаправить|настрой|настроить|перезапиши|перезаписать", actVerb | actLogin},
	{m(cPrivileged), "ru", "резервную почту|резервная почта|резервный адрес|резервный email|резервный номер|резервный телефон|почту для восстановления|адрес для восстановления|телефон для восстановления|номер для восстановления|парол*|пин-код|пинкод|секретный вопрос|контрольный вопрос|номер телефона|номер мобильного|мобильный номер|адрес электронной почты|электронную почту|адрес почты|адрес доставки|платёжный адрес|реквизиты|банковский счёт|номер счёта|расчётный счёт|счёт для выплат|способ выплаты|платёжные данные|способ оплаты|получатель платежа|бенефициар*|адрес пересылки|правило пересылки|правила пересылки|пересылку почты|переадресацию почты|правило для входящих", actObject | actLogin},

	{m(cPrivileged), "ru", "удали|удалить|удалите|удаление|сотри|стереть|сотрите|очисти|очистить|очистите|уничтожь|уничтожить|уничтожьте|снеси|снести|вычисти|затри|затереть|отформатируй|отформатировать|перезапиши|перезаписать|обнули|обнулить|почисти|почистить|дропни|дропнуть", actVerb | actStore},
	{m(cPrivileged), "ru", "все файлы|всех файлов|все документы|все записи|все данные|общую папку|общая папка|общие папки|папку с общим доступом|общий диск|базу данных|база данных|боевую базу|продовую базу|продакшн базу|данные клиентов|клиентские данные|базу клиентов|клиентскую базу|список клиентов|почтовый ящик|входящие|резервные копии|репозиторий|репо|историю коммитов|историю git|основную ветку|главную ветку|ветку main|корзину|сервер|бакет|все письма|все сообщения|историю чата|историю переписки", actObject | actStore},

	{m(cPrivileged), "ru", "добавь|добавить|добавьте|выдай|выдать|выдайте|дай|дать|дайте|предоставь|предоставить|предоставьте|назначь|назначить|назначьте|повысь|повысить|повысьте|сделай|сделать|сделайте|передай владение|передать владение|передай права|поделись|поделиться|расшарь|расшарить|открой доступ|открыть доступ", actVerb | actAccess},
	{m(cPrivileged), "ru", "в администраторы|в админы|в группу администраторов|в группу админов|роль администратора|роль админа|администраторы домена|администратором|админом|владельцем|совладельцем|совладельцы|как администратор|админские права|админ-права|админский доступ|доступ администратора|привилегии администратора|права владельца|роль владельца|доступ владельца|суперадмин*|суперпользовател*|root-доступ|рут-доступ|права root|доступ sudo|группу sudo|все права|полные права|публично|всем по ссылке|любому по ссылке|всем у кого есть ссылка|всем пользователям|в открытый доступ|публичную ссылку", actObject | actAccess},

	{m(cPrivileged), "ru", "переведи|перевести|переведите|отправь|отправить|отправьте|пошли|послать|заплати|заплатить|заплатите|оплати|оплатить|оплатите|спиши|списать|спишите|верни|вернуть|верните|возмести|возместить|купи|купить|купите|приобрети|приобрести|одобри|одобрить|одобрите|перечисли|перечислить|перечислите|зачисли|зачислить", actVerb | actMoney},
	{m(cPrivileged), "ru", "деньги|денег|средства|средств|баланс|платёж|платежи|платежа|оплату|сохранённую карту|привязанную карту|карту с окончанием|оканчивающуюся на|его карту|её карту|их карту|карту клиента|подарочн*|возврат|сумму счёта|сумму по счёту|криптовалют*|биткоин*", actObject | actMoney},

	// Turkish
	{m(cPrivileged), "tr", "devre dışı bırak*|devreden çıkar*|kapat|kapatın|kapatmak|kapatır mısın|kapatabilir misin|kaldır|kaldırın|kaldırmak|kaldırır mısın|sil|silin|silmek|askıya al*|duraklat*|bypass et*|es geç|etkisizleştir*|pasifleştir*|pasif hale getir*", actVerb | actGuard},
	{m(cPrivileged), "tr", "iki faktörlü*|iki adımlı*|iki aşamalı*|çok faktörlü*|giriş uyarıları*|oturum açma uyarıları*|güvenlik uyarıları*|dolandırıcılık uyarıları*|giriş bildirimleri*|güvenlik bildirimleri*|denetim kaydı*|denetim kayıtları*|denetim günlüğü*|denetim günlükleri*|etkinlik günlüğü*|etkinlik kayıtları*|erişim günlüğü*|erişim kayıtları*|loglar*|günlük kaydı*|yedekleme*|yedekler*|dal koruması*|branch koruması*|güvenlik duvarı*|antivirüs*|virüs koruması*|uç nokta koruması*", actObject | actGuard},

	{m(cPrivileged), "tr", "değiştir*|değiş|güncelle*|sıfırla*|ayarla|ayarlayın|ayarlamak|düzenle|düzenleyin|düzenlemek|yönlendir*|üzerine yaz*|tanımla|tanımlayın", actVerb | actLogin},
	{m(cPrivileged), "tr", "kurtarma e-posta*|kurtarma adres*|kurtarma telefon*|kurtarma numara*|yedek e-posta*|yedek telefon*|şifre*|parola*|pin kod*|güvenlik soru*|telefon numara*|cep telefonu*|e-posta adres*|eposta adres*|mail adres*|teslimat adres*|gönderim adres*|kargo adres*|fatura adres*|banka bilgi*|banka hesab*|hesap numara*|ödeme bilgi*|ödeme yöntem*|ödeme hesab*|alıcı bilgi*|lehtar*|yönlendirme adres*|yönlendirme kural*|otomatik yönlendirme*|e-posta yönlendirme*|gelen kutusu kural*", actObject | actLogin},

	{m(cPrivileged), "tr", "sil|silin|silmek|silsene|siliniz|silip|sıfırla*|temizle*|boşalt*|yok et*|imha et*|biçimlendir*|formatla*|format at|üzerine yaz*|kalıcı olarak kaldır*|tamamen kaldır*|drop et*", actVerb | actStore},
	{m(cPrivileged), "tr", "tüm dosyalar*|bütün dosyalar*|tüm belgeler*|tüm kayıtlar*|bütün kayıtlar*|tüm veriler*|bütün veriler*|paylaşılan klasör*|ortak klasör*|paylaşımlı klasör*|paylaşılan sürücü*|ortak sürücü*|veritabanını|veri tabanını|veritabanınızı|üretim veritabanı*|canlı veritabanı*|müşteri verileri*|müşteri kayıtları*|müşteri listesi*|posta kutusu*|gelen kutusu*|tüm yedekler*|repoyu|depoyu|reposunu|commit geçmişi*|git geçmişi*|ana dalı|main dalı*|çöp kutusu*|geri dönüşüm kutusu*|sunucuyu|tüm e-postalar*|tüm mailler*|tüm mesajlar*|sohbet geçmişi*|mesaj geçmişi*", actObject | actStore},

	{m(cPrivileged), "tr", "ekle|ekleyin|eklemek|ekler misin|ekleyebilir misin|verin|vermek|verir misin|yetkilendir*|terfi ettir*|yükselt|yükseltin|ata|atayın|atamak|tanımla|tanımlayın|sahipliği devret*|devret|devredin|paylaş|paylaşın|paylaşmak", actVerb | actAccess},
	{m(cPrivileged), "tr", "yöneticilere|yönetici grubuna|yöneticiler grubuna|admin grubuna|yönetici rolü*|admin rolü*|alan yöneticileri*|sahiplere|yönetici olarak|admin olarak|sahip olarak|ortak sahip*|yönetici yetkileri*|admin yetki*|yönetici erişimi*|admin erişimi*|sahip yetki*|sahip rolü*|süper yönetici*|süper admin*|süper kullanıcı*|root erişimi*|root yetki*|sudo yetki*|sudo erişimi*|sudo grubuna|tüm yetkiler*|tam yetki*|herkese açık*|herkesle|bağlantıya sahip herkes*|bağlantısı olan herkes*|linke sahip herkes*|genel bağlantı*", actObject | actAccess},

	{m(cPrivileged), "tr", "gönder|gönderin|göndermek|gönderir misin|transfer et*|aktar|aktarın|aktarmak|havale et*|eft yap*|öde|ödeyin|ödemek|öder misin|tahsil et*|karttan çek*|iade et*|geri öde*|satın al*|onayla*|serbest bırak*|yatır|yatırın|yatırmak", actVerb | actMoney},
	{m(cPrivileged), "tr", "parayı|parasını|paraları|fonları|bakiye*|ödemeyi|ödemeleri|bir ödeme|kayıtlı kart*|kayıtlı kredi kart*|ile biten kart*|müşterinin kart*|kartından|kartını|hediye kart*|hediye çeki*|iadeyi|para iadesi*|fatura tutarı*|kripto*", actObject | actMoney},

	// Chinese (simplified and traditional)
	{m(cPrivileged), "zh", "关闭|關閉|关掉|關掉|停用|禁用|取消|删除|刪除|移除|去掉|去除|暂停|暫停|绕过|繞過|解除|撤销|撤銷|停掉|卸载|卸載|弃用", actVerb | actGuard},
	{m(cPrivileged), "zh", "双重验证|雙重驗證|双重认证|雙重認證|两步验证|兩步驗證|双因素|雙因素|双因子|雙因子|多因素|二次验证|二次驗證|登录提醒|登入提醒|登录通知|登入通知|安全提醒|安全警报|安全警報|安全通知|审计日志|審計日誌|审计记录|审计跟踪|操作日志|操作日誌|访问日志|訪問日誌|日志记录|備份|备份|分支保护|分支保護|防火墙|防火牆|杀毒软件|防病毒|端点保护|端點保護", actObject | actGuard},

	{m(cPrivileged), "zh", "更改|修改|改成|改为|改為|换成|換成|更换|更換|替换|替換|重置|重设|重設|设置|設置|设定|設定|编辑|編輯|更新|覆盖|覆蓋|绑定|綁定|换绑|換綁|改绑|改綁|指向", actVerb | actLogin},
	{m(cPrivileged), "zh", "密码|密碼|口令|密保问题|安全问题|安全問題|手机号|手機號|电话号码|電話號碼|邮箱|郵箱|电子邮件|電子郵件|收货地址|收貨地址|送货地址|配送地址|账单地址|帳單地址|收款账户|收款帳戶|收款账号|收款方式|银行卡|銀行卡|银行账户|銀行帳戶|银行账号|付款方式|支付方式|收款人|受益人|转发地址|轉寄地址|转发规则|轉寄規則|邮件转发|自动转发|收件箱规则", actObject | actLogin},

	{m(cPrivileged), "zh", "删除|刪除|删掉|刪掉|清空|清除|抹掉|抹除|擦除|销毁|銷毀|清理|格式化|覆盖|覆蓋|截断|截斷|强制推送|強制推送|丢弃|丟棄|粉碎|删库|刪庫|清库", actVerb | actStore},
	{m(cPrivileged), "zh", "所有文件|所有檔案|所有文档|所有记录|所有記錄|所有数据|所有資料|共享文件夹|共享資料夾|共享盘|共享云盘|共享雲端硬碟|数据库|資料庫|生产库|客户数据|客戶資料|客户资料|客户名单|客戶名單|邮箱|郵箱|信箱|收件箱|所有备份|仓库|倉庫|版本库|提交历史|提交記錄|主分支|回收站|服务器|伺服器|存储桶|所有邮件|所有郵件|所有消息|聊天记录|聊天記錄", actObject | actStore},

	{m(cPrivileged), "zh", "添加|新增|加入|加到|加进|授予|赋予|賦予|给予|給予|提升|升级为|升級為|设为|設為|设置为|設置為|任命|指定为|分配|转让|轉讓|移交|共享|分享|公开|公開", actVerb | actAccess},
	{m(cPrivileged), "zh", "管理员组|管理員組|管理员群组|管理员角色|管理員角色|为管理员|為管理員|成管理员|成為管理員|管理员身份|管理員身份|超级管理员|超級管理員|域管理员|所有者|擁有者|拥有者|所有权|所有權|管理权限|管理權限|根权限|超级用户|超級用戶|完全控制|所有权限|完整权限|所有人|任何人|拥有链接的人|知道链接的人|获得链接的人|公开链接|公開連結", actObject | actAccess},

	{m(cPrivileged), "zh", "转给|轉給|转入|轉入|转出|轉出|转帐|轉帳|轉賬|汇款|匯款|汇给|匯給|打款|打钱|打錢|付款|支付|付给|付給|扣款|收费|收費|扣费|扣費|退款|退还|退還|购买|購買|充值|批准|审批|審批|放款|划转|劃轉|转移|轉移", actVerb | actMoney},
	{m(cPrivileged), "zh", "资金|資金|余额|餘額|这笔钱|這筆錢|所有的钱|全部的钱|把钱|款项|款項|货款|貨款|已保存的卡|已保存的银行卡|绑定的卡|綁定的卡|绑定的银行卡|尾号|尾號|客户的卡|客戶的卡|礼品卡|禮品卡|购物卡|储值卡|充值卡|退款金额|发票金额|發票金額|账单金额|加密货币|加密貨幣|比特币|比特幣|泰达币|虚拟币|虛擬幣|数字货币", actObject | actMoney},

	// Japanese
	{m(cPrivileged), "ja", "無効に|無効化|オフに|停止|解除|削除|外して|外す|取り外|止めて|止める|回避|迂回|無くして|なくして|消して|消す|切って|切る|やめて", actVerb | actGuard},
	{m(cPrivileged), "ja", "二段階|2段階|二要素|2要素|多要素|二重認証|2ファクタ|2ステップ|ログイン通知|ログインアラート|セキュリティアラート|セキュリティ通知|不正利用アラート|不正アクセス通知|監査ログ|監査証跡|アクティビティログ|操作ログ|アクセスログ|ログ記録|ロギング|バックアップ|ブランチ保護|ファイアウォール|ファイヤーウォール|ウイルス対策|ウィルス対策|アンチウイルス|エンドポイント保護", actObject | actGuard},

	{m(cPrivileged), "ja", "変更|変え|書き換|切り替|置き換|差し替え|入れ替え|リセット|再設定|に設定|設定し|更新|編集|上書き", actVerb | actLogin},
	{m(cPrivileged), "ja", "復旧用メール|再設定用メール|予備のメール|予備メール|回復用メール|復旧用電話|再設定用電話|パスワード|暗証番号|パスコード|秘密の質問|セキュリティ質問|電話番号|携帯番号|メールアドレス|ログイン用メール|配送先|お届け先|送付先|請求先|振込先|振込口座|口座情報|銀行口座|口座番号|支払い方法|支払方法|決済方法|支払い情報|受取人|受取口座|転送先|転送ルール|転送設定|メール転送|自動転送|受信トレイのルール|仕分けルール", actObject | actLogin},

	{m(cPrivileged), "ja", "削除|消去|消して|消す|抹消|破棄|廃棄|空に|初期化|フォーマット|上書き|一掃|クリア|パージ|強制プッシュ|フォースプッシュ|ワイプ|吹き飛ば|全消し", actVerb | actStore},
	{m(cPrivileged), "ja", "すべてのファイル|全てのファイル|全ファイル|ファイルをすべて|ファイルを全て|すべての文書|すべてのドキュメント|すべてのレコード|全レコード|すべてのデータ|全てのデータ|全データ|データをすべて|共有フォルダ|共有ドライブ|チームドライブ|データベース|本番環境|顧客データ|顧客情報|顧客リスト|顧客名簿|メールボックス|受信トレイ|受信箱|バックアップ|リポジトリ|コミット履歴|メインブランチ|ゴミ箱|ごみ箱|サーバ|バケット|すべてのメール|全てのメール|全メール|すべてのメッセージ|チャット履歴|会話履歴", actObject | actStore},

	{m(cPrivileged), "ja", "追加|加え|付与|与え|昇格|任命|割り当|割当|譲渡|移譲|共有|公開|招待|登録|変更", actVerb | actAccess},
	{m(cPrivileged), "ja", "管理者グループ|管理者ロール|管理者の役割|管理者として|アドミン権限|管理権限|管理者アクセス|ドメイン管理者|オーナー|所有者|所有権|スーパー管理者|特権管理者|スーパーユーザー|ルート権限|全権限|すべての権限|全ての権限|フル権限|一般公開|全員に|リンクを知っている|公開リンク|外部公開", actObject | actAccess},

	{m(cPrivileged), "ja", "振込|振り替え|振替|送って|送る|支払|払って|払う|決済|課金|請求|引き落と|返金|払い戻|購入|買って|買う|承認|解放|移動|移して|チャージ", actVerb | actMoney},
	{m(cPrivileged), "ja", "お金|資金|全額|残高|登録済みのカード|保存されたカード|登録されたカード|登録カード|保存済みのカード|カード末尾|末尾が|下4桁|顧客のカード|お客様のカード|ギフトカード|ギフト券|プリペイドカード|アマゾンギフト|請求額|請求金額|暗号資産|仮想通貨|ビットコイン|テザー", actObject | actMoney},

	// Korean
	{m(cPrivileged), "ko", "비활성화|해제|끄기|꺼 줘|꺼줘|꺼 주세요|꺼주세요|끄고|끄세요|끄십시오|꺼 버려|삭제|제거|없애|중지|중단|정지|우회|무력화|풀어", actVerb | actGuard},
	{m(cPrivileged), "ko", "2단계 인증|2단계인증|2차 인증|2차인증|이중 인증|이중인증|이단계 인증|2단계 본인확인|다단계 인증|다중 인증|다중인증|다요소 인증|로그인 알림|로그인 경고|보안 알림|보안 경고|사기 알림|이상 거래 알림|감사 로그|감사 기록|감사 추적|활동 로그|활동 기록|접근 로그|액세스 로그|접속 기록|접속 로그|로깅|백업|브랜치 보호|방화벽|백신|안티바이러스|엔드포인트 보호", actObject | actGuard},

	{m(cPrivileged), "ko", "변경|바꿔|바꾸|바꿀|수정|업데이트|재설정|리셋|초기화|교체|설정해|설정하|편집|덮어쓰|덮어써|지정", actVerb | actLogin},
	{m(cPrivileged), "ko", "복구 이메일|복구 메일|복구용 이메일|복구 번호|보조 이메일|백업 이메일|비밀번호|패스워드|암호|핀 번호|핀번호|보안 질문|전화번호|휴대폰 번호|휴대전화 번호|핸드폰 번호|이메일 주소|메일 주소|로그인 이메일|배송지|배송 주소|배송주소|청구지|정산 계좌|입금 계좌|계좌 정보|은행 계좌|계좌번호|계좌 번호|결제 정보|결제 수단|결제수단|수취인|전달 주소|전달 규칙|메일 전달|자동 전달|포워딩|받은편지함 규칙|받은 편지함 규칙", actObject | actLogin},

	{m(cPrivileged), "ko", "삭제|지워|지우고|지우세요|지우기|제거|비워|비우|없애|파기|폐기|초기화|포맷|덮어쓰|날려|강제 푸시|포스 푸시|드롭", actVerb | actStore},
	{m(cPrivileged), "ko", "모든 파일|파일 전부|파일을 전부|파일을 모두|모든 문서|모든 기록|모든 레코드|모든 데이터|데이터 전부|공유 폴더|공유폴더|공유 드라이브|팀 드라이브|데이터베이스|고객 데이터|고객 정보|고객 기록|고객 목록|고객 명단|메일함|우편함|받은편지함|받은 편지함|백업|저장소|리포지토리|레포지토리|커밋 기록|커밋 히스토리|메인 브랜치|휴지통|서버|버킷|모든 이메일|모든 메일|모든 메시지|채팅 기록|대화 기록", actObject | actStore},

	{m(cPrivileged), "ko", "추가|넣어|넣고|부여|승격|임명|지정|할당|배정|양도|넘겨|소유권 이전|공유|공개|초대|등록", actVerb | actAccess},
	{m(cPrivileged), "ko", "관리자 그룹|관리자그룹|관리자 역할|관리자로|관리 권한|어드민 권한|관리자 액세스|관리자 접근|도메인 관리자|소유자|오너|최고 관리자|슈퍼 관리자|슈퍼관리자|슈퍼유저|슈퍼 유저|루트 권한|모든 권한|전체 공개|모든 사람|모든 사용자|링크가 있는|공개 링크|외부 공유|소유권", actObject | actAccess},

	{m(cPrivileged), "ko", "보내|입금|지불|결제|청구|환불|돌려줘|돌려 줘|구매|구입|사 줘|사줘|사 주세요|승인|출금|인출|옮겨|충전|납부", actVerb | actMoney},
	{m(cPrivileged), "ko", "돈을|자금|잔액|잔고|전액|대금|금액|저장된 카드|등록된 카드|등록 카드|끝자리|카드 끝번호|고객 카드|고객의 카드|기프트 카드|기프트카드|상품권|선불카드|기프티콘|환불금|암호화폐|가상화폐|비트코인|테더", actObject | actMoney},

	// Arabic
	{m(cPrivileged), "ar", "تعطيل|عطّل|أوقف|اوقف|إيقاف|ايقاف|أطفئ|اطفئ|إطفاء|اطفاء|ألغي|إلغاء|الغاء|أزل|إزالة|ازالة|حذف|تجاوز|تخلص من", actVerb | actGuard},
	{m(cPrivileged), "ar", "المصادقة الثنائية|مصادقة ثنائية|بخطوتين|التحقق الثنائي|التحقق المزدوج|المصادقة المزدوجة|مصادقة متعددة|ثنائية العامل|ثنائية العوامل|تنبيهات تسجيل الدخول|تنبيهات الدخول|إشعارات تسجيل الدخول|اشعارات تسجيل الدخول|تنبيهات الأمان|تنبيهات الامان|التنبيهات الأمنية|تنبيهات الاحتيال|إشعارات الأمان|اشعارات الامان|سجل التدقيق|سجلات التدقيق|سجل المراجعة|سجلات المراجعة|سجل النشاط|سجلات النشاط|سجل الوصول|سجلات الوصول|نسخ احتياطي|النسخ الاحتياطي|نسخة احتياطية|النسخة الاحتياطية|حماية الفرع|حماية الفروع|جدار الحماية|الجدار الناري|مكافحة الفيروسات|مضاد الفيروسات|حماية نقاط النهاية", actObject | actGuard},

	{m(cPrivileged), "ar", "تغيير|غيّر|بدّل|تبديل|استبدل|استبدال|تعديل|عدّل|تحديث|حدّث|تعيين|إعادة ضبط|اعادة ضبط|أعد ضبط|اعد ضبط|اضبط|تحرير|اكتب فوق|الكتابة فوق|أعد توجيه|اعد توجيه|إعادة توجيه|اعادة توجيه", actVerb | actLogin},
	{m(cPrivileged), "ar", "البريد الاحتياطي|بريد الاسترداد|بريد الاسترجاع|رقم الاسترداد|هاتف الاسترداد|كلمة المرور|كلمة مرور|كلمة السر|رمز المرور|الرقم السري|سؤال الأمان|أسئلة الأمان|سؤال الامان|السؤال السري|رقم الهاتف|رقم الجوال|رقم الموبايل|البريد الإلكتروني|البريد الالكتروني|الإيميل|الايميل|عنوان التوصيل|عنوان الشحن|عنوان الفوترة|عنوان الفاتورة|الحساب البنكي|الحساب المصرفي|التفاصيل البنكية|البيانات البنكية|البيانات المصرفية|رقم الحساب|طريقة الدفع|وسيلة الدفع|بيانات الدفع|معلومات الدفع|المستفيد|إعادة التوجيه|اعادة التوجيه|قاعدة البريد الوارد|قواعد البريد الوارد", actObject | actLogin},

	{m(cPrivileged), "ar", "حذف|مسح|أفرغ|افرغ|إفراغ|افراغ|تفريغ|دمر|تدمير|نظف|تنظيف|أتلف|اتلف|إتلاف|اتلاف|اكتب فوق|الكتابة فوق|فرمت|تخلص من|إزالة جميع|ازالة جميع|إزالة كل|ازالة كل|أزل جميع|أزل كل", actVerb | actStore},
	{m(cPrivileged), "ar", "جميع الملفات|كل الملفات|كافة الملفات|جميع المستندات|كل المستندات|جميع السجلات|كل السجلات|جميع البيانات|كل البيانات|المجلد المشترك|مجلد مشترك|المجلدات المشتركة|محرك الأقراص المشترك|المحرك المشترك|الدرايف المشترك|قاعدة البيانات|قواعد البيانات|قاعدة بيانات|بيانات العملاء|سجلات العملاء|قائمة العملاء|صندوق البريد|صندوق الوارد|البريد الوارد|النسخ الاحتياطية|المستودع|مستودع الكود|سجل الالتزامات|سجل الكوميت|الفرع الرئيسي|سلة المهملات|سلة المحذوفات|الخادم|السيرفر|جميع الرسائل|كل الرسائل|جميع الإيميلات|سجل المحادثة|سجل الدردشة", actObject | actStore},

	{m(cPrivileged), "ar", "أضف|اضف|أضيفي|اضيفي|إضافة|اضافة|امنح|امنحي|منح|أعطي|اعطي|أعطه|اعطه|أعطها|اعطها|إعطاء|اعطاء|ترقية|تعيين|اجعل|نقل الملكية|انقل الملكية|شارك", actVerb | actAccess},
	{m(cPrivileged), "ar", "إلى المسؤولين|الى المسؤولين|إلى المشرفين|الى المشرفين|مجموعة المسؤولين|مجموعة المشرفين|مجموعة الإدارة|دور المسؤول|دور المشرف|صلاحيات الإدارة|صلاحيات المشرف|صلاحيات الأدمن|صلاحيات الادمن|صلاحية المسؤول|مسؤولي النطاق|كمسؤول|كمسئول|كمشرف|كأدمن|كادمن|مسؤولا|مشرفا|كمالك|مالك مشارك|صلاحيات المالك|دور المالك|المشرف العام|مشرف عام|مستخدم خارق|صلاحيات الجذر|جميع الصلاحيات|كل الصلاحيات|صلاحيات كاملة|الصلاحيات الكاملة|علنا|علنًا|مع الجميع|أي شخص لديه الرابط|اي شخص لديه الرابط|كل من لديه الرابط|رابط عام", actObject | actAccess},

	{m(cPrivileged), "ar", "تحويل|أرسل|ارسل|إرسال|ارسال|ادفع|ادفعي|سدد|سداد|اخصم|اسحب|استرد|اشتري|شراء|وافق على|الموافقة على|نقل|اصرف", actVerb | actMoney},
	{m(cPrivileged), "ar", "أموال|اموال|المبلغ|الرصيد|دفعة|المدفوعات|الدفعات|البطاقة المحفوظة|البطاقة المسجلة|البطاقة المخزنة|البطاقة المنتهية ب|البطاقة التي تنتهي|بطاقته|بطاقتها|بطاقة العميل|بطاقة هدية|بطاقة الهدية|بطاقات الهدايا|بطاقات هدايا|بطاقة هدايا|قسيمة شرائية|مبلغ الفاتورة|قيمة الفاتورة|العملات المشفرة|العملة المشفرة|عملات مشفرة|عملة مشفرة|عملة رقمية|بيتكوين|تيثر", actObject | actMoney},

	// Hindi
	{m(cPrivileged), "hi", "बंद कर|हटा|डिलीट|डिसेबल|डिएक्टिवेट|निष्क्रिय कर|अक्षम कर|बायपास|रोक दो|रोक दें|रोको|रोकें|ऑफ कर|ऑफ़ कर|स्थगित कर|पॉज|छुटकारा", actVerb | actGuard},
	{m(cPrivileged), "hi", "टू-फैक्टर|टू फैक्टर|टू फ़ैक्टर|दो-कारक|दो कारक|द्वि-कारक|टू-स्टेप|टू स्टेप|दो-चरण|दो चरण|मल्टी-फैक्टर|मल्टी फैक्टर|बहु-कारक|लॉगिन अलर्ट|लॉग इन अलर्ट|लॉगिन सूचना|लॉगिन नोटिफिकेशन|सिक्योरिटी अलर्ट|सुरक्षा अलर्ट|सुरक्षा सूचना|धोखाधड़ी अलर्ट|फ्रॉड अलर्ट|ऑडिट लॉग|ऑडिट ट्रेल|ऑडिट रिकॉर्ड|एक्टिविटी लॉग|गतिविधि लॉग|एक्सेस लॉग|लॉगिंग|बैकअप|ब्रांच प्रोटेक्शन|ब्रांच सुरक्षा|फ़ायरवॉल|फायरवॉल|एंटीवायरस|एंटी-वायरस|एंडपॉइंट सुरक्षा|एंडपॉइंट प्रोटेक्शन", actObject | actGuard},

	{m(cPrivileged), "hi", "बदल|चेंज|अपडेट|रीसेट|रिसेट|सेट कर|संपादित|एडिट|संशोधित|ओवरराइट|रीडायरेक्ट|परिवर्तित|परिवर्तन कर|मॉडिफाई|रिप्लेस", actVerb | actLogin},
	{m(cPrivileged), "hi", "रिकवरी ईमेल|रिकवरी फ़ोन|रिकवरी फोन|रिकवरी नंबर|बैकअप ईमेल|वैकल्पिक ईमेल|पासवर्ड|पासकोड|पिन नंबर|एटीएम पिन|यूपीआई पिन|सुरक्षा प्रश्न|सिक्योरिटी प्रश्न|फ़ोन नंबर|फोन नंबर|मोबाइल नंबर|ईमेल पता|ईमेल आईडी|ईमेल एड्रेस|लॉगिन ईमेल|डिलीवरी पता|डिलीवरी एड्रेस|शिपिंग पता|बिलिंग पता|बैंक विवरण|बैंक डिटेल्स|बैंक खाता|बैंक अकाउंट|खाता संख्या|खाता नंबर|अकाउंट नंबर|आईएफएससी|यूपीआई आईडी|भुगतान विधि|पेमेंट मेथड|भुगतान विवरण|लाभार्थी|बेनिफिशियरी|फ़ॉरवर्डिंग|फॉरवर्डिंग|इनबॉक्स नियम", actObject | actLogin},

	{m(cPrivileged), "hi", "डिलीट|हटा|मिटा|साफ़ कर|साफ कर|खाली कर|नष्ट|वाइप|फ़ॉर्मेट|फॉर्मेट|ओवरराइट|पर्ज|ड्रॉप कर|फ़ोर्स पुश|फोर्स पुश|उड़ा दो|उड़ा दें", actVerb | actStore},
	{m(cPrivileged), "hi", "सभी फ़ाइल|सभी फाइल|सारी फ़ाइल|सारी फाइल|सभी दस्तावेज|सभी रिकॉर्ड|सारे रिकॉर्ड|सारा डेटा|सभी डेटा|शेयर्ड फ़ोल्डर|शेयर्ड फोल्डर|साझा फ़ोल्डर|साझा फोल्डर|शेयर्ड ड्राइव|टीम ड्राइव|डेटाबेस|डाटाबेस|ग्राहक डेटा|ग्राहकों का डेटा|ग्राहक रिकॉर्ड|ग्राहक सूची|मेलबॉक्स|इनबॉक्स|बैकअप|रिपॉजिटरी|कमिट हिस्ट्री|कमिट इतिहास|मेन ब्रांच|मुख्य ब्रांच|ट्रैश|रीसायकल बिन|सर्वर|सभी ईमेल|सभी संदेश|सारे मैसेज|सभी मैसेज|चैट हिस्ट्री|चैट इतिहास|बातचीत का इतिहास", actObject | actStore},

	{m(cPrivileged), "hi", "जोड|दे दो|दे दें|दीजिए|प्रदान कर|प्रमोट|पदोन्नत|बना दो|बना दें|बनाओ|बनाएं|बनाइए|असाइन|सौंप|ओनरशिप ट्रांसफर|स्वामित्व ट्रांसफर|स्वामित्व हस्तांतरित|शेयर कर|साझा कर|पब्लिक कर|सार्वजनिक कर", actVerb | actAccess},
	{m(cPrivileged), "hi", "एडमिन ग्रुप|एडमिन समूह|एडमिन्स|एडमिनों|एडमिन रोल|व्यवस्थापक समूह|व्यवस्थापक भूमिका|डोमेन एडमिन|एडमिन के रूप में|व्यवस्थापक के रूप में|को एडमिन|को व्यवस्थापक|ओनर के रूप में|मालिक के रूप में|को मालिक|को ओनर|मालिक की भूमिका|ओनर रोल|सह-मालिक|को-ओनर|एडमिन राइट्स|एडमिन प्रिविलेज|एडमिन की अनुमति|व्यवस्थापक अधिकार|मालिकाना अधिकार|सुपर एडमिन|सुपरयूजर|सुपर यूजर|रूट एक्सेस|सूडो एक्सेस|सभी अनुमति|पूरी अनुमति|पूर्ण अधिकार|सार्वजनिक रूप से|पब्लिकली|सबके साथ|सभी के साथ|हर किसी के साथ|लिंक वाले|पब्लिक लिंक|सार्वजनिक लिंक", actObject | actAccess},

	{m(cPrivileged), "hi", "ट्रांसफर|ट्रांसफ़र|भेज|भुगतान कर|पेमेंट कर|पे कर|चुकाओ|चुका दो|चुकाएं|चार्ज कर|डेबिट कर|रिफंड कर|रिफंड दो|रिफ़ंड कर|लौटा दो|लौटाओ|खरीद|मंज़ूर|मंजूर|अप्रूव|स्वीकृत कर|रिलीज़ कर|रिलीज कर|जमा कर|निकाल", actVerb | actMoney},
	{m(cPrivileged), "hi", "पैसे|पैसा|रकम|राशि|फंड|बैलेंस|भुगतान|पेमेंट|सेव किया कार्ड|सेव्ड कार्ड|सहेजा गया कार्ड|सेव कार्ड|आखिरी अंक|अंतिम अंक|ग्राहक का कार्ड|उसका कार्ड|उनका कार्ड|गिफ्ट कार्ड|गिफ़्ट कार्ड|उपहार कार्ड|गिफ्ट वाउचर|रिफंड|रिफ़ंड|धनवापसी|क्रिप्टो|बिटकॉइन|यूएसडीटी", actObject | actMoney},

	// Devices and second factors added to an account, in every language.
	{m(cPrivileged), "fr", "ajoute|ajouter|ajoutez|enregistre|enregistrer|enregistrez|associe|associer|associez|lier|lie|liez", actVerb | actLogin},
	{m(cPrivileged), "fr", "appareil de confiance|appareils de confiance|nouvel appareil|nouveau téléphone|application d'authentification|clé de sécurité", actObject | actLogin},
	{m(cPrivileged), "es", "añade|añadir|añada|agrega|agregar|agregue|registra|registrar|registre|vincula|vincular|vincule|asocia|asociar", actVerb | actLogin},
	{m(cPrivileged), "es", "dispositivo de confianza|dispositivos de confianza|nuevo dispositivo|dispositivo nuevo|aplicación de autenticación|llave de seguridad", actObject | actLogin},
	// German "ändere" folds to "andere" (other), so its imperative is
	// written with what follows it.
	{m(cPrivileged), "de", "ändere die|ändere den|ändere das|ändere bei|ändere im|ändere in|ändere meine|ändere seine|ändere ihre|ändere ihr|ändere sein|änder die|änder den|änder das|ändere für", actVerb | actLogin},
	{m(cPrivileged), "de", "füge|hinzufügen|registriere|registrieren|verknüpfe|verknüpfen|kopple|koppeln|hinterlege|hinterlegen", actVerb | actLogin},
	{m(cPrivileged), "de", "vertrauenswürdiges gerät|vertrauenswürdige geräte|vertrauenswürdigen geräte|neues gerät|neue gerät|authenticator-app|sicherheitsschlüssel", actObject | actLogin},
	{m(cPrivileged), "it", "aggiungi|aggiungere|aggiunga|registra|registrare|registri|associa|associare|collega|collegare", actVerb | actLogin},
	{m(cPrivileged), "it", "dispositivo attendibile|dispositivi attendibili|dispositivo affidabile|nuovo dispositivo|app di autenticazione|chiave di sicurezza", actObject | actLogin},
	{m(cPrivileged), "pt", "adiciona|adicione|adicionar|cadastra|cadastre|cadastrar|registra|registre|registrar|vincula|vincule|vincular", actVerb | actLogin},
	{m(cPrivileged), "pt", "dispositivo confiável|dispositivos confiáveis|dispositivo de confiança|novo dispositivo|aplicativo autenticador|app autenticador|chave de segurança", actObject | actLogin},
	{m(cPrivileged), "nl", "voeg|toevoegen|registreer|registreren|koppel|koppelen", actVerb | actLogin},
	{m(cPrivileged), "nl", "vertrouwd apparaat|vertrouwde apparaten|nieuw apparaat|nieuwe apparaat|authenticator-app|beveiligingssleutel", actObject | actLogin},
	{m(cPrivileged), "pl", "dodaj|dodać|zarejestruj|zarejestrować|powiąż|powiązać|podłącz|podłączyć", actVerb | actLogin},
	{m(cPrivileged), "pl", "zaufane urządzenie|zaufanym urządzeniem|zaufanych urządzeń|nowe urządzenie|nowego urządzenia|aplikację uwierzytelniającą|klucz bezpieczeństwa", actObject | actLogin},
	{m(cPrivileged), "ru", "добавь|добавьте|добавить|зарегистрируй|зарегистрируйте|зарегистрировать|привяжи|привяжите|привязать", actVerb | actLogin},
	{m(cPrivileged), "ru", "доверенное устройство|доверенных устройств|доверенным устройством|новое устройство|приложение-аутентификатор|ключ безопасности", actObject | actLogin},
	{m(cPrivileged), "tr", "ekle|ekleyin|eklemek|kaydet|kaydedin|tanımla|tanımlayın|bağla|bağlayın", actVerb | actLogin},
	{m(cPrivileged), "tr", "güvenilir cihaz*|yeni cihaz*|doğrulama uygulama*|güvenlik anahtar*", actObject | actLogin},
	{m(cPrivileged), "zh", "添加|绑定|綁定|注册|改成|换成|改为|改為", actVerb | actLogin},
	{m(cPrivileged), "zh", "受信任设备|受信任的设备|信任设备|新设备|新設備|身份验证器|安全密钥|密保手机|密保手機|密保邮箱", actObject | actLogin},
	{m(cPrivileged), "ja", "追加|登録|紐付け|ひも付け", actVerb | actLogin},
	{m(cPrivileged), "ja", "信頼済みデバイス|信頼できるデバイス|新しいデバイス|新しい端末|認証アプリ|セキュリティキー", actObject | actLogin},
	{m(cPrivileged), "ko", "추가|등록|연결해|연동", actVerb | actLogin},
	{m(cPrivileged), "ko", "신뢰할 수 있는 기기|신뢰 기기|새 기기|새로운 기기|인증 앱|보안 키", actObject | actLogin},
	{m(cPrivileged), "ar", "أضف|اضف|إضافة|سجل|تسجيل|اربط|ربط", actVerb | actLogin},
	{m(cPrivileged), "ar", "جهاز موثوق|الأجهزة الموثوقة|جهاز جديد|تطبيق المصادقة|مفتاح الأمان", actObject | actLogin},
	{m(cPrivileged), "hi", "जोड़ो|जोड़ें|जोड़ दो|रजिस्टर करो|रजिस्टर करें|लिंक करो|लिंक करें", actVerb | actLogin},
	{m(cPrivileged), "hi", "विश्वसनीय डिवाइस|भरोसेमंद डिवाइस|नया डिवाइस|नए डिवाइस|ऑथेंटिकेटर ऐप|सिक्योरिटी की", actObject | actLogin},
}

// Someone's mailbox or drive entered or read (actEnter): "log into
// Julia's mailbox", "connecte-toi à la messagerie de Julien", "зайди в
// почту Светланы". The speaker's own ("my inbox") is no act (see
// speakersObject); with the owner kept out of it ("she shouldn't find
// out"), it is one done behind their back (tool.covert_act).
var enterSpecs = []entrySpec{
	// The person whose mailbox it is kept from knowing.
	{m(cSecrecy), "en", "she shouldn't find out|he shouldn't find out|she shouldn't know|he shouldn't know|she mustn't know|he mustn't know|without her knowing|without him knowing|she won't notice|he won't notice|don't let her know|don't let him know", 0},
	{m(cSecrecy), "fr", "elle ne doit pas le savoir|il ne doit pas le savoir|ne laisse aucune trace", 0},
	{m(cSecrecy), "es", "que no se entere|sin que ella lo sepa|sin que él lo sepa", 0},
	{m(cSecrecy), "de", "sie soll das nicht merken|er soll das nicht merken", 0},
	{m(cSecrecy), "pt", "sem ela saber|sem ele saber|que ela não saiba|que ele não saiba", 0},
	{m(cSecrecy), "nl", "zonder dat ze het weet|zonder dat hij het weet|ze mag het niet weten|hij mag het niet weten", 0},
	{m(cSecrecy), "pl", "żeby się nie dowiedziała|żeby się nie dowiedział", 0},
	{m(cSecrecy), "ru", "ей об этом знать не нужно|ему об этом знать не нужно|ей знать не нужно|ему знать не нужно|чтобы она не узнала|чтобы он не узнал|без её ведома", 0},
	{m(cSecrecy), "tr", "haberi olmasın|fark etmesin", 0},
	{m(cSecrecy), "zh", "不要让她知道|不要让他知道", 0},
	{m(cSecrecy), "ja", "本人には知らせないで|本人に知られずに", 0},
	{m(cSecrecy), "ko", "본인은 모르게|본인 모르게", 0},
	{m(cSecrecy), "ar", "دون علمها|دون علمه|دون أن تعلم|دون أن يعلم", 0},
	{m(cSecrecy), "hi", "उसे पता न चले|उसे पता नहीं चलना चाहिए", 0},

	{m(cPrivileged), "en", "log into|log in to|sign into|sign in to|get into|go into|access|open|read through|download|export", actVerb | actEnter},
	{m(cPrivileged), "en", "mailbox|inbox|email account|mail account|her emails|his emails|her mail|his mail|her drive|his drive|her onedrive|his onedrive|her files|his files", actObject | actEnter},
	{m(cPrivileged), "fr", "connecte-toi à|connectez-vous à|entre dans|accède à|accéder à|ouvre|télécharge|récupère|exporte", actVerb | actEnter},
	{m(cPrivileged), "fr", "messagerie de|boîte mail de|boîte de réception de|compte mail de|drive de|onedrive de|ses mails|ses échanges|ses fichiers", actObject | actEnter},
	{m(cPrivileged), "es", "entra en|entra a|accede a|abre|descarga|descárgame|cópiame|exporta", actVerb | actEnter},
	{m(cPrivileged), "es", "correo de|buzón de|bandeja de entrada de|cuenta de correo de|drive de|onedrive de|sus correos|sus documentos|sus archivos", actObject | actEnter},
	{m(cPrivileged), "de", "melde dich|logg dich|geh in|greif auf|öffne|lade|exportier", actVerb | actEnter},
	{m(cPrivileged), "de", "postfach|postfach von|mailbox von|e-mail-konto|ihre mails|seine mails|ihre dateien|seine dateien", actObject | actEnter},
	{m(cPrivileged), "it", "accedi a|entra nella|entra nel|apri|scaricami|scarica|esporta", actVerb | actEnter},
	{m(cPrivileged), "it", "casella di posta di|posta di|account email di|drive di|onedrive di|le sue mail|i suoi file", actObject | actEnter},
	{m(cPrivileged), "pt", "entra na|entra no|acessa|acesse|abre|abra|baixa|baixe|exporta", actVerb | actEnter},
	{m(cPrivileged), "pt", "conta de e-mail da|conta de e-mail do|caixa de entrada da|caixa de entrada do|e-mail da|e-mail do|drive da|drive do|os e-mails dela|os e-mails dele|os arquivos dela|os arquivos dele", actObject | actEnter},
	{m(cPrivileged), "nl", "log in op|ga in|open|download|exporteer|kijk in", actVerb | actEnter},
	{m(cPrivileged), "nl", "mailbox van|inbox van|onedrive van|drive van|zijn mails|haar mails|zijn bestanden|haar bestanden", actObject | actEnter},
	{m(cPrivileged), "pl", "zaloguj się na|zaloguj się do|wejdź na|wejdź do|otwórz|pobierz|wyeksportuj", actVerb | actEnter},
	{m(cPrivileged), "pl", "skrzynkę|skrzynki|pocztę|jej maile|jego maile|jej pliki|jego pliki", actObject | actEnter},
	{m(cPrivileged), "ru", "зайди в|войди в|залогинься в|открой|выгрузи|скачай|экспортируй", actVerb | actEnter},
	{m(cPrivileged), "ru", "почту|почтовый ящик|её переписку|его переписку|её файлы|его файлы", actObject | actEnter},
	{m(cPrivileged), "tr", "gir|giriş yap|aç|indir|dışa aktar", actVerb | actEnter},
	{m(cPrivileged), "tr", "mail kutusuna|posta kutusuna|e-posta hesabına|yazışmalarını|dosyalarını", actObject | actEnter},
	{m(cPrivileged), "zh", "登录|进入|打开|下载|导出", actVerb | actEnter},
	{m(cPrivileged), "zh", "邮箱|的邮件|的网盘|的文件", actObject | actEnter},
	{m(cPrivileged), "ja", "ログイン|入って|開いて|ダウンロード|エクスポート", actVerb | actEnter},
	{m(cPrivileged), "ja", "メールボックス|のメール|のドライブ|のファイル", actObject | actEnter},
	{m(cPrivileged), "ko", "들어가서|로그인|열어|다운로드|내보내", actVerb | actEnter},
	{m(cPrivileged), "ko", "메일함|메일 계정|의 메일|드라이브", actObject | actEnter},
	{m(cPrivileged), "ar", "ادخل إلى|ادخل|افتح|نزّل|نزل|صدّر", actVerb | actEnter},
	{m(cPrivileged), "ar", "بريد|صندوق بريد|رسائلها|رسائله|ملفاتها|ملفاته", actObject | actEnter},
	{m(cPrivileged), "hi", "लॉग इन|में जाओ|खोलो|डाउनलोड", actVerb | actEnter},
	{m(cPrivileged), "hi", "मेलबॉक्स|ईमेल अकाउंट|के ईमेल|की फ़ाइलें", actObject | actEnter},
}

// Tracks covered: an act on an account's protections or its logs done so
// that no one sees it ("delete yesterday's access logs … nobody should see
// what I ran", "cancella i log del firewall … non voglio che l'audit
// veda"). The words keep everyone, not only the owner, from knowing; with
// an act beside them (actGuard's audit and access logs, the logging) the
// act is done behind everyone's back (tool.covert_act). Alone they mean
// nothing to the rules ("nobody should see my diary").
var trackSpecs = []entrySpec{
	{m(cSecrecy), "en", "nobody should see|no one should see|nobody must see|no one must see|nobody should know|no one should know|nobody needs to know|no one needs to know|so nobody notices|so no one notices|without anyone noticing|without anybody noticing|leave no trace|leaving no trace|without a trace|cover my tracks|cover our tracks|don't want the audit to see|so the audit doesn't see|hide what i did|hide what i ran", 0},
	{m(cSecrecy), "fr", "personne ne doit voir|personne ne doit savoir|personne ne doit le savoir|sans que personne ne le remarque|sans que personne le remarque|sans laisser de trace|effacer mes traces|brouiller les pistes|que l'audit ne voie pas|je ne veux pas que l'audit voie", 0},
	{m(cSecrecy), "es", "nadie debe ver|nadie tiene que ver|nadie tiene que saber|nadie debe saberlo|sin que nadie se dé cuenta|sin que nadie lo note|sin dejar rastro|borrar mis huellas|que la auditoría no vea|no quiero que la auditoría vea", 0},
	{m(cSecrecy), "de", "niemand soll sehen|niemand darf sehen|niemand soll das sehen|niemand darf das sehen|niemand soll es wissen|niemand darf es wissen|ohne dass es jemand merkt|ohne spuren|spuren verwischen|damit das audit nichts sieht", 0},
	{m(cSecrecy), "it", "nessuno deve vedere|nessuno deve saperlo|senza che nessuno se ne accorga|senza lasciare traccia|cancellare le mie tracce|non voglio che l'audit veda|non voglio che l'audit vegga", 0},
	{m(cSecrecy), "pt", "ninguém pode ver|ninguém deve ver|ninguém pode saber|ninguém deve saber|sem que ninguém perceba|sem deixar rastro|apagar meus rastros|não quero que a auditoria veja", 0},
	{m(cSecrecy), "nl", "niemand mag zien|niemand mag het zien|niemand mag het weten|zonder dat iemand het merkt|zonder sporen|mijn sporen wissen|wil niet dat de audit", 0},
	{m(cSecrecy), "pl", "nikt nie może zobaczyć|nikt nie może się dowiedzieć|żeby nikt nie zauważył|bez śladu|zatrzeć ślady|nie chcę, żeby audyt", 0},
	{m(cSecrecy), "ru", "никто не должен видеть|никто не должен увидеть|никто не должен знать|чтобы никто не заметил|не оставляя следов|замести следы|чтобы аудит не увидел", 0},
	{m(cSecrecy), "tr", "kimse görmemeli|kimse bilmemeli|kimse fark etmesin|iz bırakmadan|izlerimi sil|denetim görmesin", 0},
	{m(cSecrecy), "zh", "不要让任何人看到|别让任何人看到|别让任何人知道|不能让人看到|不留痕迹|神不知鬼不觉|别让审计看到|不想让审计看到", 0},
	{m(cSecrecy), "ja", "誰にも見られたくない|誰にも気づかれたくない|誰にも知られずに|痕跡を残さず|監査に見られたくない|バレないように", 0},
	{m(cSecrecy), "ko", "아무도 못 보게|아무도 모르게|흔적 없이|흔적을 남기지 말고|감사에서 안 보이게|들키지 않게", 0},
	{m(cSecrecy), "ar", "لا أريد أن يرى أحد|لا يجب أن يرى أحد|دون أن يلاحظ أحد|دون ترك أثر|بدون ترك أثر|امسح آثاري", 0},
	{m(cSecrecy), "hi", "किसी को पता न चले|कोई न देखे|कोई देख न पाए|बिना निशान छोड़े|ऑडिट को न दिखे", 0},

	// Logs and histories erased, and the logging turned off.
	{m(cPrivileged), "en", "clear|clearing|purge|purging|wipe|wiping|erase|erasing|scrub", actVerb | actGuard},
	{m(cPrivileged), "en", "logging|firewall log*|server log*|system log*|security log*|event log*|bash history|shell history|command history|login history|sign-in history", actObject | actGuard},
	{m(cPrivileged), "fr", "efface|effacer|effacez|purge|purger|purgez|vide|vider|videz|nettoie|nettoyer", actVerb | actGuard},
	{m(cPrivileged), "fr", "logs d'accès|logs du firewall|logs du pare-feu|journaux du pare-feu|journaux système|historique bash|l'historique bash|historique des commandes", actObject | actGuard},
	{m(cPrivileged), "es", "borra|borrar|borre|elimina|eliminar|purga|purgar|limpia|limpiar|vacía|vaciar", actVerb | actGuard},
	{m(cPrivileged), "es", "registros de acceso|logs de acceso|logs del firewall|registros del firewall|registros de auditoría|logs de auditoría|historial de bash|historial de comandos", actObject | actGuard},
	{m(cPrivileged), "de", "lösch|lösche|löschen|leere|leeren|bereinige|bereinigen", actVerb | actGuard},
	{m(cPrivileged), "de", "zugriffslogs|zugriffsprotokoll*|firewall-logs|firewall-protokoll*|audit-logs|auditlogs|bash-verlauf|bash-historie|befehlsverlauf|protokollierung", actObject | actGuard},
	{m(cPrivileged), "it", "cancella|cancellare|elimina|eliminare|svuota|svuotare|pulisci|pulire", actVerb | actGuard},
	{m(cPrivileged), "it", "log del firewall|log di accesso|log d'accesso|log di audit|cronologia bash|cronologia dei comandi|il logging|la registrazione dei log", actObject | actGuard},
	{m(cPrivileged), "pt", "apaga|apague|apagar|exclui|exclua|excluir|limpa|limpe|limpar|purga|purgar", actVerb | actGuard},
	{m(cPrivileged), "pt", "logs de acesso|registros de acesso|logs do firewall|logs de auditoria|histórico do bash|histórico de comandos|o logging", actObject | actGuard},
	{m(cPrivileged), "nl", "verwijder|verwijderen|wis|wissen|leeg|legen", actVerb | actGuard},
	{m(cPrivileged), "nl", "auditlogs|toegangslogs|firewalllogs|firewall-logs|bash-geschiedenis|commandogeschiedenis|de logging", actObject | actGuard},
	{m(cPrivileged), "pl", "usuń|usunąć|wyczyść|wyczyścić|skasuj|skasować", actVerb | actGuard},
	{m(cPrivileged), "pl", "logi dostępu|logi firewalla|logi audytu|historię basha|historia basha|historię poleceń|logowanie", actObject | actGuard},
	{m(cPrivileged), "ru", "удали|удалить|очисти|очистить|сотри|стереть|почисти", actVerb | actGuard},
	{m(cPrivileged), "ru", "логи доступа|журналы доступа|логи файрвола|логи аудита|журнал аудита|историю bash|историю команд|логирование", actObject | actGuard},
	{m(cPrivileged), "tr", "sil|silin|temizle|temizleyin", actVerb | actGuard},
	{m(cPrivileged), "tr", "erişim loglarını|erişim kayıtlarını|güvenlik duvarı loglarını|denetim loglarını|bash geçmişini|komut geçmişini|loglamayı", actObject | actGuard},
	{m(cPrivileged), "zh", "删除|删掉|清除|清空|抹掉", actVerb | actGuard},
	{m(cPrivileged), "zh", "访问日志|审计日志|防火墙日志|操作日志|系统日志|bash历史|命令历史", actObject | actGuard},
	{m(cPrivileged), "ja", "消して|削除して|消去して|クリアして", actVerb | actGuard},
	{m(cPrivileged), "ja", "アクセスログ|監査ログ|ファイアウォールのログ|操作ログ|bashの履歴|コマンド履歴", actObject | actGuard},
	{m(cPrivileged), "ko", "삭제해|지워|지우고|삭제하고|비워", actVerb | actGuard},
	{m(cPrivileged), "ko", "접근 로그|접속 기록|감사 로그|방화벽 로그|bash 기록|명령 기록", actObject | actGuard},
	{m(cPrivileged), "ar", "امسح|احذف|امح", actVerb | actGuard},
	{m(cPrivileged), "ar", "سجلات الدخول|سجلات الوصول|سجلات التدقيق|سجلات الجدار الناري|سجل الأوامر", actObject | actGuard},
	{m(cPrivileged), "hi", "डिलीट करो|मिटा दो|हटा दो|साफ़ करो|साफ करो", actVerb | actGuard},
	{m(cPrivileged), "hi", "एक्सेस लॉग|ऑडिट लॉग|फ़ायरवॉल लॉग|कमांड हिस्ट्री", actObject | actGuard},
}
