<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountSession</name>
    <message>
        <source>Your session has ended (it expired or was signed out elsewhere). Sign in again to continue; nothing you entered is lost.</source>
        <translation>Ihre Sitzung ist beendet (sie ist abgelaufen oder wurde an anderer Stelle abgemeldet). Melden Sie sich erneut an, um fortzufahren; Ihre Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <source>Only %1, who created this token, or an admin of the team %2 can rotate or delete it.</source>
        <translation>Nur wer dieses Token erstellt hat (%1), oder ein Admin des Teams %2 kann es erneuern oder löschen.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Add acco&amp;unt…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Choose an account, then press Enter to switch to it.</source>
        <translation>Wählen Sie ein Konto und drücken Sie dann die Eingabetaste, um zu ihm zu wechseln.</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Aktualisiere&amp;n</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Team %1: activity</source>
        <translation>Team %1: Aktivität</translation>
    </message>
    <message>
        <source>Your activity</source>
        <translation>Ihre Aktivität</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Load the newest events again (F5)</source>
        <translation>Die neuesten Ereignisse erneut laden (F5)</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Alle Tokens</translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation>Aktivität wird geladen…</translation>
    </message>
    <message>
        <source>The activity could not be loaded. See the message above, then choose Retry.</source>
        <translation>Die Aktivität konnte nicht geladen werden. Lesen Sie die Meldung oben und wählen Sie dann Wiederholen.</translation>
    </message>
    <message>
        <source>No events match the filter. Choose &quot;All actions&quot; and &quot;All tokens&quot; to see everything.</source>
        <translation>Keine Ereignisse passen zum Filter. Wählen Sie „Alle Aktionen“ und „Alle Tokens“, um alles zu sehen.</translation>
    </message>
    <message>
        <source>Nothing has happened yet. Creating, rotating and revoking tokens, and signing in, are listed here.</source>
        <translation>Bisher ist nichts geschehen. Hier erscheinen das Erstellen, Rotieren und Widerrufen von Tokens sowie Anmeldungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown. Scroll to the end of the table to load more.</source>
        <translation>
            <numerusform>%n Ereignis angezeigt. Blättern Sie ans Ende der Tabelle, um mehr zu laden.</numerusform>
            <numerusform>%n Ereignisse angezeigt. Blättern Sie ans Ende der Tabelle, um mehr zu laden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n Ereignis.</numerusform>
            <numerusform>%n Ereignisse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddTokenDialog</name>
    <message>
        <source>Add token</source>
        <translation>Token hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What is this token for? e.g. CI deploy</source>
        <translation>Wofür ist dieses Token? z. B. CI-Deployment</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <source>Expiry &amp;date:</source>
        <translation>Ablauf&amp;datum:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Creating token</source>
        <translation>Token wird erstellt</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ich (%1)</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Custom date…</source>
        <translation>Eigenes Datum…</translation>
    </message>
    <message>
        <source>Custom duration…</source>
        <translation>Eigene Dauer…</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Berechtigung %1</translation>
    </message>
    <message>
        <source>Give the token a name, so you recognise it later.</source>
        <translation>Geben Sie dem Token einen Namen, damit Sie es später wiedererkennen.</translation>
    </message>
    <message>
        <source>The token must live at least one minute.</source>
        <translation>Das Token muss mindestens eine Minute gültig sein.</translation>
    </message>
    <message>
        <source>Expires %1 (%2).</source>
        <translation>Läuft am %1 ab (%2).</translation>
    </message>
    <message>
        <source>This token never expires. Delete it when it is no longer needed.</source>
        <translation>Dieses Token läuft nie ab. Löschen Sie es, sobald es nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Wählen Sie mindestens eine Berechtigung.</translation>
    </message>
    <message>
        <source>The name must not contain control or invisible formatting characters.</source>
        <translation>Der Name darf keine Steuer- oder unsichtbaren Formatierungszeichen enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>Tokens may live at most %n days on this server.</source>
        <translation>
            <numerusform>Tokens dürfen auf diesem Server höchstens %n Tag gültig sein.</numerusform>
            <numerusform>Tokens dürfen auf diesem Server höchstens %n Tage gültig sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>Cannot connect to %1: the connection was refused. Is the server running and the address right?</source>
        <translation>Keine Verbindung zu %1: Die Verbindung wurde abgelehnt. Läuft der Server und ist die Adresse richtig?</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; could not be found. Check the server address and your network connection.</source>
        <translation>Der Servername „%1“ wurde nicht gefunden. Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Try again; if it keeps happening, check the server.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet. Versuchen Sie es erneut; wenn das wiederholt passiert, prüfen Sie den Server.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The server&apos;s certificate is not trusted or not valid for this name.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Das Zertifikat des Servers ist nicht vertrauenswürdig oder nicht für diesen Namen gültig.</translation>
    </message>
    <message>
        <source>%1 closed the connection without a valid HTTP answer. Is this the TokenDesk server?</source>
        <translation>%1 hat die Verbindung ohne gültige HTTP-Antwort geschlossen. Ist das der TokenDesk-Server?</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and an unexpected body. Is this the TokenDesk server?</source>
        <translation>Der Server hat mit HTTP-Status %1 und einem unerwarteten Inhalt geantwortet. Ist das der TokenDesk-Server?</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB, so it was stopped. The server may be misconfigured or not the TokenDesk server; check it and try again.</source>
        <translation>%1 hat eine Antwort größer als %2 MiB gesendet, daher wurde sie abgebrochen. Der Server ist möglicherweise falsch konfiguriert oder nicht der TokenDesk-Server; prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 seconds, so loading was stopped. Try again; if it keeps happening, check the server.</source>
        <translation>%1 hat die Antwort nicht innerhalb von %2 Sekunden abgeschlossen, daher wurde das Laden abgebrochen. Versuchen Sie es erneut; wenn das wiederholt passiert, prüfen Sie den Server.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server&apos;s answer has an unexpected form (%1). The server may run an incompatible version.</source>
        <translation>Die Antwort des Servers hat eine unerwartete Form (%1). Möglicherweise läuft auf dem Server eine inkompatible Version.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address. Use a URL such as https://tokens.example.com or http://127.0.0.1:8686.</source>
        <translation>„%1“ ist keine gültige Serveradresse. Verwenden Sie eine URL wie https://tokens.example.com oder http://127.0.0.1:8686.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (oder mit http:// für diesen Computer).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over unencrypted http:// to %1. Use https://, or allow insecure connections in the settings.</source>
        <translation>Zugangsdaten werden nicht unverschlüsselt über http:// an %1 gesendet. Verwenden Sie https:// oder erlauben Sie unsichere Verbindungen in den Einstellungen.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the server repeated a page of the token list</source>
        <translation>der Server hat eine Seite der Token-Liste wiederholt</translation>
    </message>
    <message>
        <source>the token list has more than %1 pages</source>
        <translation>die Token-Liste hat mehr als %1 Seiten</translation>
    </message>
