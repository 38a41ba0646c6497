<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="+83"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polling</source>
        <translation>interrogation périodique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting</source>
        <translation>reconnexion en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n day(s), %1</source>
        <translation>
            <numerusform>%n jour, %1</numerusform>
            <numerusform>%n jours, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About Alerta Console</source>
        <translation>À propos d&apos;Alerta Console</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s status and metrics need the read:management scope, which this session does not have. Ask an administrator for it, or connect with another key or login.</source>
        <translation>L&apos;état et les métriques du serveur nécessitent la portée read:management, que cette session n&apos;a pas. Demandez-la à un administrateur, ou connectez-vous avec une autre clé ou un autre identifiant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alerta Console</source>
        <translation>Alerta Console</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Build:</source>
        <translation>Compilation&#xa0;:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Release:</source>
        <translation>Version publiée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started:</source>
        <translation>Démarré&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision:</source>
        <translation>Révision&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health:</source>
        <translation>Santé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server time:</source>
        <translation>Heure du serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime:</source>
        <translation>Durée de fonctionnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alerts received</source>
        <translation>Alertes reçues</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Receive processing time</source>
        <translation>Temps de traitement des réceptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert queries</source>
        <translation>Requêtes d&apos;alertes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a switch in the table to turn it ON or OFF on the server.</source>
        <translation>Sélectionnez un interrupteur dans le tableau pour l&apos;activer ou le désactiver sur le serveur.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Turn switch ON/OFF</source>
        <translation>Activer/désactiver l&apos;interrupteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn OFF “%1”</source>
        <translation>Désactiver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn ON “%1”</source>
        <translation>Activer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Turn a switch OFF</source>
        <translation>Désactiver un interrupteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn OFF “%1” on %2?

%3.</source>
        <translation>Désactiver «&#xa0;%1&#xa0;» sur %2&#xa0;?

%3.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>While it is OFF, the server refuses every alert sent to its API or webhooks (503), and senders have to send them again later</source>
        <translation>Tant qu&apos;il est désactivé, le serveur refuse toute alerte envoyée à son API ou à ses webhooks (503), et les émetteurs doivent la renvoyer plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While it is OFF, the server tells web consoles not to refresh their alert lists</source>
        <translation>Tant qu&apos;il est désactivé, le serveur indique aux consoles web de ne pas actualiser leurs listes d&apos;alertes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn OFF</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not turn %1 ON or OFF: %2</source>
        <translation>Impossible d&apos;activer ou de désactiver %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown: %1</source>
        <translation>inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>not disclosed</source>
        <translation>non communiquée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Updated %1</source>
        <translation>Mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused its status: %1</source>
        <translation>Le serveur a refusé de donner son état&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not refresh: %1</source>
        <translation>Impossible d&apos;actualiser&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — showing values from %2 (%3).</source>
        <translation>%1 — affichage des valeurs de %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ActOnMatchingDialog</name>
    <message>
        <location filename="../ui/actonmatchingdialog.cpp" line="+29"/>
        <source>Act on Everything Matching</source>
        <translation>Agir sur tout ce qui correspond</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optional, e.g. “Maintenance CHG-1234”</source>
        <translation>Facultatif, p. ex. «&#xa0;Maintenance CHG-1234&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Command:</source>
        <translation>&amp;Commande&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not count the matching alerts: %1</source>
        <translation>Impossible de compter les alertes correspondantes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Counting the alerts matching: %1…</source>
        <translation>Comptage des alertes correspondant à&#xa0;: %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No alert matches: %1</source>
        <translation>Aucune alerte ne correspond à&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <location filename="../ui/administrationdialog.cpp" line="+28"/>
        <source>Administration — %1</source>
        <translation>Administration — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API &amp;keys</source>
        <translation>&amp;Clés d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customers</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Permissions</source>
        <translation>&amp;Permissions</translation>
    </message>
</context>
<context>
    <name>AdministrationEditor</name>
    <message>
        <location filename="../ui/administrationeditor.cpp" line="+55"/>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la requête (%1).</translation>
    </message>
</context>
<context>
    <name>AdministrationScopeList</name>
    <message>
        <location filename="../ui/administrationscopelist.cpp" line="+51"/>
        <source>This session does not hold %1, so it cannot grant it.</source>
        <translation>Cette session ne détient pas %1 et ne peut donc pas l&apos;accorder.</translation>
    </message>
