<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>unvollständig geschrieben</translation>
    </message>
</context>
<context>
    <name>CliDevices</name>
    <message numerus="yes">
        <source>%n device(s) labelled from %1.
</source>
        <translation>
            <numerusform>%n Gerät aus %1 beschriftet.
</numerusform>
            <numerusform>%n Geräte aus %1 beschriftet.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The devices the scans kept in the history have seen (%1).
  list                   every device (the default)
  label DEVICE TEXT      give a device a label ("" removes it)
  notes DEVICE TEXT      keep notes on a device
  known DEVICE           mark a device known (no longer new)
  unknown DEVICE         mark it new again
  forget DEVICE          remove a device from the inventory
  import FILE            labels from CSV: device,label[,notes] per line
DEVICE is a MAC address or an address the device had.</source>
        <translation>Die Geräte, die die im Verlauf gespeicherten Scans gesehen haben (%1).
  list                   alle Geräte (Standard)
  label DEVICE TEXT      einem Gerät eine Bezeichnung geben ("" entfernt sie)
  notes DEVICE TEXT      Notizen zu einem Gerät speichern
  known DEVICE           ein Gerät als bekannt markieren (nicht mehr neu)
  unknown DEVICE         es wieder als neu markieren
  forget DEVICE          ein Gerät aus dem Bestand entfernen
  import FILE            Bezeichnungen aus CSV: device,label[,notes] je Zeile
DEVICE ist eine MAC-Adresse oder eine Adresse, die das Gerät hatte.</translation>
    </message>
    <message>
        <source>list, label, notes, known, unknown, forget or import</source>
        <translation>list, label, notes, known, unknown, forget oder import</translation>
    </message>
    <message>
        <source>Output format of list: text, csv or json (default text).</source>
        <translation>Ausgabeformat von list: text, csv oder json (Standard text).</translation>
    </message>
    <message>
        <source>unknown command "%1": expected list, label, notes, known, unknown, forget or import</source>
        <translation>unbekannter Befehl "%1": erwartet list, label, notes, known, unknown, forget oder import</translation>
    </message>
    <message>
        <source>list takes no argument (filter with --search)</source>
        <translation>list nimmt kein Argument (filtern mit --search)</translation>
    </message>
    <message>
        <source>%1 needs a device and a text</source>
        <translation>%1 braucht ein Gerät und einen Text</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation>%1 braucht eine Datei</translation>
    </message>
    <message>
        <source>%1 needs a device (a MAC address or an address)</source>
        <translation>%1 braucht ein Gerät (eine MAC-Adresse oder eine Adresse)</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text, csv or json</source>
        <translation>ungültiges Format "%1": erwartet text, csv oder json</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Label of %1 removed.
</source>
        <translation>Bezeichnung von %1 entfernt.
</translation>
    </message>
    <message>
        <source>%1 labelled "%2".
</source>
        <translation>%1 als „%2“ bezeichnet.
</translation>
    </message>
    <message>
        <source>Notes of %1 saved.
</source>
        <translation>Notizen zu %1 gespeichert.
</translation>
    </message>
    <message>
        <source>%1 forgotten.
</source>
        <translation>%1 vergessen.
</translation>
    </message>
    <message>
        <source>%1 marked known.
</source>
        <translation>%1 als bekannt markiert.
</translation>
    </message>
    <message>
        <source>%1 marked new again.
</source>
        <translation>%1 wieder als neu markiert.
</translation>
    </message>
    <message>
        <source>List only devices whose label, notes, names, addresses, MAC or vendor hold TEXT, or that had port TEXT open (a number of either protocol, or 53/udp).</source>
        <translation>Nur Geräte auflisten, deren Bezeichnung, Notizen, Namen, Adressen, MAC oder Hersteller TEXT enthalten oder bei denen Port TEXT offen war (eine Nummer beider Protokolle oder 53/udp).</translation>
    </message>
</context>
<context>
    <name>CliDiff</name>
    <message>
        <source>What changed between two saved scans: hosts that came up or went away, ports that opened, closed or changed state, banners that changed.
Exit status: 0 when nothing changed, 3 when something did, 2 on bad input.</source>
        <translation>Was sich zwischen zwei gespeicherten Scans geändert hat: Hosts, die erreichbar wurden oder verschwanden, Ports, die sich öffneten, schlossen oder ihren Zustand änderten, geänderte Banner.
Exit-Status: 0, wenn sich nichts geändert hat, 3, wenn sich etwas geändert hat, 2 bei fehlerhafter Eingabe.</translation>
    </message>
    <message>
        <source>The later scan, likewise.</source>
        <translation>Der spätere Scan, ebenso.</translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>Ausgabeformat: text oder json (Standard: text).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>ungültiges Format „%1“: erwartet wird text oder json</translation>
    </message>
    <message>
        <source>give two scans to compare, OLD and NEW (try --help)</source>
        <translation>zwei Scans zum Vergleich angeben, ALT und NEU (siehe --help)</translation>
    </message>
    <message>
        <source>The earlier scan: a Portolan JSON export, an nmap XML file, or the id of a scan in the history (portolan-cli history list).</source>
        <translation>Der frühere Scan: ein Portolan-JSON-Export, eine nmap-XML-Datei oder die Nummer eines Scans im Verlauf (portolan-cli history list).</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>The scans kept in the history (%1).
  list              the scans, newest first
  show ID           one scan's report
  delete ID         forget one scan</source>
        <translation>Die im Verlauf gespeicherten Scans (%1).
  list              die Scans, neueste zuerst
  show ID           der Bericht eines Scans
  delete ID         einen Scan vergessen</translation>
    </message>
    <message>
        <source>list, show or delete</source>
        <translation>list, show oder delete</translation>
    </message>
    <message>
        <source>Output format: text or json for list; text, csv, json or xml for show (default text).</source>
        <translation>Ausgabeformat: text oder json für list; text, csv, json oder xml für show (Standard: text).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected %2</source>
        <translation>ungültiges Format „%1“: erwartet wird %2</translation>
    </message>
    <message>
        <source>list takes no argument</source>
        <translation>list nimmt kein Argument</translation>
    </message>
    <message>
        <source>%1 needs the id of a scan (see portolan-cli history list)</source>
        <translation>%1 braucht die Nummer eines Scans (siehe portolan-cli history list)</translation>
    </message>
    <message>
        <source>give list, show ID or delete ID (try --help)</source>
        <translation>list, show ID oder delete ID angeben (siehe --help)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected list, show or delete</source>
        <translation>unbekannter Befehl „%1“: erwartet wird list, show oder delete</translation>
    </message>
    <message>
        <source>Scan %1 deleted from the history.
</source>
        <translation>Scan %1 aus dem Verlauf gelöscht.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>UP</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>TARGETS (PORTS)</source>
        <translation>ZIELE (PORTS)</translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation>, abgebrochen</translation>
    </message>
    <message>
        <source>No scans in the history.
</source>
        <translation>Keine Scans im Verlauf.
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>SCANNER</translation>
    </message>
    <message>
        <source>List only scans of a host (address or name) or a port (number or service name, of either protocol; U:53 or 53/udp for one).</source>
        <translation>Nur Scans eines Hosts (Adresse oder Name) oder eines Ports auflisten (Nummer oder Dienstname beider Protokolle; U:53 oder 53/udp für eines).</translation>
    </message>
</context>
<context>
    <name>CliRoles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 can be read by other users: chmod 600 it first</source>
        <translation>%1 ist für andere Benutzer lesbar: zuerst chmod 600 darauf anwenden</translation>
    </message>
    <message>
        <source>%1 holds no password (its first line is empty)</source>
        <translation>%1 enthält kein Passwort (die erste Zeile ist leer)</translation>
    </message>
    <message>
        <source>roles are a shared store's: give --store postgresql://OWNER@HOST/DB</source>
        <translation>Rollen gehören zu einem gemeinsamen Speicher: --store postgresql://OWNER@HOST/DB angeben</translation>
    </message>
    <message>
        <source>viewer (reads everything)</source>
        <translation>Betrachter (liest alles)</translation>
    </message>
    <message>
        <source>scanner (writes its own rows)</source>
        <translation>Scanner (schreibt seine eigenen Zeilen)</translation>
    </message>
    <message>
        <source>This store has no roles of its own: whoever logs in as its owner may do everything.
</source>
        <translation>Dieser Speicher hat keine eigenen Rollen: wer sich als sein Eigentümer anmeldet, darf alles.
</translation>
    </message>
    <message>
        <source>The login roles of a shared PostgreSQL store, run with the owner's --store URL.
  add-scanner NAME  a role that writes only scanner NAME's rows
  add-viewer NAME   a role that reads everything and writes nothing
  remove-role NAME  drop a role this store made (its scans stay)
  roles             the roles this store made
Without --password-file a role logs in only by a client certificate whose
name (CN) is NAME (pg_hba.conf: hostssl ... cert).</source>
        <translation>Die Anmelderollen eines gemeinsamen PostgreSQL-Speichers, auszuführen mit der --store-URL des Eigentümers.
  add-scanner NAME  eine Rolle, die nur die Zeilen von Scanner NAME schreibt
  add-viewer NAME   eine Rolle, die alles liest und nichts schreibt
  remove-role NAME  eine von diesem Speicher angelegte Rolle löschen (ihre Scans bleiben)
  roles             die von diesem Speicher angelegten Rollen
Ohne --password-file meldet sich eine Rolle nur mit einem Client-Zertifikat an,
dessen Name (CN) NAME ist (pg_hba.conf: hostssl ... cert).</translation>
    </message>
    <message>
        <source>the command and its NAME</source>
        <translation>der Befehl und sein NAME</translation>
    </message>
    <message>
        <source>The new role's password: the first line of FILE (mode 600).</source>
        <translation>Das Passwort der neuen Rolle: die erste Zeile von FILE (Modus 600).</translation>
    </message>
    <message>
        <source>roles takes no argument</source>
        <translation>roles nimmt kein Argument</translation>
    </message>
    <message>
        <source>%1 needs the role's NAME</source>
        <translation>%1 braucht den NAME der Rolle</translation>
    </message>
    <message>
        <source>NAME: %1</source>
        <translation>NAME: %1</translation>
    </message>
    <message>
        <source>remove-role takes no --password-file</source>
        <translation>remove-role nimmt kein --password-file</translation>
    </message>
    <message>
        <source>Role %1 removed; its scans stay in the store.
</source>
        <translation>Rolle %1 entfernt; ihre Scans bleiben im Speicher.
</translation>
    </message>
    <message>
        <source>Role %1 added: it reads the whole store and writes nothing.
</source>
        <translation>Rolle %1 angelegt: sie liest den ganzen Speicher und schreibt nichts.
</translation>
    </message>
    <message>
        <source>Role %1 added: it writes only scanner %1's scans, watches and events, and records what it sees of shared devices.
</source>
        <translation>Rolle %1 angelegt: sie schreibt nur die Scans, Überwachungen und Ereignisse von Scanner %1 und hält fest, was sie von gemeinsamen Geräten sieht.
</translation>
    </message>
    <message>
        <source>It has no password: it logs in with a client certificate whose name is %1.
</source>
        <translation>Sie hat kein Passwort: sie meldet sich mit einem Client-Zertifikat an, dessen Name %1 ist.
</translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message>
        <source>FROM: %1</source>
        <translation>FROM: %1</translation>
    </message>
    <message>
        <source>TO: %1</source>
        <translation>TO: %1</translation>
    </message>
    <message>
        <source>cannot read %1: there is no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei existiert nicht</translation>
    </message>
    <message>
        <source>FROM and TO are the same store</source>
        <translation>FROM und TO sind derselbe Speicher</translation>
    </message>
    <message>
        <source>Copied %1 to %2:
</source>
        <translation>%1 nach %2 kopiert:
</translation>
    </message>
    <message>
        <source>Every table of the copy holds as many rows as the original's.
</source>
        <translation>Jede Tabelle der Kopie hat so viele Zeilen wie die des Originals.
</translation>
    </message>
    <message>
        <source>copy needs FROM and TO (two stores)</source>
        <translation>copy braucht FROM und TO (zwei Speicher)</translation>
    </message>
    <message>
        <source>No scans are waiting for the store.
