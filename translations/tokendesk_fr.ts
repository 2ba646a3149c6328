<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountSession</name>
    <message>
        <source>Your session has ended (it expired or was signed out elsewhere). Sign in again to continue; nothing you entered is lost.</source>
        <translation>Votre session a pris fin (elle a expiré ou a été fermée ailleurs). Reconnectez-vous pour continuer&#xa0;; rien de ce que vous avez saisi n’est perdu.</translation>
    </message>
    <message>
        <source>Only %1, who created this token, or an admin of the team %2 can rotate or delete it.</source>
        <translation>Seule la personne qui a créé ce jeton (%1) ou un administrateur de l’équipe %2 peut le renouveler ou le supprimer.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>C&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Add acco&amp;unt…</source>
        <translation>Ajouter &amp;un compte…</translation>
    </message>
    <message>
        <source>Choose an account, then press Enter to switch to it.</source>
        <translation>Choisissez un compte, puis appuyez sur Entrée pour y basculer.</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>Je&amp;ton :</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Team %1: activity</source>
        <translation>Équipe %1 : activité</translation>
    </message>
    <message>
        <source>Your activity</source>
        <translation>Votre activité</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Load the newest events again (F5)</source>
        <translation>Recharger les événements les plus récents (F5)</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Tous les jetons</translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation>Chargement de l’activité…</translation>
    </message>
    <message>
        <source>The activity could not be loaded. See the message above, then choose Retry.</source>
        <translation>L’activité n’a pas pu être chargée. Lisez le message ci-dessus, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>No events match the filter. Choose &quot;All actions&quot; and &quot;All tokens&quot; to see everything.</source>
        <translation>Aucun événement ne correspond au filtre. Choisissez « Toutes les actions » et « Tous les jetons » pour tout voir.</translation>
    </message>
    <message>
        <source>Nothing has happened yet. Creating, rotating and revoking tokens, and signing in, are listed here.</source>
        <translation>Rien ne s’est encore passé. La création, le renouvellement et la révocation de jetons, ainsi que les connexions, apparaissent ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown. Scroll to the end of the table to load more.</source>
        <translation>
            <numerusform>%n événement affiché. Faites défiler jusqu’à la fin du tableau pour en charger plus.</numerusform>
            <numerusform>%n événements affichés. Faites défiler jusqu’à la fin du tableau pour en charger plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n événement.</numerusform>
            <numerusform>%n événements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddTokenDialog</name>
    <message>
        <source>Add token</source>
        <translation>Ajouter un jeton</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>What is this token for? e.g. CI deploy</source>
        <translation>À quoi sert ce jeton&#xa0;? p. ex. déploiement CI</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>&amp;Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry &amp;date:</source>
        <translation>&amp;Date d’expiration&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées&#xa0;:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Creating token</source>
        <translation>Création du jeton</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Moi (%1)</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Custom date…</source>
        <translation>Date personnalisée…</translation>
    </message>
    <message>
        <source>Custom duration…</source>
        <translation>Durée personnalisée…</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Portée %1</translation>
    </message>
    <message>
        <source>Give the token a name, so you recognise it later.</source>
        <translation>Donnez un nom au jeton pour le reconnaître plus tard.</translation>
    </message>
    <message>
        <source>The name must not contain control or invisible formatting characters.</source>
        <translation>Le nom ne doit contenir aucun caractère de contrôle ni de mise en forme invisible.</translation>
    </message>
    <message>
        <source>The token must live at least one minute.</source>
        <translation>Le jeton doit rester valide au moins une minute.</translation>
    </message>
    <message numerus="yes">
        <source>Tokens may live at most %n days on this server.</source>
        <translation>
            <numerusform>Sur ce serveur, un jeton peut être valide au plus %n jour.</numerusform>
            <numerusform>Sur ce serveur, un jeton peut être valide au plus %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires %1 (%2).</source>
        <translation>Expire le %1 (%2).</translation>
    </message>
    <message>
        <source>This token never expires. Delete it when it is no longer needed.</source>
        <translation>Ce jeton n’expire jamais. Supprimez-le dès qu’il n’est plus utile.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Choisissez au moins une portée.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>Cannot connect to %1: the connection was refused. Is the server running and the address right?</source>
        <translation>Impossible de se connecter à %1&#xa0;: la connexion a été refusée. Le serveur est-il démarré et l’adresse est-elle correcte&#xa0;?</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; could not be found. Check the server address and your network connection.</source>
        <translation>Le nom de serveur «&#xa0;%1&#xa0;» est introuvable. Vérifiez l’adresse du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Try again; if it keeps happening, check the server.</source>
        <translation>%1 n’a pas répondu en %2 secondes. Réessayez&#xa0;; si cela se reproduit, vérifiez le serveur.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The server&apos;s certificate is not trusted or not valid for this name.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2. Le certificat du serveur n’est pas reconnu ou n’est pas valide pour ce nom.</translation>
    </message>
    <message>
        <source>%1 closed the connection without a valid HTTP answer. Is this the TokenDesk server?</source>
        <translation>%1 a fermé la connexion sans réponse HTTP valide. Est-ce bien le serveur TokenDesk&#xa0;?</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and an unexpected body. Is this the TokenDesk server?</source>
        <translation>Le serveur a répondu avec le statut HTTP %1 et un contenu inattendu. Est-ce bien le serveur TokenDesk&#xa0;?</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB, so it was stopped. The server may be misconfigured or not the TokenDesk server; check it and try again.</source>
        <translation>%1 a envoyé une réponse de plus de %2&#xa0;Mio, elle a donc été interrompue. Le serveur est peut-être mal configuré ou n’est pas le serveur TokenDesk&#xa0;; vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 seconds, so loading was stopped. Try again; if it keeps happening, check the server.</source>
        <translation>%1 n’a pas fini de répondre en %2 secondes, le chargement a donc été interrompu. Réessayez&#xa0;; si cela se reproduit, vérifiez le serveur.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server&apos;s answer has an unexpected form (%1). The server may run an incompatible version.</source>
        <translation>La réponse du serveur a une forme inattendue (%1). Le serveur utilise peut-être une version incompatible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address. Use a URL such as https://tokens.example.com or http://127.0.0.1:8686.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur valide. Utilisez une URL comme https://tokens.example.com ou http://127.0.0.1:8686.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer).</source>
        <translation>L’adresse du serveur doit commencer par https:// (ou http:// pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over unencrypted http:// to %1. Use https://, or allow insecure connections in the settings.</source>
        <translation>Refus d’envoyer des identifiants en clair par http:// à %1. Utilisez https:// ou autorisez les connexions non sécurisées dans les paramètres.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>the server repeated a page of the token list</source>
        <translation>le serveur a renvoyé deux fois une page de la liste des jetons</translation>
    </message>
    <message>
        <source>the token list has more than %1 pages</source>
        <translation>la liste des jetons compte plus de %1 pages</translation>
    </message>
