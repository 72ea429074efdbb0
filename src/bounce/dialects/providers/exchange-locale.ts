/**
 * The localized strings of Exchange 2007+ / Office 365 NDRs. English, French and Italian are seen in
 * test/fixtures/sisimai/lhost-exchange2007-0{1,6,7}.eml and lhost-office365-*.eml; Swedish from
 * Sisimai's Exchange2007 decoder; Dutch and Portuguese from Sisimai's Office365 decoder (its samples
 * of real NDRs); German and Spanish are Exchange's translations of the same lines as quoted in public
 * NDR samples (test/fixtures/bounce/providers/).
 */
import type { Reason } from '../../types'

/** Subject prefixes of an NDR ("Undeliverable: <original subject>"). */
export const SUBJECTS = [
  'Undeliverable', 'Non remis', 'Non_remis', 'Non recapitabile', 'Unzustellbar', 'Onbestelbaar',
  'No se puede entregar', 'Não entregue', 'Não_entregue', 'Olevererbart', 'Delivery delayed', 'Retraso en la entrega',
  'Remise différée', 'Recapito ritardato', 'Übermittlung verzögert', 'Entrega retrasada', // "Delivery delayed", localised
  // Microsoft 365's subject prefixes in the sender's mailbox language beyond the five above (issue 9,
  // the localised NDR pages and Outlook's localised support pages): pl, da/nb, fi, cs, ru, tr, ja,
  // zh-CN, zh-TW, ko, and their "Delivery delayed" prefixes.
  'Niedostarczalne', 'Kan ikke leveres', 'Ikke levert', 'Ei voitu toimittaa', 'Nedoručitelné', 'Nedoručitelná zpráva',
  'Не удается доставить', 'Недоставленное сообщение', 'Недоставляемое', 'Teslim Edilemedi', 'Teslim edilemiyor', '配信不能', '无法传递', '无法送达',
  '無法傳遞', '배달되지 않음', 'Entrega atrasada', 'Bezorging vertraagd', 'Dostarczenie opóźnione', 'Leveransen fördröjd',
  'Levering forsinket', 'Toimitus viivästynyt', 'Doručení se zpozdilo', 'Доставка задерживается', 'Teslim gecikti', '配信の遅延',
  '延迟传递', '延遲傳遞', '배달 지연',
]

/** Microsoft 365's "Original Message Details" labels, localised (English first). */
export const RECIPIENT_ADDRESS = [
  'Recipient Address', 'Adresse du destinataire', 'Indirizzo destinatario', 'Empfängeradresse', 'Dirección del destinatario',
  // pt, nl, pl, sv, da, nb, fi, cs, ru, tr, ja, zh-CN, zh-TW, ko (issue 9, Microsoft's localised NDR pages)
  'Endereço do destinatário', 'Endereço do Destinatário', 'Adres van geadresseerde', 'Adres adresata', 'Mottagaradress', 'Modtageradresse',
  'Mottakeradresse', 'Vastaanottajan osoite', 'Adresa příjemce', 'Адрес получателя', 'Alıcı Adresi', '受信者のアドレス', '收件人地址',
  '收件者地址', '받는 사람 주소',
]
/** Its "More Info for Email Admins" status line and "Error Details" error line, localised. */
export const STATUS_CODE = [
  'Status code', 'Code d’état', "Code d'état", 'Codice di stato', 'Statuscode', 'Código de estado',
  'Código de status', 'Kod stanu', 'Statuskod', 'Statuskode', 'Tilakoodi', 'Stavový kód', 'Код состояния', 'Durum kodu', '状態コード',
  '状态代码', '狀態碼', '상태 코드',
]
export const ERROR_LINE = [
  'Reported error', 'Error', 'Erreur signalée', 'Erreur', 'Errore segnalato', 'Errore', 'Gemeldeter Fehler', 'Fehler', 'Error notificado',
  'Erro', 'Fout', 'Błąd', 'Fel', 'Fejl', 'Feil', 'Virhe', 'Chyba', 'Ошибка', 'Hata', 'エラー', '错误', '錯誤', '오류',
]

