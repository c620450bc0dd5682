<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>escritura incompleta</translation>
    </message>
</context>
<context>
    <name>CliDevices</name>
    <message numerus="yes">
        <source>%n device(s) labelled from %1.
</source>
        <translation>
            <numerusform>%n dispositivo etiquetado desde %1.
</numerusform>
            <numerusform>%n dispositivos etiquetados desde %1.
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
        <translation>Los dispositivos que han visto los escaneos guardados en el historial (%1).
  list                   todos los dispositivos (por defecto)
  label DEVICE TEXT      poner una etiqueta a un dispositivo ("" la quita)
  notes DEVICE TEXT      guardar notas sobre un dispositivo
  known DEVICE           marcar un dispositivo como conocido (ya no nuevo)
  unknown DEVICE         marcarlo de nuevo como nuevo
  forget DEVICE          quitar un dispositivo del inventario
  import FILE            etiquetas desde CSV: device,label[,notes] por línea
DEVICE es una dirección MAC o una dirección que tuvo el dispositivo.</translation>
    </message>
    <message>
        <source>list, label, notes, known, unknown, forget or import</source>
        <translation>list, label, notes, known, unknown, forget o import</translation>
    </message>
    <message>
        <source>Output format of list: text, csv or json (default text).</source>
        <translation>Formato de salida de list: text, csv o json (por defecto text).</translation>
    </message>
    <message>
        <source>unknown command "%1": expected list, label, notes, known, unknown, forget or import</source>
        <translation>orden desconocida "%1": se esperaba list, label, notes, known, unknown, forget o import</translation>
    </message>
    <message>
        <source>list takes no argument (filter with --search)</source>
        <translation>list no admite argumentos (filtre con --search)</translation>
    </message>
    <message>
        <source>%1 needs a device and a text</source>
        <translation>%1 necesita un dispositivo y un texto</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation>%1 necesita un archivo</translation>
    </message>
    <message>
        <source>%1 needs a device (a MAC address or an address)</source>
        <translation>%1 necesita un dispositivo (una dirección MAC o una dirección)</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text, csv or json</source>
        <translation>formato no válido "%1": se esperaba text, csv o json</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Label of %1 removed.
</source>
        <translation>Etiqueta de %1 eliminada.
</translation>
    </message>
    <message>
        <source>%1 labelled "%2".
</source>
        <translation>%1 etiquetado como «%2».
</translation>
    </message>
    <message>
        <source>Notes of %1 saved.
</source>
        <translation>Notas de %1 guardadas.
</translation>
    </message>
    <message>
        <source>%1 forgotten.
</source>
        <translation>%1 olvidado.
</translation>
    </message>
    <message>
        <source>%1 marked known.
</source>
        <translation>%1 marcado como conocido.
</translation>
    </message>
    <message>
        <source>%1 marked new again.
</source>
        <translation>%1 marcado de nuevo como nuevo.
</translation>
    </message>
    <message>
        <source>List only devices whose label, notes, names, addresses, MAC or vendor hold TEXT, or that had port TEXT open (a number of either protocol, or 53/udp).</source>
        <translation>Listar solo los dispositivos cuya etiqueta, notas, nombres, direcciones, MAC o fabricante contengan TEXTO, o que tuvieran abierto el puerto TEXTO (un número de cualquiera de los dos protocolos, o 53/udp).</translation>
    </message>
</context>
<context>
    <name>CliDiff</name>
    <message>
        <source>What changed between two saved scans: hosts that came up or went away, ports that opened, closed or changed state, banners that changed.
Exit status: 0 when nothing changed, 3 when something did, 2 on bad input.</source>
        <translation>Qué cambió entre dos escaneos guardados: hosts que aparecieron o desaparecieron, puertos que se abrieron, se cerraron o cambiaron de estado, banners que cambiaron.
Estado de salida: 0 si nada cambió, 3 si algo cambió, 2 ante una entrada incorrecta.</translation>
    </message>
    <message>
        <source>The later scan, likewise.</source>
        <translation>El escaneo posterior, igual.</translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>Formato de salida: text o json (por omisión text).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>formato no válido «%1»: se esperaba text o json</translation>
    </message>
    <message>
        <source>give two scans to compare, OLD and NEW (try --help)</source>
        <translation>indique dos escaneos para comparar, OLD y NEW (pruebe --help)</translation>
    </message>
    <message>
        <source>The earlier scan: a Portolan JSON export, an nmap XML file, or the id of a scan in the history (portolan-cli history list).</source>
        <translation>El escaneo anterior: una exportación JSON de Portolan, un archivo XML de nmap o el id de un escaneo del historial (portolan-cli history list).</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>The scans kept in the history (%1).
  list              the scans, newest first
  show ID           one scan's report
  delete ID         forget one scan</source>
        <translation>Los escaneos guardados en el historial (%1).
  list              los escaneos, los más recientes primero
  show ID           el informe de un escaneo
  delete ID         olvidar un escaneo</translation>
    </message>
    <message>
        <source>list, show or delete</source>
        <translation>list, show o delete</translation>
    </message>
    <message>
        <source>Output format: text or json for list; text, csv, json or xml for show (default text).</source>
        <translation>Formato de salida: text o json para list; text, csv, json o xml para show (por omisión text).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected %2</source>
        <translation>formato no válido «%1»: se esperaba %2</translation>
    </message>
    <message>
        <source>list takes no argument</source>
        <translation>list no admite argumentos</translation>
    </message>
    <message>
        <source>%1 needs the id of a scan (see portolan-cli history list)</source>
        <translation>%1 necesita el id de un escaneo (vea portolan-cli history list)</translation>
    </message>
    <message>
        <source>give list, show ID or delete ID (try --help)</source>
        <translation>indique list, show ID o delete ID (pruebe --help)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected list, show or delete</source>
        <translation>orden desconocida «%1»: se esperaba list, show o delete</translation>
    </message>
    <message>
        <source>Scan %1 deleted from the history.
</source>
        <translation>Escaneo %1 eliminado del historial.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>UP</source>
        <translation>ACTIVOS</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>ABIERTOS</translation>
    </message>
    <message>
        <source>TARGETS (PORTS)</source>
        <translation>OBJETIVOS (PUERTOS)</translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation>, detenido</translation>
    </message>
    <message>
        <source>No scans in the history.
</source>
        <translation>No hay escaneos en el historial.
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>ESCÁNER</translation>
    </message>
    <message>
        <source>List only scans of a host (address or name) or a port (number or service name, of either protocol; U:53 or 53/udp for one).</source>
        <translation>Listar solo los escaneos de un host (dirección o nombre) o de un puerto (número o nombre de servicio, de cualquiera de los dos protocolos; U:53 o 53/udp para uno solo).</translation>
    </message>
</context>
<context>
    <name>CliRoles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 can be read by other users: chmod 600 it first</source>
        <translation>otros usuarios pueden leer %1: aplíquele antes chmod 600</translation>
    </message>
    <message>
        <source>%1 holds no password (its first line is empty)</source>
        <translation>%1 no contiene ninguna contraseña (su primera línea está vacía)</translation>
    </message>
    <message>
        <source>roles are a shared store's: give --store postgresql://OWNER@HOST/DB</source>
        <translation>los roles son de un almacén compartido: indique --store postgresql://OWNER@HOST/DB</translation>
    </message>
    <message>
        <source>viewer (reads everything)</source>
        <translation>lector (lo lee todo)</translation>
    </message>
    <message>
        <source>scanner (writes its own rows)</source>
        <translation>escáner (escribe sus propias filas)</translation>
    </message>
    <message>
        <source>This store has no roles of its own: whoever logs in as its owner may do everything.
</source>
        <translation>Este almacén no tiene roles propios: quien inicie sesión como su propietario puede hacerlo todo.
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
        <translation>Los roles de inicio de sesión de un almacén PostgreSQL compartido; se ejecuta con la URL de --store del propietario.
  add-scanner NAME  un rol que solo escribe las filas del escáner NAME
  add-viewer NAME   un rol que lo lee todo y no escribe nada
  remove-role NAME  eliminar un rol creado por este almacén (sus escaneos se quedan)
  roles             los roles que creó este almacén
Sin --password-file, un rol solo inicia sesión con un certificado de cliente cuyo
nombre (CN) sea NAME (pg_hba.conf: hostssl ... cert).</translation>
    </message>
    <message>
        <source>the command and its NAME</source>
        <translation>la orden y su NAME</translation>
    </message>
    <message>
        <source>The new role's password: the first line of FILE (mode 600).</source>
        <translation>La contraseña del nuevo rol: la primera línea de FILE (modo 600).</translation>
    </message>
    <message>
        <source>roles takes no argument</source>
        <translation>roles no lleva argumentos</translation>
    </message>
    <message>
        <source>%1 needs the role's NAME</source>
        <translation>%1 necesita el NAME del rol</translation>
    </message>
    <message>
        <source>NAME: %1</source>
        <translation>NAME: %1</translation>
    </message>
    <message>
        <source>remove-role takes no --password-file</source>
        <translation>remove-role no lleva --password-file</translation>
    </message>
    <message>
        <source>Role %1 removed; its scans stay in the store.
</source>
        <translation>Rol %1 eliminado; sus escaneos se quedan en el almacén.
</translation>
    </message>
    <message>
        <source>Role %1 added: it reads the whole store and writes nothing.
</source>
        <translation>Rol %1 añadido: lee todo el almacén y no escribe nada.
</translation>
    </message>
    <message>
        <source>Role %1 added: it writes only scanner %1's scans, watches and events, and records what it sees of shared devices.
</source>
        <translation>Rol %1 añadido: solo escribe los escaneos, vigilancias y eventos del escáner %1, y registra lo que ve de los dispositivos compartidos.
</translation>
    </message>
    <message>
        <source>It has no password: it logs in with a client certificate whose name is %1.
</source>
        <translation>No tiene contraseña: inicia sesión con un certificado de cliente cuyo nombre es %1.
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
        <translation>no se puede leer %1: no existe ese archivo</translation>
    </message>
    <message>
        <source>FROM and TO are the same store</source>
        <translation>FROM y TO son el mismo almacén</translation>
    </message>
    <message>
        <source>Copied %1 to %2:
</source>
        <translation>Copiado %1 a %2:
</translation>
    </message>
    <message>
        <source>Every table of the copy holds as many rows as the original's.
</source>
        <translation>Cada tabla de la copia tiene tantas filas como la del original.
</translation>
    </message>
    <message>
        <source>copy needs FROM and TO (two stores)</source>
        <translation>copy necesita FROM y TO (dos almacenes)</translation>
    </message>
    <message>
        <source>No scans are waiting for the store.
</source>
        <translation>Ningún escaneo espera al almacén.
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scan(s) still kept in %2)</source>
        <translation>
            <numerusform>%1 (%n escaneo aún guardado en %2)</numerusform>
            <numerusform>%1 (%n escaneos aún guardados en %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) written to %1.
</source>
        <translation>
            <numerusform>%n escaneo escrito en %1.