</context>
<context>
    <name>AuthCommand</name>
    <message>
        <source>Standard input is not a terminal: give --username and --password-stdin.</source>
        <translation>L’entrée standard n’est pas un terminal : indiquez --username et --password-stdin.</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Nom d’utilisateur : </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so the session could not be kept: %1
Start or unlock it (e.g. gnome-keyring), or in a CI job set TOKENDESK_SESSION instead of signing in.</source>
        <translation>Le trousseau du système est inutilisable, la session n’a donc pas pu être conservée : %1
Démarrez-le ou déverrouillez-le (par exemple gnome-keyring), ou, dans une tâche CI, définissez TOKENDESK_SESSION au lieu de vous connecter.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Server:   %1</source>
        <translation>Serveur :  %1</translation>
    </message>
    <message>
        <source>User:     %1 (%2)</source>
        <translation>Utilisateur : %1 (%2)</translation>
    </message>
    <message>
        <source>Account:  %1</source>
        <translation>Compte :   %1</translation>
    </message>
    <message>
        <source>Plan:     %1</source>
        <translation>Offre :    %1</translation>
    </message>
    <message>
        <source>Teams:    %1</source>
        <translation>Équipes :  %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Session:  %1</source>
        <translation>Session :  %1</translation>
    </message>
    <message>
        <source>from TOKENDESK_SESSION</source>
        <translation>depuis TOKENDESK_SESSION</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>dans le trousseau du système</translation>
    </message>
    <message>
        <source>Signed out %1.</source>
        <translation>%1 est déconnecté.</translation>
    </message>
    <message>
        <source>No accounts yet. Run &quot;tokendesk-cli auth login&quot;.</source>
        <translation>Aucun compte pour l’instant. Lancez « tokendesk-cli auth login ».</translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation>Compte actif : %1.</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;. &quot;tokendesk-cli auth switch&quot; lists them.</source>
        <translation>Aucun compte « %1 ». « tokendesk-cli auth switch » les liste.</translation>
    </message>
</context>
<context>
    <name>CheckTokenDialog</name>
    <message>
        <source>Check a token</source>
        <translation>Vérifier un jeton</translation>
    </message>
    <message>
        <source>Paste a string you found (in a log, a repository, a chat) to learn whether it is a TokenDesk token and, if it is yours, which one. It is checked here first; only a valid token is shown to your server. Nothing is stored, and it is wiped when this window closes.</source>
        <translation>Collez une chaîne trouvée (dans un journal, un dépôt, une discussion) pour savoir s’il s’agit d’un jeton TokenDesk et, s’il est à vous, lequel. Elle est d’abord vérifiée ici&#xa0;; seul un jeton valide est montré à votre serveur. Rien n’est enregistré, et elle est effacée à la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Text to check:</source>
        <translation>&amp;Texte à vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Paste here (Ctrl+V)</source>
        <translation>Collez ici (Ctrl+V)</translation>
    </message>
    <message>
        <source>Asking the server</source>
        <translation>Interrogation du serveur</translation>
    </message>
    <message>
        <source>&amp;Revoke this token…</source>
        <translation>&amp;Révoquer ce jeton…</translation>
    </message>
    <message>
        <source>Revoke with the token &amp;itself…</source>
        <translation>Révoquer avec le jeton &amp;lui-même…</translation>
    </message>
    <message>
        <source>Ask &amp;again</source>
        <translation>Demander à &amp;nouveau</translation>
    </message>
    <message>
        <source>Revoke it through your account: it stops working at once</source>
        <translation>Le révoquer via votre compte&#xa0;: il cesse aussitôt de fonctionner</translation>
    </message>
    <message>
        <source>Use the token to revoke itself: works for any live TokenDesk token on this server</source>
        <translation>Le jeton se révoque lui-même&#xa0;: fonctionne pour tout jeton TokenDesk valide de ce serveur</translation>
    </message>
    <message>
        <source>Paste the text to check above.</source>
        <translation>Collez ci-dessus le texte à vérifier.</translation>
    </message>
    <message>
        <source>Not a TokenDesk token. TokenDesk tokens start with tdk_ and have 42 characters; this is something else.</source>
        <translation>Ce n’est pas un jeton TokenDesk. Les jetons TokenDesk commencent par tdk_ et comptent 42 caractères&#xa0;; ceci est autre chose.</translation>
    </message>
    <message>
        <source>Shaped like a TokenDesk token, but its checksum is wrong: a typo (check what you copied) or a forgery. No TokenDesk server issued it as it is.</source>
        <translation>A la forme d’un jeton TokenDesk, mais sa somme de contrôle est fausse&#xa0;: une faute de frappe (vérifiez ce que vous avez copié) ou une contrefaçon. Aucun serveur TokenDesk ne l’a émis tel quel.</translation>
    </message>
    <message>
        <source>A TokenDesk sign-in session, not an API token. To end it, sign out where it is used, or change that account&apos;s password.</source>
        <translation>Une session de connexion TokenDesk, pas un jeton d’API. Pour y mettre fin, déconnectez-vous là où elle est utilisée, ou changez le mot de passe de ce compte.</translation>
    </message>
    <message>
        <source>A valid TokenDesk token: the checksum matches.</source>
        <translation>Un jeton TokenDesk valide&#xa0;: la somme de contrôle correspond.</translation>
    </message>
    <message>
        <source>Sign in to find out whether it is one of yours.</source>
        <translation>Connectez-vous pour savoir s’il fait partie des vôtres.</translation>
    </message>
    <message>
        <source>Asking the server whose token this is…</source>
        <translation>Le serveur est interrogé sur le propriétaire de ce jeton…</translation>
    </message>
    <message>
        <source>a token of the team %1</source>
        <translation>un jeton de l’équipe %1</translation>
    </message>
    <message>
        <source>one of your personal tokens</source>
        <translation>l’un de vos jetons personnels</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>dernière utilisation %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisé</translation>
    </message>
    <message>
        <source>This is &quot;%1&quot; (%2), %3, created by %4, %5.</source>
        <translation>C’est «&#xa0;%1&#xa0;» (%2), %3, créé par %4, %5.</translation>
    </message>
    <message>
        <source>It is not one of your tokens, nor of a team you administer (or it is no longer valid). If it leaked, revoke it with the token itself.</source>
        <translation>Ce n’est ni l’un de vos jetons, ni celui d’une équipe que vous administrez (ou il n’est plus valide). S’il a fuité, révoquez-le avec le jeton lui-même.</translation>
    </message>
    <message>
        <source>Whose token this is could not be found out. Choose Ask again, or revoke it with the token itself.</source>
        <translation>Impossible de savoir à qui appartient ce jeton. Choisissez «&#xa0;Demander à nouveau&#xa0;», ou révoquez-le avec le jeton lui-même.</translation>
    </message>
    <message>
        <source>Revoked. The token no longer works.</source>
        <translation>Révoqué. Le jeton ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot; (%2). It no longer works.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) révoqué. Il ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Revoke this token?

