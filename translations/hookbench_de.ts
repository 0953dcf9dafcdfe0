<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountComparison</name>
    <message>
        <source>There is no profile named “%1” to compare with.</source>
        <translation>Es gibt kein Profil namens „%1“ zum Vergleichen.</translation>
    </message>
    <message>
        <source>No API token is stored for “%1”. Connect to it once and enter its token.</source>
        <translation>Für „%1“ ist kein API-Token gespeichert. Verbinden Sie sich einmal damit und geben Sie sein Token ein.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be read: %2</source>
        <translation>Das Token von „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not list the webhooks of “%1”: %2</source>
        <translation>Die Webhooks von „%1“ konnten nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>Issued to: %1</source>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issued by: itself (self-signed)</source>
        <translation>Ausgestellt von: sich selbst (selbstsigniert)</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2 (UTC)</source>
        <translation>Gültig von %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1</source>
        <translation>das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server redirected to %1://%2, another address; Hookbench does not follow it so that the token stays with the service</source>
        <translation>der Server leitete auf %1://%2 um, eine andere Adresse; Hookbench folgt dem nicht, damit das Token beim Dienst bleibt</translation>
    </message>
    <message>
        <source>the server redirected too often</source>
        <translation>der Server leitete zu oft um</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the service&apos;s rate limit is spent for now</source>
        <translation>das Anfragelimit des Dienstes ist vorerst aufgebraucht</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not the one pinned for this connection; Hookbench sent nothing</source>
        <translation>das Zertifikat des Servers ist nicht das für diese Verbindung hinterlegte; Hookbench hat nichts gesendet</translation>
    </message>
    <message>
        <source>the server did not finish its answer within %1 s</source>
        <translation>der Server hat seine Antwort nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than %1 MB; Hookbench does not read it</source>
        <translation>die Antwort des Servers ist größer als %1 MB; Hookbench liest sie nicht</translation>
    </message>
    <message>
        <source>the service&apos;s rate limit was reached (HTTP 429)</source>
        <translation>das Anfragelimit des Dienstes ist erreicht (HTTP 429)</translation>
    </message>
    <message>
        <source>%1; the limit resets at %2 (in %3 s), later than the %4 s Hookbench may wait</source>
        <translation>%1; das Limit wird um %2 zurückgesetzt (in %3 s), später als die %4 s, die Hookbench warten darf</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Hookbench refuses to send the token to %1, which is not the service&apos;s address</source>
        <translation>Hookbench sendet das Token nicht an %1, denn das ist nicht die Adresse des Dienstes</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die ganze Antwort ankam</translation>
    </message>
    <message>
        <source>the server sent an empty answer</source>
        <translation>der Server hat eine leere Antwort gesendet</translation>
    </message>
    <message>
        <source>the server sent a web page instead of data: %1</source>
        <translation>der Server hat eine Webseite statt Daten gesendet: %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the server sent a single record where a list belongs</source>
        <translation>der Server hat einen einzelnen Datensatz statt einer Liste gesendet</translation>
    </message>
    <message>
        <source>the server sent a list where a single record belongs</source>
        <translation>der Server hat eine Liste statt eines einzelnen Datensatzes gesendet</translation>
    </message>
    <message>
        <source>the account contains a control character (such as a line break)</source>
        <translation>das Konto enthält ein Steuerzeichen (etwa einen Zeilenumbruch)</translation>
    </message>
    <message>
        <source>the API token contains a control character (such as a line break)</source>
        <translation>das API-Token enthält ein Steuerzeichen (etwa einen Zeilenumbruch)</translation>
    </message>
    <message>
        <source>the service URL contains a control character (such as a line break)</source>
        <translation>die Dienst-URL enthält ein Steuerzeichen (etwa einen Zeilenumbruch)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The secure connection to the 4me service was refused: %1 If you trust this server, pin its certificate in the connection settings.</source>
        <translation>Die sichere Verbindung zum 4me-Dienst wurde abgelehnt: %1 Wenn Sie diesem Server vertrauen, hinterlegen Sie sein Zertifikat in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>Could not reach the 4me service: %1 Check the service URL and the network connection, then try again.</source>
        <translation>Der 4me-Dienst ist nicht erreichbar: %1 Prüfen Sie die Dienst-URL und die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The 4me service did not answer in time. Try again; if it keeps happening, check the network connection.</source>
        <translation>Der 4me-Dienst hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut; passiert das weiterhin, prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The 4me service refused the API token. Enter a new token for this connection.</source>
        <translation>Der 4me-Dienst hat das API-Token abgelehnt. Geben Sie ein neues Token für diese Verbindung ein.</translation>
    </message>
    <message>
        <source>The webhook was already deleted, perhaps by someone else. Refresh the list.</source>
        <translation>Der Webhook wurde bereits gelöscht, vielleicht von jemand anderem. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The webhook was not found; it may have been deleted. Refresh the list.</source>
        <translation>Der Webhook wurde nicht gefunden; vielleicht wurde er gelöscht. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The 4me service had a problem (HTTP %1%2). Try again in a few minutes.</source>
        <translation>Beim 4me-Dienst ist ein Problem aufgetreten (HTTP %1%2). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The 4me service answered with HTTP %1: %2 Check the connection settings and try again.</source>
        <translation>Der 4me-Dienst antwortete mit HTTP %1: %2 Prüfen Sie die Verbindungseinstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The 4me service sent an answer Hookbench cannot read: %1 Try again; if it keeps happening, check for a proxy between you and the service.</source>
        <translation>Der 4me-Dienst hat eine Antwort gesendet, die Hookbench nicht lesen kann: %1 Versuchen Sie es erneut; passiert das weiterhin, prüfen Sie, ob ein Proxy zwischen Ihnen und dem Dienst steht.</translation>
    </message>
    <message>
        <source>The 4me service did not accept the webhook: %1 Correct the marked fields and save again.</source>
        <translation>Der 4me-Dienst hat den Webhook nicht angenommen: %1 Korrigieren Sie die markierten Felder und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The 4me service&apos;s rate limit was reached. Wait a minute, then try again.</source>
        <translation>Das Anfragelimit des 4me-Dienstes ist erreicht. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not every webhook could be loaded: %1 Refresh to try again.</source>
        <translation>Nicht alle Webhooks konnten geladen werden: %1 Aktualisieren Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The service did not accept the API token of profile “%1”. Enter a new token for it.</source>
        <translation>Der Dienst hat das API-Token des Profils „%1“ nicht angenommen. Geben Sie ein neues Token ein.</translation>
    </message>
    <message>
        <source>The account refused access (403).</source>
        <translation>Das Konto hat den Zugriff verweigert (403).</translation>
    </message>
    <message>
        <source>The account “%1” refused access (403).</source>
        <translation>Das Konto „%1“ hat den Zugriff verweigert (403).</translation>
    </message>
    <message>
        <source>The Webhooks API is only for Account Administrators and Directory Administrators, and a personal access token also needs the scope for webhooks. Use the token of such an administrator, or a token that has the scope it lacks.</source>
        <translation>Die Webhooks-API steht nur Kontoadministratoren und Verzeichnisadministratoren offen, und ein persönliches Zugriffstoken braucht zusätzlich den Bereich (Scope) für Webhooks. Verwenden Sie das Token eines solchen Administrators oder ein Token mit dem fehlenden Bereich.</translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Test sent to “%1”.</source>
        <translation>Test an „%1“ gesendet.</translation>
    </message>
    <message>
        <source>Test sent to %1.</source>
        <translation>Test an %1 gesendet.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>%1 aktiviert.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Test Failed</source>
        <translation>Test fehlgeschlagen</translation>
    </message>
    <message>
        <source>Enable Failed</source>
        <translation>Aktivieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>Disable Failed</source>
        <translation>Deaktivieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delete Failed</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Re-create Failed</source>
        <translation>Neu anlegen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 did not succeed.</source>
        <translation>%1 von %2 sind nicht gelungen.</translation>
    </message>
    <message>
        <source>Re-created “%1” as webhook %2.</source>
        <translation>„%1“ als Webhook %2 neu angelegt.</translation>
    </message>
    <message>
        <source>Re-created %1 (new ids %2).</source>
        <translation>%1 neu angelegt (neue IDs %2).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Nur hier</translation>
    </message>
    <message>
        <source>Only there</source>
        <translation>Nur dort</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Unterschiedlich</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Cannot be matched or applied</source>
        <translation>Nicht zuzuordnen oder anzuwenden</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Copy to Other</source>
        <translation>In das andere &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Update Other</source>
        <translation>Das andere &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Delete from Other</source>
        <translation>Aus dem anderen &amp;löschen</translation>
    </message>
    <message>
        <source>Compare “%1” with Another Profile</source>
        <translation>„%1“ mit einem anderen Profil vergleichen</translation>
    </message>
    <message>
        <source>FROM=TO, e.g. https://qa.example.com/=https://example.com/</source>
        <translation>VON=NACH, z. B. https://qa.example.com/=https://example.com/</translation>
    </message>
    <message>
        <source>URI prefixes of this profile replaced before comparing (several rules separated by spaces); remembered for this pair of profiles</source>
        <translation>URI-Präfixe dieses Profils, die vor dem Vergleich ersetzt werden (mehrere Regeln durch Leerzeichen getrennt); wird für dieses Profilpaar gespeichert</translation>
    </message>
    <message>
        <source>Filter by name, event or URI</source>
        <translation>Nach Name, Ereignis oder URI filtern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Dort</translation>
    </message>
    <message>
        <source>Create the selected webhooks that only this account has in the other</source>
        <translation>Die ausgewählten Webhooks, die nur dieses Konto hat, im anderen anlegen</translation>
    </message>
    <message>
        <source>Make the selected different webhooks of the other account like these</source>
        <translation>Die ausgewählten unterschiedlichen Webhooks des anderen Kontos an diese angleichen</translation>
    </message>
    <message>
        <source>Delete the selected webhooks that only the other account has</source>
        <translation>Die ausgewählten Webhooks löschen, die nur das andere Konto hat</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Rewrite URIs:</source>
        <translation>URIs &amp;umschreiben:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Listing the webhooks of both accounts…</source>
        <translation>Die Webhooks beider Konten werden aufgelistet…</translation>
    </message>
    <message>
        <source>%1 (%2 at %3)</source>
        <translation>%1 (%2 auf %3)</translation>
    </message>
    <message>
        <source>There is no other profile to compare with. Add one in the Profile menu.</source>
        <translation>Es gibt kein anderes Profil zum Vergleichen. Legen Sie eines im Menü Profil an.</translation>
    </message>
    <message>
        <source>Choose the profile to compare with.</source>
        <translation>Wählen Sie das Profil, mit dem verglichen werden soll.</translation>
    </message>
    <message>
        <source>“%1” (here) and “%2” (there): %3 only here, %4 only there, %5 different, %6 the same, %7 that cannot be matched or applied.</source>
        <translation>„%1“ (hier) und „%2“ (dort): %3 nur hier, %4 nur dort, %5 unterschiedlich, %6 gleich, %7 nicht zuzuordnen oder anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) linked to a signing policy here would not be signed there: policies belong to their account, and Compare links none of the other account&apos;s. Link one there after copying or updating.</source>
        <translation>
            <numerusform>%n Webhook, der hier mit einer Signaturrichtlinie verknüpft ist, würde dort nicht signiert: Richtlinien gehören zu ihrem Konto, und der Vergleich verknüpft keine des anderen Kontos. Verknüpfen Sie dort nach dem Kopieren oder Aktualisieren eine.</numerusform>
            <numerusform>%n Webhooks, die hier mit einer Signaturrichtlinie verknüpft sind, würden dort nicht signiert: Richtlinien gehören zu ihrem Konto, und der Vergleich verknüpft keine des anderen Kontos. Verknüpfen Sie dort nach dem Kopieren oder Aktualisieren eine.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Add Connection Profile</source>
        <translation>Verbindungsprofil hinzufügen</translation>
    </message>
    <message>
        <source>Edit Connection Profile “%1”</source>
        <translation>Verbindungsprofil „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>e.g. wdc</source>
        <translation>z. B. wdc</translation>
    </message>
    <message>
        <source>Personal access token of an account administrator</source>
        <translation>Persönliches Zugriffstoken eines Kontoadministrators</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain, never in a file.</source>
        <translation>Das Token wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>Dienst-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account &amp;header:</source>
        <translation>Konto-&amp;Header:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already; choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the account, such as “wdc”.</source>
        <translation>Geben Sie das Konto ein, etwa „wdc“.</translation>
    </message>
    <message>
        <source>Enter the API token of an account administrator.</source>
        <translation>Geben Sie das API-Token eines Kontoadministrators ein.</translation>
    </message>
    <message>
        <source>The service URL, the account and the token must not contain control characters such as line breaks.</source>
        <translation>Dienst-URL, Konto und Token dürfen keine Steuerzeichen wie Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>List the account&apos;s webhooks once with what is entered; nothing is saved</source>
        <translation>Die Webhooks des Kontos einmal mit den eingegebenen Daten auflisten; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected: the account “%1” has %2.</source>
        <translation>Verbunden: Das Konto „%1“ hat %2.</translation>
    </message>
    <message>
        <source>1 webhook</source>
        <translation>1 Webhook</translation>
    </message>
    <message>
        <source>%1 webhooks</source>
        <translation>%1 Webhooks</translation>
    </message>
    <message>
        <source>Connected to the account “%1”.</source>
        <translation>Mit dem Konto „%1“ verbunden.</translation>
    </message>
