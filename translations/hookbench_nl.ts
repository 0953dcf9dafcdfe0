<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccountComparison</name>
    <message>
        <source>There is no profile named “%1” to compare with.</source>
        <translation>Er is geen profiel met de naam ‘%1’ om mee te vergelijken.</translation>
    </message>
    <message>
        <source>No API token is stored for “%1”. Connect to it once and enter its token.</source>
        <translation>Voor ‘%1’ is geen API-token opgeslagen. Verbind er één keer mee en voer het token in.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be read: %2</source>
        <translation>Het token van ‘%1’ kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Could not list the webhooks of “%1”: %2</source>
        <translation>De webhooks van ‘%1’ konden niet worden opgesomd: %2</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>Issued to: %1</source>
        <translation>Uitgegeven aan: %1</translation>
    </message>
    <message>
        <source>Issued by: itself (self-signed)</source>
        <translation>Uitgegeven door: zichzelf (zelfondertekend)</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Uitgegeven door: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2 (UTC)</source>
        <translation>Geldig van %1 tot %2 (UTC)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-vingerafdruk: %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1</source>
        <translation>het certificaat van de server is geweigerd: %1</translation>
    </message>
    <message>
        <source>the server redirected to %1://%2, another address; Hookbench does not follow it so that the token stays with the service</source>
        <translation>de server stuurde door naar %1://%2, een ander adres; Hookbench volgt dat niet, zodat het token bij de dienst blijft</translation>
    </message>
    <message>
        <source>the server redirected too often</source>
        <translation>de server stuurde te vaak door</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>the service&apos;s rate limit is spent for now</source>
        <translation>de aanvraaglimiet van de dienst is voorlopig op</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not the one pinned for this connection; Hookbench sent nothing</source>
        <translation>het certificaat van de server is niet het certificaat dat voor deze verbinding is vastgelegd; Hookbench heeft niets verstuurd</translation>
    </message>
    <message>
        <source>the server did not finish its answer within %1 s</source>
        <translation>de server heeft zijn antwoord niet binnen %1 s afgerond</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than %1 MB; Hookbench does not read it</source>
        <translation>het antwoord van de server is groter dan %1 MB; Hookbench leest het niet</translation>
    </message>
    <message>
        <source>the service&apos;s rate limit was reached (HTTP 429)</source>
        <translation>de aanvraaglimiet van de dienst is bereikt (HTTP 429)</translation>
    </message>
    <message>
        <source>%1; the limit resets at %2 (in %3 s), later than the %4 s Hookbench may wait</source>
        <translation>%1; de limiet wordt om %2 hersteld (over %3 s), later dan de %4 s die Hookbench mag wachten</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Hookbench refuses to send the token to %1, which is not the service&apos;s address</source>
        <translation>Hookbench stuurt het token niet naar %1, want dat is niet het adres van de dienst</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>de server antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>de verbinding werd gesloten voordat het hele antwoord binnen was</translation>
    </message>
    <message>
        <source>the server sent an empty answer</source>
        <translation>de server stuurde een leeg antwoord</translation>
    </message>
    <message>
        <source>the server sent a web page instead of data: %1</source>
        <translation>de server stuurde een webpagina in plaats van gegevens: %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid JSON (%1 at byte %2)</source>
        <translation>het antwoord van de server is geen geldige JSON (%1 bij byte %2)</translation>
    </message>
    <message>
        <source>the server sent a single record where a list belongs</source>
        <translation>de server stuurde één record waar een lijst hoort</translation>
    </message>
    <message>
        <source>the server sent a list where a single record belongs</source>
        <translation>de server stuurde een lijst waar één record hoort</translation>
    </message>
    <message>
        <source>the account contains a control character (such as a line break)</source>
        <translation>het account bevat een stuurteken (zoals een regeleinde)</translation>
    </message>
    <message>
        <source>the API token contains a control character (such as a line break)</source>
        <translation>het API-token bevat een stuurteken (zoals een regeleinde)</translation>
    </message>
    <message>
        <source>the service URL contains a control character (such as a line break)</source>
        <translation>de dienst-URL bevat een stuurteken (zoals een regeleinde)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The secure connection to the 4me service was refused: %1 If you trust this server, pin its certificate in the connection settings.</source>
        <translation>De beveiligde verbinding met de 4me-dienst is geweigerd: %1 Als u deze server vertrouwt, leg dan zijn certificaat vast in de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>Could not reach the 4me service: %1 Check the service URL and the network connection, then try again.</source>
        <translation>De 4me-dienst is niet bereikbaar: %1 Controleer de dienst-URL en de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The 4me service did not answer in time. Try again; if it keeps happening, check the network connection.</source>
        <translation>De 4me-dienst antwoordde niet op tijd. Probeer het opnieuw; blijft dit gebeuren, controleer dan de netwerkverbinding.</translation>
    </message>
    <message>
        <source>The 4me service refused the API token. Enter a new token for this connection.</source>
        <translation>De 4me-dienst heeft het API-token geweigerd. Voer een nieuw token in voor deze verbinding.</translation>
    </message>
    <message>
        <source>The webhook was already deleted, perhaps by someone else. Refresh the list.</source>
        <translation>De webhook is al verwijderd, misschien door iemand anders. Vernieuw de lijst.</translation>
    </message>
    <message>
        <source>The webhook was not found; it may have been deleted. Refresh the list.</source>
        <translation>De webhook is niet gevonden; misschien is hij verwijderd. Vernieuw de lijst.</translation>
    </message>
    <message>
        <source>The 4me service had a problem (HTTP %1%2). Try again in a few minutes.</source>
        <translation>De 4me-dienst had een probleem (HTTP %1%2). Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>The 4me service answered with HTTP %1: %2 Check the connection settings and try again.</source>
        <translation>De 4me-dienst antwoordde met HTTP %1: %2 Controleer de verbindingsinstellingen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The 4me service sent an answer Hookbench cannot read: %1 Try again; if it keeps happening, check for a proxy between you and the service.</source>
        <translation>De 4me-dienst stuurde een antwoord dat Hookbench niet kan lezen: %1 Probeer het opnieuw; blijft dit gebeuren, kijk dan of er een proxy tussen u en de dienst zit.</translation>
    </message>
    <message>
        <source>The 4me service did not accept the webhook: %1 Correct the marked fields and save again.</source>
        <translation>De 4me-dienst heeft de webhook niet geaccepteerd: %1 Verbeter de gemarkeerde velden en sla opnieuw op.</translation>
    </message>
    <message>
        <source>The 4me service&apos;s rate limit was reached. Wait a minute, then try again.</source>
        <translation>De aanvraaglimiet van de 4me-dienst is bereikt. Wacht een minuut en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Het verzoek is geannuleerd.</translation>
    </message>
    <message>
        <source>Not every webhook could be loaded: %1 Refresh to try again.</source>
        <translation>Niet alle webhooks konden worden geladen: %1 Vernieuw om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The service did not accept the API token of profile “%1”. Enter a new token for it.</source>
        <translation>De dienst heeft het API-token van profiel ‘%1’ niet geaccepteerd. Voer er een nieuw token voor in.</translation>
    </message>
    <message>
        <source>The account refused access (403).</source>
        <translation>Het account heeft de toegang geweigerd (403).</translation>
    </message>
    <message>
        <source>The account “%1” refused access (403).</source>
        <translation>Het account ‘%1’ heeft de toegang geweigerd (403).</translation>
    </message>
    <message>
        <source>The Webhooks API is only for Account Administrators and Directory Administrators, and a personal access token also needs the scope for webhooks. Use the token of such an administrator, or a token that has the scope it lacks.</source>
        <translation>De Webhooks-API is alleen voor accountbeheerders en directorybeheerders, en een persoonlijk toegangstoken heeft daarnaast de scope voor webhooks nodig. Gebruik het token van zo’n beheerder, of een token dat de ontbrekende scope wel heeft.</translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <source>“%1”: %2</source>
        <translation>‘%1’: %2</translation>
    </message>
    <message>
        <source>Test sent to “%1”.</source>
        <translation>Test verstuurd naar ‘%1’.</translation>
    </message>
    <message>
        <source>Test sent to %1.</source>
        <translation>Test verstuurd naar %1.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>%1 ingeschakeld.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 uitgeschakeld.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <source>Test Failed</source>
        <translation>Test mislukt</translation>
    </message>
    <message>
        <source>Enable Failed</source>
        <translation>Inschakelen mislukt</translation>
    </message>
    <message>
        <source>Disable Failed</source>
        <translation>Uitschakelen mislukt</translation>
    </message>
    <message>
        <source>Delete Failed</source>
        <translation>Verwijderen mislukt</translation>
    </message>
    <message>
        <source>Re-create Failed</source>
        <translation>Opnieuw maken mislukt</translation>
    </message>
    <message>
        <source>%1 of %2 did not succeed.</source>
        <translation>%1 van %2 zijn niet gelukt.</translation>
    </message>
    <message>
        <source>Re-created “%1” as webhook %2.</source>
        <translation>‘%1’ opnieuw gemaakt als webhook %2.</translation>
    </message>
    <message>
        <source>Re-created %1 (new ids %2).</source>
        <translation>%1 opnieuw gemaakt (nieuwe id’s %2).</translation>
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
        <translation>Alleen hier</translation>
    </message>
    <message>
        <source>Only there</source>
        <translation>Alleen daar</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Verschillend</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Gelijk</translation>
    </message>
    <message>
        <source>Cannot be matched or applied</source>
        <translation>Niet te koppelen of toe te passen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Copy to Other</source>
        <translation>Naar het andere &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Update Other</source>
        <translation>Het andere &amp;bijwerken</translation>
    </message>
    <message>
        <source>&amp;Delete from Other</source>
        <translation>Uit het andere &amp;verwijderen</translation>
    </message>
    <message>
        <source>Compare “%1” with Another Profile</source>
        <translation>‘%1’ vergelijken met een ander profiel</translation>
    </message>
    <message>
        <source>FROM=TO, e.g. https://qa.example.com/=https://example.com/</source>
        <translation>VAN=NAAR, bijv. https://qa.example.com/=https://example.com/</translation>
    </message>
    <message>
        <source>URI prefixes of this profile replaced before comparing (several rules separated by spaces); remembered for this pair of profiles</source>
        <translation>URI-voorvoegsels van dit profiel die vóór het vergelijken worden vervangen (meerdere regels gescheiden door spaties); wordt voor dit paar profielen onthouden</translation>
    </message>
    <message>
        <source>Filter by name, event or URI</source>
        <translation>Filteren op naam, gebeurtenis of URI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Daar</translation>
    </message>
    <message>
        <source>Create the selected webhooks that only this account has in the other</source>
        <translation>De geselecteerde webhooks die alleen dit account heeft in het andere maken</translation>
    </message>
    <message>
        <source>Make the selected different webhooks of the other account like these</source>
        <translation>De geselecteerde verschillende webhooks van het andere account gelijk maken aan deze</translation>
    </message>
    <message>
        <source>Delete the selected webhooks that only the other account has</source>
        <translation>De geselecteerde webhooks verwijderen die alleen het andere account heeft</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Vergelijken &amp;met:</translation>
    </message>
    <message>
        <source>&amp;Rewrite URIs:</source>
        <translation>URI’s &amp;herschrijven:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Listing the webhooks of both accounts…</source>
        <translation>De webhooks van beide accounts worden opgesomd…</translation>
    </message>
    <message>
        <source>%1 (%2 at %3)</source>
        <translation>%1 (%2 op %3)</translation>
    </message>
    <message>
        <source>There is no other profile to compare with. Add one in the Profile menu.</source>
        <translation>Er is geen ander profiel om mee te vergelijken. Voeg er een toe in het menu Profiel.</translation>
    </message>
    <message>
        <source>Choose the profile to compare with.</source>
        <translation>Kies het profiel om mee te vergelijken.</translation>
    </message>
    <message>
        <source>“%1” (here) and “%2” (there): %3 only here, %4 only there, %5 different, %6 the same, %7 that cannot be matched or applied.</source>
        <translation>‘%1’ (hier) en ‘%2’ (daar): %3 alleen hier, %4 alleen daar, %5 verschillend, %6 gelijk, %7 niet te koppelen of toe te passen.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) linked to a signing policy here would not be signed there: policies belong to their account, and Compare links none of the other account&apos;s. Link one there after copying or updating.</source>
        <translation>
            <numerusform>%n webhook die hier aan een ondertekeningsbeleid is gekoppeld, zou daar niet worden ondertekend: beleid hoort bij zijn account, en Vergelijken koppelt geen beleid van het andere account. Koppel daar een beleid na het kopiëren of bijwerken.</numerusform>
            <numerusform>%n webhooks die hier aan een ondertekeningsbeleid zijn gekoppeld, zouden daar niet worden ondertekend: beleid hoort bij zijn account, en Vergelijken koppelt geen beleid van het andere account. Koppel daar een beleid na het kopiëren of bijwerken.</numerusform>
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
        <translation>Verbindingsprofiel toevoegen</translation>
    </message>
    <message>
        <source>Edit Connection Profile “%1”</source>
        <translation>Verbindingsprofiel ‘%1’ bewerken</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>bijv. Productie</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigen URL</translation>
    </message>
    <message>
        <source>e.g. wdc</source>
        <translation>bijv. wdc</translation>
    </message>
    <message>
        <source>Personal access token of an account administrator</source>
        <translation>Persoonlijk toegangstoken van een accountbeheerder</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leeg laten om het opgeslagen token te houden</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain, never in a file.</source>
        <translation>Het token wordt bewaard in de sleutelhanger van het systeem, nooit in een bestand.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
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
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Account &amp;header:</source>
        <translation>Account-&amp;header:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;token:</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geef het profiel een naam.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already; choose another name.</source>
        <translation>Er bestaat al een profiel met de naam ‘%1’; kies een andere naam.</translation>
    </message>
    <message>
        <source>Enter the account, such as “wdc”.</source>
        <translation>Voer het account in, zoals ‘wdc’.</translation>
    </message>
    <message>
        <source>Enter the API token of an account administrator.</source>
        <translation>Voer het API-token van een accountbeheerder in.</translation>
    </message>
    <message>
        <source>The service URL, the account and the token must not contain control characters such as line breaks.</source>
        <translation>De dienst-URL, het account en het token mogen geen stuurtekens zoals regeleinden bevatten.</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>List the account&apos;s webhooks once with what is entered; nothing is saved</source>
        <translation>De webhooks van het account één keer opsommen met wat is ingevoerd; er wordt niets opgeslagen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>De verbinding wordt getest…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>De test is mislukt: %1</translation>
    </message>
    <message>
        <source>Connected: the account “%1” has %2.</source>
        <translation>Verbonden: het account ‘%1’ heeft %2.</translation>
    </message>
    <message>
        <source>1 webhook</source>
        <translation>1 webhook</translation>
    </message>
    <message>
        <source>%1 webhooks</source>
        <translation>%1 webhooks</translation>
    </message>
    <message>
        <source>Connected to the account “%1”.</source>
        <translation>Verbonden met het account ‘%1’.</translation>
    </message>