Whatever uses it stops working immediately. This cannot be undone.</source>
        <translation>Révoquer ce jeton&#xa0;?

Tout ce qui l’utilise cesse immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot; (%2)?

Whatever uses it stops working immediately. This cannot be undone.</source>
        <translation>Révoquer «&#xa0;%1&#xa0;» (%2)&#xa0;?

Tout ce qui l’utilise cesse immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Revoke token?</source>
        <translation>Révoquer le jeton&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>Not signed in%1. Run &quot;tokendesk-cli auth login&quot; (or set TOKENDESK_SESSION in a CI job).</source>
        <translation>Non connecté%1. Lancez « tokendesk-cli auth login » (ou définissez TOKENDESK_SESSION dans une tâche CI).</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1
Start or unlock it (e.g. gnome-keyring), or set TOKENDESK_SESSION for this process.</source>
        <translation>Le trousseau du système est inutilisable : %1
Démarrez-le ou déverrouillez-le (par exemple gnome-keyring), ou définissez TOKENDESK_SESSION pour ce processus.</translation>
    </message>
    <message>
        <source>Run &quot;tokendesk-cli auth login&quot;.</source>
        <translation>Lancez « tokendesk-cli auth login ».</translation>
    </message>
    <message>
        <source>The session in TOKENDESK_SESSION was refused: %1</source>
        <translation>La session de TOKENDESK_SESSION a été refusée : %1</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print a JSON object (stable, documented) instead of text.</source>
        <translation>Afficher un objet JSON (stable, documenté) au lieu de texte.</translation>
    </message>
    <message>
        <source>The account&apos;s server (default: TOKENDESK_SERVER, else the last one signed in to).</source>
        <translation>Le serveur du compte (par défaut : TOKENDESK_SERVER, sinon le dernier utilisé).</translation>
    </message>
    <message>
        <source>Show exact dates and times, not &quot;in 3 days&quot;.</source>
        <translation>Afficher les dates et heures exactes, pas « dans 3 jours ».</translation>
    </message>
    <message>
        <source>Show help for the command.</source>
        <translation>Afficher l’aide de la commande.</translation>
    </message>
    <message>
        <source>The user to sign in as.</source>
        <translation>L’utilisateur à connecter.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <source>A team&apos;s tokens instead of your own.</source>
        <translation>Les jetons d’une équipe au lieu des vôtres.</translation>
    </message>
    <message>
        <source>Only tokens expiring within this time (7d).</source>
        <translation>Seulement les jetons qui expirent dans ce délai (7d).</translation>
    </message>
    <message>
        <source>Only tokens not used for this time (90d).</source>
        <translation>Seulement les jetons inutilisés depuis ce délai (90d).</translation>
    </message>
    <message>
        <source>Sort by name, created, expires or last-used.</source>
        <translation>Trier par name, created, expires ou last-used.</translation>
    </message>
    <message>
        <source>30d, 12h, a date (2027-03-01) or never.</source>
        <translation>30d, 12h, une date (2027-03-01) ou never.</translation>
    </message>
    <message>
        <source>Scopes, separated by commas (read,write).</source>
        <translation>Portées, séparées par des virgules (read,write).</translation>
    </message>
    <message>
        <source>How long the old secret keeps working (1h, 24h).</source>
        <translation>Combien de temps l’ancien secret reste valable (1h, 24h).</translation>
    </message>
    <message>
        <source>Also save the new secret in the system keychain.</source>
        <translation>Enregistrer aussi le nouveau secret dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Sign in and keep the session in the keychain.</source>
        <translation>Se connecter et garder la session dans le trousseau.</translation>
    </message>
    <message>
        <source>Show who is signed in, where and how.</source>
        <translation>Montrer qui est connecté, où et comment.</translation>
    </message>
    <message>
        <source>End the session and forget it.</source>
        <translation>Terminer la session et l’oublier.</translation>
    </message>
    <message>
        <source>List the accounts, or make one the current account.</source>
        <translation>Lister les comptes, ou en choisir un comme compte actif.</translation>
    </message>
    <message>
        <source>List tokens.</source>
        <translation>Lister les jetons.</translation>
    </message>
    <message>
        <source>Show one token.</source>
        <translation>Afficher un jeton.</translation>
    </message>
    <message>
        <source>Create a token; its secret is printed once, alone, on standard output.</source>
        <translation>Créer un jeton ; son secret est affiché une fois, seul, sur la sortie standard.</translation>
    </message>
    <message>
        <source>Replace a token&apos;s secret; the new one is printed once on standard output.</source>
        <translation>Remplacer le secret d’un jeton ; le nouveau est affiché une fois sur la sortie standard.</translation>
    </message>
    <message>
        <source>Revoke tokens (asks first unless --yes).</source>
        <translation>Révoquer des jetons (demande d’abord, sauf avec --yes).</translation>
    </message>
    <message>
        <source>Check a token read from standard input: its format, and whose it is.</source>
        <translation>Vérifier un jeton lu sur l’entrée standard : son format, et à qui il appartient.</translation>
    </message>
    <message>
        <source>Print a secret saved in the system keychain.</source>
        <translation>Afficher un secret enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>List your teams and your role in each.</source>
        <translation>Lister vos équipes et votre rôle dans chacune.</translation>
    </message>
    <message>
        <source>Show the activity log.</source>
        <translation>Afficher le journal d’activité.</translation>
    </message>
    <message>
        <source>Print a shell completion script.</source>
        <translation>Afficher un script de complétion pour le shell.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli COMMAND [options]