</source>
        <translation>Keine Scans warten auf den Speicher.
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scan(s) still kept in %2)</source>
        <translation>
            <numerusform>%1 (%n Scan noch in %2 aufbewahrt)</numerusform>
            <numerusform>%1 (%n Scans noch in %2 aufbewahrt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) written to %1.
</source>
        <translation>
            <numerusform>%n Scan nach %1 geschrieben.
</numerusform>
            <numerusform>%n Scans nach %1 geschrieben.
</numerusform>
        </translation>
    </message>
    <message>
        <source>flush takes no argument (the store is --store's)</source>
        <translation>flush nimmt kein Argument (der Speicher ist der von --store)</translation>
    </message>
    <message>
        <source>Store: %1 (%2, schema %3)
</source>
        <translation>Speicher: %1 (%2, Schema %3)
</translation>
    </message>
    <message>
        <source>This scanner: %1
</source>
        <translation>Dieser Scanner: %1
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>SCANNER</translation>
    </message>
    <message>
        <source>SCANS</source>
        <translation>SCANS</translation>
    </message>
    <message>
        <source>LAST SCAN</source>
        <translation>LETZTER SCAN</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>GERÄTE</translation>
    </message>
    <message>
        <source>WATCHES</source>
        <translation>ÜBERWACHUNGEN</translation>
    </message>
    <message>
        <source>No scanner has written to this store yet.
</source>
        <translation>Noch kein Scanner hat in diesen Speicher geschrieben.
</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept here, waiting for the store (%1).
</source>
        <translation>
            <numerusform>%n Scan hier aufbewahrt, wartet auf den Speicher (%1).
</numerusform>
            <numerusform>%n Scans hier aufbewahrt, warten auf den Speicher (%1).
</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>ungültiges Format „%1“: erwartet text oder json</translation>
    </message>
    <message>
        <source>copy, flush or status</source>
        <translation>copy, flush oder status</translation>
    </message>
    <message>
        <source>Output format of status: text or json (default text).</source>
        <translation>Ausgabeformat von status: text oder json (Standard text).</translation>
    </message>
    <message>
        <source>status takes no argument (the store is --store's)</source>
        <translation>status nimmt kein Argument (der Speicher ist der von --store)</translation>
    </message>
    <message>
        <source>give copy FROM TO, flush or status (try --help)</source>
        <translation>copy FROM TO, flush oder status angeben (siehe --help)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected copy, flush or status</source>
        <translation>unbekannter Befehl „%1“: erwartet copy, flush oder status</translation>
    </message>
    <message>
        <source>Connection: cannot be read (%1)
</source>
        <translation>Verbindung: nicht lesbar (%1)
</translation>
    </message>
    <message>
        <source>Connection: as %1, encrypted (%2)
</source>
        <translation>Verbindung: als %1, verschlüsselt (%2)
</translation>
    </message>
    <message>
        <source>Connection: as %1, not encrypted
</source>
        <translation>Verbindung: als %1, nicht verschlüsselt
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>The server's certificate and name are checked (sslmode=verify-full).
</source>
        <translation>Zertifikat und Name des Servers werden geprüft (sslmode=verify-full).
</translation>
    </message>
    <message>
        <source>The store itself: where the history, the devices and the watches are (%1).
  copy FROM TO      copy a whole store into a new, empty one, and check it
  flush             write the scans kept here while a shared store was away
  status            each scanner's scans, last scan, devices and watches
  add-scanner, add-viewer, remove-role, roles: the store's login roles
                    (portolan-cli store add-scanner --help)
FROM and TO: sqlite:PATH (or a path) or postgresql://USER@HOST[:PORT]/DB.</source>
        <translation>Der Speicher selbst: wo Verlauf, Geräte und Überwachungen liegen (%1).
  copy FROM TO      einen ganzen Speicher in einen neuen, leeren kopieren und prüfen
  flush             die hier aufbewahrten Scans schreiben, während ein gemeinsamer Speicher fort war
  status            Scans, letzter Scan, Geräte und Überwachungen jedes Scanners
  add-scanner, add-viewer, remove-role, roles: die Anmelderollen des Speichers
                    (portolan-cli store add-scanner --help)
FROM und TO: sqlite:PFAD (oder ein Pfad) oder postgresql://BENUTZER@HOST[:PORT]/DB.</translation>
    </message>
</context>
<context>
    <name>CliWatch</name>
    <message>
        <source>Output of list, run and events: text or json (default text).</source>
        <translation>Ausgabe von list, run und events: text oder json (Standard text).</translation>
    </message>
    <message>
        <source>run: every watch whose time has come.</source>
        <translation>run: jede fällige Überwachung.</translation>
    </message>
    <message>
        <source>events: only those since WHEN (2026-12-01, 2026-12-01T08:00, or 2h, 1d ago).</source>
        <translation>events: nur die seit WHEN (2026-12-01, 2026-12-01T08:00 oder vor 2h, 1d).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>ungültiges Format "%1": erwartet text oder json</translation>
    </message>
    <message>
        <source>give add, list, remove, pause, resume, run or events (try --help)</source>
        <translation>add, list, remove, pause, resume, run oder events angeben (siehe --help)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected add, list, remove, pause, resume, run or events</source>
        <translation>unbekannter Befehl "%1": erwartet add, list, remove, pause, resume, run oder events</translation>
    </message>
    <message>
        <source>%1 needs the name of a watch (see portolan-cli watch list)</source>
        <translation>%1 braucht den Namen einer Überwachung (siehe portolan-cli watch list)</translation>
    </message>
    <message>
        <source>%1 takes no more arguments</source>
        <translation>%1 nimmt keine weiteren Argumente</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>invalid value "%1" for %2: expected %3 to %4</source>
        <translation>ungültiger Wert „%1“ für %2: erwartet %3 bis %4</translation>
    </message>
    <message>
        <source>add needs a name first: watch add NAME --every DURATION TARGET...</source>
        <translation>add braucht zuerst einen Namen: watch add NAME --every DAUER ZIEL...</translation>
    </message>
    <message>
        <source>add needs --every DURATION (15m, 2h, 1d; at least 1m)</source>
        <translation>add braucht --every DAUER (15m, 2h, 1d; mindestens 1m)</translation>
    </message>
    <message>
        <source>invalid interval "%1": expected 15m, 2h, 1d and the like, at least 1m</source>
        <translation>ungültiges Intervall „%1“: erwartet 15m, 2h, 1d und ähnlich, mindestens 1m</translation>
    </message>
    <message>
        <source>--on-change: %1</source>
        <translation>--on-change: %1</translation>
    </message>
    <message>
        <source>unknown event kind "%1" for --alert-on: expected %2</source>
        <translation>unbekannte Ereignisart „%1“ für --alert-on: erwartet %2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>SCANNER</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>ALLE</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>LETZTER LAUF</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>NÄCHSTER LAUF</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>ÄNDER.</translation>
    </message>
    <message>
        <source>TARGETS (PORTS)</source>
        <translation>ZIELE (PORTS)</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>, pausiert</translation>
    </message>
    <message>
        <source>, running</source>
        <translation>, läuft</translation>
    </message>
    <message>
        <source>, last run: %1</source>
        <translation>, letzter Lauf: %1</translation>
    </message>
    <message>
        <source>No watches (add one: portolan-cli watch add NAME --every 1h TARGET...).
</source>
        <translation>Keine Überwachungen (eine anlegen: portolan-cli watch add NAME --every 1h ZIEL...).
</translation>
    </message>
    <message>
        <source>invalid --since "%1": expected a date (2026-12-01), a time (2026-12-01T08:00) or a duration ago (2h, 1d)</source>
        <translation>ungültiges --since „%1“: erwartet ein Datum (2026-12-01), eine Zeit (2026-12-01T08:00) oder eine Dauer zurück (2h, 1d)</translation>
    </message>
    <message>
        <source>%1 is running in another Portolan now</source>
        <translation>%1 läuft gerade in einem anderen Portolan</translation>
    </message>
    <message>
        <source>%1: first run, the baseline: nothing to compare with yet.
</source>
        <translation>%1: erster Lauf, die Grundlage: noch nichts zum Vergleichen.
</translation>
    </message>
    <message>
        <source>%1: nothing changed.
</source>
        <translation>%1: nichts hat sich geändert.
</translation>
    </message>
    <message>
        <source>Watch %1 added: every %2; its first run (the baseline) is due now.
</source>
        <translation>Überwachung %1 angelegt: alle %2; ihr erster Lauf (die Grundlage) ist jetzt fällig.
</translation>
    </message>
    <message>
        <source>Watch %1 removed.
</source>
        <translation>Überwachung %1 entfernt.
</translation>
    </message>
    <message>
        <source>Watch %1 paused.
</source>
        <translation>Überwachung %1 pausiert.
</translation>
    </message>
    <message>
        <source>Watch %1 resumed.
</source>
        <translation>Überwachung %1 fortgesetzt.
</translation>
    </message>
    <message>
        <source>Scans that run again every interval and say what changed.
  add NAME --every DURATION [scan options] [--on-change COMMAND] [--no-notify]
      [--gone-after N] [--cert-days N] [--alert-on KINDS] TARGET...
                      a new watch (DURATION: 15m, 2h, 1d; at least 1m)
  list                the watches
  remove NAME         forget a watch and its events
  pause NAME, resume NAME
  run NAME            run it now: exit 0 when nothing changed, 3 when something did
  run --due           run every watch whose time has come (the systemd timer does)
  events [NAME]       what the runs found changed
Event kinds: %1.</source>
        <translation>Scans, die in jedem Intervall erneut laufen und sagen, was sich geändert hat.
  add NAME --every DURATION [Scan-Optionen] [--on-change COMMAND] [--no-notify]
      [--gone-after N] [--cert-days N] [--alert-on KINDS] TARGET...
                      eine neue Überwachung (DURATION: 15m, 2h, 1d; mindestens 1m)
  list                die Überwachungen
  remove NAME         eine Überwachung und ihre Ereignisse vergessen
  pause NAME, resume NAME
  run NAME            jetzt ausführen: Exit 0 wenn nichts geändert, 3 wenn doch
  run --due           jede fällige Überwachung ausführen (so macht es der systemd-Timer)
  events [NAME]       was die Läufe an Änderungen fanden
Ereignisarten: %1.</translation>
    </message>
    <message>
        <source>add, list, remove, pause, resume, run or events</source>
        <translation>add, list, remove, pause, resume, run oder events</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Scans</source>
        <translation>Scans vergleichen</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Hosts that appeared</source>
        <translation>Neu erschienene Hosts</translation>
    </message>
    <message>
        <source>Hosts that went away</source>
        <translation>Verschwundene Hosts</translation>
    </message>
    <message>
        <source>Ports that opened</source>
        <translation>Geöffnete Ports</translation>
    </message>
    <message>
        <source>Ports that closed</source>
        <translation>Geschlossene Ports</translation>
    </message>
    <message>
        <source>States that changed</source>
        <translation>Geänderte Zustände</translation>
    </message>
    <message>
        <source>Banners that changed</source>
        <translation>Geänderte Banner</translation>
    </message>
    <message>
        <source>Filter by host, port or text</source>
        <translation>Nach Host, Port oder Text filtern</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>nicht gescannt</translation>
    </message>
    <message>
        <source>No changes.
Old: %1
New: %2</source>
        <translation>Keine Änderungen.
Alt: %1
Neu: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).
Old: %1
New: %2</source>
        <translation>
            <numerusform>%n Änderung.
Alt: %1
Neu: %2</numerusform>
            <numerusform>%n Änderungen.
Alt: %1
Neu: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Any earlier file at that path is unchanged.</source>
        <translation>%1

Eine frühere Datei unter diesem Pfad bleibt unverändert.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>no session bus</source>
        <translation>kein Sitzungsbus</translation>
    </message>
    <message>
        <source>Show Events</source>
        <translation>Ereignisse zeigen</translation>
    </message>
</context>
<context>
    <name>DeviceFormat</name>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>down since %1</source>
        <translation>down seit %1</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <source>NAMES / OPEN PORTS</source>
        <translation>NAMEN / OFFENE PORTS</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (neu)</translation>
    </message>
    <message>
        <source>No devices in the inventory: scans kept in the history add them.
</source>
        <translation>Keine Geräte im Bestand: im Verlauf gespeicherte Scans fügen sie hinzu.
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>SCANNER</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Up</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Down since %1</source>
        <translation>Nicht erreichbar seit %1</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>Known device</source>
        <translation>Bekanntes Gerät</translation>
    </message>
    <message>
        <source>New: not yet marked known</source>
        <translation>Neu: noch nicht als bekannt markiert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Open ports</source>
        <translation>Offene Ports</translation>
    </message>
    <message>
        <source>The scanner that saw it last</source>
        <translation>Der Scanner, der es zuletzt gesehen hat</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
</context>
<context>
    <name>DeviceStore</name>
    <message>
        <source>there is no device %1 in the inventory</source>
        <translation>im Bestand gibt es kein Gerät %1</translation>
    </message>
    <message>
        <source>"%1" is neither a MAC address nor an IP address</source>
        <translation>"%1" ist weder eine MAC-Adresse noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>no device in the inventory has %1 (see portolan-cli devices)</source>
        <translation>kein Gerät im Bestand hat %1 (siehe portolan-cli devices)</translation>
    </message>
    <message>
        <source>line %1: a quote that does not close, or one inside a cell</source>
        <translation>Zeile %1: ein Anführungszeichen, das nicht schließt, oder eines mitten in einer Zelle</translation>
    </message>
    <message>
        <source>no labels in the file (one "device,label[,notes]" per line)</source>
        <translation>keine Bezeichnungen in der Datei (eine Zeile "device,label[,notes]" je Gerät)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: expected device,label[,notes], found %2 cells</source>
        <translation>%1: erwartet device,label[,notes], %2 Zellen gefunden</translation>
    </message>
    <message>
        <source>%1 is a device of each of the scanners %2: name one with --scanner</source>
        <translation>%1 ist ein Gerät jedes der Scanner %2: einen mit --scanner angeben</translation>
    </message>
    <message>
        <source>permission denied: the store does not let this scanner change device %1 (a device known by its MAC address is forgotten only by the store's owner; one known by its address, only by its own scanner)</source>
        <translation>Zugriff verweigert: der Speicher lässt diesen Scanner Gerät %1 nicht ändern (ein an seiner MAC-Adresse erkanntes Gerät vergisst nur der Eigentümer des Speichers, ein an seiner Adresse erkanntes nur sein eigener Scanner)</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Search by label, name, address, MAC, vendor or port</source>
        <translation>Nach Bezeichnung, Name, Adresse, MAC, Hersteller oder Port suchen</translation>
    </message>
    <message>
        <source>Search the devices</source>
        <translation>Geräte durchsuchen</translation>
    </message>
    <message>
        <source>&amp;New only</source>
        <translation>Nur &amp;neue</translation>
    </message>
    <message>
        <source>Only devices not yet marked known</source>
        <translation>Nur Geräte, die noch nicht als bekannt markiert sind</translation>
    </message>
    <message>
        <source>Do&amp;wn only</source>
        <translation>Nur &amp;nicht erreichbare</translation>
    </message>
    <message>
        <source>Only devices that the last scan of them found down</source>
        <translation>Nur Geräte, die der letzte Scan nicht erreicht hat</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>&amp;Bezeichnung…</translation>
    </message>
    <message>
        <source>Mark as &amp;Known</source>
        <translation>Als &amp;bekannt markieren</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Give the device a label (F2, or double-click the Label column to edit it there)</source>
        <translation>Dem Gerät eine Bezeichnung geben (F2, oder Doppelklick in die Spalte Bezeichnung, um sie dort zu bearbeiten)</translation>
    </message>
    <message>
        <source>The selected devices are no longer new (Ctrl+K)</source>
        <translation>Die ausgewählten Geräte sind nicht mehr neu (Strg+K)</translation>
    </message>
    <message>
        <source>Mark as &amp;New</source>
        <translation>Als &amp;neu markieren</translation>
    </message>
    <message>
        <source>Remove the selected devices from the inventory; a scan that sees one again finds it new (Del)</source>
        <translation>Die ausgewählten Geräte aus dem Bestand entfernen; ein Scan, der eines wieder sieht, findet es neu (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new</source>
        <translation>
            <numerusform>, %n neu</numerusform>
            <numerusform>, %n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n angezeigt)</numerusform>
            <numerusform> (%n angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices yet: every scan kept in the history adds those it finds up.</source>
        <translation>Noch keine Geräte: jeder im Verlauf gespeicherte Scan fügt die erreichbaren hinzu.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Label for %1 (empty removes it):</source>
        <translation>Bezeichnung für %1 (leer entfernt sie):</translation>
    </message>
    <message>
        <source>Forget Devices</source>
        <translation>Geräte vergessen</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n device(s)? Their labels and notes go with them.</source>
        <translation>
            <numerusform>%n Gerät vergessen? Seine Bezeichnung und Notizen gehen mit.</numerusform>
            <numerusform>%n Geräte vergessen? Ihre Bezeichnungen und Notizen gehen mit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Down since %1</source>
        <translation>Nicht erreichbar seit %1</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Mark the selected events (or all shown) as seen</source>
        <translation>Die ausgewählten Ereignisse (oder alle angezeigten) als gesehen markieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Every watch</source>
        <translation>Jede Überwachung</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not acknowledged</source>
        <translation>
            <numerusform>, %n nicht bestätigt</numerusform>
            <numerusform>, %n nicht bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (angehalten)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Hosts up</source>
        <translation>Aktive Hosts</translation>
    </message>
    <message>
        <source>Open ports</source>
        <translation>Offene Ports</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the scan in the table, read-only (Enter)</source>
        <translation>Den Scan schreibgeschützt in der Tabelle zeigen (Eingabe)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Show what changed between the two selected scans</source>
        <translation>Zeigen, was sich zwischen den beiden gewählten Scans geändert hat</translation>
    </message>
    <message>
        <source>Re&amp;scan</source>
        <translation>Erneut &amp;scannen</translation>
    </message>
    <message>
        <source>Run the scan again with the same parameters and compare</source>
        <translation>Den Scan mit denselben Parametern erneut ausführen und vergleichen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected scans from the history (Del)</source>
        <translation>Die gewählten Scans aus dem Verlauf löschen (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n Scan</numerusform>
            <numerusform>%n Scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) match</source>
        <translation>
            <numerusform>%n Scan passt</numerusform>
            <numerusform>%n Scans passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by host, port, service or scanner</source>
        <translation>Nach Host, Port, Dienst oder Scanner suchen</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is not a database Portolan can read</source>
        <translation>es ist keine Datenbank, die Portolan lesen kann</translation>
    </message>
    <message>
        <source>a newer Portolan made it</source>
        <translation>ein neueres Portolan hat sie angelegt</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2) and cannot be moved aside</source>
        <translation>%1 ist nicht verwendbar (%2) und kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>The history file %1 could not be used (%2); it was kept as %3 and a new history started.</source>
        <translation>Die Verlaufsdatei %1 war nicht verwendbar (%2); sie wurde als %3 aufbewahrt und ein neuer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>cannot start a new history at %1</source>
        <translation>bei %1 kann kein neuer Verlauf begonnen werden</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>der Verlauf ist nicht geöffnet</translation>
    </message>
    <message>
        <source>there is no scan %1 in the history</source>
        <translation>im Verlauf gibt es keinen Scan %1</translation>
    </message>
    <message>
        <source>the history database is busy (another Portolan is writing to it); try again</source>
        <translation>die Verlaufsdatenbank ist belegt (ein anderes Portolan schreibt gerade); bitte erneut versuchen</translation>
    </message>
    <message>
        <source>the disk is full: the scan is not in the history</source>
        <translation>der Datenträger ist voll: der Scan ist nicht im Verlauf</translation>
    </message>
    <message>
        <source>writing failed (%1): the scan is not in the history</source>
        <translation>Schreiben fehlgeschlagen (%1): der Scan ist nicht im Verlauf</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL; Debian: libqt6sql6-psql) is not installed</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL; Debian: libqt6sql6-psql) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer Portolan (schema %2; this one knows %3): it is left as it is</source>
        <translation>%1 stammt von einem neueren Portolan (Schema %2; dieses kennt %3): es bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Gefiltert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Hersteller: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message numerus="yes">
        <source>and %n more open port(s)</source>
        <translation>
            <numerusform>und %n weiterer offener Port</numerusform>
            <numerusform>und %n weitere offene Ports</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Accepts a connection on every port: a firewall or tarpit answers for it, so its open ports say little; service detection looked at a few of them only.</source>
        <translation>Nimmt auf jedem Port Verbindungen an: Eine Firewall oder ein Tarpit antwortet für ihn, seine offenen Ports sagen also wenig; die Diensterkennung hat sich nur einige davon angesehen.</translation>
    </message>
    <message>
        <source>%1 (every port answers)</source>
        <translation>%1 (jeder Port antwortet)</translation>
    </message>
    <message>
        <source>Open|filtered</source>
        <translation>Offen|gefiltert</translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message>
        <source>the rules file is not a JSON object: %1</source>
        <translation>die Regeldatei ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>the rules file holds no rules</source>
        <translation>die Regeldatei enthält keine Regeln</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(ohne ID)</translation>
    </message>
    <message>
        <source>rule %1: id, source and why are required</source>
        <translation>Regel %1: id, source und why sind erforderlich</translation>
    </message>
    <message>
        <source>rule %1: bad pattern: %2</source>
        <translation>Regel %1: ungültiges Muster: %2</translation>
    </message>
    <message>
        <source>rule %1: weight must be 1 to 100</source>
        <translation>Regel %1: das Gewicht muss zwischen 1 und 100 liegen</translation>
    </message>
    <message>
        <source>rule %1: "%2" is not a device type</source>
        <translation>Regel %1: „%2“ ist kein Gerätetyp</translation>
    </message>
    <message>
        <source>rule %1: it concludes nothing (type, maker, model or os)</source>
        <translation>Regel %1: sie folgert nichts (type, maker, model oder os)</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>not a Portolan JSON export (no scanner and results)</source>
        <translation>kein Portolan-JSON-Export (kein scanner und results)</translation>
    </message>
    <message>
        <source>%1 entries without a valid address, port, protocol or state skipped</source>
        <translation>%1 Einträge ohne gültige Adresse, Port, Protokoll oder Zustand übersprungen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Targets:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Host names, addresses, 10.0.0.0/24, 10.0.0.1-50, ::1 ...</source>
        <translation>Hostnamen, Adressen, 10.0.0.0/24, 10.0.0.1-50, ::1 …</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>&amp;Load from File...</source>
        <translation>Aus &amp;Datei laden …</translation>
    </message>
    <message>
        <source>Load targets from file</source>
        <translation>Ziele aus Datei laden</translation>
    </message>
    <message>
        <source>Targets error</source>
        <translation>Fehler bei den Zielen</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>Show scan options</source>
        <translation>Scan-Optionen anzeigen</translation>
    </message>
    <message>
        <source>Ports error</source>
        <translation>Fehler bei den Ports</translation>
    </message>
    <message>
        <source>Scan options</source>
        <translation>Scan-Optionen</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds</source>
        <translation>Zeitlimit pro Versuch in Millisekunden</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Retries for ports that do not answer</source>
        <translation>Wiederholungen für Ports, die nicht antworten</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Connections in flight, 0 for automatic</source>
        <translation>Gleichzeitige Verbindungen, 0 für automatisch</translation>
    </message>
    <message>
        <source>Grab &amp;banners</source>
        <translation>&amp;Banner lesen</translation>
    </message>
    <message>
        <source>Every &amp;address of a name</source>
        <translation>Jede &amp;Adresse eines Namens</translation>
    </message>
    <message>
        <source>List c&amp;losed ports</source>
        <translation>Geschlossene Ports &amp;auflisten</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>Scan starten</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume scan</source>
        <translation>Scan anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation>Scan stoppen</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Scanned hosts</source>
        <translation>Gescannte Hosts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Show open ports</source>
        <translation>Offene Ports anzeigen</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Gefiltert</translation>
    </message>
    <message>
        <source>Show filtered ports</source>
        <translation>Gefilterte Ports anzeigen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Show closed ports</source>
        <translation>Geschlossene Ports anzeigen</translation>
    </message>
    <message>
        <source>Search results (Ctrl+F)</source>
        <translation>Ergebnisse durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Ergebnisse durchsuchen</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation>Scan-Ergebnisse</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Load Targets from File...</source>
        <translation>Ziele aus Datei &amp;laden …</translation>
    </message>
    <message>
        <source>&amp;Export Results...</source>
        <translation>Ergebnisse &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;Shown Rows...</source>
        <translation>&amp;Angezeigte Zeilen exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Address:Port</source>
        <translation>&amp;Adresse:Port kopieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Edit &amp;Targets</source>
        <translation>&amp;Ziele bearbeiten</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>&amp;Über Portolan</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Common ports</source>
        <translation>Häufige Ports</translation>
    </message>
    <message>
        <source>Well-known (1-1024)</source>
        <translation>Well-known (1–1024)</translation>
    </message>
    <message>
        <source>All (1-65535)</source>
        <translation>Alle (1–65535)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation>Über Portolan</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Fix the marked field to start the scan.</source>
        <translation>Korrigieren Sie das markierte Feld, um den Scan zu starten.</translation>
    </message>
    <message>
        <source>Large scan</source>
        <translation>Großer Scan</translation>
    </message>
    <message>
        <source>This scan sends %1 probes (%2 addresses x %3 ports). Start it?</source>
        <translation>Dieser Scan sendet %1 Proben (%2 Adressen × %3 Ports). Starten?</translation>
    </message>
    <message>
        <source>Scan not started.</source>
        <translation>Scan nicht gestartet.</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>Scanne %1 …</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <source>Paused. Resume with Ctrl+P.</source>
        <translation>Angehalten. Mit Strg+P fortsetzen.</translation>
    </message>
    <message>
        <source>Load Targets</source>
        <translation>Ziele laden</translation>
    </message>
    <message>
        <source>Target lists (*.txt *.lst *.list);;All files (*)</source>
        <translation>Ziellisten (*.txt *.lst *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export all results to CSV or JSON</source>
        <translation>Alle Ergebnisse als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Start the scan</source>
        <translation>Scan starten</translation>
    </message>
    <message>
        <source>Pause or resume the scan</source>
        <translation>Scan anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop the scan, keeping what it found</source>
        <translation>Scan stoppen, Gefundenes bleibt erhalten</translation>
    </message>
    <message>
        <source>Tim&amp;ing:</source>
        <translation>Tim&amp;ing:</translation>
    </message>
    <message>
        <source>Timing preset</source>
        <translation>Timing-Vorgabe</translation>
    </message>
    <message>
        <source>Sets the timeout, retries and concurrency beside it, like nmap's -T0 to -T5</source>
        <translation>Setzt Zeitlimit, Wiederholungen und Parallelität daneben, wie nmaps -T0 bis -T5</translation>
    </message>
    <message>
        <source>Paranoid (T0)</source>
        <translation>Paranoid (T0)</translation>
    </message>
    <message>
        <source>Sneaky (T1)</source>
        <translation>Heimlich (T1)</translation>
    </message>
    <message>
        <source>Polite (T2)</source>
        <translation>Höflich (T2)</translation>
    </message>
    <message>
        <source>Normal (T3)</source>
        <translation>Normal (T3)</translation>
    </message>
    <message>
        <source>Aggressive (T4)</source>
        <translation>Aggressiv (T4)</translation>
    </message>
    <message>
        <source>Insane (T5)</source>
        <translation>Extrem (T5)</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hosts:</translation>
    </message>
    <message>
        <source>Host discovery</source>
        <translation>Host-Erkennung</translation>
    </message>
    <message>
        <source>Blocks, ranges and target files: scan only the hosts that answer a ping or a connect, or every address (-Pn). Hosts typed one by one are always scanned.</source>
        <translation>Blöcke, Bereiche und Zieldateien: nur Hosts scannen, die auf Ping oder Verbindung antworten, oder jede Adresse (-Pn). Einzeln eingegebene Hosts werden immer gescannt.</translation>
    </message>
    <message>
        <source>Scan live hosts</source>
        <translation>Aktive Hosts scannen</translation>
    </message>
    <message>
        <source>Scan every address</source>
        <translation>Jede Adresse scannen</translation>
    </message>
    <message>
        <source>Find &amp;Live Hosts</source>
        <translation>Aktive &amp;Hosts finden</translation>
    </message>
    <message>
        <source>Find which hosts of the targets are up, without scanning their ports</source>
        <translation>Feststellen, welche Ziel-Hosts aktiv sind, ohne ihre Ports zu scannen</translation>
    </message>
    <message>
        <source>Show &amp;Down Hosts</source>
        <translation>&amp;Inaktive Hosts zeigen</translation>
    </message>
    <message>
        <source>List the hosts that did not answer in the hosts pane</source>
        <translation>Hosts, die nicht geantwortet haben, in der Host-Liste zeigen</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Sa&amp;ve every scan</source>
        <translation>Jeden Scan &amp;behalten</translation>
    </message>
    <message>
        <source>Keep each finished or stopped scan in the history, to open and compare later</source>
        <translation>Jeden beendeten oder angehaltenen Scan im Verlauf behalten, um ihn später zu öffnen und zu vergleichen</translation>
    </message>
    <message>
        <source>Ke&amp;ep:</source>
        <translation>Beh&amp;alten:</translation>
    </message>
    <message>
        <source> scans</source>
        <translation> Scans</translation>
    </message>
    <message>
        <source>How many scans the history keeps; older ones are deleted</source>
        <translation>Wie viele Scans der Verlauf behält; ältere werden gelöscht</translation>
    </message>
    <message>
        <source>%1 - Portolan (read-only)</source>
        <translation>%1 - Portolan (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Detect services and versio&amp;ns</source>
        <translation>Dienste und Versio&amp;nen erkennen</translation>
    </message>
    <message>
        <source>Ask each open port what it runs (greetings, HTTP, TLS certificates, Redis, databases, ...), like nmap -sV; otherwise the service is guessed from the port number</source>
        <translation>Jeden offenen Port fragen, was dort läuft (Begrüßungen, HTTP, TLS-Zertifikate, Redis, Datenbanken, …), wie nmap -sV; sonst wird der Dienst aus der Portnummer geraten</translation>
    </message>
    <message>
        <source> ms per port</source>
        <translation> ms pro Port</translation>
    </message>
    <message>
        <source>The most time service detection spends on one port</source>
        <translation>Die längste Zeit, die die Diensterkennung für einen Port aufwendet</translation>
    </message>
    <message>
        <source> per host</source>
        <translation> pro Host</translation>
    </message>
    <message>
        <source>Service detection's connections to one host at once</source>
        <translation>Gleichzeitige Verbindungen der Diensterkennung zu einem Host</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Scan TCP ports, UDP ports or both (Alt+U). Ports typed with T: or U: (U:53,161) keep their protocol.</source>
        <translation>TCP-Ports, UDP-Ports oder beide scannen (Alt+U). Mit T: oder U: eingegebene Ports (U:53,161) behalten ihr Protokoll.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Open|filtered</source>
        <translation>Offen|gefiltert</translation>
    </message>
    <message>
        <source>UDP ports that stayed silent: open, or a firewall dropped the probe</source>
        <translation>UDP-Ports, die stumm blieben: offen, oder eine Firewall hat die Probe verworfen</translation>
    </message>
    <message>
        <source>Show open|filtered ports</source>
        <translation>Offene|gefilterte Ports anzeigen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;A fast, accurate TCP and UDP port scanner.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Scan only hosts you are allowed to test.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Ein schneller, genauer Portscanner für TCP und UDP.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Scannen Sie nur Hosts, die Sie testen dürfen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NmapXmlReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1="%2" is not a number up to %3</source>
        <translation>%1="%2" ist keine Zahl bis %3</translation>
    </message>
    <message>
        <source>port 0</source>
        <translation>Port 0</translation>
    </message>
    <message>
        <source>not an nmap XML file (no nmaprun element)</source>
        <translation>keine nmap-XML-Datei (kein nmaprun-Element)</translation>
    </message>
    <message>
        <source>the %1 part of the scan skipped</source>
        <translation>der %1-Teil des Scans wurde übersprungen</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>%1 ports not listed one by one skipped</source>
        <translation>nicht einzeln aufgeführte %1-Ports übersprungen</translation>
    </message>
    <message>
        <source>ports before the host's address</source>
        <translation>Ports vor der Adresse des Hosts</translation>
    </message>
    <message>
        <source>ports in state %1 skipped</source>
        <translation>Ports im Zustand %1 übersprungen</translation>
    </message>
    <message>
        <source>elapsed="%1" is not a duration</source>
        <translation>elapsed="%1" ist keine Dauer</translation>
    </message>
    <message>
        <source>OS matches and traceroutes skipped</source>
        <translation>OS-Erkennung und Traceroutes übersprungen</translation>
    </message>
    <message>
        <source>a host without an IP address</source>
        <translation>ein Host ohne IP-Adresse</translation>
    </message>
    <message>
        <source>entity declarations are not allowed</source>
        <translation>Entity-Deklarationen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>unknown entity &amp;%1;</source>
        <translation>unbekannte Entity &amp;%1;</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>Elemente tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2-mal)</translation>
    </message>
    <message>
        <source>%1 ports skipped (Portolan scans TCP and UDP)</source>
        <translation>%1 Ports übersprungen (Portolan scannt TCP und UDP)</translation>
    </message>
    <message>
        <source>reasons from something other than an IP address skipped</source>
        <translation>Gründe von etwas anderem als einer IP-Adresse übersprungen</translation>
    </message>
</context>
<context>
    <name>OpenerCommand</name>
    <message>
        <source>unknown placeholder {%1}: use {address}, {port} or {host}</source>
        <translation>unbekannter Platzhalter {%1}: {address}, {port} oder {host} verwenden</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Connect with netcat</source>
        <translation>Mit netcat verbinden</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>no program given</source>
        <translation>kein Programm angegeben</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Banners come from TCP connections: this scan has no TCP ports</source>
        <translation>Banner stammen aus TCP-Verbindungen: dieser Scan hat keine TCP-Ports</translation>
    </message>
</context>
<context>
    <name>PendingScans</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a scan kept by Portolan: %2</source>
        <translation>%1 ist kein von Portolan aufbewahrter Scan: %2</translation>
    </message>
    <message>
        <source>scan %1 was written, but %2 cannot be removed: remove it by hand</source>
        <translation>Scan %1 wurde geschrieben, aber %2 kann nicht entfernt werden: bitte von Hand entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept while %1 was away written there now.</source>
        <translation>
            <numerusform>%n Scan, aufbewahrt während %1 fort war, jetzt dorthin geschrieben.</numerusform>
            <numerusform>%n Scans, aufbewahrt während %1 fort war, jetzt dorthin geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>scans kept while %1 was away could not be written yet: %2</source>
        <translation>während %1 fort war aufbewahrte Scans konnten noch nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1, and keeping the scan here failed too: %2</source>
        <translation>%1, und auch das Aufbewahren des Scans hier schlug fehl: %2</translation>
    </message>
    <message>
        <source>%1; the scan is kept in %2 until "portolan-cli store flush" writes it to %3</source>
        <translation>%1; der Scan wird in %2 aufbewahrt, bis „portolan-cli store flush“ ihn nach %3 schreibt</translation>
    </message>
    <message>
        <source>%1 refused this scanner: %2; the scan is kept in %3 ("portolan-cli store flush" writes it there once that is put right)</source>
        <translation>%1 hat diesen Scanner abgewiesen: %2; der Scan wird in %3 aufbewahrt („portolan-cli store flush“ schreibt ihn dorthin, sobald das behoben ist)</translation>
    </message>
</context>
<context>
    <name>PgPass</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PortSpec</name>
    <message>
        <source>no ports given</source>
        <translation>keine Ports angegeben</translation>
    </message>
    <message>
        <source>empty entry in the port list</source>
        <translation>leerer Eintrag in der Portliste</translation>
    </message>
    <message>
        <source>invalid port range "%1": ports are 1 to 65535</source>
        <translation>ungültiger Portbereich „%1“: Ports reichen von 1 bis 65535</translation>
    </message>
    <message>
        <source>reversed port range "%1"</source>
        <translation>umgekehrter Portbereich „%1“</translation>
    </message>
    <message>
        <source>invalid port "%1": ports are 1 to 65535</source>
        <translation>ungültiger Port „%1“: Ports reichen von 1 bis 65535</translation>
    </message>
    <message>
        <source>unknown port or service "%1"</source>
        <translation>unbekannter Port oder Dienst „%1“</translation>
    </message>
    <message>
        <source>unknown UDP port or service "%1"</source>
        <translation>unbekannter UDP-Port oder -Dienst „%1“</translation>
    </message>
    <message>
        <source>unknown protocol prefix in "%1": use T: for TCP or U: for UDP</source>
        <translation>unbekanntes Protokollpräfix in „%1“: T: für TCP oder U: für UDP verwenden</translation>
    </message>
    <message>
        <source>no ports after "%1"</source>
        <translation>keine Ports nach „%1“</translation>
    </message>
    <message>
        <source>"%1" names UDP ports, but only TCP was asked for</source>
        <translation>„%1“ nennt UDP-Ports, aber nur TCP wurde gewählt</translation>
    </message>
    <message>
        <source>"%1" names TCP ports, but only UDP was asked for</source>
        <translation>„%1“ nennt TCP-Ports, aber nur UDP wurde gewählt</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>%1 kann nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <source>%1 was readable by other users (mode %2): now by you alone (%3)</source>
        <translation>%1 war für andere Benutzer lesbar (Modus %2): jetzt nur noch für Sie (%3)</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>%1 konnte nicht gestartet werden (ist es installiert?)</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export Shown Rows</source>
        <translation>Angezeigte Zeilen exportieren</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Any earlier file at that path is unchanged.</source>
        <translation>%1

Eine frühere Datei unter diesem Pfad ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>Exportiere %n Zeile …</numerusform>
            <numerusform>Exportiere %n Zeilen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; any earlier file at %1 is unchanged.</source>
        <translation>Export abgebrochen; eine frühere Datei unter %1 ist unverändert.</translation>
    </message>
    <message>
        <source>nmap XML files (*.xml)</source>
        <translation>nmap-XML-Dateien (*.xml)</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>%1, %2 ms latency</source>
        <translation>%1, %2 ms Latenz</translation>
    </message>
    <message>
        <source>Host is up (%1).</source>
        <translation>Host ist aktiv (%1).</translation>
    </message>
    <message>
        <source>Host is down (%1).</source>
        <translation>Host ist inaktiv (%1).</translation>
    </message>
    <message>
        <source>Host not known to be up (%1).</source>
        <translation>Nicht bekannt, ob der Host aktiv ist (%1).</translation>
    </message>
    <message>
        <source>Hosts: %1 up, %2 down, %3 addresses in all</source>
        <translation>Hosts: %1 aktiv, %2 inaktiv, %3 Adressen insgesamt</translation>
    </message>
    <message>
        <source>%1 (mDNS)</source>
        <translation>%1 (mDNS)</translation>
    </message>
    <message>
        <source>%1 (NetBIOS)</source>
        <translation>%1 (NetBIOS)</translation>
    </message>
    <message numerus="yes">
        <source>%1 port(s)</source>
        <translation>
            <numerusform>%1 Port</numerusform>
            <numerusform>%1 Ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 host(s)</source>
        <translation>
            <numerusform>%1 Host</numerusform>
            <numerusform>%1 Hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>ScanArchive</name>
    <message>
        <source>The scan was not kept in the history: %1</source>
        <translation>Der Scan wurde nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not delete from the history: %1</source>
        <translation>Konnte nicht aus dem Verlauf löschen: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Open Scan</source>
        <translation>Scan öffnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> Skipped: %1</source>
        <translation> Übersprungen: %1</translation>
    </message>
    <message>
        <source>Opened %1 (read-only).</source>
        <translation>%1 geöffnet (schreibgeschützt).</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Open Scan…</source>
        <translation>Scan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved scan (Portolan JSON or nmap XML), read-only</source>
        <translation>Einen gespeicherten Scan öffnen (Portolan-JSON oder nmap-XML), schreibgeschützt</translation>
    </message>
    <message>
        <source>Compare &amp;With File…</source>
        <translation>Mit &amp;Datei vergleichen…</translation>
    </message>
    <message>
        <source>Show what changed between a saved scan and the one in the table</source>
        <translation>Zeigen, was sich zwischen einem gespeicherten Scan und dem in der Tabelle geändert hat</translation>
    </message>
    <message>
        <source>&amp;Rescan and Compare</source>
        <translation>Erneut scannen und &amp;vergleichen</translation>
    </message>
    <message>
        <source>Run the shown scan again and show what changed</source>
        <translation>Den gezeigten Scan erneut ausführen und die Änderungen zeigen</translation>
    </message>
    <message>
        <source>the scan of %1</source>
        <translation>der Scan von %1</translation>
    </message>
    <message>
        <source>Showing the saved scan of %1 from %2 (read-only).</source>
        <translation>Gespeicherter Scan von %1 vom %2 (schreibgeschützt).</translation>
    </message>
    <message>
        <source>Scans (*.json *.xml);;Portolan JSON (*.json);;nmap XML (*.xml);;All files (*)</source>
        <translation>Scans (*.json *.xml);;Portolan-JSON (*.json);;nmap-XML (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Compare With File</source>
        <translation>Mit Datei vergleichen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Compared: no changes.</source>
        <translation>Verglichen: keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>Compared: %n change(s).</source>
        <translation>
            <numerusform>Verglichen: %n Änderung.</numerusform>
            <numerusform>Verglichen: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Scans</source>
        <translation>Scans löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scan(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>%n Scan aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Scans aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
</context>
<context>
    <name>ScanDiff</name>
    <message>
        <source>Old: %1
New: %2
</source>
        <translation>Alt: %1
Neu: %2
</translation>
    </message>
    <message>
        <source>+ %1 is up, not in the old scan
</source>
        <translation>+ %1 ist erreichbar, nicht im alten Scan
</translation>
    </message>
    <message>
        <source>+ %1 is up, was %2
</source>
        <translation>+ %1 ist erreichbar, war %2
</translation>
    </message>
    <message>
        <source>- %1 is not in the new scan, was up
</source>
        <translation>- %1 fehlt im neuen Scan, war erreichbar
</translation>
    </message>
    <message>
        <source>- %1 is %2, was up
</source>
        <translation>- %1 ist %2, war erreichbar
</translation>
    </message>
    <message>
        <source>  %1:
</source>
        <translation>  %1:
</translation>
    </message>
    <message>
        <source>%1 banner "%2", was "%3"</source>
        <translation>%1 Banner „%2“, war „%3“</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 war %2</translation>
    </message>
    <message>
        <source>%1 %2, was %3</source>
        <translation>%1 %2, war %3</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>Keine Änderungen.
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).
</source>
        <translation>
            <numerusform>%n Änderung.
</numerusform>
            <numerusform>%n Änderungen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, gestartet %2</translation>
    </message>
</context>
<context>
    <name>ScanFile</name>
    <message>
        <source>neither a Portolan JSON export nor nmap XML</source>
        <translation>weder ein Portolan-JSON-Export noch nmap-XML</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 GiB</source>
        <translation>%1 ist größer als %2 GiB</translation>
    </message>
</context>
<context>
    <name>ScanForm</name>
    <message numerus="yes">
        <source>Loaded %n target(s) from %1.</source>
        <translation>
            <numerusform>%n Ziel aus %1 geladen.</numerusform>
            <numerusform>%n Ziele aus %1 geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TCP and UDP</source>
        <translation>TCP und UDP</translation>
    </message>
    <message numerus="yes">
        <source>%n common UDP port(s)</source>
        <translation><numerusform>%n gängiger UDP-Port</numerusform><numerusform>%n gängige UDP-Ports</numerusform></translation>
    </message>
    <message>
        <source>%1 common TCP ports and %2 common UDP ports</source>
        <translation>%1 gängige TCP-Ports und %2 gängige UDP-Ports</translation>
    </message>
    <message numerus="yes">
        <source>%n common TCP port(s)</source>
        <translation><numerusform>%n gängiger TCP-Port</numerusform><numerusform>%n gängige TCP-Ports</numerusform></translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>cannot resolve %1: unknown host</source>
        <translation>%1 kann nicht aufgelöst werden: unbekannter Host</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
</context>
<context>
    <name>ScanOptionsJson</name>
    <message>
        <source>the option %1 must be a whole number from %2 to %3</source>
        <translation>die Option %1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>the option %1 must be true or false</source>
        <translation>die Option %1 muss true oder false sein</translation>
    </message>
    <message>
        <source>the option discovery must be automatic, skip or only</source>
        <translation>die Option discovery muss automatic, skip oder only sein</translation>
    </message>
    <message>
        <source>the option discovery_ports must be a list of at most %1 ports</source>
        <translation>die Option discovery_ports muss eine Liste von höchstens %1 Ports sein</translation>
    </message>
    <message>
        <source>the option discovery_ports holds a port that is not 1-65535</source>
        <translation>die Option discovery_ports enthält einen Port außerhalb von 1-65535</translation>
    </message>
    <message>
        <source>the option snmp_community must be text of at most 255 bytes</source>
        <translation>die Option snmp_community muss Text von höchstens 255 Bytes sein</translation>
    </message>
</context>
<context>
    <name>ScanResultModel</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1: detected by what the port said (confidence %2 of 10)</source>
        <translation>%1: erkannt an dem, was der Port sagte (Sicherheit %2 von 10)</translation>
    </message>
    <message>
        <source>%1: guessed from the port number</source>
        <translation>%1: aus der Portnummer geraten</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2%3</source>
        <translation>Zertifikat: %1, ausgestellt von %2%3</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (selbst signiert)</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>%1 from %2, not from the target</source>
        <translation>%1 von %2, nicht vom Ziel</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>%1 open, %2 filtered, %3 closed</source>
        <translation>%1 offen, %2 gefiltert, %3 geschlossen</translation>
    </message>
    <message>
        <source>%1 probes/s</source>
        <translation>%1 Proben/s</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>ETA --</source>
        <translation>Restzeit --</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (gestoppt)</translation>
    </message>
    <message>
        <source> - stopped by an error: %1</source>
        <translation> – durch einen Fehler gestoppt: %1</translation>
    </message>
    <message>
        <source> - not scanned: %1</source>
        <translation> – nicht gescannt: %1</translation>
    </message>
    <message>
        <source>discovery %1 of %2 hosts, %3 up</source>
        <translation>Erkennung %1 von %2 Hosts, %3 aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%Ln host(s) up</source>
        <translation>
            <numerusform>%Ln Host aktiv</numerusform>
            <numerusform>%Ln Hosts aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detecting services: %Ln port(s) left</source>
        <translation>
            <numerusform>Dienste werden erkannt: %Ln Port übrig</numerusform>
            <numerusform>Dienste werden erkannt: %Ln Ports übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln live host(s) of %1 in %2</source>
        <translation>
            <numerusform>%Ln aktiver Host von %1 in %2 gefunden</numerusform>
            <numerusform>%Ln aktive Hosts von %1 in %2 gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed</source>
        <translation>%1 auf %2 in %3 gescannt: %4 offen, %5 gefiltert, %6 geschlossen</translation>
    </message>
    <message>
        <source>%1 open, %2 filtered, %3 open|filtered, %4 closed</source>
        <translation>%1 offen, %2 gefiltert, %3 offen|gefiltert, %4 geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s)</source>
        <translation><numerusform>%n geschlossener UDP-Port wird bestätigt</numerusform><numerusform>%n geschlossene UDP-Ports werden bestätigt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation><numerusform>noch etwa %n s</numerusform><numerusform>noch etwa %n s</numerusform></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s) (%1)</source>
        <translation><numerusform>%n geschlossener UDP-Port wird bestätigt (%1)</numerusform><numerusform>%n geschlossene UDP-Ports werden bestätigt (%1)</numerusform></translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4</source>
        <translation>%1 auf %2 in %3 gescannt: %4</translation>
    </message>