</context>
<context>
    <name>CsvDocument</name>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 CSV and try again.</source>
        <translation>het bestand is geen UTF-8-tekst; sla het op als UTF-8-CSV en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is never closed.</source>
        <translation>regel %1: een cel tussen aanhalingstekens wordt nooit gesloten.</translation>
    </message>
</context>
<context>
    <name>DeliveriesDock</name>
    <message>
        <source>Deliveries</source>
        <translation>Afleveringen</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Afleveringen</translation>
    </message>
    <message>
        <source>Show the messages that arrive at Hookbench&apos;s built-in receiver</source>
        <translation>De berichten tonen die bij de ingebouwde ontvanger van Hookbench aankomen</translation>
    </message>
    <message>
        <source>The test message for webhook %1 arrived; the receiver answered %2.</source>
        <translation>Het testbericht voor webhook %1 is aangekomen; de ontvanger antwoordde met %2.</translation>
    </message>
    <message>
        <source>The test message for webhook %1 arrived, but the receiver answered %2: the service counts that as a failed delivery.</source>
        <translation>Het testbericht voor webhook %1 is aangekomen, maar de ontvanger antwoordde met %2: de dienst telt dat als een mislukte aflevering.</translation>
    </message>
</context>
<context>
    <name>DeliveryDecoder</name>
    <message>
        <source>The body is not valid UTF-8; the first %1 of %2 bytes are shown in hex.</source>
        <translation>De inhoud is geen geldige UTF-8; de eerste %1 van %2 bytes worden hexadecimaal getoond.</translation>
    </message>
    <message>
        <source>The body is not valid UTF-8; it is shown in hex.</source>
        <translation>De inhoud is geen geldige UTF-8; hij wordt hexadecimaal getoond.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2); it is shown as received.</source>
        <translation>De inhoud is geen geldige JSON (%1 bij byte %2); hij wordt getoond zoals ontvangen.</translation>
    </message>
    <message>
        <source>The jwt value is no compact JWS (header.claims.signature).</source>
        <translation>De jwt-waarde is geen compacte JWS (header.claims.signature).</translation>
    </message>
    <message>
        <source>not a compact JWS</source>
        <translation>geen compacte JWS</translation>
    </message>
    <message>
        <source>the signature is not base64url</source>
        <translation>de handtekening is geen base64url</translation>
    </message>
    <message>
        <source>alg none with a signature</source>
        <translation>alg none met een handtekening</translation>
    </message>
    <message>
        <source>algorithm %1 is not supported</source>
        <translation>algoritme %1 wordt niet ondersteund</translation>
    </message>
    <message>
        <source>no secret given</source>
        <translation>geen geheim opgegeven</translation>
    </message>
    <message>
        <source>HMAC failed</source>
        <translation>HMAC mislukt</translation>
    </message>
    <message>
        <source>the signature does not match the secret</source>
        <translation>de handtekening past niet bij het geheim</translation>
    </message>
    <message>
        <source>no public key given</source>
        <translation>geen publieke sleutel opgegeven</translation>
    </message>
    <message>
        <source>the public key is no PEM public key or certificate</source>
        <translation>de publieke sleutel is geen PEM-sleutel of -certificaat</translation>
    </message>
    <message>
        <source>%1 needs an RSA key</source>
        <translation>%1 heeft een RSA-sleutel nodig</translation>
    </message>
    <message>
        <source>the signature does not match the public key</source>
        <translation>de handtekening past niet bij de publieke sleutel</translation>
    </message>
    <message>
        <source>%1 needs a P-%2 key</source>
        <translation>%1 heeft een P-%2-sleutel nodig</translation>
    </message>
    <message>
        <source>the signature has the wrong length</source>
        <translation>de handtekening heeft de verkeerde lengte</translation>
    </message>
    <message>
        <source>unsigned (alg none)</source>
        <translation>niet ondertekend (alg none)</translation>
    </message>
    <message>
        <source>signature not verified</source>
        <translation>handtekening niet gecontroleerd</translation>
    </message>
    <message>
        <source>signature not verified (%1)</source>
        <translation>handtekening niet gecontroleerd (%1)</translation>
    </message>
    <message>
        <source>signature valid (%1)</source>
        <translation>handtekening geldig (%1)</translation>
    </message>
    <message>
        <source>signature INVALID: %1</source>
        <translation>handtekening ONGELDIG: %1</translation>
    </message>
    <message>
        <source>signature not verified: %1</source>
        <translation>handtekening niet gecontroleerd: %1</translation>
    </message>
    <message>
        <source>The form has more than %1 fields; it is shown as received.</source>
        <translation>Het formulier heeft meer dan %1 velden; het wordt getoond zoals ontvangen.</translation>
    </message>
    <message>
        <source>A form field nests deeper than %1 levels; the body is shown as received.</source>
        <translation>Een formulierveld is dieper genest dan %1 niveaus; de inhoud wordt getoond zoals ontvangen.</translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels; it is shown as received.</source>
        <translation>De JSON is dieper genest dan %1 niveaus; hij wordt getoond zoals ontvangen.</translation>
    </message>
    <message>
        <source>The JSON holds more than %1 values; it is shown as received.</source>
        <translation>De JSON bevat meer dan %1 waarden; hij wordt getoond zoals ontvangen.</translation>
    </message>
</context>
<context>
    <name>DeliveryInspector</name>
    <message>
        <source>The HTTP status every delivery is answered with. Answer 404 or 500 to watch the webhook&apos;s last error change.</source>
        <translation>De HTTP-status waarmee elke aflevering wordt beantwoord. Antwoord 404 of 500 om de laatste fout van de webhook te zien veranderen.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait this long before answering. The service gives up after 10 s, so a longer delay rehearses a timeout.</source>
        <translation>Zo lang wachten voor het antwoord. De dienst geeft het na 10 s op, dus een langere vertraging oefent een time-out.</translation>
    </message>
    <message>
        <source>&amp;Answer with</source>
        <translation>&amp;Antwoorden met</translation>
    </message>
    <message>
        <source>a&amp;fter</source>
        <translation>&amp;na</translation>
    </message>
    <message>
        <source>Filter by webhook, event, object or status</source>
        <translation>Filteren op webhook, gebeurtenis, object of status</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Headers</translation>
    </message>
    <message>
        <source>-----BEGIN PUBLIC KEY----- … (the webhook policy&apos;s public key, for RS and ES)</source>
        <translation>-----BEGIN PUBLIC KEY----- … (de publieke sleutel van het webhookbeleid, voor RS en ES)</translation>
    </message>
    <message>
        <source>Shared secret, for HS</source>
        <translation>Gedeeld geheim, voor HS</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>&amp;Publieke sleutel:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>G&amp;eheim:</translation>
    </message>
    <message>
        <source>&amp;Signed message</source>
        <translation>Onder&amp;tekend bericht</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Forget every delivery received so far</source>
        <translation>Alle tot nu toe ontvangen afleveringen vergeten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the selected delivery as JSON</source>
        <translation>De geselecteerde aflevering als JSON kopiëren</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Opslaan als &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the listed deliveries to a JSON file</source>
        <translation>De getoonde afleveringen opslaan in een JSON-bestand</translation>
    </message>
    <message>
        <source>&amp;Open callback</source>
        <translation>Callback &amp;openen</translation>
    </message>
    <message>
        <source>Open the verification link of a webhook.verify message, which activates the webhook</source>
        <translation>De verificatielink van een webhook.verify-bericht openen, die de webhook activeert</translation>
    </message>
    <message>
        <source>Could not save the deliveries to %1: %2. Choose another folder or free some space, then save again.</source>
        <translation>De afleveringen konden niet worden opgeslagen in %1: %2. Kies een andere map of maak ruimte vrij en sla opnieuw op.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Luistert op %1</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Luistert niet: %1</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Luistert niet</translation>
    </message>
    <message>
        <source>Nothing arrived for webhook %1 within %2 s after its test.</source>
        <translation>Voor webhook %1 kwam binnen %2 s na de test niets binnen.</translation>
    </message>
    <message>
        <source>The receiver is not listening; start it and test again.</source>
        <translation>De ontvanger luistert niet; start hem en test opnieuw.</translation>
    </message>
    <message>
        <source>Check that the webhook&apos;s URI is %1. The real 4me service can only deliver to a publicly reachable URI; this receiver serves the sandbox and networks from which the service can reach this machine.</source>
        <translation>Controleer of de URI van de webhook %1 is. De echte 4me-dienst kan alleen afleveren bij een publiek bereikbare URI; deze ontvanger dient de sandbox en netwerken van waaruit de dienst deze computer kan bereiken.</translation>
    </message>
    <message>
        <source>No deliveries yet. Point a webhook at this receiver and test it.</source>
        <translation>Nog geen afleveringen. Laat een webhook naar deze ontvanger wijzen en test hem.</translation>
    </message>
    <message>
        <source>Select a delivery to see it.</source>
        <translation>Selecteer een aflevering om hem te bekijken.</translation>
    </message>
    <message>
        <source>answering %1 after the delay</source>
        <translation>antwoordt %1 na de vertraging</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>beantwoord met %1</translation>
    </message>
    <message>
        <source>the sender left before the answer (%1)</source>
        <translation>de afzender vertrok voor het antwoord (%1)</translation>
    </message>
    <message>
        <source>%1 %2 · %3 bytes from %4 · %5 · %6</source>
        <translation>%1 %2 · %3 bytes van %4 · %5 · %6</translation>
    </message>
    <message>
        <source>The body (%1 bytes) was over the %2 MiB limit: it was answered 413 and not kept.</source>
        <translation>De inhoud (%1 bytes) was groter dan de limiet van %2 MiB: hij is met 413 beantwoord en niet bewaard.</translation>
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
        <translation>Deze aflevering is niet ondertekend.</translation>
    </message>
    <message>
        <source>Save Deliveries</source>
        <translation>Afleveringen opslaan</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-bestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not open the verification link in a web browser. Copy it from the body and open it by hand.</source>
        <translation>De verificatielink kon niet in een webbrowser worden geopend. Kopieer hem uit de inhoud en open hem zelf.</translation>
    </message>
    <message>
        <source>&amp;Verify automatically</source>
        <translation>Automatisch &amp;verifiëren</translation>
    </message>
    <message>
        <source>Call the callback of each webhook.verify message that arrives, when it is on the account&apos;s address (or the sandbox&apos;s) and, for a signed message, its signature is valid</source>
        <translation>De callback aanroepen van elk binnenkomend webhook.verify-bericht, als die op het adres van het account (of van de sandbox) staat en, bij een ondertekend bericht, de handtekening geldig is</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>Webhook %1 is verified: Hookbench called the callback of its webhook.verify message.</source>
        <translation>Webhook %1 is geverifieerd: Hookbench heeft de callback van zijn webhook.verify-bericht aangeroepen.</translation>
    </message>
    <message>
        <source>Webhook %1 was not verified: %2. Use Open callback if you trust the link.</source>
        <translation>Webhook %1 is niet geverifieerd: %2. Gebruik ‘Callback openen’ als u de link vertrouwt.</translation>
    </message>
    <message>
        <source>The audience: the webhook policy&apos;s, when it is known</source>
        <translation>De doelgroep (audience): die van het webhookbeleid, als die bekend is</translation>
    </message>
    <message>
        <source>Expiry, with %1 s of leeway</source>
        <translation>Verloop, met %1 s speling</translation>
    </message>
    <message>
        <source>Not valid before, with %1 s of leeway</source>
        <translation>Niet geldig vóór, met %1 s speling</translation>
    </message>
    <message>
        <source>The issuer: the account URL, or the policy&apos;s URL under it</source>
        <translation>De uitgever: de account-URL, of de URL van het beleid daaronder</translation>
    </message>
    <message>
        <source>D&amp;iscover keys from any issuer</source>
        <translation>Sleutels van elke uitgever &amp;ontdekken</translation>
    </message>
    <message>
        <source>Find the public key through OpenID Connect discovery at the message&apos;s iss on any https host, not only on this computer or the sandbox</source>
        <translation>De publieke sleutel via OpenID Connect-discovery zoeken bij de iss van het bericht op elke https-host, niet alleen op deze computer of de sandbox</translation>
    </message>
    <message>
        <source>(key from %1)</source>
        <translation>(sleutel van %1)</translation>
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
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1 (wacht)</translation>
    </message>
    <message>
        <source>%1 (sender left)</source>
        <translation>%1 (afzender vertrokken)</translation>
    </message>
