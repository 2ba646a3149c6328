<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountSession</name>
    <message>
        <location filename="../src/app/AccountSession.cpp" line="13"/>
        <source>Your session has ended (it expired or was signed out elsewhere). Sign in again to continue; nothing you entered is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AccountSession.cpp" line="160"/>
        <source>Only %1, who created this token, or an admin of the team %2 can rotate or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTokenDialog</name>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="5"/>
        <source>Add token</source>
        <translation>Token hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="19"/>
        <source>What is this token for? e.g. CI deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="25"/>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="31"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="40"/>
        <source>&amp;Expiry:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="49"/>
        <source>Expiry &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="60"/>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="68"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="69"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="75"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="76"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="82"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="83"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="92"/>
        <source>Expiry summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="97"/>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="102"/>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="109"/>
        <source>Scopes problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="118"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddTokenDialog.ui" line="127"/>
        <source>Creating token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="16"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="50"/>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="53"/>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="67"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="68"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="69"/>
        <source>60 days</source>
        <translation>60 Tage</translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="70"/>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="71"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="80"/>
        <source>Custom date…</source>
        <translation>Eigenes Datum…</translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="81"/>
        <source>Custom duration…</source>
        <translation>Eigene Dauer…</translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="83"/>
        <source>No expiry</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="99"/>
        <source>Scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="151"/>
        <source>Give the token a name, so you recognise it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="154"/>
        <source>The name must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="167"/>
        <source>The token must live at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="169"/>
        <source>Tokens may live at most %1 days on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="200"/>
        <source>Expires %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="203"/>
        <source>This token never expires. Delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AddTokenDialog.cpp" line="212"/>
        <source>Choose at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="116"/>
        <source>Cannot connect to %1: the connection was refused. Is the server running and the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="123"/>
        <source>The server name &quot;%1&quot; could not be found. Check the server address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="130"/>
        <source>%1 did not answer within %2 seconds. Try again; if it keeps happening, check the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="139"/>
        <source>The secure connection to %1 failed: %2. The server&apos;s certificate is not trusted or not valid for this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="148"/>
        <source>%1 closed the connection without a valid HTTP answer. Is this the TokenDesk server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="154"/>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="169"/>
        <source>The server answered with HTTP status %1 and an unexpected body. Is this the TokenDesk server?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../src/api/ApiClient.cpp" line="15"/>
        <source>The server&apos;s answer has an unexpected form (%1). The server may run an incompatible version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiClient.cpp" line="81"/>
        <source>&quot;%1&quot; is not a valid server address. Use a URL such as https://tokens.example.com or http://127.0.0.1:8686.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiClient.cpp" line="86"/>
        <source>The server address must start with https:// (or http:// for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiClient.cpp" line="88"/>
        <source>Refusing to send credentials over unencrypted http:// to %1. Use https://, or allow insecure connections in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiClient.cpp" line="151"/>
        <location filename="../src/api/ApiClient.cpp" line="263"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryWatcher</name>
    <message>
        <location filename="../src/app/ExpiryWatcher.cpp" line="29"/>
        <source>The token &quot;%1&quot; expires %2. Rotate it to keep it working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ExpiryWatcher.cpp" line="34"/>
        <source>%1 tokens expire soon: %2. Rotate them to keep them working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../src/secrets/KeychainStore.cpp" line="102"/>
        <source>No system keychain (Secret Service) is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/KeychainStore.cpp" line="109"/>
        <source>The system keychain is locked or refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/KeychainStore.cpp" line="112"/>
        <source>Access to the system keychain was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/KeychainStore.cpp" line="115"/>
        <source>The system keychain could not delete the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/KeychainStore.cpp" line="120"/>
        <source>The system keychain reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/KeychainStore.cpp" line="124"/>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/KeychainStore.cpp" line="125"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/KeychainStore.cpp" line="181"/>
        <source>The system keychain stored a test entry but gave back something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/KeychainStore.cpp" line="308"/>
        <source>Nothing is stored in the system keychain under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/secrets/KeychainStore.cpp" line="319"/>
        <source>The system keychain did not answer within %1 s (is it locked?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.ui" line="5"/>
        <source>Sign in to TokenDesk</source>
        <translation>Bei TokenDesk anmelden</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="10"/>
        <source>Sign in to the server that manages your API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="18"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="24"/>
        <source>https://tokens.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="29"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="38"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="49"/>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="58"/>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="65"/>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LoginDialog.cpp" line="14"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../src/gui/LoginDialog.cpp" line="59"/>
        <source>Unavailable: %1 TokenDesk never stores sessions in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LoginDialog.cpp" line="62"/>
        <source>Keep the session in the system keychain, so the next start signs in automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LoginDialog.cpp" line="111"/>
        <source>&quot;%1&quot; is not a server address. Enter one like http://127.0.0.1:8686.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LoginDialog.cpp" line="131"/>
        <source>The username or password is wrong. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="53"/>
        <location filename="../src/gui/MainWindow.cpp" line="91"/>
        <source>TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="57"/>
        <location filename="../src/gui/MainWindow.cpp" line="63"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="60"/>
        <source>Acc&amp;ount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="68"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="76"/>
        <source>Expiry warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="99"/>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="103"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="104"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="107"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="108"/>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="124"/>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="142"/>
        <source>Signing in to %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="156"/>
        <source>Your saved session ended (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="165"/>
        <source>The saved session could not be read from the keychain (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="204"/>
        <source>The session could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="261"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="264"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="279"/>
        <source>Personal tokens</source>
        <translation>Persönliche Tokens</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="310"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="313"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="316"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="321"/>
        <source>Session ended: sign in again to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="344"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="346"/>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="373"/>
        <source>Tokens expire soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../ui/ProfilePage.ui" line="8"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/ProfilePage.ui" line="16"/>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfilePage.ui" line="25"/>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfilePage.ui" line="34"/>
        <source>Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfilePage.ui" line="45"/>
        <source>&amp;Copy account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfilePage.ui" line="52"/>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfilePage.ui" line="61"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProfilePage.ui" line="77"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../src/gui/ProfilePage.cpp" line="26"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ProfilePage.cpp" line="26"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealTokenDialog</name>
    <message>
        <location filename="../ui/RevealTokenDialog.ui" line="5"/>
        <source>Your new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevealTokenDialog.ui" line="18"/>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevealTokenDialog.ui" line="29"/>
        <source>Account &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevealTokenDialog.ui" line="44"/>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/RevealTokenDialog.ui" line="49"/>
        <source>Copy &amp;account ID</source>
        <translation>&amp;Konto-ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/RevealTokenDialog.ui" line="54"/>
        <source>Copy &amp;both</source>
        <translation>&amp;Beides kopieren</translation>
    </message>
    <message>
        <location filename="../ui/RevealTokenDialog.ui" line="64"/>
        <source>Clipboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevealTokenDialog.ui" line="69"/>
        <source>&amp;Usage example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevealTokenDialog.ui" line="82"/>
        <source>Plan limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RevealTokenDialog.ui" line="88"/>
        <source>&amp;Save in system keychain</source>
        <translation>Im System-Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="16"/>
        <source>Rotated token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="17"/>
        <source>New token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="19"/>
        <source>This is the new secret of &quot;%1&quot;. The old secret no longer works. Copy the new one now: you will not be able to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="22"/>
        <source>Copy your token now: you will not be able to see it again.</source>
        <translation>Kopieren Sie Ihr Token jetzt: Sie werden es nicht wieder sehen können.</translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="42"/>
        <source>export TOKEN=&apos;paste the token here&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="46"/>
        <source>Put the copied token in the TOKEN environment variable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="54"/>
        <source>On the free plan this token may call only:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="62"/>
        <source>Keep the secret in the system keychain, so &quot;Copy secret&quot; works later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="63"/>
        <source>Unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="71"/>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="90"/>
        <source>Copied. The clipboard will be cleared in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="74"/>
        <source>The clipboard was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="104"/>
        <source>Close without copying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="105"/>
        <source>You will not see this token again. Close anyway?</source>
        <translation>Sie werden dieses Token nicht wieder sehen. Trotzdem schließen?</translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="105"/>
        <source>Close &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/RevealTokenDialog.cpp" line="106"/>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../src/secrets/SecretStore.cpp" line="36"/>
        <source>The system keychain has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="5"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="11"/>
        <source>Clear &amp;clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="17"/>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="24"/>
        <source>&amp;Warn before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="30"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="36"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="45"/>
        <source>Allow &amp;unencrypted http:// to other computers (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="50"/>
        <source>System keychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="57"/>
        <source>System keychain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="14"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="19"/>
        <source>Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="21"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="22"/>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../src/app/TimeText.cpp" line="12"/>
        <source>in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TimeText.cpp" line="12"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TimeText.cpp" line="16"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TimeText.cpp" line="16"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TimeText.cpp" line="19"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TimeText.cpp" line="19"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TimeText.cpp" line="22"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TimeText.cpp" line="22"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TimeText.cpp" line="24"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TimeText.cpp" line="24"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="50"/>
        <location filename="../src/app/TokenListModel.cpp" line="56"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="52"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="60"/>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="76"/>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="78"/>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="80"/>
        <source>Last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="82"/>
        <source>The secret is stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="84"/>
        <source>The start and end of the secret, to recognise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="135"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="137"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="139"/>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="141"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="143"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="145"/>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="147"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../src/app/TokenListModel.cpp" line="149"/>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <location filename="../ui/TokensPage.ui" line="15"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="26"/>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="36"/>
        <source>Keychain clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="46"/>
        <source>Remove from &amp;keychain</source>
        <translation>Aus dem Schlüsselbund &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="51"/>
        <source>K&amp;eep</source>
        <translation>B&amp;ehalten</translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="61"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="104"/>
        <source>Add toke&amp;n…</source>
        <translation>Toke&amp;n hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="127"/>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="67"/>
        <source>Type to filter by name, scope or creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="76"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="84"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="96"/>
        <source>No tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="109"/>
        <source>&amp;Rotate…</source>
        <translation>&amp;Erneuern…</translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="114"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/TokensPage.ui" line="119"/>
        <source>&amp;Copy secret</source>
        <translation>Geheimnis &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="32"/>
        <source>Team %1: tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="33"/>
        <source>Personal tokens</source>
        <translation>Persönliche Tokens</translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="51"/>
        <source>The team %1 has no tokens yet.

Team tokens let shared services call the API for the team, independent of any one member. Choose Add token… to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="54"/>
        <source>You have no tokens yet.

A token lets scripts and services call the API on your behalf without your password, limited by its scopes and expiry. Choose Add token… to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="74"/>
        <source>Create a new token (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="111"/>
        <source>The system keychain holds the secret of a token that no longer exists on the server (deleted elsewhere). It is useless now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="113"/>
        <source>The system keychain holds the secrets of %1 tokens that no longer exist on the server (deleted elsewhere). They are useless now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="131"/>
        <source>Could not remove a keychain entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="167"/>
        <source>Could not load the tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="211"/>
        <source>Select a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="214"/>
        <source>Replace the secret; the old one stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="216"/>
        <source>Delete the token permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="220"/>
        <source>Copy the secret saved in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="221"/>
        <source>Only tokens saved in the system keychain can be copied later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="286"/>
        <source>The secret of &quot;%1&quot; could not be saved in the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="296"/>
        <source>Rotate token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="297"/>
        <source>Rotate &quot;%1&quot;?

A new secret is created and the current secret stops working immediately. Anything using it must be updated with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="300"/>
        <source>&amp;Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="300"/>
        <location filename="../src/gui/TokensPage.cpp" line="331"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="318"/>
        <source>Could not rotate &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="327"/>
        <source>Delete token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="328"/>
        <source>Delete &quot;%1&quot; (%2)?

Anything using this token stops working immediately. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="331"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="347"/>
        <source>The token was deleted, but its keychain entry could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="365"/>
        <source>Could not delete &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TokensPage.cpp" line="378"/>
        <source>Could not read the secret of &quot;%1&quot; from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/gui/main.cpp" line="25"/>
        <source>Manage your API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="29"/>
        <source>Server offered at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