</context>
<context>
    <name>CsvDocument</name>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 CSV and try again.</source>
        <translation>die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8-CSV und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is never closed.</source>
        <translation>Zeile %1: eine Zelle in Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>DeliveriesDock</name>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Zustellungen</translation>
    </message>
    <message>
        <source>Show the messages that arrive at Hookbench&apos;s built-in receiver</source>
        <translation>Die Nachrichten anzeigen, die beim eingebauten Empfänger von Hookbench ankommen</translation>
    </message>
    <message>
        <source>The test message for webhook %1 arrived; the receiver answered %2.</source>
        <translation>Die Testnachricht für Webhook %1 ist angekommen; der Empfänger antwortete mit %2.</translation>
    </message>
    <message>
        <source>The test message for webhook %1 arrived, but the receiver answered %2: the service counts that as a failed delivery.</source>
        <translation>Die Testnachricht für Webhook %1 ist angekommen, aber der Empfänger antwortete mit %2: Der Dienst zählt das als fehlgeschlagene Zustellung.</translation>
    </message>
</context>
<context>
    <name>DeliveryDecoder</name>
    <message>
        <source>The body is not valid UTF-8; the first %1 of %2 bytes are shown in hex.</source>
        <translation>Der Inhalt ist kein gültiges UTF-8; die ersten %1 von %2 Bytes werden hexadezimal angezeigt.</translation>
    </message>
    <message>
        <source>The body is not valid UTF-8; it is shown in hex.</source>
        <translation>Der Inhalt ist kein gültiges UTF-8; er wird hexadezimal angezeigt.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2); it is shown as received.</source>
        <translation>Der Inhalt ist kein gültiges JSON (%1 bei Byte %2); er wird wie empfangen angezeigt.</translation>
    </message>
    <message>
        <source>The jwt value is no compact JWS (header.claims.signature).</source>
        <translation>Der jwt-Wert ist keine kompakte JWS (header.claims.signature).</translation>
    </message>
    <message>
        <source>not a compact JWS</source>
        <translation>keine kompakte JWS</translation>
    </message>
    <message>
        <source>the signature is not base64url</source>
        <translation>die Signatur ist nicht base64url-kodiert</translation>
    </message>
    <message>
        <source>alg none with a signature</source>
        <translation>alg none mit einer Signatur</translation>
    </message>
    <message>
        <source>algorithm %1 is not supported</source>
        <translation>der Algorithmus %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>no secret given</source>
        <translation>kein Geheimnis angegeben</translation>
    </message>
    <message>
        <source>HMAC failed</source>
        <translation>HMAC fehlgeschlagen</translation>
    </message>
    <message>
        <source>the signature does not match the secret</source>
        <translation>die Signatur passt nicht zum Geheimnis</translation>
    </message>
    <message>
        <source>no public key given</source>
        <translation>kein öffentlicher Schlüssel angegeben</translation>
    </message>
    <message>
        <source>the public key is no PEM public key or certificate</source>
        <translation>der öffentliche Schlüssel ist kein PEM-Schlüssel oder -Zertifikat</translation>
    </message>
    <message>
        <source>%1 needs an RSA key</source>
        <translation>%1 braucht einen RSA-Schlüssel</translation>
    </message>
    <message>
        <source>the signature does not match the public key</source>
        <translation>die Signatur passt nicht zum öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>%1 needs a P-%2 key</source>
        <translation>%1 braucht einen P-%2-Schlüssel</translation>
    </message>
    <message>
        <source>the signature has the wrong length</source>
        <translation>die Signatur hat die falsche Länge</translation>
    </message>
    <message>
        <source>unsigned (alg none)</source>
        <translation>unsigniert (alg none)</translation>
    </message>
    <message>
        <source>signature not verified</source>
        <translation>Signatur nicht geprüft</translation>
    </message>
    <message>
        <source>signature not verified (%1)</source>
        <translation>Signatur nicht geprüft (%1)</translation>
    </message>
    <message>
        <source>signature valid (%1)</source>
        <translation>Signatur gültig (%1)</translation>
    </message>
    <message>
        <source>signature INVALID: %1</source>
        <translation>Signatur UNGÜLTIG: %1</translation>
    </message>
    <message>
        <source>signature not verified: %1</source>
        <translation>Signatur nicht geprüft: %1</translation>
    </message>
    <message>
        <source>The form has more than %1 fields; it is shown as received.</source>
        <translation>Das Formular hat mehr als %1 Felder; es wird so angezeigt, wie es empfangen wurde.</translation>
    </message>
    <message>
        <source>A form field nests deeper than %1 levels; the body is shown as received.</source>
        <translation>Ein Formularfeld ist tiefer als %1 Ebenen verschachtelt; der Inhalt wird so angezeigt, wie er empfangen wurde.</translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels; it is shown as received.</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt; es wird so angezeigt, wie es empfangen wurde.</translation>
    </message>
    <message>
        <source>The JSON holds more than %1 values; it is shown as received.</source>
        <translation>Das JSON enthält mehr als %1 Werte; es wird so angezeigt, wie es empfangen wurde.</translation>
    </message>