</context>
<context>
    <name>DeliveryReceiver</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kan niet luisteren op %1 poort %2: %3</translation>
    </message>
</context>
<context>
    <name>DesiredState</name>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
</context>
<context>
    <name>DesiredStateImport</name>
    <message>
        <source>Connect to a profile before importing.</source>
        <translation>Verbind met een profiel voordat u importeert.</translation>
    </message>
    <message>
        <source>Could not list the webhooks of “%1”: %2</source>
        <translation>De webhooks van ‘%1’ konden niet worden opgesomd: %2</translation>
    </message>
</context>
<context>
    <name>EventCatalog</name>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
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
        <translation>Typ om te zoeken, bijv. ‘request.create’ of ‘note’</translation>
    </message>
    <message>
        <source>A legacy event: the service no longer offers it.</source>
        <translation>Een verouderde gebeurtenis: de dienst biedt hem niet meer aan.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>&amp;All webhooks (%1)</source>
        <translation>&amp;Alle webhooks (%1)</translation>
    </message>
    <message>
        <source>The webhooks the &amp;filter shows (%1)</source>
        <translation>De webhooks die het &amp;filter toont (%1)</translation>
    </message>
    <message>
        <source>The &amp;selected webhooks (%1)</source>
        <translation>De &amp;geselecteerde webhooks (%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for Excel)</source>
        <translation>Beginnen met een &amp;byte-order-mark (voor Excel)</translation>
    </message>
    <message>
        <source>&amp;Guard against formulas (prefix cells that start with = + - @)</source>
        <translation>Be&amp;schermen tegen formules (cellen die met = + - @ beginnen een teken laten voorafgaan)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Bes&amp;tand:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Kies het bestand om te schrijven.</translation>
    </message>
    <message>
        <source>&amp;Mask credentials in URIs, as the window shows them</source>
        <translation>Inloggegevens in URI’s &amp;maskeren, zoals het venster ze toont</translation>
    </message>
    <message>
        <source>1 webhook has a URI with credentials (user:password@ or a secret query value). Unless masked, the file holds it in clear text.</source>
        <translation>1 webhook heeft een URI met inloggegevens (user:password@ of een geheime querywaarde). Zonder maskering bevat het bestand die in leesbare tekst.</translation>
    </message>
    <message>
        <source>%1 webhooks have URIs with credentials (user:password@ or secret query values). Unless masked, the file holds them in clear text.</source>
        <translation>%1 webhooks hebben URI’s met inloggegevens (user:password@ of geheime querywaarden). Zonder maskering bevat het bestand die in leesbare tekst.</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>Read how to use Hookbench</source>
        <translation>Lezen hoe u Hookbench gebruikt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Snel&amp;toetsen</translation>
    </message>
    <message>
        <source>List the keys of every action</source>
        <translation>De toetsen van elke actie opsommen</translation>
    </message>
    <message>
        <source>About &amp;Sandbox</source>
        <translation>Over de &amp;sandbox</translation>
    </message>
    <message>
        <source>Where the sandbox runs and what it offers</source>
        <translation>Waar de sandbox draait en wat hij biedt</translation>
    </message>
    <message>
        <source>Hookbench User Guide</source>
        <translation>Hookbench-gebruikershandleiding</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>De gebruikershandleiding ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>In the list of webhooks, Enter edits the current webhook and Shift+F10 or the Menu key opens its context menu; Tab moves on to the next part of the window.</source>
        <translation>In de lijst met webhooks bewerkt Enter de huidige webhook en opent Shift+F10 of de Menu-toets het contextmenu ervan; Tab gaat naar het volgende deel van het venster.</translation>
    </message>
    <message>
        <source>About the Sandbox</source>
        <translation>Over de sandbox</translation>
    </message>
    <message>
        <source>Hookbench is connected to its sandbox, a local stand-in for the 4me service with made-up webhooks. Changes stay in the sandbox and end when Hookbench quits.</source>
        <translation>Hookbench is verbonden met zijn sandbox, een lokale vervanger van de 4me-dienst met verzonnen webhooks. Wijzigingen blijven in de sandbox en verdwijnen wanneer Hookbench afsluit.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>About Hookbench</source>
        <translation>Over Hookbench</translation>
    </message>
    <message>
        <source>Hookbench %1</source>
        <translation>Hookbench %1</translation>
    </message>
    <message>
        <source>Administer the webhooks of a 4me, Xurrent or ITRP account: list, create, edit, test, enable, disable, delete and export them.</source>
        <translation>De webhooks van een 4me-, Xurrent- of ITRP-account beheren: tonen, maken, bewerken, testen, in- en uitschakelen, verwijderen en exporteren.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>The snapshots of this account kept on this computer, and what changed</source>
        <translation>De momentopnamen van dit account die op deze computer worden bewaard, en wat er is veranderd</translation>
    </message>
    <message>
        <source>Removed Webhooks</source>
        <translation>Verwijderde webhooks</translation>
    </message>
    <message>
        <source>Re&amp;moved Webhooks</source>
        <translation>Ver&amp;wijderde webhooks</translation>
    </message>
    <message>
        <source>Show the webhooks removed since the previous snapshot, greyed, to re-create them</source>
        <translation>De sinds de vorige momentopname verwijderde webhooks grijs tonen, om ze opnieuw te maken</translation>
    </message>
    <message>
        <source>The list is the snapshot of %1 from this computer’s history.</source>
        <translation>De lijst is de momentopname van %1 uit de geschiedenis van deze computer.</translation>
    </message>
    <message>
        <source>The history of this profile was deleted.</source>
        <translation>De geschiedenis van dit profiel is verwijderd.</translation>
    </message>
    <message>
        <source>Snapshot of %1 — not refreshed</source>
        <translation>Momentopname van %1 — niet vernieuwd</translation>
    </message>
    <message>
        <source>As of %1 — refreshing…</source>
        <translation>Per %1 — wordt vernieuwd…</translation>
    </message>
    <message>
        <source>Since the previous snapshot: +%1 ~%2 −%3</source>
        <translation>Sinds de vorige momentopname: +%1 ~%2 −%3</translation>
    </message>
