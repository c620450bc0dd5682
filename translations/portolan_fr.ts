<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>écriture incomplète</translation>
    </message>
</context>
<context>
    <name>CliDevices</name>
    <message numerus="yes">
        <source>%n device(s) labelled from %1.
</source>
        <translation>
            <numerusform>%n appareil étiqueté depuis %1.
</numerusform>
            <numerusform>%n appareils étiquetés depuis %1.
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
        <translation>Les appareils vus par les analyses gardées dans l'historique (%1).
  list                   tous les appareils (par défaut)
  label DEVICE TEXT      donner une étiquette à un appareil ("" la retire)
  notes DEVICE TEXT      garder des notes sur un appareil
  known DEVICE           marquer un appareil comme connu (plus nouveau)
  unknown DEVICE         le marquer de nouveau comme nouveau
  forget DEVICE          retirer un appareil de l'inventaire
  import FILE            étiquettes depuis un CSV : device,label[,notes] par ligne
DEVICE est une adresse MAC ou une adresse que l'appareil a eue.</translation>
    </message>
    <message>
        <source>list, label, notes, known, unknown, forget or import</source>
        <translation>list, label, notes, known, unknown, forget ou import</translation>
    </message>
    <message>
        <source>Output format of list: text, csv or json (default text).</source>
        <translation>Format de sortie de list : text, csv ou json (text par défaut).</translation>
    </message>
    <message>
        <source>unknown command "%1": expected list, label, notes, known, unknown, forget or import</source>
        <translation>commande inconnue « %1 » : list, label, notes, known, unknown, forget ou import attendu</translation>
    </message>
    <message>
        <source>list takes no argument (filter with --search)</source>
        <translation>list ne prend pas d'argument (filtrer avec --search)</translation>
    </message>
    <message>
        <source>%1 needs a device and a text</source>
        <translation>%1 demande un appareil et un texte</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation>%1 demande un fichier</translation>
    </message>
    <message>
        <source>%1 needs a device (a MAC address or an address)</source>
        <translation>%1 demande un appareil (une adresse MAC ou une adresse)</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text, csv or json</source>
        <translation>format non valide « %1 » : text, csv ou json attendu</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Label of %1 removed.
</source>
        <translation>Libellé de %1 supprimé.
</translation>
    </message>
    <message>
        <source>%1 labelled "%2".
</source>
        <translation>%1 libellé « %2 ».
</translation>
    </message>
    <message>
        <source>Notes of %1 saved.
</source>
        <translation>Notes de %1 enregistrées.
</translation>
    </message>
    <message>
        <source>%1 forgotten.
</source>
        <translation>%1 oublié.
</translation>
    </message>
    <message>
        <source>%1 marked known.
</source>
        <translation>%1 marqué comme connu.
</translation>
    </message>
    <message>
        <source>%1 marked new again.
</source>
        <translation>%1 de nouveau marqué comme nouveau.
</translation>
    </message>
    <message>
        <source>List only devices whose label, notes, names, addresses, MAC or vendor hold TEXT, or that had port TEXT open (a number of either protocol, or 53/udp).</source>
        <translation>Ne lister que les appareils dont l'étiquette, les notes, les noms, les adresses, la MAC ou le fabricant contiennent TEXTE, ou dont le port TEXTE était ouvert (un numéro de l'un ou l'autre protocole, ou 53/udp).</translation>
    </message>
</context>
<context>
    <name>CliDiff</name>
    <message>
        <source>What changed between two saved scans: hosts that came up or went away, ports that opened, closed or changed state, banners that changed.
Exit status: 0 when nothing changed, 3 when something did, 2 on bad input.</source>
        <translation>Ce qui a changé entre deux analyses enregistrées : hôtes apparus ou disparus, ports ouverts, fermés ou changés d'état, bannières modifiées.
Code de sortie : 0 si rien n'a changé, 3 si quelque chose a changé, 2 en cas d'entrée incorrecte.</translation>
    </message>
    <message>
        <source>The later scan, likewise.</source>
        <translation>L'analyse ultérieure, de même.</translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>Format de sortie : text ou json (text par défaut).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>format invalide « %1 » : text ou json attendu</translation>
    </message>
    <message>
        <source>give two scans to compare, OLD and NEW (try --help)</source>
        <translation>indiquez deux analyses à comparer, OLD et NEW (essayez --help)</translation>
    </message>
    <message>
        <source>The earlier scan: a Portolan JSON export, an nmap XML file, or the id of a scan in the history (portolan-cli history list).</source>
        <translation>L'analyse antérieure : un export JSON de Portolan, un fichier XML de nmap ou l'id d'une analyse de l'historique (portolan-cli history list).</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>The scans kept in the history (%1).
  list              the scans, newest first
  show ID           one scan's report
  delete ID         forget one scan</source>
        <translation>Les analyses conservées dans l'historique (%1).
  list              les analyses, les plus récentes d'abord
  show ID           le rapport d'une analyse
  delete ID         oublier une analyse</translation>
    </message>
    <message>
        <source>list, show or delete</source>
        <translation>list, show ou delete</translation>
    </message>
    <message>
        <source>Output format: text or json for list; text, csv, json or xml for show (default text).</source>
        <translation>Format de sortie : text ou json pour list ; text, csv, json ou xml pour show (text par défaut).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected %2</source>
        <translation>format invalide « %1 » : %2 attendu</translation>
    </message>
    <message>
        <source>list takes no argument</source>
        <translation>list ne prend pas d'argument</translation>
    </message>
    <message>
        <source>%1 needs the id of a scan (see portolan-cli history list)</source>
        <translation>%1 demande l'id d'une analyse (voir portolan-cli history list)</translation>
    </message>
    <message>
        <source>give list, show ID or delete ID (try --help)</source>
        <translation>indiquez list, show ID ou delete ID (essayez --help)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected list, show or delete</source>
        <translation>commande inconnue « %1 » : list, show ou delete attendu</translation>
    </message>
    <message>
        <source>Scan %1 deleted from the history.
</source>
        <translation>Analyse %1 supprimée de l'historique.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>UP</source>
        <translation>ACTIFS</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OUVERTS</translation>
    </message>
    <message>
        <source>TARGETS (PORTS)</source>
        <translation>CIBLES (PORTS)</translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation>, arrêtée</translation>
    </message>
    <message>
        <source>No scans in the history.
</source>
        <translation>Aucune analyse dans l'historique.
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>SCANNER</translation>
    </message>
    <message>
        <source>List only scans of a host (address or name) or a port (number or service name, of either protocol; U:53 or 53/udp for one).</source>
        <translation>Ne lister que les analyses d'un hôte (adresse ou nom) ou d'un port (numéro ou nom de service, de l'un ou l'autre protocole ; U:53 ou 53/udp pour un seul).</translation>
    </message>
</context>
<context>
    <name>CliRoles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 can be read by other users: chmod 600 it first</source>
        <translation>%1 est lisible par d'autres utilisateurs : faites d'abord chmod 600 dessus</translation>
    </message>
    <message>
        <source>%1 holds no password (its first line is empty)</source>
        <translation>%1 ne contient pas de mot de passe (sa première ligne est vide)</translation>
    </message>
    <message>
        <source>roles are a shared store's: give --store postgresql://OWNER@HOST/DB</source>
        <translation>les rôles sont ceux d'un stockage partagé : indiquez --store postgresql://OWNER@HOST/DB</translation>
    </message>
    <message>
        <source>viewer (reads everything)</source>
        <translation>lecteur (lit tout)</translation>
    </message>
    <message>
        <source>scanner (writes its own rows)</source>
        <translation>scanner (écrit ses propres lignes)</translation>
    </message>
    <message>
        <source>This store has no roles of its own: whoever logs in as its owner may do everything.
</source>
        <translation>Ce stockage n'a pas de rôles à lui : quiconque se connecte en tant que son propriétaire peut tout faire.
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
        <translation>Les rôles de connexion d'un stockage PostgreSQL partagé, à lancer avec l'URL --store du propriétaire.
  add-scanner NAME  un rôle qui n'écrit que les lignes du scanner NAME
  add-viewer NAME   un rôle qui lit tout et n'écrit rien
  remove-role NAME  supprimer un rôle créé par ce stockage (ses scans restent)
  roles             les rôles créés par ce stockage
Sans --password-file, un rôle ne se connecte qu'avec un certificat client dont
le nom (CN) est NAME (pg_hba.conf : hostssl ... cert).</translation>
    </message>
    <message>
        <source>the command and its NAME</source>
        <translation>la commande et son NAME</translation>
    </message>
    <message>
        <source>The new role's password: the first line of FILE (mode 600).</source>
        <translation>Le mot de passe du nouveau rôle : la première ligne de FILE (mode 600).</translation>
    </message>
    <message>
        <source>roles takes no argument</source>
        <translation>roles ne prend pas d'argument</translation>
    </message>
    <message>
        <source>%1 needs the role's NAME</source>
        <translation>%1 demande le NAME du rôle</translation>
    </message>
    <message>
        <source>NAME: %1</source>
        <translation>NAME : %1</translation>
    </message>
    <message>
        <source>remove-role takes no --password-file</source>
        <translation>remove-role ne prend pas de --password-file</translation>
    </message>
    <message>
        <source>Role %1 removed; its scans stay in the store.
</source>
        <translation>Rôle %1 supprimé ; ses scans restent dans le stockage.
</translation>
    </message>
    <message>
        <source>Role %1 added: it reads the whole store and writes nothing.
</source>
        <translation>Rôle %1 ajouté : il lit tout le stockage et n'écrit rien.
</translation>
    </message>
    <message>
        <source>Role %1 added: it writes only scanner %1's scans, watches and events, and records what it sees of shared devices.
</source>
        <translation>Rôle %1 ajouté : il n'écrit que les scans, surveillances et événements du scanner %1, et note ce qu'il voit des appareils partagés.
</translation>
    </message>
    <message>
        <source>It has no password: it logs in with a client certificate whose name is %1.
</source>
        <translation>Il n'a pas de mot de passe : il se connecte avec un certificat client dont le nom est %1.
</translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message>
        <source>FROM: %1</source>
        <translation>FROM : %1</translation>
    </message>
    <message>
        <source>TO: %1</source>
        <translation>TO : %1</translation>
    </message>
    <message>
        <source>cannot read %1: there is no such file</source>
        <translation>impossible de lire %1 : ce fichier n'existe pas</translation>
    </message>
    <message>
        <source>FROM and TO are the same store</source>
        <translation>FROM et TO sont le même stockage</translation>
    </message>
    <message>
        <source>Copied %1 to %2:
</source>
        <translation>%1 copié vers %2 :
</translation>
    </message>
    <message>
        <source>Every table of the copy holds as many rows as the original's.
</source>
        <translation>Chaque table de la copie a autant de lignes que celle de l'original.
</translation>
    </message>
    <message>
        <source>copy needs FROM and TO (two stores)</source>
        <translation>copy demande FROM et TO (deux stockages)</translation>
    </message>
    <message>
        <source>No scans are waiting for the store.
</source>
        <translation>Aucun scan n'attend le stockage.
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scan(s) still kept in %2)</source>
        <translation>
            <numerusform>%1 (%n scan encore gardé dans %2)</numerusform>
            <numerusform>%1 (%n scans encore gardés dans %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) written to %1.
</source>
        <translation>
            <numerusform>%n scan écrit dans %1.