</numerusform>
            <numerusform>%n escaneos escritos en %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>flush takes no argument (the store is --store's)</source>
        <translation>flush no lleva argumentos (el almacén es el de --store)</translation>
    </message>
    <message>
        <source>Store: %1 (%2, schema %3)
</source>
        <translation>Almacén: %1 (%2, esquema %3)
</translation>
    </message>
    <message>
        <source>This scanner: %1
</source>
        <translation>Este escáner: %1
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>ESCÁNER</translation>
    </message>
    <message>
        <source>SCANS</source>
        <translation>ESCANEOS</translation>
    </message>
    <message>
        <source>LAST SCAN</source>
        <translation>ÚLTIMO ESCANEO</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>DISPOSITIVOS</translation>
    </message>
    <message>
        <source>WATCHES</source>
        <translation>VIGILANCIAS</translation>
    </message>
    <message>
        <source>No scanner has written to this store yet.
</source>
        <translation>Ningún escáner ha escrito todavía en este almacén.
</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept here, waiting for the store (%1).
</source>
        <translation>
            <numerusform>%n escaneo guardado aquí, esperando al almacén (%1).
</numerusform>
            <numerusform>%n escaneos guardados aquí, esperando al almacén (%1).
</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>formato «%1» no válido: se esperaba text o json</translation>
    </message>
    <message>
        <source>copy, flush or status</source>
        <translation>copy, flush o status</translation>
    </message>
    <message>
        <source>Output format of status: text or json (default text).</source>
        <translation>Formato de salida de status: text o json (por defecto text).</translation>
    </message>
    <message>
        <source>status takes no argument (the store is --store's)</source>
        <translation>status no lleva argumentos (el almacén es el de --store)</translation>
    </message>
    <message>
        <source>give copy FROM TO, flush or status (try --help)</source>
        <translation>indique copy FROM TO, flush o status (pruebe --help)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected copy, flush or status</source>
        <translation>orden «%1» desconocida: se esperaba copy, flush o status</translation>
    </message>
    <message>
        <source>Connection: cannot be read (%1)
</source>
        <translation>Conexión: no se puede leer (%1)
</translation>
    </message>
    <message>
        <source>Connection: as %1, encrypted (%2)
</source>
        <translation>Conexión: como %1, cifrada (%2)
</translation>
    </message>
    <message>
        <source>Connection: as %1, not encrypted
</source>
        <translation>Conexión: como %1, sin cifrar
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Aviso: %1
</translation>
    </message>
    <message>
        <source>The server's certificate and name are checked (sslmode=verify-full).
</source>
        <translation>Se comprueban el certificado y el nombre del servidor (sslmode=verify-full).
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
        <translation>El almacén en sí: dónde están el historial, los dispositivos y las vigilancias (%1).
  copy FROM TO      copiar un almacén entero en uno nuevo y vacío, y comprobarlo
  flush             escribir los escaneos guardados aquí mientras un almacén compartido no estaba
  status            escaneos, último escaneo, dispositivos y vigilancias de cada escáner
  add-scanner, add-viewer, remove-role, roles: los roles de inicio de sesión del almacén
                    (portolan-cli store add-scanner --help)
FROM y TO: sqlite:RUTA (o una ruta) o postgresql://USUARIO@HOST[:PUERTO]/BD.</translation>
    </message>
</context>
<context>
    <name>CliWatch</name>
    <message>
        <source>Output of list, run and events: text or json (default text).</source>
        <translation>Salida de list, run y events: text o json (por defecto text).</translation>
    </message>
    <message>
        <source>run: every watch whose time has come.</source>
        <translation>run: cada vigilancia a la que le toca.</translation>
    </message>
    <message>
        <source>events: only those since WHEN (2026-12-01, 2026-12-01T08:00, or 2h, 1d ago).</source>
        <translation>events: solo los desde WHEN (2026-12-01, 2026-12-01T08:00, o hace 2h, 1d).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>formato no válido "%1": se esperaba text o json</translation>
    </message>
    <message>
        <source>give add, list, remove, pause, resume, run or events (try --help)</source>
        <translation>indique add, list, remove, pause, resume, run o events (pruebe --help)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected add, list, remove, pause, resume, run or events</source>
        <translation>orden desconocida "%1": se esperaba add, list, remove, pause, resume, run o events</translation>
    </message>
    <message>
        <source>%1 needs the name of a watch (see portolan-cli watch list)</source>
        <translation>%1 necesita el nombre de una vigilancia (vea portolan-cli watch list)</translation>
    </message>
    <message>
        <source>%1 takes no more arguments</source>
        <translation>%1 no admite más argumentos</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>invalid value "%1" for %2: expected %3 to %4</source>
        <translation>valor «%1» no válido para %2: se esperaba de %3 a %4</translation>
    </message>
    <message>
        <source>add needs a name first: watch add NAME --every DURATION TARGET...</source>
        <translation>add necesita primero un nombre: watch add NOMBRE --every DURACIÓN DESTINO...</translation>
    </message>
    <message>
        <source>add needs --every DURATION (15m, 2h, 1d; at least 1m)</source>
        <translation>add necesita --every DURACIÓN (15m, 2h, 1d; al menos 1m)</translation>
    </message>
    <message>
        <source>invalid interval "%1": expected 15m, 2h, 1d and the like, at least 1m</source>
        <translation>intervalo «%1» no válido: se esperaba 15m, 2h, 1d o similar, al menos 1m</translation>
    </message>
    <message>
        <source>--on-change: %1</source>
        <translation>--on-change: %1</translation>
    </message>
    <message>
        <source>unknown event kind "%1" for --alert-on: expected %2</source>
        <translation>tipo de evento «%1» desconocido para --alert-on: se esperaba %2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>ESCÁNER</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>CADA</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>ÚLTIMA</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>PRÓXIMA</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>CAMBIOS</translation>
    </message>
    <message>
        <source>TARGETS (PORTS)</source>
        <translation>DESTINOS (PUERTOS)</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>, en pausa</translation>
    </message>
    <message>
        <source>, running</source>
        <translation>, en curso</translation>
    </message>
    <message>
        <source>, last run: %1</source>
        <translation>, última ejecución: %1</translation>
    </message>
    <message>
        <source>No watches (add one: portolan-cli watch add NAME --every 1h TARGET...).
</source>
        <translation>No hay vigilancias (añada una: portolan-cli watch add NOMBRE --every 1h DESTINO...).
</translation>
    </message>
    <message>
        <source>invalid --since "%1": expected a date (2026-12-01), a time (2026-12-01T08:00) or a duration ago (2h, 1d)</source>
        <translation>--since «%1» no válido: se esperaba una fecha (2026-12-01), una hora (2026-12-01T08:00) o una duración atrás (2h, 1d)</translation>
    </message>
    <message>
        <source>%1 is running in another Portolan now</source>
        <translation>%1 se está ejecutando ahora en otro Portolan</translation>
    </message>
    <message>
        <source>%1: first run, the baseline: nothing to compare with yet.
</source>
        <translation>%1: primera ejecución, la referencia: aún no hay nada con qué comparar.
</translation>
    </message>
    <message>
        <source>%1: nothing changed.
</source>
        <translation>%1: nada ha cambiado.
</translation>
    </message>
    <message>
        <source>Watch %1 added: every %2; its first run (the baseline) is due now.
</source>
        <translation>Vigilancia %1 añadida: cada %2; su primera ejecución (la referencia) toca ahora.
</translation>
    </message>
    <message>
        <source>Watch %1 removed.
</source>
        <translation>Vigilancia %1 eliminada.
</translation>
    </message>
    <message>
        <source>Watch %1 paused.
</source>
        <translation>Vigilancia %1 en pausa.
</translation>
    </message>
    <message>
        <source>Watch %1 resumed.
</source>
        <translation>Vigilancia %1 reanudada.
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
        <translation>Escaneos que se repiten en cada intervalo y dicen qué ha cambiado.
  add NAME --every DURATION [opciones de escaneo] [--on-change COMMAND] [--no-notify]
      [--gone-after N] [--cert-days N] [--alert-on KINDS] TARGET...
                      una vigilancia nueva (DURATION: 15m, 2h, 1d; al menos 1m)
  list                las vigilancias
  remove NAME         olvidar una vigilancia y sus eventos
  pause NAME, resume NAME
  run NAME            ejecutarla ahora: sale con 0 si nada cambió, 3 si algo cambió
  run --due           ejecutar cada vigilancia a la que le toca (lo hace el temporizador de systemd)
  events [NAME]       lo que las ejecuciones encontraron cambiado
Tipos de evento: %1.</translation>
    </message>
    <message>
        <source>add, list, remove, pause, resume, run or events</source>
        <translation>add, list, remove, pause, resume, run o events</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Scans</source>
        <translation>Comparar escaneos</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Hosts that appeared</source>
        <translation>Hosts que aparecieron</translation>
    </message>
    <message>
        <source>Hosts that went away</source>
        <translation>Hosts que desaparecieron</translation>
    </message>
    <message>
        <source>Ports that opened</source>
        <translation>Puertos que se abrieron</translation>
    </message>
    <message>
        <source>Ports that closed</source>
        <translation>Puertos que se cerraron</translation>
    </message>
    <message>
        <source>States that changed</source>
        <translation>Estados que cambiaron</translation>
    </message>
    <message>
        <source>Banners that changed</source>
        <translation>Banners que cambiaron</translation>
    </message>
    <message>
        <source>Filter by host, port or text</source>
        <translation>Filtrar por host, puerto o texto</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>no escaneado</translation>
    </message>
    <message>
        <source>No changes.
Old: %1
New: %2</source>
        <translation>Sin cambios.
Anterior: %1
Nuevo: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).
Old: %1
New: %2</source>
        <translation>
            <numerusform>%n cambio.
Anterior: %1
Nuevo: %2</numerusform>
            <numerusform>%n cambios.
Anterior: %1
Nuevo: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Exportar comparación</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>%1

Any earlier file at that path is unchanged.</source>
        <translation>%1

Cualquier archivo anterior en esa ruta no se ha modificado.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>no session bus</source>
        <translation>no hay bus de sesión</translation>
    </message>
    <message>
        <source>Show Events</source>
        <translation>Mostrar eventos</translation>
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
        <translation>down desde %1</translation>
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
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>VISTO POR ÚLTIMA VEZ</translation>
    </message>
    <message>
        <source>NAMES / OPEN PORTS</source>
        <translation>NOMBRES / PUERTOS ABIERTOS</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nuevo)</translation>
    </message>
    <message>
        <source>No devices in the inventory: scans kept in the history add them.
</source>
        <translation>No hay dispositivos en el inventario: los escaneos guardados en el historial los añaden.
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>ESCÁNER</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Up</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Down since %1</source>
        <translation>Inactivo desde %1</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: de %2 a %3</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <source>Known device</source>
        <translation>Dispositivo conocido</translation>
    </message>
    <message>
        <source>New: not yet marked known</source>
        <translation>Nuevo: aún no marcado como conocido</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Open ports</source>
        <translation>Puertos abiertos</translation>
    </message>
    <message>
        <source>The scanner that saw it last</source>
        <translation>El escáner que lo vio por última vez</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