</context>
<context>
    <name>HistoryDiffText</name>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>(a hidden part changed)</source>
        <translation>(een verborgen deel is veranderd)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Could not save the CSV file “%1”: %2. Choose another folder or file name and export again.</source>
        <translation>Het CSV-bestand ‘%1’ kon niet worden opgeslagen: %2. Kies een andere map of bestandsnaam en exporteer opnieuw.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Momentopname</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Select one snapshot to see what changed since the one before it, or two to compare them</source>
        <translation>Selecteer één momentopname om te zien wat er sinds de vorige is veranderd, of twee om ze te vergelijken</translation>
    </message>
    <message>
        <source>&amp;Snapshots:</source>
        <translation>&amp;Momentopnamen:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Webhook or field</source>
        <translation>Webhook of veld</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Difference:</source>
        <translation>&amp;Verschil:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Older snapshots are deleted when the next one is recorded; the newest one is always kept</source>
        <translation>Oudere momentopnamen worden verwijderd wanneer de volgende wordt vastgelegd; de nieuwste blijft altijd bewaard</translation>
    </message>
    <message>
        <source>&amp;Keep snapshots for:</source>
        <translation>Momentopnamen &amp;bewaren gedurende:</translation>
    </message>
    <message>
        <source>E&amp;xport Difference…</source>
        <translation>Verschil e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Forget This Profile’s History…</source>
        <translation>&amp;Geschiedenis van dit profiel vergeten…</translation>
    </message>
    <message>
        <source>Snapshots of %1</source>
        <translation>Momentopnamen van %1</translation>
    </message>
    <message>
        <source>No history is kept for this connection.</source>
        <translation>Voor deze verbinding wordt geen geschiedenis bewaard.</translation>
    </message>
    <message>
        <source>Select a snapshot.</source>
        <translation>Selecteer een momentopname.</translation>
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
        <translation>Geen momentopnamen: de geschiedenis van dit profiel is leeg.</translation>
    </message>
    <message>
        <source>Select one snapshot, or two to compare.</source>
        <translation>Selecteer één momentopname, of twee om te vergelijken.</translation>
    </message>
    <message>
        <source>The first snapshot kept: nothing to compare it with.</source>
        <translation>De eerste bewaarde momentopname: niets om hem mee te vergelijken.</translation>
    </message>
    <message>
        <source>Reading the difference…</source>
        <translation>Het verschil wordt gelezen…</translation>
    </message>
    <message>
        <source>snapshot %1 (%2)</source>
        <translation>momentopname %1 (%2)</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>momentopname %1</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 created, %4 changed, %5 removed.</source>
        <translation>Van %1 tot %2: %3 gemaakt, %4 gewijzigd, %5 verwijderd.</translation>
    </message>
    <message>
        <source>Select the snapshots to compare first.</source>
        <translation>Selecteer eerst de momentopnamen om te vergelijken.</translation>
    </message>
    <message>
        <source>Export Difference</source>
        <translation>Verschil exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The difference was written to %1.</source>
        <translation>Het verschil is naar %1 geschreven.</translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation>Exporteren niet mogelijk</translation>
    </message>
    <message>
        <source>Forget This Profile’s History</source>
        <translation>Geschiedenis van dit profiel vergeten</translation>
    </message>
    <message>
        <source>Delete every snapshot of %1 from this computer? What changed before now can then no longer be shown. The webhooks themselves are not touched.</source>
        <translation>Alle momentopnamen van %1 van deze computer verwijderen? Wat er tot nu toe is veranderd, kan dan niet meer worden getoond. De webhooks zelf blijven ongemoeid.</translation>
    </message>
    <message>
        <source>&amp;Forget History</source>
        <translation>Geschiedenis &amp;vergeten</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history database could not %1: %2</source>
        <translation>De geschiedenisdatabase kon niet %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed, so no history is kept. Install it (on Debian: libqt6sql6-sqlite).</source>
        <translation>Het SQLite-stuurprogramma van Qt (QSQLITE) is niet geïnstalleerd, dus er wordt geen geschiedenis bewaard. Installeer het (op Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the history.</source>
        <translation>De map %1 voor de geschiedenis kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Another Hookbench is using the history; it is read-only here and this instance records nothing until that one ends.</source>
        <translation>Een andere Hookbench gebruikt de geschiedenis; hier is die alleen-lezen en deze instantie legt niets vast totdat de andere stopt.</translation>
    </message>
    <message>
        <source>The history database %1 could not be opened.</source>
        <translation>De geschiedenisdatabase %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <source>Could not create the history database %1: %2</source>
        <translation>De geschiedenisdatabase %1 kon niet worden gemaakt: %2</translation>
    </message>
    <message>
        <source>Could not open the history database %1: %2</source>
        <translation>De geschiedenisdatabase %1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The history database is locked by another program: %1</source>
        <translation>De geschiedenisdatabase is vergrendeld door een ander programma: %1</translation>
    </message>
    <message>
        <source>another program kept it locked</source>
        <translation>een ander programma hield hem vergrendeld</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2).</source>
        <translation>De geschiedenisdatabase %1 is beschadigd (%2).</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>hij is beschadigd (%1)</translation>
    </message>
    <message>
        <source>Could not read the history database %1: %2</source>
        <translation>De geschiedenisdatabase %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>be read</source>
        <translation>worden gelezen</translation>
    </message>
    <message>
        <source>The history was written by a newer Hookbench (schema %1); it is read-only here.</source>
        <translation>De geschiedenis is geschreven door een nieuwere Hookbench (schema %1); hier is die alleen-lezen.</translation>
    </message>
    <message>
        <source>The history database has an older schema and another Hookbench is using it; it becomes available when that one ends.</source>
        <translation>De geschiedenisdatabase heeft een ouder schema en een andere Hookbench gebruikt hem; hij wordt beschikbaar wanneer die andere stopt.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used (%2) and could not be moved aside; move or delete it to keep a history again.</source>
        <translation>De geschiedenisdatabase %1 kan niet worden gebruikt (%2) en kon niet opzij worden gezet; verplaats of verwijder hem om weer een geschiedenis bij te houden.</translation>
    </message>
    <message>
        <source>The history database could not be used (%1). It was moved aside to %2 and a new history starts now.</source>
        <translation>De geschiedenisdatabase kon niet worden gebruikt (%1). Hij is opzij gezet naar %2 en er begint nu een nieuwe geschiedenis.</translation>
    </message>
    <message>
        <source>The history database could not start a transaction: %1</source>
        <translation>De geschiedenisdatabase kon geen transactie starten: %1</translation>
    </message>
    <message>
        <source>be created</source>
        <translation>worden gemaakt</translation>
    </message>
    <message>
        <source>The history database could not be created: %1</source>
        <translation>De geschiedenisdatabase kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>be upgraded from schema %1</source>
        <translation>worden bijgewerkt vanaf schema %1</translation>
    </message>
    <message>
        <source>The history database could not be upgraded: %1</source>
        <translation>De geschiedenisdatabase kon niet worden bijgewerkt: %1</translation>
    </message>
    <message>
        <source>store the profile</source>
        <translation>het profiel opslaan</translation>
    </message>
    <message>
        <source>An incomplete listing is not recorded in the history.</source>
        <translation>Een onvolledige opsomming wordt niet in de geschiedenis vastgelegd.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>De geschiedenis is niet geopend.</translation>
    </message>
    <message>
        <source>The history is read-only here.</source>
        <translation>De geschiedenis is hier alleen-lezen.</translation>
    </message>
    <message>
        <source>A history needs a service URL and an account.</source>
        <translation>Een geschiedenis heeft een dienst-URL en een account nodig.</translation>
    </message>
    <message>
        <source>record the snapshot</source>
        <translation>de momentopname vastleggen</translation>
    </message>
    <message>
        <source>The history database could not record the snapshot: %1</source>
        <translation>De geschiedenisdatabase kon de momentopname niet vastleggen: %1</translation>
    </message>
    <message>
        <source>The history of %1 has no snapshot %2.</source>
        <translation>De geschiedenis van %1 heeft geen momentopname %2.</translation>
    </message>
    <message>
        <source>be pruned</source>
        <translation>worden opgeschoond</translation>
    </message>
    <message>
        <source>forget the history of %1</source>
        <translation>de geschiedenis van %1 vergeten</translation>
    </message>