</numerusform>
            <numerusform>%n scans écrits dans %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>flush takes no argument (the store is --store's)</source>
        <translation>flush ne prend pas d'argument (le stockage est celui de --store)</translation>
    </message>
    <message>
        <source>Store: %1 (%2, schema %3)
</source>
        <translation>Stockage : %1 (%2, schéma %3)
</translation>
    </message>
    <message>
        <source>This scanner: %1
</source>
        <translation>Ce scanner : %1
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
        <translation>DERNIER SCAN</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>APPAREILS</translation>
    </message>
    <message>
        <source>WATCHES</source>
        <translation>SURVEILLANCES</translation>
    </message>
    <message>
        <source>No scanner has written to this store yet.
</source>
        <translation>Aucun scanner n'a encore écrit dans ce stockage.
</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept here, waiting for the store (%1).
</source>
        <translation>
            <numerusform>%n scan gardé ici, en attente du stockage (%1).
</numerusform>
            <numerusform>%n scans gardés ici, en attente du stockage (%1).
</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>format « %1 » non valide : attendu text ou json</translation>
    </message>
    <message>
        <source>copy, flush or status</source>
        <translation>copy, flush ou status</translation>
    </message>
    <message>
        <source>Output format of status: text or json (default text).</source>
        <translation>Format de sortie de status : text ou json (text par défaut).</translation>
    </message>
    <message>
        <source>status takes no argument (the store is --store's)</source>
        <translation>status ne prend pas d'argument (le stockage est celui de --store)</translation>
    </message>
    <message>
        <source>give copy FROM TO, flush or status (try --help)</source>
        <translation>indiquez copy FROM TO, flush ou status (voir --help)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected copy, flush or status</source>
        <translation>commande « %1 » inconnue : attendu copy, flush ou status</translation>
    </message>
    <message>
        <source>Connection: cannot be read (%1)
</source>
        <translation>Connexion : illisible (%1)
</translation>
    </message>
    <message>
        <source>Connection: as %1, encrypted (%2)
</source>
        <translation>Connexion : en tant que %1, chiffrée (%2)
</translation>
    </message>
    <message>
        <source>Connection: as %1, not encrypted
</source>
        <translation>Connexion : en tant que %1, non chiffrée
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Avertissement : %1
</translation>
    </message>
    <message>
        <source>The server's certificate and name are checked (sslmode=verify-full).
</source>
        <translation>Le certificat et le nom du serveur sont vérifiés (sslmode=verify-full).
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
        <translation>Le stockage lui-même : où sont l'historique, les appareils et les surveillances (%1).
  copy FROM TO      copier tout un stockage dans un nouveau, vide, et le vérifier
  flush             écrire les scans gardés ici pendant l'absence d'un stockage partagé
  status            scans, dernier scan, appareils et surveillances de chaque scanner
  add-scanner, add-viewer, remove-role, roles : les rôles de connexion du stockage
                    (portolan-cli store add-scanner --help)
FROM et TO : sqlite:CHEMIN (ou un chemin) ou postgresql://UTILISATEUR@HÔTE[:PORT]/BASE.</translation>
    </message>
</context>
<context>
    <name>CliWatch</name>
    <message>
        <source>Output of list, run and events: text or json (default text).</source>
        <translation>Sortie de list, run et events : text ou json (text par défaut).</translation>
    </message>
    <message>
        <source>run: every watch whose time has come.</source>
        <translation>run : chaque surveillance dont l'heure est venue.</translation>
    </message>
    <message>
        <source>events: only those since WHEN (2026-12-01, 2026-12-01T08:00, or 2h, 1d ago).</source>
        <translation>events : seulement ceux depuis WHEN (2026-12-01, 2026-12-01T08:00, ou il y a 2h, 1d).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>format non valide « %1 » : text ou json attendu</translation>
    </message>
    <message>
        <source>give add, list, remove, pause, resume, run or events (try --help)</source>
        <translation>indiquez add, list, remove, pause, resume, run ou events (essayez --help)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected add, list, remove, pause, resume, run or events</source>
        <translation>commande inconnue « %1 » : add, list, remove, pause, resume, run ou events attendu</translation>
    </message>
    <message>
        <source>%1 needs the name of a watch (see portolan-cli watch list)</source>
        <translation>%1 demande le nom d'une surveillance (voir portolan-cli watch list)</translation>
    </message>
    <message>
        <source>%1 takes no more arguments</source>
        <translation>%1 ne prend pas d'autre argument</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 demande une valeur</translation>
    </message>
    <message>
        <source>invalid value "%1" for %2: expected %3 to %4</source>
        <translation>valeur « %1 » invalide pour %2 : attendu de %3 à %4</translation>
    </message>
    <message>
        <source>add needs a name first: watch add NAME --every DURATION TARGET...</source>
        <translation>add demande d'abord un nom : watch add NOM --every DURÉE CIBLE...</translation>
    </message>
    <message>
        <source>add needs --every DURATION (15m, 2h, 1d; at least 1m)</source>
        <translation>add demande --every DURÉE (15m, 2h, 1d ; au moins 1m)</translation>
    </message>
    <message>
        <source>invalid interval "%1": expected 15m, 2h, 1d and the like, at least 1m</source>
        <translation>intervalle « %1 » invalide : attendu 15m, 2h, 1d ou semblable, au moins 1m</translation>
    </message>
    <message>
        <source>--on-change: %1</source>
        <translation>--on-change : %1</translation>
    </message>
    <message>
        <source>unknown event kind "%1" for --alert-on: expected %2</source>
        <translation>type d'événement « %1 » inconnu pour --alert-on : attendu %2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>SCANNER</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>TOUTES</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>DERNIÈRE</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>PROCHAINE</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>CHANGEM.</translation>
    </message>
    <message>
        <source>TARGETS (PORTS)</source>
        <translation>CIBLES (PORTS)</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>, en pause</translation>
    </message>
    <message>
        <source>, running</source>
        <translation>, en cours</translation>
    </message>
    <message>
        <source>, last run: %1</source>
        <translation>, dernière exécution : %1</translation>
    </message>
    <message>
        <source>No watches (add one: portolan-cli watch add NAME --every 1h TARGET...).
</source>
        <translation>Aucune surveillance (en ajouter une : portolan-cli watch add NOM --every 1h CIBLE...).
</translation>
    </message>
    <message>
        <source>invalid --since "%1": expected a date (2026-12-01), a time (2026-12-01T08:00) or a duration ago (2h, 1d)</source>
        <translation>--since « %1 » invalide : attendu une date (2026-12-01), une heure (2026-12-01T08:00) ou une durée écoulée (2h, 1d)</translation>
    </message>
    <message>
        <source>%1 is running in another Portolan now</source>
        <translation>%1 s'exécute en ce moment dans un autre Portolan</translation>
    </message>
    <message>
        <source>%1: first run, the baseline: nothing to compare with yet.
</source>
        <translation>%1 : première exécution, la référence : rien à comparer pour l'instant.
</translation>
    </message>
    <message>
        <source>%1: nothing changed.
</source>
        <translation>%1 : rien n'a changé.
</translation>
    </message>
    <message>
        <source>Watch %1 added: every %2; its first run (the baseline) is due now.
</source>
        <translation>Surveillance %1 ajoutée : toutes les %2 ; sa première exécution (la référence) est due maintenant.
</translation>
    </message>
    <message>
        <source>Watch %1 removed.
</source>
        <translation>Surveillance %1 supprimée.
</translation>
    </message>
    <message>
        <source>Watch %1 paused.
</source>
        <translation>Surveillance %1 mise en pause.
</translation>
    </message>
    <message>
        <source>Watch %1 resumed.
</source>
        <translation>Surveillance %1 reprise.
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
        <translation>Des scans qui reviennent à chaque intervalle et disent ce qui a changé.
  add NAME --every DURATION [options de scan] [--on-change COMMAND] [--no-notify]
      [--gone-after N] [--cert-days N] [--alert-on KINDS] TARGET...
                      une nouvelle surveillance (DURATION : 15m, 2h, 1d ; au moins 1m)
  list                les surveillances
  remove NAME         oublier une surveillance et ses événements
  pause NAME, resume NAME
  run NAME            l'exécuter maintenant : sortie 0 si rien n'a changé, 3 sinon
  run --due           exécuter chaque surveillance dont l'heure est venue (le minuteur systemd le fait)
  events [NAME]       ce que les exécutions ont trouvé changé
Types d'événements : %1.</translation>
    </message>
    <message>
        <source>add, list, remove, pause, resume, run or events</source>
        <translation>add, list, remove, pause, resume, run ou events</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Scans</source>
        <translation>Comparer des analyses</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Type de changement</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Tous les changements</translation>
    </message>
    <message>
        <source>Hosts that appeared</source>
        <translation>Hôtes apparus</translation>
    </message>
    <message>
        <source>Hosts that went away</source>
        <translation>Hôtes disparus</translation>
    </message>
    <message>
        <source>Ports that opened</source>
        <translation>Ports ouverts depuis</translation>
    </message>
    <message>
        <source>Ports that closed</source>
        <translation>Ports fermés depuis</translation>
    </message>
    <message>
        <source>States that changed</source>
        <translation>États modifiés</translation>
    </message>
    <message>
        <source>Banners that changed</source>
        <translation>Bannières modifiées</translation>
    </message>
    <message>
        <source>Filter by host, port or text</source>
        <translation>Filtrer par hôte, port ou texte</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>non analysé</translation>
    </message>
    <message>
        <source>No changes.
Old: %1
New: %2</source>
        <translation>Aucun changement.
Ancienne : %1
Nouvelle : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).
Old: %1
New: %2</source>
        <translation>
            <numerusform>%n changement.
Ancienne : %1
Nouvelle : %2</numerusform>
            <numerusform>%n changements.
Ancienne : %1
Nouvelle : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>%1

Any earlier file at that path is unchanged.</source>
        <translation>%1

Tout fichier antérieur à cet emplacement est inchangé.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>no session bus</source>
        <translation>pas de bus de session</translation>
    </message>
    <message>
        <source>Show Events</source>
        <translation>Afficher les événements</translation>
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
        <translation>down depuis %1</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>VU EN DERNIER</translation>
    </message>
    <message>
        <source>NAMES / OPEN PORTS</source>
        <translation>NOMS / PORTS OUVERTS</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouveau)</translation>
    </message>
    <message>
        <source>No devices in the inventory: scans kept in the history add them.