</context>
<context>
    <name>DeliveryInspector</name>
    <message>
        <source>The HTTP status every delivery is answered with. Answer 404 or 500 to watch the webhook&apos;s last error change.</source>
        <translation>Der HTTP-Status, mit dem jede Zustellung beantwortet wird. Antworten Sie mit 404 oder 500, um zu sehen, wie sich der letzte Fehler des Webhooks ändert.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait this long before answering. The service gives up after 10 s, so a longer delay rehearses a timeout.</source>
        <translation>So lange vor der Antwort warten. Der Dienst gibt nach 10 s auf; eine längere Verzögerung probt also eine Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>&amp;Answer with</source>
        <translation>&amp;Antworten mit</translation>
    </message>
    <message>
        <source>a&amp;fter</source>
        <translation>&amp;nach</translation>
    </message>
    <message>
        <source>Filter by webhook, event, object or status</source>
        <translation>Nach Webhook, Ereignis, Objekt oder Status filtern</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>-----BEGIN PUBLIC KEY----- … (the webhook policy&apos;s public key, for RS and ES)</source>
        <translation>-----BEGIN PUBLIC KEY----- … (der öffentliche Schlüssel der Webhook-Richtlinie, für RS und ES)</translation>
    </message>
    <message>
        <source>Shared secret, for HS</source>
        <translation>Gemeinsames Geheimnis, für HS</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Ö&amp;ffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>&amp;Signed message</source>
        <translation>&amp;Signierte Nachricht</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Forget every delivery received so far</source>
        <translation>Alle bisher empfangenen Zustellungen vergessen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected delivery as JSON</source>
        <translation>Die ausgewählte Zustellung als JSON kopieren</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Als &amp;JSON speichern…</translation>
    </message>
    <message>
        <source>Save the listed deliveries to a JSON file</source>
        <translation>Die aufgelisteten Zustellungen in einer JSON-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Open callback</source>
        <translation>&amp;Rückruf öffnen</translation>
    </message>
    <message>
        <source>Open the verification link of a webhook.verify message, which activates the webhook</source>
        <translation>Den Bestätigungslink einer webhook.verify-Nachricht öffnen, der den Webhook aktiviert</translation>
    </message>
    <message>
        <source>Could not save the deliveries to %1: %2. Choose another folder or free some space, then save again.</source>
        <translation>Die Zustellungen konnten nicht in %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner oder schaffen Sie Platz und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Empfängt auf %1</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Empfängt nicht: %1</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Empfängt nicht</translation>
    </message>
    <message>
        <source>Nothing arrived for webhook %1 within %2 s after its test.</source>
        <translation>Für Webhook %1 kam innerhalb von %2 s nach dem Test nichts an.</translation>
    </message>
    <message>
        <source>The receiver is not listening; start it and test again.</source>
        <translation>Der Empfänger empfängt nicht; starten Sie ihn und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Check that the webhook&apos;s URI is %1. The real 4me service can only deliver to a publicly reachable URI; this receiver serves the sandbox and networks from which the service can reach this machine.</source>
        <translation>Prüfen Sie, ob die URI des Webhooks %1 ist. Der echte 4me-Dienst kann nur an eine öffentlich erreichbare URI zustellen; dieser Empfänger dient der Sandbox und Netzen, aus denen der Dienst diesen Rechner erreicht.</translation>
    </message>
    <message>
        <source>No deliveries yet. Point a webhook at this receiver and test it.</source>
        <translation>Noch keine Zustellungen. Richten Sie einen Webhook auf diesen Empfänger und testen Sie ihn.</translation>
    </message>
    <message>
        <source>Select a delivery to see it.</source>
        <translation>Wählen Sie eine Zustellung aus, um sie zu sehen.</translation>
    </message>
    <message>
        <source>answering %1 after the delay</source>
        <translation>antwortet %1 nach der Verzögerung</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>beantwortet mit %1</translation>
    </message>
    <message>
        <source>the sender left before the answer (%1)</source>
        <translation>der Absender ging vor der Antwort (%1)</translation>
    </message>
    <message>
        <source>%1 %2 · %3 bytes from %4 · %5 · %6</source>
        <translation>%1 %2 · %3 Bytes von %4 · %5 · %6</translation>
    </message>
    <message>
        <source>The body (%1 bytes) was over the %2 MiB limit: it was answered 413 and not kept.</source>
        <translation>Der Inhalt (%1 Bytes) lag über der Grenze von %2 MiB: Er wurde mit 413 beantwortet und nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>This delivery is not signed.</source>
        <translation>Diese Zustellung ist nicht signiert.</translation>
    </message>
    <message>
        <source>Save Deliveries</source>
        <translation>Zustellungen speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open the verification link in a web browser. Copy it from the body and open it by hand.</source>
        <translation>Der Bestätigungslink konnte nicht im Webbrowser geöffnet werden. Kopieren Sie ihn aus dem Inhalt und öffnen Sie ihn selbst.</translation>
    </message>
    <message>
        <source>&amp;Verify automatically</source>
        <translation>Automatisch &amp;bestätigen</translation>
    </message>
    <message>
        <source>Call the callback of each webhook.verify message that arrives, when it is on the account&apos;s address (or the sandbox&apos;s) and, for a signed message, its signature is valid</source>
        <translation>Den Rückruf jeder eintreffenden webhook.verify-Nachricht aufrufen, wenn er auf der Adresse des Kontos (oder der Sandbox) liegt und bei einer signierten Nachricht die Signatur gültig ist</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>Webhook %1 is verified: Hookbench called the callback of its webhook.verify message.</source>
        <translation>Webhook %1 ist bestätigt: Hookbench hat den Rückruf seiner webhook.verify-Nachricht aufgerufen.</translation>
    </message>
    <message>
        <source>Webhook %1 was not verified: %2. Use Open callback if you trust the link.</source>
        <translation>Webhook %1 wurde nicht bestätigt: %2. Verwenden Sie „Rückruf öffnen“, wenn Sie dem Link vertrauen.</translation>
    </message>
    <message>
        <source>The audience: the webhook policy&apos;s, when it is known</source>
        <translation>Die Zielgruppe (Audience): die der Webhook-Richtlinie, wenn sie bekannt ist</translation>
    </message>
    <message>
        <source>Expiry, with %1 s of leeway</source>
        <translation>Ablauf, mit %1 s Toleranz</translation>
    </message>
    <message>
        <source>Not valid before, with %1 s of leeway</source>
        <translation>Nicht gültig vor, mit %1 s Toleranz</translation>
    </message>
    <message>
        <source>The issuer: the account URL, or the policy&apos;s URL under it</source>
        <translation>Der Aussteller: die Konto-URL oder die URL der Richtlinie darunter</translation>
    </message>
    <message>
        <source>D&amp;iscover keys from any issuer</source>
        <translation>Schlüssel von jedem Aussteller &amp;ermitteln</translation>
    </message>
    <message>
        <source>Find the public key through OpenID Connect discovery at the message&apos;s iss on any https host, not only on this computer or the sandbox</source>
        <translation>Den öffentlichen Schlüssel per OpenID-Connect-Discovery beim iss der Nachricht auf jedem https-Host suchen, nicht nur auf diesem Computer oder der Sandbox</translation>
    </message>
    <message>
        <source>(key from %1)</source>
        <translation>(Schlüssel von %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DeliveryListModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1 (wartet)</translation>
    </message>
    <message>
        <source>%1 (sender left)</source>
        <translation>%1 (Absender gegangen)</translation>
    </message>
</context>
<context>
    <name>DeliveryReceiver</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kann nicht auf %1 Port %2 empfangen: %3</translation>
    </message>
</context>
<context>
    <name>DesiredState</name>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>DesiredStateImport</name>
    <message>
        <source>Connect to a profile before importing.</source>
        <translation>Verbinden Sie sich vor dem Import mit einem Profil.</translation>
    </message>
    <message>
        <source>Could not list the webhooks of “%1”: %2</source>
        <translation>Die Webhooks von „%1“ konnten nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>EventCatalog</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>FLSA</source>
        <translation>FLSA</translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <source>Type to search, e.g. “request.create” or “note”</source>
        <translation>Tippen zum Suchen, z. B. „request.create“ oder „note“</translation>
    </message>
    <message>
        <source>A legacy event: the service no longer offers it.</source>
        <translation>Ein veraltetes Ereignis: Der Dienst bietet es nicht mehr an.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;All webhooks (%1)</source>
        <translation>&amp;Alle Webhooks (%1)</translation>
    </message>
    <message>
        <source>The webhooks the &amp;filter shows (%1)</source>
        <translation>Die Webhooks, die der &amp;Filter zeigt (%1)</translation>
    </message>
    <message>
        <source>The &amp;selected webhooks (%1)</source>
        <translation>Die aus&amp;gewählten Webhooks (%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for Excel)</source>
        <translation>Mit &amp;Byte-Order-Mark beginnen (für Excel)</translation>
    </message>
    <message>
        <source>&amp;Guard against formulas (prefix cells that start with = + - @)</source>
        <translation>Vor Fo&amp;rmeln schützen (Zellen, die mit = + - @ beginnen, ein Zeichen voranstellen)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>&amp;Mask credentials in URIs, as the window shows them</source>
        <translation>Zugangsdaten in URIs &amp;maskieren, wie das Fenster sie zeigt</translation>
    </message>
    <message>
        <source>1 webhook has a URI with credentials (user:password@ or a secret query value). Unless masked, the file holds it in clear text.</source>
        <translation>1 Webhook hat eine URI mit Zugangsdaten (user:password@ oder ein geheimer Abfragewert). Ohne Maskierung enthält die Datei sie im Klartext.</translation>
    </message>
    <message>
        <source>%1 webhooks have URIs with credentials (user:password@ or secret query values). Unless masked, the file holds them in clear text.</source>
        <translation>%1 Webhooks haben URIs mit Zugangsdaten (user:password@ oder geheime Abfragewerte). Ohne Maskierung enthält die Datei sie im Klartext.</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Read how to use Hookbench</source>
        <translation>Lesen, wie Hookbench verwendet wird</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keys of every action</source>
        <translation>Die Tasten aller Aktionen auflisten</translation>
    </message>
    <message>
        <source>About &amp;Sandbox</source>
        <translation>Über die &amp;Sandbox</translation>
    </message>
    <message>
        <source>Where the sandbox runs and what it offers</source>
        <translation>Wo die Sandbox läuft und was sie bietet</translation>
    </message>
    <message>
        <source>Hookbench User Guide</source>
        <translation>Hookbench-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Installation.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>In the list of webhooks, Enter edits the current webhook and Shift+F10 or the Menu key opens its context menu; Tab moves on to the next part of the window.</source>
        <translation>In der Liste der Webhooks bearbeitet Eingabe den aktuellen Webhook, und Shift+F10 oder die Menütaste öffnet sein Kontextmenü; Tab wechselt zum nächsten Teil des Fensters.</translation>
    </message>
    <message>
        <source>About the Sandbox</source>
        <translation>Über die Sandbox</translation>
    </message>
    <message>
        <source>Hookbench is connected to its sandbox, a local stand-in for the 4me service with made-up webhooks. Changes stay in the sandbox and end when Hookbench quits.</source>
        <translation>Hookbench ist mit seiner Sandbox verbunden, einem lokalen Ersatz für den 4me-Dienst mit erfundenen Webhooks. Änderungen bleiben in der Sandbox und enden, wenn Hookbench beendet wird.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>About Hookbench</source>
        <translation>Über Hookbench</translation>
    </message>
    <message>
        <source>Hookbench %1</source>
        <translation>Hookbench %1</translation>
    </message>
    <message>
        <source>Administer the webhooks of a 4me, Xurrent or ITRP account: list, create, edit, test, enable, disable, delete and export them.</source>
        <translation>Die Webhooks eines 4me-, Xurrent- oder ITRP-Kontos verwalten: auflisten, anlegen, bearbeiten, testen, aktivieren, deaktivieren, löschen und exportieren.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>The snapshots of this account kept on this computer, and what changed</source>
        <translation>Die auf diesem Computer aufbewahrten Snapshots dieses Kontos und was sich geändert hat</translation>
    </message>
    <message>
        <source>Removed Webhooks</source>
        <translation>Entfernte Webhooks</translation>
    </message>
    <message>
        <source>Re&amp;moved Webhooks</source>
        <translation>Ent&amp;fernte Webhooks</translation>
    </message>
    <message>
        <source>Show the webhooks removed since the previous snapshot, greyed, to re-create them</source>
        <translation>Die seit dem vorherigen Snapshot entfernten Webhooks ausgegraut zeigen, um sie neu anzulegen</translation>
    </message>
    <message>
        <source>The list is the snapshot of %1 from this computer’s history.</source>
        <translation>Die Liste ist der Snapshot von %1 aus dem Verlauf dieses Computers.</translation>
    </message>
    <message>
        <source>The history of this profile was deleted.</source>
        <translation>Der Verlauf dieses Profils wurde gelöscht.</translation>
    </message>
    <message>
        <source>Snapshot of %1 — not refreshed</source>
        <translation>Snapshot von %1 — nicht aktualisiert</translation>
    </message>
    <message>
        <source>As of %1 — refreshing…</source>
        <translation>Stand %1 — wird aktualisiert…</translation>
    </message>
    <message>
        <source>Since the previous snapshot: +%1 ~%2 −%3</source>
        <translation>Seit dem vorherigen Snapshot: +%1 ~%2 −%3</translation>
    </message>
</context>
<context>
    <name>HistoryDiffText</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(a hidden part changed)</source>
        <translation>(ein verborgener Teil hat sich geändert)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Could not save the CSV file “%1”: %2. Choose another folder or file name and export again.</source>
        <translation>Die CSV-Datei „%1“ konnte nicht gespeichert werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen und exportieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Select one snapshot to see what changed since the one before it, or two to compare them</source>
        <translation>Wählen Sie einen Snapshot, um zu sehen, was sich seit dem vorherigen geändert hat, oder zwei, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>&amp;Snapshots:</source>
        <translation>&amp;Snapshots:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Webhook or field</source>
        <translation>Webhook oder Feld</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Difference:</source>
        <translation>&amp;Unterschied:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Older snapshots are deleted when the next one is recorded; the newest one is always kept</source>
        <translation>Ältere Snapshots werden gelöscht, wenn der nächste aufgezeichnet wird; der neueste bleibt immer erhalten</translation>
    </message>
    <message>
        <source>&amp;Keep snapshots for:</source>
        <translation>Snapshots &amp;aufbewahren für:</translation>
    </message>
    <message>
        <source>E&amp;xport Difference…</source>
        <translation>Unterschied e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Forget This Profile’s History…</source>
        <translation>&amp;Verlauf dieses Profils vergessen…</translation>
    </message>
    <message>
        <source>Snapshots of %1</source>
        <translation>Snapshots von %1</translation>
    </message>
    <message>
        <source>No history is kept for this connection.</source>
        <translation>Für diese Verbindung wird kein Verlauf aufbewahrt.</translation>
    </message>
    <message>
        <source>Select a snapshot.</source>
        <translation>Wählen Sie einen Snapshot.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>No snapshots: the history of this profile is empty.</source>
        <translation>Keine Snapshots: Der Verlauf dieses Profils ist leer.</translation>
    </message>
    <message>
        <source>Select one snapshot, or two to compare.</source>
        <translation>Wählen Sie einen Snapshot oder zwei zum Vergleichen.</translation>
    </message>
    <message>
        <source>The first snapshot kept: nothing to compare it with.</source>
        <translation>Der erste aufbewahrte Snapshot: nichts, womit er verglichen werden kann.</translation>
    </message>
    <message>
        <source>Reading the difference…</source>
        <translation>Der Unterschied wird gelesen…</translation>
    </message>
    <message>
        <source>snapshot %1 (%2)</source>
        <translation>Snapshot %1 (%2)</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 created, %4 changed, %5 removed.</source>
        <translation>Von %1 bis %2: %3 angelegt, %4 geändert, %5 entfernt.</translation>
    </message>
    <message>
        <source>Select the snapshots to compare first.</source>
        <translation>Wählen Sie zuerst die zu vergleichenden Snapshots.</translation>
    </message>
    <message>
        <source>Export Difference</source>
        <translation>Unterschied exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The difference was written to %1.</source>
        <translation>Der Unterschied wurde in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Forget This Profile’s History</source>
        <translation>Verlauf dieses Profils vergessen</translation>
    </message>
    <message>
        <source>Delete every snapshot of %1 from this computer? What changed before now can then no longer be shown. The webhooks themselves are not touched.</source>
        <translation>Alle Snapshots von %1 von diesem Computer löschen? Was sich bisher geändert hat, kann dann nicht mehr angezeigt werden. Die Webhooks selbst bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Forget History</source>
        <translation>Verlauf &amp;vergessen</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history database could not %1: %2</source>
        <translation>Die Verlaufsdatenbank konnte nicht %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed, so no history is kept. Install it (on Debian: libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert, daher wird kein Verlauf aufbewahrt. Installieren Sie ihn (unter Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the history.</source>
        <translation>Der Ordner %1 für den Verlauf konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Hookbench is using the history; it is read-only here and this instance records nothing until that one ends.</source>
        <translation>Ein anderes Hookbench verwendet den Verlauf; hier ist er schreibgeschützt, und diese Instanz zeichnet nichts auf, bis das andere beendet ist.</translation>
    </message>
    <message>
        <source>The history database %1 could not be opened.</source>
        <translation>Die Verlaufsdatenbank %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not create the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The history database is locked by another program: %1</source>
        <translation>Die Verlaufsdatenbank ist von einem anderen Programm gesperrt: %1</translation>
    </message>
    <message>
        <source>another program kept it locked</source>
        <translation>ein anderes Programm hielt sie gesperrt</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2).</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>sie ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>Could not read the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>be read</source>
        <translation>gelesen werden</translation>
    </message>
    <message>
        <source>The history was written by a newer Hookbench (schema %1); it is read-only here.</source>
        <translation>Der Verlauf wurde von einem neueren Hookbench geschrieben (Schema %1); hier ist er schreibgeschützt.</translation>
    </message>
    <message>
        <source>The history database has an older schema and another Hookbench is using it; it becomes available when that one ends.</source>
        <translation>Die Verlaufsdatenbank hat ein älteres Schema, und ein anderes Hookbench verwendet sie; sie wird verfügbar, wenn das andere beendet ist.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used (%2) and could not be moved aside; move or delete it to keep a history again.</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht verwendet werden (%2) und konnte nicht beiseitegelegt werden; verschieben oder löschen Sie sie, um wieder einen Verlauf zu führen.</translation>
    </message>
    <message>
        <source>The history database could not be used (%1). It was moved aside to %2 and a new history starts now.</source>
        <translation>Die Verlaufsdatenbank konnte nicht verwendet werden (%1). Sie wurde nach %2 beiseitegelegt, und ein neuer Verlauf beginnt jetzt.</translation>
    </message>
    <message>
        <source>The history database could not start a transaction: %1</source>
        <translation>Die Verlaufsdatenbank konnte keine Transaktion beginnen: %1</translation>
    </message>
    <message>
        <source>be created</source>
        <translation>angelegt werden</translation>
    </message>
    <message>
        <source>The history database could not be created: %1</source>
        <translation>Die Verlaufsdatenbank konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>be upgraded from schema %1</source>
        <translation>von Schema %1 aktualisiert werden</translation>
    </message>
    <message>
        <source>The history database could not be upgraded: %1</source>
        <translation>Die Verlaufsdatenbank konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>store the profile</source>
        <translation>das Profil speichern</translation>
    </message>
    <message>
        <source>An incomplete listing is not recorded in the history.</source>
        <translation>Eine unvollständige Auflistung wird nicht im Verlauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The history is read-only here.</source>
        <translation>Der Verlauf ist hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>A history needs a service URL and an account.</source>
        <translation>Ein Verlauf braucht eine Dienst-URL und ein Konto.</translation>
    </message>
    <message>
        <source>record the snapshot</source>
        <translation>den Snapshot aufzeichnen</translation>
    </message>
    <message>
        <source>The history database could not record the snapshot: %1</source>
        <translation>Die Verlaufsdatenbank konnte den Snapshot nicht aufzeichnen: %1</translation>
    </message>
    <message>
        <source>The history of %1 has no snapshot %2.</source>
        <translation>Der Verlauf von %1 hat keinen Snapshot %2.</translation>
    </message>
    <message>
        <source>be pruned</source>
        <translation>bereinigt werden</translation>
    </message>
    <message>
        <source>forget the history of %1</source>
        <translation>den Verlauf von %1 vergessen</translation>
    </message>
</context>
<context>
    <name>LoadingIndicator</name>
    <message>
        <source>Out of date</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading; the rows loaded so far stay</source>
        <translation>Laden beenden; die bisher geladenen Zeilen bleiben</translation>
    </message>
    <message>
        <source>The last refresh failed; the list shows what was loaded before.</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen; die Liste zeigt, was zuvor geladen wurde.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1, %2 disabled</source>
        <translation>%1, %2 deaktiviert</translation>
    </message>
    <message>
        <source>; %1 shown</source>
        <translation>; %1 angezeigt</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>Lade %1 von %2</translation>
    </message>
    <message>
        <source>Rate limit: waiting %1 s</source>
        <translation>Anfragelimit: %1 s Wartezeit</translation>
    </message>
    <message>
        <source>Webhooks whose last delivery failed: choose “Has an error” in the state filter to list them</source>
        <translation>Webhooks, deren letzte Zustellung fehlgeschlagen ist: Wählen Sie „Hat einen Fehler“ im Zustandsfilter, um sie aufzulisten</translation>
    </message>
    <message>
        <source>1 with an error</source>
        <translation>1 mit Fehler</translation>
    </message>
    <message>
        <source>%1 with errors</source>
        <translation>%1 mit Fehlern</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Switch the connection profile</source>
        <translation>Das Verbindungsprofil wechseln</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>%1 — account %2</source>
        <translation>%1 — Konto %2</translation>
    </message>
    <message>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 auf %3</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Enter &amp;Token…</source>
        <translation>&amp;Token eingeben…</translation>
    </message>
    <message>
        <source>Edit &amp;Profile…</source>
        <translation>&amp;Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Enter a new API token for “%1”.</source>
        <translation>Geben Sie ein neues API-Token für „%1“ ein.</translation>
    </message>
    <message>
        <source>Loaded %1 at %2</source>
        <translation>%1 um %2 geladen</translation>
    </message>
    <message>
        <source>Loading was cancelled; %1 are shown and the list may be incomplete.</source>
        <translation>Das Laden wurde abgebrochen; %1 werden angezeigt und die Liste ist vielleicht unvollständig.</translation>
    </message>
    <message>
        <source>Could not load the webhooks. %1</source>
        <translation>Die Webhooks konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The list shows what was loaded at %1.</source>
        <translation>Die Liste zeigt den Stand von %1.</translation>
    </message>
    <message>
        <source>The list shows what was loaded before.</source>
        <translation>Die Liste zeigt, was zuvor geladen wurde.</translation>
    </message>
    <message>
        <source>Welcome to Hookbench. Add a connection profile with the service URL, the account and an administrator’s API token to see its webhooks.</source>
        <translation>Willkommen bei Hookbench. Legen Sie ein Verbindungsprofil mit Dienst-URL, Konto und dem API-Token eines Administrators an, um dessen Webhooks zu sehen.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Reading the token of “%1”…</source>
        <translation>Token von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>The profile “%1” was removed. Choose another one in the Profile menu.</source>
        <translation>Das Profil „%1“ wurde entfernt. Wählen Sie im Menü Profil ein anderes.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Test sent.</source>
        <translation>Test gesendet.</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet…</translation>
    </message>
    <message>
        <source>Webhook Not Found</source>
        <translation>Webhook nicht gefunden</translation>
    </message>
    <message>
        <source>The webhook “%1” no longer exists; someone else deleted it.</source>
        <translation>Den Webhook „%1“ gibt es nicht mehr; jemand anderes hat ihn gelöscht.</translation>
    </message>
    <message>
        <source>Could Not Open the Webhook</source>
        <translation>Webhook konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Review Certificate…</source>
        <translation>Zertifikat &amp;prüfen…</translation>
    </message>
    <message>
        <source>“%1” reports no delivery error.</source>
        <translation>„%1“ meldet keinen Zustellfehler.</translation>
    </message>
    <message>
        <source>“%1” reports the delivery error “%2”.</source>
        <translation>„%1“ meldet den Zustellfehler „%2“.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Sandbox at %1</source>
        <translation>Sandbox auf %1</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;New Webhook…</source>
        <translation>&amp;Neuer Webhook…</translation>
    </message>
    <message>
        <source>Create a webhook (it starts disabled)</source>
        <translation>Einen Webhook anlegen (er beginnt deaktiviert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected webhook (F2, or Enter in the list)</source>
        <translation>Den ausgewählten Webhook bearbeiten (F2 oder Eingabe in der Liste)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected webhooks</source>
        <translation>Die ausgewählten Webhooks löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the list again from the service</source>
        <translation>Die Liste erneut vom Dienst laden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Die Liste durchsuchen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write all, the filtered or the selected webhooks to a CSV file</source>
        <translation>Alle, die gefilterten oder die ausgewählten Webhooks in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Send a test message to the selected webhooks</source>
        <translation>Eine Testnachricht an die ausgewählten Webhooks senden</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Enable the selected webhooks</source>
        <translation>Die ausgewählten Webhooks aktivieren</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>D&amp;eaktivieren</translation>
    </message>
    <message>
        <source>Disable the selected webhooks</source>
        <translation>Die ausgewählten Webhooks deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>Als JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected webhooks to the clipboard as JSON</source>
        <translation>Die ausgewählten Webhooks als JSON in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Open URI</source>
        <translation>URI ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the URI of the selected webhooks in the browser</source>
        <translation>Die URI der ausgewählten Webhooks im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Recently Deleted…</source>
        <translation>&amp;Zuletzt gelöscht…</translation>
    </message>
    <message>
        <source>Webhooks deleted in this session, to re-create them</source>
        <translation>In dieser Sitzung gelöschte Webhooks, um sie neu anzulegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Fit Columns</source>
        <translation>Spalten an&amp;passen</translation>
    </message>
    <message>
        <source>Size the columns to the rows in view</source>
        <translation>Die Spalten an die sichtbaren Zeilen anpassen</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>Show the details of the selected webhook</source>
        <translation>Die Details des ausgewählten Webhooks zeigen</translation>
    </message>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Connect to another account</source>
        <translation>Mit einem anderen Konto verbinden</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the current profile or its token</source>
        <translation>Das aktuelle Profil oder sein Token ändern</translation>
    </message>
    <message>
        <source>&amp;Remove Profile…</source>
        <translation>Profil &amp;entfernen…</translation>
    </message>
    <message>
        <source>Forget the current profile and its token</source>
        <translation>Das aktuelle Profil und sein Token vergessen</translation>
    </message>
    <message>
        <source>&amp;About Hookbench</source>
        <translation>&amp;Über Hookbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Policies…</source>
        <translation>&amp;Richtlinien…</translation>
    </message>
    <message>
        <source>The webhook policies that sign messages: create, edit, delete</source>
        <translation>Die Webhook-Richtlinien, die Nachrichten signieren: anlegen, bearbeiten, löschen</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare this account&apos;s webhooks with another profile&apos;s, and copy, update or delete them there</source>
        <translation>Die Webhooks dieses Kontos mit denen eines anderen Profils vergleichen und sie dort kopieren, aktualisieren oder löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Make this account like an export file (JSON or CSV), after a preview</source>
        <translation>Dieses Konto nach einer Vorschau an eine Exportdatei (JSON oder CSV) angleichen</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>the sourceID %1 belongs to several webhooks of the target (%2).</source>
        <translation>die sourceID %1 gehört zu mehreren Webhooks des Ziels (%2).</translation>
    </message>
    <message>
        <source>the sourceID %1 belongs to several webhooks of the desired state; the target&apos;s webhook %2 has it.</source>
        <translation>die sourceID %1 gehört zu mehreren Webhooks des gewünschten Zustands; der Webhook %2 des Ziels hat sie.</translation>
    </message>
    <message>
        <source>the name and event match %n webhook(s) of the target (%1) and no unique URI or sourceID tells which; nothing is done with them.</source>
        <translation>Name und Ereignis passen zu %n Webhooks des Ziels (%1), und keine eindeutige URI oder sourceID sagt, zu welchem; mit ihnen geschieht nichts.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OidcKeyFetcher</name>
    <message>
        <source>the issuer %1 is no https:// address</source>
        <translation>der Aussteller %1 ist keine https://-Adresse</translation>
    </message>
    <message>
        <source>the issuer %1 uses plain http:// to another computer; only https:// is trusted there</source>
        <translation>der Aussteller %1 verwendet einfaches http:// zu einem anderen Computer; dort wird nur https:// vertraut</translation>
    </message>
    <message>
        <source>more than %1 keys are being looked up at once</source>
        <translation>es werden mehr als %1 Schlüssel gleichzeitig gesucht</translation>
    </message>
    <message>
        <source>%1 did not give the key within %2 s</source>
        <translation>%1 hat den Schlüssel nicht innerhalb von %2 s geliefert</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB</source>
        <translation>%1 ist größer als %2 KB</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 is no JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 names the issuer &quot;%2&quot;, not %3</source>
        <translation>%1 nennt den Aussteller &quot;%2&quot;, nicht %3</translation>
    </message>
    <message>
        <source>the jwks_uri of %1 is not on the issuer&apos;s address</source>
        <translation>die jwks_uri von %1 liegt nicht auf der Adresse des Ausstellers</translation>
    </message>
    <message>
        <source>%1 holds no key with kid &quot;%2&quot;</source>
        <translation>%1 enthält keinen Schlüssel mit kid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the key in %1 cannot be used: %2</source>
        <translation>der Schlüssel in %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>the RSA key&apos;s n or e is missing or out of range</source>
        <translation>n oder e des RSA-Schlüssels fehlt oder liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the RSA key cannot be read</source>
        <translation>der RSA-Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the curve &quot;%1&quot; is not supported</source>
        <translation>die Kurve &quot;%1&quot; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the EC key&apos;s x or y is missing or of the wrong size</source>
        <translation>x oder y des EC-Schlüssels fehlt oder hat die falsche Größe</translation>
    </message>
    <message>
        <source>the EC key cannot be read</source>
        <translation>der EC-Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the key type &quot;%1&quot; is not supported</source>
        <translation>der Schlüsseltyp &quot;%1&quot; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>OpenSSL does not accept the key</source>
        <translation>OpenSSL akzeptiert den Schlüssel nicht</translation>
    </message>
    <message>
        <source>the EC point is not on the curve</source>
        <translation>der EC-Punkt liegt nicht auf der Kurve</translation>
    </message>
    <message>
        <source>the key cannot be written as PEM</source>
        <translation>der Schlüssel kann nicht als PEM geschrieben werden</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <source>webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>the target does not offer the event %1 (a legacy event); the webhook is not created.</source>
        <translation>das Ziel bietet das Ereignis %1 nicht an (ein veraltetes Ereignis); der Webhook wird nicht angelegt.</translation>
    </message>
    <message>
        <source>the target does not offer the event %1 (a legacy event); the webhook is not changed.</source>
        <translation>das Ziel bietet das Ereignis %1 nicht an (ein veraltetes Ereignis); der Webhook wird nicht geändert.</translation>
    </message>
    <message>
        <source>%1 (%2, %3): its policy %4 has no --policy-map entry; the target&apos;s webhook will not be signed.</source>
        <translation>%1 (%2, %3): Seine Richtlinie %4 hat keinen Eintrag in --policy-map; der Webhook des Ziels wird nicht signiert.</translation>
    </message>
    <message>
        <source>an ambiguous match; left alone.</source>
        <translation>eine mehrdeutige Zuordnung; bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Import Webhooks</source>
        <translation>Webhooks importieren</translation>
    </message>
    <message>
        <source>Hookbench exports (*.json *.csv);;All files (*)</source>
        <translation>Hookbench-Exporte (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could Not Import</source>
        <translation>Import nicht möglich</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Plan für %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Plan for %1: %2 to create, %3 to update, %4 to delete, %5 unchanged.</source>
        <translation>Plan für %1: %2 anzulegen, %3 zu aktualisieren, %4 zu löschen, %5 unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) cannot be applied (see their notes).</source>
        <translation>
            <numerusform>%n Webhook kann nicht angewendet werden (siehe Hinweis).</numerusform>
            <numerusform>%n Webhooks können nicht angewendet werden (siehe Hinweise).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), at least %1 s under the rate limit.</source>
        <translation>
            <numerusform>%n Anfrage, mindestens %1 s unter dem Anfragelimit.</numerusform>
            <numerusform>%n Anfragen, mindestens %1 s unter dem Anfragelimit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service will ask %n receiver(s) to verify their URI; those webhooks stay inactive until their receivers answer.</source>
        <translation>
            <numerusform>Der Dienst wird %n Empfänger bitten, seine URI zu bestätigen; dieser Webhook bleibt inaktiv, bis sein Empfänger antwortet.</numerusform>
            <numerusform>Der Dienst wird %n Empfänger bitten, ihre URI zu bestätigen; diese Webhooks bleiben inaktiv, bis ihre Empfänger antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 deleted.</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 gelöscht.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Stopped at “%1”: %2 Before it: %3</source>
        <translation>Bei „%1“ angehalten: %2 Davor: %3</translation>
    </message>
    <message>
        <source>Cancelled. Before that: %1</source>
        <translation>Abgebrochen. Davor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent.</source>
        <translation>
            <numerusform>%n Änderung nicht gesendet.</numerusform>
            <numerusform>%n Änderungen nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service will ask this URI to verify itself.</source>
        <translation>Der Dienst wird diese URI bitten, sich zu bestätigen.</translation>
    </message>
    <message>
        <source>Loses its signing: no policy of the target is linked.</source>
        <translation>Verliert seine Signatur: Keine Richtlinie des Ziels ist verknüpft.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <source>Webhook Policies – %1</source>
        <translation>Webhook-Richtlinien – %1</translation>
    </message>
    <message>
        <source>A webhook policy makes the service sign the messages of the webhooks linked to it. Link a webhook in its Edit dialog.</source>
        <translation>Eine Webhook-Richtlinie lässt den Dienst die Nachrichten der mit ihr verknüpften Webhooks signieren. Verknüpfen Sie einen Webhook in seinem Bearbeiten-Dialog.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab nach</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>&amp;New Policy…</source>
        <translation>&amp;Neue Richtlinie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Loading the webhook policies…</source>
        <translation>Die Webhook-Richtlinien werden geladen…</translation>
    </message>
    <message>
        <source>The webhook policies could not be loaded: %1</source>
        <translation>Die Webhook-Richtlinien konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The list is incomplete: %1</source>
        <translation>Die Liste ist unvollständig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook policy(ies).</source>
        <translation>
            <numerusform>%n Webhook-Richtlinie.</numerusform>
            <numerusform>%n Webhook-Richtlinien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Hookbench keeps this policy&apos;s public key.</source>
        <translation>Hookbench bewahrt den öffentlichen Schlüssel dieser Richtlinie auf.</translation>
    </message>
    <message>
        <source>Created policy %1.</source>
        <translation>Richtlinie %1 angelegt.</translation>
    </message>
    <message>
        <source>Created policy %1. A %2 policy has no public key.</source>
        <translation>Richtlinie %1 angelegt. Eine %2-Richtlinie hat keinen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Hookbench also keeps a copy in %1, so that its receiver can check the signatures.</source>
        <translation>Hookbench bewahrt außerdem eine Kopie in %1 auf, damit sein Empfänger die Signaturen prüfen kann.</translation>
    </message>
    <message>
        <source>Hookbench could not keep a copy of its own (%1): save the key now.</source>
        <translation>Hookbench konnte keine eigene Kopie aufbewahren (%1): Speichern Sie den Schlüssel jetzt.</translation>
    </message>
    <message>
        <source>Saved policy %1.</source>
        <translation>Richtlinie %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete Webhook Policy</source>
        <translation>Webhook-Richtlinie löschen</translation>
    </message>
    <message>
        <source>Delete the webhook policy “%1”?</source>
        <translation>Die Webhook-Richtlinie „%1“ löschen?</translation>
    </message>
    <message>
        <source>No webhook in the list uses it.</source>
        <translation>Kein Webhook in der Liste verwendet sie.</translation>
    </message>
    <message>
        <source>These webhooks lose their signing: their messages are sent unsigned from then on.
%1</source>
        <translation>Diese Webhooks verlieren ihre Signatur: Ihre Nachrichten werden von da an unsigniert gesendet.
%1</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting policy %1…</source>
        <translation>Richtlinie %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Policy %1 was not deleted: %2</source>
        <translation>Richtlinie %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Deleted policy %1.</source>
        <translation>Richtlinie %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>PolicyEditDialog</name>
    <message>
        <source>New Webhook Policy</source>
        <translation>Neue Webhook-Richtlinie</translation>
    </message>
    <message>
        <source>Webhook Policy %1</source>
        <translation>Webhook-Richtlinie %1</translation>
    </message>
    <message>
        <source>rs* and es* sign with a private key that stays with the service; you get the public key once. hs* uses a shared secret; none does not sign.</source>
        <translation>rs* und es* signieren mit einem privaten Schlüssel, der beim Dienst bleibt; Sie erhalten den öffentlichen Schlüssel einmal. hs* verwendet ein gemeinsames Geheimnis; none signiert nicht.</translation>
    </message>
    <message>
        <source>The algorithm cannot change: create a new policy instead.</source>
        <translation>Der Algorithmus kann nicht geändert werden: Legen Sie stattdessen eine neue Richtlinie an.</translation>
    </message>
    <message>
        <source>Empty: no aud claim</source>
        <translation>Leer: kein aud-Claim</translation>
    </message>
    <message>
        <source>The audience (aud claim) a receiver expects, at most 2 KB.</source>
        <translation>Die Zielgruppe (aud-Claim), die ein Empfänger erwartet, höchstens 2 KB.</translation>
    </message>
    <message>
        <source>Messages e&amp;xpire after</source>
        <translation>Nachrichten laufen a&amp;b nach</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes after sending until the exp claim makes a message invalid.</source>
        <translation>Minuten nach dem Senden, bis der exp-Claim eine Nachricht ungültig macht.</translation>
    </message>
    <message>
        <source>&amp;Disabled (no webhook can be linked to it)</source>
        <translation>&amp;Deaktiviert (kein Webhook kann mit ihr verknüpft werden)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>The policy was not created: %1</source>
        <translation>Die Richtlinie wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>Die Richtlinie wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>PolicyKeyStore</name>
    <message>
        <source>%1 is not readable JSON (%2)</source>
        <translation>%1 ist kein lesbares JSON (%2)</translation>
    </message>
</context>
<context>
    <name>PolicyMap</name>
    <message>
        <source>&apos;%1&apos; is no policy mapping: write SOURCE_NAME_OR_ID=TARGET_ID, e.g. 3=17.</source>
        <translation>&apos;%1&apos; ist keine Richtlinienzuordnung: Schreiben Sie QUELLNAME_ODER_ID=ZIEL_ID, z. B. 3=17.</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>%1 (%2 at %3)</source>
        <translation>%1 (%2 auf %3)</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Noch keine Profile</translation>
    </message>
    <message>
        <source>Token Kept for This Session</source>
        <translation>Token für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its API token is removed from the keychain; the webhooks of the account are not touched.</source>
        <translation>Das Profil „%1“ entfernen? Sein API-Token wird aus dem Schlüsselbund entfernt; die Webhooks des Kontos bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server of “%1” showed a certificate that this computer does not trust. Trust it only when the server’s administrator confirms this exact fingerprint.</source>
        <translation>Der Server von „%1“ hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut. Vertrauen Sie ihm nur, wenn der Administrator des Servers genau diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>No API token is stored for “%1”. Enter it to connect.</source>
        <translation>Für „%1“ ist kein API-Token gespeichert. Geben Sie es ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be read: %2 Enter it to connect.</source>
        <translation>Das Token von „%1“ konnte nicht gelesen werden: %2 Geben Sie es ein, um sich zu verbinden.</translation>
    </message>
</context>
<context>
    <name>PublicKeyDialog</name>
    <message>
        <source>Public Key of Policy %1</source>
        <translation>Öffentlicher Schlüssel der Richtlinie %1</translation>
    </message>
    <message>
        <source>This is the only time the service shows the public key of this %1 policy. Copy it or save it as a .pem file now, and give it to the receivers that check the signatures: it cannot be fetched again.</source>
        <translation>Nur dieses eine Mal zeigt der Dienst den öffentlichen Schlüssel dieser %1-Richtlinie. Kopieren Sie ihn oder speichern Sie ihn jetzt als .pem-Datei und geben Sie ihn den Empfängern, die die Signaturen prüfen: Er kann nicht erneut abgerufen werden.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as .pem…</source>
        <translation>Als .pem &amp;speichern…</translation>
    </message>
    <message>
        <source>The public key is on the clipboard.</source>
        <translation>Der öffentliche Schlüssel ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save Public Key</source>
        <translation>Öffentlichen Schlüssel speichern</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM-Dateien (*.pem)</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another place, or copy the key.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Wählen Sie einen anderen Ort oder kopieren Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>Public Key Not Saved</source>
        <translation>Öffentlicher Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>You have neither copied nor saved the public key.</source>
        <translation>Sie haben den öffentlichen Schlüssel weder kopiert noch gespeichert.</translation>
    </message>
    <message>
        <source>The service never shows it again. Close anyway?</source>
        <translation>Der Dienst zeigt ihn nie wieder. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Close &amp;Anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently Deleted Webhooks</source>
        <translation>Zuletzt gelöschte Webhooks</translation>
    </message>
    <message>
        <source>Webhooks deleted in this session. Re-creating one gives it a new id; its receiver may need to verify the URI again.</source>
        <translation>In dieser Sitzung gelöschte Webhooks. Ein neu angelegter Webhook bekommt eine neue ID; sein Empfänger muss die URI vielleicht erneut bestätigen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Former id</source>
        <translation>Frühere ID</translation>
    </message>
    <message>
        <source>&amp;Re-create</source>
        <translation>&amp;Neu anlegen</translation>
    </message>
</context>
<context>
    <name>RemovedWebhooksPanel</name>
    <message>
        <source>Former id</source>
        <translation>Frühere ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Re-&amp;create</source>
        <translation>&amp;Neu anlegen</translation>
    </message>
    <message>
        <source>Create the selected webhooks again (they get new ids)</source>
        <translation>Die ausgewählten Webhooks erneut anlegen (sie erhalten neue IDs)</translation>
    </message>
    <message>
        <source>No webhook was removed since the previous snapshot.</source>
        <translation>Seit dem vorherigen Snapshot wurde kein Webhook entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhooks were removed since the previous snapshot. Re-creating one gives it a new id; its receiver may need to verify the URI again.</source>
        <translation>
            <numerusform>%n Webhook wurde seit dem vorherigen Snapshot entfernt. Ein neu angelegter Webhook bekommt eine neue ID; sein Empfänger muss die URI vielleicht erneut bestätigen.</numerusform>
            <numerusform>%n Webhooks wurden seit dem vorherigen Snapshot entfernt. Ein neu angelegter Webhook bekommt eine neue ID; sein Empfänger muss die URI vielleicht erneut bestätigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>Could not start the sandbox server %1: %2. Build hookbench-sandbox or install it beside hookbench.</source>
        <translation>Der Sandbox-Server %1 konnte nicht gestartet werden: %2. Bauen Sie hookbench-sandbox oder installieren Sie es neben hookbench.</translation>
    </message>
    <message>
        <source>The sandbox server stopped unexpectedly (exit code %1).</source>
        <translation>Der Sandbox-Server wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The sandbox server exited before it was ready (exit code %1).</source>
        <translation>Der Sandbox-Server wurde beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the sandbox data: %1</source>
        <translation>Für die Sandbox-Daten konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>ServicePreset</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <extracomment>A service URL preset: brand, region, environment, e.g. &quot;Xurrent — Australia — QA&quot;</extracomment>
        <translation>%1 — %2 — %3</translation>
    </message>
</context>
<context>
    <name>ServiceUrl</name>
    <message>
        <source>The service URL must be an absolute https:// address, such as https://api.4me.com/v1.</source>
        <translation>Die Dienst-URL muss eine absolute https://-Adresse sein, etwa https://api.4me.com/v1.</translation>
    </message>
    <message>
        <source>Plain http:// is accepted only for this computer: the token would travel unencrypted to %1. Use https://.</source>
        <translation>Einfaches http:// ist nur für diesen Computer zulässig: Das Token würde unverschlüsselt an %1 übertragen. Verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>SignedMessageCheck</name>
    <message>
        <source>aud is neither a text nor a list of texts</source>
        <translation>aud ist weder ein Text noch eine Liste von Texten</translation>
    </message>
    <message>
        <source>the token names no audience, and the policy&apos;s audience is not known</source>
        <translation>das Token nennt keine Zielgruppe, und die Zielgruppe der Richtlinie ist nicht bekannt</translation>
    </message>
    <message>
        <source>aud is &quot;%1&quot;; the policy&apos;s audience is not known</source>
        <translation>aud ist &quot;%1&quot;; die Zielgruppe der Richtlinie ist nicht bekannt</translation>
    </message>
    <message>
        <source>no aud, and the policy sets no audience</source>
        <translation>kein aud, und die Richtlinie legt keine Zielgruppe fest</translation>
    </message>
    <message>
        <source>aud is &quot;%1&quot;, but the policy sets no audience</source>
        <translation>aud ist &quot;%1&quot;, aber die Richtlinie legt keine Zielgruppe fest</translation>
    </message>
    <message>
        <source>the token names no audience; the policy&apos;s is &quot;%1&quot;</source>
        <translation>das Token nennt keine Zielgruppe; die der Richtlinie ist &quot;%1&quot;</translation>
    </message>
    <message>
        <source>aud is the policy&apos;s audience &quot;%1&quot;</source>
        <translation>aud ist die Zielgruppe &quot;%1&quot; der Richtlinie</translation>
    </message>
    <message>
        <source>aud is &quot;%1&quot;, not the policy&apos;s audience &quot;%2&quot;</source>
        <translation>aud ist &quot;%1&quot;, nicht die Zielgruppe &quot;%2&quot; der Richtlinie</translation>
    </message>
    <message>
        <source>no exp: the token does not expire</source>
        <translation>kein exp: das Token läuft nicht ab</translation>
    </message>
    <message>
        <source>exp is not a number of seconds</source>
        <translation>exp ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>expired at %1, %2 s ago (more than the %3 s leeway)</source>
        <translation>abgelaufen am %1, vor %2 s (mehr als die %3 s Toleranz)</translation>
    </message>
    <message>
        <source>expires at %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <source>no nbf: the token is valid from the start</source>
        <translation>kein nbf: das Token ist von Anfang an gültig</translation>
    </message>
    <message>
        <source>nbf is not a number of seconds</source>
        <translation>nbf ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>not valid before %1, %2 s from now (more than the %3 s leeway)</source>
        <translation>nicht gültig vor %1, in %2 s (mehr als die %3 s Toleranz)</translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation>gültig seit %1</translation>
    </message>
    <message>
        <source>the token names no issuer (iss)</source>
        <translation>das Token nennt keinen Aussteller (iss)</translation>
    </message>
    <message>
        <source>%1 is a policy&apos;s URL under the account URL</source>
        <translation>%1 ist die URL einer Richtlinie unter der Konto-URL</translation>
    </message>
    <message>
        <source>%1 is the account URL</source>
        <translation>%1 ist die Konto-URL</translation>
    </message>
    <message>
        <source>%1 is on the sandbox&apos;s address</source>
        <translation>%1 liegt auf der Adresse der Sandbox</translation>
    </message>
    <message>
        <source>%1 is neither the account URL %2 nor a policy&apos;s URL under it</source>
        <translation>%1 ist weder die Konto-URL %2 noch die URL einer Richtlinie darunter</translation>
    </message>
    <message>
        <source>%1 is the account URL that the signed message names</source>
        <translation>%1 ist die Konto-URL, die die signierte Nachricht nennt</translation>
    </message>
    <message>
        <source>%1 is not the account URL %2 that the signed message names</source>
        <translation>%1 ist nicht die Konto-URL %2, die die signierte Nachricht nennt</translation>
    </message>
    <message>
        <source>iss is %1; the account URL is not known</source>
        <translation>iss ist %1; die Konto-URL ist nicht bekannt</translation>
    </message>
    <message>
        <source>unsigned (alg none): anyone could have sent it</source>
        <translation>unsigniert (alg none): jeder könnte sie gesendet haben</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>SignedMessageCheck::Report</name>
    <message>
        <source>the message is not signed</source>
        <translation>die Nachricht ist nicht signiert</translation>
    </message>
    <message>
        <source>the %1 check failed: %2</source>
        <translation>die Prüfung %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the key came from the issuer, whose address could not be checked: %1</source>
        <translation>der Schlüssel kam vom Aussteller, dessen Adresse nicht geprüft werden konnte: %1</translation>
    </message>
    <message>
        <source> (key from %1)</source>
        <translation> (Schlüssel von %1)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)
</source>
        <translation>%1: %2 (%3)
</translation>
    </message>
</context>
<context>
    <name>SignedMessageVerifier</name>
    <message>
        <source>the sandbox</source>
        <translation>die Sandbox</translation>
    </message>
    <message>
        <source>no secret given</source>
        <translation>kein Geheimnis angegeben</translation>
    </message>
    <message>
        <source>no public key given, and no iss to discover one from</source>
        <translation>kein öffentlicher Schlüssel angegeben und kein iss, über das einer ermittelt werden könnte</translation>
    </message>
    <message>
        <source>no public key given; OpenID Connect discovery from %1 is off</source>
        <translation>kein öffentlicher Schlüssel angegeben; OpenID-Connect-Discovery von %1 ist ausgeschaltet</translation>
    </message>
    <message>
        <source>OpenID Connect discovery failed: %1</source>
        <translation>OpenID-Connect-Discovery fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>looking up the key at %1</source>
        <translation>der Schlüssel wird bei %1 gesucht</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token could not be read from the system keychain (%1). Enter it again; without a keychain it is kept for this session only.</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund des Systems gelesen werden (%1). Geben Sie es erneut ein; ohne Schlüsselbund wird es nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The token is kept for this session only; it is not stored in the system keychain.</source>
        <translation>Das Token wird nur für diese Sitzung aufbewahrt; es wird nicht im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The token is kept for this session only and is not saved to disk: enter it again after a restart.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Das Token wird nur für diese Sitzung aufbewahrt und nicht auf die Festplatte geschrieben: Geben Sie es nach einem Neustart erneut ein.</translation>
    </message>
    <message>
        <source>The token could not be removed from the system keychain (%1). Remove it with the keychain&apos;s own tool.</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%1). Entfernen Sie es mit dem Werkzeug des Schlüsselbunds.</translation>
    </message>