</context>
<context>
    <name>LoadingIndicator</name>
    <message>
        <source>Out of date</source>
        <translation>Verouderd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop loading; the rows loaded so far stay</source>
        <translation>Stoppen met laden; de tot nu toe geladen rijen blijven staan</translation>
    </message>
    <message>
        <source>The last refresh failed; the list shows what was loaded before.</source>
        <translation>De laatste vernieuwing is mislukt; de lijst toont wat eerder is geladen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>%1, %2 disabled</source>
        <translation>%1, %2 uitgeschakeld</translation>
    </message>
    <message>
        <source>; %1 shown</source>
        <translation>; %1 getoond</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Laden %1…</translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>Laden %1 van %2</translation>
    </message>
    <message>
        <source>Rate limit: waiting %1 s</source>
        <translation>Aanvraaglimiet: %1 s wachten</translation>
    </message>
    <message>
        <source>Webhooks whose last delivery failed: choose “Has an error” in the state filter to list them</source>
        <translation>Webhooks waarvan de laatste aflevering is mislukt: kies ‘Heeft een fout’ in het statusfilter om ze op te sommen</translation>
    </message>
    <message>
        <source>1 with an error</source>
        <translation>1 met een fout</translation>
    </message>
    <message>
        <source>%1 with errors</source>
        <translation>%1 met fouten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>Profiel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Switch the connection profile</source>
        <translation>Van verbindingsprofiel wisselen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>%1 — account %2</source>
        <translation>%1 — account %2</translation>
    </message>
    <message>
        <source>%1 · %2 at %3</source>
        <translation>%1 · %2 op %3</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Enter &amp;Token…</source>
        <translation>&amp;Token invoeren…</translation>
    </message>
    <message>
        <source>Edit &amp;Profile…</source>
        <translation>&amp;Profiel bewerken…</translation>
    </message>
    <message>
        <source>Enter a new API token for “%1”.</source>
        <translation>Voer een nieuw API-token in voor ‘%1’.</translation>
    </message>
    <message>
        <source>Loaded %1 at %2</source>
        <translation>%1 geladen om %2</translation>
    </message>
    <message>
        <source>Loading was cancelled; %1 are shown and the list may be incomplete.</source>
        <translation>Het laden is geannuleerd; %1 worden getoond en de lijst is misschien onvolledig.</translation>
    </message>
    <message>
        <source>Could not load the webhooks. %1</source>
        <translation>De webhooks konden niet worden geladen. %1</translation>
    </message>
    <message>
        <source>The list shows what was loaded at %1.</source>
        <translation>De lijst toont wat om %1 is geladen.</translation>
    </message>
    <message>
        <source>The list shows what was loaded before.</source>
        <translation>De lijst toont wat eerder is geladen.</translation>
    </message>
    <message>
        <source>Welcome to Hookbench. Add a connection profile with the service URL, the account and an administrator’s API token to see its webhooks.</source>
        <translation>Welkom bij Hookbench. Voeg een verbindingsprofiel toe met de dienst-URL, het account en het API-token van een beheerder om de webhooks ervan te zien.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Er is geen profiel met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>Reading the token of “%1”…</source>
        <translation>Token van ‘%1’ wordt gelezen…</translation>
    </message>
    <message>
        <source>The profile “%1” was removed. Choose another one in the Profile menu.</source>
        <translation>Het profiel ‘%1’ is verwijderd. Kies een ander in het menu Profiel.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>‘%1’ opgeslagen.</translation>
    </message>
    <message>
        <source>Test sent.</source>
        <translation>Test verstuurd.</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>‘%1’ wordt geopend…</translation>
    </message>
    <message>
        <source>Webhook Not Found</source>
        <translation>Webhook niet gevonden</translation>
    </message>
    <message>
        <source>The webhook “%1” no longer exists; someone else deleted it.</source>
        <translation>De webhook ‘%1’ bestaat niet meer; iemand anders heeft hem verwijderd.</translation>
    </message>
    <message>
        <source>Could Not Open the Webhook</source>
        <translation>Webhook kon niet worden geopend</translation>
    </message>
    <message>
        <source>&amp;Review Certificate…</source>
        <translation>Certificaat &amp;bekijken…</translation>
    </message>
    <message>
        <source>“%1” reports no delivery error.</source>
        <translation>‘%1’ meldt geen afleverfout.</translation>
    </message>
    <message>
        <source>“%1” reports the delivery error “%2”.</source>
        <translation>‘%1’ meldt de afleverfout ‘%2’.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
    </message>
    <message>
        <source>Sandbox at %1</source>
        <translation>Sandbox op %1</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;New Webhook…</source>
        <translation>&amp;Nieuwe webhook…</translation>
    </message>
    <message>
        <source>Create a webhook (it starts disabled)</source>
        <translation>Een webhook maken (hij begint uitgeschakeld)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Edit the selected webhook (F2, or Enter in the list)</source>
        <translation>De geselecteerde webhook bewerken (F2, of Enter in de lijst)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Delete the selected webhooks</source>
        <translation>De geselecteerde webhooks verwijderen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Load the list again from the service</source>
        <translation>De lijst opnieuw van de dienst laden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>De lijst doorzoeken</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Write all, the filtered or the selected webhooks to a CSV file</source>
        <translation>Alle, de gefilterde of de geselecteerde webhooks naar een CSV-bestand schrijven</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Send a test message to the selected webhooks</source>
        <translation>Een testbericht naar de geselecteerde webhooks sturen</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <source>Enable the selected webhooks</source>
        <translation>De geselecteerde webhooks inschakelen</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>Uit&amp;schakelen</translation>
    </message>
    <message>
        <source>Disable the selected webhooks</source>
        <translation>De geselecteerde webhooks uitschakelen</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>Als JSON &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the selected webhooks to the clipboard as JSON</source>
        <translation>De geselecteerde webhooks als JSON naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>&amp;Open URI</source>
        <translation>URI &amp;openen</translation>
    </message>
    <message>
        <source>Open the URI of the selected webhooks in the browser</source>
        <translation>De URI van de geselecteerde webhooks in de browser openen</translation>
    </message>
    <message>
        <source>&amp;Recently Deleted…</source>
        <translation>Onl&amp;angs verwijderd…</translation>
    </message>
    <message>
        <source>Webhooks deleted in this session, to re-create them</source>
        <translation>In deze sessie verwijderde webhooks, om ze opnieuw te maken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Fit Columns</source>
        <translation>Kolommen &amp;passend maken</translation>
    </message>
    <message>
        <source>Size the columns to the rows in view</source>
        <translation>De kolommen passend maken voor de zichtbare rijen</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailvenster</translation>
    </message>
    <message>
        <source>Show the details of the selected webhook</source>
        <translation>De details van de geselecteerde webhook tonen</translation>
    </message>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>Profiel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Connect to another account</source>
        <translation>Met een ander account verbinden</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profiel &amp;bewerken…</translation>
    </message>
    <message>
        <source>Change the current profile or its token</source>
        <translation>Het huidige profiel of zijn token wijzigen</translation>
    </message>
    <message>
        <source>&amp;Remove Profile…</source>
        <translation>Profiel &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Forget the current profile and its token</source>
        <translation>Het huidige profiel en zijn token vergeten</translation>
    </message>
    <message>
        <source>&amp;About Hookbench</source>
        <translation>&amp;Over Hookbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Policies…</source>
        <translation>Be&amp;leid…</translation>
    </message>
    <message>
        <source>The webhook policies that sign messages: create, edit, delete</source>
        <translation>Het webhookbeleid dat berichten ondertekent: maken, bewerken, verwijderen</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Ver&amp;gelijken met…</translation>
    </message>
    <message>
        <source>Compare this account&apos;s webhooks with another profile&apos;s, and copy, update or delete them there</source>
        <translation>De webhooks van dit account vergelijken met die van een ander profiel, en ze daar kopiëren, bijwerken of verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Make this account like an export file (JSON or CSV), after a preview</source>
        <translation>Dit account na een voorbeeld gelijk maken aan een exportbestand (JSON of CSV)</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>the sourceID %1 belongs to several webhooks of the target (%2).</source>
        <translation>de sourceID %1 hoort bij meerdere webhooks van het doel (%2).</translation>
    </message>
    <message>
        <source>the sourceID %1 belongs to several webhooks of the desired state; the target&apos;s webhook %2 has it.</source>
        <translation>de sourceID %1 hoort bij meerdere webhooks van de gewenste toestand; de webhook %2 van het doel heeft hem.</translation>
    </message>
    <message>
        <source>the name and event match %n webhook(s) of the target (%1) and no unique URI or sourceID tells which; nothing is done with them.</source>
        <translation>de naam en gebeurtenis passen bij %n webhooks van het doel (%1) en geen unieke URI of sourceID geeft aan welke; er wordt niets mee gedaan.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>OidcKeyFetcher</name>
    <message>
        <source>the issuer %1 is no https:// address</source>
        <translation>de uitgever %1 is geen https://-adres</translation>
    </message>
    <message>
        <source>the issuer %1 uses plain http:// to another computer; only https:// is trusted there</source>
        <translation>de uitgever %1 gebruikt gewoon http:// naar een andere computer; daar wordt alleen https:// vertrouwd</translation>
    </message>
    <message>
        <source>more than %1 keys are being looked up at once</source>
        <translation>er worden meer dan %1 sleutels tegelijk opgezocht</translation>
    </message>
    <message>
        <source>%1 did not give the key within %2 s</source>
        <translation>%1 gaf de sleutel niet binnen %2 s</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB</source>
        <translation>%1 is groter dan %2 KB</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwoordde met HTTP %2</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 was niet bereikbaar: %2</translation>
    </message>
    <message>
        <source>%1 is no JSON object</source>
        <translation>%1 is geen JSON-object</translation>
    </message>
    <message>
        <source>%1 names the issuer &quot;%2&quot;, not %3</source>
        <translation>%1 noemt de uitgever &quot;%2&quot;, niet %3</translation>
    </message>
    <message>
        <source>the jwks_uri of %1 is not on the issuer&apos;s address</source>
        <translation>de jwks_uri van %1 staat niet op het adres van de uitgever</translation>
    </message>
    <message>
        <source>%1 holds no key with kid &quot;%2&quot;</source>
        <translation>%1 bevat geen sleutel met kid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the key in %1 cannot be used: %2</source>
        <translation>de sleutel in %1 kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>onvoldoende geheugen</translation>
    </message>
    <message>
        <source>the RSA key&apos;s n or e is missing or out of range</source>
        <translation>n of e van de RSA-sleutel ontbreekt of valt buiten het bereik</translation>
    </message>
    <message>
        <source>the RSA key cannot be read</source>
        <translation>de RSA-sleutel kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the curve &quot;%1&quot; is not supported</source>
        <translation>de curve &quot;%1&quot; wordt niet ondersteund</translation>
    </message>
    <message>
        <source>the EC key&apos;s x or y is missing or of the wrong size</source>
        <translation>x of y van de EC-sleutel ontbreekt of heeft de verkeerde grootte</translation>
    </message>
    <message>
        <source>the EC key cannot be read</source>
        <translation>de EC-sleutel kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the key type &quot;%1&quot; is not supported</source>
        <translation>het sleuteltype &quot;%1&quot; wordt niet ondersteund</translation>
    </message>
    <message>
        <source>OpenSSL does not accept the key</source>
        <translation>OpenSSL accepteert de sleutel niet</translation>
    </message>
    <message>
        <source>the EC point is not on the curve</source>
        <translation>het EC-punt ligt niet op de curve</translation>
    </message>
    <message>
        <source>the key cannot be written as PEM</source>
        <translation>de sleutel kan niet als PEM worden geschreven</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <source>webhook %1</source>
        <translation>webhook %1</translation>
    </message>
    <message>
        <source>the target does not offer the event %1 (a legacy event); the webhook is not created.</source>
        <translation>het doel biedt de gebeurtenis %1 niet aan (een verouderde gebeurtenis); de webhook wordt niet gemaakt.</translation>
    </message>
    <message>
        <source>the target does not offer the event %1 (a legacy event); the webhook is not changed.</source>
        <translation>het doel biedt de gebeurtenis %1 niet aan (een verouderde gebeurtenis); de webhook wordt niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 (%2, %3): its policy %4 has no --policy-map entry; the target&apos;s webhook will not be signed.</source>
        <translation>%1 (%2, %3): het beleid %4 ervan heeft geen item in --policy-map; de webhook van het doel wordt niet ondertekend.</translation>
    </message>
    <message>
        <source>an ambiguous match; left alone.</source>
        <translation>een dubbelzinnige koppeling; blijft ongemoeid.</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Import Webhooks</source>
        <translation>Webhooks importeren</translation>
    </message>
    <message>
        <source>Hookbench exports (*.json *.csv);;All files (*)</source>
        <translation>Hookbench-exports (*.json *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could Not Import</source>
        <translation>Importeren niet mogelijk</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Dubbelzinnig</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Plan voor %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Plan for %1: %2 to create, %3 to update, %4 to delete, %5 unchanged.</source>
        <translation>Plan voor %1: %2 te maken, %3 bij te werken, %4 te verwijderen, %5 ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) cannot be applied (see their notes).</source>
        <translation>
            <numerusform>%n webhook kan niet worden toegepast (zie de notitie).</numerusform>
            <numerusform>%n webhooks kunnen niet worden toegepast (zie de notities).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Niets te doen.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), at least %1 s under the rate limit.</source>
        <translation>
            <numerusform>%n verzoek, minstens %1 s onder de aanvraaglimiet.</numerusform>
            <numerusform>%n verzoeken, minstens %1 s onder de aanvraaglimiet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service will ask %n receiver(s) to verify their URI; those webhooks stay inactive until their receivers answer.</source>
        <translation>
            <numerusform>De dienst zal %n ontvanger vragen de URI te verifiëren; die webhook blijft inactief totdat de ontvanger antwoordt.</numerusform>
            <numerusform>De dienst zal %n ontvangers vragen hun URI te verifiëren; die webhooks blijven inactief totdat hun ontvangers antwoorden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 deleted.</source>
        <translation>%1 gemaakt, %2 bijgewerkt, %3 verwijderd.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Klaar: %1</translation>
    </message>
    <message>
        <source>Stopped at “%1”: %2 Before it: %3</source>
        <translation>Gestopt bij ‘%1’: %2 Daarvoor: %3</translation>
    </message>
    <message>
        <source>Cancelled. Before that: %1</source>
        <translation>Geannuleerd. Daarvoor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent.</source>
        <translation>
            <numerusform>%n wijziging niet verstuurd.</numerusform>
            <numerusform>%n wijzigingen niet verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service will ask this URI to verify itself.</source>
        <translation>De dienst zal deze URI vragen zichzelf te verifiëren.</translation>
    </message>
    <message>
        <source>Loses its signing: no policy of the target is linked.</source>
        <translation>Verliest zijn ondertekening: er is geen beleid van het doel gekoppeld.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <source>Webhook Policies – %1</source>
        <translation>Webhookbeleid – %1</translation>
    </message>
    <message>
        <source>A webhook policy makes the service sign the messages of the webhooks linked to it. Link a webhook in its Edit dialog.</source>
        <translation>Een webhookbeleid laat de dienst de berichten ondertekenen van de webhooks die eraan zijn gekoppeld. Koppel een webhook in zijn bewerkvenster.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritme</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Verloopt na</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>&amp;New Policy…</source>
        <translation>&amp;Nieuw beleid…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Loading the webhook policies…</source>
        <translation>Het webhookbeleid wordt geladen…</translation>
    </message>
    <message>
        <source>The webhook policies could not be loaded: %1</source>
        <translation>Het webhookbeleid kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>The list is incomplete: %1</source>
        <translation>De lijst is onvolledig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook policy(ies).</source>
        <translation>
            <numerusform>%n webhookbeleid.</numerusform>
            <numerusform>%n webhookbeleidsregels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Hookbench keeps this policy&apos;s public key.</source>
        <translation>Hookbench bewaart de publieke sleutel van dit beleid.</translation>
    </message>
    <message>
        <source>Created policy %1.</source>
        <translation>Beleid %1 gemaakt.</translation>
    </message>
    <message>
        <source>Created policy %1. A %2 policy has no public key.</source>
        <translation>Beleid %1 gemaakt. Een %2-beleid heeft geen publieke sleutel.</translation>
    </message>
    <message>
        <source>Hookbench also keeps a copy in %1, so that its receiver can check the signatures.</source>
        <translation>Hookbench bewaart ook een kopie in %1, zodat zijn ontvanger de handtekeningen kan controleren.</translation>
    </message>
    <message>
        <source>Hookbench could not keep a copy of its own (%1): save the key now.</source>
        <translation>Hookbench kon geen eigen kopie bewaren (%1): sla de sleutel nu op.</translation>
    </message>
    <message>
        <source>Saved policy %1.</source>
        <translation>Beleid %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Delete Webhook Policy</source>
        <translation>Webhookbeleid verwijderen</translation>
    </message>
    <message>
        <source>Delete the webhook policy “%1”?</source>
        <translation>Het webhookbeleid ‘%1’ verwijderen?</translation>
    </message>
    <message>
        <source>No webhook in the list uses it.</source>
        <translation>Geen webhook in de lijst gebruikt het.</translation>
    </message>
    <message>
        <source>These webhooks lose their signing: their messages are sent unsigned from then on.
%1</source>
        <translation>Deze webhooks verliezen hun ondertekening: hun berichten worden vanaf dan niet-ondertekend verstuurd.
%1</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Deleting policy %1…</source>
        <translation>Beleid %1 wordt verwijderd…</translation>
    </message>
    <message>
        <source>Policy %1 was not deleted: %2</source>
        <translation>Beleid %1 is niet verwijderd: %2</translation>
    </message>
    <message>
        <source>Deleted policy %1.</source>
        <translation>Beleid %1 verwijderd.</translation>
    </message>
</context>
<context>
    <name>PolicyEditDialog</name>
    <message>
        <source>New Webhook Policy</source>
        <translation>Nieuw webhookbeleid</translation>
    </message>
    <message>
        <source>Webhook Policy %1</source>
        <translation>Webhookbeleid %1</translation>
    </message>
    <message>
        <source>rs* and es* sign with a private key that stays with the service; you get the public key once. hs* uses a shared secret; none does not sign.</source>
        <translation>rs* en es* ondertekenen met een privésleutel die bij de dienst blijft; u krijgt de publieke sleutel één keer. hs* gebruikt een gedeeld geheim; none ondertekent niet.</translation>
    </message>
    <message>
        <source>The algorithm cannot change: create a new policy instead.</source>
        <translation>Het algoritme kan niet worden gewijzigd: maak in plaats daarvan een nieuw beleid.</translation>
    </message>
    <message>
        <source>Empty: no aud claim</source>
        <translation>Leeg: geen aud-claim</translation>
    </message>
    <message>
        <source>The audience (aud claim) a receiver expects, at most 2 KB.</source>
        <translation>De doelgroep (aud-claim) die een ontvanger verwacht, hoogstens 2 KB.</translation>
    </message>
    <message>
        <source>Messages e&amp;xpire after</source>
        <translation>Berichten &amp;verlopen na</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes after sending until the exp claim makes a message invalid.</source>
        <translation>Minuten na het versturen totdat de exp-claim een bericht ongeldig maakt.</translation>
    </message>
    <message>
        <source>&amp;Disabled (no webhook can be linked to it)</source>
        <translation>Uitge&amp;schakeld (er kan geen webhook aan worden gekoppeld)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Maken</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algoritme:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Doelgroep:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Verloop:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>The policy was not created: %1</source>
        <translation>Het beleid is niet gemaakt: %1</translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>Het beleid is niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>PolicyKeyStore</name>
    <message>
        <source>%1 is not readable JSON (%2)</source>
        <translation>%1 is geen leesbare JSON (%2)</translation>
    </message>