/** First line of the user-facing part, before the list of failed recipients. */
export const FAILED_TO = [
  "couldn't be delivered.", // Office 365's newer headline: "Your message to jane@acme.example couldn't be delivered."
  'Delivery has failed to these recipients or', // en: "...or groups:" / "...or distribution lists:"
  'Échec de la remise pour ces destinataires ou groupes', // fr (lhost-exchange2007-06)
  'Impossible de remettre le message', // fr, older and relayed NDRs (test/fixtures/bounce/providers/fr-*)
  'La remise aux destinataires ou listes de distribution suivants a échoué', // fr, Exchange 2007
  'Il recapito non è riuscito per i seguenti destinatari o gruppi', // it (lhost-exchange2007-07)
  'Fehler bei der Zustellung an folgende Empfänger oder Gruppen', // de
  'a estos destinatarios o grupos', // es: "... la entrega a estos destinatarios o grupos:"
  'Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen', // nl
  'Falha na entrega a estes destinat', // pt: "...destinatários ou grupos:"
  'Falha na entrega aos seguintes destinatários ou grupos', // pt, as a real Exchange Online NDR writes it (pastebin BxEWDHGy)
  ' rejected your message to the following e', // en, Office 365: "<host> rejected your message to the following email addresses:"
  'Leveransen misslyckades till följande mottagare eller grupper', // sv
  // Microsoft 365's headline "Your message to x couldn't be delivered." in its localised NDRs
  // (Microsoft's NDR reference pages in fr/it/de/es, "What's included in an NDR").
  'n’a pas pu être remis.', "n'a pas pu être remis.", // fr: "Votre message à x n’a pas pu être remis."
  'Impossibile recapitare il messaggio a ', // it
  ' konnte nicht zugestellt werden.', // de: "Ihre Nachricht an x konnte nicht zugestellt werden."
  // de with the verb of Microsoft's own German subjects ("Übermittlung verzögert"): "… konnte nicht übermittelt werden."
  ' konnte nicht übermittelt werden.',
  'No se pudo entregar el mensaje a ', // es
  // The same headline and the older list heading in the other languages of Microsoft 365 (issue 9:
  // Microsoft's localised NDR pages; the address stands before the words in tr/ja/ko).
  'não pôde ser entregue.', // pt: "Sua mensagem para x não pôde ser entregue."
  'kan niet worden bezorgd.', // nl: "Uw bericht aan x kan niet worden bezorgd."
  'Nie można dostarczyć wiadomości do ', // pl
  'Det gick inte att leverera meddelandet till ', // sv
  'kunne ikke leveres.', // da, nb
  'ei voitu toimittaa.', // fi
  'nebylo možné doručit.', // cs
  'Не удалось доставить ваше сообщение', // ru
  'teslim edilemedi.', // tr
  'にメッセージを配信できませんでした', // ja
  '无法将你的邮件传递到', '无法将您的邮件传递到', // zh-CN
  '無法將您的郵件傳遞給', // zh-TW
  '에게 메시지를 배달하지 못했습니다', // ko
  'Dostarczenie do tych adresatów lub grup nie powiodło się', 'Levering til disse modtagere eller grupper mislykkedes',
  'Levering til disse mottakerne eller gruppene mislyktes', 'Toimitus epäonnistui seuraaville vastaanottajille tai ryhmille',
  'Doručení těmto příjemcům nebo skupinám se nezdařilo', 'Не удалось выполнить доставку следующим получателям или группам',
  'alıcılara veya gruplara teslim başarısız oldu', '次の受信者またはグループへの配信に失敗しました', '传递到这些收件人或组失败',
  '傳遞到這些收件者或群組失敗', '다음 받는 사람 또는 그룹에게 배달하지 못했습니다',
]

/** The same list in a delay warning: Exchange is still retrying (the Spanish line as in public samples). */
export const DELAYED = [
  'Delivery is delayed to these recipients or', 'Se retrasó la entrega a estos destinatarios o grupos',
  // Exchange Online's "Delivery delayed" warning in its French, Italian, German and Spanish editions.
  'La remise à ces destinataires ou groupes est différée', 'Il recapito ai seguenti destinatari o gruppi è stato ritardato',
  'Die Zustellung an diese Empfänger oder Gruppen wurde verzögert', 'La entrega a estos destinatarios o grupos se ha retrasado',
  // pt, nl, pl, sv, da, nb, fi, cs, ru, tr, ja, zh-CN, zh-TW, ko (issue 9)
  'A entrega a estes destinatários ou grupos está atrasada', 'De bezorging bij deze geadresseerden of groepen is vertraagd',
  'Dostarczenie do tych adresatów lub grup jest opóźnione', 'Leveransen till dessa mottagare eller grupper är fördröjd',
  'Levering til disse modtagere eller grupper er forsinket', 'Leveringen til disse mottakerne eller gruppene er forsinket',
  'Toimitus näille vastaanottajille tai ryhmille on viivästynyt', 'Doručení těmto příjemcům nebo skupinám je zpožděno',
  'Доставка следующим получателям или группам задерживается', 'alıcılara veya gruplara teslim gecikiyor',
  '次の受信者またはグループへの配信が遅延しています', '传递到这些收件人或组的过程被延迟', '傳遞到這些收件者或群組的作業已延遲',
  '다음 받는 사람 또는 그룹에게 배달이 지연되었습니다',
]