</context>
<context>
    <name>DeviceStore</name>
    <message>
        <source>there is no device %1 in the inventory</source>
        <translation>no hay ningún dispositivo %1 en el inventario</translation>
    </message>
    <message>
        <source>"%1" is neither a MAC address nor an IP address</source>
        <translation>"%1" no es ni una dirección MAC ni una dirección IP</translation>
    </message>
    <message>
        <source>no device in the inventory has %1 (see portolan-cli devices)</source>
        <translation>ningún dispositivo del inventario tiene %1 (vea portolan-cli devices)</translation>
    </message>
    <message>
        <source>line %1: a quote that does not close, or one inside a cell</source>
        <translation>línea %1: unas comillas que no se cierran, o unas dentro de una celda</translation>
    </message>
    <message>
        <source>no labels in the file (one "device,label[,notes]" per line)</source>
        <translation>no hay etiquetas en el archivo (una línea "device,label[,notes]" por dispositivo)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1: expected device,label[,notes], found %2 cells</source>
        <translation>%1: se esperaba device,label[,notes], hay %2 celdas</translation>
    </message>
    <message>
        <source>%1 is a device of each of the scanners %2: name one with --scanner</source>
        <translation>%1 es un dispositivo de cada uno de los escáneres %2: indique uno con --scanner</translation>
    </message>
    <message>
        <source>permission denied: the store does not let this scanner change device %1 (a device known by its MAC address is forgotten only by the store's owner; one known by its address, only by its own scanner)</source>
        <translation>permiso denegado: el almacén no deja que este escáner cambie el dispositivo %1 (un dispositivo conocido por su dirección MAC solo lo olvida el propietario del almacén; uno conocido por su dirección, solo su propio escáner)</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Search by label, name, address, MAC, vendor or port</source>
        <translation>Buscar por etiqueta, nombre, dirección, MAC, fabricante o puerto</translation>
    </message>
    <message>
        <source>Search the devices</source>
        <translation>Buscar en los dispositivos</translation>
    </message>
    <message>
        <source>&amp;New only</source>
        <translation>Solo &amp;nuevos</translation>
    </message>
    <message>
        <source>Only devices not yet marked known</source>
        <translation>Solo los dispositivos aún no marcados como conocidos</translation>
    </message>
    <message>
        <source>Do&amp;wn only</source>
        <translation>Solo &amp;inactivos</translation>
    </message>
    <message>
        <source>Only devices that the last scan of them found down</source>
        <translation>Solo los dispositivos que su último escaneo encontró inactivos</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>&amp;Etiqueta…</translation>
    </message>
    <message>
        <source>Mark as &amp;Known</source>
        <translation>Marcar como &amp;conocido</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Give the device a label (F2, or double-click the Label column to edit it there)</source>
        <translation>Poner una etiqueta al dispositivo (F2, o doble clic en la columna Etiqueta para editarla allí)</translation>
    </message>
    <message>
        <source>The selected devices are no longer new (Ctrl+K)</source>
        <translation>Los dispositivos seleccionados dejan de ser nuevos (Ctrl+K)</translation>
    </message>
    <message>
        <source>Mark as &amp;New</source>
        <translation>Marcar como &amp;nuevo</translation>
    </message>
    <message>
        <source>Remove the selected devices from the inventory; a scan that sees one again finds it new (Del)</source>
        <translation>Quitar los dispositivos seleccionados del inventario; un escaneo que vuelva a ver uno lo encontrará nuevo (Supr)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new</source>
        <translation>
            <numerusform>, %n nuevo</numerusform>
            <numerusform>, %n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n mostrado)</numerusform>
            <numerusform> (%n mostrados)</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices yet: every scan kept in the history adds those it finds up.</source>
        <translation>Aún no hay dispositivos: cada escaneo guardado en el historial añade los que encuentra activos.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Label for %1 (empty removes it):</source>
        <translation>Etiqueta para %1 (vacía la quita):</translation>
    </message>
    <message>
        <source>Forget Devices</source>
        <translation>Olvidar dispositivos</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n device(s)? Their labels and notes go with them.</source>
        <translation>
            <numerusform>¿Olvidar %n dispositivo? Su etiqueta y sus notas se pierden con él.</numerusform>
            <numerusform>¿Olvidar %n dispositivos? Sus etiquetas y notas se pierden con ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Down since %1</source>
        <translation>Inactivo desde %1</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Vigilancia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Mark the selected events (or all shown) as seen</source>
        <translation>Marcar los eventos seleccionados (o todos los mostrados) como vistos</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Every watch</source>
        <translation>Todas las vigilancias</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not acknowledged</source>
        <translation>
            <numerusform>, %n sin confirmar</numerusform>
            <numerusform>, %n sin confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n evento exportado a %1.</numerusform>
            <numerusform>%n eventos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (detenido)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Hosts up</source>
        <translation>Hosts activos</translation>
    </message>
    <message>
        <source>Open ports</source>
        <translation>Puertos abiertos</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show the scan in the table, read-only (Enter)</source>
        <translation>Mostrar el escaneo en la tabla, solo lectura (Intro)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>Show what changed between the two selected scans</source>
        <translation>Mostrar qué cambió entre los dos escaneos seleccionados</translation>
    </message>
    <message>
        <source>Re&amp;scan</source>
        <translation>Volver a e&amp;scanear</translation>
    </message>
    <message>
        <source>Run the scan again with the same parameters and compare</source>
        <translation>Ejecutar de nuevo el escaneo con los mismos parámetros y comparar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected scans from the history (Del)</source>
        <translation>Eliminar del historial los escaneos seleccionados (Supr)</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n escaneo</numerusform>
            <numerusform>%n escaneos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) match</source>
        <translation>
            <numerusform>%n escaneo coincide</numerusform>
            <numerusform>%n escaneos coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by host, port, service or scanner</source>
        <translation>Buscar por host, puerto, servicio o escáner</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation>el controlador SQLite de Qt (QSQLITE) no está instalado</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>it is not a database Portolan can read</source>
        <translation>no es una base de datos que Portolan pueda leer</translation>
    </message>
    <message>
        <source>a newer Portolan made it</source>
        <translation>la creó un Portolan más reciente</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>está dañada</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2) and cannot be moved aside</source>
        <translation>%1 no se puede usar (%2) ni apartar</translation>
    </message>
    <message>
        <source>The history file %1 could not be used (%2); it was kept as %3 and a new history started.</source>
        <translation>No se pudo usar el archivo de historial %1 (%2); se conservó como %3 y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>cannot start a new history at %1</source>
        <translation>no se puede empezar un historial nuevo en %1</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>el historial no está abierto</translation>
    </message>
    <message>
        <source>there is no scan %1 in the history</source>
        <translation>no hay ningún escaneo %1 en el historial</translation>
    </message>
    <message>
        <source>the history database is busy (another Portolan is writing to it); try again</source>
        <translation>la base de datos del historial está ocupada (otro Portolan está escribiendo); inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the disk is full: the scan is not in the history</source>
        <translation>el disco está lleno: el escaneo no está en el historial</translation>
    </message>
    <message>
        <source>writing failed (%1): the scan is not in the history</source>
        <translation>falló la escritura (%1): el escaneo no está en el historial</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL; Debian: libqt6sql6-psql) is not installed</source>
        <translation>El controlador PostgreSQL de Qt (QPSQL; Debian: libqt6sql6-psql) no está instalado</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer Portolan (schema %2; this one knows %3): it is left as it is</source>
        <translation>%1 lo creó un Portolan más reciente (esquema %2; este conoce %3): se deja como está</translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtrado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Nombres: %1</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Fabricante: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message numerus="yes">
        <source>and %n more open port(s)</source>
        <translation>
            <numerusform>y %n puerto abierto más</numerusform>
            <numerusform>y %n puertos abiertos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Accepts a connection on every port: a firewall or tarpit answers for it, so its open ports say little; service detection looked at a few of them only.</source>
        <translation>Acepta conexiones en todos los puertos: un cortafuegos o un tarpit responde por él, así que sus puertos abiertos dicen poco; la detección de servicios solo examinó algunos.</translation>
    </message>
    <message>
        <source>%1 (every port answers)</source>
        <translation>%1 (todos los puertos responden)</translation>
    </message>
    <message>
        <source>Open|filtered</source>
        <translation>Abierto|filtrado</translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message>
        <source>the rules file is not a JSON object: %1</source>
        <translation>el archivo de reglas no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>the rules file holds no rules</source>
        <translation>el archivo de reglas no contiene reglas</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sin id)</translation>
    </message>
    <message>
        <source>rule %1: id, source and why are required</source>
        <translation>regla %1: id, source y why son obligatorios</translation>
    </message>
    <message>
        <source>rule %1: bad pattern: %2</source>
        <translation>regla %1: patrón no válido: %2</translation>
    </message>
    <message>
        <source>rule %1: weight must be 1 to 100</source>
        <translation>regla %1: el peso debe estar entre 1 y 100</translation>
    </message>
    <message>
        <source>rule %1: "%2" is not a device type</source>
        <translation>regla %1: «%2» no es un tipo de dispositivo</translation>
    </message>
    <message>
        <source>rule %1: it concludes nothing (type, maker, model or os)</source>
        <translation>regla %1: no concluye nada (type, maker, model u os)</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>not a Portolan JSON export (no scanner and results)</source>
        <translation>no es una exportación JSON de Portolan (faltan scanner y results)</translation>
    </message>
    <message>
        <source>%1 entries without a valid address, port, protocol or state skipped</source>
        <translation>%1 entradas sin dirección, puerto, protocolo o estado válidos omitidas</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Targets:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Host names, addresses, 10.0.0.0/24, 10.0.0.1-50, ::1 ...</source>
        <translation>Nombres de host, direcciones, 10.0.0.0/24, 10.0.0.1-50, ::1 …</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>&amp;Load from File...</source>
        <translation>&amp;Cargar desde archivo…</translation>
    </message>
    <message>
        <source>Load targets from file</source>
        <translation>Cargar objetivos desde un archivo</translation>
    </message>
    <message>
        <source>Targets error</source>
        <translation>Error en los objetivos</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Puertos:</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opciones</translation>
    </message>
    <message>
        <source>Show scan options</source>
        <translation>Mostrar las opciones de escaneo</translation>
    </message>
    <message>
        <source>Ports error</source>
        <translation>Error en los puertos</translation>
    </message>
    <message>
        <source>Scan options</source>
        <translation>Opciones de escaneo</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds</source>
        <translation>Tiempo de espera por intento en milisegundos</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Reintentos:</translation>
    </message>
    <message>
        <source>Retries for ports that do not answer</source>
        <translation>Reintentos para puertos que no responden</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Concurrencia:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Connections in flight, 0 for automatic</source>
        <translation>Conexiones simultáneas, 0 para automático</translation>
    </message>
    <message>
        <source>Grab &amp;banners</source>
        <translation>Leer &amp;banners</translation>
    </message>
    <message>
        <source>Every &amp;address of a name</source>
        <translation>Todas las &amp;direcciones de un nombre</translation>
    </message>
    <message>
        <source>List c&amp;losed ports</source>
        <translation>Listar los puertos &amp;cerrados</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Escanear</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>Iniciar el escaneo</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause or resume scan</source>
        <translation>Pausar o reanudar el escaneo</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation>Detener el escaneo</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progreso del escaneo</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Scanned hosts</source>
        <translation>Hosts escaneados</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Show open ports</source>
        <translation>Mostrar los puertos abiertos</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtrado</translation>
    </message>
    <message>
        <source>Show filtered ports</source>
        <translation>Mostrar los puertos filtrados</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Show closed ports</source>
        <translation>Mostrar los puertos cerrados</translation>
    </message>
    <message>
        <source>Search results (Ctrl+F)</source>
        <translation>Buscar en los resultados (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Buscar en los resultados</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation>Resultados del escaneo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Load Targets from File...</source>
        <translation>&amp;Cargar objetivos desde archivo…</translation>
    </message>
    <message>
        <source>&amp;Export Results...</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Export &amp;Shown Rows...</source>
        <translation>Exportar las filas &amp;mostradas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Copy &amp;Address:Port</source>
        <translation>Copiar &amp;dirección:puerto</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Edit &amp;Targets</source>
        <translation>Editar &amp;objetivos</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>&amp;Acerca de Portolan</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Common ports</source>
        <translation>Puertos comunes</translation>
    </message>
    <message>
        <source>Well-known (1-1024)</source>
        <translation>Conocidos (1-1024)</translation>
    </message>
    <message>
        <source>All (1-65535)</source>
        <translation>Todos (1-65535)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation>Acerca de Portolan</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Fix the marked field to start the scan.</source>
        <translation>Corrija el campo marcado para iniciar el escaneo.</translation>
    </message>
    <message>
        <source>Large scan</source>
        <translation>Escaneo grande</translation>
    </message>
    <message>
        <source>This scan sends %1 probes (%2 addresses x %3 ports). Start it?</source>
        <translation>Este escaneo envía %1 sondas (%2 direcciones × %3 puertos). ¿Iniciarlo?</translation>
    </message>
    <message>
        <source>Scan not started.</source>
        <translation>Escaneo no iniciado.</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>Escaneando %1…</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Paused. Resume with Ctrl+P.</source>
        <translation>En pausa. Reanude con Ctrl+P.</translation>
    </message>
    <message>
        <source>Load Targets</source>
        <translation>Cargar objetivos</translation>
    </message>
    <message>
        <source>Target lists (*.txt *.lst *.list);;All files (*)</source>
        <translation>Listas de objetivos (*.txt *.lst *.list);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export all results to CSV or JSON</source>
        <translation>Exportar todos los resultados a CSV o JSON</translation>
    </message>
    <message>
        <source>Start the scan</source>
        <translation>Iniciar el escaneo</translation>
    </message>
    <message>
        <source>Pause or resume the scan</source>
        <translation>Pausar o reanudar el escaneo</translation>
    </message>
    <message>
        <source>Stop the scan, keeping what it found</source>
        <translation>Detener el escaneo conservando lo encontrado</translation>
    </message>
    <message>
        <source>Tim&amp;ing:</source>
        <translation>Tempor&amp;ización:</translation>
    </message>
    <message>
        <source>Timing preset</source>
        <translation>Perfil de temporización</translation>
    </message>
    <message>
        <source>Sets the timeout, retries and concurrency beside it, like nmap's -T0 to -T5</source>
        <translation>Fija el tiempo de espera, los reintentos y la concurrencia de al lado, como -T0 a -T5 de nmap</translation>
    </message>
    <message>
        <source>Paranoid (T0)</source>
        <translation>Paranoico (T0)</translation>
    </message>
    <message>
        <source>Sneaky (T1)</source>
        <translation>Sigiloso (T1)</translation>
    </message>
    <message>
        <source>Polite (T2)</source>
        <translation>Cortés (T2)</translation>
    </message>
    <message>
        <source>Normal (T3)</source>
        <translation>Normal (T3)</translation>
    </message>
    <message>
        <source>Aggressive (T4)</source>
        <translation>Agresivo (T4)</translation>
    </message>
    <message>
        <source>Insane (T5)</source>
        <translation>Demente (T5)</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hosts:</translation>
    </message>
    <message>
        <source>Host discovery</source>
        <translation>Descubrimiento de hosts</translation>
    </message>
    <message>
        <source>Blocks, ranges and target files: scan only the hosts that answer a ping or a connect, or every address (-Pn). Hosts typed one by one are always scanned.</source>
        <translation>Bloques, rangos y archivos de objetivos: escanear solo los hosts que responden a un ping o una conexión, o todas las direcciones (-Pn). Los hosts escritos uno a uno se escanean siempre.</translation>
    </message>
    <message>
        <source>Scan live hosts</source>
        <translation>Escanear hosts activos</translation>
    </message>
    <message>
        <source>Scan every address</source>
        <translation>Escanear todas las direcciones</translation>
    </message>
    <message>
        <source>Find &amp;Live Hosts</source>
        <translation>Buscar hosts &amp;activos</translation>
    </message>
    <message>
        <source>Find which hosts of the targets are up, without scanning their ports</source>
        <translation>Averiguar qué hosts de los objetivos están activos, sin escanear sus puertos</translation>
    </message>
    <message>
        <source>Show &amp;Down Hosts</source>
        <translation>Mostrar hosts &amp;inactivos</translation>
    </message>
    <message>
        <source>List the hosts that did not answer in the hosts pane</source>
        <translation>Mostrar en el panel de hosts los que no respondieron</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Sa&amp;ve every scan</source>
        <translation>&amp;Guardar cada escaneo</translation>
    </message>
    <message>
        <source>Keep each finished or stopped scan in the history, to open and compare later</source>
        <translation>Guardar en el historial cada escaneo terminado o detenido, para abrirlo y compararlo después</translation>
    </message>
    <message>
        <source>Ke&amp;ep:</source>
        <translation>Con&amp;servar:</translation>
    </message>
    <message>
        <source> scans</source>
        <translation> escaneos</translation>
    </message>
    <message>
        <source>How many scans the history keeps; older ones are deleted</source>
        <translation>Cuántos escaneos conserva el historial; los más antiguos se eliminan</translation>
    </message>
    <message>
        <source>%1 - Portolan (read-only)</source>
        <translation>%1 - Portolan (solo lectura)</translation>
    </message>
    <message>
        <source>Detect services and versio&amp;ns</source>
        <translation>Detectar servicios y versio&amp;nes</translation>
    </message>
    <message>
        <source>Ask each open port what it runs (greetings, HTTP, TLS certificates, Redis, databases, ...), like nmap -sV; otherwise the service is guessed from the port number</source>
        <translation>Preguntar a cada puerto abierto qué ejecuta (saludos, HTTP, certificados TLS, Redis, bases de datos, …), como nmap -sV; si no, el servicio se deduce del número de puerto</translation>
    </message>
    <message>
        <source> ms per port</source>
        <translation> ms por puerto</translation>
    </message>
    <message>
        <source>The most time service detection spends on one port</source>
        <translation>El tiempo máximo que la detección de servicios dedica a un puerto</translation>
    </message>
    <message>
        <source> per host</source>
        <translation> por host</translation>
    </message>
    <message>
        <source>Service detection's connections to one host at once</source>
        <translation>Conexiones simultáneas de la detección de servicios a un host</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>Scan TCP ports, UDP ports or both (Alt+U). Ports typed with T: or U: (U:53,161) keep their protocol.</source>
        <translation>Escanear puertos TCP, puertos UDP o ambos (Alt+U). Los puertos escritos con T: o U: (U:53,161) conservan su protocolo.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Open|filtered</source>
        <translation>Abierto|filtrado</translation>
    </message>
    <message>
        <source>UDP ports that stayed silent: open, or a firewall dropped the probe</source>
        <translation>Puertos UDP que no respondieron: abiertos, o un cortafuegos descartó la sonda</translation>
    </message>
    <message>
        <source>Show open|filtered ports</source>
        <translation>Mostrar los puertos abiertos|filtrados</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;A fast, accurate TCP and UDP port scanner.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Scan only hosts you are allowed to test.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Un escáner de puertos TCP y UDP rápido y preciso.&lt;/p&gt;&lt;p&gt;Con licencia GNU General Public License, versión 3 o posterior.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose con Qt %3.&lt;/p&gt;&lt;p&gt;Escanee solo hosts que tenga permiso para probar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NmapXmlReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1="%2" is not a number up to %3</source>
        <translation>%1="%2" no es un número de hasta %3</translation>
    </message>
    <message>
        <source>port 0</source>
        <translation>puerto 0</translation>
    </message>
    <message>
        <source>not an nmap XML file (no nmaprun element)</source>
        <translation>no es un archivo XML de nmap (falta el elemento nmaprun)</translation>
    </message>
    <message>
        <source>the %1 part of the scan skipped</source>
        <translation>se omitió la parte %1 del escaneo</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>%1 ports not listed one by one skipped</source>
        <translation>puertos %1 no listados uno a uno omitidos</translation>
    </message>
    <message>
        <source>ports before the host's address</source>
        <translation>puertos antes de la dirección del host</translation>
    </message>
    <message>
        <source>ports in state %1 skipped</source>
        <translation>puertos en estado %1 omitidos</translation>
    </message>
    <message>
        <source>elapsed="%1" is not a duration</source>
        <translation>elapsed="%1" no es una duración</translation>
    </message>
    <message>
        <source>OS matches and traceroutes skipped</source>
        <translation>coincidencias de SO y traceroutes omitidos</translation>
    </message>
    <message>
        <source>a host without an IP address</source>
        <translation>un host sin dirección IP</translation>
    </message>
    <message>
        <source>entity declarations are not allowed</source>
        <translation>no se permiten declaraciones de entidades</translation>
    </message>
    <message>
        <source>unknown entity &amp;%1;</source>
        <translation>entidad desconocida &amp;%1;</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>elementos anidados a más de %1 niveles</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 veces)</translation>
    </message>
    <message>
        <source>%1 ports skipped (Portolan scans TCP and UDP)</source>
        <translation>%1 puertos omitidos (Portolan escanea TCP y UDP)</translation>
    </message>
    <message>
        <source>reasons from something other than an IP address skipped</source>
        <translation>motivos procedentes de algo que no es una dirección IP omitidos</translation>
    </message>