</context>
<context>
    <name>PolicyMap</name>
    <message>
        <source>&apos;%1&apos; is no policy mapping: write SOURCE_NAME_OR_ID=TARGET_ID, e.g. 3=17.</source>
        <translation>&apos;%1&apos; is geen beleidskoppeling: schrijf BRONNAAM_OF_ID=DOEL_ID, bijv. 3=17.</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profiel</translation>
    </message>
    <message>
        <source>%1 (%2 at %3)</source>
        <translation>%1 (%2 op %3)</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Nog geen profielen</translation>
    </message>
    <message>
        <source>Token Kept for This Session</source>
        <translation>Token bewaard voor deze sessie</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its API token is removed from the keychain; the webhooks of the account are not touched.</source>
        <translation>Het profiel ‘%1’ verwijderen? Het API-token wordt uit de sleutelhanger verwijderd; de webhooks van het account blijven ongemoeid.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Niet-vertrouwd certificaat</translation>
    </message>
    <message>
        <source>The server of “%1” showed a certificate that this computer does not trust. Trust it only when the server’s administrator confirms this exact fingerprint.</source>
        <translation>De server van ‘%1’ toonde een certificaat dat deze computer niet vertrouwt. Vertrouw het alleen als de beheerder van de server precies deze vingerafdruk bevestigt.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Dit certificaat &amp;vertrouwen</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>No API token is stored for “%1”. Enter it to connect.</source>
        <translation>Voor ‘%1’ is geen API-token opgeslagen. Voer het in om te verbinden.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be read: %2 Enter it to connect.</source>
        <translation>Het token van ‘%1’ kon niet worden gelezen: %2 Voer het in om te verbinden.</translation>
    </message>
</context>
<context>
    <name>PublicKeyDialog</name>
    <message>
        <source>Public Key of Policy %1</source>
        <translation>Publieke sleutel van beleid %1</translation>
    </message>
    <message>
        <source>This is the only time the service shows the public key of this %1 policy. Copy it or save it as a .pem file now, and give it to the receivers that check the signatures: it cannot be fetched again.</source>
        <translation>Dit is de enige keer dat de dienst de publieke sleutel van dit %1-beleid toont. Kopieer hem of sla hem nu op als .pem-bestand, en geef hem aan de ontvangers die de handtekeningen controleren: hij kan niet opnieuw worden opgehaald.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save as .pem…</source>
        <translation>Opslaan als .&amp;pem…</translation>
    </message>
    <message>
        <source>The public key is on the clipboard.</source>
        <translation>De publieke sleutel staat op het klembord.</translation>
    </message>
    <message>
        <source>Save Public Key</source>
        <translation>Publieke sleutel opslaan</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM-bestanden (*.pem)</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another place, or copy the key.</source>
        <translation>%1 kon niet worden opgeslagen: %2. Kies een andere plek, of kopieer de sleutel.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Public Key Not Saved</source>
        <translation>Publieke sleutel niet opgeslagen</translation>
    </message>
    <message>
        <source>You have neither copied nor saved the public key.</source>
        <translation>U hebt de publieke sleutel niet gekopieerd en niet opgeslagen.</translation>
    </message>
    <message>
        <source>The service never shows it again. Close anyway?</source>
        <translation>De dienst toont hem nooit meer. Toch sluiten?</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Close &amp;Anyway</source>
        <translation>Toch &amp;sluiten</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently Deleted Webhooks</source>
        <translation>Onlangs verwijderde webhooks</translation>
    </message>
    <message>
        <source>Webhooks deleted in this session. Re-creating one gives it a new id; its receiver may need to verify the URI again.</source>
        <translation>In deze sessie verwijderde webhooks. Een opnieuw gemaakte webhook krijgt een nieuwe id; de ontvanger moet de URI misschien opnieuw verifiëren.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Former id</source>
        <translation>Vorige id</translation>
    </message>
    <message>
        <source>&amp;Re-create</source>
        <translation>&amp;Opnieuw maken</translation>
    </message>
</context>
<context>
    <name>RemovedWebhooksPanel</name>
    <message>
        <source>Former id</source>
        <translation>Vorige id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Re-&amp;create</source>
        <translation>&amp;Opnieuw maken</translation>
    </message>
    <message>
        <source>Create the selected webhooks again (they get new ids)</source>
        <translation>De geselecteerde webhooks opnieuw maken (ze krijgen nieuwe id’s)</translation>
    </message>
    <message>
        <source>No webhook was removed since the previous snapshot.</source>
        <translation>Sinds de vorige momentopname is geen webhook verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhooks were removed since the previous snapshot. Re-creating one gives it a new id; its receiver may need to verify the URI again.</source>
        <translation>
            <numerusform>%n webhook is sinds de vorige momentopname verwijderd. Een opnieuw gemaakte webhook krijgt een nieuwe id; de ontvanger moet de URI misschien opnieuw verifiëren.</numerusform>
            <numerusform>%n webhooks zijn sinds de vorige momentopname verwijderd. Een opnieuw gemaakte webhook krijgt een nieuwe id; de ontvanger moet de URI misschien opnieuw verifiëren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>Could not start the sandbox server %1: %2. Build hookbench-sandbox or install it beside hookbench.</source>
        <translation>De sandboxserver %1 kon niet worden gestart: %2. Bouw hookbench-sandbox of installeer het naast hookbench.</translation>
    </message>
    <message>
        <source>The sandbox server stopped unexpectedly (exit code %1).</source>
        <translation>De sandboxserver stopte onverwacht (afsluitcode %1).</translation>
    </message>
    <message>
        <source>The sandbox server exited before it was ready (exit code %1).</source>
        <translation>De sandboxserver stopte voordat hij klaar was (afsluitcode %1).</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the sandbox data: %1</source>
        <translation>Er kon geen tijdelijke map voor de sandboxgegevens worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>ServicePreset</name>
    <message>
        <source>Global</source>
        <translation>Wereldwijd</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australië</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Verenigde Staten</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
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
        <translation>De dienst-URL moet een absoluut https://-adres zijn, zoals https://api.4me.com/v1.</translation>
    </message>
    <message>
        <source>Plain http:// is accepted only for this computer: the token would travel unencrypted to %1. Use https://.</source>
        <translation>Gewoon http:// is alleen voor deze computer toegestaan: het token zou onversleuteld naar %1 gaan. Gebruik https://.</translation>
    </message>
</context>
<context>
    <name>SignedMessageCheck</name>
    <message>
        <source>aud is neither a text nor a list of texts</source>
        <translation>aud is geen tekst en geen lijst van teksten</translation>
    </message>
    <message>
        <source>the token names no audience, and the policy&apos;s audience is not known</source>
        <translation>het token noemt geen doelgroep, en de doelgroep van het beleid is niet bekend</translation>
    </message>
    <message>
        <source>aud is &quot;%1&quot;; the policy&apos;s audience is not known</source>
        <translation>aud is &quot;%1&quot;; de doelgroep van het beleid is niet bekend</translation>
    </message>
    <message>
        <source>no aud, and the policy sets no audience</source>
        <translation>geen aud, en het beleid stelt geen doelgroep in</translation>
    </message>
    <message>
        <source>aud is &quot;%1&quot;, but the policy sets no audience</source>
        <translation>aud is &quot;%1&quot;, maar het beleid stelt geen doelgroep in</translation>
    </message>
    <message>
        <source>the token names no audience; the policy&apos;s is &quot;%1&quot;</source>
        <translation>het token noemt geen doelgroep; die van het beleid is &quot;%1&quot;</translation>
    </message>
    <message>
        <source>aud is the policy&apos;s audience &quot;%1&quot;</source>
        <translation>aud is de doelgroep &quot;%1&quot; van het beleid</translation>
    </message>
    <message>
        <source>aud is &quot;%1&quot;, not the policy&apos;s audience &quot;%2&quot;</source>
        <translation>aud is &quot;%1&quot;, niet de doelgroep &quot;%2&quot; van het beleid</translation>
    </message>
    <message>
        <source>no exp: the token does not expire</source>
        <translation>geen exp: het token verloopt niet</translation>
    </message>
    <message>
        <source>exp is not a number of seconds</source>
        <translation>exp is geen aantal seconden</translation>
    </message>
    <message>
        <source>expired at %1, %2 s ago (more than the %3 s leeway)</source>
        <translation>verlopen op %1, %2 s geleden (meer dan de %3 s speling)</translation>
    </message>
    <message>
        <source>expires at %1</source>
        <translation>verloopt op %1</translation>
    </message>
    <message>
        <source>no nbf: the token is valid from the start</source>
        <translation>geen nbf: het token is vanaf het begin geldig</translation>
    </message>
    <message>
        <source>nbf is not a number of seconds</source>
        <translation>nbf is geen aantal seconden</translation>
    </message>
    <message>
        <source>not valid before %1, %2 s from now (more than the %3 s leeway)</source>
        <translation>niet geldig vóór %1, over %2 s (meer dan de %3 s speling)</translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation>geldig sinds %1</translation>
    </message>
    <message>
        <source>the token names no issuer (iss)</source>
        <translation>het token noemt geen uitgever (iss)</translation>
    </message>
    <message>
        <source>%1 is a policy&apos;s URL under the account URL</source>
        <translation>%1 is de URL van een beleid onder de account-URL</translation>
    </message>
    <message>
        <source>%1 is the account URL</source>
        <translation>%1 is de account-URL</translation>
    </message>
    <message>
        <source>%1 is on the sandbox&apos;s address</source>
        <translation>%1 staat op het adres van de sandbox</translation>
    </message>
    <message>
        <source>%1 is neither the account URL %2 nor a policy&apos;s URL under it</source>
        <translation>%1 is niet de account-URL %2 en ook niet de URL van een beleid daaronder</translation>
    </message>
    <message>
        <source>%1 is the account URL that the signed message names</source>
        <translation>%1 is de account-URL die het ondertekende bericht noemt</translation>
    </message>
    <message>
        <source>%1 is not the account URL %2 that the signed message names</source>
        <translation>%1 is niet de account-URL %2 die het ondertekende bericht noemt</translation>
    </message>
    <message>
        <source>iss is %1; the account URL is not known</source>
        <translation>iss is %1; de account-URL is niet bekend</translation>
    </message>
    <message>
        <source>unsigned (alg none): anyone could have sent it</source>
        <translation>niet ondertekend (alg none): iedereen kan het hebben verstuurd</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
</context>
<context>
    <name>SignedMessageCheck::Report</name>
    <message>
        <source>the message is not signed</source>
        <translation>het bericht is niet ondertekend</translation>
    </message>
    <message>
        <source>the %1 check failed: %2</source>
        <translation>de controle %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>the key came from the issuer, whose address could not be checked: %1</source>
        <translation>de sleutel kwam van de uitgever, wiens adres niet kon worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source> (key from %1)</source>
        <translation> (sleutel van %1)</translation>
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
        <translation>de sandbox</translation>
    </message>
    <message>
        <source>no secret given</source>
        <translation>geen geheim opgegeven</translation>
    </message>
    <message>
        <source>no public key given, and no iss to discover one from</source>
        <translation>geen publieke sleutel opgegeven, en geen iss om er een mee te ontdekken</translation>
    </message>
    <message>
        <source>no public key given; OpenID Connect discovery from %1 is off</source>
        <translation>geen publieke sleutel opgegeven; OpenID Connect-discovery vanaf %1 staat uit</translation>
    </message>
    <message>
        <source>OpenID Connect discovery failed: %1</source>
        <translation>OpenID Connect-discovery mislukt: %1</translation>
    </message>
    <message>
        <source>looking up the key at %1</source>
        <translation>de sleutel wordt opgezocht bij %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token could not be read from the system keychain (%1). Enter it again; without a keychain it is kept for this session only.</source>
        <translation>Het token kon niet uit de sleutelhanger van het systeem worden gelezen (%1). Voer het opnieuw in; zonder sleutelhanger wordt het alleen voor deze sessie bewaard.</translation>
    </message>
    <message>
        <source>The token is kept for this session only; it is not stored in the system keychain.</source>
        <translation>Het token wordt alleen voor deze sessie bewaard; het wordt niet in de sleutelhanger van het systeem opgeslagen.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The token is kept for this session only and is not saved to disk: enter it again after a restart.</source>
        <translation>De sleutelhanger van het systeem is niet beschikbaar (%1). Het token wordt alleen voor deze sessie bewaard en niet op schijf opgeslagen: voer het na een herstart opnieuw in.</translation>
    </message>
    <message>
        <source>The token could not be removed from the system keychain (%1). Remove it with the keychain&apos;s own tool.</source>
        <translation>Het token kon niet uit de sleutelhanger van het systeem worden verwijderd (%1). Verwijder het met het eigen programma van de sleutelhanger.</translation>
    </message>
