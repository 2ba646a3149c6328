<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountSession</name>
    <message>
        <source>Your session has ended (it expired or was signed out elsewhere). Sign in again to continue; nothing you entered is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who created this token, or an admin of the team %2 can rotate or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Acc&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add acco&amp;unt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account, then press Enter to switch to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1: activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the newest events again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be loaded. See the message above, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match the filter. Choose &quot;All actions&quot; and &quot;All tokens&quot; to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened yet. Creating, rotating and revoking tokens, and signing in, are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown. Scroll to the end of the table to load more.</source>
        <translation>
            <numerusform>%n event shown. Scroll to the end of the table to load more.</numerusform>
            <numerusform>%n events shown. Scroll to the end of the table to load more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddTokenDialog</name>
    <message>
        <source>Add token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this token for? e.g. CI deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom duration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token a name, so you recognise it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not contain control or invisible formatting characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token must live at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tokens may live at most %n days on this server.</source>
        <translation>
            <numerusform>Tokens may live at most %n day on this server.</numerusform>
            <numerusform>Tokens may live at most %n days on this server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token never expires. Delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>Cannot connect to %1: the connection was refused. Is the server running and the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; could not be found. Check the server address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Try again; if it keeps happening, check the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The server&apos;s certificate is not trusted or not valid for this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without a valid HTTP answer. Is this the TokenDesk server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and an unexpected body. Is this the TokenDesk server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB, so it was stopped. The server may be misconfigured or not the TokenDesk server; check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 seconds, so loading was stopped. Try again; if it keeps happening, check the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server&apos;s answer has an unexpected form (%1). The server may run an incompatible version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address. Use a URL such as https://tokens.example.com or http://127.0.0.1:8686.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials over unencrypted http:// to %1. Use https://, or allow insecure connections in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server repeated a page of the token list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token list has more than %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthCommand</name>
    <message>
        <source>Standard input is not a terminal: give --username and --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the session could not be kept: %1