</context>
<context>
    <name>ScannerName</name>
    <message>
        <source>a scanner's name cannot be empty</source>
        <translation>der Name eines Scanners darf nicht leer sein</translation>
    </message>
    <message>
        <source>a scanner's name is at most 64 characters</source>
        <translation>der Name eines Scanners hat höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>a scanner's name cannot start or end with a space</source>
        <translation>der Name eines Scanners darf nicht mit einem Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>a scanner's name cannot hold a control character</source>
        <translation>der Name eines Scanners darf kein Steuerzeichen enthalten</translation>
    </message>
</context>
<context>
    <name>ServiceInfo</name>
    <message>
        <source>certificate expired %1</source>
        <translation>Zertifikat abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <source>certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceOpeners</name>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Copy SS&amp;H Command</source>
        <translation>SS&amp;H-Befehl kopieren</translation>
    </message>
    <message>
        <source>Open &amp;With</source>
        <translation>Öffnen &amp;mit</translation>
    </message>
    <message>
        <source>&amp;Edit Openers…</source>
        <translation>Öffner &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Kein Browser konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Could not run "%1": %2</source>
        <translation>„%1“ konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Started "%1" for %2 port %3.</source>
        <translation>„%1“ für %2 Port %3 gestartet.</translation>
    </message>
    <message>
        <source>One opener per line: a name, "=", then the program and its arguments. {address}, {port} and {host} are filled in; no shell runs them.</source>
        <translation>Ein Öffner pro Zeile: ein Name, „=“, dann das Programm und seine Argumente. {address}, {port} und {host} werden eingesetzt; keine Shell führt sie aus.</translation>
    </message>
    <message>
        <source>Openers</source>
        <translation>Öffner</translation>
    </message>
    <message>
        <source>Line %1 has no name before "=".</source>
        <translation>Zeile %1 hat keinen Namen vor „=“.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n opener(s) saved.</source>
        <translation>
            <numerusform>%n Öffner gespeichert.</numerusform>
            <numerusform>%n Öffner gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>the source has no table %1</source>
        <translation>die Quelle hat keine Tabelle %1</translation>
    </message>
    <message>
        <source>%1 is not empty (%2): a store is copied into a new, empty one</source>
        <translation>%1 ist nicht leer (%2): ein Speicher wird in einen neuen, leeren kopiert</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 in the copy; nothing was written</source>
        <translation>%1: %2 Zeilen in der Quelle, %3 in der Kopie; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>History Store</source>
        <translation>Verlaufsspeicher</translation>
    </message>
    <message>
        <source>Where Portolan keeps the history of scans, the devices and the watches. Several scanners can share one PostgreSQL database.</source>
        <translation>Wo Portolan den Verlauf der Scans, die Geräte und die Überwachungen aufbewahrt. Mehrere Scanner können eine PostgreSQL-Datenbank teilen.</translation>
    </message>
    <message>
        <source>&amp;This computer (%1)</source>
        <translation>&amp;Dieser Computer (%1)</translation>
    </message>
    <message>
        <source>Another &amp;file:</source>
        <translation>Eine andere &amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server:</source>
        <translation>Ein &amp;PostgreSQL-Server:</translation>
    </message>
    <message>
        <source>db.example.org, an address, or a socket folder</source>
        <translation>db.example.org, eine Adresse oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>5432 (the default)</source>
        <translation>5432 (Standard)</translation>
    </message>
    <message>
        <source>empty: from %1</source>
        <translation>leer: aus %1</translation>
    </message>
    <message>
        <source>&amp;Remember it in %1 (readable by you only)</source>
        <translation>In %1 &amp;merken (nur für Sie lesbar)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The name this Portolan's scans, devices and watches carry in a shared store; empty: this computer's name</source>
        <translation>Der Name, den die Scans, Geräte und Überwachungen dieses Portolan in einem gemeinsamen Speicher tragen; leer: der Name dieses Computers</translation>
    </message>
    <message>
        <source>&amp;Scanner name:</source>
        <translation>&amp;Scanner-Name:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>History File</source>
        <translation>Verlaufsdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connected: the store is ready.</source>
        <translation>Verbunden: der Speicher ist bereit.</translation>
    </message>
    <message>
        <source>Cannot use it: %1</source>
        <translation>Nicht nutzbar: %1</translation>
    </message>
    <message>
        <source>Give the history file's path.</source>
        <translation>Geben Sie den Pfad der Verlaufsdatei an.</translation>
    </message>
    <message>
        <source>Give the server's host.</source>
        <translation>Geben Sie den Host des Servers an.</translation>
    </message>
    <message>
        <source>Give the database.</source>
        <translation>Geben Sie die Datenbank an.</translation>
    </message>
    <message>
        <source>Give the user.</source>
        <translation>Geben Sie den Benutzer an.</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbinde...</translation>
    </message>
    <message>
        <source>Portolan uses the new store and scanner name from its next start.</source>
        <translation>Portolan nutzt den neuen Speicher und Scanner-Namen ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The password is not saved: then it must be in %1.</source>
        <translation>Das Passwort wird nicht gespeichert: es muss dann in %1 stehen.</translation>
    </message>
    <message>
        <source>History &amp;Store...</source>
        <translation>Verlauf&amp;sspeicher...</translation>
    </message>
    <message>
        <source>empty: the client certificate, or %1</source>
        <translation>leer: das Client-Zertifikat oder %1</translation>
    </message>
    <message>
        <source>Connected: the store is ready, but whether it is encrypted cannot be read: %1</source>
        <translation>Verbunden: der Speicher ist bereit, aber ob er verschlüsselt ist, lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Connected as %1: the store is ready.</source>
        <translation>Verbunden als %1: der Speicher ist bereit.</translation>
    </message>
    <message>
        <source>Not encrypted, and the server's identity was not checked.</source>
        <translation>Nicht verschlüsselt, und die Identität des Servers wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only).</source>
        <translation>Nicht verschlüsselt (nur dieser Computer).</translation>
    </message>
    <message>
        <source>Encrypted (%1); the server's certificate and name were checked.</source>
        <translation>Verschlüsselt (%1); Zertifikat und Name des Servers wurden geprüft.</translation>
    </message>
    <message>
        <source>Encrypted (%1), but the server's identity was not checked.</source>
        <translation>Verschlüsselt (%1), aber die Identität des Servers wurde nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>StoreRoles</name>
    <message>
        <source>the store has no tables yet: open it once (portolan-cli store status) as its owner first</source>
        <translation>der Speicher hat noch keine Tabellen: ihn zuerst einmal als sein Eigentümer öffnen (portolan-cli store status)</translation>
    </message>
    <message>
        <source>a role's name is at most 63 bytes (PostgreSQL's limit)</source>
        <translation>der Name einer Rolle hat höchstens 63 Bytes (Grenze von PostgreSQL)</translation>
    </message>
    <message>
        <source>names starting with pg_ are PostgreSQL's own</source>
        <translation>Namen, die mit pg_ beginnen, gehören PostgreSQL selbst</translation>
    </message>
    <message>
        <source>"%1" is a word PostgreSQL keeps for itself</source>
        <translation>„%1“ ist ein Wort, das PostgreSQL für sich reserviert</translation>
    </message>
    <message>
        <source>"%1" is not a role this store made (see portolan-cli store roles)</source>
        <translation>„%1“ ist keine von diesem Speicher angelegte Rolle (siehe portolan-cli store roles)</translation>
    </message>
    <message>
        <source>this store's login is the role of scanner "%1", which may write only its own rows: the scanner "%2" is refused (leave --scanner out, or give %1)</source>
        <translation>die Anmeldung dieses Speichers ist die Rolle von Scanner „%1“, die nur ihre eigenen Zeilen schreiben darf: der Scanner „%2“ wird abgewiesen (--scanner weglassen oder %1 angeben)</translation>
    </message>