</context>
<context>
    <name>OpenerCommand</name>
    <message>
        <source>unknown placeholder {%1}: use {address}, {port} or {host}</source>
        <translation>marcador desconocido {%1}: use {address}, {port} o {host}</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Connect with netcat</source>
        <translation>Conectar con netcat</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>unas comillas no se cierran</translation>
    </message>
    <message>
        <source>no program given</source>
        <translation>no se indicó ningún programa</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Banners come from TCP connections: this scan has no TCP ports</source>
        <translation>Los banners provienen de conexiones TCP: este escaneo no tiene puertos TCP</translation>
    </message>
</context>
<context>
    <name>PendingScans</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a scan kept by Portolan: %2</source>
        <translation>%1 no es un escaneo guardado por Portolan: %2</translation>
    </message>
    <message>
        <source>scan %1 was written, but %2 cannot be removed: remove it by hand</source>
        <translation>el escaneo %1 se escribió, pero %2 no se puede eliminar: elimínelo a mano</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept while %1 was away written there now.</source>
        <translation>
            <numerusform>%n escaneo guardado mientras %1 no estaba, escrito allí ahora.</numerusform>
            <numerusform>%n escaneos guardados mientras %1 no estaba, escritos allí ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>scans kept while %1 was away could not be written yet: %2</source>
        <translation>los escaneos guardados mientras %1 no estaba aún no se pudieron escribir: %2</translation>
    </message>
    <message>
        <source>%1, and keeping the scan here failed too: %2</source>
        <translation>%1, y guardar el escaneo aquí también falló: %2</translation>
    </message>
    <message>
        <source>%1; the scan is kept in %2 until "portolan-cli store flush" writes it to %3</source>
        <translation>%1; el escaneo se guarda en %2 hasta que «portolan-cli store flush» lo escriba en %3</translation>
    </message>
    <message>
        <source>%1 refused this scanner: %2; the scan is kept in %3 ("portolan-cli store flush" writes it there once that is put right)</source>
        <translation>%1 rechazó este escáner: %2; el escaneo se guarda en %3 («portolan-cli store flush» lo escribirá allí cuando se corrija)</translation>
    </message>
</context>
<context>
    <name>PgPass</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>PortSpec</name>
    <message>
        <source>no ports given</source>
        <translation>no se indicaron puertos</translation>
    </message>
    <message>
        <source>empty entry in the port list</source>
        <translation>entrada vacía en la lista de puertos</translation>
    </message>
    <message>
        <source>invalid port range "%1": ports are 1 to 65535</source>
        <translation>rango de puertos no válido «%1»: los puertos van de 1 a 65535</translation>
    </message>
    <message>
        <source>reversed port range "%1"</source>
        <translation>rango de puertos invertido «%1»</translation>
    </message>
    <message>
        <source>invalid port "%1": ports are 1 to 65535</source>
        <translation>puerto no válido «%1»: los puertos van de 1 a 65535</translation>
    </message>
    <message>
        <source>unknown port or service "%1"</source>
        <translation>puerto o servicio desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown UDP port or service "%1"</source>
        <translation>puerto o servicio UDP desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown protocol prefix in "%1": use T: for TCP or U: for UDP</source>
        <translation>prefijo de protocolo desconocido en «%1»: use T: para TCP o U: para UDP</translation>
    </message>
    <message>
        <source>no ports after "%1"</source>
        <translation>no hay puertos tras «%1»</translation>
    </message>
    <message>
        <source>"%1" names UDP ports, but only TCP was asked for</source>
        <translation>«%1» indica puertos UDP, pero solo se pidió TCP</translation>
    </message>
    <message>
        <source>"%1" names TCP ports, but only UDP was asked for</source>
        <translation>«%1» indica puertos TCP, pero solo se pidió UDP</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>no se puede hacer privado %1: %2</translation>
    </message>
    <message>
        <source>%1 was readable by other users (mode %2): now by you alone (%3)</source>
        <translation>otros usuarios podían leer %1 (modo %2): ahora solo usted (%3)</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <translation>no se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>No se pudo iniciar %1 (¿está instalado?)</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Se copió %n fila.</numerusform>
            <numerusform>Se copiaron %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Shown Rows</source>
        <translation>Exportar las filas mostradas</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>%1

