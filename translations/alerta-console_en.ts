<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message numerus="yes">
        <location filename="../ui/aboutdialog.cpp" line="+102"/>
        <source>%n day(s), %1</source>
        <translation>
            <numerusform>%n day, %1</numerusform>
            <numerusform>%n days, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertActions</name>
    <message numerus="yes">
        <location filename="../ui/alertactions.cpp" line="+231"/>
        <source>Delete %Ln alert(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln alert? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln alerts? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Note on %Ln alert(s):</source>
        <translation>
            <numerusform>Note on %Ln alert:</numerusform>
            <numerusform>Note on %Ln alerts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Tags to remove from %Ln alert(s), comma-separated:</source>
        <translation>
            <numerusform>Tags to remove from %Ln alert, comma-separated:</numerusform>
            <numerusform>Tags to remove from %Ln alerts, comma-separated:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Tags to add to %Ln alert(s), comma-separated:</source>
        <translation>
            <numerusform>Tags to add to %Ln alert, comma-separated:</numerusform>
            <numerusform>Tags to add to %Ln alerts, comma-separated:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Stopped watching %Ln alert(s)</source>
        <translation>
            <numerusform>Stopped watching %Ln alert</numerusform>
            <numerusform>Stopped watching %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Watching %Ln alert(s)</source>
        <translation>
            <numerusform>Watching %Ln alert</numerusform>
            <numerusform>Watching %Ln alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertSummaryLabel</name>
    <message numerus="yes">
        <location filename="../ui/alertsummarylabel.cpp" line="+49"/>
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alert</numerusform>
            <numerusform>%Ln alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlackoutsView</name>
    <message numerus="yes">
        <location filename="../ui/blackoutsview.cpp" line="+51"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>Delete %n blackout(s)?</source>
        <translation>
            <numerusform>Delete %n blackout?</numerusform>
            <numerusform>Delete %n blackouts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deleted %n blackout(s).</source>
        <translation>
            <numerusform>Deleted %n blackout.</numerusform>
            <numerusform>Deleted %n blackouts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message numerus="yes">
        <location filename="../ui/commandtext.cpp" line="+62"/>
        <source>%1: %Ln alert(s)</source>
        <comment>command title, number of alerts</comment>
        <translation>
            <numerusform>%1: %Ln alert</numerusform>
            <numerusform>%1: %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Tagged %Ln alert(s)</source>
        <translation>
            <numerusform>Tagged %Ln alert</numerusform>
            <numerusform>Tagged %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Untagged %Ln alert(s)</source>
        <translation>
            <numerusform>Untagged %Ln alert</numerusform>
            <numerusform>Untagged %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added a note to %Ln alert(s)</source>
        <translation>
            <numerusform>Added a note to %Ln alert</numerusform>
            <numerusform>Added a note to %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted %Ln alert(s)</source>
        <translation>
            <numerusform>Deleted %Ln alert</numerusform>
            <numerusform>Deleted %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Acknowledged %Ln alert(s)</source>
        <translation>
            <numerusform>Acknowledged %Ln alert</numerusform>
            <numerusform>Acknowledged %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unacknowledged %Ln alert(s)</source>
        <translation>
            <numerusform>Unacknowledged %Ln alert</numerusform>
            <numerusform>Unacknowledged %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Shelved %Ln alert(s)</source>
        <translation>
            <numerusform>Shelved %Ln alert</numerusform>
            <numerusform>Shelved %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unshelved %Ln alert(s)</source>
        <translation>
            <numerusform>Unshelved %Ln alert</numerusform>
            <numerusform>Unshelved %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Closed %Ln alert(s)</source>
        <translation>
            <numerusform>Closed %Ln alert</numerusform>
            <numerusform>Closed %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reopened %Ln alert(s)</source>
        <translation>
            <numerusform>Reopened %Ln alert</numerusform>
            <numerusform>Reopened %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Applied “%1” to %Ln alert(s)</source>
        <comment>custom action name</comment>
        <translation>
            <numerusform>Applied “%1” to %Ln alert</numerusform>
            <numerusform>Applied “%1” to %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>This will %1 %Ln alert(s) matching: %2</source>
        <comment>verb, count, filter</comment>
        <translation>
            <numerusform>This will %1 %Ln alert matching: %2</numerusform>
            <numerusform>This will %1 %Ln alerts matching: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTestRun</name>
    <message numerus="yes">
        <location filename="../ui/connectiontestrun.h" line="+35"/>
        <source>The server did not answer within %n s.</source>
        <translation>
            <numerusform>The server did not answer within %n s.</numerusform>
            <numerusform>The server did not answer within %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Connected: polling every %n s</source>
        <translation>
            <numerusform>Connected: polling every %n s</numerusform>
            <numerusform>Connected: polling every %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeartbeatsView</name>
    <message numerus="yes">
        <location filename="../ui/heartbeatsview.cpp" line="+170"/>
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
            <numerusform>%n slow</numerusform>
            <numerusform>%n slow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Delete %n heartbeat(s)?</source>
        <translation>
            <numerusform>Delete %n heartbeat?</numerusform>
            <numerusform>Delete %n heartbeats?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Deleted %n heartbeat(s).</source>
        <translation>
            <numerusform>Deleted %n heartbeat.</numerusform>
            <numerusform>Deleted %n heartbeats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Sent %n alert(s).</source>
        <translation>
            <numerusform>Sent %n alert.</numerusform>
            <numerusform>Sent %n alerts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n failed: %1</numerusform>
            <numerusform>%n failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HousekeepingDialog</name>
    <message numerus="yes">
        <location filename="../ui/housekeepingdialog.cpp" line="+43"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+537"/>
        <source>Copied %Ln row(s)</source>
        <translation>
            <numerusform>Copied %Ln row</numerusform>
            <numerusform>Copied %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+184"/>
        <source>Imported %n view(s)</source>
        <translation>
            <numerusform>Imported %n view</numerusform>
            <numerusform>Imported %n views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Exported %n view(s) to %1</source>
        <translation>
            <numerusform>Exported %n view to %1</numerusform>
            <numerusform>Exported %n views to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsChart</name>
    <message numerus="yes">
        <location filename="../ui/metricschart.cpp" line="+42"/>
        <source>%1: %2 (%n point(s))</source>
        <translation>
            <numerusform>%1: %2 (%n point)</numerusform>
            <numerusform>%1: %2 (%n points)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message numerus="yes">
        <location filename="../models/notificationpolicy.cpp" line="+107"/>
        <source>%n new %1 alert(s) in %2</source>
        <translation>
            <numerusform>%n new %1 alert in %2</numerusform>
            <numerusform>%n new %1 alerts in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alert(s) arrived at once; the list has them all.</source>
        <translation>
            <numerusform>%n alert arrived at once; the list has them all.</numerusform>
            <numerusform>%n alerts arrived at once; the list has them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../ui/preferencesdialog.cpp" line="+45"/>
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
</context>
<context>
    <name>ResourcePage</name>
    <message numerus="yes">
        <location filename="../ui/resourcepage.cpp" line="+372"/>
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>Deleted %n item.</numerusform>
            <numerusform>Deleted %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>%n could not be deleted: %1</source>
        <translation>
            <numerusform>%n could not be deleted: %1</numerusform>
            <numerusform>%n could not be deleted: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <location filename="../ui/traycontroller.cpp" line="+129"/>
        <source>Alerta Console: %n open alert(s)
%1</source>
        <translation>
            <numerusform>Alerta Console: %n open alert
%1</numerusform>
            <numerusform>Alerta Console: %n open alerts
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchedAlertMonitor</name>
    <message numerus="yes">
        <location filename="../models/watchedalertmonitor.cpp" line="+64"/>
        <source>received again (%n duplicate(s))</source>
        <translation>
            <numerusform>received again (%n duplicate)</numerusform>
            <numerusform>received again (%n duplicates)</numerusform>
        </translation>
    </message>
</context>
</TS>