</context>
<context>
    <name>AlertActions</name>
    <message>
        <location filename="../ui/alertactions.cpp" line="+76"/>
        <source>%1…</source>
        <comment>command that opens a dialog</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with a note and a timeout</source>
        <translation>%1 avec une note et un délai d&apos;expiration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untag…</source>
        <translation>Retirer des étiquettes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch / Unwatch</source>
        <translation>Surveiller / Ne plus surveiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag the alerts watch:&lt;you&gt;, or remove that tag when they all have it</source>
        <translation>Étiqueter les alertes watch:&lt;vous&gt;, ou retirer cette étiquette si elles l&apos;ont toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Act on Everything Matching…</source>
        <translation>Agir sur tout ce qui correspond…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run one command on every alert the filters and the environment tab match</source>
        <translation>Exécuter une commande sur chaque alerte correspondant aux filtres et à l&apos;onglet d&apos;environnement</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>With Note or Timeout</source>
        <translation>Avec note ou délai d&apos;expiration</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+163"/>
        <source>%1 failed: %2</source>
        <translation>%1&#xa0;: échec (%2)</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Delete Alerts</source>
        <translation>Supprimer des alertes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %Ln alert(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %Ln alerte&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %Ln alertes&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A deleted alert comes back only if its source sends it again.</source>
        <translation>Une alerte supprimée ne revient que si sa source l&apos;envoie à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Note on %Ln alert(s):</source>
        <translation>
            <numerusform>Note sur %Ln alerte&#xa0;:</numerusform>
            <numerusform>Note sur %Ln alertes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Untag</source>
        <translation>Retirer des étiquettes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tags to remove from %Ln alert(s), comma-separated:</source>
        <translation>
            <numerusform>Étiquettes à retirer de %Ln alerte, séparées par des virgules&#xa0;:</numerusform>
            <numerusform>Étiquettes à retirer de %Ln alertes, séparées par des virgules&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tags to add to %Ln alert(s), comma-separated:</source>
        <translation>
            <numerusform>Étiquettes à ajouter à %Ln alerte, séparées par des virgules&#xa0;:</numerusform>
            <numerusform>Étiquettes à ajouter à %Ln alertes, séparées par des virgules&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Stopped watching %Ln alert(s)</source>
        <translation>
            <numerusform>Fin de la surveillance de %Ln alerte</numerusform>
            <numerusform>Fin de la surveillance de %Ln alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Watching %Ln alert(s)</source>
        <translation>
            <numerusform>Surveillance de %Ln alerte</numerusform>
            <numerusform>Surveillance de %Ln alertes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Finding the alerts matching: %1…</source>
        <translation>Recherche des alertes correspondant à&#xa0;: %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No alert matches any more</source>
        <translation>Plus aucune alerte ne correspond</translation>
    </message>
</context>
<context>
    <name>AlertDetailsPane</name>
    <message>
        <location filename="../ui/alertdetailspane.cpp" line="+41"/>
        <location line="+20"/>
        <location line="+14"/>
        <source>No alert selected</source>
        <translation>Aucune alerte sélectionnée</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not load the alert: %1</source>
        <translation>Impossible de charger l&apos;alerte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No alert to copy</source>
        <translation>Aucune alerte à copier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the alert as JSON</source>
        <translation>Alerte copiée en JSON</translation>
    </message>
</context>
<context>
    <name>AlertDetailsView</name>
    <message>
        <location filename="../ui/alertdetailsview.cpp" line="+76"/>
        <source>%1 → %2</source>
        <comment>old value, new value</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+140"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+141"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+138"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No raw data</source>
        <translation>Aucune donnée brute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw Data</source>
        <translation>Données brutes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole alert as Alerta JSON (Ctrl+Shift+C)</source>
        <translation>Copier toute l&apos;alerte en JSON Alerta (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 · %2</source>
        <comment>resource · event</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>server default</source>
        <translation>valeur par défaut du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlate</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate count</source>
        <translation>Nombre de doublons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous severity</source>
        <translation>Gravité précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last receive id</source>
        <translation>Id de dernière réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Could not load the notes: %1</source>
        <translation>Impossible de charger les notes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attributes (%1)</source>
        <translation>Attributs (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
</context>
<context>
    <name>AlertNotifications</name>
    <message>
        <location filename="../ui/alertnotifications.cpp" line="+66"/>
        <source>Could not acknowledge from the notification: %1</source>
        <translation>Impossible d&apos;acquitter depuis la notification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AlertSummaryLabel</name>
    <message numerus="yes">
        <location filename="../ui/alertsummarylabel.cpp" line="+35"/>
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alerte</numerusform>
            <numerusform>%Ln alertes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>total: counts by severity</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../models/alerttablemodel.cpp" line="+171"/>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1d %2h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>More severe</source>
        <translation>Plus grave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less severe</source>
        <translation>Moins grave</translation>
    </message>
    <message>
        <location line="+398"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+483"/>
        <source>Custom attribute %1</source>
        <translation>Attribut personnalisé %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Severity trend: ▲ more severe, ▼ less severe, – no change</source>
        <translation>Tendance de la gravité&#xa0;: ▲ plus grave, ▼ moins grave, – inchangée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the alert was last received, local time</source>
        <translation>Dernière réception de l&apos;alerte, heure locale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time since the alert was created</source>
        <translation>Temps écoulé depuis la création de l&apos;alerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of duplicates received</source>
        <translation>Nombre de doublons reçus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout in seconds</source>
        <translation>Délai d&apos;expiration en secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time until the alert expires</source>
        <translation>Temps restant avant l&apos;expiration de l&apos;alerte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Receive Time</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dupl.</source>
        <translation>Doubl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlate</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create Time</source>
        <translation>Heure de création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive Time</source>
        <translation>Heure de réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Time</source>
        <translation>Heure de mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout Left</source>
        <translation>Délai restant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Severity</source>
        <translation>Gravité précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Receive Id</source>
        <translation>Id de dernière réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>AlertTableView</name>
    <message>
        <location filename="../ui/alerttableview.cpp" line="+355"/>
        <source>Add Attribute Column</source>
        <translation>Ajouter une colonne d&apos;attribut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute key (the &lt;i&gt;key&lt;/i&gt; of attributes.&lt;i&gt;key&lt;/i&gt;):</source>
        <translation>Clé de l&apos;attribut (la &lt;i&gt;clé&lt;/i&gt; de attributes.&lt;i&gt;clé&lt;/i&gt;)&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add Attribute Column…</source>
        <translation>Ajouter une colonne d&apos;attribut…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove Column “%1”</source>
        <translation>Retirer la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default columns, order, widths and sort</source>
        <translation>Les colonnes, l&apos;ordre, les largeurs et le tri par défaut</translation>
    </message>
</context>
<context>
    <name>AlertValueText</name>
    <message>
        <location filename="../models/alertvaluetext.cpp" line="+12"/>
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major</source>
        <translation>majeure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>mineure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indeterminate</source>
        <translation>indéterminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informational</source>
        <translation>information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cleared</source>
        <translation>résolue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trace</source>
        <translation>trace</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign</source>
        <translation>assignée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ack</source>
        <translation>acquittée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blackout</source>
        <translation>en maintenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shelved</source>
        <translation>en attente</translation>
    </message>
</context>
<context>
    <name>ApiKeyEditor</name>
    <message>
        <location filename="../ui/apikeyeditor.cpp" line="+16"/>
        <source>New API key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit API key</source>
        <translation>Modifier la clé d&apos;API</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only sessions with the scope admin:keys may make keys for other users.</source>
        <translation>Seules les sessions ayant la portée admin:keys peuvent créer des clés pour d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What the key is for, e.g. “Nagios forwarder”</source>
        <translation>L&apos;usage de la clé, p. ex. «&#xa0;Relais Nagios&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scopes:</source>
        <translation>&amp;Portées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose at least one scope.</source>
        <translation>Choisir au moins une portée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expiry time is in the past.</source>
        <translation>La date d&apos;expiration est dans le passé.</translation>
    </message>
</context>
<context>
    <name>ApiKeyRevealDialog</name>
    <message>
        <location filename="../ui/apikeyrevealdialog.cpp" line="+19"/>
        <source>New API key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new API key:</source>
        <translation>La nouvelle clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy it now and keep it somewhere safe: it will not be shown again. Anyone who has it can use the server with the key&apos;s scopes.</source>
        <translation>Copiez-la maintenant et conservez-la en lieu sûr&#xa0;: elle ne sera plus affichée. Quiconque la possède peut utiliser le serveur avec les portées de la clé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <location filename="../ui/apikeyspage.cpp" line="+22"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Revoke the API key %1 of %2? Clients using it will be refused at once.</source>
        <translation>Révoquer la clé d&apos;API %1 de %2&#xa0;? Les clients qui l&apos;utilisent seront refusés immédiatement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the API key “%1” (%2) of %3? Clients using it will be refused at once.</source>
        <translation>Révoquer la clé d&apos;API «&#xa0;%1&#xa0;» (%2) de %3&#xa0;? Les clients qui l&apos;utilisent seront refusés immédiatement.</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <location filename="../core/client/backendfactory.cpp" line="+104"/>
        <source>The keychain could not be read: %1</source>
        <translation>Impossible de lire le trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BackendStatusWidget</name>
    <message>
        <location filename="../ui/backendstatuswidget.cpp" line="+78"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped · %1</source>
        <translation>Arrêté · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live · %1</source>
        <translation>En direct · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polling · %1</source>
        <translation>Interrogation périodique · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconnecting: %1</source>
        <translation>Reconnexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Data as of %1 (%2)</source>
        <translation>Données de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BlackoutDialog</name>
    <message>
        <location filename="../ui/blackoutdialog.cpp" line="+70"/>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;For</source>
        <translation>&amp;Pendant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New blackout</source>
        <translation>Nouvelle plage de maintenance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required: alerts of this environment are suppressed</source>
        <translation>Obligatoire&#xa0;: les alertes de cet environnement sont neutralisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any; several separated by commas</source>
        <translation>Indifférent&#xa0;; plusieurs séparés par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>None; alerts must carry all of them, separated by commas</source>
        <translation>Aucune&#xa0;; les alertes doivent toutes les porter, séparées par des virgules</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. “Maintenance CHG-1234”</source>
        <translation>p. ex. «&#xa0;Maintenance CHG-1234&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create blackout</source>
        <translation>Créer la plage de maintenance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vent:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;son:</source>
        <translation>Moti&amp;f&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BlackoutsView</name>
    <message numerus="yes">
        <location filename="../ui/blackoutsview.cpp" line="+51"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not refresh the blackouts: %1</source>
        <translation>Impossible d&apos;actualiser les plages de maintenance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New blackout…</source>
        <translation>&amp;Nouvelle plage de maintenance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppress matching alerts for a while (a maintenance window)</source>
        <translation>Neutraliser les alertes correspondantes pendant un temps (fenêtre de maintenance)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected blackouts</source>
        <translation>Supprimer les plages de maintenance sélectionnées</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Created the blackout of %1.</source>
        <translation>Plage de maintenance de %1 créée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete blackouts</source>
        <translation>Supprimer des plages de maintenance</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n blackout(s)?</source>
        <translation>
            <numerusform>Supprimer %n plage de maintenance&#xa0;?</numerusform>
            <numerusform>Supprimer %n plages de maintenance&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts they suppress are received normally again.</source>
        <translation>Les alertes qu&apos;elles neutralisent sont de nouveau reçues normalement.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Deleted %n blackout(s).</source>
        <translation>
            <numerusform>%n plage de maintenance supprimée.</numerusform>
            <numerusform>%n plages de maintenance supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <location filename="../ui/commanddialog.cpp" line="+30"/>
        <source>Optional, e.g. “Maintenance CHG-1234”</source>
        <translation>Facultatif, p. ex. «&#xa0;Maintenance CHG-1234&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server default</source>
        <translation>Valeur par défaut du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alert is unacknowledged again after this time</source>
        <translation>L&apos;alerte n&apos;est plus acquittée après ce délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alert is unshelved again after this time</source>
        <translation>L&apos;alerte sort de l&apos;attente après ce délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;expiration&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <location filename="../ui/commandtext.cpp" line="+33"/>
        <source>Tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untag</source>
        <translation>Retirer des étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacknowledge</source>
        <translation>Annuler l&apos;acquittement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelve</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unshelve</source>
        <translation>Sortir de l&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %Ln alert(s)</source>
        <comment>command title, number of alerts</comment>
        <translation>
            <numerusform>%1&#xa0;: %Ln alerte</numerusform>
            <numerusform>%1&#xa0;: %Ln alertes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1…</source>
        <comment>a command under way</comment>
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Tagged %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alerte étiquetée</numerusform>
            <numerusform>%Ln alertes étiquetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Untagged %Ln alert(s)</source>
        <translation>
            <numerusform>Étiquettes retirées de %Ln alerte</numerusform>
            <numerusform>Étiquettes retirées de %Ln alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added a note to %Ln alert(s)</source>
        <translation>
            <numerusform>Note ajoutée à %Ln alerte</numerusform>
            <numerusform>Note ajoutée à %Ln alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alerte supprimée</numerusform>
            <numerusform>%Ln alertes supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Acknowledged %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alerte acquittée</numerusform>
            <numerusform>%Ln alertes acquittées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unacknowledged %Ln alert(s)</source>
        <translation>
            <numerusform>Acquittement annulé pour %Ln alerte</numerusform>
            <numerusform>Acquittement annulé pour %Ln alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Shelved %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alerte mise en attente</numerusform>
            <numerusform>%Ln alertes mises en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unshelved %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alerte sortie de l&apos;attente</numerusform>
            <numerusform>%Ln alertes sorties de l&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Closed %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alerte fermée</numerusform>
            <numerusform>%Ln alertes fermées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reopened %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alerte rouverte</numerusform>
            <numerusform>%Ln alertes rouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Applied “%1” to %Ln alert(s)</source>
        <comment>custom action name</comment>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» appliqué à %Ln alerte</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» appliqué à %Ln alertes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 failed: %3</source>
        <comment>failed count, total count, first error</comment>
        <translation>%1 sur %2 en échec&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; %2</source>
        <comment>what succeeded; what failed</comment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This will %1 %Ln alert(s) matching: %2</source>
        <comment>verb, count, filter</comment>
        <translation>
            <numerusform>Cette action va %1 %Ln alerte correspondant à&#xa0;: %2</numerusform>
            <numerusform>Cette action va %1 %Ln alertes correspondant à&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tag</source>
        <translation>étiqueter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untag</source>
        <translation>retirer des étiquettes de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a note to</source>
        <translation>ajouter une note à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acknowledge</source>
        <translation>acquitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unacknowledge</source>
        <translation>annuler l&apos;acquittement de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shelve</source>
        <translation>mettre en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unshelve</source>
        <translation>sortir de l&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close</source>
        <translation>fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reopen</source>
        <translation>rouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply “%1” to</source>
        <comment>custom action name</comment>
        <translation>appliquer «&#xa0;%1&#xa0;» à</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="+118"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use this co&amp;nnection</source>
        <translation>Utiliser cette co&amp;nnexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the form and connect the console to this profile</source>
        <translation>Enregistrer le formulaire et connecter la console à ce profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a connection to a remote Alerta server</source>
        <translation>Ajouter une connexion à un serveur Alerta distant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du&amp;plicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this connection, its stored secrets included</source>
        <translation>Copier cette connexion, secrets enregistrés compris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console keeps the alerts itself, in a database on this computer. There is no server to configure.</source>
        <translation>La console conserve elle-même les alertes, dans une base de données sur cet ordinateur. Il n&apos;y a pas de serveur à configurer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;est connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect with the settings above, without saving them</source>
        <translation>Se connecter avec les paramètres ci-dessus, sans les enregistrer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API root of the Alerta server</source>
        <translation>La racine de l&apos;API du serveur Alerta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aut&amp;hentication:</source>
        <translation>Aut&amp;hentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>C&amp;lé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s certificates</source>
        <translation>les certificats du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file with the certificate of a private CA that signed the server&apos;s</source>
        <translation>Un fichier PEM contenant le certificat de l&apos;autorité de certification privée qui a signé celui du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ignore TLS errors (unsafe)</source>
        <translation>&amp;Ignorer les erreurs TLS (dangereux)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone between the console and the server can read and change the traffic, your credentials included. Prefer a CA file.</source>
        <translation>Toute personne placée entre la console et le serveur peut lire et modifier le trafic, identifiants compris. Préférer un fichier d&apos;AC.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;CA certificates:</source>
        <translation>&amp;Certificats d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The live stream when the server has one, else polling</source>
        <translation>Le flux en direct si le serveur en a un, sinon l&apos;interrogation périodique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live stream only</source>
        <translation>Flux en direct uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polling only</source>
        <translation>Interrogation périodique uniquement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As in Preferences</source>
        <translation>Comme dans les préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often to ask a server without a live stream for changes</source>
        <translation>Fréquence d&apos;interrogation d&apos;un serveur sans flux en direct</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Transport:</source>
        <translation>Mode de &amp;transport&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oll interval:</source>
        <translation>Intervalle d&apos;interro&amp;gation&#xa0;:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (in use)</source>
        <translation>%1 (utilisée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+227"/>
        <source>The embedded core, on this computer</source>
        <translation>Le moteur intégré, sur cet ordinateur</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The secrets of “%1” could not be read from the keychain: %2</source>
        <translation>Impossible de lire les secrets de «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy was saved, but the keychain did not store its secrets: %1</source>
        <translation>La copie a été enregistrée, mais le trousseau n&apos;a pas conservé ses secrets&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the connection “%1”?</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its API key and password are removed from the keychain too.</source>
        <translation>Sa clé d&apos;API et son mot de passe sont aussi retirés du trousseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” was deleted, but its secrets could not be removed from the keychain: %2</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimée, mais ses secrets n&apos;ont pas pu être retirés du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not saved.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A remote Alerta server</source>
        <translation>Un serveur Alerta distant</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The built-in connection cannot be deleted</source>
        <translation>La connexion intégrée ne peut pas être supprimée</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+15"/>
        <location line="+158"/>
        <source>Cannot read the keychain: %1</source>
        <translation>Impossible de lire le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+111"/>
        <source>Enter the API key.</source>
        <translation>Saisir la clé d&apos;API.</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Enter the password.</source>
        <translation>Saisir le mot de passe.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>“%1” was saved, but the keychain did not store its secrets: %2</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistrée, mais le trousseau n&apos;a pas conservé ses secrets&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+28"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="+65"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile has no id.</source>
        <translation>Le profil n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile id must not contain a slash or a backslash.</source>
        <translation>L&apos;identifiant du profil ne doit contenir ni barre oblique ni barre oblique inverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a name for the profile.</source>
        <translation>Saisir un nom pour le profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the built-in profile can use the embedded core.</source>
        <translation>Seul le profil intégré peut utiliser le moteur intégré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in profile cannot connect to a remote server.</source>
        <translation>Le profil intégré ne peut pas se connecter à un serveur distant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the server&apos;s URL, e.g. https://alerta.example.com/api.</source>
        <translation>Saisir l&apos;URL du serveur, p. ex. https://alerta.example.com/api.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL is not valid: %1</source>
        <translation>L&apos;URL du serveur n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server URL must start with http:// or https://.</source>
        <translation>L&apos;URL du serveur doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL has no host name.</source>
        <translation>L&apos;URL du serveur n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the password from the server URL; use password login instead.</source>
        <translation>Retirer le mot de passe de l&apos;URL du serveur&#xa0;; utiliser plutôt la connexion par mot de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Impossible de lire le fichier de certificat d&apos;AC %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The poll interval cannot be negative.</source>
        <translation>L&apos;intervalle d&apos;interrogation ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the username to log in with.</source>
        <translation>Saisir le nom d&apos;utilisateur de connexion.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <location filename="../core/client/connectionprofilestore.cpp" line="+167"/>
        <location line="+47"/>
        <location line="+9"/>
        <source>Invalid profile id &quot;%1&quot;.</source>
        <translation>Identifiant de profil «&#xa0;%1&#xa0;» non valide.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Cannot write the settings file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de paramètres %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestRun</name>
    <message numerus="yes">
        <location filename="../ui/connectiontestrun.h" line="+35"/>
        <source>The server did not answer within %n s.</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu en %n s.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connected: live stream</source>
        <translation>Connecté&#xa0;: flux en direct</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connected: polling every %n s</source>
        <translation>
            <numerusform>Connecté&#xa0;: interrogation toutes les %n s</numerusform>
            <numerusform>Connecté&#xa0;: interrogation toutes les %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <location filename="../app/consoleapplication.cpp" line="+71"/>
        <source>Desktop console for Alerta alerts, with an embedded alert engine.</source>
        <translation>Console de bureau pour les alertes Alerta, avec un moteur d&apos;alertes intégré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the alert database at &lt;path&gt; (created when missing) instead of %1.</source>
        <translation>Utiliser la base de données d&apos;alertes située à &lt;chemin&gt; (créée si elle n&apos;existe pas) au lieu de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve the Alerta API of the embedded core on &lt;address:port&gt; (default 127.0.0.1:8080), so that monitoring tools can send alerts to this console.</source>
        <translation>Servir l&apos;API Alerta du moteur intégré sur &lt;adresse:port&gt; (par défaut 127.0.0.1:8080), pour que les outils de supervision puissent envoyer des alertes à cette console.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not serve the Alerta API (alerts come only from this window).</source>
        <translation>Ne pas servir l&apos;API Alerta (les alertes ne viennent que de cette fenêtre).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to the connection profile &lt;name&gt; (or id) instead of the last one used.</source>
        <translation>Se connecter au profil de connexion &lt;nom&gt; (ou identifiant) au lieu du dernier utilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Start as a wall display: full screen, large type, worst alerts first (Esc leaves unless it is locked).</source>
        <translation>Démarrer en affichage mural&#xa0;: plein écran, grands caractères, pires alertes en premier (Esc le quitte sauf s&apos;il est verrouillé).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the wall display on the monitor &lt;name&gt; (as xrandr names it) instead of the one in Preferences.</source>
        <translation>Ouvrir l&apos;affichage mural sur le moniteur &lt;nom&gt; (tel que xrandr le nomme) au lieu de celui des préférences.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <location line="+184"/>
        <location line="+32"/>
        <source>Alerta Console</source>
        <translation>Alerta Console</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>There is no connection named %1.</source>
        <translation>Aucune connexion ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Could not open the alert database %1:

%2</source>
        <translation>Impossible d&apos;ouvrir la base de données d&apos;alertes %1&#xa0;:

%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Test alert sent from the console</source>
        <translation>Alerte de test envoyée depuis la console</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Could not send the test alert: %1</source>
        <translation>Impossible d&apos;envoyer l&apos;alerte de test&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sent a %1 test alert to this computer</source>
        <translation>Alerte de test %1 envoyée à cet ordinateur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot serve the Alerta API on %1: expected an address and port such as 127.0.0.1:8080.</source>
        <translation>Impossible de servir l&apos;API Alerta sur %1&#xa0;: une adresse et un port tels que 127.0.0.1:8080 sont attendus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot serve the Alerta API on %1: the port is in use or not available. Alerts can still be added from this window.</source>
        <translation>Impossible de servir l&apos;API Alerta sur %1&#xa0;: le port est utilisé ou indisponible. Des alertes peuvent toujours être ajoutées depuis cette fenêtre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid settings: %1</source>
        <translation>Paramètres non valides&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsolePreferences</name>
    <message>
        <location filename="../ui/preferences.cpp" line="+269"/>
        <source>Enter a date format, e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation>Saisir un format de date, p. ex. yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date format “%1” writes nothing.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» ne produit rien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date format “%1” has no date or time in it: use fields such as yyyy, MM, dd, HH, mm and ss.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» ne contient ni date ni heure&#xa0;: utiliser des champs tels que yyyy, MM, dd, HH, mm et ss.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Short (language settings)</source>
        <translation>Court (paramètres de langue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long (language settings)</source>
        <translation>Long (paramètres de langue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative (“5 min ago”)</source>
        <translation>Relatif («&#xa0;il y a 5 min&#xa0;»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISO (2024-05-01 11:30:00)</source>
        <translation>ISO (2024-05-01 11:30:00)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Compact</source>
        <translation>Compacte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comfortable</source>
        <translation>Confortable</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Siren</source>
        <translation>Sirène</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chime</source>
        <translation>Carillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beep</source>
        <translation>Bip</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../ui/customereditor.cpp" line="+9"/>
        <source>New customer lookup</source>
        <translation>Nouvelle correspondance de client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit customer lookup</source>
        <translation>Modifier la correspondance de client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A login, group or email domain</source>
        <translation>Un identifiant, un groupe ou un domaine de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer it sees; * for all</source>
        <translation>Le client qu&apos;il voit&#xa0;; * pour tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Match:</source>
        <translation>Co&amp;rrespondance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the login, group or domain to match.</source>
        <translation>Saisir l&apos;identifiant, le groupe ou le domaine à faire correspondre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the customer.</source>
        <translation>Saisir le client.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../ui/customerspage.cpp" line="+19"/>
        <source>Match (login or group)</source>
        <translation>Correspondance (identifiant ou groupe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete the lookup %1 → %2? Users it matched no longer see that customer.</source>
        <translation>Supprimer la correspondance %1 → %2&#xa0;? Les utilisateurs concernés ne verront plus ce client.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../ui/desktopnotifier.cpp" line="+56"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alerta Console</source>
        <translation>Alerta Console</translation>
    </message>
</context>
<context>
    <name>EmbeddedBackend</name>
    <message>
        <location filename="../core/client/embeddedbackend.cpp" line="+130"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>This part of the API is not available here.</source>
        <translation>Cette partie de l&apos;API n&apos;est pas disponible ici.</translation>
    </message>
</context>
<context>
    <name>EnvironmentTabBar</name>
    <message>
        <location filename="../ui/environmenttabbar.cpp" line="+73"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <comment>environment tab: name, number of alerts</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+52"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only alerts of these services (comma-separated)</source>
        <translation>Seulement les alertes de ces services (séparés par des virgules)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only alerts of these groups (comma-separated)</source>
        <translation>Seulement les alertes de ces groupes (séparés par des virgules)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only alerts of these customers; none chosen shows every customer you may see</source>
        <translation>Seulement les alertes de ces clients&#xa0;; si aucun n&apos;est choisi, tous les clients visibles sont affichés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watched</source>
        <translation>Surveillées</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>Sign in to watch alerts</source>
        <translation>Se connecter pour surveiller des alertes</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Search (Lucene syntax), e.g. resource:web01 AND severity:critical   ( / )</source>
        <translation>Rechercher (syntaxe Lucene), p. ex. resource:web01 AND severity:critical   ( / )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server-side query in Lucene syntax: field:value, AND, OR, NOT, wildcards, quotes. Plain words search the alert text.</source>
        <translation>Requête côté serveur en syntaxe Lucene&#xa0;: champ:valeur, AND, OR, NOT, jokers, guillemets. Les mots simples cherchent dans le texte de l&apos;alerte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only alerts last received within this time</source>
        <translation>Seulement les alertes reçues pour la dernière fois dans ce laps de temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 15 minutes</source>
        <translation>Les 15 dernières minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>La dernière heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 6 hours</source>
        <translation>Les 6 dernières heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Les 24 dernières heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Les 7 derniers jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show open and acknowledged alerts of any severity, service, group and time</source>
        <translation>Afficher les alertes ouvertes et acquittées de toute gravité, tout service, tout groupe et toute période</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Only the alerts you watch (tagged watch:%1), queried on the server</source>
        <translation>Seulement les alertes que vous surveillez (étiquetées watch:%1), demandées au serveur</translation>
    </message>
</context>
<context>
    <name>FilterSummary</name>
    <message>
        <location filename="../ui/filtersummary.cpp" line="+14"/>
        <source>status %1</source>
        <translation>état %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity %1</source>
        <translation>gravité %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment %1</source>
        <translation>environnement %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”</source>
        <comment>the search query</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all alerts</source>
        <translation>toutes les alertes</translation>
    </message>
</context>
<context>
    <name>HeartbeatsView</name>
    <message>
        <location filename="../ui/heartbeatsview.cpp" line="+56"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slow</source>
        <translation>lent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Max latency</source>
        <translation>Latence max.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s (%2)</source>
        <translation>%1 s (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time since the last heartbeat was received</source>
        <translation>Temps écoulé depuis la réception du dernier signal de vie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not refresh the heartbeats: %1</source>
        <translation>Impossible d&apos;actualiser les signaux de vie&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raise &amp;alerts for stale heartbeats…</source>
        <translation>Émettre des &amp;alertes pour les signaux de vie défaillants…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the selected heartbeats</source>
        <translation>Supprimer les signaux de vie sélectionnés</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n ok</source>
        <extracomment>The counts above the heartbeats table, e.g. &quot;3 ok · 1 slow · 0 expired&quot;.</extracomment>
        <translation>
            <numerusform>%n ok</numerusform>
            <numerusform>%n ok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n slow</source>
        <translation>
            <numerusform>%n lent</numerusform>
            <numerusform>%n lents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expiré</numerusform>
            <numerusform>%n expirés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send a HeartbeatFail, HeartbeatSlow or HeartbeatOK alert for every heartbeat, as “alerta heartbeats --alert” does</source>
        <translation>Envoyer une alerte HeartbeatFail, HeartbeatSlow ou HeartbeatOK pour chaque signal de vie, comme le fait «&#xa0;alerta heartbeats --alert&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete heartbeats</source>
        <translation>Supprimer des signaux de vie</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n heartbeat(s)?</source>
        <translation>
            <numerusform>Supprimer %n signal de vie&#xa0;?</numerusform>
            <numerusform>Supprimer %n signaux de vie&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A process that still sends heartbeats creates its heartbeat again.</source>
        <translation>Un processus qui envoie encore des signaux de vie recrée son signal de vie.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %n heartbeat(s).</source>
        <translation>
            <numerusform>%n signal de vie supprimé.</numerusform>
            <numerusform>%n signaux de vie supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Raise alerts for stale heartbeats</source>
        <translation>Émettre des alertes pour les signaux de vie défaillants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends one alert per heartbeat: HeartbeatFail for expired ones, HeartbeatSlow for slow ones, and HeartbeatOK (which clears them) for the others.</source>
        <translation>Envoie une alerte par signal de vie&#xa0;: HeartbeatFail pour ceux qui ont expiré, HeartbeatSlow pour les lents et HeartbeatOK (qui les efface) pour les autres.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For heartbeats without a “severity” attribute</source>
        <translation>Pour les signaux de vie sans attribut «&#xa0;severity&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise alerts</source>
        <translation>Émettre les alertes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not list the heartbeats: %1</source>
        <translation>Impossible de lister les signaux de vie&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no heartbeats.</source>
        <translation>Il n&apos;y a aucun signal de vie.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Sent %n alert(s).</source>
        <translation>
            <numerusform>%n alerte envoyée.</numerusform>
            <numerusform>%n alertes envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n en échec&#xa0;: %1</numerusform>
            <numerusform>%n en échec&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HousekeepingDialog</name>
    <message>
        <location filename="../ui/housekeepingdialog.cpp" line="+34"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server default</source>
        <translation>Valeur par défaut du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours since the alert was last received. 0 uses the server&apos;s default.</source>
        <translation>Heures écoulées depuis la dernière réception de l&apos;alerte. 0 utilise la valeur par défaut du serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s default time</source>
        <translation>le délai par défaut du serveur</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Housekeeping</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Housekeeping runs on the server, in this order:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;deletes &lt;b&gt;closed&lt;/b&gt; and &lt;b&gt;expired&lt;/b&gt; alerts not received for longer than the first time below;&lt;/li&gt;&lt;li&gt;deletes &lt;b&gt;informational&lt;/b&gt; alerts, in any status, not received for longer than the second time below;&lt;/li&gt;&lt;li&gt;marks alerts whose timeout has passed as &lt;b&gt;expired&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;ends shelves and acknowledgements whose timeout has passed: those alerts become open again (or acknowledged, if they were before the shelve).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Deleted alerts cannot be restored. The server usually runs this by itself every minute; running it here does it now, with your times.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le nettoyage s&apos;exécute sur le serveur, dans cet ordre&#xa0;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;il supprime les alertes &lt;b&gt;fermées&lt;/b&gt; et &lt;b&gt;expirées&lt;/b&gt; non reçues depuis plus longtemps que la première durée ci-dessous&#xa0;;&lt;/li&gt;&lt;li&gt;il supprime les alertes de gravité &lt;b&gt;informational&lt;/b&gt;, quel que soit leur état, non reçues depuis plus longtemps que la seconde durée ci-dessous&#xa0;;&lt;/li&gt;&lt;li&gt;il marque comme &lt;b&gt;expirées&lt;/b&gt; les alertes dont le délai d&apos;expiration est dépassé&#xa0;;&lt;/li&gt;&lt;li&gt;il met fin aux mises en attente et aux acquittements dont le délai d&apos;expiration est dépassé&#xa0;: ces alertes redeviennent ouvertes (ou acquittées, si elles l&apos;étaient avant la mise en attente).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Les alertes supprimées ne peuvent pas être restaurées. Le serveur exécute normalement ce nettoyage de lui-même toutes les minutes&#xa0;; le lancer ici l&apos;exécute tout de suite, avec vos durées.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete closed and expired alerts older than:</source>
        <translation>Supprimer les alertes fermées et expirées de plus de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete informational alerts older than:</source>
        <translation>Supprimer les alertes informational de plus de&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Housekeeping needs the admin:management scope, which this session does not have.</source>
        <translation>Le nettoyage nécessite la portée admin:management, que cette session n&apos;a pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result of the last run</source>
        <translation>Résultat de la dernière exécution</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired:</source>
        <translation>Expirées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unshelved:</source>
        <translation>Sorties de l&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacknowledged:</source>
        <translation>Acquittements annulés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted:</source>
        <translation>Supprimées&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Run now…</source>
        <translation>&amp;Lancer maintenant…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Run housekeeping</source>
        <translation>Lancer le nettoyage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run housekeeping on %1 now?

Closed and expired alerts not received for %2 and informational alerts not received for %3 are deleted for good.</source>
        <translation>Lancer le nettoyage sur %1 maintenant&#xa0;?

Les alertes fermées et expirées non reçues depuis %2 et les alertes informational non reçues depuis %3 sont supprimées définitivement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running…</source>
        <translation>Exécution en cours…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not reported by this server</source>
        <translation>non communiqué par ce serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Housekeeping finished at %1.</source>
        <translation>Nettoyage terminé à %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Housekeeping failed: %1</source>
        <translation>Échec du nettoyage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JsonTableModel</name>
    <message>
        <location filename="../models/jsontablemodel.cpp" line="+112"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../core/client/keychainsecretstore.cpp" line="+110"/>
        <source>Cannot read the secret %1 from the keychain</source>
        <translation>Impossible de lire le secret %1 dans le trousseau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot store the secret %1 in the keychain</source>
        <translation>Impossible d&apos;enregistrer le secret %1 dans le trousseau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot remove the secret %1 from the keychain</source>
        <translation>Impossible de retirer le secret %1 du trousseau</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+83"/>
        <location line="+715"/>
        <source>Alerta Console</source>
        <translation>Alerta Console</translation>
    </message>
    <message>
        <location line="-660"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Window</source>
        <translation>&amp;Nouvelle fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another window on this connection, with its own filters (another customer, say)</source>
        <translation>Une autre fenêtre sur cette connexion, avec ses propres filtres (pour un autre client, par exemple)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Test Alert</source>
        <translation>Envoyer une alerte de &amp;test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a sample alert, to see how alerts arrive</source>
        <translation>Envoyer un exemple d&apos;alerte, pour voir comment les alertes arrivent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rows as tab-separated text of the shown columns</source>
        <translation>Copier les lignes sélectionnées en texte séparé par des tabulations, avec les colonnes affichées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy Alert as &amp;JSON</source>
        <translation>Copier l&apos;alerte en &amp;JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the &amp;Alert List</source>
        <translation>Retour à la liste des &amp;alertes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Alert</source>
        <translation>A&amp;lerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Blackout Like This…</source>
        <translation>Plage de maintenance &amp;similaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new blackout for the current alert&apos;s environment, resource and event</source>
        <translation>Une nouvelle plage de maintenance pour l&apos;environnement, la ressource et l&apos;événement de l&apos;alerte courante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the whole list again from the server</source>
        <translation>Recharger toute la liste depuis le serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Details Pane</source>
        <translation>Afficher le panneau de &amp;détails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next Environment</source>
        <translation>Environnement &amp;suivant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous Environment</source>
        <translation>Environnement pré&amp;cédent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ved Views</source>
        <translation>&amp;Vues enregistrées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Wall Display</source>
        <translation>Affichage &amp;mural</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alerts in large type, full screen, for a wall screen (Esc leaves)</source>
        <translation>Les alertes en grands caractères, en plein écran, pour un écran mural (Esc pour quitter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Columns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Gérer les connexions…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Alerta Console</source>
        <translation>À &amp;propos d&apos;Alerta Console</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left this view</source>
        <translation>a quitté cette vue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1 → %2</source>
        <translation>état %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer matches the filter</source>
        <translation>ne correspond plus au filtre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watched alert changed</source>
        <translation>Alerte surveillée modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Copied %Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne copiée</numerusform>
            <numerusform>%Ln lignes copiées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Heartbeats</source>
        <translation>&amp;Signaux de vie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which senders still send heartbeats, which are slow or silent</source>
        <translation>Quels émetteurs envoient encore des signaux de vie, lesquels sont lents ou muets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Blackouts</source>
        <translation>&amp;Plages de maintenance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance windows that suppress alerts: active, pending and expired</source>
        <translation>Fenêtres de maintenance qui neutralisent des alertes&#xa0;: actives, à venir et expirées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House&amp;keeping…</source>
        <translation>&amp;Nettoyage…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expire timed-out alerts and delete old closed and informational ones now</source>
        <translation>Faire expirer les alertes dont le délai est dépassé et supprimer dès maintenant les anciennes alertes fermées et informational</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API keys, users, customers and permissions of the server</source>
        <translation>Clés d&apos;API, utilisateurs, clients et permissions du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;Status</source>
        <translation>&amp;État du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version, health and live metrics of the server</source>
        <translation>Version, santé et métriques en direct du serveur</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>View “%1”</source>
        <translation>Vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save View As…</source>
        <translation>&amp;Enregistrer la vue sous…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the filters, columns, sort and environment under a name</source>
        <translation>Conserver les filtres, les colonnes, le tri et l&apos;environnement sous un nom</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this view (a saved view of the same name is replaced):</source>
        <translation>Nom de cette vue (une vue enregistrée du même nom est remplacée)&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the view “%1”</source>
        <translation>Vue «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Import Saved Views</source>
        <translation>Importer des vues enregistrées</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+23"/>
        <source>Saved views (*.json)</source>
        <translation>Vues enregistrées (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Imported %n view(s)</source>
        <translation>
            <numerusform>%n vue importée</numerusform>
            <numerusform>%n vues importées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Export Saved Views</source>
        <translation>Exporter les vues enregistrées</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n view(s) to %1</source>
        <translation>
            <numerusform>%n vue exportée vers %1</numerusform>
            <numerusform>%n vues exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;p&gt;&lt;big&gt;Not connected&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Choose a server with &lt;b&gt;Connection → Manage Connections…&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Non connecté&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Choisir un serveur avec &lt;b&gt;Connexion → Gérer les connexions…&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;big&gt;Loading alerts…&lt;/big&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Chargement des alertes…&lt;/big&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;big&gt;Reconnecting…&lt;/big&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Reconnexion…&lt;/big&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;big&gt;Could not load alerts&lt;/big&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Impossible de charger les alertes&lt;/big&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;big&gt;No alerts in %1&lt;/big&gt;&lt;/p&gt;&lt;p&gt;The other environment tabs may have some.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Aucune alerte dans %1&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Les autres onglets d&apos;environnement en ont peut-être.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;big&gt;No alerts match&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Change the filters, or use &lt;b&gt;File → Send Test Alert&lt;/b&gt; to see one arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Aucune alerte ne correspond&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Modifier les filtres, ou utiliser &lt;b&gt;Fichier → Envoyer une alerte de test&lt;/b&gt; pour en voir arriver une.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alerta Console — %1</source>
        <translation>Alerta Console — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionnée</numerusform>
            <numerusform>%Ln sélectionnées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsChart</name>
    <message numerus="yes">
        <location filename="../ui/metricschart.cpp" line="+42"/>
        <source>%1: %2 (%n point(s))</source>
        <translation>
            <numerusform>%1&#xa0;: %2 (%n point)</numerusform>
            <numerusform>%1&#xa0;: %2 (%n points)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Waiting for data…</source>
        <translation>Attente des données…</translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <location filename="../ui/multiselectbutton.cpp" line="+118"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not filter on this</source>
        <translation>Ne pas filtrer sur ce critère</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 selected</source>
        <translation>%1 sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 ▾</source>
        <comment>filter label: chosen values, menu arrow</comment>
        <translation>%1&#xa0;: %2 ▾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: any</source>
        <translation>%1&#xa0;: tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../models/notificationpolicy.cpp" line="+87"/>
        <source>%1: %2 on %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to %1: %2 on %3</source>
        <translation>Passée en %1&#xa0;: %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n new %1 alert(s) in %2</source>
        <translation>
            <numerusform>%n nouvelle alerte %1 dans %2</numerusform>
            <numerusform>%n nouvelles alertes %1 dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alert(s) arrived at once; the list has them all.</source>
        <translation>
            <numerusform>%n alerte arrivée d&apos;un coup&#xa0;; elle figure dans la liste.</numerusform>
            <numerusform>%n alertes arrivées d&apos;un coup&#xa0;; la liste les contient toutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermissionEditor</name>
    <message>
        <location filename="../ui/permissioneditor.cpp" line="+12"/>
        <source>New permission</source>
        <translation>Nouvelle permission</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit permission</source>
        <translation>Modifier la permission</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A role or group name, e.g. ops</source>
        <translation>Un nom de rôle ou de groupe, p. ex. ops</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scopes:</source>
        <translation>&amp;Portées&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the role.</source>
        <translation>Saisir le rôle.</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <location filename="../ui/permissionspage.cpp" line="+26"/>
        <source>Built into the server and set by its configuration; it cannot be changed here.</source>
        <translation>Intégrée au serveur et définie par sa configuration&#xa0;; elle ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>built in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom</source>
        <translation>personnalisée</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Delete the permission of the role %1? Users with that role lose its scopes at their next login.</source>
        <translation>Supprimer la permission du rôle %1&#xa0;? Les utilisateurs ayant ce rôle perdront ses portées à leur prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+42"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server default</source>
        <translation>Valeur par défaut du serveur</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wall display</source>
        <translation>Affichage &amp;mural</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show the defaults on every tab</source>
        <translation>Afficher les valeurs par défaut sur chaque onglet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+153"/>
        <location line="+44"/>
        <location line="+12"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Actualiser toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For lists without live updates, such as heartbeats and blackouts. A connection that polls for alerts keeps its own interval.</source>
        <translation>Pour les listes sans mises à jour en direct, comme les signaux de vie et les plages de maintenance. Une connexion qui interroge périodiquement les alertes garde son propre intervalle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local time (%1)</source>
        <translation>Heure locale (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yyyy year, MM month, dd day, ddd weekday, HH hour (hh with AP for 12 hours), mm minutes, ss seconds, zzz milliseconds, t time zone; text in &apos;quotes&apos;</source>
        <translation>yyyy année, MM mois, dd jour, ddd jour de la semaine, HH heure (hh avec AP pour 12 heures), mm minutes, ss secondes, zzz millisecondes, t fuseau horaire&#xa0;; texte entre &apos;apostrophes&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A time five minutes ago, as the alert list will show it</source>
        <translation>Une heure d&apos;il y a cinq minutes, telle que la liste des alertes l&apos;affichera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Custom format:</source>
        <translation>Format &amp;personnalisé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+154"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System default (%1)</source>
        <translation>Valeur du système (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Takes effect when the console starts again.</source>
        <translation>Prend effet au prochain démarrage de la console.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert list &amp;font size:</source>
        <translation>&amp;Taille de police de la liste des alertes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert list &amp;density:</source>
        <translation>&amp;Densité de la liste des alertes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offered when acknowledging with a note: the alert is unacknowledged again after this time</source>
        <translation>Proposé lors d&apos;un acquittement avec note&#xa0;: l&apos;alerte n&apos;est plus acquittée après ce délai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offered when shelving with a note: the alert is unshelved again after this time</source>
        <translation>Proposé lors d&apos;une mise en attente avec note&#xa0;: l&apos;alerte sort de l&apos;attente après ce délai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledge timeout:</source>
        <translation>Délai d&apos;a&amp;cquittement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shelve timeout:</source>
        <translation>Délai de mise en att&amp;ente&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Severities</source>
        <translation>Gravités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the sound until the alert is acknowledged</source>
        <translation>&amp;Répéter le son jusqu&apos;à l&apos;acquittement de l&apos;alerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None checked: every severity except informational and the normal ones.</source>
        <translation>Aucune cochée&#xa0;: toutes les gravités sauf informational et les gravités normales.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only alerts of</source>
        <translation>Seulement les alertes de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any (comma-separated)</source>
        <translation>Tous (séparés par des virgules)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Environments:</source>
        <translation>&amp;Environnements&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vices:</source>
        <translation>Ser&amp;vices&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomers:</source>
        <translation>C&amp;lients&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names separated by commas; an alert must have one of them. Empty: any.</source>
        <translation>Noms séparés par des virgules&#xa0;; une alerte doit avoir l&apos;un d&apos;eux. Vide&#xa0;: tous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet hours and bursts</source>
        <translation>Heures silencieuses et rafales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quiet hours, from</source>
        <translation>&amp;Heures silencieuses, de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notifications in this time (local time); it may span midnight</source>
        <translation>Aucune notification pendant cette période (heure locale)&#xa0;; elle peut passer minuit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> notifications</source>
        <translation> notifications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Summarise more than:</source>
        <translation>Rés&amp;umer au-delà de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With&amp;in:</source>
        <translation>Dans un &amp;délai de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A burst becomes one summary per severity and environment.</source>
        <translation>Une rafale devient un résumé par gravité et par environnement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tray</source>
        <translation>Zone de notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;hidden in the tray</source>
        <translation>Démarrer ma&amp;squé dans la zone de notification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Closing the window keeps the console running in the tray</source>
        <translation>&amp;Fermer la fenêtre laisse la console tourner dans la zone de notification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only where the desktop has a system tray.</source>
        <translation>Seulement si le bureau a une zone de notification.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How long each page of a list too long for the screen stays</source>
        <translation>Durée d&apos;affichage de chaque page d&apos;une liste trop longue pour l&apos;écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Monitor:</source>
        <translation>M&amp;oniteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Font size:</source>
        <translation>&amp;Taille de police&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;page after:</source>
        <translation>&amp;Page suivante après&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No rotation</source>
        <translation>Pas de rotation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved views yet: View → Saved Views → Save View As… keeps one.</source>
        <translation>Aucune vue enregistrée pour l&apos;instant&#xa0;: Affichage → Vues enregistrées → Enregistrer la vue sous… en crée une.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next &amp;view after:</source>
        <translation>&amp;Vue suivante après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved v&amp;iews:</source>
        <translation>Vues &amp;enregistrées&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checked views take turns on the wall, in this order.</source>
        <translation>Les vues cochées se succèdent sur l&apos;affichage mural, dans cet ordre.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The sound of notifications of %1 alerts</source>
        <translation>Le son des notifications des alertes %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Window&apos;s current screen</source>
        <translation>Écran actuel de la fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+1"/>
        <source>Server default (%1)</source>
        <translation>Valeur par défaut du serveur (%1)</translation>
    </message>
</context>
<context>
    <name>PreferredTimeFormat</name>
    <message>
        <location filename="../ui/preferences.cpp" line="+65"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
</context>
<context>
    <name>RemoteBackend</name>
    <message>
        <location filename="../core/client/remotebackend.cpp" line="+152"/>
        <source>The server stopped answering.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>The server accepted the login but sent no token.</source>
        <translation>Le serveur a accepté la connexion mais n&apos;a envoyé aucun jeton.</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>The server did not open the live stream in time.</source>
        <translation>Le serveur n&apos;a pas ouvert le flux en direct à temps.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The server did not answer within %1 s.</source>
        <translation>Le serveur n&apos;a pas répondu en %1 s.</translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../ui/resourcepage.cpp" line="+49"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not refresh the list: %1</source>
        <translation>Impossible d&apos;actualiser la liste&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reload the list from the server (F5)</source>
        <translation>Recharger la liste depuis le serveur (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>This list needs the scope %1, which this session does not have.</source>
        <translation>Cette liste nécessite la portée %1, que cette session n&apos;a pas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read only: changes need the scope %1, which this session does not have.</source>
        <translation>Lecture seule&#xa0;: les modifications nécessitent la portée %1, que cette session n&apos;a pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>%n élément supprimé.</numerusform>
            <numerusform>%n éléments supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs the scope %1</source>
        <translation>Nécessite la portée %1</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n could not be deleted: %1</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être supprimé&#xa0;: %1</numerusform>
            <numerusform>%n n&apos;ont pas pu être supprimés&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../ui/savedviews.cpp" line="+141"/>
        <source>The file is not JSON: %1</source>
        <translation>Le fichier n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds no saved views of Alerta Console.</source>
        <translation>Le fichier ne contient aucune vue enregistrée d&apos;Alerta Console.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s views are of version %1; this console reads version %2.</source>
        <translation>Les vues du fichier sont en version %1&#xa0;; cette console lit la version %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A view in the file has no name or no settings.</source>
        <translation>Une vue du fichier n&apos;a pas de nom ou pas de paramètres.</translation>
    </message>
</context>
<context>
    <name>ScreenSaverInhibitor</name>
    <message>
        <location filename="../ui/screensaverinhibitor.cpp" line="+50"/>
        <source>The screen may blank: no screen saver service answered (%1).</source>
        <translation>L&apos;écran peut s&apos;éteindre&#xa0;: aucun service d&apos;économiseur d&apos;écran n&apos;a répondu (%1).</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/secretfield.h" line="+35"/>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>stored in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>ServerToolWindows</name>
    <message>
        <location filename="../ui/servertoolwindows.cpp" line="+84"/>
        <source>Heartbeats — %1</source>
        <translation>Signaux de vie — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blackouts — %1</source>
        <translation>Plages de maintenance — %1</translation>
    </message>
</context>
<context>
    <name>SeverityCounts</name>
    <message>
        <location filename="../models/severitycounts.cpp" line="+34"/>
        <source>%1 %2</source>
        <comment>count, severity</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../ui/shortcutsheet.cpp" line="+34"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+48"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/theme.cpp" line="+112"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <location filename="../models/timeformat.cpp" line="+49"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../ui/traycontroller.cpp" line="+30"/>
        <source>&amp;Show Window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute for &amp;15 Minutes</source>
        <translation>Sourdine pendant &amp;15 minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute for 1 &amp;Hour</source>
        <translation>Sourdine pendant 1 &amp;heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unmute</source>
        <translation>&amp;Rétablir le son</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alerta Console is still running</source>
        <translation>Alerta Console fonctionne toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts are still counted and notified. Click the tray icon to bring the window back; quit from its menu.</source>
        <translation>Les alertes sont toujours comptées et notifiées. Cliquer sur l&apos;icône de la zone de notification pour rappeler la fenêtre&#xa0;; quitter depuis son menu.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Alerta Console: no open alerts</source>
        <translation>Alerta Console&#xa0;: aucune alerte ouverte</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Alerta Console: %n open alert(s)
%1</source>
        <translation>
            <numerusform>Alerta Console&#xa0;: %n alerte ouverte
%1</numerusform>
            <numerusform>Alerta Console&#xa0;: %n alertes ouvertes
%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications muted until %1</source>
        <translation>Notifications en sourdine jusqu&apos;à %1</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <location filename="../ui/usereditor.cpp" line="+11"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Defaults to the email address</source>
        <translation>Par défaut, l&apos;adresse électronique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty to keep the password</source>
        <translation>Laisser vide pour conserver le mot de passe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comma-separated, e.g. user, ops</source>
        <translation>Séparés par des virgules, p. ex. user, ops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in roles: admin (every scope), user (read and write), guest (read alerts); a permission row adds scopes to any role.</source>
        <translation>Rôles intégrés&#xa0;: admin (toutes les portées), user (lecture et écriture), guest (lecture des alertes)&#xa0;; une ligne de permission ajoute des portées à n&apos;importe quel rôle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Rôles&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the user&apos;s name.</source>
        <translation>Saisir le nom de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a login or an email address.</source>
        <translation>Saisir un identifiant ou une adresse électronique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a password for the new user.</source>
        <translation>Saisir un mot de passe pour le nouvel utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/userspage.cpp" line="+17"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete the user %1 (%2)? Their API keys stay until revoked.</source>
        <translation>Supprimer l&apos;utilisateur %1 (%2)&#xa0;? Ses clés d&apos;API restent valables jusqu&apos;à leur révocation.</translation>
    </message>
</context>
<context>
    <name>WallBanner</name>
    <message>
        <location filename="../ui/wallbanner.cpp" line="+143"/>
        <source>All alerts</source>
        <translation>Toutes les alertes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 %2</source>
        <comment>count, severity</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No alerts</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <comment>environment: counts by severity</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>data as of %1 (%2)</source>
        <translation>données de %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STALE: %1</source>
        <translation>PÉRIMÉ&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting… %1</source>
        <translation>Connexion… %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CONNECTION LOST: %1</source>
        <translation>CONNEXION PERDUE&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT CONNECTED</source>
        <translation>NON CONNECTÉ</translation>
    </message>
</context>
<context>
    <name>WallMode</name>
    <message>
        <location filename="../ui/wallmode.cpp" line="+52"/>
        <source>Alerta Console is showing alerts on a wall display</source>
        <translation>Alerta Console affiche les alertes en affichage mural</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../ui/wallview.cpp" line="+143"/>
        <location line="+14"/>
        <source>Leave Wall</source>
        <translation>Quitter l&apos;affichage mural</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Back to the console (Esc)</source>
        <translation>Retour à la console (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+253"/>
        <source>Lock…</source>
        <translation>Verrouiller…</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+254"/>
        <source>Lock the wall with a PIN</source>
        <translation>Verrouiller l&apos;affichage mural avec un code PIN</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>◀ Previous View</source>
        <translation>◀ Vue précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next View ▶</source>
        <translation>Vue suivante ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+137"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Stop turning pages and views</source>
        <translation>Arrêter de faire défiler les pages et les vues</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lock Wall…</source>
        <translation>Verrouiller l&apos;affichage mural…</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Unlock…</source>
        <translation>Déverrouiller…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the PIN to use the wall</source>
        <translation>Saisir le code PIN pour utiliser l&apos;affichage mural</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Lock Wall</source>
        <translation>Verrouiller l&apos;affichage mural</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>PIN to unlock the wall:</source>
        <translation>Code PIN de déverrouillage&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same PIN again:</source>
        <translation>Le même code PIN à nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs differ; the wall stays unlocked.</source>
        <translation>Les deux codes PIN diffèrent&#xa0;; l&apos;affichage mural reste déverrouillé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Unlock Wall</source>
        <translation>Déverrouiller l&apos;affichage mural</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>PIN:</source>
        <translation>Code PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong PIN; the wall stays locked.</source>
        <translation>Code PIN erroné&#xa0;; l&apos;affichage mural reste verrouillé.</translation>
    </message>
</context>
<context>
    <name>WatchedAlertMonitor</name>
    <message>
        <location filename="../models/watchedalertmonitor.cpp" line="+58"/>
        <source>status %1 → %2</source>
        <translation>état %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severity %1 → %2</source>
        <translation>gravité %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>received again (%n duplicate(s))</source>
        <translation>
            <numerusform>reçue à nouveau (%n doublon)</numerusform>
            <numerusform>reçue à nouveau (%n doublons)</numerusform>
        </translation>
    </message>
</context>
</TS>