</context>
<context>
    <name>UriRewriteRule</name>
    <message>
        <source>&apos;%1&apos; is no rewrite rule: write FROM=TO, e.g. %2.</source>
        <translation>&apos;%1&apos; is geen herschrijfregel: schrijf VAN=NAAR, bijv. %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: both sides of a rewrite rule must start with https:// or http://, e.g. %2.</source>
        <translation>&apos;%1&apos;: beide kanten van een herschrijfregel moeten beginnen met https:// of http://, bijv. %2.</translation>
    </message>
</context>
<context>
    <name>VerificationResponder</name>
    <message>
        <source>the message carries no usable callback address</source>
        <translation>het bericht bevat geen bruikbaar callbackadres</translation>
    </message>
    <message>
        <source>the callback %1 is not on the sandbox&apos;s address %2</source>
        <translation>de callback %1 staat niet op het adres %2 van de sandbox</translation>
    </message>
    <message>
        <source>the callback %1 is not on the account&apos;s address %2</source>
        <translation>de callback %1 staat niet op het adres %2 van het account</translation>
    </message>
    <message>
        <source>the service answered %1 to %2</source>
        <translation>de dienst antwoordde %1 op %2</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 was niet bereikbaar: %2</translation>
    </message>
    <message>
        <source>the signed message is not trusted: %1</source>
        <translation>het ondertekende bericht wordt niet vertrouwd: %1</translation>
    </message>
    <message>
        <source>the message is a JWT with alg none: it is unsigned, and anyone could have sent it</source>
        <translation>het bericht is een JWT met alg none: het is niet ondertekend, en iedereen kan het verstuurd hebben</translation>
    </message>
    <message>
        <source>the message is signed, and its signature was not checked</source>
        <translation>het bericht is ondertekend, en de handtekening is niet gecontroleerd</translation>
    </message>
    <message>
        <source>the signature does not verify with the key it was checked with (%1)</source>
        <translation>de handtekening klopt niet met de sleutel waarmee ze gecontroleerd is (%1)</translation>
    </message>
</context>
<context>
    <name>WebhookDetailsPane</name>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Gebeurtenis:</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Laatste fout:</translation>
    </message>
    <message>
        <source>Mail exceptions to:</source>
        <translation>Fouten mailen naar:</translation>
    </message>
    <message>
        <source>Webhook policy:</source>
        <translation>Webhookbeleid:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>Node-ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Gemaakt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Bijgewerkt:</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Geen beschrijving</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Credentials and query values are hidden; edit the webhook to see the whole URI.</source>
        <translation>Inloggegevens en querywaarden zijn verborgen; bewerk de webhook om de hele URI te zien.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Every account administrator</source>
        <translation>Alle accountbeheerders</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Select a webhook to see its details.</source>
        <translation>Selecteer een webhook om de details te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhooks selected.</source>
        <translation>
            <numerusform>%n webhook geselecteerd.</numerusform>
            <numerusform>%n webhooks geselecteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenID Connect discovery:</source>
        <translation>OpenID Connect-discovery:</translation>
    </message>
    <message>
        <source>App offerings:</source>
        <translation>App-aanbiedingen:</translation>
    </message>
    <message>
        <source>Source ID:</source>
        <translation>Bron-ID:</translation>
    </message>
    <message>
        <source>Awaiting verification. The code sent to the URI expired at %1: save the webhook again to have a fresh one sent, then call its callback.</source>
        <translation>Wacht op verificatie. De naar de URI gestuurde code is verlopen op %1: sla de webhook opnieuw op om een nieuwe te laten sturen en roep dan de callback ervan aan.</translation>
    </message>
    <message>
        <source>Awaiting verification. The service sent a webhook.verify message to the URI; the webhook receives no other messages until the callback in that message is called (GET or POST) before %1. Hookbench&apos;s built-in receiver calls it for you; another receiver must call it, or open it in a browser.</source>
        <translation>Wacht op verificatie. De dienst heeft een webhook.verify-bericht naar de URI gestuurd; de webhook ontvangt geen andere berichten totdat de callback in dat bericht vóór %1 is aangeroepen (GET of POST). De ingebouwde ontvanger van Hookbench roept hem voor u aan; een andere ontvanger moet hem aanroepen, of u opent hem in een browser.</translation>
    </message>
    <message>
        <source>Most likely disabled by the service after repeated failed deliveries. Fix the receiver, send a test message, then enable the webhook again.</source>
        <translation>Waarschijnlijk door de dienst uitgeschakeld na herhaaldelijk mislukte afleveringen. Herstel de ontvanger, stuur een testbericht en schakel de webhook daarna weer in.</translation>
    </message>
    <message>
        <source>Disabled, awaiting verification</source>
        <translation>Uitgeschakeld, wacht op verificatie</translation>
    </message>
    <message>
        <source>Enabled, awaiting verification</source>
        <translation>Ingeschakeld, wacht op verificatie</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Changed since the previous snapshot:</source>
        <translation>Gewijzigd sinds de vorige momentopname:</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <source>New webhooks start disabled. Save it, press Test until the receiver accepts the test message, then clear “Disabled” to let events flow.</source>
        <translation>Nieuwe webhooks beginnen uitgeschakeld. Sla hem op, druk op Testen tot de ontvanger het testbericht accepteert en vink dan ‘Uitgeschakeld’ uit om gebeurtenissen door te laten.</translation>
    </message>
    <message>
        <source>Last delivery error: %1</source>
        <translation>Laatste afleverfout: %1</translation>
    </message>
    <message>
        <source>The event this webhook listens to. Type to search.</source>
        <translation>De gebeurtenis waarop deze webhook reageert. Typ om te zoeken.</translation>
    </message>
    <message>
        <source>The address that receives a POST request for each event.</source>
        <translation>Het adres dat voor elke gebeurtenis een POST-verzoek krijgt.</translation>
    </message>
    <message>
        <source>What this webhook is for, and who looks after the receiver.</source>
        <translation>Waar deze webhook voor dient en wie de ontvanger beheert.</translation>
    </message>
    <message>
        <source>Empty: every account administrator</source>
        <translation>Leeg: alle accountbeheerders</translation>
    </message>
    <message>
        <source>Comma-separated e-mail addresses that hear about failed deliveries.</source>
        <translation>Door komma’s gescheiden e-mailadressen die over mislukte afleveringen horen.</translation>
    </message>
    <message>
        <source>&amp;Disabled (no messages are sent)</source>
        <translation>Uitge&amp;schakeld (er worden geen berichten verstuurd)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Send a test message to the URI (saves first when needed).</source>
        <translation>Een testbericht naar de URI sturen (slaat eerst op als dat nodig is).</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Gebeurtenis:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beschrij&amp;ving:</translation>
    </message>
    <message>
        <source>&amp;Mail exceptions to:</source>
        <translation>Fouten &amp;mailen naar:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Defaults to the event name</source>
        <translation>Standaard de naam van de gebeurtenis</translation>
    </message>
    <message>
        <source>“%1” cannot be reached from the internet: the service will not be able to deliver to it.</source>
        <translation>‘%1’ is niet bereikbaar vanaf internet: de dienst zal er niet naar kunnen afleveren.</translation>
    </message>
    <message>
        <source>Plain http sends the messages unencrypted; prefer https.</source>
        <translation>Gewoon http verstuurt de berichten onversleuteld; gebruik liever https.</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 bytes</translation>
    </message>
    <message>
        <source>New Webhook</source>
        <translation>Nieuwe webhook</translation>
    </message>
    <message>
        <source>Edit Webhook “%1”</source>
        <translation>Webhook ‘%1’ bewerken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Testbericht wordt verstuurd…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>De test is mislukt: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to this webhook before closing?</source>
        <translation>De wijzigingen aan deze webhook opslaan voor het sluiten?</translation>
    </message>
    <message>
        <source>Use &amp;Local Receiver</source>
        <translation>&amp;Lokale ontvanger gebruiken</translation>
    </message>
    <message>
        <source>Send this webhook&apos;s messages to the receiver built into Hookbench, and see them in the Deliveries panel.</source>
        <translation>De berichten van deze webhook naar de in Hookbench ingebouwde ontvanger sturen en ze in het paneel Afleveringen bekijken.</translation>
    </message>
    <message>
        <source>The local receiver is on this computer. The sandbox can deliver to it; the real service needs a URI it can reach from the internet.</source>
        <translation>De lokale ontvanger draait op deze computer. De sandbox kan eraan afleveren; de echte dienst heeft een URI nodig die hij vanaf internet kan bereiken.</translation>
    </message>
    <message>
        <source>Empty: instances of every app offering</source>
        <translation>Leeg: instanties van alle app-aanbiedingen</translation>
    </message>
    <message>
        <source>Comma-separated references of the app offerings whose instances this webhook reports on.</source>
        <translation>Door komma’s gescheiden referenties van de app-aanbiedingen over wier instanties deze webhook rapporteert.</translation>
    </message>
    <message>
        <source>Signed messages name their key for OpenID &amp;Connect discovery</source>
        <translation>Ondertekende berichten noemen hun sleutel voor OpenID &amp;Connect-discovery</translation>
    </message>
    <message>
        <source>The messages&apos; JWT carries a kid header and an iss claim from which a receiver finds the policy&apos;s public key (JWKS).</source>
        <translation>Het JWT van de berichten bevat een kid-header en een iss-claim waarmee een ontvanger de publieke sleutel van het beleid (JWKS) vindt.</translation>
    </message>
    <message>
        <source>&amp;App offerings:</source>
        <translation>&amp;App-aanbiedingen:</translation>
    </message>
    <message>
        <source>After saving, the webhook receives no messages until the new URI is verified.</source>
        <translation>Na het opslaan ontvangt de webhook geen berichten totdat de nieuwe URI is geverifieerd.</translation>
    </message>
    <message>
        <source>Change the URI?</source>
        <translation>URI wijzigen?</translation>
    </message>
    <message>
        <source>After the new URI is saved, the service sends a verification message to it, and “%1” receives no messages until that URI is verified.</source>
        <translation>Nadat de nieuwe URI is opgeslagen, stuurt de dienst er een verificatiebericht naartoe, en ‘%1’ ontvangt geen berichten totdat die URI is geverifieerd.</translation>
    </message>
    <message>
        <source>To miss no messages, create a second webhook for the new URI first, wait until it is verified, and delete this one afterwards.</source>
        <translation>Om geen berichten te missen, maakt u eerst een tweede webhook voor de nieuwe URI, wacht u tot die is geverifieerd en verwijdert u daarna deze.</translation>
    </message>
    <message>
        <source>Save New URI</source>
        <translation>Nieuwe URI opslaan</translation>
    </message>
    <message>
        <source>The webhook policy that signs this webhook&apos;s messages (a JWT), or none. Only enabled policies can be chosen.</source>
        <translation>Het webhookbeleid dat de berichten van deze webhook ondertekent (een JWT), of geen. Alleen ingeschakeld beleid kan worden gekozen.</translation>
    </message>
    <message>
        <source>Si&amp;gning policy:</source>
        <translation>Onderteke&amp;ningsbeleid:</translation>
    </message>
    <message>
        <source>The account&apos;s webhook policies could not be loaded (%1); the current choice is kept.</source>
        <translation>Het webhookbeleid van het account kon niet worden geladen (%1); de huidige keuze blijft behouden.</translation>
    </message>
    <message>
        <source>None (messages are not signed)</source>
        <translation>Geen (berichten worden niet ondertekend)</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Beleid %1</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, id %3)</translation>
    </message>
    <message>
        <source>Test sent at %1: the service delivers a message with object_id 12345 to the URI. Whether the receiver accepted it shows as the webhook&apos;s last error within about 10 seconds.</source>
        <translation>Test verstuurd om %1: de dienst levert een bericht met object_id 12345 af bij de URI. Of de ontvanger het heeft geaccepteerd, is binnen ongeveer 10 seconden te zien als de laatste fout van de webhook.</translation>
    </message>
</context>
<context>
    <name>WebhookExporter</name>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 geëxporteerd naar %2</translation>
    </message>