</context>
<context>
    <name>AuthCommand</name>
    <message>
        <source>Standard input is not a terminal: give --username and --password-stdin.</source>
        <translation>Die Standardeingabe ist kein Terminal: Geben Sie --username und --password-stdin an.</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Benutzername: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the session could not be kept: %1
Start or unlock it (e.g. gnome-keyring), or in a CI job set TOKENDESK_SESSION instead of signing in.</source>
        <translation>Der Systemschlüsselbund ist nicht nutzbar, daher konnte die Sitzung nicht gespeichert werden: %1
Starten oder entsperren Sie ihn (z. B. gnome-keyring) oder setzen Sie in einem CI-Job TOKENDESK_SESSION, statt sich anzumelden.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Server:   %1</source>
        <translation>Server:   %1</translation>
    </message>
    <message>
        <source>User:     %1 (%2)</source>
        <translation>Benutzer: %1 (%2)</translation>
    </message>
    <message>
        <source>Account:  %1</source>
        <translation>Konto:    %1</translation>
    </message>
    <message>
        <source>Plan:     %1</source>
        <translation>Tarif:    %1</translation>
    </message>
    <message>
        <source>Teams:    %1</source>
        <translation>Teams:    %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Session:  %1</source>
        <translation>Sitzung:  %1</translation>
    </message>
    <message>
        <source>from TOKENDESK_SESSION</source>
        <translation>aus TOKENDESK_SESSION</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>im Systemschlüsselbund</translation>
    </message>
    <message>
        <source>Signed out %1.</source>
        <translation>%1 abgemeldet.</translation>
    </message>
    <message>
        <source>No accounts yet. Run &quot;tokendesk-cli auth login&quot;.</source>
        <translation>Noch keine Konten. Führen Sie „tokendesk-cli auth login“ aus.</translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation>Zu %1 gewechselt.</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;. &quot;tokendesk-cli auth switch&quot; lists them.</source>
        <translation>Kein Konto „%1“. „tokendesk-cli auth switch“ listet sie auf.</translation>
    </message>
</context>
<context>
    <name>CheckTokenDialog</name>
    <message>
        <source>Check a token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Paste a string you found (in a log, a repository, a chat) to learn whether it is a TokenDesk token and, if it is yours, which one. It is checked here first; only a valid token is shown to your server. Nothing is stored, and it is wiped when this window closes.</source>
        <translation>Fügen Sie eine gefundene Zeichenfolge ein (aus einem Log, einem Repository, einem Chat), um zu erfahren, ob sie ein TokenDesk-Token ist und, falls es Ihres ist, welches. Sie wird zuerst hier geprüft; nur ein gültiges Token wird Ihrem Server gezeigt. Nichts wird gespeichert, und sie wird gelöscht, wenn dieses Fenster schließt.</translation>
    </message>
    <message>
        <source>&amp;Text to check:</source>
        <translation>Zu prüfender &amp;Text:</translation>
    </message>
    <message>
        <source>Paste here (Ctrl+V)</source>
        <translation>Hier einfügen (Strg+V)</translation>
    </message>
    <message>
        <source>Asking the server</source>
        <translation>Server wird gefragt</translation>
    </message>
    <message>
        <source>&amp;Revoke this token…</source>
        <translation>Dieses Token &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Revoke with the token &amp;itself…</source>
        <translation>Mit dem Token &amp;selbst widerrufen…</translation>
    </message>
    <message>
        <source>Ask &amp;again</source>
        <translation>&amp;Erneut fragen</translation>
    </message>
    <message>
        <source>Revoke it through your account: it stops working at once</source>
        <translation>Über Ihr Konto widerrufen: Es funktioniert sofort nicht mehr</translation>
    </message>
    <message>
        <source>Use the token to revoke itself: works for any live TokenDesk token on this server</source>
        <translation>Das Token widerruft sich selbst: Das geht mit jedem gültigen TokenDesk-Token dieses Servers</translation>
    </message>
    <message>
        <source>Paste the text to check above.</source>
        <translation>Fügen Sie oben den zu prüfenden Text ein.</translation>
    </message>
    <message>
        <source>Not a TokenDesk token. TokenDesk tokens start with tdk_ and have 42 characters; this is something else.</source>
        <translation>Kein TokenDesk-Token. TokenDesk-Tokens beginnen mit tdk_ und haben 42 Zeichen; das hier ist etwas anderes.</translation>
    </message>
    <message>
        <source>Shaped like a TokenDesk token, but its checksum is wrong: a typo (check what you copied) or a forgery. No TokenDesk server issued it as it is.</source>
        <translation>Sieht aus wie ein TokenDesk-Token, aber die Prüfsumme stimmt nicht: ein Tippfehler (prüfen Sie, was Sie kopiert haben) oder eine Fälschung. So hat es kein TokenDesk-Server ausgegeben.</translation>
    </message>
    <message>
        <source>A TokenDesk sign-in session, not an API token. To end it, sign out where it is used, or change that account&apos;s password.</source>
        <translation>Eine TokenDesk-Anmeldesitzung, kein API-Token. Um sie zu beenden, melden Sie sich dort ab, wo sie verwendet wird, oder ändern Sie das Passwort dieses Kontos.</translation>
    </message>
    <message>
        <source>A valid TokenDesk token: the checksum matches.</source>
        <translation>Ein gültiges TokenDesk-Token: Die Prüfsumme stimmt.</translation>
    </message>
    <message>
        <source>Sign in to find out whether it is one of yours.</source>
        <translation>Melden Sie sich an, um zu erfahren, ob es eines Ihrer Tokens ist.</translation>
    </message>
    <message>
        <source>Asking the server whose token this is…</source>
        <translation>Der Server wird gefragt, wem dieses Token gehört…</translation>
    </message>
    <message>
        <source>a token of the team %1</source>
        <translation>ein Token des Teams %1</translation>
    </message>
    <message>
        <source>one of your personal tokens</source>
        <translation>eines Ihrer persönlichen Tokens</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt verwendet %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <source>This is &quot;%1&quot; (%2), %3, created by %4, %5.</source>
        <translation>Das ist „%1“ (%2), %3, erstellt von %4, %5.</translation>
    </message>
    <message>
        <source>It is not one of your tokens, nor of a team you administer (or it is no longer valid). If it leaked, revoke it with the token itself.</source>
        <translation>Es ist keines Ihrer Tokens und keines eines Teams, das Sie verwalten (oder es ist nicht mehr gültig). Wenn es an die Öffentlichkeit gelangt ist, widerrufen Sie es mit dem Token selbst.</translation>
    </message>
    <message>
        <source>Whose token this is could not be found out. Choose Ask again, or revoke it with the token itself.</source>
        <translation>Wem dieses Token gehört, konnte nicht ermittelt werden. Wählen Sie „Erneut fragen“ oder widerrufen Sie es mit dem Token selbst.</translation>
    </message>
    <message>
        <source>Revoked. The token no longer works.</source>
        <translation>Widerrufen. Das Token funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot; (%2). It no longer works.</source>
        <translation>„%1“ (%2) widerrufen. Es funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Revoke this token?