</source>
        <translation>Aucun appareil dans l'inventaire : les analyses gardées dans l'historique les ajoutent.
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
        <translation>Actif</translation>
    </message>
    <message>
        <source>Down since %1</source>
        <translation>Inactif depuis %1</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1 : du %2 au %3</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <source>Known device</source>
        <translation>Appareil connu</translation>
    </message>
    <message>
        <source>New: not yet marked known</source>
        <translation>Nouveau : pas encore marqué comme connu</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu la première fois</translation>
    </message>
    <message>
        <source>Open ports</source>
        <translation>Ports ouverts</translation>
    </message>
    <message>
        <source>The scanner that saw it last</source>
        <translation>Le scanner qui l'a vu en dernier</translation>
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
        <translation>il n'y a pas d'appareil %1 dans l'inventaire</translation>
    </message>
    <message>
        <source>"%1" is neither a MAC address nor an IP address</source>
        <translation>« %1 » n'est ni une adresse MAC ni une adresse IP</translation>
    </message>
    <message>
        <source>no device in the inventory has %1 (see portolan-cli devices)</source>
        <translation>aucun appareil de l'inventaire n'a %1 (voir portolan-cli devices)</translation>
    </message>
    <message>
        <source>line %1: a quote that does not close, or one inside a cell</source>
        <translation>ligne %1 : un guillemet qui ne se ferme pas, ou un guillemet au milieu d'une cellule</translation>
    </message>
    <message>
        <source>no labels in the file (one "device,label[,notes]" per line)</source>
        <translation>aucune étiquette dans le fichier (une ligne « device,label[,notes] » par appareil)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1: expected device,label[,notes], found %2 cells</source>
        <translation>%1 : device,label[,notes] attendu, %2 cellules trouvées</translation>
    </message>
    <message>
        <source>%1 is a device of each of the scanners %2: name one with --scanner</source>
        <translation>%1 est un appareil de chacun des scanners %2 : indiquez-en un avec --scanner</translation>
    </message>
    <message>
        <source>permission denied: the store does not let this scanner change device %1 (a device known by its MAC address is forgotten only by the store's owner; one known by its address, only by its own scanner)</source>
        <translation>permission refusée : le stockage ne laisse pas ce scanner modifier l'appareil %1 (un appareil connu par son adresse MAC n'est oublié que par le propriétaire du stockage ; un appareil connu par son adresse, que par son propre scanner)</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Search by label, name, address, MAC, vendor or port</source>
        <translation>Rechercher par étiquette, nom, adresse, MAC, fabricant ou port</translation>
    </message>
    <message>
        <source>Search the devices</source>
        <translation>Rechercher dans les appareils</translation>
    </message>
    <message>
        <source>&amp;New only</source>
        <translation>&amp;Nouveaux seulement</translation>
    </message>
    <message>
        <source>Only devices not yet marked known</source>
        <translation>Seulement les appareils pas encore marqués comme connus</translation>
    </message>
    <message>
        <source>Do&amp;wn only</source>
        <translation>&amp;Inactifs seulement</translation>
    </message>
    <message>
        <source>Only devices that the last scan of them found down</source>
        <translation>Seulement les appareils que leur dernière analyse a trouvés inactifs</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>Éti&amp;quette…</translation>
    </message>
    <message>
        <source>Mark as &amp;Known</source>
        <translation>Marquer comme &amp;connu</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Give the device a label (F2, or double-click the Label column to edit it there)</source>
        <translation>Donner une étiquette à l'appareil (F2, ou double-clic dans la colonne Étiquette pour la modifier sur place)</translation>
    </message>
    <message>
        <source>The selected devices are no longer new (Ctrl+K)</source>
        <translation>Les appareils sélectionnés ne sont plus nouveaux (Ctrl+K)</translation>
    </message>
    <message>
        <source>Mark as &amp;New</source>
        <translation>Marquer comme &amp;nouveau</translation>
    </message>
    <message>
        <source>Remove the selected devices from the inventory; a scan that sees one again finds it new (Del)</source>
        <translation>Retirer les appareils sélectionnés de l'inventaire ; une analyse qui en revoit un le trouve nouveau (Suppr)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new</source>
        <translation>
            <numerusform>, %n nouveau</numerusform>
            <numerusform>, %n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n affiché)</numerusform>
            <numerusform> (%n affichés)</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices yet: every scan kept in the history adds those it finds up.</source>
        <translation>Pas encore d'appareils : chaque analyse gardée dans l'historique ajoute ceux qu'elle trouve actifs.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Label for %1 (empty removes it):</source>
        <translation>Étiquette de %1 (vide la retire) :</translation>
    </message>
    <message>
        <source>Forget Devices</source>
        <translation>Oublier des appareils</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n device(s)? Their labels and notes go with them.</source>
        <translation>
            <numerusform>Oublier %n appareil ? Son étiquette et ses notes partent avec lui.</numerusform>
            <numerusform>Oublier %n appareils ? Leurs étiquettes et notes partent avec eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Down since %1</source>
        <translation>Inactif depuis %1</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>Mark the selected events (or all shown) as seen</source>
        <translation>Marquer les événements sélectionnés (ou tous ceux affichés) comme vus</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Every watch</source>
        <translation>Toutes les surveillances</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not acknowledged</source>
        <translation>
            <numerusform>, %n non acquitté</numerusform>
            <numerusform>, %n non acquittés</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n événement exporté vers %1.</numerusform>
            <numerusform>%n événements exportés vers %1.</numerusform>
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
        <translation>%1 (arrêtée)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Hosts up</source>
        <translation>Hôtes actifs</translation>
    </message>
    <message>
        <source>Open ports</source>
        <translation>Ports ouverts</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
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
        <translation>Historique</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the scan in the table, read-only (Enter)</source>
        <translation>Afficher l’analyse dans le tableau, en lecture seule (Entrée)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Show what changed between the two selected scans</source>
        <translation>Montrer ce qui a changé entre les deux analyses choisies</translation>
    </message>
    <message>
        <source>Re&amp;scan</source>
        <translation>Ré&amp;analyser</translation>
    </message>
    <message>
        <source>Run the scan again with the same parameters and compare</source>
        <translation>Relancer l’analyse avec les mêmes paramètres et comparer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected scans from the history (Del)</source>
        <translation>Supprimer de l’historique les analyses choisies (Suppr)</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n analyse</numerusform>
            <numerusform>%n analyses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) match</source>
        <translation>
            <numerusform>%n analyse correspond</numerusform>
            <numerusform>%n analyses correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by host, port, service or scanner</source>
        <translation>Rechercher par hôte, port, service ou scanner</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n'est pas installé</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>it is not a database Portolan can read</source>
        <translation>ce n'est pas une base de données que Portolan sait lire</translation>
    </message>
    <message>
        <source>a newer Portolan made it</source>
        <translation>un Portolan plus récent l'a créée</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>elle est endommagée</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2) and cannot be moved aside</source>
        <translation>%1 est inutilisable (%2) et ne peut pas être mis de côté</translation>
    </message>
    <message>
        <source>The history file %1 could not be used (%2); it was kept as %3 and a new history started.</source>
        <translation>Le fichier d'historique %1 était inutilisable (%2) ; il a été conservé sous %3 et un nouvel historique a commencé.</translation>
    </message>
    <message>
        <source>cannot start a new history at %1</source>
        <translation>impossible de commencer un nouvel historique dans %1</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>l'historique n'est pas ouvert</translation>
    </message>
    <message>
        <source>there is no scan %1 in the history</source>
        <translation>il n'y a pas d'analyse %1 dans l'historique</translation>
    </message>
    <message>
        <source>the history database is busy (another Portolan is writing to it); try again</source>
        <translation>la base de l'historique est occupée (un autre Portolan y écrit) ; réessayez</translation>
    </message>
    <message>
        <source>the disk is full: the scan is not in the history</source>
        <translation>le disque est plein : l'analyse n'est pas dans l'historique</translation>
    </message>
    <message>
        <source>writing failed (%1): the scan is not in the history</source>
        <translation>l'écriture a échoué (%1) : l'analyse n'est pas dans l'historique</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL; Debian: libqt6sql6-psql) is not installed</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL ; Debian : libqt6sql6-psql) n'est pas installé</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer Portolan (schema %2; this one knows %3): it is left as it is</source>
        <translation>%1 a été créé par un Portolan plus récent (schéma %2 ; celui-ci connaît %3) : il est laissé tel quel</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtré</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms : %1</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Fabricant : %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message numerus="yes">
        <source>and %n more open port(s)</source>
        <translation>
            <numerusform>et %n autre port ouvert</numerusform>
            <numerusform>et %n autres ports ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Accepts a connection on every port: a firewall or tarpit answers for it, so its open ports say little; service detection looked at a few of them only.</source>
        <translation>Accepte une connexion sur chaque port : un pare-feu ou un tarpit répond à sa place, ses ports ouverts en disent donc peu ; la détection des services n'en a examiné que quelques-uns.</translation>
    </message>
    <message>
        <source>%1 (every port answers)</source>
        <translation>%1 (chaque port répond)</translation>
    </message>
    <message>
        <source>Open|filtered</source>
        <translation>Ouvert|filtré</translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message>
        <source>the rules file is not a JSON object: %1</source>
        <translation>le fichier de règles n'est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>the rules file holds no rules</source>
        <translation>le fichier de règles ne contient aucune règle</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sans id)</translation>
    </message>
    <message>
        <source>rule %1: id, source and why are required</source>
        <translation>règle %1 : id, source et why sont obligatoires</translation>
    </message>
    <message>
        <source>rule %1: bad pattern: %2</source>
        <translation>règle %1 : motif invalide : %2</translation>
    </message>
    <message>
        <source>rule %1: weight must be 1 to 100</source>
        <translation>règle %1 : le poids doit être compris entre 1 et 100</translation>
    </message>
    <message>
        <source>rule %1: "%2" is not a device type</source>
        <translation>règle %1 : « %2 » n'est pas un type d'appareil</translation>
    </message>
    <message>
        <source>rule %1: it concludes nothing (type, maker, model or os)</source>
        <translation>règle %1 : elle ne conclut rien (type, maker, model ou os)</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l'octet %1 : %2</translation>
    </message>
    <message>
        <source>not a Portolan JSON export (no scanner and results)</source>
        <translation>pas un export JSON de Portolan (pas de scanner ni de results)</translation>
    </message>
    <message>
        <source>%1 entries without a valid address, port, protocol or state skipped</source>
        <translation>%1 entrées sans adresse, port, protocole ou état valide ignorées</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Targets:</source>
        <translation>&amp;Cibles :</translation>
    </message>
    <message>
        <source>Host names, addresses, 10.0.0.0/24, 10.0.0.1-50, ::1 ...</source>
        <translation>Noms d’hôte, adresses, 10.0.0.0/24, 10.0.0.1-50, ::1 …</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>&amp;Load from File...</source>
        <translation>&amp;Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>Load targets from file</source>
        <translation>Charger les cibles depuis un fichier</translation>
    </message>
    <message>
        <source>Targets error</source>
        <translation>Erreur dans les cibles</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports :</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>Show scan options</source>
        <translation>Afficher les options d’analyse</translation>
    </message>
    <message>
        <source>Ports error</source>
        <translation>Erreur dans les ports</translation>
    </message>
    <message>
        <source>Scan options</source>
        <translation>Options d’analyse</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds</source>
        <translation>Délai par tentative en millisecondes</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Nouvelles tentatives :</translation>
    </message>
    <message>
        <source>Retries for ports that do not answer</source>
        <translation>Nouvelles tentatives pour les ports qui ne répondent pas</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallélisme :</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Connections in flight, 0 for automatic</source>
        <translation>Connexions simultanées, 0 pour automatique</translation>
    </message>
    <message>
        <source>Grab &amp;banners</source>
        <translation>Lire les &amp;bannières</translation>
    </message>
    <message>
        <source>Every &amp;address of a name</source>
        <translation>Toutes les &amp;adresses d’un nom</translation>
    </message>
    <message>
        <source>List c&amp;losed ports</source>
        <translation>Lister les ports &amp;fermés</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>Lancer l’analyse</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume scan</source>
        <translation>Suspendre ou reprendre l’analyse</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation>Arrêter l’analyse</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l’analyse</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Scanned hosts</source>
        <translation>Hôtes analysés</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Show open ports</source>
        <translation>Afficher les ports ouverts</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtré</translation>
    </message>
    <message>
        <source>Show filtered ports</source>
        <translation>Afficher les ports filtrés</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Show closed ports</source>
        <translation>Afficher les ports fermés</translation>
    </message>
    <message>
        <source>Search results (Ctrl+F)</source>
        <translation>Rechercher dans les résultats (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Rechercher dans les résultats</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation>Résultats de l’analyse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Load Targets from File...</source>
        <translation>&amp;Charger des cibles depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;Export Results...</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>Export &amp;Shown Rows...</source>
        <translation>Exporter les lignes &amp;affichées…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Copy &amp;Address:Port</source>
        <translation>Copier &amp;adresse:port</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Edit &amp;Targets</source>
        <translation>Modifier les &amp;cibles</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>À &amp;propos de Portolan</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Common ports</source>
        <translation>Ports courants</translation>
    </message>
    <message>
        <source>Well-known (1-1024)</source>
        <translation>Bien connus (1-1024)</translation>
    </message>
    <message>
        <source>All (1-65535)</source>
        <translation>Tous (1-65535)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation>À propos de Portolan</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Fix the marked field to start the scan.</source>
        <translation>Corrigez le champ signalé pour lancer l’analyse.</translation>
    </message>
    <message>
        <source>Large scan</source>
        <translation>Analyse de grande taille</translation>
    </message>
    <message>
        <source>This scan sends %1 probes (%2 addresses x %3 ports). Start it?</source>
        <translation>Cette analyse envoie %1 sondes (%2 adresses × %3 ports). La lancer ?</translation>
    </message>
    <message>
        <source>Scan not started.</source>
        <translation>Analyse non lancée.</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Paused. Resume with Ctrl+P.</source>
        <translation>En pause. Reprenez avec Ctrl+P.</translation>
    </message>
    <message>
        <source>Load Targets</source>
        <translation>Charger des cibles</translation>
    </message>
    <message>
        <source>Target lists (*.txt *.lst *.list);;All files (*)</source>
        <translation>Listes de cibles (*.txt *.lst *.list);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export all results to CSV or JSON</source>
        <translation>Exporter tous les résultats en CSV ou JSON</translation>
    </message>
    <message>
        <source>Start the scan</source>
        <translation>Lancer l’analyse</translation>
    </message>
    <message>
        <source>Pause or resume the scan</source>
        <translation>Suspendre ou reprendre l’analyse</translation>
    </message>
    <message>
        <source>Stop the scan, keeping what it found</source>
        <translation>Arrêter l’analyse en gardant ce qui a été trouvé</translation>
    </message>
    <message>
        <source>Tim&amp;ing:</source>
        <translation>M&amp;inutage :</translation>
    </message>
    <message>
        <source>Timing preset</source>
        <translation>Profil de minutage</translation>
    </message>
    <message>
        <source>Sets the timeout, retries and concurrency beside it, like nmap's -T0 to -T5</source>
        <translation>Règle le délai, les tentatives et la concurrence à côté, comme -T0 à -T5 de nmap</translation>
    </message>
    <message>
        <source>Paranoid (T0)</source>
        <translation>Paranoïaque (T0)</translation>
    </message>
    <message>
        <source>Sneaky (T1)</source>
        <translation>Furtif (T1)</translation>
    </message>
    <message>
        <source>Polite (T2)</source>
        <translation>Poli (T2)</translation>
    </message>
    <message>
        <source>Normal (T3)</source>
        <translation>Normal (T3)</translation>
    </message>
    <message>
        <source>Aggressive (T4)</source>
        <translation>Agressif (T4)</translation>
    </message>
    <message>
        <source>Insane (T5)</source>
        <translation>Insensé (T5)</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hôtes :</translation>
    </message>
    <message>
        <source>Host discovery</source>
        <translation>Découverte des hôtes</translation>
    </message>
    <message>
        <source>Blocks, ranges and target files: scan only the hosts that answer a ping or a connect, or every address (-Pn). Hosts typed one by one are always scanned.</source>
        <translation>Blocs, plages et fichiers de cibles : n’analyser que les hôtes qui répondent à un ping ou à une connexion, ou toutes les adresses (-Pn). Les hôtes saisis un par un sont toujours analysés.</translation>
    </message>
    <message>
        <source>Scan live hosts</source>
        <translation>Analyser les hôtes actifs</translation>
    </message>
    <message>
        <source>Scan every address</source>
        <translation>Analyser toutes les adresses</translation>
    </message>
    <message>
        <source>Find &amp;Live Hosts</source>
        <translation>Trouver les hôtes &amp;actifs</translation>
    </message>
    <message>
        <source>Find which hosts of the targets are up, without scanning their ports</source>
        <translation>Trouver quels hôtes des cibles sont actifs, sans analyser leurs ports</translation>
    </message>
    <message>
        <source>Show &amp;Down Hosts</source>
        <translation>Afficher les hôtes &amp;inactifs</translation>
    </message>
    <message>
        <source>List the hosts that did not answer in the hosts pane</source>
        <translation>Lister dans le panneau des hôtes ceux qui n’ont pas répondu</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>Sa&amp;ve every scan</source>
        <translation>Conser&amp;ver chaque analyse</translation>
    </message>
    <message>
        <source>Keep each finished or stopped scan in the history, to open and compare later</source>
        <translation>Conserver dans l’historique chaque analyse terminée ou arrêtée, pour l’ouvrir et la comparer plus tard</translation>
    </message>
    <message>
        <source>Ke&amp;ep:</source>
        <translation>Gard&amp;er :</translation>
    </message>
    <message>
        <source> scans</source>
        <translation> analyses</translation>
    </message>
    <message>
        <source>How many scans the history keeps; older ones are deleted</source>
        <translation>Nombre d’analyses que garde l’historique ; les plus anciennes sont supprimées</translation>
    </message>
    <message>
        <source>%1 - Portolan (read-only)</source>
        <translation>%1 - Portolan (lecture seule)</translation>
    </message>
    <message>
        <source>Detect services and versio&amp;ns</source>
        <translation>Détecter services et versio&amp;ns</translation>
    </message>
    <message>
        <source>Ask each open port what it runs (greetings, HTTP, TLS certificates, Redis, databases, ...), like nmap -sV; otherwise the service is guessed from the port number</source>
        <translation>Demander à chaque port ouvert ce qu’il exécute (bannières, HTTP, certificats TLS, Redis, bases de données, …), comme nmap -sV ; sinon le service est deviné d’après le numéro de port</translation>
    </message>
    <message>
        <source> ms per port</source>
        <translation> ms par port</translation>
    </message>
    <message>
        <source>The most time service detection spends on one port</source>
        <translation>Le temps maximal que la détection de services consacre à un port</translation>
    </message>
    <message>
        <source> per host</source>
        <translation> par hôte</translation>
    </message>
    <message>
        <source>Service detection's connections to one host at once</source>
        <translation>Connexions simultanées de la détection de services vers un hôte</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <source>Scan TCP ports, UDP ports or both (Alt+U). Ports typed with T: or U: (U:53,161) keep their protocol.</source>
        <translation>Analyser les ports TCP, les ports UDP ou les deux (Alt+U). Les ports saisis avec T: ou U: (U:53,161) gardent leur protocole.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Open|filtered</source>
        <translation>Ouvert|filtré</translation>
    </message>
    <message>
        <source>UDP ports that stayed silent: open, or a firewall dropped the probe</source>
        <translation>Ports UDP restés muets : ouverts, ou un pare-feu a rejeté la sonde</translation>
    </message>
    <message>
        <source>Show open|filtered ports</source>
        <translation>Afficher les ports ouverts|filtrés</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;A fast, accurate TCP and UDP port scanner.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Scan only hosts you are allowed to test.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Un scanner de ports TCP et UDP rapide et précis.&lt;/p&gt;&lt;p&gt;Sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;N'analysez que les hôtes que vous êtes autorisé à tester.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NmapXmlReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1="%2" is not a number up to %3</source>
        <translation>%1="%2" n'est pas un nombre jusqu'à %3</translation>
    </message>
    <message>
        <source>port 0</source>
        <translation>port 0</translation>
    </message>
    <message>
        <source>not an nmap XML file (no nmaprun element)</source>
        <translation>pas un fichier XML de nmap (pas d'élément nmaprun)</translation>
    </message>
    <message>
        <source>the %1 part of the scan skipped</source>
        <translation>partie %1 de l'analyse ignorée</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>« %1 » n'est pas une adresse IP</translation>
    </message>
    <message>
        <source>%1 ports not listed one by one skipped</source>
        <translation>ports %1 non listés un par un ignorés</translation>
    </message>
    <message>
        <source>ports before the host's address</source>
        <translation>ports avant l'adresse de l'hôte</translation>
    </message>
    <message>
        <source>ports in state %1 skipped</source>
        <translation>ports à l'état %1 ignorés</translation>
    </message>
    <message>
        <source>elapsed="%1" is not a duration</source>
        <translation>elapsed="%1" n'est pas une durée</translation>
    </message>
    <message>
        <source>OS matches and traceroutes skipped</source>
        <translation>détections d'OS et traceroutes ignorées</translation>
    </message>
    <message>
        <source>a host without an IP address</source>
        <translation>un hôte sans adresse IP</translation>
    </message>
    <message>
        <source>entity declarations are not allowed</source>
        <translation>les déclarations d'entités ne sont pas autorisées</translation>
    </message>
    <message>
        <source>unknown entity &amp;%1;</source>
        <translation>entité inconnue &amp;%1;</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>éléments imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 fois)</translation>
    </message>
    <message>
        <source>%1 ports skipped (Portolan scans TCP and UDP)</source>
        <translation>%1 ports ignorés (Portolan analyse TCP et UDP)</translation>
    </message>
    <message>
        <source>reasons from something other than an IP address skipped</source>
        <translation>raisons venant d'autre chose qu'une adresse IP ignorées</translation>
    </message>
</context>
<context>
    <name>OpenerCommand</name>
    <message>
        <source>unknown placeholder {%1}: use {address}, {port} or {host}</source>
        <translation>espace réservé inconnu {%1} : utilisez {address}, {port} ou {host}</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Connect with netcat</source>
        <translation>Se connecter avec netcat</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>un guillemet n'est pas fermé</translation>
    </message>
    <message>
        <source>no program given</source>
        <translation>aucun programme indiqué</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Banners come from TCP connections: this scan has no TCP ports</source>
        <translation>Les bannières viennent des connexions TCP : cette analyse n'a pas de port TCP</translation>
    </message>
</context>
<context>
    <name>PendingScans</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a scan kept by Portolan: %2</source>
        <translation>%1 n'est pas un scan gardé par Portolan : %2</translation>
    </message>
    <message>
        <source>scan %1 was written, but %2 cannot be removed: remove it by hand</source>
        <translation>le scan %1 a été écrit, mais %2 ne peut pas être supprimé : supprimez-le à la main</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept while %1 was away written there now.</source>
        <translation>
            <numerusform>%n scan gardé pendant l'absence de %1 y est maintenant écrit.</numerusform>
            <numerusform>%n scans gardés pendant l'absence de %1 y sont maintenant écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>scans kept while %1 was away could not be written yet: %2</source>
        <translation>les scans gardés pendant l'absence de %1 n'ont pas encore pu être écrits : %2</translation>
    </message>
    <message>
        <source>%1, and keeping the scan here failed too: %2</source>
        <translation>%1, et garder le scan ici a aussi échoué : %2</translation>
    </message>
    <message>
        <source>%1; the scan is kept in %2 until "portolan-cli store flush" writes it to %3</source>
        <translation>%1 ; le scan est gardé dans %2 jusqu'à ce que « portolan-cli store flush » l'écrive dans %3</translation>
    </message>
    <message>
        <source>%1 refused this scanner: %2; the scan is kept in %3 ("portolan-cli store flush" writes it there once that is put right)</source>
        <translation>%1 a refusé ce scanner : %2 ; le scan est gardé dans %3 (« portolan-cli store flush » l'y écrira une fois cela corrigé)</translation>
    </message>
</context>
<context>
    <name>PgPass</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PortSpec</name>
    <message>
        <source>no ports given</source>
        <translation>aucun port indiqué</translation>
    </message>
    <message>
        <source>empty entry in the port list</source>
        <translation>entrée vide dans la liste des ports</translation>
    </message>
    <message>
        <source>invalid port range "%1": ports are 1 to 65535</source>
        <translation>plage de ports non valide « %1 » : les ports vont de 1 à 65535</translation>
    </message>
    <message>
        <source>reversed port range "%1"</source>
        <translation>plage de ports inversée « %1 »</translation>
    </message>
    <message>
        <source>invalid port "%1": ports are 1 to 65535</source>
        <translation>port non valide « %1 » : les ports vont de 1 à 65535</translation>
    </message>
    <message>
        <source>unknown port or service "%1"</source>
        <translation>port ou service inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown UDP port or service "%1"</source>
        <translation>port ou service UDP inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown protocol prefix in "%1": use T: for TCP or U: for UDP</source>
        <translation>préfixe de protocole inconnu dans « %1 » : utilisez T: pour TCP ou U: pour UDP</translation>
    </message>
    <message>
        <source>no ports after "%1"</source>
        <translation>aucun port après « %1 »</translation>
    </message>
    <message>
        <source>"%1" names UDP ports, but only TCP was asked for</source>
        <translation>« %1 » désigne des ports UDP, mais seul TCP a été demandé</translation>
    </message>
    <message>
        <source>"%1" names TCP ports, but only UDP was asked for</source>
        <translation>« %1 » désigne des ports TCP, mais seul UDP a été demandé</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>impossible de rendre %1 privé : %2</translation>
    </message>
    <message>
        <source>%1 was readable by other users (mode %2): now by you alone (%3)</source>
        <translation>%1 était lisible par d'autres utilisateurs (mode %2) : il l'est maintenant par vous seul (%3)</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <translation>impossible de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>%1 n’a pas pu être lancé (est-il installé ?)</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Shown Rows</source>
        <translation>Exporter les lignes affichées</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>%1

Any earlier file at that path is unchanged.</source>
        <translation>%1

Tout fichier existant à cet emplacement est inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>Export de %n ligne…</numerusform>
            <numerusform>Export de %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; any earlier file at %1 is unchanged.</source>
        <translation>Export annulé ; tout fichier antérieur à %1 est inchangé.</translation>
    </message>
    <message>
        <source>nmap XML files (*.xml)</source>
        <translation>Fichiers XML nmap (*.xml)</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>%1, %2 ms latency</source>
        <translation>%1, latence %2 ms</translation>
    </message>
    <message>
        <source>Host is up (%1).</source>
        <translation>L’hôte est actif (%1).</translation>
    </message>
    <message>
        <source>Host is down (%1).</source>
        <translation>L’hôte est inactif (%1).</translation>
    </message>
    <message>
        <source>Host not known to be up (%1).</source>
        <translation>On ne sait pas si l’hôte est actif (%1).</translation>
    </message>
    <message>
        <source>Hosts: %1 up, %2 down, %3 addresses in all</source>
        <translation>Hôtes : %1 actifs, %2 inactifs, %3 adresses en tout</translation>
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
            <numerusform>%1 port</numerusform>
            <numerusform>%1 ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 host(s)</source>
        <translation>
            <numerusform>%1 hôte</numerusform>
            <numerusform>%1 hôtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
</context>
<context>
    <name>ScanArchive</name>
    <message>
        <source>The scan was not kept in the history: %1</source>
        <translation>L’analyse n’a pas été conservée dans l’historique : %1</translation>
    </message>
    <message>
        <source>Could not delete from the history: %1</source>
        <translation>Suppression de l’historique impossible : %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Open Scan</source>
        <translation>Ouvrir une analyse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> Skipped: %1</source>
        <translation> Ignoré : %1</translation>
    </message>
    <message>
        <source>Opened %1 (read-only).</source>
        <translation>%1 ouvert (lecture seule).</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Open Scan…</source>
        <translation>&amp;Ouvrir une analyse…</translation>
    </message>
    <message>
        <source>Open a saved scan (Portolan JSON or nmap XML), read-only</source>
        <translation>Ouvrir une analyse enregistrée (JSON Portolan ou XML nmap), en lecture seule</translation>
    </message>
    <message>
        <source>Compare &amp;With File…</source>
        <translation>Comparer &amp;avec un fichier…</translation>
    </message>
    <message>
        <source>Show what changed between a saved scan and the one in the table</source>
        <translation>Montrer ce qui a changé entre une analyse enregistrée et celle du tableau</translation>
    </message>
    <message>
        <source>&amp;Rescan and Compare</source>
        <translation>&amp;Réanalyser et comparer</translation>
    </message>
    <message>
        <source>Run the shown scan again and show what changed</source>
        <translation>Relancer l’analyse affichée et montrer ce qui a changé</translation>
    </message>
    <message>
        <source>the scan of %1</source>
        <translation>l’analyse de %1</translation>
    </message>
    <message>
        <source>Showing the saved scan of %1 from %2 (read-only).</source>
        <translation>Analyse enregistrée de %1 du %2 (lecture seule).</translation>
    </message>
    <message>
        <source>Scans (*.json *.xml);;Portolan JSON (*.json);;nmap XML (*.xml);;All files (*)</source>
        <translation>Analyses (*.json *.xml);;JSON Portolan (*.json);;XML nmap (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Compare With File</source>
        <translation>Comparer avec un fichier</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Compared: no changes.</source>
        <translation>Comparaison : aucun changement.</translation>
    </message>
    <message numerus="yes">
        <source>Compared: %n change(s).</source>
        <translation>
            <numerusform>Comparaison : %n changement.</numerusform>
            <numerusform>Comparaison : %n changements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Scans</source>
        <translation>Supprimer des analyses</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scan(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n analyse de l’historique ? C’est définitif.</numerusform>
            <numerusform>Supprimer %n analyses de l’historique ? C’est définitif.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Appareils</translation>
    </message>
</context>
<context>
    <name>ScanDiff</name>
    <message>
        <source>Old: %1
New: %2
</source>
        <translation>Ancienne : %1
Nouvelle : %2
</translation>
    </message>
    <message>
        <source>+ %1 is up, not in the old scan
</source>
        <translation>+ %1 est actif, absent de l'ancienne analyse
</translation>
    </message>
    <message>
        <source>+ %1 is up, was %2
</source>
        <translation>+ %1 est actif, était %2
</translation>
    </message>
    <message>
        <source>- %1 is not in the new scan, was up
</source>
        <translation>- %1 est absent de la nouvelle analyse, était actif
</translation>
    </message>
    <message>
        <source>- %1 is %2, was up
</source>
        <translation>- %1 est %2, était actif
</translation>
    </message>
    <message>
        <source>  %1:
</source>
        <translation>  %1 :
</translation>
    </message>
    <message>
        <source>%1 banner "%2", was "%3"</source>
        <translation>%1 bannière « %2 », était « %3 »</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 était %2</translation>
    </message>
    <message>
        <source>%1 %2, was %3</source>
        <translation>%1 %2, était %3</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>Aucun changement.
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).
</source>
        <translation>
            <numerusform>%n changement.
</numerusform>
            <numerusform>%n changements.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, commencée %2</translation>
    </message>
</context>
<context>
    <name>ScanFile</name>
    <message>
        <source>neither a Portolan JSON export nor nmap XML</source>
        <translation>ni un export JSON de Portolan ni du XML de nmap</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 GiB</source>
        <translation>%1 dépasse %2 Gio</translation>
    </message>
</context>
<context>
    <name>ScanForm</name>
    <message numerus="yes">
        <source>Loaded %n target(s) from %1.</source>
        <translation>
            <numerusform>%n cible chargée depuis %1.</numerusform>
            <numerusform>%n cibles chargées depuis %1.</numerusform>
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
        <translation>TCP et UDP</translation>
    </message>
    <message numerus="yes">
        <source>%n common UDP port(s)</source>
        <translation><numerusform>%n port UDP courant</numerusform><numerusform>%n ports UDP courants</numerusform></translation>
    </message>
    <message>
        <source>%1 common TCP ports and %2 common UDP ports</source>
        <translation>%1 ports TCP courants et %2 ports UDP courants</translation>
    </message>
    <message numerus="yes">
        <source>%n common TCP port(s)</source>
        <translation><numerusform>%n port TCP courant</numerusform><numerusform>%n ports TCP courants</numerusform></translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>cannot resolve %1: unknown host</source>
        <translation>impossible de résoudre %1 : hôte inconnu</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
</context>
<context>
    <name>ScanOptionsJson</name>
    <message>
        <source>the option %1 must be a whole number from %2 to %3</source>
        <translation>l'option %1 doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>the option %1 must be true or false</source>
        <translation>l'option %1 doit être true ou false</translation>
    </message>
    <message>
        <source>the option discovery must be automatic, skip or only</source>
        <translation>l'option discovery doit être automatic, skip ou only</translation>
    </message>
    <message>
        <source>the option discovery_ports must be a list of at most %1 ports</source>
        <translation>l'option discovery_ports doit être une liste de %1 ports au plus</translation>
    </message>
    <message>
        <source>the option discovery_ports holds a port that is not 1-65535</source>
        <translation>l'option discovery_ports contient un port hors de 1-65535</translation>
    </message>
    <message>
        <source>the option snmp_community must be text of at most 255 bytes</source>
        <translation>l'option snmp_community doit être un texte de 255 octets au plus</translation>
    </message>
</context>
<context>
    <name>ScanResultModel</name>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
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
        <translation>Protocole</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1: detected by what the port said (confidence %2 of 10)</source>
        <translation>%1 : détecté d’après ce que le port a répondu (confiance %2 sur 10)</translation>
    </message>
    <message>
        <source>%1: guessed from the port number</source>
        <translation>%1 : deviné d’après le numéro de port</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produit : %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS : %1, %2</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2%3</source>
        <translation>Certificat : %1, émis par %2%3</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (auto-signé)</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms : %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valide jusqu’au : %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>%1 from %2, not from the target</source>
        <translation>%1 de %2, pas de la cible</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>%1 open, %2 filtered, %3 closed</source>
        <translation>%1 ouverts, %2 filtrés, %3 fermés</translation>
    </message>
    <message>
        <source>%1 probes/s</source>
        <translation>%1 sondes/s</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>ETA --</source>
        <translation>Reste --</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Reste %1</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (arrêtée)</translation>
    </message>
    <message>
        <source> - stopped by an error: %1</source>
        <translation> – arrêtée par une erreur : %1</translation>
    </message>
    <message>
        <source> - not scanned: %1</source>
        <translation> – non analysé : %1</translation>
    </message>
    <message>
        <source>discovery %1 of %2 hosts, %3 up</source>
        <translation>découverte %1 sur %2 hôtes, %3 actifs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln host(s) up</source>
        <translation>
            <numerusform>%Ln hôte actif</numerusform>
            <numerusform>%Ln hôtes actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detecting services: %Ln port(s) left</source>
        <translation>
            <numerusform>Détection des services : %Ln port restant</numerusform>
            <numerusform>Détection des services : %Ln ports restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln live host(s) of %1 in %2</source>
        <translation>
            <numerusform>%Ln hôte actif trouvé sur %1 en %2</numerusform>
            <numerusform>%Ln hôtes actifs trouvés sur %1 en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed</source>
        <translation>Analyse de %1 sur %2 en %3 : %4 ouverts, %5 filtrés, %6 fermés</translation>
    </message>
    <message>
        <source>%1 open, %2 filtered, %3 open|filtered, %4 closed</source>
        <translation>%1 ouverts, %2 filtrés, %3 ouverts|filtrés, %4 fermés</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s)</source>
        <translation><numerusform>Confirmation de %n port UDP fermé</numerusform><numerusform>Confirmation de %n ports UDP fermés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation><numerusform>environ %n s restante</numerusform><numerusform>environ %n s restantes</numerusform></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restantes</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s) (%1)</source>
        <translation><numerusform>Confirmation de %n port UDP fermé (%1)</numerusform><numerusform>Confirmation de %n ports UDP fermés (%1)</numerusform></translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4</source>
        <translation>%1 analysés sur %2 en %3 : %4</translation>
    </message>
</context>
<context>
    <name>ScannerName</name>
    <message>
        <source>a scanner's name cannot be empty</source>
        <translation>le nom d'un scanner ne peut pas être vide</translation>
    </message>
    <message>
        <source>a scanner's name is at most 64 characters</source>
        <translation>le nom d'un scanner fait au plus 64 caractères</translation>
    </message>
    <message>
        <source>a scanner's name cannot start or end with a space</source>
        <translation>le nom d'un scanner ne peut ni commencer ni finir par une espace</translation>
    </message>
    <message>
        <source>a scanner's name cannot hold a control character</source>
        <translation>le nom d'un scanner ne peut pas contenir de caractère de contrôle</translation>
    </message>
</context>
<context>
    <name>ServiceInfo</name>
    <message>
        <source>certificate expired %1</source>
        <translation>certificat expiré le %1</translation>
    </message>
    <message numerus="yes">
        <source>certificate expires in %n day(s)</source>
        <translation>
            <numerusform>le certificat expire dans %n jour</numerusform>
            <numerusform>le certificat expire dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceOpeners</name>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Copy SS&amp;H Command</source>
        <translation>Copier la commande SS&amp;H</translation>
    </message>
    <message>
        <source>Open &amp;With</source>
        <translation>Ouvrir a&amp;vec</translation>
    </message>
    <message>
        <source>&amp;Edit Openers…</source>
        <translation>&amp;Modifier les lanceurs…</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Aucun navigateur n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>Could not run "%1": %2</source>
        <translation>Impossible d’exécuter « %1 » : %2</translation>
    </message>
    <message>
        <source>Started "%1" for %2 port %3.</source>
        <translation>« %1 » lancé pour %2 port %3.</translation>
    </message>
    <message>
        <source>One opener per line: a name, "=", then the program and its arguments. {address}, {port} and {host} are filled in; no shell runs them.</source>
        <translation>Un lanceur par ligne : un nom, « = », puis le programme et ses arguments. {address}, {port} et {host} sont remplis ; aucun shell ne les exécute.</translation>
    </message>
    <message>
        <source>Openers</source>
        <translation>Lanceurs</translation>
    </message>
    <message>
        <source>Line %1 has no name before "=".</source>
        <translation>La ligne %1 n’a pas de nom avant « = ».</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Ligne %1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n opener(s) saved.</source>
        <translation>
            <numerusform>%n lanceur enregistré.</numerusform>
            <numerusform>%n lanceurs enregistrés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>the source has no table %1</source>
        <translation>la source n'a pas de table %1</translation>
    </message>
    <message>
        <source>%1 is not empty (%2): a store is copied into a new, empty one</source>
        <translation>%1 n'est pas vide (%2) : un stockage se copie dans un nouveau, vide</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 in the copy; nothing was written</source>
        <translation>%1 : %2 lignes dans la source, %3 dans la copie ; rien n'a été écrit</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>History Store</source>
        <translation>Stockage de l'historique</translation>
    </message>
    <message>
        <source>Where Portolan keeps the history of scans, the devices and the watches. Several scanners can share one PostgreSQL database.</source>
        <translation>Où Portolan garde l'historique des scans, les appareils et les surveillances. Plusieurs scanners peuvent partager une base PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;This computer (%1)</source>
        <translation>&amp;Cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Another &amp;file:</source>
        <translation>Un autre &amp;fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server:</source>
        <translation>Un serveur &amp;PostgreSQL :</translation>
    </message>
    <message>
        <source>db.example.org, an address, or a socket folder</source>
        <translation>db.example.org, une adresse ou un dossier de socket</translation>
    </message>
    <message>
        <source>5432 (the default)</source>
        <translation>5432 (par défaut)</translation>
    </message>
    <message>
        <source>empty: from %1</source>
        <translation>vide : depuis %1</translation>
    </message>
    <message>
        <source>&amp;Remember it in %1 (readable by you only)</source>
        <translation>&amp;Le retenir dans %1 (lisible par vous seul)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pass&amp;e :</translation>
    </message>
    <message>
        <source>The name this Portolan's scans, devices and watches carry in a shared store; empty: this computer's name</source>
        <translation>Le nom que portent les scans, appareils et surveillances de ce Portolan dans un stockage partagé ; vide : le nom de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Scanner name:</source>
        <translation>Nom du &amp;scanner :</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>History File</source>
        <translation>Fichier d'historique</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connected: the store is ready.</source>
        <translation>Connecté : le stockage est prêt.</translation>
    </message>
    <message>
        <source>Cannot use it: %1</source>
        <translation>Inutilisable : %1</translation>
    </message>
    <message>
        <source>Give the history file's path.</source>
        <translation>Indiquez le chemin du fichier d'historique.</translation>
    </message>
    <message>
        <source>Give the server's host.</source>
        <translation>Indiquez l'hôte du serveur.</translation>
    </message>
    <message>
        <source>Give the database.</source>
        <translation>Indiquez la base.</translation>
    </message>
    <message>
        <source>Give the user.</source>
        <translation>Indiquez l'utilisateur.</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Connexion...</translation>
    </message>
    <message>
        <source>Portolan uses the new store and scanner name from its next start.</source>
        <translation>Portolan utilise le nouveau stockage et nom de scanner dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>The password is not saved: then it must be in %1.</source>
        <translation>Le mot de passe n'est pas enregistré : il doit alors être dans %1.</translation>
    </message>
    <message>
        <source>History &amp;Store...</source>
        <translation>&amp;Stockage de l'historique...</translation>
    </message>
    <message>
        <source>empty: the client certificate, or %1</source>
        <translation>vide : le certificat client, ou %1</translation>
    </message>
    <message>
        <source>Connected: the store is ready, but whether it is encrypted cannot be read: %1</source>
        <translation>Connecté : le stockage est prêt, mais on ne peut pas lire s'il est chiffré : %1</translation>
    </message>
    <message>
        <source>Connected as %1: the store is ready.</source>
        <translation>Connecté en tant que %1 : le stockage est prêt.</translation>
    </message>
    <message>
        <source>Not encrypted, and the server's identity was not checked.</source>
        <translation>Non chiffrée, et l'identité du serveur n'a pas été vérifiée.</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only).</source>
        <translation>Non chiffrée (cet ordinateur seulement).</translation>
    </message>
    <message>
        <source>Encrypted (%1); the server's certificate and name were checked.</source>
        <translation>Chiffrée (%1) ; le certificat et le nom du serveur ont été vérifiés.</translation>
    </message>
    <message>
        <source>Encrypted (%1), but the server's identity was not checked.</source>
        <translation>Chiffrée (%1), mais l'identité du serveur n'a pas été vérifiée.</translation>
    </message>