Any earlier file at that path is unchanged.</source>
        <translation>%1

Cualquier archivo anterior en esa ruta no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila a %1.</numerusform>
            <numerusform>Se exportaron %n filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>Exportando %n fila…</numerusform>
            <numerusform>Exportando %n filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; any earlier file at %1 is unchanged.</source>
        <translation>Exportación cancelada; cualquier archivo anterior en %1 no ha cambiado.</translation>
    </message>
    <message>
        <source>nmap XML files (*.xml)</source>
        <translation>Archivos XML de nmap (*.xml)</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>%1, %2 ms latency</source>
        <translation>%1, %2 ms de latencia</translation>
    </message>
    <message>
        <source>Host is up (%1).</source>
        <translation>El host está activo (%1).</translation>
    </message>
    <message>
        <source>Host is down (%1).</source>
        <translation>El host está inactivo (%1).</translation>
    </message>
    <message>
        <source>Host not known to be up (%1).</source>
        <translation>No se sabe si el host está activo (%1).</translation>
    </message>
    <message>
        <source>Hosts: %1 up, %2 down, %3 addresses in all</source>
        <translation>Hosts: %1 activos, %2 inactivos, %3 direcciones en total</translation>
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
            <numerusform>%1 puerto</numerusform>
            <numerusform>%1 puertos</numerusform>
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
    <name>ResultsPane</name>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
</context>
<context>
    <name>ScanArchive</name>
    <message>
        <source>The scan was not kept in the history: %1</source>
        <translation>El escaneo no se guardó en el historial: %1</translation>
    </message>
    <message>
        <source>Could not delete from the history: %1</source>
        <translation>No se pudo eliminar del historial: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Open Scan</source>
        <translation>Abrir escaneo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> Skipped: %1</source>
        <translation> Omitido: %1</translation>
    </message>
    <message>
        <source>Opened %1 (read-only).</source>
        <translation>%1 abierto (solo lectura).</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Open Scan…</source>
        <translation>&amp;Abrir escaneo…</translation>
    </message>
    <message>
        <source>Open a saved scan (Portolan JSON or nmap XML), read-only</source>
        <translation>Abrir un escaneo guardado (JSON de Portolan o XML de nmap), solo lectura</translation>
    </message>
    <message>
        <source>Compare &amp;With File…</source>
        <translation>Comparar &amp;con archivo…</translation>
    </message>
    <message>
        <source>Show what changed between a saved scan and the one in the table</source>
        <translation>Mostrar qué cambió entre un escaneo guardado y el de la tabla</translation>
    </message>
    <message>
        <source>&amp;Rescan and Compare</source>
        <translation>&amp;Volver a escanear y comparar</translation>
    </message>
    <message>
        <source>Run the shown scan again and show what changed</source>
        <translation>Ejecutar de nuevo el escaneo mostrado y mostrar qué cambió</translation>
    </message>
    <message>
        <source>the scan of %1</source>
        <translation>el escaneo de %1</translation>
    </message>
    <message>
        <source>Showing the saved scan of %1 from %2 (read-only).</source>
        <translation>Mostrando el escaneo guardado de %1 del %2 (solo lectura).</translation>
    </message>
    <message>
        <source>Scans (*.json *.xml);;Portolan JSON (*.json);;nmap XML (*.xml);;All files (*)</source>
        <translation>Escaneos (*.json *.xml);;JSON de Portolan (*.json);;XML de nmap (*.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Compare With File</source>
        <translation>Comparar con archivo</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Compared: no changes.</source>
        <translation>Comparado: sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>Compared: %n change(s).</source>
        <translation>
            <numerusform>Comparado: %n cambio.</numerusform>
            <numerusform>Comparado: %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Scans</source>
        <translation>Eliminar escaneos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scan(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n escaneo del historial? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n escaneos del historial? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Dispositivos</translation>
    </message>
</context>
<context>
    <name>ScanDiff</name>
    <message>
        <source>Old: %1
New: %2
</source>
        <translation>Anterior: %1
Nuevo: %2
</translation>
    </message>
    <message>
        <source>+ %1 is up, not in the old scan
</source>
        <translation>+ %1 está activo, no estaba en el escaneo anterior
</translation>
    </message>
    <message>
        <source>+ %1 is up, was %2
</source>
        <translation>+ %1 está activo, estaba %2
</translation>
    </message>
    <message>
        <source>- %1 is not in the new scan, was up
</source>
        <translation>- %1 no está en el escaneo nuevo, estaba activo
</translation>
    </message>
    <message>
        <source>- %1 is %2, was up
</source>
        <translation>- %1 está %2, estaba activo
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
        <translation>%1 banner «%2», era «%3»</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 era %2</translation>
    </message>
    <message>
        <source>%1 %2, was %3</source>
        <translation>%1 %2, era %3</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>Sin cambios.
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).
</source>
        <translation>
            <numerusform>%n cambio.
</numerusform>
            <numerusform>%n cambios.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, iniciado %2</translation>
    </message>
</context>
<context>
    <name>ScanFile</name>
    <message>
        <source>neither a Portolan JSON export nor nmap XML</source>
        <translation>no es ni una exportación JSON de Portolan ni XML de nmap</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 GiB</source>
        <translation>%1 ocupa más de %2 GiB</translation>
    </message>
</context>
<context>
    <name>ScanForm</name>
    <message numerus="yes">
        <source>Loaded %n target(s) from %1.</source>
        <translation>
            <numerusform>Se cargó %n objetivo de %1.</numerusform>
            <numerusform>Se cargaron %n objetivos de %1.</numerusform>
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
        <translation>TCP y UDP</translation>
    </message>
    <message numerus="yes">
        <source>%n common UDP port(s)</source>
        <translation><numerusform>%n puerto UDP común</numerusform><numerusform>%n puertos UDP comunes</numerusform></translation>
    </message>
    <message>
        <source>%1 common TCP ports and %2 common UDP ports</source>
        <translation>%1 puertos TCP comunes y %2 puertos UDP comunes</translation>
    </message>
    <message numerus="yes">
        <source>%n common TCP port(s)</source>
        <translation><numerusform>%n puerto TCP común</numerusform><numerusform>%n puertos TCP comunes</numerusform></translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>cannot resolve %1: unknown host</source>
        <translation>no se puede resolver %1: host desconocido</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>no se puede resolver %1: %2</translation>
    </message>
</context>
<context>
    <name>ScanOptionsJson</name>
    <message>
        <source>the option %1 must be a whole number from %2 to %3</source>
        <translation>la opción %1 debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>the option %1 must be true or false</source>
        <translation>la opción %1 debe ser true o false</translation>
    </message>
    <message>
        <source>the option discovery must be automatic, skip or only</source>
        <translation>la opción discovery debe ser automatic, skip u only</translation>
    </message>
    <message>
        <source>the option discovery_ports must be a list of at most %1 ports</source>
        <translation>la opción discovery_ports debe ser una lista de %1 puertos como mucho</translation>
    </message>
    <message>
        <source>the option discovery_ports holds a port that is not 1-65535</source>
        <translation>la opción discovery_ports contiene un puerto fuera de 1-65535</translation>
    </message>
    <message>
        <source>the option snmp_community must be text of at most 255 bytes</source>
        <translation>la opción snmp_community debe ser un texto de 255 bytes como máximo</translation>
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
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>%1: detected by what the port said (confidence %2 of 10)</source>
        <translation>%1: detectado por lo que dijo el puerto (confianza %2 de 10)</translation>
    </message>
    <message>
        <source>%1: guessed from the port number</source>
        <translation>%1: deducido del número de puerto</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Producto: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2%3</source>
        <translation>Certificado: %1, emitido por %2%3</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (autofirmado)</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Nombres: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Válido hasta: %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>%1 from %2, not from the target</source>
        <translation>%1 de %2, no del destino</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>%1 open, %2 filtered, %3 closed</source>
        <translation>%1 abiertos, %2 filtrados, %3 cerrados</translation>
    </message>
    <message>
        <source>%1 probes/s</source>
        <translation>%1 sondas/s</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>ETA --</source>
        <translation>Restante --</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restante %1</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (detenido)</translation>
    </message>
    <message>
        <source> - stopped by an error: %1</source>
        <translation> - detenido por un error: %1</translation>
    </message>
    <message>
        <source> - not scanned: %1</source>
        <translation> - no escaneado: %1</translation>
    </message>
    <message>
        <source>discovery %1 of %2 hosts, %3 up</source>
        <translation>descubrimiento %1 de %2 hosts, %3 activos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln host(s) up</source>
        <translation>
            <numerusform>%Ln host activo</numerusform>
            <numerusform>%Ln hosts activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detecting services: %Ln port(s) left</source>
        <translation>
            <numerusform>Detectando servicios: queda %Ln puerto</numerusform>
            <numerusform>Detectando servicios: quedan %Ln puertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln live host(s) of %1 in %2</source>
        <translation>
            <numerusform>Se encontró %Ln host activo de %1 en %2</numerusform>
            <numerusform>Se encontraron %Ln hosts activos de %1 en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed</source>
        <translation>Se escanearon %1 en %2 en %3: %4 abiertos, %5 filtrados, %6 cerrados</translation>
    </message>
    <message>
        <source>%1 open, %2 filtered, %3 open|filtered, %4 closed</source>
        <translation>%1 abiertos, %2 filtrados, %3 abiertos|filtrados, %4 cerrados</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s)</source>
        <translation><numerusform>Confirmando %n puerto UDP cerrado</numerusform><numerusform>Confirmando %n puertos UDP cerrados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation><numerusform>queda unos %n s</numerusform><numerusform>quedan unos %n s</numerusform></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s) (%1)</source>
        <translation><numerusform>Confirmando %n puerto UDP cerrado (%1)</numerusform><numerusform>Confirmando %n puertos UDP cerrados (%1)</numerusform></translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4</source>
        <translation>Escaneados %1 en %2 en %3: %4</translation>
    </message>
</context>
<context>
    <name>ScannerName</name>
    <message>
        <source>a scanner's name cannot be empty</source>
        <translation>el nombre de un escáner no puede estar vacío</translation>
    </message>
    <message>
        <source>a scanner's name is at most 64 characters</source>
        <translation>el nombre de un escáner tiene como máximo 64 caracteres</translation>
    </message>
    <message>
        <source>a scanner's name cannot start or end with a space</source>
        <translation>el nombre de un escáner no puede empezar ni terminar con un espacio</translation>
    </message>
    <message>
        <source>a scanner's name cannot hold a control character</source>
        <translation>el nombre de un escáner no puede contener un carácter de control</translation>
    </message>