Manage TokenDesk API tokens from a terminal or a script.

Commands:
</source>
        <translation>Usage : tokendesk-cli COMMANDE [options]

Gérer les jetons d’API TokenDesk depuis un terminal ou un script.

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &quot;tokendesk-cli COMMAND --help&quot; for a command&apos;s options and examples.
Exit status: 0 ok, 1 failed, 2 usage, 3 not signed in, 4 not found, 5 forbidden or policy, 6 server unreachable.
</source>
        <translation>
« tokendesk-cli COMMANDE --help » montre les options et exemples d’une commande.
Code de sortie : 0 ok, 1 échec, 2 usage, 3 non connecté, 4 introuvable, 5 interdit ou règle, 6 serveur injoignable.
</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli %1 %2 [options]

%3

Options:
</source>
        <translation>Usage : tokendesk-cli %1 %2 [options]

%3

Options :
</translation>
    </message>
    <message>
        <source>
Examples:
</source>
        <translation>
Exemples :
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2.</source>
        <translation>« %1 » n’accepte pas --%2.</translation>
    </message>
</context>
<context>
    <name>CompletionCommand</name>
    <message>
        <source>Name a shell: completion bash, zsh or fish.</source>
        <translation>Indiquez un shell : completion bash, zsh ou fish.</translation>
    </message>