</context>
<context>
    <name>UriRewriteRule</name>
    <message>
        <source>&apos;%1&apos; is no rewrite rule: write FROM=TO, e.g. %2.</source>
        <translation>&apos;%1&apos; ist keine Umschreiberegel: Schreiben Sie VON=NACH, z. B. %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: both sides of a rewrite rule must start with https:// or http://, e.g. %2.</source>
        <translation>&apos;%1&apos;: Beide Seiten einer Umschreiberegel müssen mit https:// oder http:// beginnen, z. B. %2.</translation>
    </message>
</context>
<context>
    <name>VerificationResponder</name>
    <message>
        <source>the message carries no usable callback address</source>
        <translation>die Nachricht enthält keine verwendbare Rückrufadresse</translation>
    </message>
    <message>
        <source>the callback %1 is not on the sandbox&apos;s address %2</source>
        <translation>der Rückruf %1 liegt nicht auf der Adresse %2 der Sandbox</translation>
    </message>
    <message>
        <source>the callback %1 is not on the account&apos;s address %2</source>
        <translation>der Rückruf %1 liegt nicht auf der Adresse %2 des Kontos</translation>
    </message>
    <message>
        <source>the service answered %1 to %2</source>
        <translation>der Dienst hat auf %2 mit %1 geantwortet</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the signed message is not trusted: %1</source>
        <translation>der signierten Nachricht wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>the message is a JWT with alg none: it is unsigned, and anyone could have sent it</source>
        <translation>die Nachricht ist ein JWT mit alg none: sie ist nicht signiert, und jeder könnte sie gesendet haben</translation>
    </message>
    <message>
        <source>the message is signed, and its signature was not checked</source>
        <translation>die Nachricht ist signiert, und ihre Signatur wurde nicht geprüft</translation>
    </message>
    <message>
        <source>the signature does not verify with the key it was checked with (%1)</source>
        <translation>die Signatur passt nicht zu dem Schlüssel, mit dem sie geprüft wurde (%1)</translation>
    </message>