/** Start of the administrators' section, where each recipient is followed by the server's words. */
export const DIAGNOSTIC = [
  'Diagnostic information for administrators',
  'Error Details',
  'Informations de diagnostic pour les administrateurs',
  'Informazioni di diagnostica per gli amministratori',
  'Diagnoseinformationen für Administratoren',
  'Información de diagnóstico para administradores',
  'Diagnostische gegevens voor beheerders',
  'stico para administradores', // pt "Informações de diagnóstico ...", es "Información de diagnóstico ..."
  'Informações de diagnóstico para administradores',
  'Diagnostisk information för administratörer',
  // Microsoft 365's "Error Details" section title, localised.
  'Détails de l’erreur', "Détails de l'erreur", "Dettagli sull'errore", 'Fehlerdetails', 'Detalles del error',
  // pl, da, nb, fi, cs, ru, tr, ja, zh-CN, zh-TW, ko administrators' sections, and the "Error Details"
  // titles of pt, nl, pl, sv, da, nb, fi, cs, ru, tr, ja, zh-CN, zh-TW, ko (issue 9)
  'Informacje diagnostyczne dla administratorów', 'Diagnosticeringsoplysninger for administratorer', 'Diagnoseinformasjon for administratorer',
  'Järjestelmänvalvojien diagnostiikkatiedot', 'Diagnostické informace pro správce', 'Диагностические сведения для администраторов',
  'Yöneticiler için tanılama bilgileri', '管理者向けの診断情報', '管理员的诊断信息', '系統管理員的診斷資訊', '관리자를 위한 진단 정보',
  'Detalhes do erro', 'Detalhes do Erro', 'Foutdetails', 'Szczegóły błędu', 'Felinformation', 'Fejloplysninger', 'Feildetaljer', 'Virheen tiedot',
  'Podrobnosti o chybě', 'Сведения об ошибке', 'Hata Ayrıntıları', 'エラーの詳細', '错误详细信息', '錯誤詳細資料', '오류 세부 정보',
  'Información de diagnóstico para los administradores', // es, Exchange 2013 as a real NDR writes it (pastebin JHaPQHk7)
]

/** "Generating server: host" in each language. */
export const GENERATING_SERVER = [
  'Generating server', 'DSN generated by', 'Serveur de génération', 'Server di generazione',
  'Generierender Server', 'Servidor de generación', 'Bronserver', 'Servidor de origem',
  'Genererande server',
  'Serwer generujący', 'Genererende server', 'Luova palvelin', 'Generující server', 'Создающий сервер', 'Oluşturan sunucu', '生成サーバー',
  '生成服务器', '產生伺服器', '생성 서버', // issue 9
  // As real NDRs write it (issue 9, pasted notices): Exchange 2013's Spanish "Generando servidor:"
  // (pastebin JHaPQHk7) and Exchange Online's Portuguese "Gerando servidor:" (pastebin BxEWDHGy).
  // Exchange's Russian "Формирующий сервер:" (a Russian NDR pasted in a public lead-qualifier's tests,
  // regional-providers.test.ts).
  'Формирующий сервер',
  'Generando servidor', 'Gerando servidor',
]

/** Where the returned message's headers begin. */
export const ORIGINAL_HEADERS = [
  'Original message headers', 'Original Message Headers', "En-têtes de message d'origine",
  'Intestazioni originali del messaggio', 'Ursprüngliche Nachrichtenkopfzeilen',
  'Encabezados del mensaje original', 'Oorspronkelijke berichtkoppen', 'alhos originais da mensagem', 'Message Hops',
  'Ursprungshuvuden',
  // As real NDRs write them (issue 9, pasted notices): es "Encabezados de mensajes originales" (pastebin
  // JHaPQHk7), pt "Cabeçalhos de mensagem originais" (pastebin BxEWDHGy).
  'Encabezados de mensajes originales', 'Cabeçalhos de mensagem originais',
]

/**
 * The explanation Exchange writes for the common failures, per language, for notices whose server
 * text has no specific code (older or relayed NDRs). Lower-case substrings.
 */
export const EXPLANATIONS: ReadonlyArray<[Reason, readonly string[]]> = [
  ['userunknown', [
    "the email address wasn't found at the destination domain", 'the email address you entered couldn',
    "wasn't found at ", // Office 365's headline: "jane wasn't found at acme.example."
    'unknown to address',
    "e-mail address was not found in the recipient's e-mail system", 'recipient name is not recognized',
    "le destinataire n'existe pas", "l'adresse de messagerie que vous avez entrée est introuvable",
    'destinataire inconnu', "non sono riuscito a trovare l'indirizzo e-mail", 'destinatario sconosciuto',
    'die eingegebene e-mail-adresse wurde nicht gefunden', 'empfänger nicht gefunden', 'destinatario desconocido',
    'no se encontró la dirección de correo', 'het e-mailadres dat u hebt ingevoerd, is niet gevonden',
    'o endereço de email que você inseriu não foi encontrado', 'destinatário desconhecido',
  ]],
  ['mailboxfull', [
    "recipient's mailbox is full", 'la boîte aux lettres du destinataire est pleine',
    'la cassetta postale del destinatario è piena', 'das postfach des empfängers ist voll',
    'el buzón del destinatario está lleno', 'het postvak van de geadresseerde is vol',
    'a caixa de correio do destinatário está cheia',
  ]],
]