</context>
<context>
    <name>WebhookFilterBar</name>
    <message>
        <source>Search names, events, URIs, errors… (%1)</source>
        <translation>Zoeken in namen, gebeurtenissen, URI’s, fouten… (%1)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Disabled after failures</source>
        <translation>Uitgeschakeld na fouten</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Wacht op verificatie</translation>
    </message>
    <message>
        <source>Show webhooks in this state</source>
        <translation>Webhooks met deze status tonen</translation>
    </message>
    <message>
        <source>Show webhooks for events of this group</source>
        <translation>Webhooks voor gebeurtenissen uit deze groep tonen</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle gebeurtenissen</translation>
    </message>
    <message>
        <source>Chan&amp;ges</source>
        <translation>Wij&amp;zigingen</translation>
    </message>
    <message>
        <source>Has an error</source>
        <translation>Heeft een fout</translation>
    </message>
    <message>
        <source>Signed and unsigned</source>
        <translation>Ondertekend en niet ondertekend</translation>
    </message>
    <message>
        <source>Signed (with a policy)</source>
        <translation>Ondertekend (met een beleid)</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Niet ondertekend</translation>
    </message>
    <message>
        <source>Show webhooks whose messages a webhook policy signs, or not</source>
        <translation>Webhooks tonen waarvan een webhookbeleid de berichten ondertekent, of niet</translation>
    </message>
    <message>
        <source>Show only the webhooks created or changed since the previous snapshot</source>
        <translation>Alleen de webhooks tonen die sinds de vorige momentopname zijn gemaakt of gewijzigd</translation>
    </message>
</context>
<context>
    <name>WebhookListing</name>
    <message numerus="yes">
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n record kon niet worden gelezen</numerusform>
            <numerusform>%n records konden niet worden gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>WebhookListing::Private</name>
    <message>
        <source>a page link pointed to another address (%1)</source>
        <translation>een paginalink wees naar een ander adres (%1)</translation>
    </message>
    <message>
        <source>a page failed: %1</source>
        <translation>een pagina is mislukt: %1</translation>
    </message>
    <message>
        <source>the listing has more than %1 pages</source>
        <translation>de lijst heeft meer dan %1 pagina’s</translation>
    </message>
    <message>
        <source>the server&apos;s next-page link repeats an earlier page</source>
        <translation>de link van de server naar de volgende pagina herhaalt een eerdere pagina</translation>
    </message>
    <message>
        <source>the server&apos;s next-page links go on past the %1 pages it announced</source>
        <translation>de links van de server naar de volgende pagina gaan verder dan de %1 aangekondigde pagina’s</translation>
    </message>
    <message>
        <source>the server sent %1 empty pages in a row</source>
        <translation>de server stuurde %1 lege pagina’s achter elkaar</translation>
    </message>
    <message>
        <source>%1 of %2 webhooks arrived</source>
        <translation>%1 van %2 webhooks zijn aangekomen</translation>
    </message>
    <message>
        <source>%1 webhooks arrived</source>
        <translation>%1 webhooks zijn aangekomen</translation>
    </message>
</context>
<context>
    <name>WebhookPolicyService</name>
    <message>
        <source>a page link pointed to another address (%1)</source>
        <translation>een paginalink wees naar een ander adres (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s next-page link repeats an earlier page</source>
        <translation>de link van de server naar de volgende pagina herhaalt een eerdere pagina</translation>
    </message>
    <message>
        <source>the listing has more than %1 pages</source>
        <translation>de lijst heeft meer dan %1 pagina’s</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n record kon niet worden gelezen</numerusform>
            <numerusform>%n records konden niet worden gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook policies arrived</source>
        <translation>
            <numerusform>%n webhookbeleid is aangekomen</numerusform>
            <numerusform>%n webhookbeleidsregels zijn aangekomen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; whether the policy was created is unknown: list the policies before you try again. A policy created this way cannot show its public key again; delete it and create another</source>
        <translation>%1; of het beleid is gemaakt, is onbekend: som het beleid op voordat u het opnieuw probeert. Een beleid dat zo is gemaakt, kan zijn publieke sleutel niet opnieuw tonen; verwijder het en maak een ander</translation>
    </message>
    <message>
        <source>the webhook policy was already deleted</source>
        <translation>het webhookbeleid was al verwijderd</translation>
    </message>
</context>
<context>
    <name>WebhookPolicyValidator</name>
    <message>
        <source>Choose the algorithm that signs the messages (%1).</source>
        <translation>Kies het algoritme dat de berichten ondertekent (%1).</translation>
    </message>
    <message>
        <source>“%1” is not an algorithm of webhook policies; use one of %2.</source>
        <translation>‘%1’ is geen algoritme voor webhookbeleid; gebruik een van %2.</translation>
    </message>
    <message>
        <source>The audience is %1 bytes long; the limit is %2 bytes (2 KB).</source>
        <translation>De doelgroep is %1 bytes lang; de limiet is %2 bytes (2 KB).</translation>
    </message>
    <message>
        <source>The expiry is a number of minutes, 0 or more.</source>
        <translation>Het verloop is een aantal minuten, 0 of meer.</translation>
    </message>
</context>
<context>
    <name>WebhookService</name>
    <message>
        <source>%1; Hookbench could not check whether the change was saved (%2)</source>
        <translation>%1; Hookbench kon niet controleren of de wijziging is opgeslagen (%2)</translation>
    </message>
    <message>
        <source>%1; the change was not saved, so it is safe to try again</source>
        <translation>%1; de wijziging is niet opgeslagen, dus u kunt het veilig opnieuw proberen</translation>
    </message>
    <message>
        <source>the webhook was already deleted</source>
        <translation>de webhook was al verwijderd</translation>
    </message>
    <message>
        <source>%1; Hookbench could not check whether the webhook was deleted (%2)</source>
        <translation>%1; Hookbench kon niet controleren of de webhook is verwijderd (%2)</translation>
    </message>
    <message>
        <source>%1; the webhook still exists, so it is safe to try again</source>
        <translation>%1; de webhook bestaat nog, dus u kunt het veilig opnieuw proberen</translation>
    </message>
    <message>
        <source>the server&apos;s event list is empty</source>
        <translation>de gebeurtenislijst van de server is leeg</translation>
    </message>
    <message>
        <source>%1; %2. Whether the webhook was created is unknown: refresh the list and look for it before you try again, so that it is not created twice</source>
        <translation>%1; %2. Of de webhook is gemaakt, is onbekend: vernieuw de lijst en zoek hem voordat u het opnieuw probeert, zodat hij niet twee keer wordt gemaakt</translation>
    </message>
    <message>
        <source>Hookbench could not read the list before the create, so it cannot tell a new webhook from an identical older one</source>
        <translation>Hookbench kon de lijst vóór het maken niet lezen en kan daardoor een nieuwe webhook niet onderscheiden van een identieke oudere</translation>
    </message>
    <message numerus="yes">
        <source>Hookbench re-read the list %n time(s) and did not find it</source>
        <translation>
            <numerusform>Hookbench heeft de lijst %n keer opnieuw gelezen en hem niet gevonden</numerusform>
            <numerusform>Hookbench heeft de lijst %n keer opnieuw gelezen en hem niet gevonden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookTableModel</name>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mail exceptions to</source>
        <translation>Fouten mailen naar</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Laatste fout: %1</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Wacht op verificatie</translation>
    </message>
    <message>
        <source>Awaiting verification: the code sent to the URI expired at %1. Save the webhook again to have a fresh code sent.</source>
        <translation>Wacht op verificatie: de naar de URI gestuurde code is verlopen op %1. Sla de webhook opnieuw op om een nieuwe code te laten sturen.</translation>
    </message>
    <message>
        <source>Awaiting verification: the service sent a webhook.verify message to the URI and delivers nothing else until its callback is called (before %1).</source>
        <translation>Wacht op verificatie: de dienst heeft een webhook.verify-bericht naar de URI gestuurd en levert niets anders af totdat de callback ervan is aangeroepen (vóór %1).</translation>
    </message>
    <message>
        <source>Most likely disabled by the service after repeated failed deliveries. Last error: %1
Fix the receiver, test the webhook, then enable it again.</source>
        <translation>Waarschijnlijk door de dienst uitgeschakeld na herhaaldelijk mislukte afleveringen. Laatste fout: %1
Herstel de ontvanger, test de webhook en schakel hem daarna weer in.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
</context>
<context>
    <name>WebhookTableView</name>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>1 webhook</source>
        <translation>1 webhook</translation>
    </message>
    <message>
        <source>%1 webhooks</source>
        <translation>%1 webhooks</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Test wordt verstuurd…</translation>
    </message>
    <message>
        <source>Delete the webhook “%1”?</source>
        <translation>De webhook ‘%1’ verwijderen?</translation>
    </message>
    <message>
        <source>Delete Webhooks</source>
        <translation>Webhooks verwijderen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Bezig met verwijderen…</translation>
    </message>
    <message>
        <source>Copied %1 as JSON.</source>
        <translation>%1 als JSON gekopieerd.</translation>
    </message>
    <message>
        <source>No web address to open.</source>
        <translation>Geen webadres om te openen.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation>Webhook verwijderen</translation>
    </message>
    <message>
        <source>This webhook stops sending its messages. Until you quit, you can re-create it from Webhook ▸ Recently Deleted.</source>
        <translation>Deze webhook verstuurt zijn berichten niet meer. Totdat u afsluit, kunt u hem opnieuw maken via Webhook ▸ Onlangs verwijderd.</translation>
    </message>
    <message>
        <source>These webhooks stop sending their messages. Until you quit, you can re-create them from Webhook ▸ Recently Deleted.</source>
        <translation>Deze webhooks versturen hun berichten niet meer. Totdat u afsluit, kunt u ze opnieuw maken via Webhook ▸ Onlangs verwijderd.</translation>
    </message>
    <message>
        <source>&amp;Yes, delete all %1</source>
        <translation>&amp;Ja, alle %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>WebhookValidator</name>
    <message>
        <source>Choose the event this webhook listens to.</source>
        <translation>Kies de gebeurtenis waarop deze webhook reageert.</translation>
    </message>
    <message>
        <source>“%1” is not an event of the Webhooks API.</source>
        <translation>‘%1’ is geen gebeurtenis van de Webhooks-API.</translation>
    </message>
    <message>
        <source>“%1” is a legacy event that the service no longer offers.</source>
        <translation>‘%1’ is een verouderde gebeurtenis die de dienst niet meer aanbiedt.</translation>
    </message>
    <message>
        <source>Enter the URI that receives the webhook’s messages.</source>
        <translation>Voer de URI in die de berichten van de webhook ontvangt.</translation>
    </message>
    <message>
        <source>The URI must not contain spaces.</source>
        <translation>De URI mag geen spaties bevatten.</translation>
    </message>
    <message>
        <source>Enter an absolute URI, such as https://example.com/hooks.</source>
        <translation>Voer een absolute URI in, zoals https://example.com/hooks.</translation>
    </message>
    <message>
        <source>The URI must start with https:// or http://.</source>
        <translation>De URI moet beginnen met https:// of http://.</translation>
    </message>
    <message>
        <source>The URI has no host name.</source>
        <translation>De URI heeft geen hostnaam.</translation>
    </message>
    <message>
        <source>The description is %1 bytes long; the limit is %2 bytes (64 KB).</source>
        <translation>De beschrijving is %1 bytes lang; de limiet is %2 bytes (64 KB).</translation>
    </message>
    <message>
        <source>Remove the empty entry between commas.</source>
        <translation>Verwijder het lege item tussen de komma’s.</translation>
    </message>
    <message>
        <source>App offering references apply only to app_instance events; remove them or choose an app_instance event.</source>
        <translation>Referenties naar app-aanbiedingen gelden alleen voor app_instance-gebeurtenissen; verwijder ze of kies een app_instance-gebeurtenis.</translation>
    </message>
    <message>
        <source>Remove the empty app offering reference.</source>
        <translation>Verwijder de lege referentie naar een app-aanbieding.</translation>
    </message>
    <message>
        <source>The source is %1 characters long; the limit is %2.</source>
        <translation>De bron is %1 tekens lang; de limiet is %2.</translation>
    </message>
    <message>
        <source>The source ID is %1 characters long; the limit is %2.</source>
        <translation>De bron-ID is %1 tekens lang; de limiet is %2.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>%1 is not a valid e-mail address.</source>
        <translation>%1 is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>%1 are not valid e-mail addresses.</source>
        <translation>%1 zijn geen geldige e-mailadressen.</translation>
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
        <translation>De webhooks van een 4me-account beheren.</translation>
    </message>
    <message>
        <source>Start hookbench-sandbox and connect to it.</source>
        <translation>hookbench-sandbox starten en ermee verbinden.</translation>
    </message>
    <message>
        <source>Use this language (en, de, nl) instead of the system&apos;s.</source>
        <translation>Deze taal (en, de, nl) gebruiken in plaats van die van het systeem.</translation>
    </message>
    <message>
        <source>Log what the program does on stderr.</source>
        <translation>Op stderr loggen wat het programma doet.</translation>
    </message>
</context>
</TS>