</context>
<context>
    <name>ServiceInfo</name>
    <message>
        <source>certificate expired %1</source>
        <translation>certificado caducado el %1</translation>
    </message>
    <message numerus="yes">
        <source>certificate expires in %n day(s)</source>
        <translation>
            <numerusform>el certificado caduca en %n día</numerusform>
            <numerusform>el certificado caduca en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceOpeners</name>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>Copy SS&amp;H Command</source>
        <translation>Copiar comando SS&amp;H</translation>
    </message>
    <message>
        <source>Open &amp;With</source>
        <translation>Abrir &amp;con</translation>
    </message>
    <message>
        <source>&amp;Edit Openers…</source>
        <translation>&amp;Editar lanzadores…</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Ningún navegador pudo abrir %1.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Could not run "%1": %2</source>
        <translation>No se pudo ejecutar «%1»: %2</translation>
    </message>
    <message>
        <source>Started "%1" for %2 port %3.</source>
        <translation>«%1» iniciado para %2, puerto %3.</translation>
    </message>
    <message>
        <source>One opener per line: a name, "=", then the program and its arguments. {address}, {port} and {host} are filled in; no shell runs them.</source>
        <translation>Un lanzador por línea: un nombre, «=», y luego el programa y sus argumentos. Se rellenan {address}, {port} y {host}; ningún shell los ejecuta.</translation>
    </message>
    <message>
        <source>Openers</source>
        <translation>Lanzadores</translation>
    </message>
    <message>
        <source>Line %1 has no name before "=".</source>
        <translation>La línea %1 no tiene nombre antes de «=».</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Línea %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n opener(s) saved.</source>
        <translation>
            <numerusform>%n lanzador guardado.</numerusform>
            <numerusform>%n lanzadores guardados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>the source has no table %1</source>
        <translation>el origen no tiene la tabla %1</translation>
    </message>
    <message>
        <source>%1 is not empty (%2): a store is copied into a new, empty one</source>
        <translation>%1 no está vacío (%2): un almacén se copia en uno nuevo y vacío</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 in the copy; nothing was written</source>
        <translation>%1: %2 filas en el origen, %3 en la copia; no se escribió nada</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>History Store</source>
        <translation>Almacén del historial</translation>
    </message>
    <message>
        <source>Where Portolan keeps the history of scans, the devices and the watches. Several scanners can share one PostgreSQL database.</source>
        <translation>Dónde guarda Portolan el historial de escaneos, los dispositivos y las vigilancias. Varios escáneres pueden compartir una base de datos PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;This computer (%1)</source>
        <translation>&amp;Este equipo (%1)</translation>
    </message>
    <message>
        <source>Another &amp;file:</source>
        <translation>Otro &amp;archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server:</source>
        <translation>Un servidor &amp;PostgreSQL:</translation>
    </message>
    <message>
        <source>db.example.org, an address, or a socket folder</source>
        <translation>db.example.org, una dirección o una carpeta de socket</translation>
    </message>
    <message>
        <source>5432 (the default)</source>
        <translation>5432 (predeterminado)</translation>
    </message>
    <message>
        <source>empty: from %1</source>
        <translation>vacío: desde %1</translation>
    </message>
    <message>
        <source>&amp;Remember it in %1 (readable by you only)</source>
        <translation>&amp;Recordarla en %1 (solo usted puede leerla)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>The name this Portolan's scans, devices and watches carry in a shared store; empty: this computer's name</source>
        <translation>El nombre que llevan los escaneos, dispositivos y vigilancias de este Portolan en un almacén compartido; vacío: el nombre de este equipo</translation>
    </message>
    <message>
        <source>&amp;Scanner name:</source>
        <translation>Nombre del e&amp;scáner:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>History File</source>
        <translation>Archivo del historial</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Connected: the store is ready.</source>
        <translation>Conectado: el almacén está listo.</translation>
    </message>
    <message>
        <source>Cannot use it: %1</source>
        <translation>No se puede usar: %1</translation>
    </message>
    <message>
        <source>Give the history file's path.</source>
        <translation>Indique la ruta del archivo del historial.</translation>
    </message>
    <message>
        <source>Give the server's host.</source>
        <translation>Indique el host del servidor.</translation>
    </message>
    <message>
        <source>Give the database.</source>
        <translation>Indique la base de datos.</translation>
    </message>
    <message>
        <source>Give the user.</source>
        <translation>Indique el usuario.</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <source>Portolan uses the new store and scanner name from its next start.</source>
        <translation>Portolan usará el nuevo almacén y nombre de escáner desde su próximo inicio.</translation>
    </message>
    <message>
        <source>The password is not saved: then it must be in %1.</source>
        <translation>La contraseña no se guarda: entonces debe estar en %1.</translation>
    </message>
    <message>
        <source>History &amp;Store...</source>
        <translation>Almacén del hi&amp;storial...</translation>
    </message>
    <message>
        <source>empty: the client certificate, or %1</source>
        <translation>vacío: el certificado de cliente, o %1</translation>
    </message>
    <message>
        <source>Connected: the store is ready, but whether it is encrypted cannot be read: %1</source>
        <translation>Conectado: el almacén está listo, pero no se puede leer si está cifrado: %1</translation>
    </message>
    <message>
        <source>Connected as %1: the store is ready.</source>
        <translation>Conectado como %1: el almacén está listo.</translation>
    </message>
    <message>
        <source>Not encrypted, and the server's identity was not checked.</source>
        <translation>Sin cifrar, y no se comprobó la identidad del servidor.</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only).</source>
        <translation>Sin cifrar (solo este equipo).</translation>
    </message>
    <message>
        <source>Encrypted (%1); the server's certificate and name were checked.</source>
        <translation>Cifrada (%1); se comprobaron el certificado y el nombre del servidor.</translation>
    </message>
    <message>
        <source>Encrypted (%1), but the server's identity was not checked.</source>
        <translation>Cifrada (%1), pero no se comprobó la identidad del servidor.</translation>
    </message>
</context>
<context>
    <name>StoreRoles</name>
    <message>
        <source>the store has no tables yet: open it once (portolan-cli store status) as its owner first</source>
        <translation>el almacén aún no tiene tablas: ábralo antes una vez como su propietario (portolan-cli store status)</translation>
    </message>
    <message>
        <source>a role's name is at most 63 bytes (PostgreSQL's limit)</source>
        <translation>el nombre de un rol tiene como máximo 63 bytes (el límite de PostgreSQL)</translation>
    </message>
    <message>
        <source>names starting with pg_ are PostgreSQL's own</source>
        <translation>los nombres que empiezan por pg_ son propios de PostgreSQL</translation>
    </message>
    <message>
        <source>"%1" is a word PostgreSQL keeps for itself</source>
        <translation>«%1» es una palabra que PostgreSQL reserva para sí</translation>
    </message>
    <message>
        <source>"%1" is not a role this store made (see portolan-cli store roles)</source>
        <translation>«%1» no es un rol creado por este almacén (vea portolan-cli store roles)</translation>
    </message>
    <message>
        <source>this store's login is the role of scanner "%1", which may write only its own rows: the scanner "%2" is refused (leave --scanner out, or give %1)</source>
        <translation>el inicio de sesión de este almacén es el rol del escáner «%1», que solo puede escribir sus propias filas: se rechaza el escáner «%2» (omita --scanner, o indique %1)</translation>
    </message>
