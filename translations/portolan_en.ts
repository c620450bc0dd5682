<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CliDevices</name>
    <message numerus="yes">
        <source>%n device(s) labelled from %1.
</source>
        <translation>
            <numerusform>%n device labelled from %1.
</numerusform>
            <numerusform>%n devices labelled from %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message numerus="yes">
        <source>%1 (%n scan(s) still kept in %2)</source>
        <translation>
            <numerusform>%1 (%n scan still kept in %2)</numerusform>
            <numerusform>%1 (%n scans still kept in %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) written to %1.
</source>
        <translation>
            <numerusform>%n scan written to %1.
</numerusform>
            <numerusform>%n scans written to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept here, waiting for the store (%1).
</source>
        <translation>
            <numerusform>%n scan kept here, waiting for the store (%1).
</numerusform>
            <numerusform>%n scans kept here, waiting for the store (%1).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n change(s).
Old: %1
New: %2</source>
        <translation>
            <numerusform>%n change.
Old: %1
New: %2</numerusform>
            <numerusform>%n changes.
Old: %1
New: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new</source>
        <translation>
            <numerusform>, %n new</numerusform>
            <numerusform>, %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n shown)</numerusform>
            <numerusform> (%n shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget %n device(s)? Their labels and notes go with them.</source>
        <translation>
            <numerusform>Forget %n device? Their labels and notes go with them.</numerusform>
            <numerusform>Forget %n devices? Their labels and notes go with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not acknowledged</source>
        <translation>
            <numerusform>, %n not acknowledged</numerusform>
            <numerusform>, %n not acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n event exported to %1.</numerusform>
            <numerusform>%n events exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) match</source>
        <translation>
            <numerusform>%n scan matches</numerusform>
            <numerusform>%n scans match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message numerus="yes">
        <source>and %n more open port(s)</source>
        <translation>
            <numerusform>and %n more open port</numerusform>
            <numerusform>and %n more open ports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingScans</name>
    <message numerus="yes">
        <source>%n scan(s) kept while %1 was away written there now.</source>
        <translation>
            <numerusform>%n scan kept while %1 was away written there now.</numerusform>
            <numerusform>%n scans kept while %1 was away written there now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>Exporting %n row…</numerusform>
            <numerusform>Exporting %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message numerus="yes">
        <source>%1 port(s)</source>
        <translation>
            <numerusform>%1 port</numerusform>
            <numerusform>%1 ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 host(s)</source>
        <translation>
            <numerusform>%1 host</numerusform>
            <numerusform>%1 hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanArchive</name>
    <message numerus="yes">
        <source>Compared: %n change(s).</source>
        <translation>
            <numerusform>Compared: %n change.</numerusform>
            <numerusform>Compared: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scan(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n scan from the history? This cannot be undone.</numerusform>
            <numerusform>Delete %n scans from the history? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanDiff</name>
    <message numerus="yes">
        <source>%n change(s).
</source>
        <translation>
            <numerusform>%n change.
</numerusform>
            <numerusform>%n changes.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanForm</name>
    <message numerus="yes">
        <source>Loaded %n target(s) from %1.</source>
        <translation>
            <numerusform>Loaded %n target from %1.</numerusform>
            <numerusform>Loaded %n targets from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n common UDP port(s)</source>
        <translation><numerusform>%n common UDP port</numerusform><numerusform>%n common UDP ports</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n common TCP port(s)</source>
        <translation><numerusform>%n common TCP port</numerusform><numerusform>%n common TCP ports</numerusform></translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message numerus="yes">
        <source>%Ln host(s) up</source>
        <translation>
            <numerusform>%Ln host up</numerusform>
            <numerusform>%Ln hosts up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detecting services: %Ln port(s) left</source>
        <translation>
            <numerusform>Detecting services: %Ln port left</numerusform>
            <numerusform>Detecting services: %Ln ports left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln live host(s) of %1 in %2</source>
        <translation>
            <numerusform>Found %Ln live host of %1 in %2</numerusform>
            <numerusform>Found %Ln live hosts of %1 in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s)</source>
        <translation><numerusform>Confirming %n closed UDP port</numerusform><numerusform>Confirming %n closed UDP ports</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation><numerusform>about %n s left</numerusform><numerusform>about %n s left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s) (%1)</source>
        <translation><numerusform>Confirming %n closed UDP port (%1)</numerusform><numerusform>Confirming %n closed UDP ports (%1)</numerusform></translation>
    </message>
</context>
<context>
    <name>ServiceInfo</name>
    <message numerus="yes">
        <source>certificate expires in %n day(s)</source>
        <translation>
            <numerusform>certificate expires in %n day</numerusform>
            <numerusform>certificate expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceOpeners</name>
    <message numerus="yes">
        <source>%n opener(s) saved.</source>
        <translation>
            <numerusform>%n opener saved.</numerusform>
            <numerusform>%n openers saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchCenter</name>
    <message numerus="yes">
        <source>Watch %1: %n change(s).</source>
        <translation>
            <numerusform>Watch %1: %n change.</numerusform>
            <numerusform>Watch %1: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n change</numerusform>
            <numerusform>%1: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message numerus="yes">
        <source> run(s)</source>
        <translation>
            <numerusform> run</numerusform>
            <numerusform> runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchRunner</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n change</numerusform>
            <numerusform>%1: %n changes</numerusform>
        </translation>
    </message>
</context>
</TS>