</context>
<context>
    <name>WebhookDetailsPane</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Ereignis:</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Mail exceptions to:</source>
        <translation>Fehler melden an:</translation>
    </message>
    <message>
        <source>Webhook policy:</source>
        <translation>Webhook-Richtlinie:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>Knoten-ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Credentials and query values are hidden; edit the webhook to see the whole URI.</source>
        <translation>Zugangsdaten und Abfragewerte sind verborgen; bearbeiten Sie den Webhook, um die ganze URI zu sehen.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Every account administrator</source>
        <translation>Alle Kontoadministratoren</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Select a webhook to see its details.</source>
        <translation>Wählen Sie einen Webhook aus, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhooks selected.</source>
        <translation>
            <numerusform>%n Webhook ausgewählt.</numerusform>
            <numerusform>%n Webhooks ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenID Connect discovery:</source>
        <translation>OpenID-Connect-Discovery:</translation>
    </message>
    <message>
        <source>App offerings:</source>
        <translation>App-Angebote:</translation>
    </message>
    <message>
        <source>Source ID:</source>
        <translation>Quell-ID:</translation>
    </message>
    <message>
        <source>Awaiting verification. The code sent to the URI expired at %1: save the webhook again to have a fresh one sent, then call its callback.</source>
        <translation>Wartet auf Bestätigung. Der an die URI gesendete Code ist am %1 abgelaufen: Speichern Sie den Webhook erneut, damit ein neuer gesendet wird, und rufen Sie dann dessen Rückruf auf.</translation>
    </message>
    <message>
        <source>Awaiting verification. The service sent a webhook.verify message to the URI; the webhook receives no other messages until the callback in that message is called (GET or POST) before %1. Hookbench&apos;s built-in receiver calls it for you; another receiver must call it, or open it in a browser.</source>
        <translation>Wartet auf Bestätigung. Der Dienst hat eine webhook.verify-Nachricht an die URI gesendet; der Webhook erhält keine anderen Nachrichten, bis der Rückruf in dieser Nachricht vor %1 aufgerufen wird (GET oder POST). Der eingebaute Empfänger von Hookbench ruft ihn für Sie auf; ein anderer Empfänger muss ihn aufrufen, oder Sie öffnen ihn im Browser.</translation>
    </message>
    <message>
        <source>Most likely disabled by the service after repeated failed deliveries. Fix the receiver, send a test message, then enable the webhook again.</source>
        <translation>Vermutlich vom Dienst nach wiederholt fehlgeschlagenen Zustellungen deaktiviert. Beheben Sie das Problem beim Empfänger, senden Sie eine Testnachricht und aktivieren Sie den Webhook dann wieder.</translation>
    </message>
    <message>
        <source>Disabled, awaiting verification</source>
        <translation>Deaktiviert, wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>Enabled, awaiting verification</source>
        <translation>Aktiviert, wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Changed since the previous snapshot:</source>
        <translation>Seit dem vorherigen Snapshot geändert:</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <source>New webhooks start disabled. Save it, press Test until the receiver accepts the test message, then clear “Disabled” to let events flow.</source>
        <translation>Neue Webhooks beginnen deaktiviert. Speichern Sie ihn, drücken Sie Testen, bis der Empfänger die Testnachricht annimmt, und entfernen Sie dann „Deaktiviert“, damit Ereignisse fließen.</translation>
    </message>
    <message>
        <source>Last delivery error: %1</source>
        <translation>Letzter Zustellfehler: %1</translation>
    </message>
    <message>
        <source>The event this webhook listens to. Type to search.</source>
        <translation>Das Ereignis, auf das dieser Webhook hört. Tippen zum Suchen.</translation>
    </message>
    <message>
        <source>The address that receives a POST request for each event.</source>
        <translation>Die Adresse, die für jedes Ereignis eine POST-Anfrage erhält.</translation>
    </message>
    <message>
        <source>What this webhook is for, and who looks after the receiver.</source>
        <translation>Wozu dieser Webhook dient und wer sich um den Empfänger kümmert.</translation>
    </message>
    <message>
        <source>Empty: every account administrator</source>
        <translation>Leer: alle Kontoadministratoren</translation>
    </message>
    <message>
        <source>Comma-separated e-mail addresses that hear about failed deliveries.</source>
        <translation>Kommagetrennte E-Mail-Adressen, die von fehlgeschlagenen Zustellungen erfahren.</translation>
    </message>
    <message>
        <source>&amp;Disabled (no messages are sent)</source>
        <translation>&amp;Deaktiviert (es werden keine Nachrichten gesendet)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Send a test message to the URI (saves first when needed).</source>
        <translation>Eine Testnachricht an die URI senden (speichert vorher, wenn nötig).</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>&amp;Mail exceptions to:</source>
        <translation>Fehler &amp;melden an:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Defaults to the event name</source>
        <translation>Standardmäßig der Ereignisname</translation>
    </message>
    <message>
        <source>“%1” cannot be reached from the internet: the service will not be able to deliver to it.</source>
        <translation>„%1“ ist aus dem Internet nicht erreichbar: Der Dienst wird nicht dorthin zustellen können.</translation>
    </message>
    <message>
        <source>Plain http sends the messages unencrypted; prefer https.</source>
        <translation>Einfaches http sendet die Nachrichten unverschlüsselt; verwenden Sie lieber https.</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 Bytes</translation>
    </message>
    <message>
        <source>New Webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Edit Webhook “%1”</source>
        <translation>Webhook „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Testnachricht wird gesendet…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this webhook before closing?</source>
        <translation>Die Änderungen an diesem Webhook vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Use &amp;Local Receiver</source>
        <translation>&amp;Lokalen Empfänger verwenden</translation>
    </message>
    <message>
        <source>Send this webhook&apos;s messages to the receiver built into Hookbench, and see them in the Deliveries panel.</source>
        <translation>Die Nachrichten dieses Webhooks an den in Hookbench eingebauten Empfänger senden und im Bereich „Zustellungen“ ansehen.</translation>
    </message>
    <message>
        <source>The local receiver is on this computer. The sandbox can deliver to it; the real service needs a URI it can reach from the internet.</source>
        <translation>Der lokale Empfänger läuft auf diesem Computer. Die Sandbox kann an ihn zustellen; der echte Dienst braucht eine URI, die er aus dem Internet erreicht.</translation>
    </message>
    <message>
        <source>Empty: instances of every app offering</source>
        <translation>Leer: Instanzen aller App-Angebote</translation>
    </message>
    <message>
        <source>Comma-separated references of the app offerings whose instances this webhook reports on.</source>
        <translation>Kommagetrennte Referenzen der App-Angebote, über deren Instanzen dieser Webhook berichtet.</translation>
    </message>
    <message>
        <source>Signed messages name their key for OpenID &amp;Connect discovery</source>
        <translation>Signierte Nachrichten nennen ihren Schlüssel für OpenID-&amp;Connect-Discovery</translation>
    </message>
    <message>
        <source>The messages&apos; JWT carries a kid header and an iss claim from which a receiver finds the policy&apos;s public key (JWKS).</source>
        <translation>Das JWT der Nachrichten enthält einen kid-Header und einen iss-Claim, über die ein Empfänger den öffentlichen Schlüssel der Richtlinie (JWKS) findet.</translation>
    </message>
    <message>
        <source>&amp;App offerings:</source>
        <translation>&amp;App-Angebote:</translation>
    </message>
    <message>
        <source>After saving, the webhook receives no messages until the new URI is verified.</source>
        <translation>Nach dem Speichern erhält der Webhook keine Nachrichten, bis die neue URI bestätigt ist.</translation>
    </message>
    <message>
        <source>Change the URI?</source>
        <translation>URI ändern?</translation>
    </message>
    <message>
        <source>After the new URI is saved, the service sends a verification message to it, and “%1” receives no messages until that URI is verified.</source>
        <translation>Nachdem die neue URI gespeichert ist, sendet der Dienst eine Bestätigungsnachricht an sie, und „%1“ erhält keine Nachrichten, bis diese URI bestätigt ist.</translation>
    </message>
    <message>
        <source>To miss no messages, create a second webhook for the new URI first, wait until it is verified, and delete this one afterwards.</source>
        <translation>Um keine Nachrichten zu verpassen, legen Sie zuerst einen zweiten Webhook für die neue URI an, warten, bis er bestätigt ist, und löschen danach diesen.</translation>
    </message>
    <message>
        <source>Save New URI</source>
        <translation>Neue URI speichern</translation>
    </message>
    <message>
        <source>The webhook policy that signs this webhook&apos;s messages (a JWT), or none. Only enabled policies can be chosen.</source>
        <translation>Die Webhook-Richtlinie, die die Nachrichten dieses Webhooks signiert (ein JWT), oder keine. Nur aktivierte Richtlinien können gewählt werden.</translation>
    </message>
    <message>
        <source>Si&amp;gning policy:</source>
        <translation>Si&amp;gnaturrichtlinie:</translation>
    </message>
    <message>
        <source>The account&apos;s webhook policies could not be loaded (%1); the current choice is kept.</source>
        <translation>Die Webhook-Richtlinien des Kontos konnten nicht geladen werden (%1); die aktuelle Auswahl bleibt erhalten.</translation>
    </message>
    <message>
        <source>None (messages are not signed)</source>
        <translation>Keine (Nachrichten werden nicht signiert)</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, ID %3)</translation>
    </message>
    <message>
        <source>Test sent at %1: the service delivers a message with object_id 12345 to the URI. Whether the receiver accepted it shows as the webhook&apos;s last error within about 10 seconds.</source>
        <translation>Test um %1 gesendet: Der Dienst stellt eine Nachricht mit object_id 12345 an die URI zu. Ob der Empfänger sie angenommen hat, zeigt sich innerhalb von etwa 10 Sekunden als letzter Fehler des Webhooks.</translation>
    </message>