Whatever uses it stops working immediately. This cannot be undone.</source>
        <translation>Dieses Token widerrufen?

Alles, was es verwendet, funktioniert sofort nicht mehr. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot; (%2)?

Whatever uses it stops working immediately. This cannot be undone.</source>
        <translation>„%1“ (%2) widerrufen?

Alles, was es verwendet, funktioniert sofort nicht mehr. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revoke token?</source>
        <translation>Token widerrufen?</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>Not signed in%1. Run &quot;tokendesk-cli auth login&quot; (or set TOKENDESK_SESSION in a CI job).</source>
        <translation>Nicht angemeldet%1. Führen Sie „tokendesk-cli auth login“ aus (oder setzen Sie TOKENDESK_SESSION in einem CI-Job).</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1
Start or unlock it (e.g. gnome-keyring), or set TOKENDESK_SESSION for this process.</source>
        <translation>Der Systemschlüsselbund ist nicht nutzbar: %1
Starten oder entsperren Sie ihn (z. B. gnome-keyring) oder setzen Sie TOKENDESK_SESSION für diesen Prozess.</translation>
    </message>
    <message>
        <source>Run &quot;tokendesk-cli auth login&quot;.</source>
        <translation>Führen Sie „tokendesk-cli auth login“ aus.</translation>
    </message>
    <message>
        <source>The session in TOKENDESK_SESSION was refused: %1</source>
        <translation>Die Sitzung in TOKENDESK_SESSION wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print a JSON object (stable, documented) instead of text.</source>
        <translation>Ein JSON-Objekt (stabil, dokumentiert) statt Text ausgeben.</translation>
    </message>
    <message>
        <source>The account&apos;s server (default: TOKENDESK_SERVER, else the last one signed in to).</source>
        <translation>Der Server des Kontos (Standard: TOKENDESK_SERVER, sonst der zuletzt angemeldete).</translation>
    </message>
    <message>
        <source>Show exact dates and times, not &quot;in 3 days&quot;.</source>
        <translation>Genaue Daten und Uhrzeiten zeigen statt „in 3 Tagen“.</translation>
    </message>
    <message>
        <source>Show help for the command.</source>
        <translation>Hilfe zum Befehl anzeigen.</translation>
    </message>
    <message>
        <source>The user to sign in as.</source>
        <translation>Der Benutzer für die Anmeldung.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>A team&apos;s tokens instead of your own.</source>
        <translation>Die Tokens eines Teams statt Ihrer eigenen.</translation>
    </message>
    <message>
        <source>Only tokens expiring within this time (7d).</source>
        <translation>Nur Tokens, die innerhalb dieser Zeit ablaufen (7d).</translation>
    </message>
    <message>
        <source>Only tokens not used for this time (90d).</source>
        <translation>Nur Tokens, die so lange nicht benutzt wurden (90d).</translation>
    </message>
    <message>
        <source>Sort by name, created, expires or last-used.</source>
        <translation>Sortieren nach name, created, expires oder last-used.</translation>
    </message>
    <message>
        <source>30d, 12h, a date (2027-03-01) or never.</source>
        <translation>30d, 12h, ein Datum (2027-03-01) oder never.</translation>
    </message>
    <message>
        <source>Scopes, separated by commas (read,write).</source>
        <translation>Berechtigungen, durch Kommas getrennt (read,write).</translation>
    </message>
    <message>
        <source>How long the old secret keeps working (1h, 24h).</source>
        <translation>Wie lange das alte Geheimnis weiter funktioniert (1h, 24h).</translation>
    </message>
    <message>
        <source>Also save the new secret in the system keychain.</source>
        <translation>Das neue Geheimnis auch im Systemschlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Sign in and keep the session in the keychain.</source>
        <translation>Anmelden und die Sitzung im Schlüsselbund behalten.</translation>
    </message>
    <message>
        <source>Show who is signed in, where and how.</source>
        <translation>Zeigen, wer wo und wie angemeldet ist.</translation>
    </message>
    <message>
        <source>End the session and forget it.</source>
        <translation>Die Sitzung beenden und vergessen.</translation>
    </message>
    <message>
        <source>List the accounts, or make one the current account.</source>
        <translation>Die Konten auflisten oder eines zum aktuellen machen.</translation>
    </message>
    <message>
        <source>List tokens.</source>
        <translation>Tokens auflisten.</translation>
    </message>
    <message>
        <source>Show one token.</source>
        <translation>Ein Token anzeigen.</translation>
    </message>
    <message>
        <source>Create a token; its secret is printed once, alone, on standard output.</source>
        <translation>Ein Token erstellen; sein Geheimnis wird einmal, allein, auf der Standardausgabe ausgegeben.</translation>
    </message>
    <message>
        <source>Replace a token&apos;s secret; the new one is printed once on standard output.</source>
        <translation>Das Geheimnis eines Tokens ersetzen; das neue wird einmal auf der Standardausgabe ausgegeben.</translation>
    </message>
    <message>
        <source>Revoke tokens (asks first unless --yes).</source>
        <translation>Tokens widerrufen (fragt vorher, außer mit --yes).</translation>
    </message>
    <message>
        <source>Check a token read from standard input: its format, and whose it is.</source>
        <translation>Ein von der Standardeingabe gelesenes Token prüfen: sein Format und wem es gehört.</translation>
    </message>
    <message>
        <source>Print a secret saved in the system keychain.</source>
        <translation>Ein im Systemschlüsselbund gespeichertes Geheimnis ausgeben.</translation>
    </message>
    <message>
        <source>List your teams and your role in each.</source>
        <translation>Ihre Teams und Ihre Rolle darin auflisten.</translation>
    </message>
    <message>
        <source>Show the activity log.</source>
        <translation>Das Aktivitätsprotokoll anzeigen.</translation>
    </message>
    <message>
        <source>Print a shell completion script.</source>
        <translation>Ein Skript zur Shell-Vervollständigung ausgeben.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli COMMAND [options]