</context>
<context>
    <name>StoreRoles</name>
    <message>
        <source>the store has no tables yet: open it once (portolan-cli store status) as its owner first</source>
        <translation>le stockage n'a pas encore de tables : ouvrez-le d'abord une fois en tant que son propriétaire (portolan-cli store status)</translation>
    </message>
    <message>
        <source>a role's name is at most 63 bytes (PostgreSQL's limit)</source>
        <translation>le nom d'un rôle fait au plus 63 octets (la limite de PostgreSQL)</translation>
    </message>
    <message>
        <source>names starting with pg_ are PostgreSQL's own</source>
        <translation>les noms commençant par pg_ sont réservés à PostgreSQL</translation>
    </message>
    <message>
        <source>"%1" is a word PostgreSQL keeps for itself</source>
        <translation>« %1 » est un mot que PostgreSQL se réserve</translation>
    </message>
    <message>
        <source>"%1" is not a role this store made (see portolan-cli store roles)</source>
        <translation>« %1 » n'est pas un rôle créé par ce stockage (voir portolan-cli store roles)</translation>
    </message>
    <message>
        <source>this store's login is the role of scanner "%1", which may write only its own rows: the scanner "%2" is refused (leave --scanner out, or give %1)</source>
        <translation>la connexion de ce stockage est le rôle du scanner « %1 », qui ne peut écrire que ses propres lignes : le scanner « %2 » est refusé (omettez --scanner, ou indiquez %1)</translation>
    </message>