</context>
<context>
    <name>WebhookExporter</name>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>WebhookFilterBar</name>
    <message>
        <source>Search names, events, URIs, errors… (%1)</source>
        <translation>Namen, Ereignisse, URIs, Fehler durchsuchen… (%1)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Disabled after failures</source>
        <translation>Nach Fehlern deaktiviert</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>Show webhooks in this state</source>
        <translation>Webhooks in diesem Zustand zeigen</translation>
    </message>
    <message>
        <source>Show webhooks for events of this group</source>
        <translation>Webhooks für Ereignisse dieser Gruppe zeigen</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Chan&amp;ges</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <source>Has an error</source>
        <translation>Hat einen Fehler</translation>
    </message>
    <message>
        <source>Signed and unsigned</source>
        <translation>Signiert und unsigniert</translation>
    </message>
    <message>
        <source>Signed (with a policy)</source>
        <translation>Signiert (mit einer Richtlinie)</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigniert</translation>
    </message>
    <message>
        <source>Show webhooks whose messages a webhook policy signs, or not</source>
        <translation>Webhooks zeigen, deren Nachrichten eine Webhook-Richtlinie signiert, oder nicht</translation>
    </message>
    <message>
        <source>Show only the webhooks created or changed since the previous snapshot</source>
        <translation>Nur die Webhooks zeigen, die seit dem vorherigen Snapshot angelegt oder geändert wurden</translation>
    </message>