</context>
<context>
    <name>StoreTlsFields</name>
    <message>
        <source>none: the server's identity is not checked</source>
        <translation>ninguno: no se comprueba la identidad del servidor</translation>
    </message>
    <message>
        <source>The file of the certificate authority (CA) the server's certificate must come from. With it, the server's certificate and its name are checked (sslmode=verify-full).</source>
        <translation>El archivo de la autoridad de certificación (CA) de la que debe proceder el certificado del servidor. Con él se comprueban el certificado del servidor y su nombre (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>none: log in with the password</source>
        <translation>ninguno: iniciar sesión con la contraseña</translation>
    </message>
    <message>
        <source>A client certificate logs this scanner in instead of a password. It needs its key too.</source>
        <translation>Un certificado de cliente inicia la sesión de este escáner en lugar de una contraseña. También necesita su clave.</translation>
    </message>
    <message>
        <source>The private key of the client certificate (readable by you only). The certificate and its key are given together.</source>
        <translation>La clave privada del certificado de cliente (solo usted puede leerla). El certificado y su clave se indican juntos.</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificados (*.crt *.pem *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CA File</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Claves (*.key *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Archivo de &amp;CA:</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Cer&amp;tificado de cliente:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Cla&amp;ve de cliente:</translation>
    </message>
    <message>
        <source>Give the client certificate's key, or no certificate.</source>
        <translation>Indique la clave del certificado de cliente, o ningún certificado.</translation>
    </message>
    <message>
        <source>Give the client certificate of that key, or no key.</source>
        <translation>Indique el certificado de cliente de esa clave, o ninguna clave.</translation>
    </message>
    <message>
        <source>The server's certificate and name will be checked.</source>
        <translation>Se comprobarán el certificado y el nombre del servidor.</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>the store is empty: give sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>el almacén está vacío: indique sqlite:RUTA o postgresql://USUARIO@HOST/BD</translation>
    </message>
    <message>
        <source>sqlite: needs the path of the file</source>
        <translation>sqlite: necesita la ruta del archivo</translation>
    </message>
    <message>
        <source>unknown kind of store "%1": give sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>tipo de almacén desconocido «%1»: indique sqlite:RUTA o postgresql://USUARIO@HOST/BD</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>no es una URL de PostgreSQL válida: %1</translation>
    </message>
    <message>
        <source>the PostgreSQL port must be 1 to 65535</source>
        <translation>el puerto de PostgreSQL debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL URL needs one database name after the host (postgresql://USER@HOST/DB)</source>
        <translation>la URL de PostgreSQL necesita un nombre de base de datos tras el host (postgresql://USUARIO@HOST/BD)</translation>
    </message>
    <message>
        <source>the PostgreSQL URL needs a user (postgresql://USER@HOST/DB)</source>
        <translation>la URL de PostgreSQL necesita un usuario (postgresql://USUARIO@HOST/BD)</translation>
    </message>
    <message>
        <source>unknown parameter "%1" in the PostgreSQL URL (known: host, sslmode, sslrootcert, sslcert, sslkey)</source>
        <translation>parámetro «%1» desconocido en la URL de PostgreSQL (conocidos: host, sslmode, sslrootcert, sslcert, sslkey)</translation>
    </message>
    <message>
        <source>%1 cannot hold ; ' or \ in a PostgreSQL URL</source>
        <translation>%1 no puede contener ; ' ni \ en una URL de PostgreSQL</translation>
    </message>
    <message>
        <source>unknown sslmode "%1": expected one of %2</source>
        <translation>sslmode «%1» desconocido: se esperaba uno de %2</translation>
    </message>
    <message>
        <source>a client certificate needs both sslcert and sslkey</source>
        <translation>un certificado de cliente necesita sslcert y sslkey a la vez</translation>
    </message>
    <message>
        <source>The server's certificate is checked against the CA file, but not its name (sslmode=verify-ca).</source>
        <translation>El certificado del servidor se comprueba con el archivo de CA, pero no su nombre (sslmode=verify-ca).</translation>
    </message>
    <message>
        <source>The connection is encrypted, but the server's identity is not checked: give the CA file that signed its certificate (sslrootcert).</source>
        <translation>La conexión está cifrada, pero no se comprueba la identidad del servidor: indique el archivo de CA que firmó su certificado (sslrootcert).</translation>
    </message>
    <message>
        <source>The connection may not be encrypted and the server's identity is not checked (sslmode=%1).</source>
        <translation>Puede que la conexión no esté cifrada y no se comprueba la identidad del servidor (sslmode=%1).</translation>
    </message>
</context>
<context>
    <name>TargetSpec</name>
    <message>
        <source>malformed IPv6 address "%1"</source>
        <translation>dirección IPv6 mal formada «%1»</translation>
    </message>
    <message>
        <source>malformed IPv6 block "%1"</source>
        <translation>bloque IPv6 mal formado «%1»</translation>
    </message>
    <message>
        <source>block "%1" is too large: the largest IPv6 block is /104</source>
        <translation>el bloque «%1» es demasiado grande: el mayor bloque IPv6 es /104</translation>
    </message>
    <message>
        <source>malformed IPv4 block "%1"</source>
        <translation>bloque IPv4 mal formado «%1»</translation>
    </message>
    <message>
        <source>block "%1" is too large: the largest IPv4 block is /8</source>
        <translation>el bloque «%1» es demasiado grande: el mayor bloque IPv4 es /8</translation>
    </message>
    <message>
        <source>malformed IPv4 range "%1"</source>
        <translation>rango IPv4 mal formado «%1»</translation>
    </message>
    <message>
        <source>reversed IPv4 range "%1"</source>
        <translation>rango IPv4 invertido «%1»</translation>
    </message>
    <message>
        <source>range "%1" is too large: at most 16777216 addresses</source>
        <translation>el rango «%1» es demasiado grande: como máximo 16777216 direcciones</translation>
    </message>
    <message>
        <source>malformed IPv4 address "%1"</source>
        <translation>dirección IPv4 mal formada «%1»</translation>
    </message>
    <message>
        <source>invalid target "%1"</source>
        <translation>objetivo no válido «%1»</translation>
    </message>
    <message>
        <source>no targets given</source>
        <translation>no se indicaron objetivos</translation>
    </message>
    <message>
        <source>cannot read target file "%1": %2</source>
        <translation>no se puede leer el archivo de objetivos «%1»: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>target file "%1" holds no targets</source>
        <translation>el archivo de objetivos «%1» no contiene objetivos</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>Scan report for %1
</source>
        <translation>Informe de escaneo de %1
</translation>
    </message>
    <message>
        <source>Scan report for %1 (%2)
</source>
        <translation>Informe de escaneo de %1 (%2)
</translation>
    </message>
    <message>
        <source>Names: %1
</source>
        <translation>Nombres: %1
</translation>
    </message>
    <message>
        <source>MAC address: %1
</source>
        <translation>Dirección MAC: %1
</translation>
    </message>
    <message>
        <source>MAC address: %1 (%2)
</source>
        <translation>Dirección MAC: %1 (%2)
</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCIA</translation>
    </message>
    <message>
        <source>Not shown: %1 closed ports
</source>
        <translation>No mostrados: %1 puertos cerrados
</translation>
    </message>
    <message>
        <source>Not scanned: %1
</source>
        <translation>No escaneado: %1
</translation>
    </message>
    <message>
        <source>%1 dropped probes (a rate limit?): %2 answers came only to a retry; slowed to one probe every %3 ms for it.
</source>
        <translation>%1 descartó sondas (¿un límite de tasa?): %2 respuestas llegaron solo a un reintento; se ralentizó a una sonda cada %3 ms para él.
</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (detenido)</translation>
    </message>
    <message>
        <source>Note: it accepted a connection on every port probed (a firewall or tarpit answering for it); only the open ports whose service was detected are listed.
</source>
        <translation>Nota: aceptó una conexión en todos los puertos sondeados (un cortafuegos o un tarpit responde por él); solo se listan los puertos abiertos cuyo servicio se detectó.
</translation>
    </message>
    <message>
        <source>Not shown: %1 open ports of a host that answers on every port
</source>
        <translation>No se muestran: %1 puertos abiertos de un host que responde en todos los puertos
</translation>
    </message>
    <message>
        <source>Probed %1 for being up in %2%3
</source>
        <translation>Comprobación de actividad de %1 en %2%3
</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Not shown: %1 closed TCP ports
</source>
        <translation>No se muestran: %1 puertos TCP cerrados
</translation>
    </message>
    <message>
        <source>Not shown: %1 closed UDP ports
</source>
        <translation>No se muestran: %1 puertos UDP cerrados
</translation>
    </message>
    <message>
        <source>, %1 open|filtered</source>
        <translation>, %1 abiertos|filtrados</translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed%7%8
</source>
        <translation>Escaneados %1 en %2 en %3: %4 abiertos, %5 filtrados, %6 cerrados%7%8
</translation>
    </message>
</context>
<context>
    <name>UdpScanWorker</name>
    <message>
        <source>UDP scan: %1</source>
        <translation>Escaneo UDP: %1</translation>
    </message>
</context>
<context>
    <name>UpnpDescription</name>
    <message>
        <source>the description is longer than %1 bytes</source>
        <translation>la descripción ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>the description declares a DTD</source>
        <translation>la descripción declara una DTD</translation>
    </message>
    <message>
        <source>the description is not XML: %1</source>
        <translation>la descripción no es XML: %1</translation>
    </message>
    <message>
        <source>no UPnP root device in the description</source>
        <translation>no hay dispositivo raíz UPnP en la descripción</translation>
    </message>
</context>
<context>
    <name>WatchCenter</name>
    <message>
        <source>Watches</source>
        <translation>Vigilancias</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Watch %1 is running…</source>
        <translation>La vigilancia %1 se está ejecutando…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Remove Watch</source>
        <translation>Eliminar vigilancia</translation>
    </message>
    <message>
        <source>Remove the watch %1? Its events go with it.</source>
        <translation>¿Eliminar la vigilancia %1? Sus eventos se van con ella.</translation>
    </message>
    <message>
        <source>&amp;Watch This Scan…</source>
        <translation>&amp;Vigilar este escaneo…</translation>
    </message>
    <message>
        <source>Run this scan again every interval and say what changed</source>
        <translation>Repetir este escaneo en cada intervalo y decir qué cambió</translation>
    </message>
    <message>
        <source>Keep Watching in the &amp;Tray</source>
        <translation>Seguir vigilando en la &amp;bandeja</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opciones</translation>
    </message>
    <message>
        <source>After the window closes, the watches go on from the tray</source>
        <translation>Tras cerrar la ventana, las vigilancias siguen desde la bandeja</translation>
    </message>
    <message>
        <source>This desktop has no tray: the watches run while the window is open, and the systemd timer runs them without it</source>
        <translation>Este escritorio no tiene bandeja: las vigilancias se ejecutan mientras la ventana está abierta, y el temporizador de systemd las ejecuta sin ella</translation>
    </message>
    <message>
        <source>&amp;Watches</source>
        <translation>&amp;Vigilancias</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>Vigilancia %1</translation>
    </message>
    <message>
        <source>Watch %1 added: its first run (the baseline) starts now.</source>
        <translation>Vigilancia %1 añadida: su primera ejecución (la referencia) empieza ahora.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Vigilando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Watches: %1</source>
        <translation>Vigilancias: %1</translation>
    </message>
    <message>
        <source>Watch %1 failed: %2</source>
        <translation>La vigilancia %1 falló: %2</translation>
    </message>
    <message>
        <source>Watch %1: first run done, the baseline.</source>
        <translation>Vigilancia %1: primera ejecución hecha, la referencia.</translation>
    </message>
    <message numerus="yes">
        <source>Watch %1: %n change(s).</source>
        <translation>
            <numerusform>Vigilancia %1: %n cambio.</numerusform>
            <numerusform>Vigilancia %1: %n cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n cambio</numerusform>
            <numerusform>%1: %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Portolan</source>
        <translation>Mostrar Portolan</translation>
    </message>
    <message>
        <source>Portolan watches %1</source>
        <translation>Portolan vigila %1</translation>
    </message>
    <message>
        <source>
Last change: %1</source>
        <translation>
Último cambio: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
    <message>
        <source>Targets (ports)</source>
        <translation>Objetivos (puertos)</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Run the selected watch now</source>
        <translation>Ejecutar ahora la vigilancia seleccionada</translation>
    </message>
    <message>
        <source>Scanner %1 runs this watch, from its own network</source>
        <translation>El escáner %1 ejecuta esta vigilancia, desde su propia red</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>A new device</source>
        <translation>Un dispositivo nuevo</translation>
    </message>
    <message>
        <source>A device back</source>
        <translation>Un dispositivo que vuelve</translation>
    </message>
    <message>
        <source>A device gone</source>
        <translation>Un dispositivo desaparecido</translation>
    </message>
    <message>
        <source>An address changed</source>
        <translation>Una dirección cambiada</translation>
    </message>
    <message>
        <source>A port opened</source>
        <translation>Un puerto abierto</translation>
    </message>
    <message>
        <source>A port closed</source>
        <translation>Un puerto cerrado</translation>
    </message>
    <message>
        <source>A service changed</source>
        <translation>Un servicio cambiado</translation>
    </message>
    <message>
        <source>A certificate expiring</source>
        <translation>Un certificado que caduca</translation>
    </message>
    <message>
        <source>Edit Watch</source>
        <translation>Editar vigilancia</translation>
    </message>
    <message>
        <source>Watch This Scan</source>
        <translation>Vigilar este escaneo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Scans:</source>
        <translation>Escanea:</translation>
    </message>
    <message>
        <source>How often it runs: 15m, 2h, 1d, 1h30m; at least 1m</source>
        <translation>Cada cuánto se ejecuta: 15m, 2h, 1d, 1h30m; al menos 1m</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>Ejecutar &amp;cada:</translation>
    </message>
    <message numerus="yes">
        <source> run(s)</source>
        <translation>
            <numerusform> ejecución</numerusform>
            <numerusform> ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>A device counts as gone after missing this many runs in a row</source>
        <translation>Un dispositivo se da por desaparecido tras faltar en tantas ejecuciones seguidas</translation>
    </message>
    <message>
        <source>&amp;Gone after:</source>
        <translation>&amp;Desaparecido tras:</translation>
    </message>
    <message>
        <source>Alert on:</source>
        <translation>Avisar de:</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification</source>
        <translation>Mostrar una &amp;notificación de escritorio</translation>
    </message>
    <message>
        <source>a program and its arguments; the events arrive as JSON on its input</source>
        <translation>un programa y sus argumentos; los eventos llegan como JSON por su entrada</translation>
    </message>
    <message>
        <source>On change, &amp;run:</source>
        <translation>Si cambia, &amp;ejecutar:</translation>
    </message>
    <message>
        <source>There is a watch named "%1" already.</source>
        <translation>Ya hay una vigilancia llamada "%1".</translation>
    </message>
    <message>
        <source>A name is letters, digits, spaces and . @ + - _, 64 at most.</source>
        <translation>Un nombre son letras, dígitos, espacios y . @ + - _, 64 como mucho.</translation>
    </message>
    <message>
        <source>Run every: 15m, 2h, 1d and the like, at least 1m.</source>
        <translation>Ejecutar cada: 15m, 2h, 1d y similares, al menos 1m.</translation>
    </message>
    <message>
        <source>On change, run: %1</source>
        <translation>Si cambia, ejecutar: %1</translation>
    </message>
</context>
<context>
    <name>WatchEvent</name>
    <message>
        <source>%1: new device, %2</source>
        <translation>%1: dispositivo nuevo, %2</translation>
    </message>
    <message>
        <source>%1: back, %2</source>
        <translation>%1: de vuelta, %2</translation>
    </message>
    <message>
        <source>%1: gone</source>
        <translation>%1: desaparecido</translation>
    </message>
    <message>
        <source>%1: address changed from %2</source>
        <translation>%1: dirección cambiada desde %2</translation>
    </message>
    <message>
        <source>%1: port %2 opened</source>
        <translation>%1: puerto %2 abierto</translation>
    </message>
    <message>
        <source>%1: port %2 opened (%3)</source>
        <translation>%1: puerto %2 abierto (%3)</translation>
    </message>
    <message>
        <source>%1: port %2 closed</source>
        <translation>%1: puerto %2 cerrado</translation>
    </message>
    <message>
        <source>%1: port %2 now runs %3 (was %4)</source>
        <translation>%1: el puerto %2 ahora ejecuta %3 (antes %4)</translation>
    </message>
    <message>
        <source>%1: the certificate on port %2 expires %3</source>
        <translation>%1: el certificado del puerto %2 caduca el %3</translation>
    </message>
    <message>
        <source>no open ports</source>
        <translation>ningún puerto abierto</translation>
    </message>
    <message>
        <source>open ports %1</source>
        <translation>puertos abiertos %1</translation>
    </message>
</context>
<context>
    <name>WatchRunner</name>
    <message>
        <source>the on-change command was stopped after %1 s</source>
        <translation>la orden de cambio se detuvo tras %1 s</translation>
    </message>
    <message>
        <source>the on-change command exited with %1</source>
        <translation>la orden de cambio terminó con %1</translation>
    </message>
    <message>
        <source>the on-change command crashed</source>
        <translation>la orden de cambio falló de forma abrupta</translation>
    </message>
    <message>
        <source>the on-change command could not start: %1</source>
        <translation>la orden de cambio no pudo arrancar: %1</translation>
    </message>
    <message>
        <source>the scan did not start</source>
        <translation>el escaneo no arrancó</translation>
    </message>
    <message>
        <source>the watch has no targets</source>
        <translation>la vigilancia no tiene objetivos</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>nothing to scan</source>
        <translation>nada que escanear</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n cambio</numerusform>
            <numerusform>%1: %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>no desktop notification: %1</source>
        <translation>sin notificación de escritorio: %1</translation>
    </message>
    <message>
        <source>%1; the scan is kept in %2 until "portolan-cli store flush" writes it</source>
        <translation>%1; el escaneo se guarda en %2 hasta que «portolan-cli store flush» lo escriba</translation>
    </message>
</context>
<context>
    <name>WatchStore</name>
    <message>
        <source>"%1" cannot name a watch: letters, digits, spaces and . @ + - _, 64 at most</source>
        <translation>"%1" no puede nombrar una vigilancia: letras, dígitos, espacios y . @ + - _, 64 como mucho</translation>
    </message>
    <message>
        <source>there is a watch named "%1" already</source>
        <translation>ya hay una vigilancia llamada "%1"</translation>
    </message>
    <message>
        <source>there is no watch "%1"</source>
        <translation>no hay ninguna vigilancia "%1"</translation>
    </message>
    <message>
        <source>there is no watch "%1" (see portolan-cli watch list)</source>
        <translation>no hay ninguna vigilancia "%1" (vea portolan-cli watch list)</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>the watch "%1" is scanner %2's: run it there, or as that scanner (--scanner %2)</source>
        <translation>la vigilancia «%1» es del escáner %2: ejecútela allí, o como ese escáner (--scanner %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hosts to fill in.</source>
        <translation>Hosts que rellenar.</translation>
    </message>
    <message>
        <source>Start the scan at once.</source>
        <translation>Iniciar el escaneo de inmediato.</translation>
    </message>
    <message>
        <source>Portolan TCP and UDP port scanner.</source>
        <translation>Portolan, escáner de puertos TCP y UDP.</translation>
    </message>
    <message>
        <source>Ports to fill in; U:53,161 for UDP ports, T:22 for TCP.</source>
        <translation>Puertos que rellenar; U:53,161 para puertos UDP, T:22 para TCP.</translation>
    </message>
</context>
<context>
    <name>portolan-cli</name>
    <message>
        <source>Host names, IPv4 or IPv6 addresses, CIDR blocks (10.0.0.0/24) or ranges (10.0.0.1-50).</source>
        <translation>Nombres de host, direcciones IPv4 o IPv6, bloques CIDR (10.0.0.0/24) o rangos (10.0.0.1-50).</translation>
    </message>
    <message>
        <source>Read targets from FILE, one or more per line, # starts a comment (also -iL).</source>
        <translation>Leer los objetivos de FILE, uno o más por línea; # inicia un comentario (también -iL).</translation>
    </message>
    <message>
        <source>Read up to 512 bytes from each open port for up to 1 s.</source>
        <translation>Leer hasta 512 bytes de cada puerto abierto durante como máximo 1 s.</translation>
    </message>
    <message>
        <source>Scan every address of a host name, not only the first.</source>
        <translation>Escanear todas las direcciones de un nombre de host, no solo la primera.</translation>
    </message>
    <message>
        <source>List closed ports too.</source>
        <translation>Listar también los puertos cerrados.</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>Escribir el informe en FILE en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>invalid value "%1" for --%2: expected %3 to %4</source>
        <translation>valor no válido «%1» para --%2: se esperaba de %3 a %4</translation>
    </message>
    <message>
        <source>no targets given (try --help)</source>
        <translation>no se indicaron objetivos (pruebe --help)</translation>
    </message>
    <message>
        <source>scan stopped: %1</source>
        <translation>escaneo detenido: %1</translation>
    </message>
    <message>
        <source>Extra attempts for a port that does not answer (default %1).</source>
        <translation>Intentos adicionales para un puerto que no responde (predeterminado %1).</translation>
    </message>
    <message>
        <source>Connects in flight at once; 0 or auto: automatic (default).</source>
        <translation>Conexiones simultáneas; 0 o auto: automático (predeterminado).</translation>
    </message>
    <message>
        <source>A host name means its first IPv6 address, not its first IPv4 one.</source>
        <translation>Un nombre de host significa su primera dirección IPv6, no la primera IPv4.</translation>
    </message>
    <message>
        <source>The longest a connect attempt waits, in ms (default %1); less for hosts that answer faster.</source>
        <translation>Lo máximo que espera un intento de conexión, en ms (predeterminado %1); menos para los hosts que responden más rápido.</translation>
    </message>
    <message>
        <source>The shortest a connect attempt waits, in ms, however fast the host answers (default %1; 0: always the full timeout).</source>
        <translation>Lo mínimo que espera un intento de conexión, en ms, por rápido que responda el host (predeterminado %1; 0: siempre el tiempo de espera completo).</translation>
    </message>
    <message>
        <source>Timing preset: 0-5 or paranoid, sneaky, polite, normal (default), aggressive, insane. Options given beside it win.</source>
        <translation>Perfil de tiempos: 0-5 o paranoid, sneaky, polite, normal (predeterminado), aggressive, insane. Las opciones dadas junto a él prevalecen.</translation>
    </message>
    <message>
        <source>invalid timing "%1": expected 0 to 5, paranoid, sneaky, polite, normal, aggressive or insane</source>
        <translation>perfil de tiempos no válido «%1»: se esperaba 0 a 5, paranoid, sneaky, polite, normal, aggressive o insane</translation>
    </message>
    <message>
        <source>Scan every address of blocks, ranges and target files, up or not (also -Pn).</source>
        <translation>Escanear todas las direcciones de bloques, rangos y archivos de objetivos, activas o no (también -Pn).</translation>
    </message>
    <message>
        <source>Find the live hosts, scan no ports (also -sn).</source>
        <translation>Buscar los hosts activos sin escanear puertos (también -sn).</translation>
    </message>
    <message>
        <source>TCP ports that discovery connects to (default %1; "none": ICMP echo alone).</source>
        <translation>Puertos TCP a los que se conecta el descubrimiento (predeterminado %1; "none": solo eco ICMP).</translation>
    </message>
    <message>
        <source>Discovery sends no ICMP echo, only TCP connects.</source>
        <translation>El descubrimiento no envía eco ICMP, solo conexiones TCP.</translation>
    </message>
    <message>
        <source>Also write every host's status to FILE as CSV: host,address,status,reason,latency_ms,names,mac,vendor.</source>
        <translation>Escribir también el estado de cada host en FILE como CSV: host,address,status,reason,latency_ms,names,mac,vendor.</translation>
    </message>
    <message>
        <source>-Pn and -sn contradict each other: give one of them</source>
        <translation>-Pn y -sn se contradicen: indique solo uno</translation>
    </message>
    <message>
        <source>too many discovery ports (%1): at most %2</source>
        <translation>demasiados puertos de descubrimiento (%1): como máximo %2</translation>
    </message>
    <message>
        <source>Output format: text, csv, json or xml (nmap's XML; default text).</source>
        <translation>Formato de salida: text, csv, json o xml (XML de nmap; por omisión text).</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text, csv, json or xml</source>
        <translation>formato no válido «%1»: se esperaba text, csv, json o xml</translation>
    </message>
    <message>
        <source>Do not keep this scan in the history (portolan-cli history).</source>
        <translation>No guardar este escaneo en el historial (portolan-cli history).</translation>
    </message>
    <message>
        <source>not kept in the history: %1</source>
        <translation>no se guardó en el historial: %1</translation>
    </message>
    <message>
        <source>Detect the service, product and version of each open port by what it says, and the TLS certificate it offers (also -sV).</source>
        <translation>Detectar el servicio, producto y versión de cada puerto abierto por lo que dice, y el certificado TLS que ofrece (también -sV).</translation>
    </message>
    <message>
        <source>The most time detection spends on one port, in ms (default %1).</source>
        <translation>El tiempo máximo que la detección dedica a un puerto, en ms (predeterminado %1).</translation>
    </message>
    <message>
        <source>The most connections detection opens to one host at once (default %1).</source>
        <translation>El máximo de conexiones simultáneas que la detección abre a un host (predeterminado %1).</translation>
    </message>
    <message>
        <source>Do not look up the names of live hosts (reverse DNS, mDNS, NetBIOS).</source>
        <translation>No buscar los nombres de los hosts activos (DNS inverso, mDNS, NetBIOS).</translation>
    </message>
    <message>
        <source>Ports: 22, 1-1024, 22,80,443, http,ssh, - or all, common, well-known (default: common); U: and T: mark UDP and TCP ports (U:53,161,T:22).</source>
        <translation>Puertos: 22, 1-1024, 22,80,443, http,ssh, - o all, common, well-known (predeterminado: common); U: y T: marcan puertos UDP y TCP (U:53,161,T:22).</translation>
    </message>
    <message>
        <source>Scan UDP ports (also -sU). Alone it scans only UDP; with --tcp both.</source>
        <translation>Escanear puertos UDP (también -sU). Sola, escanea solo UDP; con --tcp, ambos.</translation>
    </message>
    <message>
        <source>Scan TCP ports by connecting (also -sT; the default without --udp).</source>
        <translation>Escanear puertos TCP conectando (también -sT; lo predeterminado sin --udp).</translation>
    </message>
    <message>
        <source>The community the UDP SNMP probes offer (default public; none: only SNMPv3 discovery, which needs none).</source>
        <translation>La comunidad que ofrecen las sondas SNMP por UDP (predeterminada public; none: solo el descubrimiento SNMPv3, que no la necesita).</translation>
    </message>
    <message>
        <source>Portolan port scanner (TCP connect and UDP), without a window.
Scan only hosts you are allowed to test.
Compare two saved scans: portolan-cli diff OLD NEW (see portolan-cli diff --help).
Past scans: portolan-cli history list|show ID|delete ID.
Devices the scans have seen: portolan-cli devices (see portolan-cli devices --help).</source>
        <translation>Escáner de puertos Portolan (TCP connect y UDP), sin ventana.
Escanee solo hosts que tenga permiso para probar.
Comparar dos escaneos guardados: portolan-cli diff ANTIGUO NUEVO (véase portolan-cli diff --help).
Escaneos anteriores: portolan-cli history list|show ID|delete ID.
Dispositivos vistos por los escaneos: portolan-cli devices (véase portolan-cli devices --help).</translation>
    </message>
    <message>
        <source>-sn scans no ports: -sU and -sT contradict it</source>
        <translation>-sn no escanea puertos: -sU y -sT lo contradicen</translation>
    </message>
    <message>
        <source>invalid SNMP community: 1 to 64 printable ASCII characters without spaces, or none</source>
        <translation>comunidad SNMP no válida: de 1 a 64 caracteres ASCII imprimibles sin espacios, o none</translation>
    </message>
    <message>
        <source>--%1 acts on TCP connections and this scan has no TCP ports (add -sT or T: ports)</source>
        <translation>--%1 actúa sobre conexiones TCP y este escaneo no tiene puertos TCP (añada -sT o puertos T:)</translation>
    </message>
</context>
</TS>