</context>
<context>
    <name>StoreTlsFields</name>
    <message>
        <source>none: the server's identity is not checked</source>
        <translation>keine: die Identität des Servers wird nicht geprüft</translation>
    </message>
    <message>
        <source>The file of the certificate authority (CA) the server's certificate must come from. With it, the server's certificate and its name are checked (sslmode=verify-full).</source>
        <translation>Die Datei der Zertifizierungsstelle (CA), von der das Zertifikat des Servers stammen muss. Damit werden das Zertifikat des Servers und sein Name geprüft (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>none: log in with the password</source>
        <translation>keines: mit dem Passwort anmelden</translation>
    </message>
    <message>
        <source>A client certificate logs this scanner in instead of a password. It needs its key too.</source>
        <translation>Ein Client-Zertifikat meldet diesen Scanner statt eines Passworts an. Es braucht auch seinen Schlüssel.</translation>
    </message>
    <message>
        <source>The private key of the client certificate (readable by you only). The certificate and its key are given together.</source>
        <translation>Der private Schlüssel des Client-Zertifikats (nur für Sie lesbar). Zertifikat und Schlüssel werden zusammen angegeben.</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA File</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-Z&amp;ertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Give the client certificate's key, or no certificate.</source>
        <translation>Geben Sie den Schlüssel des Client-Zertifikats an, oder kein Zertifikat.</translation>
    </message>
    <message>
        <source>Give the client certificate of that key, or no key.</source>
        <translation>Geben Sie das Client-Zertifikat zu diesem Schlüssel an, oder keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The server's certificate and name will be checked.</source>
        <translation>Zertifikat und Name des Servers werden geprüft.</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>the store is empty: give sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>der Speicher ist leer: sqlite:PFAD oder postgresql://BENUTZER@HOST/DB angeben</translation>
    </message>
    <message>
        <source>sqlite: needs the path of the file</source>
        <translation>sqlite: braucht den Pfad der Datei</translation>
    </message>
    <message>
        <source>unknown kind of store "%1": give sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>unbekannte Art von Speicher „%1“: sqlite:PFAD oder postgresql://BENUTZER@HOST/DB angeben</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>keine gültige PostgreSQL-URL: %1</translation>
    </message>
    <message>
        <source>the PostgreSQL port must be 1 to 65535</source>
        <translation>der PostgreSQL-Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>the PostgreSQL URL needs one database name after the host (postgresql://USER@HOST/DB)</source>
        <translation>die PostgreSQL-URL braucht nach dem Host genau einen Datenbanknamen (postgresql://BENUTZER@HOST/DB)</translation>
    </message>
    <message>
        <source>the PostgreSQL URL needs a user (postgresql://USER@HOST/DB)</source>
        <translation>die PostgreSQL-URL braucht einen Benutzer (postgresql://BENUTZER@HOST/DB)</translation>
    </message>
    <message>
        <source>unknown parameter "%1" in the PostgreSQL URL (known: host, sslmode, sslrootcert, sslcert, sslkey)</source>
        <translation>unbekannter Parameter „%1“ in der PostgreSQL-URL (bekannt: host, sslmode, sslrootcert, sslcert, sslkey)</translation>
    </message>
    <message>
        <source>%1 cannot hold ; ' or \ in a PostgreSQL URL</source>
        <translation>%1 darf in einer PostgreSQL-URL kein ; ' oder \ enthalten</translation>
    </message>
    <message>
        <source>unknown sslmode "%1": expected one of %2</source>
        <translation>unbekannter sslmode „%1“: erwartet einer von %2</translation>
    </message>
    <message>
        <source>a client certificate needs both sslcert and sslkey</source>
        <translation>ein Client-Zertifikat braucht sowohl sslcert als auch sslkey</translation>
    </message>
    <message>
        <source>The server's certificate is checked against the CA file, but not its name (sslmode=verify-ca).</source>
        <translation>Das Zertifikat des Servers wird gegen die CA-Datei geprüft, sein Name aber nicht (sslmode=verify-ca).</translation>
    </message>
    <message>
        <source>The connection is encrypted, but the server's identity is not checked: give the CA file that signed its certificate (sslrootcert).</source>
        <translation>Die Verbindung ist verschlüsselt, aber die Identität des Servers wird nicht geprüft: geben Sie die CA-Datei an, die sein Zertifikat signiert hat (sslrootcert).</translation>
    </message>
    <message>
        <source>The connection may not be encrypted and the server's identity is not checked (sslmode=%1).</source>
        <translation>Die Verbindung ist womöglich nicht verschlüsselt, und die Identität des Servers wird nicht geprüft (sslmode=%1).</translation>
    </message>
</context>
<context>
    <name>TargetSpec</name>
    <message>
        <source>malformed IPv6 address "%1"</source>
        <translation>fehlerhafte IPv6-Adresse „%1“</translation>
    </message>
    <message>
        <source>malformed IPv6 block "%1"</source>
        <translation>fehlerhafter IPv6-Block „%1“</translation>
    </message>
    <message>
        <source>block "%1" is too large: the largest IPv6 block is /104</source>
        <translation>Block „%1“ ist zu groß: der größte IPv6-Block ist /104</translation>
    </message>
    <message>
        <source>malformed IPv4 block "%1"</source>
        <translation>fehlerhafter IPv4-Block „%1“</translation>
    </message>
    <message>
        <source>block "%1" is too large: the largest IPv4 block is /8</source>
        <translation>Block „%1“ ist zu groß: der größte IPv4-Block ist /8</translation>
    </message>
    <message>
        <source>malformed IPv4 range "%1"</source>
        <translation>fehlerhafter IPv4-Bereich „%1“</translation>
    </message>
    <message>
        <source>reversed IPv4 range "%1"</source>
        <translation>umgekehrter IPv4-Bereich „%1“</translation>
    </message>
    <message>
        <source>range "%1" is too large: at most 16777216 addresses</source>
        <translation>Bereich „%1“ ist zu groß: höchstens 16777216 Adressen</translation>
    </message>
    <message>
        <source>malformed IPv4 address "%1"</source>
        <translation>fehlerhafte IPv4-Adresse „%1“</translation>
    </message>
    <message>
        <source>invalid target "%1"</source>
        <translation>ungültiges Ziel „%1“</translation>
    </message>
    <message>
        <source>no targets given</source>
        <translation>keine Ziele angegeben</translation>
    </message>
    <message>
        <source>cannot read target file "%1": %2</source>
        <translation>Zieldatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>target file "%1" holds no targets</source>
        <translation>Zieldatei „%1“ enthält keine Ziele</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>Scan report for %1
</source>
        <translation>Scan-Bericht für %1
</translation>
    </message>
    <message>
        <source>Scan report for %1 (%2)
</source>
        <translation>Scan-Bericht für %1 (%2)
</translation>
    </message>
    <message>
        <source>Names: %1
</source>
        <translation>Namen: %1
</translation>
    </message>
    <message>
        <source>MAC address: %1
</source>
        <translation>MAC-Adresse: %1
</translation>
    </message>
    <message>
        <source>MAC address: %1 (%2)
</source>
        <translation>MAC-Adresse: %1 (%2)
</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
    <message>
        <source>Not shown: %1 closed ports
</source>
        <translation>Nicht angezeigt: %1 geschlossene Ports
</translation>
    </message>
    <message>
        <source>Not scanned: %1
</source>
        <translation>Nicht gescannt: %1
</translation>
    </message>
    <message>
        <source>%1 dropped probes (a rate limit?): %2 answers came only to a retry; slowed to one probe every %3 ms for it.
</source>
        <translation>%1 hat Proben verworfen (eine Ratenbegrenzung?): %2 Antworten kamen erst auf eine Wiederholung; für diesen Host auf eine Probe alle %3 ms verlangsamt.
</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (gestoppt)</translation>
    </message>
    <message>
        <source>Note: it accepted a connection on every port probed (a firewall or tarpit answering for it); only the open ports whose service was detected are listed.
</source>
        <translation>Hinweis: Er hat auf jedem geprüften Port eine Verbindung angenommen (eine Firewall oder ein Tarpit antwortet für ihn); aufgeführt sind nur die offenen Ports, deren Dienst erkannt wurde.
</translation>
    </message>
    <message>
        <source>Not shown: %1 open ports of a host that answers on every port
</source>
        <translation>Nicht angezeigt: %1 offene Ports eines Hosts, der auf jedem Port antwortet
</translation>
    </message>
    <message>
        <source>Probed %1 for being up in %2%3
</source>
        <translation>%1 in %2 auf Erreichbarkeit geprüft%3
</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not shown: %1 closed TCP ports
</source>
        <translation>Nicht angezeigt: %1 geschlossene TCP-Ports
</translation>
    </message>
    <message>
        <source>Not shown: %1 closed UDP ports
</source>
        <translation>Nicht angezeigt: %1 geschlossene UDP-Ports
</translation>
    </message>
    <message>
        <source>, %1 open|filtered</source>
        <translation>, %1 offen|gefiltert</translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed%7%8
</source>
        <translation>%1 auf %2 in %3 gescannt: %4 offen, %5 gefiltert, %6 geschlossen%7%8
</translation>
    </message>
</context>
<context>
    <name>UdpScanWorker</name>
    <message>
        <source>UDP scan: %1</source>
        <translation>UDP-Scan: %1</translation>
    </message>
</context>
<context>
    <name>UpnpDescription</name>
    <message>
        <source>the description is longer than %1 bytes</source>
        <translation>die Beschreibung ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the description declares a DTD</source>
        <translation>die Beschreibung deklariert eine DTD</translation>
    </message>
    <message>
        <source>the description is not XML: %1</source>
        <translation>die Beschreibung ist kein XML: %1</translation>
    </message>
    <message>
        <source>no UPnP root device in the description</source>
        <translation>kein UPnP-Stammgerät in der Beschreibung</translation>
    </message>
</context>
<context>
    <name>WatchCenter</name>
    <message>
        <source>Watches</source>
        <translation>Überwachungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Watch %1 is running…</source>
        <translation>Überwachung %1 läuft…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Remove Watch</source>
        <translation>Überwachung entfernen</translation>
    </message>
    <message>
        <source>Remove the watch %1? Its events go with it.</source>
        <translation>Überwachung %1 entfernen? Ihre Ereignisse gehen mit.</translation>
    </message>
    <message>
        <source>&amp;Watch This Scan…</source>
        <translation>Diesen Scan &amp;überwachen…</translation>
    </message>
    <message>
        <source>Run this scan again every interval and say what changed</source>
        <translation>Diesen Scan in jedem Intervall erneut ausführen und melden, was sich geändert hat</translation>
    </message>
    <message>
        <source>Keep Watching in the &amp;Tray</source>
        <translation>Im &amp;Infobereich weiter überwachen</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>After the window closes, the watches go on from the tray</source>
        <translation>Nach dem Schließen des Fensters laufen die Überwachungen im Infobereich weiter</translation>
    </message>
    <message>
        <source>This desktop has no tray: the watches run while the window is open, and the systemd timer runs them without it</source>
        <translation>Dieser Desktop hat keinen Infobereich: die Überwachungen laufen, solange das Fenster offen ist, und der systemd-Timer führt sie ohne es aus</translation>
    </message>
    <message>
        <source>&amp;Watches</source>
        <translation>Über&amp;wachungen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>Jetzt &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>Überwachung %1</translation>
    </message>
    <message>
        <source>Watch %1 added: its first run (the baseline) starts now.</source>
        <translation>Überwachung %1 angelegt: ihr erster Lauf (die Ausgangslage) beginnt jetzt.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Watches: %1</source>
        <translation>Überwachungen: %1</translation>
    </message>
    <message>
        <source>Watch %1 failed: %2</source>
        <translation>Überwachung %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Watch %1: first run done, the baseline.</source>
        <translation>Überwachung %1: erster Lauf fertig, die Ausgangslage.</translation>
    </message>
    <message numerus="yes">
        <source>Watch %1: %n change(s).</source>
        <translation>
            <numerusform>Überwachung %1: %n Änderung.</numerusform>
            <numerusform>Überwachung %1: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n Änderung</numerusform>
            <numerusform>%1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Portolan</source>
        <translation>Portolan zeigen</translation>
    </message>
    <message>
        <source>Portolan watches %1</source>
        <translation>Portolan überwacht %1</translation>
    </message>
    <message>
        <source>
Last change: %1</source>
        <translation>
Letzte Änderung: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Targets (ports)</source>
        <translation>Ziele (Ports)</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Run the selected watch now</source>
        <translation>Die gewählte Überwachung jetzt ausführen</translation>
    </message>
    <message>
        <source>Scanner %1 runs this watch, from its own network</source>
        <translation>Scanner %1 führt diese Überwachung aus, von seinem eigenen Netz aus</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>A new device</source>
        <translation>Ein neues Gerät</translation>
    </message>
    <message>
        <source>A device back</source>
        <translation>Ein Gerät wieder da</translation>
    </message>
    <message>
        <source>A device gone</source>
        <translation>Ein Gerät verschwunden</translation>
    </message>
    <message>
        <source>An address changed</source>
        <translation>Eine Adresse geändert</translation>
    </message>
    <message>
        <source>A port opened</source>
        <translation>Ein Port geöffnet</translation>
    </message>
    <message>
        <source>A port closed</source>
        <translation>Ein Port geschlossen</translation>
    </message>
    <message>
        <source>A service changed</source>
        <translation>Ein Dienst geändert</translation>
    </message>
    <message>
        <source>A certificate expiring</source>
        <translation>Ein ablaufendes Zertifikat</translation>
    </message>
    <message>
        <source>Edit Watch</source>
        <translation>Überwachung bearbeiten</translation>
    </message>
    <message>
        <source>Watch This Scan</source>
        <translation>Diesen Scan überwachen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Scans:</source>
        <translation>Scannt:</translation>
    </message>
    <message>
        <source>How often it runs: 15m, 2h, 1d, 1h30m; at least 1m</source>
        <translation>Wie oft sie läuft: 15m, 2h, 1d, 1h30m; mindestens 1m</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>&amp;Ausführen alle:</translation>
    </message>
    <message numerus="yes">
        <source> run(s)</source>
        <translation>
            <numerusform> Lauf</numerusform>
            <numerusform> Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>A device counts as gone after missing this many runs in a row</source>
        <translation>Ein Gerät gilt als verschwunden, wenn es so viele Läufe nacheinander fehlt</translation>
    </message>
    <message>
        <source>&amp;Gone after:</source>
        <translation>&amp;Verschwunden nach:</translation>
    </message>
    <message>
        <source>Alert on:</source>
        <translation>Melden bei:</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification</source>
        <translation>Eine Desktop-&amp;Benachrichtigung zeigen</translation>
    </message>
    <message>
        <source>a program and its arguments; the events arrive as JSON on its input</source>
        <translation>ein Programm und seine Argumente; die Ereignisse kommen als JSON auf seiner Eingabe an</translation>
    </message>
    <message>
        <source>On change, &amp;run:</source>
        <translation>Bei Änderung &amp;ausführen:</translation>
    </message>
    <message>
        <source>There is a watch named "%1" already.</source>
        <translation>Es gibt schon eine Überwachung namens "%1".</translation>
    </message>
    <message>
        <source>A name is letters, digits, spaces and . @ + - _, 64 at most.</source>
        <translation>Ein Name besteht aus Buchstaben, Ziffern, Leerzeichen und . @ + - _, höchstens 64.</translation>
    </message>
    <message>
        <source>Run every: 15m, 2h, 1d and the like, at least 1m.</source>
        <translation>Ausführen alle: 15m, 2h, 1d und dergleichen, mindestens 1m.</translation>
    </message>
    <message>
        <source>On change, run: %1</source>
        <translation>Bei Änderung ausführen: %1</translation>
    </message>
</context>
<context>
    <name>WatchEvent</name>
    <message>
        <source>%1: new device, %2</source>
        <translation>%1: neues Gerät, %2</translation>
    </message>
    <message>
        <source>%1: back, %2</source>
        <translation>%1: wieder da, %2</translation>
    </message>
    <message>
        <source>%1: gone</source>
        <translation>%1: verschwunden</translation>
    </message>
    <message>
        <source>%1: address changed from %2</source>
        <translation>%1: Adresse geändert von %2</translation>
    </message>
    <message>
        <source>%1: port %2 opened</source>
        <translation>%1: Port %2 geöffnet</translation>
    </message>
    <message>
        <source>%1: port %2 opened (%3)</source>
        <translation>%1: Port %2 geöffnet (%3)</translation>
    </message>
    <message>
        <source>%1: port %2 closed</source>
        <translation>%1: Port %2 geschlossen</translation>
    </message>
    <message>
        <source>%1: port %2 now runs %3 (was %4)</source>
        <translation>%1: Port %2 läuft jetzt mit %3 (vorher %4)</translation>
    </message>
    <message>
        <source>%1: the certificate on port %2 expires %3</source>
        <translation>%1: das Zertifikat auf Port %2 läuft am %3 ab</translation>
    </message>
    <message>
        <source>no open ports</source>
        <translation>keine offenen Ports</translation>
    </message>
    <message>
        <source>open ports %1</source>
        <translation>offene Ports %1</translation>
    </message>
</context>
<context>
    <name>WatchRunner</name>
    <message>
        <source>the on-change command was stopped after %1 s</source>
        <translation>der Befehl bei Änderung wurde nach %1 s beendet</translation>
    </message>
    <message>
        <source>the on-change command exited with %1</source>
        <translation>der Befehl bei Änderung endete mit %1</translation>
    </message>
    <message>
        <source>the on-change command crashed</source>
        <translation>der Befehl bei Änderung ist abgestürzt</translation>
    </message>
    <message>
        <source>the on-change command could not start: %1</source>
        <translation>der Befehl bei Änderung konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>the scan did not start</source>
        <translation>der Scan ist nicht gestartet</translation>
    </message>
    <message>
        <source>the watch has no targets</source>
        <translation>die Überwachung hat keine Ziele</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>nothing to scan</source>
        <translation>nichts zu scannen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n Änderung</numerusform>
            <numerusform>%1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no desktop notification: %1</source>
        <translation>keine Desktop-Benachrichtigung: %1</translation>
    </message>
    <message>
        <source>%1; the scan is kept in %2 until "portolan-cli store flush" writes it</source>
        <translation>%1; der Scan wird in %2 aufbewahrt, bis „portolan-cli store flush“ ihn schreibt</translation>
    </message>
</context>
<context>
    <name>WatchStore</name>
    <message>
        <source>"%1" cannot name a watch: letters, digits, spaces and . @ + - _, 64 at most</source>
        <translation>"%1" kann keine Überwachung benennen: Buchstaben, Ziffern, Leerzeichen und . @ + - _, höchstens 64</translation>
    </message>
    <message>
        <source>there is a watch named "%1" already</source>
        <translation>es gibt schon eine Überwachung namens "%1"</translation>
    </message>
    <message>
        <source>there is no watch "%1"</source>
        <translation>es gibt keine Überwachung "%1"</translation>
    </message>
    <message>
        <source>there is no watch "%1" (see portolan-cli watch list)</source>
        <translation>es gibt keine Überwachung "%1" (siehe portolan-cli watch list)</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>the watch "%1" is scanner %2's: run it there, or as that scanner (--scanner %2)</source>
        <translation>die Überwachung „%1“ gehört zu Scanner %2: dort ausführen oder als dieser Scanner (--scanner %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hosts to fill in.</source>
        <translation>Einzutragende Hosts.</translation>
    </message>
    <message>
        <source>Start the scan at once.</source>
        <translation>Den Scan sofort starten.</translation>
    </message>
    <message>
        <source>Portolan TCP and UDP port scanner.</source>
        <translation>Portolan, Portscanner für TCP und UDP.</translation>
    </message>
    <message>
        <source>Ports to fill in; U:53,161 for UDP ports, T:22 for TCP.</source>
        <translation>Einzutragende Ports; U:53,161 für UDP-Ports, T:22 für TCP.</translation>
    </message>
</context>
<context>
    <name>portolan-cli</name>
    <message>
        <source>Host names, IPv4 or IPv6 addresses, CIDR blocks (10.0.0.0/24) or ranges (10.0.0.1-50).</source>
        <translation>Hostnamen, IPv4- oder IPv6-Adressen, CIDR-Blöcke (10.0.0.0/24) oder Bereiche (10.0.0.1-50).</translation>
    </message>
    <message>
        <source>Read targets from FILE, one or more per line, # starts a comment (also -iL).</source>
        <translation>Ziele aus DATEI lesen, eines oder mehrere pro Zeile, # beginnt einen Kommentar (auch -iL).</translation>
    </message>
    <message>
        <source>Read up to 512 bytes from each open port for up to 1 s.</source>
        <translation>Bis zu 512 Bytes von jedem offenen Port lesen, höchstens 1 s lang.</translation>
    </message>
    <message>
        <source>Scan every address of a host name, not only the first.</source>
        <translation>Jede Adresse eines Hostnamens scannen, nicht nur die erste.</translation>
    </message>
    <message>
        <source>List closed ports too.</source>
        <translation>Auch geschlossene Ports auflisten.</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>Den Bericht in DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>invalid value "%1" for --%2: expected %3 to %4</source>
        <translation>ungültiger Wert „%1“ für --%2: erwartet %3 bis %4</translation>
    </message>
    <message>
        <source>no targets given (try --help)</source>
        <translation>keine Ziele angegeben (siehe --help)</translation>
    </message>
    <message>
        <source>scan stopped: %1</source>
        <translation>Scan gestoppt: %1</translation>
    </message>
    <message>
        <source>Extra attempts for a port that does not answer (default %1).</source>
        <translation>Zusätzliche Versuche für einen Port, der nicht antwortet (Standard %1).</translation>
    </message>
    <message>
        <source>Connects in flight at once; 0 or auto: automatic (default).</source>
        <translation>Gleichzeitige Verbindungsversuche; 0 oder auto: automatisch (Standard).</translation>
    </message>
    <message>
        <source>A host name means its first IPv6 address, not its first IPv4 one.</source>
        <translation>Ein Hostname steht für seine erste IPv6-Adresse statt seiner ersten IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The longest a connect attempt waits, in ms (default %1); less for hosts that answer faster.</source>
        <translation>Die längste Wartezeit eines Verbindungsversuchs in ms (Standard %1); weniger für Hosts, die schneller antworten.</translation>
    </message>
    <message>
        <source>The shortest a connect attempt waits, in ms, however fast the host answers (default %1; 0: always the full timeout).</source>
        <translation>Die kürzeste Wartezeit eines Verbindungsversuchs in ms, wie schnell der Host auch antwortet (Standard %1; 0: immer das volle Zeitlimit).</translation>
    </message>
    <message>
        <source>Timing preset: 0-5 or paranoid, sneaky, polite, normal (default), aggressive, insane. Options given beside it win.</source>
        <translation>Zeitvorgabe: 0-5 oder paranoid, sneaky, polite, normal (Standard), aggressive, insane. Daneben angegebene Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>invalid timing "%1": expected 0 to 5, paranoid, sneaky, polite, normal, aggressive or insane</source>
        <translation>ungültige Zeitvorgabe „%1“: erwartet 0 bis 5, paranoid, sneaky, polite, normal, aggressive oder insane</translation>
    </message>
    <message>
        <source>Scan every address of blocks, ranges and target files, up or not (also -Pn).</source>
        <translation>Jede Adresse von Blöcken, Bereichen und Zieldateien scannen, ob aktiv oder nicht (auch -Pn).</translation>
    </message>
    <message>
        <source>Find the live hosts, scan no ports (also -sn).</source>
        <translation>Aktive Hosts finden, keine Ports scannen (auch -sn).</translation>
    </message>
    <message>
        <source>TCP ports that discovery connects to (default %1; "none": ICMP echo alone).</source>
        <translation>TCP-Ports, die die Erkennung anspricht (Standard %1; "none": nur ICMP-Echo).</translation>
    </message>
    <message>
        <source>Discovery sends no ICMP echo, only TCP connects.</source>
        <translation>Die Erkennung sendet kein ICMP-Echo, nur TCP-Verbindungen.</translation>
    </message>
    <message>
        <source>Also write every host's status to FILE as CSV: host,address,status,reason,latency_ms,names,mac,vendor.</source>
        <translation>Zusätzlich den Status jedes Hosts als CSV in DATEI schreiben: host,address,status,reason,latency_ms,names,mac,vendor.</translation>
    </message>
    <message>
        <source>-Pn and -sn contradict each other: give one of them</source>
        <translation>-Pn und -sn widersprechen sich: nur eines angeben</translation>
    </message>
    <message>
        <source>too many discovery ports (%1): at most %2</source>
        <translation>zu viele Erkennungs-Ports (%1): höchstens %2</translation>
    </message>
    <message>
        <source>Output format: text, csv, json or xml (nmap's XML; default text).</source>
        <translation>Ausgabeformat: text, csv, json oder xml (nmap-XML; Standard: text).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text, csv, json or xml</source>
        <translation>ungültiges Format „%1“: erwartet wird text, csv, json oder xml</translation>
    </message>
    <message>
        <source>Do not keep this scan in the history (portolan-cli history).</source>
        <translation>Diesen Scan nicht im Verlauf aufbewahren (portolan-cli history).</translation>
    </message>
    <message>
        <source>not kept in the history: %1</source>
        <translation>nicht im Verlauf aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Detect the service, product and version of each open port by what it says, and the TLS certificate it offers (also -sV).</source>
        <translation>Dienst, Produkt und Version jedes offenen Ports an dem erkennen, was er sagt, samt angebotenem TLS-Zertifikat (auch -sV).</translation>
    </message>
    <message>
        <source>The most time detection spends on one port, in ms (default %1).</source>
        <translation>Die längste Zeit, die die Erkennung für einen Port aufwendet, in ms (Standard %1).</translation>
    </message>
    <message>
        <source>The most connections detection opens to one host at once (default %1).</source>
        <translation>Die meisten Verbindungen, die die Erkennung gleichzeitig zu einem Host öffnet (Standard %1).</translation>
    </message>
    <message>
        <source>Do not look up the names of live hosts (reverse DNS, mDNS, NetBIOS).</source>
        <translation>Die Namen erreichbarer Hosts nicht ermitteln (Reverse-DNS, mDNS, NetBIOS).</translation>
    </message>
    <message>
        <source>Ports: 22, 1-1024, 22,80,443, http,ssh, - or all, common, well-known (default: common); U: and T: mark UDP and TCP ports (U:53,161,T:22).</source>
        <translation>Ports: 22, 1-1024, 22,80,443, http,ssh, - oder all, common, well-known (Standard: common); U: und T: kennzeichnen UDP- und TCP-Ports (U:53,161,T:22).</translation>
    </message>
    <message>
        <source>Scan UDP ports (also -sU). Alone it scans only UDP; with --tcp both.</source>
        <translation>UDP-Ports scannen (auch -sU). Allein wird nur UDP gescannt, mit --tcp beides.</translation>
    </message>
    <message>
        <source>Scan TCP ports by connecting (also -sT; the default without --udp).</source>
        <translation>TCP-Ports per Verbindungsaufbau scannen (auch -sT; Standard ohne --udp).</translation>
    </message>
    <message>
        <source>The community the UDP SNMP probes offer (default public; none: only SNMPv3 discovery, which needs none).</source>
        <translation>Die Community, die die UDP-SNMP-Proben anbieten (Standard public; none: nur SNMPv3-Erkennung, die keine braucht).</translation>
    </message>
    <message>
        <source>Portolan port scanner (TCP connect and UDP), without a window.
Scan only hosts you are allowed to test.
Compare two saved scans: portolan-cli diff OLD NEW (see portolan-cli diff --help).
Past scans: portolan-cli history list|show ID|delete ID.
Devices the scans have seen: portolan-cli devices (see portolan-cli devices --help).</source>
        <translation>Portolan-Portscanner (TCP-Connect und UDP), ohne Fenster.
Scannen Sie nur Hosts, die Sie testen dürfen.
Zwei gespeicherte Scans vergleichen: portolan-cli diff ALT NEU (siehe portolan-cli diff --help).
Frühere Scans: portolan-cli history list|show ID|delete ID.
Von den Scans gesehene Geräte: portolan-cli devices (siehe portolan-cli devices --help).</translation>
    </message>
    <message>
        <source>-sn scans no ports: -sU and -sT contradict it</source>
        <translation>-sn scannt keine Ports: -sU und -sT widersprechen dem</translation>
    </message>
    <message>
        <source>invalid SNMP community: 1 to 64 printable ASCII characters without spaces, or none</source>
        <translation>ungültige SNMP-Community: 1 bis 64 druckbare ASCII-Zeichen ohne Leerzeichen, oder none</translation>
    </message>
    <message>
        <source>--%1 acts on TCP connections and this scan has no TCP ports (add -sT or T: ports)</source>
        <translation>--%1 wirkt auf TCP-Verbindungen, und dieser Scan hat keine TCP-Ports (-sT oder T:-Ports hinzufügen)</translation>
    </message>
</context>
</TS>