</context>
<context>
    <name>WebhookListing</name>
    <message numerus="yes">
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht gelesen werden</numerusform>
            <numerusform>%n Datensätze konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>WebhookListing::Private</name>
    <message>
        <source>a page link pointed to another address (%1)</source>
        <translation>ein Seitenlink zeigte auf eine andere Adresse (%1)</translation>
    </message>
    <message>
        <source>a page failed: %1</source>
        <translation>eine Seite ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the listing has more than %1 pages</source>
        <translation>die Auflistung hat mehr als %1 Seiten</translation>
    </message>
    <message>
        <source>the server&apos;s next-page link repeats an earlier page</source>
        <translation>der Link des Servers zur nächsten Seite wiederholt eine frühere Seite</translation>
    </message>
    <message>
        <source>the server&apos;s next-page links go on past the %1 pages it announced</source>
        <translation>die Links des Servers auf die nächste Seite reichen über die angekündigten %1 Seiten hinaus</translation>
    </message>
    <message>
        <source>the server sent %1 empty pages in a row</source>
        <translation>der Server hat %1 leere Seiten nacheinander gesendet</translation>
    </message>
    <message>
        <source>%1 of %2 webhooks arrived</source>
        <translation>%1 von %2 Webhooks sind angekommen</translation>
    </message>
    <message>
        <source>%1 webhooks arrived</source>
        <translation>%1 Webhooks sind angekommen</translation>
    </message>