Start or unlock it (e.g. gnome-keyring), or in a CI job set TOKENDESK_SESSION instead of signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:     %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from TOKENDESK_SESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Run &quot;tokendesk-cli auth login&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;. &quot;tokendesk-cli auth switch&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckTokenDialog</name>
    <message>
        <source>Check a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a string you found (in a log, a repository, a chat) to learn whether it is a TokenDesk token and, if it is yours, which one. It is checked here first; only a valid token is shown to your server. Nothing is stored, and it is wiped when this window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste here (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke this token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke with the token &amp;itself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke it through your account: it stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the token to revoke itself: works for any live TokenDesk token on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the text to check above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a TokenDesk token. TokenDesk tokens start with tdk_ and have 42 characters; this is something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaped like a TokenDesk token, but its checksum is wrong: a typo (check what you copied) or a forgery. No TokenDesk server issued it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TokenDesk sign-in session, not an API token. To end it, sign out where it is used, or change that account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid TokenDesk token: the checksum matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to find out whether it is one of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server whose token this is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token of the team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of your personal tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is &quot;%1&quot; (%2), %3, created by %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not one of your tokens, nor of a team you administer (or it is no longer valid). If it leaked, revoke it with the token itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose token this is could not be found out. Choose Ask again, or revoke it with the token itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked. The token no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot; (%2). It no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke this token?

Whatever uses it stops working immediately. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot; (%2)?

Whatever uses it stops working immediately. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>Not signed in%1. Run &quot;tokendesk-cli auth login&quot; (or set TOKENDESK_SESSION in a CI job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1
Start or unlock it (e.g. gnome-keyring), or set TOKENDESK_SESSION for this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tokendesk-cli auth login&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session in TOKENDESK_SESSION was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print a JSON object (stable, documented) instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s server (default: TOKENDESK_SERVER, else the last one signed in to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exact dates and times, not &quot;in 3 days&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user to sign in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team&apos;s tokens instead of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tokens expiring within this time (7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tokens not used for this time (90d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by name, created, expires or last-used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30d, 12h, a date (2027-03-01) or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes, separated by commas (read,write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the old secret keeps working (1h, 24h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save the new secret in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and keep the session in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who is signed in, where and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session and forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts, or make one the current account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token; its secret is printed once, alone, on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a token&apos;s secret; the new one is printed once on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke tokens (asks first unless --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a token read from standard input: its format, and whose it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a secret saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your teams and your role in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a shell completion script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli COMMAND [options]

Manage TokenDesk API tokens from a terminal or a script.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;tokendesk-cli COMMAND --help&quot; for a command&apos;s options and examples.
Exit status: 0 ok, 1 failed, 2 usage, 3 not signed in, 4 not found, 5 forbidden or policy, 6 server unreachable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli %1 %2 [options]

%3

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Examples:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionCommand</name>
    <message>
        <source>Name a shell: completion bash, zsh or fish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyStatus</name>
    <message>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Clipboard clears in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Token created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from a new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token itself (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be loaded: %1 Choose Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryNotice</name>
    <message>
        <source>TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens expire soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryWatcher</name>
    <message>
        <source>The token &quot;%1&quot; expires %2. Rotate it to keep it working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens expire soon: %1. Rotate them to keep them working.</source>
        <translation>
            <numerusform>%n token expires soon: %1. Rotate it to keep it working.</numerusform>
            <numerusform>%n tokens expire soon: %1. Rotate them to keep them working.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No system keychain (Secret Service) is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored in the system keychain under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server that manages your API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://tokens.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: %1 TokenDesk never stores sessions in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session in the system keychain, so the next start signs in automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter one like http://127.0.0.1:8686.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in. Sign in to manage your API tokens and your teams&apos; tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended: sign in again to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation></translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check a token…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activity</source>
        <extracomment>A navigation entry: %1 is the team&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAddressAlert</name>
    <message>
        <source>Your token &quot;%1&quot; was used from a new address: %2. If that was not you or your software, rotate or delete the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAddressNotice</name>
    <message>
        <source>New address alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token used from a new address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerTokens</name>
    <message>
        <source>Could not load the tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be saved in the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rotate &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was deleted, but its keychain entry could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secret of &quot;%1&quot; from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove a keychain entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tokens saved in the system keychain can be copied later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved secret cannot be copied now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revoke the selected tokens (none was revoked): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1 of the %2 selected tokens, then: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clipboard here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Your saved session ended (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved session could not be read from the keychain (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealTokenDialog</name>
    <message>
        <source>Your new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save in system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the new secret of &quot;%1&quot;. The old secret no longer works. Copy the new one now: you will not be able to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your token now: you will not be able to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export TOKEN=&apos;paste the token here&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the copied token in the TOKEN environment variable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the free plan this token may call only:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret in the system keychain, so &quot;Copy secret&quot; works later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will not see this token again. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save in the system keychain: %1 Copy the token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving in the system keychain is not possible now. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the new secret of &quot;%1&quot;. The old secret keeps working until %2, then stops. Copy the new one now: you will not be able to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the old secret working for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &quot;%1&quot; (%2)? It gets a new secret, shown once; its name, scopes and owner stay. Anything using the old secret must be given the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same lifetime as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as before (no expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: it stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old secret stops working the moment the new one is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both secrets work until about %1; then only the new one does. Switch everything to the new secret before then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s (is it locked?). TokenDesk stops using it for now: unlock it, then choose &quot;Check keychain again&quot; in Settings, or restart TokenDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted http:// to other computers (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check keychain &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the system keychain again whether it can store secrets (for example after unlocking it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check keychain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>You are in no team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not in a team &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>Could not ask the server whose token this is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revoke &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this token: it is already revoked or expired, or it belongs to another server. It cannot be used, so there is nothing to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revoke the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCheckCommand</name>
    <message>
        <source>Token (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a TokenDesk API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaped like a TokenDesk token, but its checksum is wrong (a typo?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a TokenDesk sign-in session, not an API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid TokenDesk token: &quot;%1&quot; (%2), owned by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A well-formed TokenDesk API token; whose it is is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCreateCommand</name>
    <message>
        <source>Name the new token: token create NAME …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one token: token rotate NAME|ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token&apos;s scopes: --scope read or read,write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires takes 30d, 12h, a date (2027-03-01) or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the token: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grace takes a duration such as 1h or 24h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2), expires: %3. The secret above is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDetailsPane</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token to see its scopes, expiry, last use and where it was used from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation grace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address histor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the address history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of %1</source>
        <extracomment>%1 is the token&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading where the token was used…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has not been used yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous secret still works until %1 (%2).</source>
        <extracomment>%1 is an exact date and time, %2 a relative time such as &quot;in 3 hours&quot;</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>TokenListCommand</name>
    <message>
        <source>Name one token: tokendesk-cli token show NAME|ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a duration such as 7d, 24h or 90d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort takes name, created, expires or last-used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start and end of the secret, to recognise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRevokeCommand</name>
    <message>
        <source>Name the tokens to revoke, or give --unused-for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so nobody can confirm: add --yes to revoke without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;; nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unused-for takes a duration such as 90d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token matches; nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s): %1? They stop working at once. [y/N] </source>
        <translation>
            <numerusform>Revoke %n token: %1? It stops working at once. [y/N] </numerusform>
            <numerusform>Revoke %n tokens: %1? They stop working at once. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSecretCommand</name>
    <message>
        <source>Name one token: tokendesk-cli token secret NAME|ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1
Start or unlock it (e.g. gnome-keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is not saved in the keychain (create or rotate it with --save).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSelection</name>
    <message>
        <source>You are not in a team &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tokens… %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenUsageLoader</name>
    <message>
        <source>Could not load where &quot;%1&quot; was used: %2 Choose Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;eep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter by name, scope or creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add toke&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1: tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new token (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds the secret of a token that no longer exists on the server (deleted elsewhere). It is useless now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain holds the secrets of %n tokens that no longer exist on the server (deleted elsewhere). They are useless now.</source>
        <translation>
            <numerusform>The system keychain holds the secret of %n token that no longer exists on the server (deleted elsewhere). It is useless now.</numerusform>
            <numerusform>The system keychain holds the secrets of %n tokens that no longer exist on the server (deleted elsewhere). They are useless now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens could not be loaded. See the message above, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team %1 has no tokens yet.

Team tokens let shared services call the API for the team, independent of any one member. Choose Add token… to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no tokens yet.

A token lets scripts and services call the API on your behalf without your password, limited by its scopes and expiry. Choose Add token… to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the token permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret saved in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2)?

Anything using this token stops working immediately. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unu&amp;sed for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>180 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tokens nobody has used for a while (counted from the last use, or from creation if never used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select only one token for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the tokens to revoke first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every selected token at once (Shift or Ctrl with the arrow keys and Space selects several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens?</source>
        <translation>
            <numerusform>Revoke %n token?</numerusform>
            <numerusform>Revoke %n tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n tokens?

%1

Anything using them stops working immediately. This cannot be undone.</source>
        <translation>
            <numerusform>Revoke this token (%n)?

%1

Anything using it stops working immediately. This cannot be undone.</numerusform>
            <numerusform>Revoke these %n tokens?

%1

Anything using them stops working immediately. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was revoked: they were already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n tokens:

%1</source>
        <translation>
            <numerusform>Revoked %n token:

%1</numerusform>
            <numerusform>Revoked %n tokens:

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the secret; you choose whether the old one keeps working for a while</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server offered at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