Manage TokenDesk API tokens from a terminal or a script.

Commands:
</source>
        <translation>Aufruf: tokendesk-cli BEFEHL [Optionen]

TokenDesk-API-Tokens vom Terminal oder aus einem Skript verwalten.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;tokendesk-cli COMMAND --help&quot; for a command&apos;s options and examples.
Exit status: 0 ok, 1 failed, 2 usage, 3 not signed in, 4 not found, 5 forbidden or policy, 6 server unreachable.
</source>
        <translation>
„tokendesk-cli BEFEHL --help“ zeigt die Optionen und Beispiele eines Befehls.
Exit-Status: 0 ok, 1 fehlgeschlagen, 2 Aufruf, 3 nicht angemeldet, 4 nicht gefunden, 5 verboten oder Richtlinie, 6 Server nicht erreichbar.
</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli %1 %2 [options]

%3

Options:
</source>
        <translation>Aufruf: tokendesk-cli %1 %2 [Optionen]

%3

Optionen:
</translation>
    </message>
    <message>
        <source>
Examples:
</source>
        <translation>
Beispiele:
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2.</source>
        <translation>„%1“ kennt --%2 nicht.</translation>
    </message>
</context>
<context>
    <name>CompletionCommand</name>
    <message>
        <source>Name a shell: completion bash, zsh or fish.</source>
        <translation>Nennen Sie eine Shell: completion bash, zsh oder fish.</translation>
    </message>