</context>
<context>
    <name>WebhookPolicyService</name>
    <message>
        <source>a page link pointed to another address (%1)</source>
        <translation>ein Seitenlink zeigte auf eine andere Adresse (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s next-page link repeats an earlier page</source>
        <translation>der Link des Servers zur nächsten Seite wiederholt eine frühere Seite</translation>
    </message>
    <message>
        <source>the listing has more than %1 pages</source>
        <translation>die Auflistung hat mehr als %1 Seiten</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht gelesen werden</numerusform>
            <numerusform>%n Datensätze konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook policies arrived</source>
        <translation>
            <numerusform>%n Webhook-Richtlinie ist angekommen</numerusform>
            <numerusform>%n Webhook-Richtlinien sind angekommen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; whether the policy was created is unknown: list the policies before you try again. A policy created this way cannot show its public key again; delete it and create another</source>
        <translation>%1; ob die Richtlinie angelegt wurde, ist unbekannt: Listen Sie die Richtlinien auf, bevor Sie es erneut versuchen. Eine so angelegte Richtlinie kann ihren öffentlichen Schlüssel nicht erneut zeigen; löschen Sie sie und legen Sie eine andere an</translation>
    </message>
    <message>
        <source>the webhook policy was already deleted</source>
        <translation>die Webhook-Richtlinie war bereits gelöscht</translation>
    </message>
</context>
<context>
    <name>WebhookPolicyValidator</name>
    <message>
        <source>Choose the algorithm that signs the messages (%1).</source>
        <translation>Wählen Sie den Algorithmus, der die Nachrichten signiert (%1).</translation>
    </message>
    <message>
        <source>“%1” is not an algorithm of webhook policies; use one of %2.</source>
        <translation>„%1“ ist kein Algorithmus für Webhook-Richtlinien; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>The audience is %1 bytes long; the limit is %2 bytes (2 KB).</source>
        <translation>Die Zielgruppe ist %1 Bytes lang; die Grenze liegt bei %2 Bytes (2 KB).</translation>
    </message>
    <message>
        <source>The expiry is a number of minutes, 0 or more.</source>
        <translation>Der Ablauf ist eine Anzahl von Minuten, 0 oder mehr.</translation>
    </message>
</context>
<context>
    <name>WebhookService</name>
    <message>
        <source>%1; Hookbench could not check whether the change was saved (%2)</source>
        <translation>%1; Hookbench konnte nicht prüfen, ob die Änderung gespeichert wurde (%2)</translation>
    </message>
    <message>
        <source>%1; the change was not saved, so it is safe to try again</source>
        <translation>%1; die Änderung wurde nicht gespeichert; Sie können es gefahrlos erneut versuchen</translation>
    </message>
    <message>
        <source>the webhook was already deleted</source>
        <translation>der Webhook war bereits gelöscht</translation>
    </message>
    <message>
        <source>%1; Hookbench could not check whether the webhook was deleted (%2)</source>
        <translation>%1; Hookbench konnte nicht prüfen, ob der Webhook gelöscht wurde (%2)</translation>
    </message>
    <message>
        <source>%1; the webhook still exists, so it is safe to try again</source>
        <translation>%1; der Webhook existiert noch; Sie können es gefahrlos erneut versuchen</translation>
    </message>
    <message>
        <source>the server&apos;s event list is empty</source>
        <translation>die Ereignisliste des Servers ist leer</translation>
    </message>
    <message>
        <source>%1; %2. Whether the webhook was created is unknown: refresh the list and look for it before you try again, so that it is not created twice</source>
        <translation>%1; %2. Ob der Webhook angelegt wurde, ist unbekannt: Aktualisieren Sie die Liste und suchen Sie ihn, bevor Sie es erneut versuchen, damit er nicht doppelt angelegt wird</translation>
    </message>
    <message>
        <source>Hookbench could not read the list before the create, so it cannot tell a new webhook from an identical older one</source>
        <translation>Hookbench konnte die Liste vor dem Anlegen nicht lesen und kann daher einen neuen Webhook nicht von einem identischen älteren unterscheiden</translation>
    </message>
    <message numerus="yes">
        <source>Hookbench re-read the list %n time(s) and did not find it</source>
        <translation>
            <numerusform>Hookbench hat die Liste %n-mal erneut gelesen und ihn nicht gefunden</numerusform>
            <numerusform>Hookbench hat die Liste %n-mal erneut gelesen und ihn nicht gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookTableModel</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Mail exceptions to</source>
        <translation>Fehler melden an</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>Awaiting verification: the code sent to the URI expired at %1. Save the webhook again to have a fresh code sent.</source>
        <translation>Wartet auf Bestätigung: Der an die URI gesendete Code ist am %1 abgelaufen. Speichern Sie den Webhook erneut, damit ein neuer Code gesendet wird.</translation>
    </message>
    <message>
        <source>Awaiting verification: the service sent a webhook.verify message to the URI and delivers nothing else until its callback is called (before %1).</source>
        <translation>Wartet auf Bestätigung: Der Dienst hat eine webhook.verify-Nachricht an die URI gesendet und stellt nichts anderes zu, bis deren Rückruf aufgerufen wird (vor %1).</translation>
    </message>
    <message>
        <source>Most likely disabled by the service after repeated failed deliveries. Last error: %1
Fix the receiver, test the webhook, then enable it again.</source>
        <translation>Vermutlich vom Dienst nach wiederholt fehlgeschlagenen Zustellungen deaktiviert. Letzter Fehler: %1
Beheben Sie das Problem beim Empfänger, testen Sie den Webhook und aktivieren Sie ihn dann wieder.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
</context>
<context>
    <name>WebhookTableView</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>1 webhook</source>
        <translation>1 Webhook</translation>
    </message>
    <message>
        <source>%1 webhooks</source>
        <translation>%1 Webhooks</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Test wird gesendet…</translation>
    </message>
    <message>
        <source>Delete the webhook “%1”?</source>
        <translation>Den Webhook „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete Webhooks</source>
        <translation>Webhooks löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Copied %1 as JSON.</source>
        <translation>%1 als JSON kopiert.</translation>
    </message>
    <message>
        <source>No web address to open.</source>
        <translation>Keine Webadresse zum Öffnen.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>This webhook stops sending its messages. Until you quit, you can re-create it from Webhook ▸ Recently Deleted.</source>
        <translation>Dieser Webhook sendet seine Nachrichten nicht mehr. Bis Sie Hookbench beenden, können Sie ihn über Webhook ▸ Zuletzt gelöscht neu anlegen.</translation>
    </message>
    <message>
        <source>These webhooks stop sending their messages. Until you quit, you can re-create them from Webhook ▸ Recently Deleted.</source>
        <translation>Diese Webhooks senden ihre Nachrichten nicht mehr. Bis Sie Hookbench beenden, können Sie sie über Webhook ▸ Zuletzt gelöscht neu anlegen.</translation>
    </message>
    <message>
        <source>&amp;Yes, delete all %1</source>
        <translation>&amp;Ja, alle %1 löschen</translation>
    </message>
</context>
<context>
    <name>WebhookValidator</name>
    <message>
        <source>Choose the event this webhook listens to.</source>
        <translation>Wählen Sie das Ereignis, auf das dieser Webhook hört.</translation>
    </message>
    <message>
        <source>“%1” is not an event of the Webhooks API.</source>
        <translation>„%1“ ist kein Ereignis der Webhooks-API.</translation>
    </message>
    <message>
        <source>“%1” is a legacy event that the service no longer offers.</source>
        <translation>„%1“ ist ein veraltetes Ereignis, das der Dienst nicht mehr anbietet.</translation>
    </message>
    <message>
        <source>Enter the URI that receives the webhook’s messages.</source>
        <translation>Geben Sie die URI ein, die die Nachrichten des Webhooks empfängt.</translation>
    </message>
    <message>
        <source>The URI must not contain spaces.</source>
        <translation>Die URI darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter an absolute URI, such as https://example.com/hooks.</source>
        <translation>Geben Sie eine absolute URI ein, etwa https://example.com/hooks.</translation>
    </message>
    <message>
        <source>The URI must start with https:// or http://.</source>
        <translation>Die URI muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>The URI has no host name.</source>
        <translation>Die URI hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The description is %1 bytes long; the limit is %2 bytes (64 KB).</source>
        <translation>Die Beschreibung ist %1 Bytes lang; die Grenze liegt bei %2 Bytes (64 KB).</translation>
    </message>
    <message>
        <source>Remove the empty entry between commas.</source>
        <translation>Entfernen Sie den leeren Eintrag zwischen den Kommas.</translation>
    </message>
    <message>
        <source>App offering references apply only to app_instance events; remove them or choose an app_instance event.</source>
        <translation>Referenzen auf App-Angebote gelten nur für app_instance-Ereignisse; entfernen Sie sie oder wählen Sie ein app_instance-Ereignis.</translation>
    </message>
    <message>
        <source>Remove the empty app offering reference.</source>
        <translation>Entfernen Sie die leere Referenz auf ein App-Angebot.</translation>
    </message>
    <message>
        <source>The source is %1 characters long; the limit is %2.</source>
        <translation>Die Quelle ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The source ID is %1 characters long; the limit is %2.</source>
        <translation>Die Quell-ID ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 is not a valid e-mail address.</source>
        <translation>%1 ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 are not valid e-mail addresses.</source>
        <translation>%1 sind keine gültigen E-Mail-Adressen.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administer the webhooks of a 4me account.</source>
        <translation>Die Webhooks eines 4me-Kontos verwalten.</translation>
    </message>
    <message>
        <source>Start hookbench-sandbox and connect to it.</source>
        <translation>hookbench-sandbox starten und sich damit verbinden.</translation>
    </message>
    <message>
        <source>Use this language (en, de, nl) instead of the system&apos;s.</source>
        <translation>Diese Sprache (en, de, nl) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Log what the program does on stderr.</source>
        <translation>Protokollieren, was das Programm tut, auf stderr.</translation>
    </message>
</context>
</TS>