</context>
<context>
    <name>CopyStatus</name>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Presse-papiers vidé.</translation>
    </message>
    <message>
        <source>Copied. Clipboard clears in %1 s.</source>
        <translation>Copié. Le presse-papiers sera vidé dans %1 s.</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Token created</source>
        <translation>Jeton créé</translation>
    </message>
    <message>
        <source>Token rotated</source>
        <translation>Jeton renouvelé</translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation>Jeton révoqué</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>Jeton expiré</translation>
    </message>
    <message>
        <source>Used from a new address</source>
        <translation>Utilisé depuis une nouvelle adresse</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>the token itself (%1)</source>
        <translation>le jeton lui-même (%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Depuis l’adresse</translation>
    </message>
    <message>
        <source>The activity could not be loaded: %1 Choose Refresh to try again.</source>
        <translation>L’activité n’a pas pu être chargée : %1 Choisissez Actualiser pour réessayer.</translation>
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
        <translation>Des jetons expirent bientôt</translation>
    </message>
</context>
<context>
    <name>ExpiryWatcher</name>
    <message>
        <source>The token &quot;%1&quot; expires %2. Rotate it to keep it working.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» expire %2. Renouvelez-le pour qu’il continue de fonctionner.</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens expire soon: %1. Rotate them to keep them working.</source>
        <translation>
            <numerusform>%n jeton expire bientôt&#xa0;: %1. Renouvelez-le pour qu’il continue de fonctionner.</numerusform>
            <numerusform>%n jetons expirent bientôt&#xa0;: %1. Renouvelez-les pour qu’ils continuent de fonctionner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No system keychain (Secret Service) is running</source>
        <translation>Aucun trousseau système (Secret Service) n’est actif</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access</source>
        <translation>Le trousseau système est verrouillé ou a refusé l’accès</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied</source>
        <translation>L’accès au trousseau système a été refusé</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry</source>
        <translation>Le trousseau système n’a pas pu supprimer l’entrée</translation>
    </message>
    <message>
        <source>The system keychain reported an error</source>
        <translation>Le trousseau système a signalé une erreur</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing is stored in the system keychain under &quot;%1&quot;.</source>
        <translation>Rien n’est enregistré dans le trousseau système sous «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to TokenDesk</source>
        <translation>Se connecter à TokenDesk</translation>
    </message>
    <message>
        <source>Sign in to the server that manages your API tokens.</source>
        <translation>Connectez-vous au serveur qui gère vos jetons d’API.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>https://tokens.example.com</source>
        <translation>https://tokens.example.com</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet o&amp;rdinateur</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Unavailable: %1 TokenDesk never stores sessions in plain files.</source>
        <translation>Indisponible&#xa0;: %1 TokenDesk n’enregistre jamais les sessions dans des fichiers en clair.</translation>
    </message>
    <message>
        <source>Keep the session in the system keychain, so the next start signs in automatically.</source>
        <translation>Conserver la session dans le trousseau système pour être connecté automatiquement au prochain démarrage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Enter one like http://127.0.0.1:8686.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur. Saisissez-en une comme http://127.0.0.1:8686.</translation>
    </message>
    <message>
        <source>The username or password is wrong. Check them and try again.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in to manage your API tokens and your teams&apos; tokens.</source>
        <translation>Vous n’êtes pas connecté. Connectez-vous pour gérer vos jetons d’API et ceux de vos équipes.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau système…</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Connexion à %1 en tant que %2…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Personal tokens</source>
        <translation>Jetons personnels</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Connecté à %1 en tant que %2</translation>
    </message>
    <message>
        <source>Session ended: sign in again to %1</source>
        <translation>Session terminée&#xa0;: reconnectez-vous à %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation>Out&amp;ils</translation>
    </message>
    <message>
        <source>&amp;Check a token…</source>
        <translation>&amp;Vérifier un jeton…</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>%1 activity</source>
        <extracomment>A navigation entry: %1 is the team&apos;s name</extracomment>
        <translation>%1 : activité</translation>
    </message>
    <message>
        <source>Team %1 activity</source>
        <translation>Équipe %1 : activité</translation>
    </message>
</context>
<context>
    <name>NewAddressAlert</name>
    <message>
        <source>Your token &quot;%1&quot; was used from a new address: %2. If that was not you or your software, rotate or delete the token.</source>
        <translation>Votre jeton « %1 » a été utilisé depuis une nouvelle adresse : %2. Si ce n’était ni vous ni votre logiciel, renouvelez ou supprimez le jeton.</translation>
    </message>
</context>
<context>
    <name>NewAddressNotice</name>
    <message>
        <source>New address alert</source>
        <translation>Alerte : nouvelle adresse</translation>
    </message>
    <message>
        <source>Token used from a new address</source>
        <translation>Jeton utilisé depuis une nouvelle adresse</translation>
    </message>
</context>
<context>
    <name>OwnerTokens</name>
    <message>
        <source>Could not load the tokens: %1</source>
        <translation>Impossible de charger les jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be saved in the system keychain: %2</source>
        <translation>Le secret de «&#xa0;%1&#xa0;» n’a pas pu être enregistré dans le trousseau système&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not rotate &quot;%1&quot;: %2</source>
        <translation>Impossible de renouveler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token was deleted, but its keychain entry could not be removed: %1</source>
        <translation>Le jeton a été supprimé, mais son entrée dans le trousseau n’a pas pu être retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not delete &quot;%1&quot;: %2</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the secret of &quot;%1&quot; from the system keychain: %2</source>
        <translation>Impossible de lire le secret de «&#xa0;%1&#xa0;» dans le trousseau système&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not remove a keychain entry: %1</source>
        <translation>Impossible de retirer une entrée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only tokens saved in the system keychain can be copied later.</source>
        <translation>Seuls les jetons enregistrés dans le trousseau système peuvent être copiés plus tard.</translation>
    </message>
    <message>
        <source>The saved secret cannot be copied now: %1</source>
        <translation>Le secret enregistré ne peut pas être copié pour l’instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not revoke the selected tokens (none was revoked): %1</source>
        <translation>Impossible de révoquer les jetons sélectionnés (aucun n’a été révoqué)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revoked %1 of the %2 selected tokens, then: %3</source>
        <translation>%1 des %2 jetons sélectionnés révoqués, puis&#xa0;: %3</translation>
    </message>
    <message>
        <source>There is no clipboard here.</source>
        <translation>Il n’y a pas de presse-papiers ici.</translation>
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
        <translation>Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID du compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy account ID</source>
        <translation>&amp;Copier l’ID du compte</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Offre&#xa0;:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuite</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payante</translation>
    </message>
</context>
<context>
    <name>RememberedSessions</name>
    <message>
        <source>Your saved session ended (%1). Sign in again.</source>
        <translation>Votre session enregistrée a pris fin (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The saved session could not be read from the keychain (%1). Sign in again.</source>
        <translation>La session enregistrée n’a pas pu être lue dans le trousseau (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The session could not be saved in the keychain: %1</source>
        <translation>La session n’a pas pu être enregistrée dans le trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RevealTokenDialog</name>
    <message>
        <source>Your new token</source>
        <translation>Votre nouveau jeton</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>&amp;ID du compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Copier le jeton</translation>
    </message>
    <message>
        <source>Copy &amp;account ID</source>
        <translation>Copier l’ID du c&amp;ompte</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>Copier les &amp;deux</translation>
    </message>
    <message>
        <source>&amp;Usage example:</source>
        <translation>&amp;Exemple d’utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save in system keychain</source>
        <translation>Enregi&amp;strer dans le trousseau système</translation>
    </message>
    <message>
        <source>Rotated token: %1</source>
        <translation>Jeton renouvelé&#xa0;: %1</translation>
    </message>
    <message>
        <source>New token: %1</source>
        <translation>Nouveau jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is the new secret of &quot;%1&quot;. The old secret no longer works. Copy the new one now: you will not be able to see it again.</source>
        <translation>Voici le nouveau secret de «&#xa0;%1&#xa0;». L’ancien secret ne fonctionne plus. Copiez le nouveau maintenant&#xa0;: vous ne pourrez plus le revoir.</translation>
    </message>
    <message>
        <source>Copy your token now: you will not be able to see it again.</source>
        <translation>Copiez votre jeton maintenant&#xa0;: vous ne pourrez plus le revoir.</translation>
    </message>
    <message>
        <source>export TOKEN=&apos;paste the token here&apos;</source>
        <translation>export TOKEN=&apos;collez le jeton ici&apos;</translation>
    </message>
    <message>
        <source>Put the copied token in the TOKEN environment variable first.</source>
        <translation>Placez d’abord le jeton copié dans la variable d’environnement TOKEN.</translation>
    </message>
    <message>
        <source>On the free plan this token may call only:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>Avec l’offre gratuite, ce jeton ne peut appeler que&#xa0;:&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Keep the secret in the system keychain, so &quot;Copy secret&quot; works later.</source>
        <translation>Conserver le secret dans le trousseau système pour que «&#xa0;Copier le secret&#xa0;» fonctionne plus tard.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in %1 s.</source>
        <translation>Copié. Le presse-papiers sera vidé dans %1 s.</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Fermer sans copier&#xa0;?</translation>
    </message>
    <message>
        <source>You will not see this token again. Close anyway?</source>
        <translation>Vous ne reverrez plus ce jeton. Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>Fermer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Enregistrement dans le trousseau système…</translation>
    </message>
    <message>
        <source>Could not save in the system keychain: %1 Copy the token instead.</source>
        <translation>Impossible d’enregistrer dans le trousseau système&#xa0;: %1 Copiez plutôt le jeton.</translation>
    </message>
    <message>
        <source>Saving in the system keychain is not possible now. %1</source>
        <translation>L’enregistrement dans le trousseau système est impossible pour l’instant. %1</translation>
    </message>
    <message>
        <source>This is the new secret of &quot;%1&quot;. The old secret keeps working until %2, then stops. Copy the new one now: you will not be able to see it again.</source>
        <translation>Voici le nouveau secret de «&#xa0;%1&#xa0;». L’ancien secret fonctionne encore jusqu’à %2, puis plus du tout. Copiez le nouveau maintenant&#xa0;: vous ne pourrez plus le voir.</translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Renouveler le jeton</translation>
    </message>
    <message>
        <source>New &amp;expiry:</source>
        <translation>Nouvelle &amp;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep the old secret working for:</source>
        <translation>&amp;Garder l’ancien secret valide pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Rotate token: %1</source>
        <translation>Renouveler le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rotate &quot;%1&quot; (%2)? It gets a new secret, shown once; its name, scopes and owner stay. Anything using the old secret must be given the new one.</source>
        <translation>Renouveler «&#xa0;%1&#xa0;» (%2)&#xa0;? Il reçoit un nouveau secret, affiché une seule fois&#xa0;; son nom, ses portées et son propriétaire restent. Tout ce qui utilise l’ancien secret doit recevoir le nouveau.</translation>
    </message>
    <message>
        <source>Same lifetime as before</source>
        <translation>Même durée qu’avant</translation>
    </message>
    <message>
        <source>Same as before (no expiry)</source>
        <translation>Comme avant (sans expiration)</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>No: it stops working at once</source>
        <translation>Non&#xa0;: il cesse aussitôt de fonctionner</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>The old secret stops working the moment the new one is created.</source>
        <translation>L’ancien secret cesse de fonctionner dès que le nouveau est créé.</translation>
    </message>
    <message>
        <source>Both secrets work until about %1; then only the new one does. Switch everything to the new secret before then.</source>
        <translation>Les deux secrets fonctionnent jusque vers %1&#xa0;; ensuite, seul le nouveau fonctionne. Passez tout au nouveau secret d’ici là.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain has not been checked yet.</source>
        <translation>Le trousseau système n’a pas encore été vérifié.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s (is it locked?). TokenDesk stops using it for now: unlock it, then choose &quot;Check keychain again&quot; in Settings, or restart TokenDesk.</source>
        <translation>Le trousseau système n’a pas répondu en %1&#xa0;s (est-il verrouillé&#xa0;?). TokenDesk cesse de l’utiliser pour l’instant&#xa0;: déverrouillez-le, puis choisissez «&#xa0;Vérifier à nouveau le trousseau&#xa0;» dans les Paramètres, ou redémarrez TokenDesk.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation>Vider le &amp;presse-papiers après&#xa0;:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation>A&amp;vertir avant l’expiration&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted http:// to other computers (not recommended)</source>
        <translation>A&amp;utoriser http:// non chiffré vers d’autres ordinateurs (déconseillé)</translation>
    </message>
    <message>
        <source>System keychain:</source>
        <translation>Trousseau système&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check keychain &amp;again</source>
        <translation>Vérifier à &amp;nouveau le trousseau</translation>
    </message>
    <message>
        <source>Ask the system keychain again whether it can store secrets (for example after unlocking it)</source>
        <translation>Redemander au trousseau système s’il peut stocker des secrets (par exemple après l’avoir déverrouillé)</translation>
    </message>
    <message>
        <source>Check keychain again</source>
        <translation>Vérifier à nouveau le trousseau</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau système…</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>You are in no team.</source>
        <translation>Vous n’êtes dans aucune équipe.</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>You are not in a team &quot;%1&quot;.</source>
        <translation>Vous n’êtes pas dans une équipe « %1 ».</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Aucune activité pour l’instant.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>in less than a minute</source>
        <translation>dans moins d’une minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>Could not ask the server whose token this is: %1</source>
        <translation>Impossible de demander au serveur à qui appartient ce jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not revoke &quot;%1&quot;: %2</source>
        <translation>Impossible de révoquer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server does not accept this token: it is already revoked or expired, or it belongs to another server. It cannot be used, so there is nothing to revoke.</source>
        <translation>Le serveur n’accepte pas ce jeton&#xa0;: il est déjà révoqué ou expiré, ou il appartient à un autre serveur. Il est inutilisable&#xa0;; il n’y a donc rien à révoquer.</translation>
    </message>
    <message>
        <source>Could not revoke the token: %1</source>
        <translation>Impossible de révoquer le jeton&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TokenCheckCommand</name>
    <message>
        <source>Token (not shown): </source>
        <translation>Jeton (non affiché) : </translation>
    </message>
    <message>
        <source>Nothing was read from standard input.</source>
        <translation>Rien n’a été lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>This is not a TokenDesk API token.</source>
        <translation>Ce n’est pas un jeton d’API TokenDesk.</translation>
    </message>
    <message>
        <source>Shaped like a TokenDesk token, but its checksum is wrong (a typo?).</source>
        <translation>A la forme d’un jeton TokenDesk, mais sa somme de contrôle est fausse (une faute de frappe ?).</translation>
    </message>
    <message>
        <source>This is a TokenDesk sign-in session, not an API token.</source>
        <translation>C’est une session de connexion TokenDesk, pas un jeton d’API.</translation>
    </message>
    <message>
        <source>A valid TokenDesk token: &quot;%1&quot; (%2), owned by %3.</source>
        <translation>Un jeton TokenDesk valide : « %1 » (%2), appartenant à %3.</translation>
    </message>
    <message>
        <source>A well-formed TokenDesk API token; whose it is is unknown.</source>
        <translation>Un jeton d’API TokenDesk bien formé ; on ne sait pas à qui il appartient.</translation>
    </message>
</context>
<context>
    <name>TokenCreateCommand</name>
    <message>
        <source>Name the new token: token create NAME …</source>
        <translation>Nommez le nouveau jeton : token create NOM …</translation>
    </message>
    <message>
        <source>Name one token: token rotate NAME|ID</source>
        <translation>Nommez un jeton : token rotate NOM|ID</translation>
    </message>
    <message>
        <source>Give the token&apos;s scopes: --scope read or read,write.</source>
        <translation>Indiquez les portées du jeton : --scope read ou read,write.</translation>
    </message>
    <message>
        <source>--expires takes 30d, 12h, a date (2027-03-01) or never.</source>
        <translation>--expires attend 30d, 12h, une date (2027-03-01) ou never.</translation>
    </message>
    <message>
        <source>Could not create the token: %1%2</source>
        <translation>Impossible de créer le jeton : %1%2</translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;.</source>
        <translation>Aucun jeton « %1 ».</translation>
    </message>
    <message>
        <source>--grace takes a duration such as 1h or 24h.</source>
        <translation>--grace attend une durée comme 1h ou 24h.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2), expires: %3. The secret above is shown only this once.</source>
        <translation>Jeton « %1 » (%2), expiration : %3. Le secret ci-dessus n’est affiché que cette fois.</translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain: %1</source>
        <translation>Le secret n’a pas pu être enregistré dans le trousseau du système : %1</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Enregistré dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>TokenDetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a token to see its scopes, expiry, last use and where it was used from.</source>
        <translation>Sélectionnez un jeton pour voir ses portées, son expiration, sa dernière utilisation et d’où il a été utilisé.</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire :</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Dernière utilisation :</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>Depuis l’adresse :</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>Agent utilisateur :</translation>
    </message>
    <message>
        <source>Rotation grace:</source>
        <translation>Délai de renouvellement :</translation>
    </message>
    <message>
        <source>Address histor&amp;y:</source>
        <translation>Histori&amp;que des adresses :</translation>
    </message>
    <message>
        <source>Loading the address history</source>
        <translation>Chargement de l’historique des adresses</translation>
    </message>
    <message>
        <source>Address history</source>
        <translation>Historique des adresses</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <extracomment>%1 is the token&apos;s name</extracomment>
        <translation>Détails de %1</translation>
    </message>
    <message>
        <source>Loading where the token was used…</source>
        <translation>Chargement des lieux d’utilisation du jeton…</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(aucun envoyé)</translation>
    </message>
    <message>
        <source>This token has not been used yet.</source>
        <translation>Ce jeton n’a pas encore été utilisé.</translation>
    </message>
    <message>
        <source>The previous secret still works until %1 (%2).</source>
        <extracomment>%1 is an exact date and time, %2 a relative time such as &quot;in 3 hours&quot;</extracomment>
        <translation>L’ancien secret fonctionne encore jusqu’au %1 (%2).</translation>
    </message>
</context>
<context>
    <name>TokenListCommand</name>
    <message>
        <source>Name one token: tokendesk-cli token show NAME|ID</source>
        <translation>Nommez un jeton : tokendesk-cli token show NOM|ID</translation>
    </message>
    <message>
        <source>--%1 takes a duration such as 7d, 24h or 90d.</source>
        <translation>--%1 attend une durée comme 7d, 24h ou 90d.</translation>
    </message>
    <message>
        <source>--sort takes name, created, expires or last-used.</source>
        <translation>--sort attend name, created, expires ou last-used.</translation>
    </message>
    <message>
        <source>No tokens.</source>
        <translation>Aucun jeton.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>PORTÉES</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>CRÉÉ PAR</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;.</source>
        <translation>Aucun jeton « %1 ».</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Indice :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire :</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Dernière utilisation :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Dernière utilisation le %1</translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain</source>
        <translation>Le secret est enregistré dans le trousseau système</translation>
    </message>
    <message>
        <source>The start and end of the secret, to recognise it</source>
        <translation>Le début et la fin du secret, pour le reconnaître</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
</context>
<context>
    <name>TokenRevokeCommand</name>
    <message>
        <source>Name the tokens to revoke, or give --unused-for.</source>
        <translation>Nommez les jetons à révoquer, ou indiquez --unused-for.</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so nobody can confirm: add --yes to revoke without asking.</source>
        <translation>L’entrée standard n’est pas un terminal, personne ne peut confirmer : ajoutez --yes pour révoquer sans demander.</translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;; nothing was revoked.</source>
        <translation>Aucun jeton « %1 » ; rien n’a été révoqué.</translation>
    </message>
    <message>
        <source>--unused-for takes a duration such as 90d.</source>
        <translation>--unused-for attend une durée comme 90d.</translation>
    </message>
    <message>
        <source>No token matches; nothing was revoked.</source>
        <translation>Aucun jeton ne correspond ; rien n’a été révoqué.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s): %1? They stop working at once. [y/N] </source>
        <translation>
            <numerusform>Révoquer %n jeton : %1 ? Il cessera aussitôt de fonctionner. [y/N] </numerusform>
            <numerusform>Révoquer %n jetons : %1 ? Ils cesseront aussitôt de fonctionner. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Rien n’a été révoqué.</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>Révoqués : %1</translation>
    </message>
</context>
<context>
    <name>TokenSecretCommand</name>
    <message>
        <source>Name one token: tokendesk-cli token secret NAME|ID</source>
        <translation>Nommez un jeton : tokendesk-cli token secret NOM|ID</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1
Start or unlock it (e.g. gnome-keyring).</source>
        <translation>Le trousseau du système est inutilisable : %1
Démarrez-le ou déverrouillez-le (par exemple gnome-keyring).</translation>
    </message>
    <message>
        <source>No token &quot;%1&quot;.</source>
        <translation>Aucun jeton « %1 ».</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is not saved in the keychain (create or rotate it with --save).</source>
        <translation>Le secret de « %1 » n’est pas enregistré dans le trousseau (créez-le ou renouvelez-le avec --save).</translation>
    </message>
</context>
<context>
    <name>TokenSelection</name>
    <message>
        <source>You are not in a team &quot;%1&quot;.</source>
        <translation>Vous n’êtes pas dans une équipe « %1 ».</translation>
    </message>
    <message>
        <source>Loading tokens… %1</source>
        <translation>Chargement des jetons… %1</translation>
    </message>
</context>
<context>
    <name>TokenUsageLoader</name>
    <message>
        <source>Could not load where &quot;%1&quot; was used: %2 Choose Refresh to try again.</source>
        <translation>Impossible de charger où « %1 » a été utilisé : %2 Choisissez Actualiser pour réessayer.</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Keychain clean-up</source>
        <translation>Nettoyage du trousseau</translation>
    </message>
    <message>
        <source>Remove from &amp;keychain</source>
        <translation>Retirer du tr&amp;ousseau</translation>
    </message>
    <message>
        <source>K&amp;eep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Type to filter by name, scope or creator</source>
        <translation>Tapez pour filtrer par nom, portée ou créateur</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Add toke&amp;n…</source>
        <translation>&amp;Ajouter un jeton…</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>&amp;Copier le secret</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Team %1: tokens</source>
        <translation>Équipe %1&#xa0;: jetons</translation>
    </message>
    <message>
        <source>Personal tokens</source>
        <translation>Jetons personnels</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Could not create the token: %1</source>
        <translation>Impossible de créer le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create a new token (Ctrl+N)</source>
        <translation>Créer un nouveau jeton (Ctrl+N)</translation>
    </message>
    <message>
        <source>The system keychain holds the secret of a token that no longer exists on the server (deleted elsewhere). It is useless now.</source>
        <translation>Le trousseau système contient le secret d’un jeton qui n’existe plus sur le serveur (supprimé ailleurs). Il ne sert plus à rien.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain holds the secrets of %n tokens that no longer exist on the server (deleted elsewhere). They are useless now.</source>
        <translation>
            <numerusform>Le trousseau système contient le secret de %n jeton qui n’existe plus sur le serveur (supprimé ailleurs). Il ne sert plus à rien.</numerusform>
            <numerusform>Le trousseau système contient les secrets de %n jetons qui n’existent plus sur le serveur (supprimés ailleurs). Ils ne servent plus à rien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Chargement des jetons…</translation>
    </message>
    <message>
        <source>The tokens could not be loaded. See the message above, then choose Retry.</source>
        <translation>Impossible de charger les jetons. Lisez le message ci-dessus, puis choisissez «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <source>The team %1 has no tokens yet.

Team tokens let shared services call the API for the team, independent of any one member. Choose Add token… to create one.</source>
        <translation>L’équipe %1 n’a encore aucun jeton.

Les jetons d’équipe permettent à des services partagés d’appeler l’API pour l’équipe, indépendamment de chacun de ses membres. Choisissez «&#xa0;Ajouter un jeton…&#xa0;» pour en créer un.</translation>
    </message>
    <message>
        <source>You have no tokens yet.

A token lets scripts and services call the API on your behalf without your password, limited by its scopes and expiry. Choose Add token… to create one.</source>
        <translation>Vous n’avez encore aucun jeton.

Un jeton permet à des scripts et à des services d’appeler l’API en votre nom sans votre mot de passe, dans la limite de ses portées et de sa date d’expiration. Choisissez «&#xa0;Ajouter un jeton…&#xa0;» pour en créer un.</translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>Sélectionnez d’abord un jeton.</translation>
    </message>
    <message>
        <source>Delete the token permanently</source>
        <translation>Supprimer définitivement le jeton</translation>
    </message>
    <message>
        <source>Copy the secret saved in the system keychain</source>
        <translation>Copier le secret enregistré dans le trousseau système</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete token?</source>
        <translation>Supprimer le jeton&#xa0;?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2)?

Anything using this token stops working immediately. This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» (%2)&#xa0;?

Tout ce qui utilise ce jeton cesse immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Unu&amp;sed for:</source>
        <translation>Inutili&amp;sé depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;voke selected…</source>
        <translation>Ré&amp;voquer la sélection…</translation>
    </message>
    <message>
        <source>30 days or more</source>
        <translation>30 jours ou plus</translation>
    </message>
    <message>
        <source>90 days or more</source>
        <translation>90 jours ou plus</translation>
    </message>
    <message>
        <source>180 days or more</source>
        <translation>180 jours ou plus</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisés</translation>
    </message>
    <message>
        <source>Show only tokens nobody has used for a while (counted from the last use, or from creation if never used)</source>
        <translation>N’afficher que les jetons que personne n’a utilisés depuis un moment (compté depuis la dernière utilisation, ou depuis la création s’ils n’ont jamais servi)</translation>
    </message>
    <message>
        <source>Select only one token for this.</source>
        <translation>Pour cela, sélectionnez un seul jeton.</translation>
    </message>
    <message>
        <source>Select the tokens to revoke first.</source>
        <translation>Sélectionnez d’abord les jetons à révoquer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Revoke every selected token at once (Shift or Ctrl with the arrow keys and Space selects several)</source>
        <translation>Révoquer en une fois tous les jetons sélectionnés (Maj ou Ctrl avec les flèches et Espace en sélectionne plusieurs)</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens?</source>
        <translation>
            <numerusform>Révoquer %n jeton&#xa0;?</numerusform>
            <numerusform>Révoquer %n jetons&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n tokens?

%1

Anything using them stops working immediately. This cannot be undone.</source>
        <translation>
            <numerusform>Révoquer ce jeton (%n)&#xa0;?

%1

Tout ce qui l’utilise cesse immédiatement de fonctionner. Cette action est irréversible.</numerusform>
            <numerusform>Révoquer ces %n jetons&#xa0;?

%1

Tout ce qui les utilise cesse immédiatement de fonctionner. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>Tokens revoked</source>
        <translation>Jetons révoqués</translation>
    </message>
    <message>
        <source>No token was revoked: they were already gone.</source>
        <translation>Aucun jeton n’a été révoqué&#xa0;: ils n’existaient déjà plus.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n tokens:

%1</source>
        <translation>
            <numerusform>%n jeton révoqué&#xa0;:

%1</numerusform>
            <numerusform>%n jetons révoqués&#xa0;:

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Tous les jetons</translation>
    </message>
    <message>
        <source>Replace the secret; you choose whether the old one keeps working for a while</source>
        <translation>Remplacer le secret&#xa0;; vous choisissez si l’ancien fonctionne encore un moment</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your API tokens.</source>
        <translation>Gérez vos jetons d’API.</translation>
    </message>
    <message>
        <source>Server offered at sign-in.</source>
        <translation>Serveur proposé à la connexion.</translation>
    </message>
</context>
</TS>