</context>
<context>
    <name>CopyStatus</name>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>Copied. Clipboard clears in %1 s.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 s geleert.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Token created</source>
        <translation>Token erstellt</translation>
    </message>
    <message>
        <source>Token rotated</source>
        <translation>Token rotiert</translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <source>Used from a new address</source>
        <translation>Von neuer Adresse benutzt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>the token itself (%1)</source>
        <translation>das Token selbst (%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Von Adresse</translation>
    </message>
    <message>
        <source>The activity could not be loaded: %1 Choose Refresh to try again.</source>
        <translation>Die Aktivität konnte nicht geladen werden: %1 Wählen Sie Aktualisieren, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>ExpiryNotice</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Tokens expire soon</source>
        <translation>Tokens laufen bald ab</translation>
    </message>
</context>
<context>
    <name>ExpiryWatcher</name>
    <message>
        <source>The token &quot;%1&quot; expires %2. Rotate it to keep it working.</source>
        <translation>Das Token „%1“ läuft %2 ab. Erneuern Sie es, damit es weiter funktioniert.</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens expire soon: %1. Rotate them to keep them working.</source>
        <translation>
            <numerusform>%n Token läuft bald ab: %1. Erneuern Sie es, damit es weiter funktioniert.</numerusform>
            <numerusform>%n Tokens laufen bald ab: %1. Erneuern Sie sie, damit sie weiter funktionieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No system keychain (Secret Service) is running</source>
        <translation>Es läuft kein System-Schlüsselbund (Secret Service)</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access</source>
        <translation>Der System-Schlüsselbund ist gesperrt oder hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied</source>
        <translation>Der Zugriff auf den System-Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry</source>
        <translation>Der System-Schlüsselbund konnte den Eintrag nicht löschen</translation>
    </message>
    <message>
        <source>The system keychain reported an error</source>
        <translation>Der System-Schlüsselbund hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing is stored in the system keychain under &quot;%1&quot;.</source>
        <translation>Im System-Schlüsselbund ist unter „%1“ nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to TokenDesk</source>
        <translation>Bei TokenDesk anmelden</translation>
    </message>
    <message>
        <source>Sign in to the server that manages your API tokens.</source>
        <translation>Melden Sie sich bei dem Server an, der Ihre API-Tokens verwaltet.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://tokens.example.com</source>
        <translation>https://tokens.example.com</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>An&amp;melden</translation>
    </message>
    <message>
        <source>Unavailable: %1 TokenDesk never stores sessions in plain files.</source>
        <translation>Nicht verfügbar: %1 TokenDesk speichert Sitzungen nie in einfachen Dateien.</translation>
    </message>
    <message>
        <source>Keep the session in the system keychain, so the next start signs in automatically.</source>
        <translation>Die Sitzung im System-Schlüsselbund aufbewahren, damit Sie beim nächsten Start automatisch angemeldet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter one like http://127.0.0.1:8686.</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie eine Adresse wie http://127.0.0.1:8686 ein.</translation>
    </message>
    <message>
        <source>The username or password is wrong. Check them and try again.</source>
        <translation>Benutzername oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>System-Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Anmeldung bei %1 als %2…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Personal tokens</source>
        <translation>Persönliche Tokens</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
    <message>
        <source>Session ended: sign in again to %1</source>
        <translation>Sitzung beendet: Melden Sie sich erneut bei %1 an</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in to manage your API tokens and your teams&apos; tokens.</source>
        <translation>Sie sind nicht angemeldet. Melden Sie sich an, um Ihre API-Tokens und die Tokens Ihrer Teams zu verwalten.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>&amp;Erneut anmelden…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Check a token…</source>
        <translation>Token &amp;prüfen…</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>%1 activity</source>
        <extracomment>A navigation entry: %1 is the team&apos;s name</extracomment>
        <translation>%1: Aktivität</translation>
    </message>
    <message>
        <source>Team %1 activity</source>
        <translation>Team %1: Aktivität</translation>
    </message>
</context>
<context>
    <name>NewAddressAlert</name>
    <message>
        <source>Your token &quot;%1&quot; was used from a new address: %2. If that was not you or your software, rotate or delete the token.</source>
        <translation>Ihr Token „%1“ wurde von einer neuen Adresse benutzt: %2. Wenn das nicht Sie oder Ihre Software waren, rotieren oder löschen Sie das Token.</translation>
    </message>
</context>
<context>
    <name>NewAddressNotice</name>
    <message>
        <source>New address alert</source>
        <translation>Warnung: neue Adresse</translation>
    </message>
    <message>
        <source>Token used from a new address</source>
        <translation>Token von neuer Adresse benutzt</translation>
    </message>
</context>
<context>
    <name>OwnerTokens</name>
    <message>
        <source>Could not load the tokens: %1</source>
        <translation>Die Tokens konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be saved in the system keychain: %2</source>
        <translation>Das Geheimnis von „%1“ konnte nicht im System-Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not rotate &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht erneuert werden: %2</translation>
    </message>
    <message>
        <source>The token was deleted, but its keychain entry could not be removed: %1</source>
        <translation>Das Token wurde gelöscht, aber sein Eintrag im Schlüsselbund konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not read the secret of &quot;%1&quot; from the system keychain: %2</source>
        <translation>Das Geheimnis von „%1“ konnte nicht aus dem System-Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not remove a keychain entry: %1</source>
        <translation>Ein Eintrag im Schlüsselbund konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Only tokens saved in the system keychain can be copied later.</source>
        <translation>Nur im System-Schlüsselbund gespeicherte Tokens lassen sich später kopieren.</translation>
    </message>
    <message>
        <source>The saved secret cannot be copied now: %1</source>
        <translation>Das gespeicherte Geheimnis kann jetzt nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Could not revoke the selected tokens (none was revoked): %1</source>
        <translation>Die ausgewählten Tokens konnten nicht widerrufen werden (keines wurde widerrufen): %1</translation>
    </message>
    <message>
        <source>Revoked %1 of the %2 selected tokens, then: %3</source>
        <translation>%1 der %2 ausgewählten Tokens widerrufen, dann: %3</translation>
    </message>
    <message>
        <source>There is no clipboard here.</source>
        <translation>Hier gibt es keine Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Konto-ID:</translation>
    </message>
    <message>
        <source>&amp;Copy account ID</source>
        <translation>Konto-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Your saved session ended (%1). Sign in again.</source>
        <translation>Ihre gespeicherte Sitzung ist beendet (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The saved session could not be read from the keychain (%1). Sign in again.</source>
        <translation>Die gespeicherte Sitzung konnte nicht aus dem Schlüsselbund gelesen werden (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The session could not be saved in the keychain: %1</source>
        <translation>Die Sitzung konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>RevealTokenDialog</name>
    <message>
        <source>Your new token</source>
        <translation>Ihr neues Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>Konto-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;account ID</source>
        <translation>K&amp;onto-ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>&amp;Beides kopieren</translation>
    </message>
    <message>
        <source>&amp;Usage example:</source>
        <translation>&amp;Verwendungsbeispiel:</translation>
    </message>
    <message>
        <source>&amp;Save in system keychain</source>
        <translation>Im System-Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Rotated token: %1</source>
        <translation>Erneuertes Token: %1</translation>
    </message>
    <message>
        <source>New token: %1</source>
        <translation>Neues Token: %1</translation>
    </message>
    <message>
        <source>This is the new secret of &quot;%1&quot;. The old secret no longer works. Copy the new one now: you will not be able to see it again.</source>
        <translation>Dies ist das neue Geheimnis von „%1“. Das alte Geheimnis funktioniert nicht mehr. Kopieren Sie das neue jetzt: Sie werden es nicht wieder sehen können.</translation>
    </message>
    <message>
        <source>Copy your token now: you will not be able to see it again.</source>
        <translation>Kopieren Sie Ihr Token jetzt: Sie werden es nicht wieder sehen können.</translation>
    </message>
    <message>
        <source>export TOKEN=&apos;paste the token here&apos;</source>
        <translation>export TOKEN=&apos;hier das Token einfügen&apos;</translation>
    </message>
    <message>
        <source>Put the copied token in the TOKEN environment variable first.</source>
        <translation>Legen Sie das kopierte Token zuerst in der Umgebungsvariable TOKEN ab.</translation>
    </message>
    <message>
        <source>On the free plan this token may call only:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>Im kostenlosen Tarif darf dieses Token nur Folgendes aufrufen:&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Keep the secret in the system keychain, so &quot;Copy secret&quot; works later.</source>
        <translation>Das Geheimnis im System-Schlüsselbund aufbewahren, damit „Geheimnis kopieren“ später funktioniert.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in %1 s.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 s geleert.</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Schließen, ohne zu kopieren?</translation>
    </message>
    <message>
        <source>You will not see this token again. Close anyway?</source>
        <translation>Sie werden dieses Token nicht wieder sehen. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Wird im System-Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Could not save in the system keychain: %1 Copy the token instead.</source>
        <translation>Speichern im System-Schlüsselbund nicht möglich: %1 Kopieren Sie stattdessen das Token.</translation>
    </message>
    <message>
        <source>Saving in the system keychain is not possible now. %1</source>
        <translation>Speichern im System-Schlüsselbund ist jetzt nicht möglich. %1</translation>
    </message>
    <message>
        <source>This is the new secret of &quot;%1&quot;. The old secret keeps working until %2, then stops. Copy the new one now: you will not be able to see it again.</source>
        <translation>Das ist das neue Geheimnis von „%1“. Das alte Geheimnis funktioniert noch bis %2, danach nicht mehr. Kopieren Sie das neue jetzt: Sie werden es nicht noch einmal sehen können.</translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Token erneuern</translation>
    </message>
    <message>
        <source>New &amp;expiry:</source>
        <translation>Neuer &amp;Ablauf:</translation>
    </message>
    <message>
        <source>&amp;Keep the old secret working for:</source>
        <translation>Altes Geheimnis &amp;gültig lassen für:</translation>
    </message>
    <message>
        <source>Rotate token: %1</source>
        <translation>Token erneuern: %1</translation>
    </message>
    <message>
        <source>Rotate &quot;%1&quot; (%2)? It gets a new secret, shown once; its name, scopes and owner stay. Anything using the old secret must be given the new one.</source>
        <translation>„%1“ (%2) erneuern? Es erhält ein neues Geheimnis, das einmal angezeigt wird; Name, Berechtigungen und Besitzer bleiben. Alles, was das alte Geheimnis verwendet, muss das neue bekommen.</translation>
    </message>
    <message>
        <source>Same lifetime as before</source>
        <translation>Gleiche Laufzeit wie bisher</translation>
    </message>
    <message>
        <source>Same as before (no expiry)</source>
        <translation>Wie bisher (kein Ablauf)</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>No: it stops working at once</source>
        <translation>Nein: Es funktioniert sofort nicht mehr</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <source>The old secret stops working the moment the new one is created.</source>
        <translation>Das alte Geheimnis funktioniert nicht mehr, sobald das neue erstellt ist.</translation>
    </message>
    <message>
        <source>Both secrets work until about %1; then only the new one does. Switch everything to the new secret before then.</source>
        <translation>Beide Geheimnisse funktionieren bis etwa %1, danach nur noch das neue. Stellen Sie bis dahin alles auf das neue Geheimnis um.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain has not been checked yet.</source>
        <translation>Der System-Schlüsselbund wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s (is it locked?). TokenDesk stops using it for now: unlock it, then choose &quot;Check keychain again&quot; in Settings, or restart TokenDesk.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 s geantwortet (ist er gesperrt?). TokenDesk verwendet ihn vorerst nicht mehr: Entsperren Sie ihn und wählen Sie dann in den Einstellungen „Schlüsselbund erneut prüfen“, oder starten Sie TokenDesk neu.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation>Zwischenablage leeren &amp;nach:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation>Vor Ablauf &amp;warnen:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted http:// to other computers (not recommended)</source>
        <translation>&amp;Unverschlüsseltes http:// zu anderen Computern erlauben (nicht empfohlen)</translation>
    </message>
    <message>
        <source>System keychain:</source>
        <translation>System-Schlüsselbund:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Wirkt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Check keychain &amp;again</source>
        <translation>Schlüsselbund &amp;erneut prüfen</translation>
    </message>
    <message>
        <source>Ask the system keychain again whether it can store secrets (for example after unlocking it)</source>
        <translation>Den System-Schlüsselbund erneut fragen, ob er Geheimnisse speichern kann (zum Beispiel nach dem Entsperren)</translation>
    </message>
    <message>
        <source>Check keychain again</source>
        <translation>Schlüsselbund erneut prüfen</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>System-Schlüsselbund wird geprüft…</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>You are in no team.</source>
        <translation>Sie sind in keinem Team.</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>You are not in a team &quot;%1&quot;.</source>
        <translation>Sie sind in keinem Team „%1“.</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Noch keine Aktivität.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>Could not ask the server whose token this is: %1</source>
        <translation>Der Server konnte nicht gefragt werden, wem dieses Token gehört: %1</translation>
    </message>
    <message>
        <source>Could not revoke &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht widerrufen werden: %2</translation>
    </message>
    <message>
        <source>The server does not accept this token: it is already revoked or expired, or it belongs to another server. It cannot be used, so there is nothing to revoke.</source>
        <translation>Der Server akzeptiert dieses Token nicht: Es ist bereits widerrufen oder abgelaufen, oder es gehört zu einem anderen Server. Es kann nicht verwendet werden, also gibt es nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>Could not revoke the token: %1</source>
        <translation>Das Token konnte nicht widerrufen werden: %1</translation>
    </message>
</context>
<context>
    <name>TokenCheckCommand</name>
    <message>
        <source>Token (not shown): </source>
        <translation>Token (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Nothing was read from standard input.</source>
        <translation>Von der Standardeingabe wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>This is not a TokenDesk API token.</source>
        <translation>Das ist kein TokenDesk-API-Token.</translation>
    </message>
    <message>
        <source>Shaped like a TokenDesk token, but its checksum is wrong (a typo?).</source>
        <translation>Sieht aus wie ein TokenDesk-Token, aber die Prüfsumme stimmt nicht (ein Tippfehler?).</translation>
    </message>
    <message>
        <source>This is a TokenDesk sign-in session, not an API token.</source>
        <translation>Das ist eine TokenDesk-Anmeldesitzung, kein API-Token.</translation>
    </message>
    <message>
        <source>A valid TokenDesk token: &quot;%1&quot; (%2), owned by %3.</source>
        <translation>Ein gültiges TokenDesk-Token: „%1“ (%2), Eigentümer %3.</translation>
    </message>
    <message>
        <source>A well-formed TokenDesk API token; whose it is is unknown.</source>
        <translation>Ein wohlgeformtes TokenDesk-API-Token; wem es gehört, ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>TokenCreateCommand</name>
    <message>
        <source>Name the new token: token create NAME …</source>
        <translation>Nennen Sie das neue Token: token create NAME …</translation>
    </message>
    <message>
        <source>Name one token: token rotate NAME|ID</source>
        <translation>Nennen Sie ein Token: token rotate NAME|ID</translation>
    </message>
    <message>
        <source>Give the token&apos;s scopes: --scope read or read,write.</source>
        <translation>Geben Sie die Berechtigungen des Tokens an: --scope read oder read,write.</translation>
    </message>
    <message>
        <source>--expires takes 30d, 12h, a date (2027-03-01) or never.</source>
        <translation>--expires erwartet 30d, 12h, ein Datum (2027-03-01) oder never.</translation>
    </message>
    <message>
        <source>Could not create the token: %1%2</source>
        <translation>Das Token konnte nicht erstellt werden: %1%2</translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;.</source>
        <translation>Kein Token „%1“.</translation>
    </message>
    <message>
        <source>--grace takes a duration such as 1h or 24h.</source>
        <translation>--grace erwartet eine Dauer wie 1h oder 24h.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2), expires: %3. The secret above is shown only this once.</source>
        <translation>Token „%1“ (%2), läuft ab: %3. Das Geheimnis oben wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain: %1</source>
        <translation>Das Geheimnis konnte nicht im Systemschlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Im Systemschlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>TokenDetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a token to see its scopes, expiry, last use and where it was used from.</source>
        <translation>Wählen Sie ein Token, um seine Bereiche, seinen Ablauf, die letzte Benutzung und die Herkunft der Zugriffe zu sehen.</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt benutzt:</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>Von Adresse:</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>Rotation grace:</source>
        <translation>Übergangsfrist:</translation>
    </message>
    <message>
        <source>Address histor&amp;y:</source>
        <translation>Adressverlau&amp;f:</translation>
    </message>
    <message>
        <source>Loading the address history</source>
        <translation>Adressverlauf wird geladen</translation>
    </message>
    <message>
        <source>Address history</source>
        <translation>Adressverlauf</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <extracomment>%1 is the token&apos;s name</extracomment>
        <translation>Details von %1</translation>
    </message>
    <message>
        <source>Loading where the token was used…</source>
        <translation>Laden, wo das Token benutzt wurde…</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie benutzt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(keiner gesendet)</translation>
    </message>
    <message>
        <source>This token has not been used yet.</source>
        <translation>Dieses Token wurde noch nicht benutzt.</translation>
    </message>
    <message>
        <source>The previous secret still works until %1 (%2).</source>
        <extracomment>%1 is an exact date and time, %2 a relative time such as &quot;in 3 hours&quot;</extracomment>
        <translation>Das vorherige Geheimnis funktioniert noch bis %1 (%2).</translation>
    </message>
</context>
<context>
    <name>TokenListCommand</name>
    <message>
        <source>Name one token: tokendesk-cli token show NAME|ID</source>
        <translation>Nennen Sie ein Token: tokendesk-cli token show NAME|ID</translation>
    </message>
    <message>
        <source>--%1 takes a duration such as 7d, 24h or 90d.</source>
        <translation>--%1 erwartet eine Dauer wie 7d, 24h oder 90d.</translation>
    </message>
    <message>
        <source>--sort takes name, created, expires or last-used.</source>
        <translation>--sort erwartet name, created, expires oder last-used.</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>Keine Tokens.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>BERECHTIGUNGEN</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT BENUTZT</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>ERSTELLT VON</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;.</source>
        <translation>Kein Token „%1“.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt benutzt:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Zuletzt benutzt: %1</translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain</source>
        <translation>Das Geheimnis ist im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>The start and end of the secret, to recognise it</source>
        <translation>Anfang und Ende des Geheimnisses, zum Wiedererkennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>TokenRevokeCommand</name>
    <message>
        <source>Name the tokens to revoke, or give --unused-for.</source>
        <translation>Nennen Sie die zu widerrufenden Tokens oder geben Sie --unused-for an.</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so nobody can confirm: add --yes to revoke without asking.</source>
        <translation>Die Standardeingabe ist kein Terminal, niemand kann bestätigen: Fügen Sie --yes hinzu, um ohne Nachfrage zu widerrufen.</translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;; nothing was revoked.</source>
        <translation>Kein Token „%1“; nichts wurde widerrufen.</translation>
    </message>
    <message>
        <source>--unused-for takes a duration such as 90d.</source>
        <translation>--unused-for erwartet eine Dauer wie 90d.</translation>
    </message>
    <message>
        <source>No token matches; nothing was revoked.</source>
        <translation>Kein Token passt; nichts wurde widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s): %1? They stop working at once. [y/N] </source>
        <translation>
            <numerusform>%n Token widerrufen: %1? Es funktioniert sofort nicht mehr. [y/N] </numerusform>
            <numerusform>%n Tokens widerrufen: %1? Sie funktionieren sofort nicht mehr. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Nichts wurde widerrufen.</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>Widerrufen: %1</translation>
    </message>
</context>
<context>
    <name>TokenSecretCommand</name>
    <message>
        <source>Name one token: tokendesk-cli token secret NAME|ID</source>
        <translation>Nennen Sie ein Token: tokendesk-cli token secret NAME|ID</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1
Start or unlock it (e.g. gnome-keyring).</source>
        <translation>Der Systemschlüsselbund ist nicht nutzbar: %1
Starten oder entsperren Sie ihn (z. B. gnome-keyring).</translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;.</source>
        <translation>Kein Token „%1“.</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is not saved in the keychain (create or rotate it with --save).</source>
        <translation>Das Geheimnis von „%1“ ist nicht im Schlüsselbund gespeichert (erstellen oder rotieren Sie es mit --save).</translation>
    </message>
</context>
<context>
    <name>TokenSelection</name>
    <message>
        <source>You are not in a team &quot;%1&quot;.</source>
        <translation>Sie sind in keinem Team „%1“.</translation>
    </message>
    <message>
        <source>Loading tokens… %1</source>
        <translation>Tokens werden geladen … %1</translation>
    </message>
</context>
<context>
    <name>TokenUsageLoader</name>
    <message>
        <source>Could not load where &quot;%1&quot; was used: %2 Choose Refresh to try again.</source>
        <translation>Wo „%1“ benutzt wurde, konnte nicht geladen werden: %2 Wählen Sie Aktualisieren, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Keychain clean-up</source>
        <translation>Schlüsselbund aufräumen</translation>
    </message>
    <message>
        <source>Remove from &amp;keychain</source>
        <translation>Aus dem Schlüsselbund ent&amp;fernen</translation>
    </message>
    <message>
        <source>K&amp;eep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Add toke&amp;n…</source>
        <translation>Toke&amp;n hinzufügen…</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Type to filter by name, scope or creator</source>
        <translation>Tippen, um nach Name, Berechtigung oder Ersteller zu filtern</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Erneuern…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>Geheimnis &amp;kopieren</translation>
    </message>
    <message>
        <source>Team %1: tokens</source>
        <translation>Team %1: Tokens</translation>
    </message>
    <message>
        <source>Personal tokens</source>
        <translation>Persönliche Tokens</translation>
    </message>
    <message>
        <source>The team %1 has no tokens yet.

Team tokens let shared services call the API for the team, independent of any one member. Choose Add token… to create one.</source>
        <translation>Das Team %1 hat noch keine Tokens.

Mit Team-Tokens können gemeinsam genutzte Dienste die API für das Team aufrufen, unabhängig von einzelnen Mitgliedern. Wählen Sie „Token hinzufügen…“, um eines zu erstellen.</translation>
    </message>
    <message>
        <source>You have no tokens yet.

A token lets scripts and services call the API on your behalf without your password, limited by its scopes and expiry. Choose Add token… to create one.</source>
        <translation>Sie haben noch keine Tokens.

Mit einem Token können Skripte und Dienste die API in Ihrem Namen aufrufen, ohne Ihr Passwort zu kennen – begrenzt durch seine Berechtigungen und sein Ablaufdatum. Wählen Sie „Token hinzufügen…“, um eines zu erstellen.</translation>
    </message>
    <message>
        <source>Create a new token (Ctrl+N)</source>
        <translation>Ein neues Token erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>The system keychain holds the secret of a token that no longer exists on the server (deleted elsewhere). It is useless now.</source>
        <translation>Der System-Schlüsselbund enthält das Geheimnis eines Tokens, das auf dem Server nicht mehr existiert (anderswo gelöscht). Es ist jetzt nutzlos.</translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>Wählen Sie zuerst ein Token aus.</translation>
    </message>
    <message>
        <source>Delete the token permanently</source>
        <translation>Das Token endgültig löschen</translation>
    </message>
    <message>
        <source>Copy the secret saved in the system keychain</source>
        <translation>Das im System-Schlüsselbund gespeicherte Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete token?</source>
        <translation>Token löschen?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2)?

Anything using this token stops working immediately. This cannot be undone.</source>
        <translation>„%1“ (%2) löschen?

Alles, was dieses Token verwendet, funktioniert sofort nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Could not create the token: %1</source>
        <translation>Das Token konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain holds the secrets of %n tokens that no longer exist on the server (deleted elsewhere). They are useless now.</source>
        <translation>
            <numerusform>Der System-Schlüsselbund enthält das Geheimnis von %n Token, das auf dem Server nicht mehr existiert (anderswo gelöscht). Es ist jetzt nutzlos.</numerusform>
            <numerusform>Der System-Schlüsselbund enthält die Geheimnisse von %n Tokens, die auf dem Server nicht mehr existieren (anderswo gelöscht). Sie sind jetzt nutzlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Tokens werden geladen…</translation>
    </message>
    <message>
        <source>The tokens could not be loaded. See the message above, then choose Retry.</source>
        <translation>Die Tokens konnten nicht geladen werden. Lesen Sie die Meldung oben und wählen Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <source>Unu&amp;sed for:</source>
        <translation>Un&amp;benutzt seit:</translation>
    </message>
    <message>
        <source>Re&amp;voke selected…</source>
        <translation>Ausgewählte &amp;widerrufen…</translation>
    </message>
    <message>
        <source>30 days or more</source>
        <translation>30 Tagen oder länger</translation>
    </message>
    <message>
        <source>90 days or more</source>
        <translation>90 Tagen oder länger</translation>
    </message>
    <message>
        <source>180 days or more</source>
        <translation>180 Tagen oder länger</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Show only tokens nobody has used for a while (counted from the last use, or from creation if never used)</source>
        <translation>Nur Tokens zeigen, die eine Weile niemand verwendet hat (gezählt ab der letzten Verwendung oder, wenn nie verwendet, ab der Erstellung)</translation>
    </message>
    <message>
        <source>Select only one token for this.</source>
        <translation>Wählen Sie dafür nur ein Token aus.</translation>
    </message>
    <message>
        <source>Select the tokens to revoke first.</source>
        <translation>Wählen Sie zuerst die zu widerrufenden Tokens aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Revoke every selected token at once (Shift or Ctrl with the arrow keys and Space selects several)</source>
        <translation>Alle ausgewählten Tokens auf einmal widerrufen (Umschalt oder Strg mit den Pfeiltasten und Leertaste wählt mehrere aus)</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens?</source>
        <translation>
            <numerusform>%n Token widerrufen?</numerusform>
            <numerusform>%n Tokens widerrufen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n tokens?

%1

Anything using them stops working immediately. This cannot be undone.</source>
        <translation>
            <numerusform>Dieses %n Token widerrufen?

%1

Alles, was es verwendet, funktioniert sofort nicht mehr. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Diese %n Tokens widerrufen?

%1

Alles, was sie verwendet, funktioniert sofort nicht mehr. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Tokens revoked</source>
        <translation>Tokens widerrufen</translation>
    </message>
    <message>
        <source>No token was revoked: they were already gone.</source>
        <translation>Kein Token wurde widerrufen: Sie waren bereits entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n tokens:

%1</source>
        <translation>
            <numerusform>%n Token widerrufen:

%1</numerusform>
            <numerusform>%n Tokens widerrufen:

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Alle Tokens</translation>
    </message>
    <message>
        <source>Replace the secret; you choose whether the old one keeps working for a while</source>
        <translation>Das Geheimnis ersetzen; Sie wählen, ob das alte noch eine Weile funktioniert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your API tokens.</source>
        <translation>Verwalten Sie Ihre API-Tokens.</translation>
    </message>
    <message>
        <source>Server offered at sign-in.</source>
        <translation>Server, der bei der Anmeldung vorgeschlagen wird.</translation>
    </message>
</context>
</TS>
