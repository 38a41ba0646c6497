<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="+83"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polling</source>
        <translation>regelmäßige Abfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n day(s), %1</source>
        <translation>
            <numerusform>%n Tag, %1</numerusform>
            <numerusform>%n Tage, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About Alerta Console</source>
        <translation>Über Alerta Console</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s status and metrics need the read:management scope, which this session does not have. Ask an administrator for it, or connect with another key or login.</source>
        <translation>Status und Metriken des Servers erfordern den Scope read:management, den diese Sitzung nicht hat. Dafür bei einem Administrator nachfragen oder mit einem anderen Schlüssel bzw. einer anderen Anmeldung verbinden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alerta Console</source>
        <translation>Alerta Console</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (kompiliert mit %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Build:</source>
        <translation>Build:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Release:</source>
        <translation>Release:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health:</source>
        <translation>Systemzustand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server time:</source>
        <translation>Serverzeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alerts received</source>
        <translation>Empfangene Alarme</translation>
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
        <translation>Verarbeitungszeit beim Empfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert queries</source>
        <translation>Alarmabfragen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a switch in the table to turn it ON or OFF on the server.</source>
        <translation>Einen Schalter in der Tabelle auswählen, um ihn auf dem Server ein- oder auszuschalten.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Turn switch ON/OFF</source>
        <translation>Schalter ein-/ausschalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn OFF “%1”</source>
        <translation>„%1“ ausschalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn ON “%1”</source>
        <translation>„%1“ einschalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Turn a switch OFF</source>
        <translation>Schalter ausschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn OFF “%1” on %2?

%3.</source>
        <translation>„%1“ auf %2 ausschalten?

%3.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>While it is OFF, the server refuses every alert sent to its API or webhooks (503), and senders have to send them again later</source>
        <translation>Solange er ausgeschaltet ist, weist der Server jeden Alarm ab, der an seine API oder seine Webhooks gesendet wird (503), und die Absender müssen ihn später erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While it is OFF, the server tells web consoles not to refresh their alert lists</source>
        <translation>Solange er ausgeschaltet ist, teilt der Server Web-Konsolen mit, ihre Alarmlisten nicht zu aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn OFF</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not turn %1 ON or OFF: %2</source>
        <translation>%1 konnte nicht ein- oder ausgeschaltet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>not disclosed</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused its status: %1</source>
        <translation>Der Server hat die Statusabfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not refresh: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — showing values from %2 (%3).</source>
        <translation>%1 — Werte von %2 (%3) werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>ActOnMatchingDialog</name>
    <message>
        <location filename="../ui/actonmatchingdialog.cpp" line="+29"/>
        <source>Act on Everything Matching</source>
        <translation>Auf alle passenden Alarme anwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optional, e.g. “Maintenance CHG-1234”</source>
        <translation>Optional, z. B. „Wartung CHG-1234“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not count the matching alerts: %1</source>
        <translation>Die passenden Alarme konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Counting the alerts matching: %1…</source>
        <translation>Passende Alarme werden gezählt: %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No alert matches: %1</source>
        <translation>Kein Alarm passt: %1</translation>
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
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Permissions</source>
        <translation>Be&amp;rechtigungen</translation>
    </message>
</context>
<context>
    <name>AdministrationEditor</name>
    <message>
        <location filename="../ui/administrationeditor.cpp" line="+55"/>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>AdministrationScopeList</name>
    <message>
        <location filename="../ui/administrationscopelist.cpp" line="+51"/>
        <source>This session does not hold %1, so it cannot grant it.</source>
        <translation>Diese Sitzung hat %1 nicht und kann es daher nicht vergeben.</translation>
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
        <translation>%1 mit Notiz und Zeitlimit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag…</source>
        <translation>Tags hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untag…</source>
        <translation>Tags entfernen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch / Unwatch</source>
        <translation>Beobachten / Nicht mehr beobachten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag the alerts watch:&lt;you&gt;, or remove that tag when they all have it</source>
        <translation>Den Alarmen das Tag watch:&lt;Anmeldename&gt; geben oder es entfernen, wenn alle es schon haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Act on Everything Matching…</source>
        <translation>Auf alle passenden Alarme anwenden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run one command on every alert the filters and the environment tab match</source>
        <translation>Einen Befehl auf jeden Alarm anwenden, auf den die Filter und der Umgebungsreiter passen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>With Note or Timeout</source>
        <translation>Mit Notiz oder Zeitlimit</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+163"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Delete Alerts</source>
        <translation>Alarme löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %Ln alert(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Alarm löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%Ln Alarme löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A deleted alert comes back only if its source sends it again.</source>
        <translation>Ein gelöschter Alarm kommt nur zurück, wenn seine Quelle ihn erneut sendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Note on %Ln alert(s):</source>
        <translation>
            <numerusform>Notiz zu %Ln Alarm:</numerusform>
            <numerusform>Notiz zu %Ln Alarmen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Untag</source>
        <translation>Tags entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tags to remove from %Ln alert(s), comma-separated:</source>
        <translation>
            <numerusform>Von %Ln Alarm zu entfernende Tags, durch Kommas getrennt:</numerusform>
            <numerusform>Von %Ln Alarmen zu entfernende Tags, durch Kommas getrennt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tags to add to %Ln alert(s), comma-separated:</source>
        <translation>
            <numerusform>Zu %Ln Alarm hinzuzufügende Tags, durch Kommas getrennt:</numerusform>
            <numerusform>Zu %Ln Alarmen hinzuzufügende Tags, durch Kommas getrennt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Stopped watching %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Alarm wird nicht mehr beobachtet</numerusform>
            <numerusform>%Ln Alarme werden nicht mehr beobachtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Watching %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Alarm wird beobachtet</numerusform>
            <numerusform>%Ln Alarme werden beobachtet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Finding the alerts matching: %1…</source>
        <translation>Passende Alarme werden gesucht: %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No alert matches any more</source>
        <translation>Kein Alarm passt mehr</translation>
    </message>
</context>
<context>
    <name>AlertDetailsPane</name>
    <message>
        <location filename="../ui/alertdetailspane.cpp" line="+41"/>
        <location line="+20"/>
        <location line="+14"/>
        <source>No alert selected</source>
        <translation>Kein Alarm ausgewählt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not load the alert: %1</source>
        <translation>Der Alarm konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No alert to copy</source>
        <translation>Kein Alarm zum Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the alert as JSON</source>
        <translation>Alarm als JSON kopiert</translation>
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
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+140"/>
        <source>Value</source>
        <translation>Wert</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+141"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+138"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No raw data</source>
        <translation>Keine Rohdaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw Data</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole alert as Alerta JSON (Ctrl+Shift+C)</source>
        <translation>Den ganzen Alarm als Alerta-JSON kopieren (Ctrl+Shift+C)</translation>
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
        <translation>Serverstandard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlate</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate count</source>
        <translation>Anzahl Duplikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous severity</source>
        <translation>Vorheriger Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last received</source>
        <translation>Zuletzt empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last receive id</source>
        <translation>Letzte Empfangs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Could not load the notes: %1</source>
        <translation>Die Notizen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attributes (%1)</source>
        <translation>Attribute (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
</context>
<context>
    <name>AlertNotifications</name>
    <message>
        <location filename="../ui/alertnotifications.cpp" line="+66"/>
        <source>Could not acknowledge from the notification: %1</source>
        <translation>Bestätigen aus der Benachrichtigung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>AlertSummaryLabel</name>
    <message numerus="yes">
        <location filename="../ui/alertsummarylabel.cpp" line="+35"/>
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Alarm</numerusform>
            <numerusform>%Ln Alarme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>total: counts by severity</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../models/alerttablemodel.cpp" line="+171"/>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m %2s</source>
        <translation>%1m %2s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>More severe</source>
        <translation>Schwerwiegender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less severe</source>
        <translation>Weniger schwerwiegend</translation>
    </message>
    <message>
        <location line="+398"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+483"/>
        <source>Custom attribute %1</source>
        <translation>Benutzerdefiniertes Attribut %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Severity trend: ▲ more severe, ▼ less severe, – no change</source>
        <translation>Schweregrad-Trend: ▲ schwerwiegender, ▼ weniger schwerwiegend, – keine Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the alert was last received, local time</source>
        <translation>Wann der Alarm zuletzt empfangen wurde, in Ortszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time since the alert was created</source>
        <translation>Zeit seit der Erstellung des Alarms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of duplicates received</source>
        <translation>Anzahl der empfangenen Duplikate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time until the alert expires</source>
        <translation>Zeit bis zum Ablauf des Alarms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Receive Time</source>
        <translation>Letzter Empfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dupl.</source>
        <translation>Dupl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlate</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create Time</source>
        <translation>Erstellungszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive Time</source>
        <translation>Empfangszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Time</source>
        <translation>Aktualisierungszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout Left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Severity</source>
        <translation>Vorheriger Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Receive Id</source>
        <translation>Letzte Empfangs-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>AlertTableView</name>
    <message>
        <location filename="../ui/alerttableview.cpp" line="+355"/>
        <source>Add Attribute Column</source>
        <translation>Attributspalte hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute key (the &lt;i&gt;key&lt;/i&gt; of attributes.&lt;i&gt;key&lt;/i&gt;):</source>
        <translation>Attributschlüssel (der &lt;i&gt;key&lt;/i&gt; in attributes.&lt;i&gt;key&lt;/i&gt;):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add Attribute Column…</source>
        <translation>Attributspalte hinzufügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove Column “%1”</source>
        <translation>Spalte „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default columns, order, widths and sort</source>
        <translation>Standardspalten mit voreingestellter Reihenfolge, Breite und Sortierung</translation>
    </message>
</context>
<context>
    <name>AlertValueText</name>
    <message>
        <location filename="../models/alertvaluetext.cpp" line="+12"/>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indeterminate</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informational</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cleared</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ack</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blackout</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shelved</source>
        <translation>zurückgestellt</translation>
    </message>
</context>
<context>
    <name>ApiKeyEditor</name>
    <message>
        <location filename="../ui/apikeyeditor.cpp" line="+16"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit API key</source>
        <translation>API-Schlüssel bearbeiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only sessions with the scope admin:keys may make keys for other users.</source>
        <translation>Nur Sitzungen mit dem Scope admin:keys dürfen Schlüssel für andere Benutzer erstellen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What the key is for, e.g. “Nagios forwarder”</source>
        <translation>Wofür der Schlüssel ist, z. B. „Nagios-Weiterleitung“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpires:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose at least one scope.</source>
        <translation>Mindestens einen Scope auswählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expiry time is in the past.</source>
        <translation>Die Ablaufzeit liegt in der Vergangenheit.</translation>
    </message>
</context>
<context>
    <name>ApiKeyRevealDialog</name>
    <message>
        <location filename="../ui/apikeyrevealdialog.cpp" line="+19"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new API key:</source>
        <translation>Der neue API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy it now and keep it somewhere safe: it will not be shown again. Anyone who has it can use the server with the key&apos;s scopes.</source>
        <translation>Jetzt kopieren und sicher aufbewahren: Er wird nicht noch einmal angezeigt. Wer ihn besitzt, kann den Server mit den Scopes des Schlüssels nutzen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <location filename="../ui/apikeyspage.cpp" line="+22"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Revoke the API key %1 of %2? Clients using it will be refused at once.</source>
        <translation>API-Schlüssel %1 von %2 widerrufen? Clients, die ihn verwenden, werden sofort abgewiesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the API key “%1” (%2) of %3? Clients using it will be refused at once.</source>
        <translation>API-Schlüssel „%1“ (%2) von %3 widerrufen? Clients, die ihn verwenden, werden sofort abgewiesen.</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <location filename="../core/client/backendfactory.cpp" line="+104"/>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>BackendStatusWidget</name>
    <message>
        <location filename="../ui/backendstatuswidget.cpp" line="+78"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped · %1</source>
        <translation>Angehalten · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live · %1</source>
        <translation>Live · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polling · %1</source>
        <translation>Abfrage · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconnecting: %1</source>
        <translation>Verbindung wird wiederhergestellt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Data as of %1 (%2)</source>
        <translation>Datenstand: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BlackoutDialog</name>
    <message>
        <location filename="../ui/blackoutdialog.cpp" line="+70"/>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At</source>
        <translation>U&amp;m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New blackout</source>
        <translation>Neues Wartungsfenster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required: alerts of this environment are suppressed</source>
        <translation>Pflichtfeld: Alarme dieser Umgebung werden unterdrückt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any; several separated by commas</source>
        <translation>Beliebig; mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>None; alerts must carry all of them, separated by commas</source>
        <translation>Keine; Alarme müssen alle davon tragen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. “Maintenance CHG-1234”</source>
        <translation>z. B. „Wartung CHG-1234“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create blackout</source>
        <translation>Wartungsfenster erstellen</translation>
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
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Herkunft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;son:</source>
        <translation>Gru&amp;nd:</translation>
    </message>
</context>
<context>
    <name>BlackoutsView</name>
    <message numerus="yes">
        <location filename="../ui/blackoutsview.cpp" line="+51"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not refresh the blackouts: %1</source>
        <translation>Die Wartungsfenster konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New blackout…</source>
        <translation>&amp;Neues Wartungsfenster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppress matching alerts for a while (a maintenance window)</source>
        <translation>Passende Alarme eine Zeit lang unterdrücken, etwa während einer Wartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected blackouts</source>
        <translation>Die ausgewählten Wartungsfenster löschen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Created the blackout of %1.</source>
        <translation>Wartungsfenster für %1 erstellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete blackouts</source>
        <translation>Wartungsfenster löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n blackout(s)?</source>
        <translation>
            <numerusform>%n Wartungsfenster löschen?</numerusform>
            <numerusform>%n Wartungsfenster löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts they suppress are received normally again.</source>
        <translation>Von ihnen unterdrückte Alarme werden wieder normal empfangen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Deleted %n blackout(s).</source>
        <translation>
            <numerusform>%n Wartungsfenster gelöscht.</numerusform>
            <numerusform>%n Wartungsfenster gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <location filename="../ui/commanddialog.cpp" line="+30"/>
        <source>Optional, e.g. “Maintenance CHG-1234”</source>
        <translation>Optional, z. B. „Wartung CHG-1234“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server default</source>
        <translation>Serverstandard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alert is unacknowledged again after this time</source>
        <translation>Nach dieser Zeit ist der Alarm wieder unbestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alert is unshelved again after this time</source>
        <translation>Nach dieser Zeit ist der Alarm nicht mehr zurückgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <location filename="../ui/commandtext.cpp" line="+33"/>
        <source>Tag</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untag</source>
        <translation>Tags entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacknowledge</source>
        <translation>Bestätigung aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelve</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unshelve</source>
        <translation>Zurückstellung aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %Ln alert(s)</source>
        <comment>command title, number of alerts</comment>
        <translation>
            <numerusform>%1: %Ln Alarm</numerusform>
            <numerusform>%1: %Ln Alarme</numerusform>
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
            <numerusform>Tags zu %Ln Alarm hinzugefügt</numerusform>
            <numerusform>Tags zu %Ln Alarmen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Untagged %Ln alert(s)</source>
        <translation>
            <numerusform>Tags von %Ln Alarm entfernt</numerusform>
            <numerusform>Tags von %Ln Alarmen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added a note to %Ln alert(s)</source>
        <translation>
            <numerusform>Notiz zu %Ln Alarm hinzugefügt</numerusform>
            <numerusform>Notiz zu %Ln Alarmen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Alarm gelöscht</numerusform>
            <numerusform>%Ln Alarme gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Acknowledged %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Alarm bestätigt</numerusform>
            <numerusform>%Ln Alarme bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unacknowledged %Ln alert(s)</source>
        <translation>
            <numerusform>Bestätigung von %Ln Alarm aufgehoben</numerusform>
            <numerusform>Bestätigung von %Ln Alarmen aufgehoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Shelved %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Alarm zurückgestellt</numerusform>
            <numerusform>%Ln Alarme zurückgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unshelved %Ln alert(s)</source>
        <translation>
            <numerusform>Zurückstellung von %Ln Alarm aufgehoben</numerusform>
            <numerusform>Zurückstellung von %Ln Alarmen aufgehoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Closed %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Alarm geschlossen</numerusform>
            <numerusform>%Ln Alarme geschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reopened %Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Alarm wieder geöffnet</numerusform>
            <numerusform>%Ln Alarme wieder geöffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Applied “%1” to %Ln alert(s)</source>
        <comment>custom action name</comment>
        <translation>
            <numerusform>„%1“ auf %Ln Alarm angewendet</numerusform>
            <numerusform>„%1“ auf %Ln Alarme angewendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 failed: %3</source>
        <comment>failed count, total count, first error</comment>
        <translation>%1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; %2</source>
        <comment>what succeeded; what failed</comment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This will %1 %Ln alert(s) matching: %2</source>
        <comment>verb, count, filter</comment>
        <translation>
            <numerusform>Damit wird %Ln Alarm %1, der auf diesen Filter passt: %2</numerusform>
            <numerusform>Damit werden %Ln Alarme %1, die auf diesen Filter passen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tag</source>
        <translation>mit Tags versehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untag</source>
        <translation>von Tags befreit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a note to</source>
        <translation>mit einer Notiz versehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acknowledge</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unacknowledge</source>
        <translation>auf unbestätigt zurückgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shelve</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unshelve</source>
        <translation>aus der Zurückstellung geholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reopen</source>
        <translation>wieder geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply “%1” to</source>
        <comment>custom action name</comment>
        <translation>mit der Aktion „%1“ bearbeitet</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="+118"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use this co&amp;nnection</source>
        <translation>Diese Verbi&amp;ndung verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the form and connect the console to this profile</source>
        <translation>Das Formular speichern und die Konsole mit diesem Profil verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a connection to a remote Alerta server</source>
        <translation>Eine Verbindung zu einem entfernten Alerta-Server hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this connection, its stored secrets included</source>
        <translation>Diese Verbindung samt ihrer gespeicherten Zugangsdaten kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console keeps the alerts itself, in a database on this computer. There is no server to configure.</source>
        <translation>Die Konsole speichert die Alarme selbst, in einer Datenbank auf diesem Computer. Es muss kein Server eingerichtet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;est connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect with the settings above, without saving them</source>
        <translation>Mit den obigen Einstellungen verbinden, ohne sie zu speichern</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API root of the Alerta server</source>
        <translation>Die Basis-URL der API des Alerta-Servers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>U&amp;RL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aut&amp;hentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API-Schlüss&amp;el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s certificates</source>
        <translation>die Zertifikate des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file with the certificate of a private CA that signed the server&apos;s</source>
        <translation>Eine PEM-Datei mit dem Zertifikat einer privaten CA, die das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ignore TLS errors (unsafe)</source>
        <translation>TLS-Fehler i&amp;gnorieren (unsicher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone between the console and the server can read and change the traffic, your credentials included. Prefer a CA file.</source>
        <translation>Jeder zwischen Konsole und Server kann den Datenverkehr mitlesen und verändern, einschließlich Ihrer Zugangsdaten. Besser eine CA-Datei verwenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The live stream when the server has one, else polling</source>
        <translation>Der Live-Stream, wenn der Server einen hat, sonst regelmäßige Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live stream only</source>
        <translation>Nur Live-Stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polling only</source>
        <translation>Nur regelmäßige Abfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As in Preferences</source>
        <translation>Wie in den Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often to ask a server without a live stream for changes</source>
        <translation>Wie oft ein Server ohne Live-Stream nach Änderungen gefragt wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Transport:</source>
        <translation>Übe&amp;rtragung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oll interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+227"/>
        <source>The embedded core, on this computer</source>
        <translation>Der eingebettete Kern, auf diesem Computer</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The secrets of “%1” could not be read from the keychain: %2</source>
        <translation>Die Zugangsdaten von „%1“ konnten nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy was saved, but the keychain did not store its secrets: %1</source>
        <translation>Die Kopie wurde gespeichert, aber der Schlüsselbund hat ihre Zugangsdaten nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the connection “%1”?</source>
        <translation>Die Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its API key and password are removed from the keychain too.</source>
        <translation>Ihr API-Schlüssel und Passwort werden auch aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” was deleted, but its secrets could not be removed from the keychain: %2</source>
        <translation>„%1“ wurde gelöscht, aber die Zugangsdaten konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not saved.</source>
        <translation>„%1“ ist nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A remote Alerta server</source>
        <translation>Ein entfernter Alerta-Server</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The built-in connection cannot be deleted</source>
        <translation>Die eingebaute Verbindung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+15"/>
        <location line="+158"/>
        <source>Cannot read the keychain: %1</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+111"/>
        <source>Enter the API key.</source>
        <translation>Den API-Schlüssel eingeben.</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Enter the password.</source>
        <translation>Das Passwort eingeben.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>“%1” was saved, but the keychain did not store its secrets: %2</source>
        <translation>„%1“ wurde gespeichert, aber der Schlüsselbund hat die Zugangsdaten nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+28"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../core/client/connectionprofile.cpp" line="+65"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The profile has no id.</source>
        <translation>Das Profil hat keine ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile id must not contain a slash or a backslash.</source>
        <translation>Die Profil-ID darf keinen Schrägstrich und keinen umgekehrten Schrägstrich enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a name for the profile.</source>
        <translation>Einen Namen für das Profil eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the built-in profile can use the embedded core.</source>
        <translation>Nur das eingebaute Profil kann den eingebetteten Kern verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in profile cannot connect to a remote server.</source>
        <translation>Das eingebaute Profil kann sich nicht mit einem entfernten Server verbinden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the server&apos;s URL, e.g. https://alerta.example.com/api.</source>
        <translation>Die URL des Servers eingeben, z. B. https://alerta.example.com/api.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL is not valid: %1</source>
        <translation>Die Server-URL ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server URL must start with http:// or https://.</source>
        <translation>Die Server-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL has no host name.</source>
        <translation>Die Server-URL enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the password from the server URL; use password login instead.</source>
        <translation>Das Passwort aus der Server-URL entfernen und stattdessen die Anmeldung mit Passwort verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The poll interval cannot be negative.</source>
        <translation>Das Abfrageintervall darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the username to log in with.</source>
        <translation>Den Benutzernamen für die Anmeldung eingeben.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <location filename="../core/client/connectionprofilestore.cpp" line="+167"/>
        <location line="+47"/>
        <location line="+9"/>
        <source>Invalid profile id &quot;%1&quot;.</source>
        <translation>Ungültige Profil-ID „%1“.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Cannot write the settings file %1.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestRun</name>
    <message numerus="yes">
        <location filename="../ui/connectiontestrun.h" line="+35"/>
        <source>The server did not answer within %n s.</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n s geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n s geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connected: live stream</source>
        <translation>Verbunden: Live-Stream</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connected: polling every %n s</source>
        <translation>
            <numerusform>Verbunden: Abfrage alle %n s</numerusform>
            <numerusform>Verbunden: Abfrage alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <location filename="../app/consoleapplication.cpp" line="+71"/>
        <source>Desktop console for Alerta alerts, with an embedded alert engine.</source>
        <translation>Desktop-Konsole für Alerta-Alarme, mit eingebetteter Alarm-Engine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the alert database at &lt;path&gt; (created when missing) instead of %1.</source>
        <translation>Die Alarmdatenbank unter &lt;Pfad&gt; verwenden (wird angelegt, falls sie fehlt) statt %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serve the Alerta API of the embedded core on &lt;address:port&gt; (default 127.0.0.1:8080), so that monitoring tools can send alerts to this console.</source>
        <translation>Die Alerta-API des eingebetteten Kerns unter &lt;Adresse:Port&gt; bereitstellen (Standard 127.0.0.1:8080), damit Überwachungswerkzeuge Alarme an diese Konsole senden können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address:port</source>
        <translation>Adresse:Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not serve the Alerta API (alerts come only from this window).</source>
        <translation>Die Alerta-API nicht bereitstellen (Alarme kommen nur aus diesem Fenster).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to the connection profile &lt;name&gt; (or id) instead of the last one used.</source>
        <translation>Mit dem Verbindungsprofil &lt;Name&gt; (oder ID) verbinden statt mit dem zuletzt verwendeten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Start as a wall display: full screen, large type, worst alerts first (Esc leaves unless it is locked).</source>
        <translation>Als Wandanzeige starten: Vollbild, große Schrift, schwerwiegendste Alarme zuerst (Esc beendet sie, sofern sie nicht gesperrt ist).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the wall display on the monitor &lt;name&gt; (as xrandr names it) instead of the one in Preferences.</source>
        <translation>Die Wandanzeige auf dem Monitor &lt;Name&gt; (wie xrandr ihn nennt) statt auf dem in den Einstellungen gewählten anzeigen.</translation>
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
        <translation>Es gibt keine Verbindung namens %1.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Could not open the alert database %1:

%2</source>
        <translation>Die Alarmdatenbank %1 konnte nicht geöffnet werden:

%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Test alert sent from the console</source>
        <translation>Von der Konsole gesendeter Testalarm</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Could not send the test alert: %1</source>
        <translation>Der Testalarm konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sent a %1 test alert to this computer</source>
        <translation>Testalarm (%1) an diesen Computer gesendet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot serve the Alerta API on %1: expected an address and port such as 127.0.0.1:8080.</source>
        <translation>Die Alerta-API kann nicht unter %1 bereitgestellt werden: Erwartet werden Adresse und Port wie 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot serve the Alerta API on %1: the port is in use or not available. Alerts can still be added from this window.</source>
        <translation>Die Alerta-API kann nicht unter %1 bereitgestellt werden: Der Port ist belegt oder nicht verfügbar. Alarme können weiterhin in diesem Fenster hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid settings: %1</source>
        <translation>Ungültige Einstellungen: %1</translation>
    </message>
</context>
<context>
    <name>ConsolePreferences</name>
    <message>
        <location filename="../ui/preferences.cpp" line="+269"/>
        <source>Enter a date format, e.g. yyyy-MM-dd HH:mm:ss.</source>
        <translation>Ein Datumsformat eingeben, z. B. yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date format “%1” writes nothing.</source>
        <translation>Das Datumsformat „%1“ erzeugt keine Ausgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date format “%1” has no date or time in it: use fields such as yyyy, MM, dd, HH, mm and ss.</source>
        <translation>Das Datumsformat „%1“ enthält weder Datum noch Uhrzeit: Felder wie yyyy, MM, dd, HH, mm und ss verwenden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Short (language settings)</source>
        <translation>Kurz (Spracheinstellungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long (language settings)</source>
        <translation>Lang (Spracheinstellungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative (“5 min ago”)</source>
        <translation>Relativ („vor 5 min“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISO (2024-05-01 11:30:00)</source>
        <translation>ISO (2024-05-01 11:30:00)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comfortable</source>
        <translation>Komfortabel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>None</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Siren</source>
        <translation>Sirene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chime</source>
        <translation>Gong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beep</source>
        <translation>Piepton</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../ui/customereditor.cpp" line="+9"/>
        <source>New customer lookup</source>
        <translation>Neue Kundenzuordnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit customer lookup</source>
        <translation>Kundenzuordnung bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A login, group or email domain</source>
        <translation>Ein Anmeldename, eine Gruppe oder eine E-Mail-Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer it sees; * for all</source>
        <translation>Der Kunde, der damit sichtbar wird; * für alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Match:</source>
        <translation>&amp;Abgleich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the login, group or domain to match.</source>
        <translation>Den Anmeldenamen, die Gruppe oder die Domain für den Abgleich eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the customer.</source>
        <translation>Den Kunden eingeben.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../ui/customerspage.cpp" line="+19"/>
        <source>Match (login or group)</source>
        <translation>Abgleich (Anmeldename oder Gruppe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete the lookup %1 → %2? Users it matched no longer see that customer.</source>
        <translation>Die Zuordnung %1 → %2 löschen? Benutzer, auf die sie passte, sehen diesen Kunden dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../ui/desktopnotifier.cpp" line="+56"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
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
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>This part of the API is not available here.</source>
        <translation>Dieser Teil der API ist hier nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>EnvironmentTabBar</name>
    <message>
        <location filename="../ui/environmenttabbar.cpp" line="+73"/>
        <source>All</source>
        <translation>Alle</translation>
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
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only alerts of these services (comma-separated)</source>
        <translation>Nur Alarme dieser Dienste (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only alerts of these groups (comma-separated)</source>
        <translation>Nur Alarme dieser Gruppen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only alerts of these customers; none chosen shows every customer you may see</source>
        <translation>Nur Alarme dieser Kunden; ohne Auswahl werden alle Kunden angezeigt, die Sie sehen dürfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watched</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>Sign in to watch alerts</source>
        <translation>Zum Beobachten von Alarmen anmelden</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Search (Lucene syntax), e.g. resource:web01 AND severity:critical   ( / )</source>
        <translation>Suche (Lucene-Syntax), z. B. resource:web01 AND severity:critical   ( / )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server-side query in Lucene syntax: field:value, AND, OR, NOT, wildcards, quotes. Plain words search the alert text.</source>
        <translation>Serverseitige Abfrage in Lucene-Syntax: Feld:Wert, AND, OR, NOT, Platzhalter, Anführungszeichen. Einfache Wörter durchsuchen den Alarmtext.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only alerts last received within this time</source>
        <translation>Nur Alarme, die innerhalb dieser Zeit zuletzt empfangen wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show open and acknowledged alerts of any severity, service, group and time</source>
        <translation>Offene und bestätigte Alarme jedes Schweregrads, Dienstes, jeder Gruppe und Zeit anzeigen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Only the alerts you watch (tagged watch:%1), queried on the server</source>
        <translation>Nur die Alarme, die Sie beobachten (Tag watch:%1), auf dem Server abgefragt</translation>
    </message>
</context>
<context>
    <name>FilterSummary</name>
    <message>
        <location filename="../ui/filtersummary.cpp" line="+14"/>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”</source>
        <comment>the search query</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all alerts</source>
        <translation>alle Alarme</translation>
    </message>
</context>
<context>
    <name>HeartbeatsView</name>
    <message>
        <location filename="../ui/heartbeatsview.cpp" line="+56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latenz</translation>
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
        <translation>Max. Latenz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
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
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time since the last heartbeat was received</source>
        <translation>Zeit seit dem Empfang des letzten Heartbeats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not refresh the heartbeats: %1</source>
        <translation>Die Heartbeats konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raise &amp;alerts for stale heartbeats…</source>
        <translation>&amp;Alarme für veraltete Heartbeats auslösen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the selected heartbeats</source>
        <translation>Die ausgewählten Heartbeats löschen</translation>
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
            <numerusform>%n langsam</numerusform>
            <numerusform>%n langsam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n abgelaufen</numerusform>
            <numerusform>%n abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send a HeartbeatFail, HeartbeatSlow or HeartbeatOK alert for every heartbeat, as “alerta heartbeats --alert” does</source>
        <translation>Für jeden Heartbeat einen HeartbeatFail-, HeartbeatSlow- oder HeartbeatOK-Alarm senden, wie es „alerta heartbeats --alert“ tut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete heartbeats</source>
        <translation>Heartbeats löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n heartbeat(s)?</source>
        <translation>
            <numerusform>%n Heartbeat löschen?</numerusform>
            <numerusform>%n Heartbeats löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A process that still sends heartbeats creates its heartbeat again.</source>
        <translation>Ein Prozess, der weiterhin Heartbeats sendet, legt seinen Heartbeat erneut an.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %n heartbeat(s).</source>
        <translation>
            <numerusform>%n Heartbeat gelöscht.</numerusform>
            <numerusform>%n Heartbeats gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Raise alerts for stale heartbeats</source>
        <translation>Alarme für veraltete Heartbeats auslösen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends one alert per heartbeat: HeartbeatFail for expired ones, HeartbeatSlow for slow ones, and HeartbeatOK (which clears them) for the others.</source>
        <translation>Sendet einen Alarm pro Heartbeat: HeartbeatFail für abgelaufene, HeartbeatSlow für langsame und HeartbeatOK (der sie aufhebt) für die übrigen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For heartbeats without a “severity” attribute</source>
        <translation>Für Heartbeats ohne Attribut „severity“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise alerts</source>
        <translation>Alarme auslösen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not list the heartbeats: %1</source>
        <translation>Die Heartbeats konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no heartbeats.</source>
        <translation>Es gibt keine Heartbeats.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Sent %n alert(s).</source>
        <translation>
            <numerusform>%n Alarm gesendet.</numerusform>
            <numerusform>%n Alarme gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
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
        <translation>Serverstandard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours since the alert was last received. 0 uses the server&apos;s default.</source>
        <translation>Stunden seit dem letzten Empfang des Alarms. 0 verwendet den Standardwert des Servers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s default time</source>
        <translation>die Standardzeit des Servers</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Housekeeping</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Housekeeping runs on the server, in this order:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;deletes &lt;b&gt;closed&lt;/b&gt; and &lt;b&gt;expired&lt;/b&gt; alerts not received for longer than the first time below;&lt;/li&gt;&lt;li&gt;deletes &lt;b&gt;informational&lt;/b&gt; alerts, in any status, not received for longer than the second time below;&lt;/li&gt;&lt;li&gt;marks alerts whose timeout has passed as &lt;b&gt;expired&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;ends shelves and acknowledgements whose timeout has passed: those alerts become open again (or acknowledged, if they were before the shelve).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Deleted alerts cannot be restored. The server usually runs this by itself every minute; running it here does it now, with your times.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Bereinigung läuft auf dem Server, in dieser Reihenfolge:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;löscht &lt;b&gt;geschlossene&lt;/b&gt; und &lt;b&gt;abgelaufene&lt;/b&gt; Alarme, die länger als die erste Zeit unten nicht empfangen wurden;&lt;/li&gt;&lt;li&gt;löscht Alarme mit Schweregrad &lt;b&gt;informational&lt;/b&gt;, in jedem Status, die länger als die zweite Zeit unten nicht empfangen wurden;&lt;/li&gt;&lt;li&gt;markiert Alarme, deren Zeitlimit verstrichen ist, als &lt;b&gt;abgelaufen&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;beendet Zurückstellungen und Bestätigungen, deren Zeitlimit verstrichen ist: Diese Alarme sind wieder offen (oder bestätigt, wenn sie es vor der Zurückstellung waren).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Gelöschte Alarme können nicht wiederhergestellt werden. Der Server führt dies normalerweise jede Minute selbst aus; hier wird es sofort mit Ihren Zeiten ausgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete closed and expired alerts older than:</source>
        <translation>Geschlossene und abgelaufene Alarme löschen, älter als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete informational alerts older than:</source>
        <translation>Alarme mit Schweregrad informational löschen, älter als:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Housekeeping needs the admin:management scope, which this session does not have.</source>
        <translation>Die Bereinigung erfordert den Scope admin:management, den diese Sitzung nicht hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result of the last run</source>
        <translation>Ergebnis des letzten Laufs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired:</source>
        <translation>Abgelaufen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unshelved:</source>
        <translation>Zurückstellung aufgehoben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacknowledged:</source>
        <translation>Bestätigung aufgehoben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted:</source>
        <translation>Gelöscht:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Run now…</source>
        <translation>&amp;Jetzt ausführen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Run housekeeping</source>
        <translation>Bereinigung ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run housekeeping on %1 now?

Closed and expired alerts not received for %2 and informational alerts not received for %3 are deleted for good.</source>
        <translation>Bereinigung auf %1 jetzt ausführen?

Geschlossene und abgelaufene Alarme, die länger als %2 nicht empfangen wurden, und Alarme mit Schweregrad informational, die länger als %3 nicht empfangen wurden, werden endgültig gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not reported by this server</source>
        <translation>von diesem Server nicht gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Housekeeping finished at %1.</source>
        <translation>Bereinigung um %1 abgeschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Housekeeping failed: %1</source>
        <translation>Bereinigung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>JsonTableModel</name>
    <message>
        <location filename="../models/jsontablemodel.cpp" line="+112"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../core/client/keychainsecretstore.cpp" line="+110"/>
        <source>Cannot read the secret %1 from the keychain</source>
        <translation>Die Zugangsdaten %1 können nicht aus dem Schlüsselbund gelesen werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot store the secret %1 in the keychain</source>
        <translation>Die Zugangsdaten %1 können nicht im Schlüsselbund gespeichert werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot remove the secret %1 from the keychain</source>
        <translation>Die Zugangsdaten %1 können nicht aus dem Schlüsselbund entfernt werden</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Window</source>
        <translation>&amp;Neues Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another window on this connection, with its own filters (another customer, say)</source>
        <translation>Ein weiteres Fenster mit dieser Verbindung und eigenen Filtern (etwa für einen anderen Kunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Test Alert</source>
        <translation>&amp;Testalarm senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a sample alert, to see how alerts arrive</source>
        <translation>Einen Beispielalarm senden, um zu sehen, wie Alarme ankommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rows as tab-separated text of the shown columns</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text der angezeigten Spalten kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy Alert as &amp;JSON</source>
        <translation>Alarm als &amp;JSON kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the &amp;Alert List</source>
        <translation>Zurück zur Alarm&amp;liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Alert</source>
        <translation>&amp;Alarm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Blackout Like This…</source>
        <translation>&amp;Wartungsfenster für diesen Alarm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new blackout for the current alert&apos;s environment, resource and event</source>
        <translation>Ein neues Wartungsfenster für Umgebung, Ressource und Ereignis des aktuellen Alarms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the whole list again from the server</source>
        <translation>Die ganze Liste erneut vom Server laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Details Pane</source>
        <translation>&amp;Detailbereich anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next Environment</source>
        <translation>&amp;Nächste Umgebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous Environment</source>
        <translation>V&amp;orherige Umgebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ved Views</source>
        <translation>&amp;Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Wall Display</source>
        <translation>&amp;Wandanzeige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alerts in large type, full screen, for a wall screen (Esc leaves)</source>
        <translation>Die Alarme in großer Schrift im Vollbild, für einen Wandbildschirm (Esc beendet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manage Connections…</source>
        <translation>Verbindungen &amp;verwalten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Alerta Console</source>
        <translation>Ü&amp;ber Alerta Console</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left this view</source>
        <translation>hat diese Ansicht verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer matches the filter</source>
        <translation>passt nicht mehr zum Filter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watched alert changed</source>
        <translation>Beobachteter Alarm geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Copied %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile kopiert</numerusform>
            <numerusform>%Ln Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Heartbeats</source>
        <translation>&amp;Heartbeats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which senders still send heartbeats, which are slow or silent</source>
        <translation>Welche Absender noch Heartbeats senden und welche langsam oder verstummt sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Blackouts</source>
        <translation>&amp;Wartungsfenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance windows that suppress alerts: active, pending and expired</source>
        <translation>Wartungsfenster, die Alarme unterdrücken: aktiv, ausstehend und abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>House&amp;keeping…</source>
        <translation>&amp;Bereinigung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expire timed-out alerts and delete old closed and informational ones now</source>
        <translation>Alarme mit verstrichenem Zeitlimit ablaufen lassen und alte geschlossene Alarme sowie solche mit Schweregrad informational jetzt löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API keys, users, customers and permissions of the server</source>
        <translation>API-Schlüssel, Benutzer, Kunden und Berechtigungen des Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;Status</source>
        <translation>Server&amp;status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version, health and live metrics of the server</source>
        <translation>Version, Systemzustand und Live-Metriken des Servers</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>View “%1”</source>
        <translation>Ansicht „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save View As…</source>
        <translation>Ansicht &amp;speichern unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the filters, columns, sort and environment under a name</source>
        <translation>Filter, Spalten, Sortierung und Umgebung unter einem Namen speichern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this view (a saved view of the same name is replaced):</source>
        <translation>Name dieser Ansicht (eine gespeicherte Ansicht gleichen Namens wird ersetzt):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the view “%1”</source>
        <translation>Ansicht „%1“ gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Import Saved Views</source>
        <translation>Gespeicherte Ansichten importieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+23"/>
        <source>Saved views (*.json)</source>
        <translation>Gespeicherte Ansichten (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Imported %n view(s)</source>
        <translation>
            <numerusform>%n Ansicht importiert</numerusform>
            <numerusform>%n Ansichten importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Export Saved Views</source>
        <translation>Gespeicherte Ansichten exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n view(s) to %1</source>
        <translation>
            <numerusform>%n Ansicht nach %1 exportiert</numerusform>
            <numerusform>%n Ansichten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;p&gt;&lt;big&gt;Not connected&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Choose a server with &lt;b&gt;Connection → Manage Connections…&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Nicht verbunden&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Einen Server über &lt;b&gt;Verbindung → Verbindungen verwalten…&lt;/b&gt; auswählen&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;big&gt;Loading alerts…&lt;/big&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Alarme werden geladen…&lt;/big&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;big&gt;Reconnecting…&lt;/big&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Verbindung wird wiederhergestellt…&lt;/big&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;big&gt;Could not load alerts&lt;/big&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Alarme konnten nicht geladen werden&lt;/big&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;big&gt;No alerts in %1&lt;/big&gt;&lt;/p&gt;&lt;p&gt;The other environment tabs may have some.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Keine Alarme in %1&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Die anderen Umgebungsreiter haben vielleicht welche.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;big&gt;No alerts match&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Change the filters, or use &lt;b&gt;File → Send Test Alert&lt;/b&gt; to see one arrive.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;big&gt;Keine passenden Alarme&lt;/big&gt;&lt;/p&gt;&lt;p&gt;Die Filter ändern oder mit &lt;b&gt;Datei → Testalarm senden&lt;/b&gt; einen Alarm eintreffen lassen.&lt;/p&gt;</translation>
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
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsChart</name>
    <message numerus="yes">
        <location filename="../ui/metricschart.cpp" line="+42"/>
        <source>%1: %2 (%n point(s))</source>
        <translation>
            <numerusform>%1: %2 (%n Punkt)</numerusform>
            <numerusform>%1: %2 (%n Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Waiting for data…</source>
        <translation>Warten auf Daten…</translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <location filename="../ui/multiselectbutton.cpp" line="+118"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not filter on this</source>
        <translation>Nicht danach filtern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 ▾</source>
        <comment>filter label: chosen values, menu arrow</comment>
        <translation>%1: %2 ▾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: any</source>
        <translation>%1: beliebig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <location filename="../models/notificationpolicy.cpp" line="+87"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 auf %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to %1: %2 on %3</source>
        <translation>Eskaliert auf %1: %2 auf %3</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n new %1 alert(s) in %2</source>
        <translation>
            <numerusform>%n neuer Alarm (%1) in %2</numerusform>
            <numerusform>%n neue Alarme (%1) in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alert(s) arrived at once; the list has them all.</source>
        <translation>
            <numerusform>%n Alarm ist auf einmal eingetroffen; die Liste enthält ihn.</numerusform>
            <numerusform>%n Alarme sind auf einmal eingetroffen; die Liste enthält sie alle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermissionEditor</name>
    <message>
        <location filename="../ui/permissioneditor.cpp" line="+12"/>
        <source>New permission</source>
        <translation>Neue Berechtigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit permission</source>
        <translation>Berechtigung bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A role or group name, e.g. ops</source>
        <translation>Ein Rollen- oder Gruppenname, z. B. ops</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the role.</source>
        <translation>Die Rolle eingeben.</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <location filename="../ui/permissionspage.cpp" line="+26"/>
        <source>Built into the server and set by its configuration; it cannot be changed here.</source>
        <translation>In den Server eingebaut und durch seine Konfiguration festgelegt; kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Delete the permission of the role %1? Users with that role lose its scopes at their next login.</source>
        <translation>Die Berechtigung der Rolle %1 löschen? Benutzer mit dieser Rolle verlieren deren Scopes bei ihrer nächsten Anmeldung.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+42"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
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
        <translation>Serverstandard</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wall display</source>
        <translation>&amp;Wandanzeige</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show the defaults on every tab</source>
        <translation>Auf allen Reitern die Standardwerte anzeigen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
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
        <translation>Aktualisieren a&amp;lle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For lists without live updates, such as heartbeats and blackouts. A connection that polls for alerts keeps its own interval.</source>
        <translation>Für Listen ohne Live-Aktualisierung, etwa Heartbeats und Wartungsfenster. Eine Verbindung, die Alarme regelmäßig abfragt, behält ihr eigenes Intervall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yyyy year, MM month, dd day, ddd weekday, HH hour (hh with AP for 12 hours), mm minutes, ss seconds, zzz milliseconds, t time zone; text in &apos;quotes&apos;</source>
        <translation>yyyy Jahr, MM Monat, dd Tag, ddd Wochentag, HH Stunde (hh mit AP für 12 Stunden), mm Minuten, ss Sekunden, zzz Millisekunden, t Zeitzone; Text in &apos;Anführungszeichen&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A time five minutes ago, as the alert list will show it</source>
        <translation>Eine Zeit vor fünf Minuten, wie die Alarmliste sie anzeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Custom format:</source>
        <translation>&amp;Eigenes Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
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
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Takes effect when the console starts again.</source>
        <translation>Wirkt beim nächsten Start der Konsole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert list &amp;font size:</source>
        <translation>Sc&amp;hriftgröße der Alarmliste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert list &amp;density:</source>
        <translation>&amp;Dichte der Alarmliste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>Farb&amp;schema:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offered when acknowledging with a note: the alert is unacknowledged again after this time</source>
        <translation>Angeboten beim Bestätigen mit Notiz: Nach dieser Zeit ist der Alarm wieder unbestätigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offered when shelving with a note: the alert is unshelved again after this time</source>
        <translation>Angeboten beim Zurückstellen mit Notiz: Nach dieser Zeit ist der Alarm nicht mehr zurückgestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledge timeout:</source>
        <translation>Zeitlimit für Bes&amp;tätigung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shelve timeout:</source>
        <translation>Zeitlimit für Zu&amp;rückstellung:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Severities</source>
        <translation>Schweregrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the sound until the alert is acknowledged</source>
        <translation>&amp;Ton wiederholen, bis der Alarm bestätigt ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None checked: every severity except informational and the normal ones.</source>
        <translation>Keiner ausgewählt: jeder Schweregrad außer informational und den normalen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only alerts of</source>
        <translation>Nur Alarme von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any (comma-separated)</source>
        <translation>Beliebig (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Environments:</source>
        <translation>&amp;Umgebungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Dienste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomers:</source>
        <translation>&amp;Kunden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names separated by commas; an alert must have one of them. Empty: any.</source>
        <translation>Durch Kommas getrennte Namen; ein Alarm muss einen davon haben. Leer: beliebig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet hours and bursts</source>
        <translation>Ruhezeiten und Häufungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quiet hours, from</source>
        <translation>&amp;Ruhezeiten, von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notifications in this time (local time); it may span midnight</source>
        <translation>Keine Benachrichtigungen in dieser Zeit (Ortszeit); sie darf über Mitternacht reichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> notifications</source>
        <translation> Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Summarise more than:</source>
        <translation>&amp;Zusammenfassen bei mehr als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With&amp;in:</source>
        <translation>&amp;Innerhalb von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A burst becomes one summary per severity and environment.</source>
        <translation>Eine Häufung wird zu einer Zusammenfassung pro Schweregrad und Umgebung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;hidden in the tray</source>
        <translation>Versteckt im Infobereich &amp;starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Closing the window keeps the console running in the tray</source>
        <translation>Beim S&amp;chließen des Fensters läuft die Konsole im Infobereich weiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only where the desktop has a system tray.</source>
        <translation>Nur, wenn die Arbeitsumgebung einen Infobereich hat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How long each page of a list too long for the screen stays</source>
        <translation>Wie lange jede Seite einer für den Bildschirm zu langen Liste angezeigt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Monitor:</source>
        <translation>&amp;Monitor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Font size:</source>
        <translation>Sc&amp;hriftgröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;page after:</source>
        <translation>Nächste &amp;Seite nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No rotation</source>
        <translation>Kein Wechsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved views yet: View → Saved Views → Save View As… keeps one.</source>
        <translation>Noch keine gespeicherten Ansichten: Ansicht → Gespeicherte Ansichten → Ansicht speichern unter… legt eine an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next &amp;view after:</source>
        <translation>Nächste Ansi&amp;cht nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved v&amp;iews:</source>
        <translation>Gespeicherte Ans&amp;ichten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checked views take turns on the wall, in this order.</source>
        <translation>Die markierten Ansichten wechseln sich in dieser Reihenfolge auf der Wandanzeige ab.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The sound of notifications of %1 alerts</source>
        <translation>Der Ton für Benachrichtigungen zu Alarmen mit Schweregrad %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Window&apos;s current screen</source>
        <translation>Aktueller Bildschirm des Fensters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+1"/>
        <source>Server default (%1)</source>
        <translation>Serverstandard (%1)</translation>
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
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>The server accepted the login but sent no token.</source>
        <translation>Der Server hat die Anmeldung akzeptiert, aber kein Token gesendet.</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>The server did not open the live stream in time.</source>
        <translation>Der Server hat den Live-Stream nicht rechtzeitig geöffnet.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../ui/resourcepage.cpp" line="+49"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not refresh the list: %1</source>
        <translation>Die Liste konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reload the list from the server (F5)</source>
        <translation>Die Liste erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>This list needs the scope %1, which this session does not have.</source>
        <translation>Diese Liste erfordert den Scope %1, den diese Sitzung nicht hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read only: changes need the scope %1, which this session does not have.</source>
        <translation>Nur lesend: Änderungen erfordern den Scope %1, den diese Sitzung nicht hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>%n Eintrag gelöscht.</numerusform>
            <numerusform>%n Einträge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs the scope %1</source>
        <translation>Erfordert den Scope %1</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n could not be deleted: %1</source>
        <translation>
            <numerusform>%n konnte nicht gelöscht werden: %1</numerusform>
            <numerusform>%n konnten nicht gelöscht werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../ui/savedviews.cpp" line="+141"/>
        <source>The file is not JSON: %1</source>
        <translation>Die Datei ist kein JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds no saved views of Alerta Console.</source>
        <translation>Die Datei enthält keine gespeicherten Ansichten von Alerta Console.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s views are of version %1; this console reads version %2.</source>
        <translation>Die Ansichten der Datei haben Version %1; diese Konsole liest Version %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A view in the file has no name or no settings.</source>
        <translation>Eine Ansicht in der Datei hat keinen Namen oder keine Einstellungen.</translation>
    </message>
</context>
<context>
    <name>ScreenSaverInhibitor</name>
    <message>
        <location filename="../ui/screensaverinhibitor.cpp" line="+50"/>
        <source>The screen may blank: no screen saver service answered (%1).</source>
        <translation>Der Bildschirm kann sich abschalten: Kein Bildschirmschonerdienst hat geantwortet (%1).</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/secretfield.h" line="+35"/>
        <source>Show or hide the secret</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>ServerToolWindows</name>
    <message>
        <location filename="../ui/servertoolwindows.cpp" line="+84"/>
        <source>Heartbeats — %1</source>
        <translation>Heartbeats — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blackouts — %1</source>
        <translation>Wartungsfenster — %1</translation>
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
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+48"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/theme.cpp" line="+112"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>System</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d ago</source>
        <translation>vor %1 d</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../ui/traycontroller.cpp" line="+30"/>
        <source>&amp;Show Window</source>
        <translation>Fenster an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mute for &amp;15 Minutes</source>
        <translation>&amp;15 Minuten stummschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute for 1 &amp;Hour</source>
        <translation>1 &amp;Stunde stummschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unmute</source>
        <translation>Stummschaltung &amp;aufheben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alerta Console is still running</source>
        <translation>Alerta Console läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts are still counted and notified. Click the tray icon to bring the window back; quit from its menu.</source>
        <translation>Alarme werden weiter gezählt und gemeldet. Zum Zurückholen des Fensters auf das Symbol im Infobereich klicken; beenden über dessen Menü.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Alerta Console: no open alerts</source>
        <translation>Alerta Console: keine offenen Alarme</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Alerta Console: %n open alert(s)
%1</source>
        <translation>
            <numerusform>Alerta Console: %n offener Alarm
%1</numerusform>
            <numerusform>Alerta Console: %n offene Alarme
%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications muted until %1</source>
        <translation>Benachrichtigungen stummgeschaltet bis %1</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <location filename="../ui/usereditor.cpp" line="+11"/>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Defaults to the email address</source>
        <translation>Standardmäßig die E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty to keep the password</source>
        <translation>Leer lassen, um das Passwort beizubehalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comma-separated, e.g. user, ops</source>
        <translation>Durch Kommas getrennt, z. B. user, ops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in roles: admin (every scope), user (read and write), guest (read alerts); a permission row adds scopes to any role.</source>
        <translation>Eingebaute Rollen: admin (alle Scopes), user (Lesen und Schreiben), guest (Alarme lesen); eine Berechtigungszeile fügt einer beliebigen Rolle Scopes hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;firm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the user&apos;s name.</source>
        <translation>Den Namen des Benutzers eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a login or an email address.</source>
        <translation>Einen Anmeldenamen oder eine E-Mail-Adresse eingeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a password for the new user.</source>
        <translation>Ein Passwort für den neuen Benutzer eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/userspage.cpp" line="+17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete the user %1 (%2)? Their API keys stay until revoked.</source>
        <translation>Den Benutzer %1 (%2) löschen? Seine API-Schlüssel bleiben bis zum Widerruf bestehen.</translation>
    </message>
</context>
<context>
    <name>WallBanner</name>
    <message>
        <location filename="../ui/wallbanner.cpp" line="+143"/>
        <source>All alerts</source>
        <translation>Alle Alarme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
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
        <translation>Keine Alarme</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <comment>environment: counts by severity</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>data as of %1 (%2)</source>
        <translation>Datenstand: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STALE: %1</source>
        <translation>VERALTET: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting… %1</source>
        <translation>Verbindung wird hergestellt… %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CONNECTION LOST: %1</source>
        <translation>VERBINDUNG UNTERBROCHEN: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT CONNECTED</source>
        <translation>NICHT VERBUNDEN</translation>
    </message>
</context>
<context>
    <name>WallMode</name>
    <message>
        <location filename="../ui/wallmode.cpp" line="+52"/>
        <source>Alerta Console is showing alerts on a wall display</source>
        <translation>Alerta Console zeigt Alarme auf einer Wandanzeige an</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../ui/wallview.cpp" line="+143"/>
        <location line="+14"/>
        <source>Leave Wall</source>
        <translation>Wandanzeige verlassen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Back to the console (Esc)</source>
        <translation>Zurück zur Konsole (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+253"/>
        <source>Lock…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+254"/>
        <source>Lock the wall with a PIN</source>
        <translation>Die Wandanzeige mit einer PIN sperren</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>◀ Previous View</source>
        <translation>◀ Vorherige Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next View ▶</source>
        <translation>Nächste Ansicht ▶</translation>
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
        <translation>Seiten und Ansichten nicht mehr wechseln</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lock Wall…</source>
        <translation>Wandanzeige sperren…</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the PIN to use the wall</source>
        <translation>Die PIN eingeben, um die Wandanzeige zu bedienen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Lock Wall</source>
        <translation>Wandanzeige sperren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>PIN to unlock the wall:</source>
        <translation>PIN zum Entsperren der Wandanzeige:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same PIN again:</source>
        <translation>Dieselbe PIN noch einmal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs differ; the wall stays unlocked.</source>
        <translation>Die beiden PINs unterscheiden sich; die Wandanzeige bleibt entsperrt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Unlock Wall</source>
        <translation>Wandanzeige entsperren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong PIN; the wall stays locked.</source>
        <translation>Falsche PIN; die Wandanzeige bleibt gesperrt.</translation>
    </message>
</context>
<context>
    <name>WatchedAlertMonitor</name>
    <message>
        <location filename="../models/watchedalertmonitor.cpp" line="+58"/>
        <source>status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severity %1 → %2</source>
        <translation>Schweregrad %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>received again (%n duplicate(s))</source>
        <translation>
            <numerusform>erneut empfangen (%n Duplikat)</numerusform>
            <numerusform>erneut empfangen (%n Duplikate)</numerusform>
        </translation>
    </message>
</context>
</TS>