</context>
<context>
    <name>StoreTlsFields</name>
    <message>
        <source>none: the server's identity is not checked</source>
        <translation>aucun : l'identité du serveur n'est pas vérifiée</translation>
    </message>
    <message>
        <source>The file of the certificate authority (CA) the server's certificate must come from. With it, the server's certificate and its name are checked (sslmode=verify-full).</source>
        <translation>Le fichier de l'autorité de certification (CA) dont doit provenir le certificat du serveur. Avec lui, le certificat du serveur et son nom sont vérifiés (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>none: log in with the password</source>
        <translation>aucun : se connecter avec le mot de passe</translation>
    </message>
    <message>
        <source>A client certificate logs this scanner in instead of a password. It needs its key too.</source>
        <translation>Un certificat client connecte ce scanner à la place d'un mot de passe. Il lui faut aussi sa clé.</translation>
    </message>
    <message>
        <source>The private key of the client certificate (readable by you only). The certificate and its key are given together.</source>
        <translation>La clé privée du certificat client (lisible par vous seul). Le certificat et sa clé sont donnés ensemble.</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CA File</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Clés (*.key *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Fichier C&amp;A :</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Ce&amp;rtificat client :</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Clé cl&amp;ient :</translation>
    </message>
    <message>
        <source>Give the client certificate's key, or no certificate.</source>
        <translation>Indiquez la clé du certificat client, ou aucun certificat.</translation>
    </message>
    <message>
        <source>Give the client certificate of that key, or no key.</source>
        <translation>Indiquez le certificat client de cette clé, ou aucune clé.</translation>
    </message>
    <message>
        <source>The server's certificate and name will be checked.</source>
        <translation>Le certificat et le nom du serveur seront vérifiés.</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>the store is empty: give sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>le stockage est vide : indiquez sqlite:CHEMIN ou postgresql://UTILISATEUR@HÔTE/BD</translation>
    </message>
    <message>
        <source>sqlite: needs the path of the file</source>
        <translation>sqlite: a besoin du chemin du fichier</translation>
    </message>
    <message>
        <source>unknown kind of store "%1": give sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>type de stockage inconnu « %1 » : indiquez sqlite:CHEMIN ou postgresql://UTILISATEUR@HÔTE/BD</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>URL PostgreSQL non valide : %1</translation>
    </message>
    <message>
        <source>the PostgreSQL port must be 1 to 65535</source>
        <translation>le port PostgreSQL doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL URL needs one database name after the host (postgresql://USER@HOST/DB)</source>
        <translation>l'URL PostgreSQL doit comporter un nom de base après l'hôte (postgresql://UTILISATEUR@HÔTE/BD)</translation>
    </message>
    <message>
        <source>the PostgreSQL URL needs a user (postgresql://USER@HOST/DB)</source>
        <translation>l'URL PostgreSQL doit comporter un utilisateur (postgresql://UTILISATEUR@HÔTE/BD)</translation>
    </message>
    <message>
        <source>unknown parameter "%1" in the PostgreSQL URL (known: host, sslmode, sslrootcert, sslcert, sslkey)</source>
        <translation>paramètre « %1 » inconnu dans l'URL PostgreSQL (connus : host, sslmode, sslrootcert, sslcert, sslkey)</translation>
    </message>
    <message>
        <source>%1 cannot hold ; ' or \ in a PostgreSQL URL</source>
        <translation>%1 ne peut pas contenir ; ' ou \ dans une URL PostgreSQL</translation>
    </message>
    <message>
        <source>unknown sslmode "%1": expected one of %2</source>
        <translation>sslmode « %1 » inconnu : attendu l'un de %2</translation>
    </message>
    <message>
        <source>a client certificate needs both sslcert and sslkey</source>
        <translation>un certificat client demande à la fois sslcert et sslkey</translation>
    </message>
    <message>
        <source>The server's certificate is checked against the CA file, but not its name (sslmode=verify-ca).</source>
        <translation>Le certificat du serveur est vérifié avec le fichier CA, mais pas son nom (sslmode=verify-ca).</translation>
    </message>
    <message>
        <source>The connection is encrypted, but the server's identity is not checked: give the CA file that signed its certificate (sslrootcert).</source>
        <translation>La connexion est chiffrée, mais l'identité du serveur n'est pas vérifiée : indiquez le fichier CA qui a signé son certificat (sslrootcert).</translation>
    </message>
    <message>
        <source>The connection may not be encrypted and the server's identity is not checked (sslmode=%1).</source>
        <translation>La connexion peut ne pas être chiffrée et l'identité du serveur n'est pas vérifiée (sslmode=%1).</translation>
    </message>
</context>
<context>
    <name>TargetSpec</name>
    <message>
        <source>malformed IPv6 address "%1"</source>
        <translation>adresse IPv6 mal formée « %1 »</translation>
    </message>
    <message>
        <source>malformed IPv6 block "%1"</source>
        <translation>bloc IPv6 mal formé « %1 »</translation>
    </message>
    <message>
        <source>block "%1" is too large: the largest IPv6 block is /104</source>
        <translation>le bloc « %1 » est trop grand : le plus grand bloc IPv6 est /104</translation>
    </message>
    <message>
        <source>malformed IPv4 block "%1"</source>
        <translation>bloc IPv4 mal formé « %1 »</translation>
    </message>
    <message>
        <source>block "%1" is too large: the largest IPv4 block is /8</source>
        <translation>le bloc « %1 » est trop grand : le plus grand bloc IPv4 est /8</translation>
    </message>
    <message>
        <source>malformed IPv4 range "%1"</source>
        <translation>plage IPv4 mal formée « %1 »</translation>
    </message>
    <message>
        <source>reversed IPv4 range "%1"</source>
        <translation>plage IPv4 inversée « %1 »</translation>
    </message>
    <message>
        <source>range "%1" is too large: at most 16777216 addresses</source>
        <translation>la plage « %1 » est trop grande : 16777216 adresses au plus</translation>
    </message>
    <message>
        <source>malformed IPv4 address "%1"</source>
        <translation>adresse IPv4 mal formée « %1 »</translation>
    </message>
    <message>
        <source>invalid target "%1"</source>
        <translation>cible non valide « %1 »</translation>
    </message>
    <message>
        <source>no targets given</source>
        <translation>aucune cible indiquée</translation>
    </message>
    <message>
        <source>cannot read target file "%1": %2</source>
        <translation>impossible de lire le fichier de cibles « %1 » : %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>target file "%1" holds no targets</source>
        <translation>le fichier de cibles « %1 » ne contient aucune cible</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>Scan report for %1
</source>
        <translation>Rapport d’analyse pour %1
</translation>
    </message>
    <message>
        <source>Scan report for %1 (%2)
</source>
        <translation>Rapport d’analyse pour %1 (%2)
</translation>
    </message>
    <message>
        <source>Names: %1
</source>
        <translation>Noms : %1
</translation>
    </message>
    <message>
        <source>MAC address: %1
</source>
        <translation>Adresse MAC : %1
</translation>
    </message>
    <message>
        <source>MAC address: %1 (%2)
</source>
        <translation>Adresse MAC : %1 (%2)
</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>RAISON</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCE</translation>
    </message>
    <message>
        <source>Not shown: %1 closed ports
</source>
        <translation>Non affichés : %1 ports fermés
</translation>
    </message>
    <message>
        <source>Not scanned: %1
</source>
        <translation>Non analysé : %1
</translation>
    </message>
    <message>
        <source>%1 dropped probes (a rate limit?): %2 answers came only to a retry; slowed to one probe every %3 ms for it.
</source>
        <translation>%1 a perdu des sondes (une limite de débit ?) : %2 réponses ne sont venues qu’à une nouvelle tentative ; ralenti à une sonde toutes les %3 ms pour lui.
</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (arrêtée)</translation>
    </message>
    <message>
        <source>Note: it accepted a connection on every port probed (a firewall or tarpit answering for it); only the open ports whose service was detected are listed.
</source>
        <translation>Remarque : il a accepté une connexion sur chaque port sondé (un pare-feu ou un tarpit répond à sa place) ; seuls les ports ouverts dont le service a été détecté sont listés.
</translation>
    </message>
    <message>
        <source>Not shown: %1 open ports of a host that answers on every port
</source>
        <translation>Non affichés : %1 ports ouverts d'un hôte qui répond sur chaque port
</translation>
    </message>
    <message>
        <source>Probed %1 for being up in %2%3
</source>
        <translation>Vérification de l'activité de %1 en %2%3
</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Not shown: %1 closed TCP ports
</source>
        <translation>Non affichés : %1 ports TCP fermés
</translation>
    </message>
    <message>
        <source>Not shown: %1 closed UDP ports
</source>
        <translation>Non affichés : %1 ports UDP fermés
</translation>
    </message>
    <message>
        <source>, %1 open|filtered</source>
        <translation>, %1 ouverts|filtrés</translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed%7%8
</source>
        <translation>%1 analysés sur %2 en %3 : %4 ouverts, %5 filtrés, %6 fermés%7%8
</translation>
    </message>
</context>
<context>
    <name>UdpScanWorker</name>
    <message>
        <source>UDP scan: %1</source>
        <translation>Analyse UDP : %1</translation>
    </message>
</context>
<context>
    <name>UpnpDescription</name>
    <message>
        <source>the description is longer than %1 bytes</source>
        <translation>la description dépasse %1 octets</translation>
    </message>
    <message>
        <source>the description declares a DTD</source>
        <translation>la description déclare une DTD</translation>
    </message>
    <message>
        <source>the description is not XML: %1</source>
        <translation>la description n'est pas du XML : %1</translation>
    </message>
    <message>
        <source>no UPnP root device in the description</source>
        <translation>aucun appareil racine UPnP dans la description</translation>
    </message>
</context>
<context>
    <name>WatchCenter</name>
    <message>
        <source>Watches</source>
        <translation>Surveillances</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Watch %1 is running…</source>
        <translation>La surveillance %1 est en cours…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Remove Watch</source>
        <translation>Supprimer la surveillance</translation>
    </message>
    <message>
        <source>Remove the watch %1? Its events go with it.</source>
        <translation>Supprimer la surveillance %1 ? Ses événements partent avec elle.</translation>
    </message>
    <message>
        <source>&amp;Watch This Scan…</source>
        <translation>&amp;Surveiller cette analyse…</translation>
    </message>
    <message>
        <source>Run this scan again every interval and say what changed</source>
        <translation>Relancer cette analyse à chaque intervalle et dire ce qui a changé</translation>
    </message>
    <message>
        <source>Keep Watching in the &amp;Tray</source>
        <translation>Continuer à surveiller dans la &amp;zone de notification</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>After the window closes, the watches go on from the tray</source>
        <translation>Une fois la fenêtre fermée, les surveillances continuent depuis la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no tray: the watches run while the window is open, and the systemd timer runs them without it</source>
        <translation>Ce bureau n'a pas de zone de notification : les surveillances tournent tant que la fenêtre est ouverte, et le minuteur systemd les lance sans elle</translation>
    </message>
    <message>
        <source>&amp;Watches</source>
        <translation>&amp;Surveillances</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Lancer maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>Surveillance %1</translation>
    </message>
    <message>
        <source>Watch %1 added: its first run (the baseline) starts now.</source>
        <translation>Surveillance %1 ajoutée : sa première exécution (la référence) commence maintenant.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Surveille</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Watches: %1</source>
        <translation>Surveillances : %1</translation>
    </message>
    <message>
        <source>Watch %1 failed: %2</source>
        <translation>La surveillance %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Watch %1: first run done, the baseline.</source>
        <translation>Surveillance %1 : première exécution faite, la référence.</translation>
    </message>
    <message numerus="yes">
        <source>Watch %1: %n change(s).</source>
        <translation>
            <numerusform>Surveillance %1 : %n changement.</numerusform>
            <numerusform>Surveillance %1 : %n changements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1 : %n changement</numerusform>
            <numerusform>%1 : %n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Portolan</source>
        <translation>Afficher Portolan</translation>
    </message>
    <message>
        <source>Portolan watches %1</source>
        <translation>Portolan surveille %1</translation>
    </message>
    <message>
        <source>
Last change: %1</source>
        <translation>
Dernier changement : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Targets (ports)</source>
        <translation>Cibles (ports)</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Run the selected watch now</source>
        <translation>Lancer maintenant la surveillance choisie</translation>
    </message>
    <message>
        <source>Scanner %1 runs this watch, from its own network</source>
        <translation>Le scanner %1 lance cette surveillance, depuis son propre réseau</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>A new device</source>
        <translation>Un nouvel appareil</translation>
    </message>
    <message>
        <source>A device back</source>
        <translation>Un appareil revenu</translation>
    </message>
    <message>
        <source>A device gone</source>
        <translation>Un appareil disparu</translation>
    </message>
    <message>
        <source>An address changed</source>
        <translation>Une adresse changée</translation>
    </message>
    <message>
        <source>A port opened</source>
        <translation>Un port ouvert</translation>
    </message>
    <message>
        <source>A port closed</source>
        <translation>Un port fermé</translation>
    </message>
    <message>
        <source>A service changed</source>
        <translation>Un service changé</translation>
    </message>
    <message>
        <source>A certificate expiring</source>
        <translation>Un certificat qui expire</translation>
    </message>
    <message>
        <source>Edit Watch</source>
        <translation>Modifier la surveillance</translation>
    </message>
    <message>
        <source>Watch This Scan</source>
        <translation>Surveiller cette analyse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Scans:</source>
        <translation>Analyse :</translation>
    </message>
    <message>
        <source>How often it runs: 15m, 2h, 1d, 1h30m; at least 1m</source>
        <translation>À quelle fréquence elle tourne : 15m, 2h, 1d, 1h30m ; 1m au moins</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>&amp;Exécuter toutes les :</translation>
    </message>
    <message numerus="yes">
        <source> run(s)</source>
        <translation>
            <numerusform> exécution</numerusform>
            <numerusform> exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>A device counts as gone after missing this many runs in a row</source>
        <translation>Un appareil compte comme disparu après avoir manqué autant d'exécutions de suite</translation>
    </message>
    <message>
        <source>&amp;Gone after:</source>
        <translation>&amp;Disparu après :</translation>
    </message>
    <message>
        <source>Alert on:</source>
        <translation>Alerter pour :</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification</source>
        <translation>Afficher une &amp;notification de bureau</translation>
    </message>
    <message>
        <source>a program and its arguments; the events arrive as JSON on its input</source>
        <translation>un programme et ses arguments ; les événements arrivent en JSON sur son entrée</translation>
    </message>
    <message>
        <source>On change, &amp;run:</source>
        <translation>En cas de changement, &amp;lancer :</translation>
    </message>
    <message>
        <source>There is a watch named "%1" already.</source>
        <translation>Il y a déjà une surveillance nommée « %1 ».</translation>
    </message>
    <message>
        <source>A name is letters, digits, spaces and . @ + - _, 64 at most.</source>
        <translation>Un nom est fait de lettres, chiffres, espaces et . @ + - _, 64 au plus.</translation>
    </message>
    <message>
        <source>Run every: 15m, 2h, 1d and the like, at least 1m.</source>
        <translation>Exécuter toutes les : 15m, 2h, 1d et ainsi de suite, 1m au moins.</translation>
    </message>
    <message>
        <source>On change, run: %1</source>
        <translation>En cas de changement, lancer : %1</translation>
    </message>
</context>
<context>
    <name>WatchEvent</name>
    <message>
        <source>%1: new device, %2</source>
        <translation>%1 : nouvel appareil, %2</translation>
    </message>
    <message>
        <source>%1: back, %2</source>
        <translation>%1 : de retour, %2</translation>
    </message>
    <message>
        <source>%1: gone</source>
        <translation>%1 : disparu</translation>
    </message>
    <message>
        <source>%1: address changed from %2</source>
        <translation>%1 : adresse changée depuis %2</translation>
    </message>
    <message>
        <source>%1: port %2 opened</source>
        <translation>%1 : port %2 ouvert</translation>
    </message>
    <message>
        <source>%1: port %2 opened (%3)</source>
        <translation>%1 : port %2 ouvert (%3)</translation>
    </message>
    <message>
        <source>%1: port %2 closed</source>
        <translation>%1 : port %2 fermé</translation>
    </message>
    <message>
        <source>%1: port %2 now runs %3 (was %4)</source>
        <translation>%1 : le port %2 fait maintenant tourner %3 (avant %4)</translation>
    </message>
    <message>
        <source>%1: the certificate on port %2 expires %3</source>
        <translation>%1 : le certificat du port %2 expire le %3</translation>
    </message>
    <message>
        <source>no open ports</source>
        <translation>aucun port ouvert</translation>
    </message>
    <message>
        <source>open ports %1</source>
        <translation>ports ouverts %1</translation>
    </message>
</context>
<context>
    <name>WatchRunner</name>
    <message>
        <source>the on-change command was stopped after %1 s</source>
        <translation>la commande de changement a été arrêtée après %1 s</translation>
    </message>
    <message>
        <source>the on-change command exited with %1</source>
        <translation>la commande de changement s'est terminée avec %1</translation>
    </message>
    <message>
        <source>the on-change command crashed</source>
        <translation>la commande de changement a planté</translation>
    </message>
    <message>
        <source>the on-change command could not start: %1</source>
        <translation>la commande de changement n'a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>the scan did not start</source>
        <translation>l'analyse n'a pas démarré</translation>
    </message>
    <message>
        <source>the watch has no targets</source>
        <translation>la surveillance n'a pas de cible</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>nothing to scan</source>
        <translation>rien à analyser</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1 : %n changement</numerusform>
            <numerusform>%1 : %n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>no desktop notification: %1</source>
        <translation>pas de notification de bureau : %1</translation>
    </message>
    <message>
        <source>%1; the scan is kept in %2 until "portolan-cli store flush" writes it</source>
        <translation>%1 ; le scan est gardé dans %2 jusqu'à ce que « portolan-cli store flush » l'écrive</translation>
    </message>
</context>
<context>
    <name>WatchStore</name>
    <message>
        <source>"%1" cannot name a watch: letters, digits, spaces and . @ + - _, 64 at most</source>
        <translation>« %1 » ne peut pas nommer une surveillance : lettres, chiffres, espaces et . @ + - _, 64 au plus</translation>
    </message>
    <message>
        <source>there is a watch named "%1" already</source>
        <translation>il y a déjà une surveillance nommée « %1 »</translation>
    </message>
    <message>
        <source>there is no watch "%1"</source>
        <translation>il n'y a pas de surveillance « %1 »</translation>
    </message>
    <message>
        <source>there is no watch "%1" (see portolan-cli watch list)</source>
        <translation>il n'y a pas de surveillance « %1 » (voir portolan-cli watch list)</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>alerte : %1</translation>
    </message>
    <message>
        <source>the watch "%1" is scanner %2's: run it there, or as that scanner (--scanner %2)</source>
        <translation>la surveillance « %1 » est celle du scanner %2 : lancez-la là-bas, ou en tant que ce scanner (--scanner %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hosts to fill in.</source>
        <translation>Hôtes à saisir.</translation>
    </message>
    <message>
        <source>Start the scan at once.</source>
        <translation>Lancer l’analyse immédiatement.</translation>
    </message>
    <message>
        <source>Portolan TCP and UDP port scanner.</source>
        <translation>Portolan, scanner de ports TCP et UDP.</translation>
    </message>
    <message>
        <source>Ports to fill in; U:53,161 for UDP ports, T:22 for TCP.</source>
        <translation>Ports à saisir ; U:53,161 pour des ports UDP, T:22 pour TCP.</translation>
    </message>
</context>
<context>
    <name>portolan-cli</name>
    <message>
        <source>Host names, IPv4 or IPv6 addresses, CIDR blocks (10.0.0.0/24) or ranges (10.0.0.1-50).</source>
        <translation>Noms d’hôte, adresses IPv4 ou IPv6, blocs CIDR (10.0.0.0/24) ou plages (10.0.0.1-50).</translation>
    </message>
    <message>
        <source>Read targets from FILE, one or more per line, # starts a comment (also -iL).</source>
        <translation>Lire les cibles depuis FILE, une ou plusieurs par ligne, # commence un commentaire (aussi -iL).</translation>
    </message>
    <message>
        <source>Read up to 512 bytes from each open port for up to 1 s.</source>
        <translation>Lire jusqu’à 512 octets de chaque port ouvert pendant 1 s au plus.</translation>
    </message>
    <message>
        <source>Scan every address of a host name, not only the first.</source>
        <translation>Analyser toutes les adresses d’un nom d’hôte, pas seulement la première.</translation>
    </message>
    <message>
        <source>List closed ports too.</source>
        <translation>Lister aussi les ports fermés.</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>Écrire le rapport dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>invalid value "%1" for --%2: expected %3 to %4</source>
        <translation>valeur non valide « %1 » pour --%2 : attendu de %3 à %4</translation>
    </message>
    <message>
        <source>no targets given (try --help)</source>
        <translation>aucune cible indiquée (essayez --help)</translation>
    </message>
    <message>
        <source>scan stopped: %1</source>
        <translation>analyse arrêtée : %1</translation>
    </message>
    <message>
        <source>Extra attempts for a port that does not answer (default %1).</source>
        <translation>Tentatives supplémentaires pour un port qui ne répond pas (par défaut %1).</translation>
    </message>
    <message>
        <source>Connects in flight at once; 0 or auto: automatic (default).</source>
        <translation>Connexions simultanées ; 0 ou auto : automatique (par défaut).</translation>
    </message>
    <message>
        <source>A host name means its first IPv6 address, not its first IPv4 one.</source>
        <translation>Un nom d’hôte désigne sa première adresse IPv6, pas sa première adresse IPv4.</translation>
    </message>
    <message>
        <source>The longest a connect attempt waits, in ms (default %1); less for hosts that answer faster.</source>
        <translation>L’attente maximale d’une tentative de connexion, en ms (par défaut %1) ; moins pour les hôtes qui répondent plus vite.</translation>
    </message>
    <message>
        <source>The shortest a connect attempt waits, in ms, however fast the host answers (default %1; 0: always the full timeout).</source>
        <translation>L’attente minimale d’une tentative de connexion, en ms, quelle que soit la vitesse de réponse de l’hôte (par défaut %1 ; 0 : toujours le délai complet).</translation>
    </message>
    <message>
        <source>Timing preset: 0-5 or paranoid, sneaky, polite, normal (default), aggressive, insane. Options given beside it win.</source>
        <translation>Profil de temporisation : 0-5 ou paranoid, sneaky, polite, normal (par défaut), aggressive, insane. Les options données à côté l’emportent.</translation>
    </message>
    <message>
        <source>invalid timing "%1": expected 0 to 5, paranoid, sneaky, polite, normal, aggressive or insane</source>
        <translation>profil de temporisation « %1 » non valide : 0 à 5, paranoid, sneaky, polite, normal, aggressive ou insane attendu</translation>
    </message>
    <message>
        <source>Scan every address of blocks, ranges and target files, up or not (also -Pn).</source>
        <translation>Analyser toutes les adresses des blocs, plages et fichiers de cibles, actives ou non (aussi -Pn).</translation>
    </message>
    <message>
        <source>Find the live hosts, scan no ports (also -sn).</source>
        <translation>Trouver les hôtes actifs sans analyser de ports (aussi -sn).</translation>
    </message>
    <message>
        <source>TCP ports that discovery connects to (default %1; "none": ICMP echo alone).</source>
        <translation>Ports TCP auxquels se connecte la découverte (par défaut %1 ; « none » : écho ICMP seul).</translation>
    </message>
    <message>
        <source>Discovery sends no ICMP echo, only TCP connects.</source>
        <translation>La découverte n’envoie pas d’écho ICMP, seulement des connexions TCP.</translation>
    </message>
    <message>
        <source>Also write every host's status to FILE as CSV: host,address,status,reason,latency_ms,names,mac,vendor.</source>
        <translation>Écrire aussi l’état de chaque hôte dans FILE en CSV : host,address,status,reason,latency_ms,names,mac,vendor.</translation>
    </message>
    <message>
        <source>-Pn and -sn contradict each other: give one of them</source>
        <translation>-Pn et -sn se contredisent : n’en donnez qu’un</translation>
    </message>
    <message>
        <source>too many discovery ports (%1): at most %2</source>
        <translation>trop de ports de découverte (%1) : au plus %2</translation>
    </message>
    <message>
        <source>Output format: text, csv, json or xml (nmap's XML; default text).</source>
        <translation>Format de sortie : text, csv, json ou xml (XML de nmap ; text par défaut).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text, csv, json or xml</source>
        <translation>format invalide « %1 » : text, csv, json ou xml attendu</translation>
    </message>
    <message>
        <source>Do not keep this scan in the history (portolan-cli history).</source>
        <translation>Ne pas conserver cette analyse dans l'historique (portolan-cli history).</translation>
    </message>
    <message>
        <source>not kept in the history: %1</source>
        <translation>non conservée dans l'historique : %1</translation>
    </message>
    <message>
        <source>Detect the service, product and version of each open port by what it says, and the TLS certificate it offers (also -sV).</source>
        <translation>Détecter le service, le produit et la version de chaque port ouvert d’après ce qu’il répond, et le certificat TLS qu’il présente (aussi -sV).</translation>
    </message>
    <message>
        <source>The most time detection spends on one port, in ms (default %1).</source>
        <translation>Le temps maximal que la détection consacre à un port, en ms (par défaut %1).</translation>
    </message>
    <message>
        <source>The most connections detection opens to one host at once (default %1).</source>
        <translation>Le nombre maximal de connexions simultanées que la détection ouvre vers un hôte (par défaut %1).</translation>
    </message>
    <message>
        <source>Do not look up the names of live hosts (reverse DNS, mDNS, NetBIOS).</source>
        <translation>Ne pas chercher les noms des hôtes actifs (DNS inverse, mDNS, NetBIOS).</translation>
    </message>
    <message>
        <source>Ports: 22, 1-1024, 22,80,443, http,ssh, - or all, common, well-known (default: common); U: and T: mark UDP and TCP ports (U:53,161,T:22).</source>
        <translation>Ports : 22, 1-1024, 22,80,443, http,ssh, - ou all, common, well-known (par défaut : common) ; U: et T: marquent les ports UDP et TCP (U:53,161,T:22).</translation>
    </message>
    <message>
        <source>Scan UDP ports (also -sU). Alone it scans only UDP; with --tcp both.</source>
        <translation>Analyser les ports UDP (aussi -sU). Seule, elle n'analyse que UDP ; avec --tcp, les deux.</translation>
    </message>
    <message>
        <source>Scan TCP ports by connecting (also -sT; the default without --udp).</source>
        <translation>Analyser les ports TCP en se connectant (aussi -sT ; par défaut sans --udp).</translation>
    </message>
    <message>
        <source>The community the UDP SNMP probes offer (default public; none: only SNMPv3 discovery, which needs none).</source>
        <translation>La communauté que proposent les sondes SNMP UDP (par défaut public ; none : seulement la découverte SNMPv3, qui n'en demande pas).</translation>
    </message>
    <message>
        <source>Portolan port scanner (TCP connect and UDP), without a window.
Scan only hosts you are allowed to test.
Compare two saved scans: portolan-cli diff OLD NEW (see portolan-cli diff --help).
Past scans: portolan-cli history list|show ID|delete ID.
Devices the scans have seen: portolan-cli devices (see portolan-cli devices --help).</source>
        <translation>Scanner de ports Portolan (connexion TCP et UDP), sans fenêtre.
N'analysez que les hôtes que vous êtes autorisé à tester.
Comparer deux analyses enregistrées : portolan-cli diff ANCIENNE NOUVELLE (voir portolan-cli diff --help).
Analyses passées : portolan-cli history list|show ID|delete ID.
Appareils vus par les analyses : portolan-cli devices (voir portolan-cli devices --help).</translation>
    </message>
    <message>
        <source>-sn scans no ports: -sU and -sT contradict it</source>
        <translation>-sn n'analyse aucun port : -sU et -sT le contredisent</translation>
    </message>
    <message>
        <source>invalid SNMP community: 1 to 64 printable ASCII characters without spaces, or none</source>
        <translation>communauté SNMP invalide : 1 à 64 caractères ASCII imprimables sans espace, ou none</translation>
    </message>
    <message>
        <source>--%1 acts on TCP connections and this scan has no TCP ports (add -sT or T: ports)</source>
        <translation>--%1 agit sur les connexions TCP et cette analyse n'a pas de port TCP (ajoutez -sT ou des ports T:)</translation>
    </message>
</context>
</TS>