<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>写入不完整</translation>
    </message>
</context>
<context>
    <name>CliDevices</name>
    <message numerus="yes">
        <source>%n device(s) labelled from %1.
</source>
        <translation>
            <numerusform>已从 %1 为 %n 台设备添加标签。
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
        <translation>历史记录中保存的扫描所发现的设备（%1）。
  list                   所有设备（默认）
  label DEVICE TEXT      为设备添加标签（"" 表示删除）
  notes DEVICE TEXT      保存设备的备注
  known DEVICE           将设备标记为已知（不再是新设备）
  unknown DEVICE         重新标记为新设备
  forget DEVICE          从清单中删除设备
  import FILE            从 CSV 导入标签：每行 device,label[,notes]
DEVICE 是 MAC 地址或该设备曾使用的地址。</translation>
    </message>
    <message>
        <source>list, label, notes, known, unknown, forget or import</source>
        <translation>list、label、notes、known、unknown、forget 或 import</translation>
    </message>
    <message>
        <source>Output format of list: text, csv or json (default text).</source>
        <translation>list 的输出格式：text、csv 或 json（默认 text）。</translation>
    </message>
    <message>
        <source>unknown command "%1": expected list, label, notes, known, unknown, forget or import</source>
        <translation>未知命令“%1”：应为 list、label、notes、known、unknown、forget 或 import</translation>
    </message>
    <message>
        <source>list takes no argument (filter with --search)</source>
        <translation>list 不接受参数（用 --search 筛选）</translation>
    </message>
    <message>
        <source>%1 needs a device and a text</source>
        <translation>%1 需要一个设备和一段文字</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation>%1 需要一个文件</translation>
    </message>
    <message>
        <source>%1 needs a device (a MAC address or an address)</source>
        <translation>%1 需要一个设备（MAC 地址或地址）</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text, csv or json</source>
        <translation>无效格式“%1”：应为 text、csv 或 json</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Label of %1 removed.
</source>
        <translation>已删除 %1 的标签。
</translation>
    </message>
    <message>
        <source>%1 labelled "%2".
</source>
        <translation>已将 %1 标记为“%2”。
</translation>
    </message>
    <message>
        <source>Notes of %1 saved.
</source>
        <translation>已保存 %1 的备注。
</translation>
    </message>
    <message>
        <source>%1 forgotten.
</source>
        <translation>已忘记 %1。
</translation>
    </message>
    <message>
        <source>%1 marked known.
</source>
        <translation>已将 %1 标记为已知。
</translation>
    </message>
    <message>
        <source>%1 marked new again.
</source>
        <translation>已将 %1 重新标记为新设备。
</translation>
    </message>
    <message>
        <source>List only devices whose label, notes, names, addresses, MAC or vendor hold TEXT, or that had port TEXT open (a number of either protocol, or 53/udp).</source>
        <translation>只列出标签、备注、名称、地址、MAC 或厂商包含 TEXT 的设备，或端口 TEXT 曾开放的设备（任一协议的端口号，或 53/udp）。</translation>
    </message>
</context>
<context>
    <name>CliDiff</name>
    <message>
        <source>What changed between two saved scans: hosts that came up or went away, ports that opened, closed or changed state, banners that changed.
Exit status: 0 when nothing changed, 3 when something did, 2 on bad input.</source>
        <translation>两次已保存扫描之间的变化：出现或消失的主机，打开、关闭或状态改变的端口，改变的横幅。
退出状态：无变化为 0，有变化为 3，输入错误为 2。</translation>
    </message>
    <message>
        <source>The later scan, likewise.</source>
        <translation>较晚的扫描，同上。</translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>输出格式：text 或 json（默认 text）。</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>无效的格式“%1”：应为 text 或 json</translation>
    </message>
    <message>
        <source>give two scans to compare, OLD and NEW (try --help)</source>
        <translation>请给出两个要比较的扫描 OLD 和 NEW（参见 --help）</translation>
    </message>
    <message>
        <source>The earlier scan: a Portolan JSON export, an nmap XML file, or the id of a scan in the history (portolan-cli history list).</source>
        <translation>较早的扫描：Portolan JSON 导出文件、nmap XML 文件或历史记录中的扫描编号（portolan-cli history list）。</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>The scans kept in the history (%1).
  list              the scans, newest first
  show ID           one scan's report
  delete ID         forget one scan</source>
        <translation>历史记录中保存的扫描（%1）。
  list              扫描列表，最新的在前
  show ID           一次扫描的报告
  delete ID         删除一次扫描</translation>
    </message>
    <message>
        <source>list, show or delete</source>
        <translation>list、show 或 delete</translation>
    </message>
    <message>
        <source>Output format: text or json for list; text, csv, json or xml for show (default text).</source>
        <translation>输出格式：list 为 text 或 json；show 为 text、csv、json 或 xml（默认 text）。</translation>
    </message>
    <message>
        <source>invalid format "%1": expected %2</source>
        <translation>无效的格式“%1”：应为 %2</translation>
    </message>
    <message>
        <source>list takes no argument</source>
        <translation>list 不接受参数</translation>
    </message>
    <message>
        <source>%1 needs the id of a scan (see portolan-cli history list)</source>
        <translation>%1 需要一个扫描编号（参见 portolan-cli history list）</translation>
    </message>
    <message>
        <source>give list, show ID or delete ID (try --help)</source>
        <translation>请给出 list、show ID 或 delete ID（参见 --help）</translation>
    </message>
    <message>
        <source>unknown command "%1": expected list, show or delete</source>
        <translation>未知命令“%1”：应为 list、show 或 delete</translation>
    </message>
    <message>
        <source>Scan %1 deleted from the history.
</source>
        <translation>已从历史记录中删除扫描 %1。
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>UP</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>TARGETS (PORTS)</source>
        <translation>目标（端口）</translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation>，已停止</translation>
    </message>
    <message>
        <source>No scans in the history.
</source>
        <translation>历史记录中没有扫描。
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>扫描器</translation>
    </message>
    <message>
        <source>List only scans of a host (address or name) or a port (number or service name, of either protocol; U:53 or 53/udp for one).</source>
        <translation>只列出某主机（地址或名称）或某端口（任一协议的端口号或服务名；只要其一用 U:53 或 53/udp）的扫描。</translation>
    </message>
</context>
<context>
    <name>CliRoles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 can be read by other users: chmod 600 it first</source>
        <translation>%1 可被其他用户读取：请先对其执行 chmod 600</translation>
    </message>
    <message>
        <source>%1 holds no password (its first line is empty)</source>
        <translation>%1 中没有密码（第一行为空）</translation>
    </message>
    <message>
        <source>roles are a shared store's: give --store postgresql://OWNER@HOST/DB</source>
        <translation>角色属于共享存储：请给出 --store postgresql://OWNER@HOST/DB</translation>
    </message>
    <message>
        <source>viewer (reads everything)</source>
        <translation>查看者（读取全部）</translation>
    </message>
    <message>
        <source>scanner (writes its own rows)</source>
        <translation>扫描器（写入自己的行）</translation>
    </message>
    <message>
        <source>This store has no roles of its own: whoever logs in as its owner may do everything.
</source>
        <translation>此存储没有自己的角色：以其所有者身份登录的人可以做任何事。
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
        <translation>共享 PostgreSQL 存储的登录角色，使用所有者的 --store URL 运行。
  add-scanner NAME  只写入扫描器 NAME 的行的角色
  add-viewer NAME   读取全部、不写入任何内容的角色
  remove-role NAME  删除此存储创建的角色（其扫描保留）
  roles             此存储创建的角色
不使用 --password-file 时，角色只能通过名称（CN）为 NAME 的
客户端证书登录（pg_hba.conf：hostssl ... cert）。</translation>
    </message>
    <message>
        <source>the command and its NAME</source>
        <translation>命令及其 NAME</translation>
    </message>
    <message>
        <source>The new role's password: the first line of FILE (mode 600).</source>
        <translation>新角色的密码：FILE 的第一行（模式 600）。</translation>
    </message>
    <message>
        <source>roles takes no argument</source>
        <translation>roles 不接受参数</translation>
    </message>
    <message>
        <source>%1 needs the role's NAME</source>
        <translation>%1 需要角色的 NAME</translation>
    </message>
    <message>
        <source>NAME: %1</source>
        <translation>NAME：%1</translation>
    </message>
    <message>
        <source>remove-role takes no --password-file</source>
        <translation>remove-role 不接受 --password-file</translation>
    </message>
    <message>
        <source>Role %1 removed; its scans stay in the store.
</source>
        <translation>已删除角色 %1；其扫描保留在存储中。
</translation>
    </message>
    <message>
        <source>Role %1 added: it reads the whole store and writes nothing.
</source>
        <translation>已添加角色 %1：它读取整个存储，不写入任何内容。
</translation>
    </message>
    <message>
        <source>Role %1 added: it writes only scanner %1's scans, watches and events, and records what it sees of shared devices.
</source>
        <translation>已添加角色 %1：它只写入扫描器 %1 的扫描、监视和事件，并记录它所见到的共享设备的信息。
</translation>
    </message>
    <message>
        <source>It has no password: it logs in with a client certificate whose name is %1.
</source>
        <translation>它没有密码：它使用名称为 %1 的客户端证书登录。
</translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message>
        <source>FROM: %1</source>
        <translation>FROM：%1</translation>
    </message>
    <message>
        <source>TO: %1</source>
        <translation>TO：%1</translation>
    </message>
    <message>
        <source>cannot read %1: there is no such file</source>
        <translation>无法读取 %1：文件不存在</translation>
    </message>
    <message>
        <source>FROM and TO are the same store</source>
        <translation>FROM 和 TO 是同一个存储</translation>
    </message>
    <message>
        <source>Copied %1 to %2:
</source>
        <translation>已将 %1 复制到 %2：
</translation>
    </message>
    <message>
        <source>Every table of the copy holds as many rows as the original's.
</source>
        <translation>副本的每个表的行数都与原表相同。
</translation>
    </message>
    <message>
        <source>copy needs FROM and TO (two stores)</source>
        <translation>copy 需要 FROM 和 TO（两个存储）</translation>
    </message>
    <message>
        <source>No scans are waiting for the store.
</source>
        <translation>没有等待写入存储的扫描。
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scan(s) still kept in %2)</source>
        <translation>
            <numerusform>%1（仍有 %n 个扫描保存在 %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) written to %1.
</source>
        <translation>
            <numerusform>已将 %n 个扫描写入 %1。
</numerusform>
        </translation>
    </message>
    <message>
        <source>flush takes no argument (the store is --store's)</source>
        <translation>flush 不接受参数（存储由 --store 指定）</translation>
    </message>
    <message>
        <source>Store: %1 (%2, schema %3)
</source>
        <translation>存储：%1（%2，架构 %3）
</translation>
    </message>
    <message>
        <source>This scanner: %1
</source>
        <translation>本扫描器：%1
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>扫描器</translation>
    </message>
    <message>
        <source>SCANS</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>LAST SCAN</source>
        <translation>最近扫描</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>WATCHES</source>
        <translation>监视</translation>
    </message>
    <message>
        <source>No scanner has written to this store yet.
</source>
        <translation>尚无扫描器写入此存储。
</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept here, waiting for the store (%1).
</source>
        <translation>
            <numerusform>本机保存的 %n 个扫描正在等待存储（%1）。
</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>无效的格式“%1”：应为 text 或 json</translation>
    </message>
    <message>
        <source>copy, flush or status</source>
        <translation>copy、flush 或 status</translation>
    </message>
    <message>
        <source>Output format of status: text or json (default text).</source>
        <translation>status 的输出格式：text 或 json（默认 text）。</translation>
    </message>
    <message>
        <source>status takes no argument (the store is --store's)</source>
        <translation>status 不接受参数（存储由 --store 指定）</translation>
    </message>
    <message>
        <source>give copy FROM TO, flush or status (try --help)</source>
        <translation>请给出 copy FROM TO、flush 或 status（参见 --help）</translation>
    </message>
    <message>
        <source>unknown command "%1": expected copy, flush or status</source>
        <translation>未知命令“%1”：应为 copy、flush 或 status</translation>
    </message>
    <message>
        <source>Connection: cannot be read (%1)
</source>
        <translation>连接：无法读取（%1）
</translation>
    </message>
    <message>
        <source>Connection: as %1, encrypted (%2)
</source>
        <translation>连接：身份 %1，已加密（%2）
</translation>
    </message>
    <message>
        <source>Connection: as %1, not encrypted
</source>
        <translation>连接：身份 %1，未加密
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>The server's certificate and name are checked (sslmode=verify-full).
</source>
        <translation>会检查服务器的证书和名称（sslmode=verify-full）。
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
        <translation>存储本身：历史、设备和监视所在之处（%1）。
  copy FROM TO      将整个存储复制到一个新的空存储并检查
  flush             写入共享存储不可用期间保存在本机的扫描
  status            每个扫描器的扫描数、最近扫描、设备和监视
  add-scanner, add-viewer, remove-role, roles：存储的登录角色
                    (portolan-cli store add-scanner --help)
FROM 和 TO：sqlite:PATH（或一个路径）或 postgresql://USER@HOST[:PORT]/DB。</translation>
    </message>
</context>
<context>
    <name>CliWatch</name>
    <message>
        <source>Output of list, run and events: text or json (default text).</source>
        <translation>list、run 和 events 的输出：text 或 json（默认 text）。</translation>
    </message>
    <message>
        <source>run: every watch whose time has come.</source>
        <translation>run：所有到期的监视。</translation>
    </message>
    <message>
        <source>events: only those since WHEN (2026-12-01, 2026-12-01T08:00, or 2h, 1d ago).</source>
        <translation>events：仅 WHEN 之后的（2026-12-01、2026-12-01T08:00，或 2h、1d 之前）。</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>无效格式“%1”：应为 text 或 json</translation>
    </message>
    <message>
        <source>give add, list, remove, pause, resume, run or events (try --help)</source>
        <translation>请给出 add、list、remove、pause、resume、run 或 events（参见 --help）</translation>
    </message>
    <message>
        <source>unknown command "%1": expected add, list, remove, pause, resume, run or events</source>
        <translation>未知命令“%1”：应为 add、list、remove、pause、resume、run 或 events</translation>
    </message>
    <message>
        <source>%1 needs the name of a watch (see portolan-cli watch list)</source>
        <translation>%1 需要监视的名称（参见 portolan-cli watch list）</translation>
    </message>
    <message>
        <source>%1 takes no more arguments</source>
        <translation>%1 不接受更多参数</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>invalid value "%1" for %2: expected %3 to %4</source>
        <translation>%2 的值“%1”无效：应为 %3 到 %4</translation>
    </message>
    <message>
        <source>add needs a name first: watch add NAME --every DURATION TARGET...</source>
        <translation>add 需要先给出名称：watch add NAME --every DURATION TARGET...</translation>
    </message>
    <message>
        <source>add needs --every DURATION (15m, 2h, 1d; at least 1m)</source>
        <translation>add 需要 --every DURATION（15m、2h、1d；至少 1m）</translation>
    </message>
    <message>
        <source>invalid interval "%1": expected 15m, 2h, 1d and the like, at least 1m</source>
        <translation>间隔“%1”无效：应为 15m、2h、1d 之类，至少 1m</translation>
    </message>
    <message>
        <source>--on-change: %1</source>
        <translation>--on-change：%1</translation>
    </message>
    <message>
        <source>unknown event kind "%1" for --alert-on: expected %2</source>
        <translation>--alert-on 的事件类型“%1”未知：应为 %2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>扫描器</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>TARGETS (PORTS)</source>
        <translation>目标（端口）</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>，已暂停</translation>
    </message>
    <message>
        <source>, running</source>
        <translation>，运行中</translation>
    </message>
    <message>
        <source>, last run: %1</source>
        <translation>，上次运行：%1</translation>
    </message>
    <message>
        <source>No watches (add one: portolan-cli watch add NAME --every 1h TARGET...).
</source>
        <translation>没有监视（添加一个：portolan-cli watch add NAME --every 1h TARGET...）。
</translation>
    </message>
    <message>
        <source>invalid --since "%1": expected a date (2026-12-01), a time (2026-12-01T08:00) or a duration ago (2h, 1d)</source>
        <translation>--since“%1”无效：应为日期（2026-12-01）、时间（2026-12-01T08:00）或以前的时长（2h、1d）</translation>
    </message>
    <message>
        <source>%1 is running in another Portolan now</source>
        <translation>%1 正在另一个 Portolan 中运行</translation>
    </message>
    <message>
        <source>%1: first run, the baseline: nothing to compare with yet.
</source>
        <translation>%1：首次运行，作为基准：尚无可比较的内容。
</translation>
    </message>
    <message>
        <source>%1: nothing changed.
</source>
        <translation>%1：没有变化。
</translation>
    </message>
    <message>
        <source>Watch %1 added: every %2; its first run (the baseline) is due now.
</source>
        <translation>已添加监视 %1：每 %2 一次；首次运行（基准）现在进行。
</translation>
    </message>
    <message>
        <source>Watch %1 removed.
</source>
        <translation>已删除监视 %1。
</translation>
    </message>
    <message>
        <source>Watch %1 paused.
</source>
        <translation>已暂停监视 %1。
</translation>
    </message>
    <message>
        <source>Watch %1 resumed.
</source>
        <translation>已恢复监视 %1。
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
        <translation>按间隔重复运行并报告变化的扫描。
  add NAME --every DURATION [扫描选项] [--on-change COMMAND] [--no-notify]
      [--gone-after N] [--cert-days N] [--alert-on KINDS] TARGET...
                      新建监视（DURATION：15m、2h、1d；至少 1m）
  list                列出监视
  remove NAME         删除监视及其事件
  pause NAME, resume NAME
  run NAME            立即运行：无变化时退出码 0，有变化时 3
  run --due           运行所有到期的监视（systemd 定时器使用）
  events [NAME]       运行中发现的变化
事件类型： %1.</translation>
    </message>
    <message>
        <source>add, list, remove, pause, resume, run or events</source>
        <translation>add、list、remove、pause、resume、run 或 events</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Scans</source>
        <translation>比较扫描</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>所有更改</translation>
    </message>
    <message>
        <source>Hosts that appeared</source>
        <translation>新出现的主机</translation>
    </message>
    <message>
        <source>Hosts that went away</source>
        <translation>消失的主机</translation>
    </message>
    <message>
        <source>Ports that opened</source>
        <translation>新开放的端口</translation>
    </message>
    <message>
        <source>Ports that closed</source>
        <translation>已关闭的端口</translation>
    </message>
    <message>
        <source>States that changed</source>
        <translation>状态已更改</translation>
    </message>
    <message>
        <source>Banners that changed</source>
        <translation>横幅已更改</translation>
    </message>
    <message>
        <source>Filter by host, port or text</source>
        <translation>按主机、端口或文本筛选</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>未扫描</translation>
    </message>
    <message>
        <source>No changes.
Old: %1
New: %2</source>
        <translation>没有更改。
旧：%1
新：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).
Old: %1
New: %2</source>
        <translation>
            <numerusform>%n 处更改。
旧：%1
新：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1

Any earlier file at that path is unchanged.</source>
        <translation>%1

该路径下原有的文件保持不变。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>no session bus</source>
        <translation>没有会话总线</translation>
    </message>
    <message>
        <source>Show Events</source>
        <translation>显示事件</translation>
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
        <translation>自 %1 起 down</translation>
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
        <translation>地址</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>最后发现</translation>
    </message>
    <message>
        <source>NAMES / OPEN PORTS</source>
        <translation>名称 / 开放端口</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新）</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation>（新）</translation>
    </message>
    <message>
        <source>No devices in the inventory: scans kept in the history add them.
</source>
        <translation>清单中没有设备：保存在历史记录中的扫描会添加设备。
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>扫描器</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Up</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Down since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>Known device</source>
        <translation>已知设备</translation>
    </message>
    <message>
        <source>New: not yet marked known</source>
        <translation>新设备：尚未标记为已知</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后发现</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次发现</translation>
    </message>
    <message>
        <source>Open ports</source>
        <translation>开放端口</translation>
    </message>
    <message>
        <source>The scanner that saw it last</source>
        <translation>最后发现它的扫描器</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描器</translation>
    </message>
</context>
<context>
    <name>DeviceStore</name>
    <message>
        <source>there is no device %1 in the inventory</source>
        <translation>清单中没有设备 %1</translation>
    </message>
    <message>
        <source>"%1" is neither a MAC address nor an IP address</source>
        <translation>“%1”既不是 MAC 地址也不是 IP 地址</translation>
    </message>
    <message>
        <source>no device in the inventory has %1 (see portolan-cli devices)</source>
        <translation>清单中没有设备具有 %1（参见 portolan-cli devices）</translation>
    </message>
    <message>
        <source>line %1: a quote that does not close, or one inside a cell</source>
        <translation>第 %1 行：引号未闭合，或引号出现在单元格中间</translation>
    </message>
    <message>
        <source>no labels in the file (one "device,label[,notes]" per line)</source>
        <translation>文件中没有标签（每行一个“device,label[,notes]”）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: expected device,label[,notes], found %2 cells</source>
        <translation>%1：应为 device,label[,notes]，实际有 %2 个单元格</translation>
    </message>
    <message>
        <source>%1 is a device of each of the scanners %2: name one with --scanner</source>
        <translation>%1 是扫描器 %2 各自的设备：请用 --scanner 指定一个</translation>
    </message>
    <message>
        <source>permission denied: the store does not let this scanner change device %1 (a device known by its MAC address is forgotten only by the store's owner; one known by its address, only by its own scanner)</source>
        <translation>权限被拒绝：存储不允许此扫描器更改设备 %1（按 MAC 地址识别的设备只能由存储的所有者删除；按地址识别的设备只能由其自己的扫描器删除）</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Search by label, name, address, MAC, vendor or port</source>
        <translation>按标签、名称、地址、MAC、厂商或端口搜索</translation>
    </message>
    <message>
        <source>Search the devices</source>
        <translation>搜索设备</translation>
    </message>
    <message>
        <source>&amp;New only</source>
        <translation>仅新设备(&amp;N)</translation>
    </message>
    <message>
        <source>Only devices not yet marked known</source>
        <translation>仅尚未标记为已知的设备</translation>
    </message>
    <message>
        <source>Do&amp;wn only</source>
        <translation>仅离线(&amp;W)</translation>
    </message>
    <message>
        <source>Only devices that the last scan of them found down</source>
        <translation>仅上次扫描发现离线的设备</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>标签(&amp;L)…</translation>
    </message>
    <message>
        <source>Mark as &amp;Known</source>
        <translation>标记为已知(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>忘记(&amp;F)</translation>
    </message>
    <message>
        <source>Give the device a label (F2, or double-click the Label column to edit it there)</source>
        <translation>为设备添加标签（F2，或双击“标签”列就地编辑）</translation>
    </message>
    <message>
        <source>The selected devices are no longer new (Ctrl+K)</source>
        <translation>所选设备不再是新设备（Ctrl+K）</translation>
    </message>
    <message>
        <source>Mark as &amp;New</source>
        <translation>标记为新设备(&amp;N)</translation>
    </message>
    <message>
        <source>Remove the selected devices from the inventory; a scan that sees one again finds it new (Del)</source>
        <translation>从清单中删除所选设备；再次扫描到时将视为新设备（Del）</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new</source>
        <translation>
            <numerusform>，%n 台新设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform>（显示 %n 台）</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices yet: every scan kept in the history adds those it finds up.</source>
        <translation>还没有设备：保存在历史记录中的每次扫描都会添加它发现在线的设备。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Label for %1 (empty removes it):</source>
        <translation>%1 的标签（留空则删除）：</translation>
    </message>
    <message>
        <source>Forget Devices</source>
        <translation>忘记设备</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n device(s)? Their labels and notes go with them.</source>
        <translation>
            <numerusform>忘记 %n 台设备？其标签和备注也会一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Down since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>监视</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化内容</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Mark the selected events (or all shown) as seen</source>
        <translation>将所选事件（或显示的全部事件）标记为已查看</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Every watch</source>
        <translation>所有监视</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not acknowledged</source>
        <translation>
            <numerusform>，%n 个未确认</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>导出事件</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个事件导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描器</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1（已停止）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Hosts up</source>
        <translation>在线主机</translation>
    </message>
    <message>
        <source>Open ports</source>
        <translation>开放端口</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描器</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show the scan in the table, read-only (Enter)</source>
        <translation>在表格中以只读方式显示扫描（Enter）</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>Show what changed between the two selected scans</source>
        <translation>显示所选两次扫描之间的更改</translation>
    </message>
    <message>
        <source>Re&amp;scan</source>
        <translation>重新扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Run the scan again with the same parameters and compare</source>
        <translation>使用相同参数再次扫描并比较</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected scans from the history (Del)</source>
        <translation>从历史记录中删除所选扫描（Del）</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n 次扫描</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) match</source>
        <translation>
            <numerusform>%n 次扫描匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by host, port, service or scanner</source>
        <translation>按主机、端口、服务或扫描器搜索</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>it is not a database Portolan can read</source>
        <translation>它不是 Portolan 能读取的数据库</translation>
    </message>
    <message>
        <source>a newer Portolan made it</source>
        <translation>它由更新版本的 Portolan 创建</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>它已损坏</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2) and cannot be moved aside</source>
        <translation>%1 无法使用（%2），也无法移到一旁</translation>
    </message>
    <message>
        <source>The history file %1 could not be used (%2); it was kept as %3 and a new history started.</source>
        <translation>历史记录文件 %1 无法使用（%2）；已保留为 %3，并开始了新的历史记录。</translation>
    </message>
    <message>
        <source>cannot start a new history at %1</source>
        <translation>无法在 %1 开始新的历史记录</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>历史记录未打开</translation>
    </message>
    <message>
        <source>there is no scan %1 in the history</source>
        <translation>历史记录中没有扫描 %1</translation>
    </message>
    <message>
        <source>the history database is busy (another Portolan is writing to it); try again</source>
        <translation>历史数据库正忙（另一个 Portolan 正在写入）；请重试</translation>
    </message>
    <message>
        <source>the disk is full: the scan is not in the history</source>
        <translation>磁盘已满：该扫描未保存到历史记录</translation>
    </message>
    <message>
        <source>writing failed (%1): the scan is not in the history</source>
        <translation>写入失败（%1）：该扫描未保存到历史记录</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL; Debian: libqt6sql6-psql) is not installed</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL；Debian：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 was made by a newer Portolan (schema %2; this one knows %3): it is left as it is</source>
        <translation>%1 由更新版本的 Portolan 创建（架构 %2；本版本支持 %3）：保持原样</translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名称: %1</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>厂商: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message numerus="yes">
        <source>and %n more open port(s)</source>
        <translation>
            <numerusform>以及另外 %n 个开放端口</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Accepts a connection on every port: a firewall or tarpit answers for it, so its open ports say little; service detection looked at a few of them only.</source>
        <translation>在每个端口上都接受连接：由防火墙或 tarpit 代为应答，因此其开放端口说明不了什么；服务检测只查看了其中少数几个。</translation>
    </message>
    <message>
        <source>%1 (every port answers)</source>
        <translation>%1（每个端口都应答）</translation>
    </message>
    <message>
        <source>Open|filtered</source>
        <translation>开放|已过滤</translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message>
        <source>the rules file is not a JSON object: %1</source>
        <translation>规则文件不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>the rules file holds no rules</source>
        <translation>规则文件中没有规则</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>（无 id）</translation>
    </message>
    <message>
        <source>rule %1: id, source and why are required</source>
        <translation>规则 %1：id、source 和 why 为必填项</translation>
    </message>
    <message>
        <source>rule %1: bad pattern: %2</source>
        <translation>规则 %1：模式无效：%2</translation>
    </message>
    <message>
        <source>rule %1: weight must be 1 to 100</source>
        <translation>规则 %1：权重必须在 1 到 100 之间</translation>
    </message>
    <message>
        <source>rule %1: "%2" is not a device type</source>
        <translation>规则 %1：“%2”不是设备类型</translation>
    </message>
    <message>
        <source>rule %1: it concludes nothing (type, maker, model or os)</source>
        <translation>规则 %1：没有得出任何结论（type、maker、model 或 os）</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处 JSON 无效：%2</translation>
    </message>
    <message>
        <source>not a Portolan JSON export (no scanner and results)</source>
        <translation>不是 Portolan JSON 导出文件（没有 scanner 和 results）</translation>
    </message>
    <message>
        <source>%1 entries without a valid address, port, protocol or state skipped</source>
        <translation>已跳过 %1 个没有有效地址、端口、协议或状态的条目</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Targets:</source>
        <translation>目标(&amp;T):</translation>
    </message>
    <message>
        <source>Host names, addresses, 10.0.0.0/24, 10.0.0.1-50, ::1 ...</source>
        <translation>主机名、地址、10.0.0.0/24、10.0.0.1-50、::1 …</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>&amp;Load from File...</source>
        <translation>从文件加载(&amp;L)…</translation>
    </message>
    <message>
        <source>Load targets from file</source>
        <translation>从文件加载目标</translation>
    </message>
    <message>
        <source>Targets error</source>
        <translation>目标错误</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>端口(&amp;P):</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>选项(&amp;O)</translation>
    </message>
    <message>
        <source>Show scan options</source>
        <translation>显示扫描选项</translation>
    </message>
    <message>
        <source>Ports error</source>
        <translation>端口错误</translation>
    </message>
    <message>
        <source>Scan options</source>
        <translation>扫描选项</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds</source>
        <translation>每次尝试的超时(毫秒)</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>重试(&amp;R):</translation>
    </message>
    <message>
        <source>Retries for ports that do not answer</source>
        <translation>对无响应端口的重试次数</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>并发数(&amp;C):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Connections in flight, 0 for automatic</source>
        <translation>同时进行的连接数，0 表示自动</translation>
    </message>
    <message>
        <source>Grab &amp;banners</source>
        <translation>获取横幅(&amp;B)</translation>
    </message>
    <message>
        <source>Every &amp;address of a name</source>
        <translation>名称的所有地址(&amp;A)</translation>
    </message>
    <message>
        <source>List c&amp;losed ports</source>
        <translation>列出关闭的端口(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>暂停(&amp;A)</translation>
    </message>
    <message>
        <source>Pause or resume scan</source>
        <translation>暂停或继续扫描</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation>停止扫描</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Scanned hosts</source>
        <translation>已扫描的主机</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Show open ports</source>
        <translation>显示开放端口</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>Show filtered ports</source>
        <translation>显示已过滤端口</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Show closed ports</source>
        <translation>显示关闭端口</translation>
    </message>
    <message>
        <source>Search results (Ctrl+F)</source>
        <translation>搜索结果 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>显示的行</translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation>扫描结果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Load Targets from File...</source>
        <translation>从文件加载目标(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export Results...</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Shown Rows...</source>
        <translation>导出显示的行(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Address:Port</source>
        <translation>复制地址:端口(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Edit &amp;Targets</source>
        <translation>编辑目标(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>关于 Portolan(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Common ports</source>
        <translation>常用端口</translation>
    </message>
    <message>
        <source>Well-known (1-1024)</source>
        <translation>知名端口 (1-1024)</translation>
    </message>
    <message>
        <source>All (1-65535)</source>
        <translation>全部 (1-65535)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation>关于 Portolan</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Fix the marked field to start the scan.</source>
        <translation>请修正标记的字段以开始扫描。</translation>
    </message>
    <message>
        <source>Large scan</source>
        <translation>大规模扫描</translation>
    </message>
    <message>
        <source>This scan sends %1 probes (%2 addresses x %3 ports). Start it?</source>
        <translation>此扫描将发送 %1 个探测 (%2 个地址 × %3 个端口)。要开始吗？</translation>
    </message>
    <message>
        <source>Scan not started.</source>
        <translation>未开始扫描。</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Paused. Resume with Ctrl+P.</source>
        <translation>已暂停。按 Ctrl+P 继续。</translation>
    </message>
    <message>
        <source>Load Targets</source>
        <translation>加载目标</translation>
    </message>
    <message>
        <source>Target lists (*.txt *.lst *.list);;All files (*)</source>
        <translation>目标列表 (*.txt *.lst *.list);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export all results to CSV or JSON</source>
        <translation>将全部结果导出为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>Start the scan</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <source>Pause or resume the scan</source>
        <translation>暂停或继续扫描</translation>
    </message>
    <message>
        <source>Stop the scan, keeping what it found</source>
        <translation>停止扫描并保留已发现的结果</translation>
    </message>
    <message>
        <source>Tim&amp;ing:</source>
        <translation>时序(&amp;I):</translation>
    </message>
    <message>
        <source>Timing preset</source>
        <translation>时序预设</translation>
    </message>
    <message>
        <source>Sets the timeout, retries and concurrency beside it, like nmap's -T0 to -T5</source>
        <translation>像 nmap 的 -T0 到 -T5 一样设置旁边的超时、重试和并发数</translation>
    </message>
    <message>
        <source>Paranoid (T0)</source>
        <translation>偏执 (T0)</translation>
    </message>
    <message>
        <source>Sneaky (T1)</source>
        <translation>隐秘 (T1)</translation>
    </message>
    <message>
        <source>Polite (T2)</source>
        <translation>礼貌 (T2)</translation>
    </message>
    <message>
        <source>Normal (T3)</source>
        <translation>正常 (T3)</translation>
    </message>
    <message>
        <source>Aggressive (T4)</source>
        <translation>激进 (T4)</translation>
    </message>
    <message>
        <source>Insane (T5)</source>
        <translation>疯狂 (T5)</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>主机(&amp;H):</translation>
    </message>
    <message>
        <source>Host discovery</source>
        <translation>主机发现</translation>
    </message>
    <message>
        <source>Blocks, ranges and target files: scan only the hosts that answer a ping or a connect, or every address (-Pn). Hosts typed one by one are always scanned.</source>
        <translation>地址块、范围和目标文件：只扫描响应 ping 或连接的主机，或扫描每个地址 (-Pn)。单独输入的主机总会被扫描。</translation>
    </message>
    <message>
        <source>Scan live hosts</source>
        <translation>扫描在线主机</translation>
    </message>
    <message>
        <source>Scan every address</source>
        <translation>扫描每个地址</translation>
    </message>
    <message>
        <source>Find &amp;Live Hosts</source>
        <translation>查找在线主机(&amp;L)</translation>
    </message>
    <message>
        <source>Find which hosts of the targets are up, without scanning their ports</source>
        <translation>查找目标中哪些主机在线，不扫描其端口</translation>
    </message>
    <message>
        <source>Show &amp;Down Hosts</source>
        <translation>显示离线主机(&amp;D)</translation>
    </message>
    <message>
        <source>List the hosts that did not answer in the hosts pane</source>
        <translation>在主机列表中列出未响应的主机</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>Sa&amp;ve every scan</source>
        <translation>保存每次扫描(&amp;V)</translation>
    </message>
    <message>
        <source>Keep each finished or stopped scan in the history, to open and compare later</source>
        <translation>将每次完成或停止的扫描保存到历史记录，以便稍后打开和比较</translation>
    </message>
    <message>
        <source>Ke&amp;ep:</source>
        <translation>保留(&amp;E)：</translation>
    </message>
    <message>
        <source> scans</source>
        <translation> 次扫描</translation>
    </message>
    <message>
        <source>How many scans the history keeps; older ones are deleted</source>
        <translation>历史记录保留的扫描次数；较旧的将被删除</translation>
    </message>
    <message>
        <source>%1 - Portolan (read-only)</source>
        <translation>%1 - Portolan（只读）</translation>
    </message>
    <message>
        <source>Detect services and versio&amp;ns</source>
        <translation>检测服务和版本(&amp;N)</translation>
    </message>
    <message>
        <source>Ask each open port what it runs (greetings, HTTP, TLS certificates, Redis, databases, ...), like nmap -sV; otherwise the service is guessed from the port number</source>
        <translation>询问每个开放端口运行的是什么（问候语、HTTP、TLS 证书、Redis、数据库等），类似 nmap -sV；否则根据端口号猜测服务</translation>
    </message>
    <message>
        <source> ms per port</source>
        <translation> 毫秒/端口</translation>
    </message>
    <message>
        <source>The most time service detection spends on one port</source>
        <translation>服务检测在单个端口上花费的最长时间</translation>
    </message>
    <message>
        <source> per host</source>
        <translation> /主机</translation>
    </message>
    <message>
        <source>Service detection's connections to one host at once</source>
        <translation>服务检测同时连接单个主机的连接数</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>Scan TCP ports, UDP ports or both (Alt+U). Ports typed with T: or U: (U:53,161) keep their protocol.</source>
        <translation>扫描 TCP 端口、UDP 端口或两者（Alt+U）。用 T: 或 U: 输入的端口（U:53,161）保持其协议。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Open|filtered</source>
        <translation>开放|已过滤</translation>
    </message>
    <message>
        <source>UDP ports that stayed silent: open, or a firewall dropped the probe</source>
        <translation>没有回应的 UDP 端口：开放，或防火墙丢弃了探测包</translation>
    </message>
    <message>
        <source>Show open|filtered ports</source>
        <translation>显示开放|已过滤端口</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;A fast, accurate TCP and UDP port scanner.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Scan only hosts you are allowed to test.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;快速、准确的 TCP 和 UDP 端口扫描器。&lt;/p&gt;&lt;p&gt;按 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;&lt;p&gt;只扫描您获准测试的主机。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NmapXmlReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1="%2" is not a number up to %3</source>
        <translation>%1="%2" 不是不大于 %3 的数字</translation>
    </message>
    <message>
        <source>port 0</source>
        <translation>端口 0</translation>
    </message>
    <message>
        <source>not an nmap XML file (no nmaprun element)</source>
        <translation>不是 nmap XML 文件（没有 nmaprun 元素）</translation>
    </message>
    <message>
        <source>the %1 part of the scan skipped</source>
        <translation>已跳过扫描的 %1 部分</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>%1 ports not listed one by one skipped</source>
        <translation>已跳过未逐个列出的 %1 端口</translation>
    </message>
    <message>
        <source>ports before the host's address</source>
        <translation>端口出现在主机地址之前</translation>
    </message>
    <message>
        <source>ports in state %1 skipped</source>
        <translation>已跳过状态为 %1 的端口</translation>
    </message>
    <message>
        <source>elapsed="%1" is not a duration</source>
        <translation>elapsed="%1" 不是时长</translation>
    </message>
    <message>
        <source>OS matches and traceroutes skipped</source>
        <translation>已跳过操作系统匹配和路由跟踪</translation>
    </message>
    <message>
        <source>a host without an IP address</source>
        <translation>没有 IP 地址的主机</translation>
    </message>
    <message>
        <source>entity declarations are not allowed</source>
        <translation>不允许实体声明</translation>
    </message>
    <message>
        <source>unknown entity &amp;%1;</source>
        <translation>未知实体 &amp;%1;</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>元素嵌套深度超过 %1</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1（%2 次）</translation>
    </message>
    <message>
        <source>%1 ports skipped (Portolan scans TCP and UDP)</source>
        <translation>已跳过 %1 个端口（Portolan 扫描 TCP 和 UDP）</translation>
    </message>
    <message>
        <source>reasons from something other than an IP address skipped</source>
        <translation>已跳过来自非 IP 地址的原因</translation>
    </message>
</context>
<context>
    <name>OpenerCommand</name>
    <message>
        <source>unknown placeholder {%1}: use {address}, {port} or {host}</source>
        <translation>未知占位符 {%1}：请使用 {address}、{port} 或 {host}</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Connect with netcat</source>
        <translation>用 netcat 连接</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>no program given</source>
        <translation>未指定程序</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Banners come from TCP connections: this scan has no TCP ports</source>
        <translation>横幅来自 TCP 连接：此次扫描没有 TCP 端口</translation>
    </message>
</context>
<context>
    <name>PendingScans</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a scan kept by Portolan: %2</source>
        <translation>%1 不是 Portolan 保存的扫描：%2</translation>
    </message>
    <message>
        <source>scan %1 was written, but %2 cannot be removed: remove it by hand</source>
        <translation>扫描 %1 已写入，但无法删除 %2：请手动删除</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept while %1 was away written there now.</source>
        <translation>
            <numerusform>%1 不可用期间保存的 %n 个扫描现已写入。</numerusform>
        </translation>
    </message>
    <message>
        <source>scans kept while %1 was away could not be written yet: %2</source>
        <translation>%1 不可用期间保存的扫描尚无法写入：%2</translation>
    </message>
    <message>
        <source>%1, and keeping the scan here failed too: %2</source>
        <translation>%1，并且在本机保存扫描也失败：%2</translation>
    </message>
    <message>
        <source>%1; the scan is kept in %2 until "portolan-cli store flush" writes it to %3</source>
        <translation>%1；扫描保存在 %2，直到“portolan-cli store flush”将其写入 %3</translation>
    </message>
    <message>
        <source>%1 refused this scanner: %2; the scan is kept in %3 ("portolan-cli store flush" writes it there once that is put right)</source>
        <translation>%1 拒绝了此扫描器：%2；扫描保存在 %3（问题解决后，“portolan-cli store flush”会将其写入那里）</translation>
    </message>
</context>
<context>
    <name>PgPass</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>PortSpec</name>
    <message>
        <source>no ports given</source>
        <translation>未指定端口</translation>
    </message>
    <message>
        <source>empty entry in the port list</source>
        <translation>端口列表中有空项</translation>
    </message>
    <message>
        <source>invalid port range "%1": ports are 1 to 65535</source>
        <translation>无效的端口范围“%1”：端口为 1 到 65535</translation>
    </message>
    <message>
        <source>reversed port range "%1"</source>
        <translation>端口范围“%1”顺序颠倒</translation>
    </message>
    <message>
        <source>invalid port "%1": ports are 1 to 65535</source>
        <translation>无效的端口“%1”：端口为 1 到 65535</translation>
    </message>
    <message>
        <source>unknown port or service "%1"</source>
        <translation>未知的端口或服务“%1”</translation>
    </message>
    <message>
        <source>unknown UDP port or service "%1"</source>
        <translation>未知的 UDP 端口或服务“%1”</translation>
    </message>
    <message>
        <source>unknown protocol prefix in "%1": use T: for TCP or U: for UDP</source>
        <translation>“%1”中的协议前缀未知：TCP 用 T:，UDP 用 U:</translation>
    </message>
    <message>
        <source>no ports after "%1"</source>
        <translation>“%1”之后没有端口</translation>
    </message>
    <message>
        <source>"%1" names UDP ports, but only TCP was asked for</source>
        <translation>“%1”指定的是 UDP 端口，但只要求了 TCP</translation>
    </message>
    <message>
        <source>"%1" names TCP ports, but only UDP was asked for</source>
        <translation>“%1”指定的是 TCP 端口，但只要求了 UDP</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>无法将 %1 设为私有：%2</translation>
    </message>
    <message>
        <source>%1 was readable by other users (mode %2): now by you alone (%3)</source>
        <translation>%1 曾可被其他用户读取（模式 %2）：现在仅您可读（%3）</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>无法启动 %1（是否已安装？）</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>已复制 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export Shown Rows</source>
        <translation>导出显示的行</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1

Any earlier file at that path is unchanged.</source>
        <translation>%1

该路径下原有的文件保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>正在导出 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; any earlier file at %1 is unchanged.</source>
        <translation>已取消导出；%1 处原有的文件保持不变。</translation>
    </message>
    <message>
        <source>nmap XML files (*.xml)</source>
        <translation>nmap XML 文件 (*.xml)</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>%1, %2 ms latency</source>
        <translation>%1，延迟 %2 ms</translation>
    </message>
    <message>
        <source>Host is up (%1).</source>
        <translation>主机在线 (%1)。</translation>
    </message>
    <message>
        <source>Host is down (%1).</source>
        <translation>主机离线 (%1)。</translation>
    </message>
    <message>
        <source>Host not known to be up (%1).</source>
        <translation>不确定主机是否在线 (%1)。</translation>
    </message>
    <message>
        <source>Hosts: %1 up, %2 down, %3 addresses in all</source>
        <translation>主机：%1 在线，%2 离线，共 %3 个地址</translation>
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
            <numerusform>%1 个端口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 host(s)</source>
        <translation>
            <numerusform>%1 台主机</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
</context>
<context>
    <name>ScanArchive</name>
    <message>
        <source>The scan was not kept in the history: %1</source>
        <translation>扫描未保存到历史记录：%1</translation>
    </message>
    <message>
        <source>Could not delete from the history: %1</source>
        <translation>无法从历史记录中删除：%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Open Scan</source>
        <translation>打开扫描</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> Skipped: %1</source>
        <translation> 已跳过：%1</translation>
    </message>
    <message>
        <source>Opened %1 (read-only).</source>
        <translation>已打开 %1（只读）。</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Scan…</source>
        <translation>打开扫描(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved scan (Portolan JSON or nmap XML), read-only</source>
        <translation>以只读方式打开已保存的扫描（Portolan JSON 或 nmap XML）</translation>
    </message>
    <message>
        <source>Compare &amp;With File…</source>
        <translation>与文件比较(&amp;W)…</translation>
    </message>
    <message>
        <source>Show what changed between a saved scan and the one in the table</source>
        <translation>显示已保存的扫描与表格中扫描之间的更改</translation>
    </message>
    <message>
        <source>&amp;Rescan and Compare</source>
        <translation>重新扫描并比较(&amp;R)</translation>
    </message>
    <message>
        <source>Run the shown scan again and show what changed</source>
        <translation>再次运行所显示的扫描并显示更改</translation>
    </message>
    <message>
        <source>the scan of %1</source>
        <translation>%1 的扫描</translation>
    </message>
    <message>
        <source>Showing the saved scan of %1 from %2 (read-only).</source>
        <translation>正在显示 %2 对 %1 的已保存扫描（只读）。</translation>
    </message>
    <message>
        <source>Scans (*.json *.xml);;Portolan JSON (*.json);;nmap XML (*.xml);;All files (*)</source>
        <translation>扫描 (*.json *.xml);;Portolan JSON (*.json);;nmap XML (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare With File</source>
        <translation>与文件比较</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Compared: no changes.</source>
        <translation>已比较：没有更改。</translation>
    </message>
    <message numerus="yes">
        <source>Compared: %n change(s).</source>
        <translation>
            <numerusform>已比较：%n 处更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Scans</source>
        <translation>删除扫描</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scan(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>从历史记录中删除 %n 次扫描？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>设备(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ScanDiff</name>
    <message>
        <source>Old: %1
New: %2
</source>
        <translation>旧：%1
新：%2
</translation>
    </message>
    <message>
        <source>+ %1 is up, not in the old scan
</source>
        <translation>+ %1 在线，旧扫描中没有
</translation>
    </message>
    <message>
        <source>+ %1 is up, was %2
</source>
        <translation>+ %1 在线，之前为 %2
</translation>
    </message>
    <message>
        <source>- %1 is not in the new scan, was up
</source>
        <translation>- %1 不在新扫描中，之前在线
</translation>
    </message>
    <message>
        <source>- %1 is %2, was up
</source>
        <translation>- %1 为 %2，之前在线
</translation>
    </message>
    <message>
        <source>  %1:
</source>
        <translation>  %1：
</translation>
    </message>
    <message>
        <source>%1 banner "%2", was "%3"</source>
        <translation>%1 横幅“%2”，之前为“%3”</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 之前为 %2</translation>
    </message>
    <message>
        <source>%1 %2, was %3</source>
        <translation>%1 %2，之前为 %3</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>没有变化。
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).
</source>
        <translation>
            <numerusform>%n 处变化。
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1，开始于 %2</translation>
    </message>
</context>
<context>
    <name>ScanFile</name>
    <message>
        <source>neither a Portolan JSON export nor nmap XML</source>
        <translation>既不是 Portolan JSON 导出文件也不是 nmap XML</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 GiB</source>
        <translation>%1 大于 %2 GiB</translation>
    </message>
</context>
<context>
    <name>ScanForm</name>
    <message numerus="yes">
        <source>Loaded %n target(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 加载 %n 个目标。</numerusform>
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
        <translation>TCP 和 UDP</translation>
    </message>
    <message numerus="yes">
        <source>%n common UDP port(s)</source>
        <translation><numerusform>%n 个常用 UDP 端口</numerusform></translation>
    </message>
    <message>
        <source>%1 common TCP ports and %2 common UDP ports</source>
        <translation>%1 个常用 TCP 端口和 %2 个常用 UDP 端口</translation>
    </message>
    <message numerus="yes">
        <source>%n common TCP port(s)</source>
        <translation><numerusform>%n 个常用 TCP 端口</numerusform></translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>cannot resolve %1: unknown host</source>
        <translation>无法解析 %1：未知主机</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
</context>
<context>
    <name>ScanOptionsJson</name>
    <message>
        <source>the option %1 must be a whole number from %2 to %3</source>
        <translation>选项 %1 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>the option %1 must be true or false</source>
        <translation>选项 %1 必须是 true 或 false</translation>
    </message>
    <message>
        <source>the option discovery must be automatic, skip or only</source>
        <translation>选项 discovery 必须是 automatic、skip 或 only</translation>
    </message>
    <message>
        <source>the option discovery_ports must be a list of at most %1 ports</source>
        <translation>选项 discovery_ports 必须是最多 %1 个端口的列表</translation>
    </message>
    <message>
        <source>the option discovery_ports holds a port that is not 1-65535</source>
        <translation>选项 discovery_ports 包含不在 1-65535 之间的端口</translation>
    </message>
    <message>
        <source>the option snmp_community must be text of at most 255 bytes</source>
        <translation>选项 snmp_community 必须是不超过 255 字节的文本</translation>
    </message>
</context>
<context>
    <name>ScanResultModel</name>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟 (毫秒)</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>横幅</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>%1: detected by what the port said (confidence %2 of 10)</source>
        <translation>%1：根据端口的响应检测（可信度 %2/10）</translation>
    </message>
    <message>
        <source>%1: guessed from the port number</source>
        <translation>%1：根据端口号猜测</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS：%1，%2</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2%3</source>
        <translation>证书：%1，颁发者 %2%3</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation>（自签名）</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>有效期至：%1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1 from %2, not from the target</source>
        <translation>%1，来自 %2，而非目标</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>%1 open, %2 filtered, %3 closed</source>
        <translation>%1 个开放，%2 个已过滤，%3 个关闭</translation>
    </message>
    <message>
        <source>%1 probes/s</source>
        <translation>%1 个探测/秒</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>ETA --</source>
        <translation>剩余 --</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (已停止)</translation>
    </message>
    <message>
        <source> - stopped by an error: %1</source>
        <translation> - 因错误停止：%1</translation>
    </message>
    <message>
        <source> - not scanned: %1</source>
        <translation> - 未扫描：%1</translation>
    </message>
    <message>
        <source>discovery %1 of %2 hosts, %3 up</source>
        <translation>发现 %1/%2 台主机，%3 台在线</translation>
    </message>
    <message numerus="yes">
        <source>%Ln host(s) up</source>
        <translation>
            <numerusform>%Ln 台主机在线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detecting services: %Ln port(s) left</source>
        <translation>
            <numerusform>正在检测服务：剩余 %Ln 个端口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln live host(s) of %1 in %2</source>
        <translation>
            <numerusform>在 %2 内从 %1 个地址中找到 %Ln 台在线主机</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed</source>
        <translation>在 %3 内扫描了 %2上的 %1：%4 个开放，%5 个已过滤，%6 个关闭</translation>
    </message>
    <message>
        <source>%1 open, %2 filtered, %3 open|filtered, %4 closed</source>
        <translation>%1 个开放，%2 个已过滤，%3 个开放|已过滤，%4 个关闭</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s)</source>
        <translation><numerusform>正在确认 %n 个关闭的 UDP 端口</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation><numerusform>约剩 %n 秒</numerusform></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s) (%1)</source>
        <translation><numerusform>正在确认 %n 个关闭的 UDP 端口（%1）</numerusform></translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4</source>
        <translation>已在 %3 内扫描 %2 上的 %1：%4</translation>
    </message>
</context>
<context>
    <name>ScannerName</name>
    <message>
        <source>a scanner's name cannot be empty</source>
        <translation>扫描器名称不能为空</translation>
    </message>
    <message>
        <source>a scanner's name is at most 64 characters</source>
        <translation>扫描器名称最多 64 个字符</translation>
    </message>
    <message>
        <source>a scanner's name cannot start or end with a space</source>
        <translation>扫描器名称不能以空格开头或结尾</translation>
    </message>
    <message>
        <source>a scanner's name cannot hold a control character</source>
        <translation>扫描器名称不能包含控制字符</translation>
    </message>
</context>
<context>
    <name>ServiceInfo</name>
    <message>
        <source>certificate expired %1</source>
        <translation>证书已于 %1 过期</translation>
    </message>
    <message numerus="yes">
        <source>certificate expires in %n day(s)</source>
        <translation>
            <numerusform>证书将在 %n 天后过期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceOpeners</name>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <source>Copy SS&amp;H Command</source>
        <translation>复制 SSH 命令(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;With</source>
        <translation>打开方式(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Edit Openers…</source>
        <translation>编辑打开方式(&amp;E)…</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>没有浏览器能打开 %1。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Could not run "%1": %2</source>
        <translation>无法运行“%1”：%2</translation>
    </message>
    <message>
        <source>Started "%1" for %2 port %3.</source>
        <translation>已为 %2 端口 %3 启动“%1”。</translation>
    </message>
    <message>
        <source>One opener per line: a name, "=", then the program and its arguments. {address}, {port} and {host} are filled in; no shell runs them.</source>
        <translation>每行一个：名称、“=”，然后是程序及其参数。{address}、{port} 和 {host} 会被替换；不经过 shell 运行。</translation>
    </message>
    <message>
        <source>Openers</source>
        <translation>打开方式</translation>
    </message>
    <message>
        <source>Line %1 has no name before "=".</source>
        <translation>第 %1 行的“=”前没有名称。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n opener(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 个打开方式。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>the source has no table %1</source>
        <translation>源中没有表 %1</translation>
    </message>
    <message>
        <source>%1 is not empty (%2): a store is copied into a new, empty one</source>
        <translation>%1 不为空（%2）：存储只能复制到新的空存储</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 in the copy; nothing was written</source>
        <translation>%1：源中 %2 行，副本中 %3 行；未写入任何内容</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>History Store</source>
        <translation>历史存储</translation>
    </message>
    <message>
        <source>Where Portolan keeps the history of scans, the devices and the watches. Several scanners can share one PostgreSQL database.</source>
        <translation>Portolan 保存扫描历史、设备和监视的位置。多个扫描器可以共享一个 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <source>&amp;This computer (%1)</source>
        <translation>本机(&amp;T)（%1）</translation>
    </message>
    <message>
        <source>Another &amp;file:</source>
        <translation>其他文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server:</source>
        <translation>PostgreSQL 服务器(&amp;P)：</translation>
    </message>
    <message>
        <source>db.example.org, an address, or a socket folder</source>
        <translation>db.example.org、地址或套接字文件夹</translation>
    </message>
    <message>
        <source>5432 (the default)</source>
        <translation>5432（默认）</translation>
    </message>
    <message>
        <source>empty: from %1</source>
        <translation>留空：从 %1 读取</translation>
    </message>
    <message>
        <source>&amp;Remember it in %1 (readable by you only)</source>
        <translation>记住到 %1(&amp;R)（仅您可读）</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The name this Portolan's scans, devices and watches carry in a shared store; empty: this computer's name</source>
        <translation>此 Portolan 的扫描、设备和监视在共享存储中使用的名称；留空则为本机名称</translation>
    </message>
    <message>
        <source>&amp;Scanner name:</source>
        <translation>扫描器名称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>History File</source>
        <translation>历史文件</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connected: the store is ready.</source>
        <translation>已连接：存储已就绪。</translation>
    </message>
    <message>
        <source>Cannot use it: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <source>Give the history file's path.</source>
        <translation>请给出历史文件的路径。</translation>
    </message>
    <message>
        <source>Give the server's host.</source>
        <translation>请给出服务器的主机。</translation>
    </message>
    <message>
        <source>Give the database.</source>
        <translation>请给出数据库。</translation>
    </message>
    <message>
        <source>Give the user.</source>
        <translation>请给出用户。</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>正在连接...</translation>
    </message>
    <message>
        <source>Portolan uses the new store and scanner name from its next start.</source>
        <translation>Portolan 将在下次启动时使用新的存储和扫描器名称。</translation>
    </message>
    <message>
        <source>The password is not saved: then it must be in %1.</source>
        <translation>密码不会被保存：届时它必须在 %1 中。</translation>
    </message>
    <message>
        <source>History &amp;Store...</source>
        <translation>历史存储(&amp;S)...</translation>
    </message>
    <message>
        <source>empty: the client certificate, or %1</source>
        <translation>留空：使用客户端证书或 %1</translation>
    </message>
    <message>
        <source>Connected: the store is ready, but whether it is encrypted cannot be read: %1</source>
        <translation>已连接：存储已就绪，但无法读取是否已加密：%1</translation>
    </message>
    <message>
        <source>Connected as %1: the store is ready.</source>
        <translation>已以 %1 身份连接：存储已就绪。</translation>
    </message>
    <message>
        <source>Not encrypted, and the server's identity was not checked.</source>
        <translation>未加密，也未检查服务器的身份。</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only).</source>
        <translation>未加密（仅限本机）。</translation>
    </message>
    <message>
        <source>Encrypted (%1); the server's certificate and name were checked.</source>
        <translation>已加密（%1）；已检查服务器的证书和名称。</translation>
    </message>
    <message>
        <source>Encrypted (%1), but the server's identity was not checked.</source>
        <translation>已加密（%1），但未检查服务器的身份。</translation>
    </message>
</context>
<context>
    <name>StoreRoles</name>
    <message>
        <source>the store has no tables yet: open it once (portolan-cli store status) as its owner first</source>
        <translation>存储中还没有表：请先以其所有者身份打开一次（portolan-cli store status）</translation>
    </message>
    <message>
        <source>a role's name is at most 63 bytes (PostgreSQL's limit)</source>
        <translation>角色名称最多 63 字节（PostgreSQL 的限制）</translation>
    </message>
    <message>
        <source>names starting with pg_ are PostgreSQL's own</source>
        <translation>以 pg_ 开头的名称为 PostgreSQL 自身所用</translation>
    </message>
    <message>
        <source>"%1" is a word PostgreSQL keeps for itself</source>
        <translation>“%1”是 PostgreSQL 保留的词</translation>
    </message>
    <message>
        <source>"%1" is not a role this store made (see portolan-cli store roles)</source>
        <translation>“%1”不是此存储创建的角色（参见 portolan-cli store roles）</translation>
    </message>
    <message>
        <source>this store's login is the role of scanner "%1", which may write only its own rows: the scanner "%2" is refused (leave --scanner out, or give %1)</source>
        <translation>此存储的登录是扫描器“%1”的角色，只能写入自己的行：扫描器“%2”被拒绝（请省略 --scanner，或给出 %1）</translation>
    </message>
</context>
<context>
    <name>StoreTlsFields</name>
    <message>
        <source>none: the server's identity is not checked</source>
        <translation>无：不检查服务器的身份</translation>
    </message>
    <message>
        <source>The file of the certificate authority (CA) the server's certificate must come from. With it, the server's certificate and its name are checked (sslmode=verify-full).</source>
        <translation>服务器证书必须来自的证书颁发机构（CA）的文件。有了它，会检查服务器的证书及其名称（sslmode=verify-full）。</translation>
    </message>
    <message>
        <source>none: log in with the password</source>
        <translation>无：使用密码登录</translation>
    </message>
    <message>
        <source>A client certificate logs this scanner in instead of a password. It needs its key too.</source>
        <translation>用客户端证书代替密码为此扫描器登录。还需要证书的密钥。</translation>
    </message>
    <message>
        <source>The private key of the client certificate (readable by you only). The certificate and its key are given together.</source>
        <translation>客户端证书的私钥（仅您可读）。证书和密钥需一起给出。</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CA File</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>密钥 (*.key *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>CA 文件(&amp;A)：</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>客户端证书(&amp;E)：</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Give the client certificate's key, or no certificate.</source>
        <translation>请给出客户端证书的密钥，或者不给证书。</translation>
    </message>
    <message>
        <source>Give the client certificate of that key, or no key.</source>
        <translation>请给出该密钥对应的客户端证书，或者不给密钥。</translation>
    </message>
    <message>
        <source>The server's certificate and name will be checked.</source>
        <translation>将检查服务器的证书和名称。</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>the store is empty: give sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>存储为空：请给出 sqlite:路径 或 postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>sqlite: needs the path of the file</source>
        <translation>sqlite: 需要文件路径</translation>
    </message>
    <message>
        <source>unknown kind of store "%1": give sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>未知的存储类型“%1”：请给出 sqlite:路径 或 postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>不是有效的 PostgreSQL URL：%1</translation>
    </message>
    <message>
        <source>the PostgreSQL port must be 1 to 65535</source>
        <translation>PostgreSQL 端口必须为 1 到 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL URL needs one database name after the host (postgresql://USER@HOST/DB)</source>
        <translation>PostgreSQL URL 在主机之后需要一个数据库名（postgresql://用户@主机/数据库）</translation>
    </message>
    <message>
        <source>the PostgreSQL URL needs a user (postgresql://USER@HOST/DB)</source>
        <translation>PostgreSQL URL 需要用户（postgresql://用户@主机/数据库）</translation>
    </message>
    <message>
        <source>unknown parameter "%1" in the PostgreSQL URL (known: host, sslmode, sslrootcert, sslcert, sslkey)</source>
        <translation>PostgreSQL URL 中的参数“%1”未知（已知：host、sslmode、sslrootcert、sslcert、sslkey）</translation>
    </message>
    <message>
        <source>%1 cannot hold ; ' or \ in a PostgreSQL URL</source>
        <translation>PostgreSQL URL 中的 %1 不能包含 ; ' 或 \</translation>
    </message>
    <message>
        <source>unknown sslmode "%1": expected one of %2</source>
        <translation>未知的 sslmode“%1”：应为 %2 之一</translation>
    </message>
    <message>
        <source>a client certificate needs both sslcert and sslkey</source>
        <translation>客户端证书需要同时给出 sslcert 和 sslkey</translation>
    </message>
    <message>
        <source>The server's certificate is checked against the CA file, but not its name (sslmode=verify-ca).</source>
        <translation>会用 CA 文件检查服务器的证书，但不检查其名称（sslmode=verify-ca）。</translation>
    </message>
    <message>
        <source>The connection is encrypted, but the server's identity is not checked: give the CA file that signed its certificate (sslrootcert).</source>
        <translation>连接已加密，但不检查服务器的身份：请给出为其证书签名的 CA 文件（sslrootcert）。</translation>
    </message>
    <message>
        <source>The connection may not be encrypted and the server's identity is not checked (sslmode=%1).</source>
        <translation>连接可能未加密，且不检查服务器的身份（sslmode=%1）。</translation>
    </message>
</context>
<context>
    <name>TargetSpec</name>
    <message>
        <source>malformed IPv6 address "%1"</source>
        <translation>格式错误的 IPv6 地址“%1”</translation>
    </message>
    <message>
        <source>malformed IPv6 block "%1"</source>
        <translation>格式错误的 IPv6 地址块“%1”</translation>
    </message>
    <message>
        <source>block "%1" is too large: the largest IPv6 block is /104</source>
        <translation>地址块“%1”过大：IPv6 地址块最大为 /104</translation>
    </message>
    <message>
        <source>malformed IPv4 block "%1"</source>
        <translation>格式错误的 IPv4 地址块“%1”</translation>
    </message>
    <message>
        <source>block "%1" is too large: the largest IPv4 block is /8</source>
        <translation>地址块“%1”过大：IPv4 地址块最大为 /8</translation>
    </message>
    <message>
        <source>malformed IPv4 range "%1"</source>
        <translation>格式错误的 IPv4 范围“%1”</translation>
    </message>
    <message>
        <source>reversed IPv4 range "%1"</source>
        <translation>IPv4 范围“%1”顺序颠倒</translation>
    </message>
    <message>
        <source>range "%1" is too large: at most 16777216 addresses</source>
        <translation>范围“%1”过大：最多 16777216 个地址</translation>
    </message>
    <message>
        <source>malformed IPv4 address "%1"</source>
        <translation>格式错误的 IPv4 地址“%1”</translation>
    </message>
    <message>
        <source>invalid target "%1"</source>
        <translation>无效的目标“%1”</translation>
    </message>
    <message>
        <source>no targets given</source>
        <translation>未指定目标</translation>
    </message>
    <message>
        <source>cannot read target file "%1": %2</source>
        <translation>无法读取目标文件“%1”：%2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>target file "%1" holds no targets</source>
        <translation>目标文件“%1”中没有目标</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>Scan report for %1
</source>
        <translation>%1 的扫描报告
</translation>
    </message>
    <message>
        <source>Scan report for %1 (%2)
</source>
        <translation>%1 (%2) 的扫描报告
</translation>
    </message>
    <message>
        <source>Names: %1
</source>
        <translation>名称: %1
</translation>
    </message>
    <message>
        <source>MAC address: %1
</source>
        <translation>MAC 地址: %1
</translation>
    </message>
    <message>
        <source>MAC address: %1 (%2)
</source>
        <translation>MAC 地址: %1 (%2)
</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Not shown: %1 closed ports
</source>
        <translation>未显示：%1 个关闭的端口
</translation>
    </message>
    <message>
        <source>Not scanned: %1
</source>
        <translation>未扫描：%1
</translation>
    </message>
    <message>
        <source>%1 dropped probes (a rate limit?): %2 answers came only to a retry; slowed to one probe every %3 ms for it.
</source>
        <translation>%1 丢弃了探测 (速率限制？)：%2 个应答只在重试时到来；已对该主机减速为每 %3 毫秒一个探测。
</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (已停止)</translation>
    </message>
    <message>
        <source>Note: it accepted a connection on every port probed (a firewall or tarpit answering for it); only the open ports whose service was detected are listed.
</source>
        <translation>注意：它在探测的每个端口上都接受了连接（由防火墙或 tarpit 代为应答）；只列出检测到服务的开放端口。
</translation>
    </message>
    <message>
        <source>Not shown: %1 open ports of a host that answers on every port
</source>
        <translation>未显示：一台在每个端口都应答的主机的 %1 个开放端口
</translation>
    </message>
    <message>
        <source>Probed %1 for being up in %2%3
</source>
        <translation>在 %2 内探测了 %1 是否在线%3
</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message>
        <source>Not shown: %1 closed TCP ports
</source>
        <translation>未显示：%1 个关闭的 TCP 端口
</translation>
    </message>
    <message>
        <source>Not shown: %1 closed UDP ports
</source>
        <translation>未显示：%1 个关闭的 UDP 端口
</translation>
    </message>
    <message>
        <source>, %1 open|filtered</source>
        <translation>，%1 个开放|已过滤</translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed%7%8
</source>
        <translation>已在 %3 内扫描 %2 上的 %1：%4 个开放，%5 个已过滤，%6 个关闭%7%8
</translation>
    </message>
</context>
<context>
    <name>UdpScanWorker</name>
    <message>
        <source>UDP scan: %1</source>
        <translation>UDP 扫描：%1</translation>
    </message>
</context>
<context>
    <name>UpnpDescription</name>
    <message>
        <source>the description is longer than %1 bytes</source>
        <translation>描述超过 %1 字节</translation>
    </message>
    <message>
        <source>the description declares a DTD</source>
        <translation>描述声明了 DTD</translation>
    </message>
    <message>
        <source>the description is not XML: %1</source>
        <translation>描述不是 XML：%1</translation>
    </message>
    <message>
        <source>no UPnP root device in the description</source>
        <translation>描述中没有 UPnP 根设备</translation>
    </message>
</context>
<context>
    <name>WatchCenter</name>
    <message>
        <source>Watches</source>
        <translation>监视</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Watch %1 is running…</source>
        <translation>监视 %1 正在运行…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Remove Watch</source>
        <translation>删除监视</translation>
    </message>
    <message>
        <source>Remove the watch %1? Its events go with it.</source>
        <translation>删除监视 %1？其事件也会一并删除。</translation>
    </message>
    <message>
        <source>&amp;Watch This Scan…</source>
        <translation>监视此扫描(&amp;W)…</translation>
    </message>
    <message>
        <source>Run this scan again every interval and say what changed</source>
        <translation>按间隔重复此扫描并报告变化</translation>
    </message>
    <message>
        <source>Keep Watching in the &amp;Tray</source>
        <translation>在托盘中继续监视(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>选项(&amp;O)</translation>
    </message>
    <message>
        <source>After the window closes, the watches go on from the tray</source>
        <translation>关闭窗口后，监视在托盘中继续</translation>
    </message>
    <message>
        <source>This desktop has no tray: the watches run while the window is open, and the systemd timer runs them without it</source>
        <translation>此桌面没有托盘：窗口打开时运行监视，没有窗口时由 systemd 定时器运行</translation>
    </message>
    <message>
        <source>&amp;Watches</source>
        <translation>监视(&amp;W)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>立即运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>监视 %1</translation>
    </message>
    <message>
        <source>Watch %1 added: its first run (the baseline) starts now.</source>
        <translation>已添加监视 %1：首次运行（基线）现在开始。</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>监视中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Watches: %1</source>
        <translation>监视：%1</translation>
    </message>
    <message>
        <source>Watch %1 failed: %2</source>
        <translation>监视 %1 失败：%2</translation>
    </message>
    <message>
        <source>Watch %1: first run done, the baseline.</source>
        <translation>监视 %1：首次运行完成，即基线。</translation>
    </message>
    <message numerus="yes">
        <source>Watch %1: %n change(s).</source>
        <translation>
            <numerusform>监视 %1：%n 处变化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1：%n 处变化</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Portolan</source>
        <translation>显示 Portolan</translation>
    </message>
    <message>
        <source>Portolan watches %1</source>
        <translation>Portolan 正在监视 %1</translation>
    </message>
    <message>
        <source>
Last change: %1</source>
        <translation>
最近的变化：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描器</translation>
    </message>
    <message>
        <source>Targets (ports)</source>
        <translation>目标（端口）</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Run the selected watch now</source>
        <translation>立即运行所选监视</translation>
    </message>
    <message>
        <source>Scanner %1 runs this watch, from its own network</source>
        <translation>此监视由扫描器 %1 从其自身网络运行</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>A new device</source>
        <translation>新设备</translation>
    </message>
    <message>
        <source>A device back</source>
        <translation>设备重新出现</translation>
    </message>
    <message>
        <source>A device gone</source>
        <translation>设备消失</translation>
    </message>
    <message>
        <source>An address changed</source>
        <translation>地址变化</translation>
    </message>
    <message>
        <source>A port opened</source>
        <translation>端口打开</translation>
    </message>
    <message>
        <source>A port closed</source>
        <translation>端口关闭</translation>
    </message>
    <message>
        <source>A service changed</source>
        <translation>服务变化</translation>
    </message>
    <message>
        <source>A certificate expiring</source>
        <translation>证书即将过期</translation>
    </message>
    <message>
        <source>Edit Watch</source>
        <translation>编辑监视</translation>
    </message>
    <message>
        <source>Watch This Scan</source>
        <translation>监视此扫描</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Scans:</source>
        <translation>扫描：</translation>
    </message>
    <message>
        <source>How often it runs: 15m, 2h, 1d, 1h30m; at least 1m</source>
        <translation>运行频率：15m、2h、1d、1h30m；至少 1m</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>运行间隔(&amp;E)：</translation>
    </message>
    <message numerus="yes">
        <source> run(s)</source>
        <translation>
            <numerusform> 次</numerusform>
        </translation>
    </message>
    <message>
        <source>A device counts as gone after missing this many runs in a row</source>
        <translation>设备连续这么多次运行未出现即视为消失</translation>
    </message>
    <message>
        <source>&amp;Gone after:</source>
        <translation>消失判定(&amp;G)：</translation>
    </message>
    <message>
        <source>Alert on:</source>
        <translation>提醒：</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification</source>
        <translation>显示桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>a program and its arguments; the events arrive as JSON on its input</source>
        <translation>一个程序及其参数；事件以 JSON 形式送到其输入</translation>
    </message>
    <message>
        <source>On change, &amp;run:</source>
        <translation>有变化时运行(&amp;R)：</translation>
    </message>
    <message>
        <source>There is a watch named "%1" already.</source>
        <translation>已有名为“%1”的监视。</translation>
    </message>
    <message>
        <source>A name is letters, digits, spaces and . @ + - _, 64 at most.</source>
        <translation>名称由字母、数字、空格和 . @ + - _ 组成，最多 64 个。</translation>
    </message>
    <message>
        <source>Run every: 15m, 2h, 1d and the like, at least 1m.</source>
        <translation>运行间隔：15m、2h、1d 之类，至少 1m。</translation>
    </message>
    <message>
        <source>On change, run: %1</source>
        <translation>有变化时运行：%1</translation>
    </message>
</context>
<context>
    <name>WatchEvent</name>
    <message>
        <source>%1: new device, %2</source>
        <translation>%1：新设备，%2</translation>
    </message>
    <message>
        <source>%1: back, %2</source>
        <translation>%1：重新出现，%2</translation>
    </message>
    <message>
        <source>%1: gone</source>
        <translation>%1：消失</translation>
    </message>
    <message>
        <source>%1: address changed from %2</source>
        <translation>%1：地址由 %2 变更</translation>
    </message>
    <message>
        <source>%1: port %2 opened</source>
        <translation>%1：端口 %2 已打开</translation>
    </message>
    <message>
        <source>%1: port %2 opened (%3)</source>
        <translation>%1：端口 %2 已打开（%3）</translation>
    </message>
    <message>
        <source>%1: port %2 closed</source>
        <translation>%1：端口 %2 已关闭</translation>
    </message>
    <message>
        <source>%1: port %2 now runs %3 (was %4)</source>
        <translation>%1：端口 %2 现在运行 %3（原为 %4）</translation>
    </message>
    <message>
        <source>%1: the certificate on port %2 expires %3</source>
        <translation>%1：端口 %2 上的证书将于 %3 过期</translation>
    </message>
    <message>
        <source>no open ports</source>
        <translation>没有开放端口</translation>
    </message>
    <message>
        <source>open ports %1</source>
        <translation>开放端口 %1</translation>
    </message>
</context>
<context>
    <name>WatchRunner</name>
    <message>
        <source>the on-change command was stopped after %1 s</source>
        <translation>变化命令在 %1 秒后被终止</translation>
    </message>
    <message>
        <source>the on-change command exited with %1</source>
        <translation>变化命令以 %1 退出</translation>
    </message>
    <message>
        <source>the on-change command crashed</source>
        <translation>变化命令崩溃</translation>
    </message>
    <message>
        <source>the on-change command could not start: %1</source>
        <translation>变化命令无法启动：%1</translation>
    </message>
    <message>
        <source>the scan did not start</source>
        <translation>扫描未启动</translation>
    </message>
    <message>
        <source>the watch has no targets</source>
        <translation>监视没有目标</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>nothing to scan</source>
        <translation>没有可扫描的对象</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1：%n 处变化</numerusform>
        </translation>
    </message>
    <message>
        <source>no desktop notification: %1</source>
        <translation>没有桌面通知：%1</translation>
    </message>
    <message>
        <source>%1; the scan is kept in %2 until "portolan-cli store flush" writes it</source>
        <translation>%1；扫描保存在 %2，直到“portolan-cli store flush”将其写入</translation>
    </message>
</context>
<context>
    <name>WatchStore</name>
    <message>
        <source>"%1" cannot name a watch: letters, digits, spaces and . @ + - _, 64 at most</source>
        <translation>“%1”不能作为监视名称：字母、数字、空格和 . @ + - _，最多 64 个</translation>
    </message>
    <message>
        <source>there is a watch named "%1" already</source>
        <translation>已有名为“%1”的监视</translation>
    </message>
    <message>
        <source>there is no watch "%1"</source>
        <translation>没有监视“%1”</translation>
    </message>
    <message>
        <source>there is no watch "%1" (see portolan-cli watch list)</source>
        <translation>没有监视“%1”（参见 portolan-cli watch list）</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <source>the watch "%1" is scanner %2's: run it there, or as that scanner (--scanner %2)</source>
        <translation>监视“%1”属于扫描器 %2：请在那里运行，或以该扫描器身份运行（--scanner %2）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hosts to fill in.</source>
        <translation>要填入的主机。</translation>
    </message>
    <message>
        <source>Start the scan at once.</source>
        <translation>立即开始扫描。</translation>
    </message>
    <message>
        <source>Portolan TCP and UDP port scanner.</source>
        <translation>Portolan TCP 和 UDP 端口扫描器。</translation>
    </message>
    <message>
        <source>Ports to fill in; U:53,161 for UDP ports, T:22 for TCP.</source>
        <translation>要填入的端口；UDP 端口用 U:53,161，TCP 用 T:22。</translation>
    </message>
</context>
<context>
    <name>portolan-cli</name>
    <message>
        <source>Host names, IPv4 or IPv6 addresses, CIDR blocks (10.0.0.0/24) or ranges (10.0.0.1-50).</source>
        <translation>主机名、IPv4 或 IPv6 地址、CIDR 地址块 (10.0.0.0/24) 或范围 (10.0.0.1-50)。</translation>
    </message>
    <message>
        <source>Read targets from FILE, one or more per line, # starts a comment (also -iL).</source>
        <translation>从 FILE 读取目标，每行一个或多个，# 开始注释 (也可用 -iL)。</translation>
    </message>
    <message>
        <source>Read up to 512 bytes from each open port for up to 1 s.</source>
        <translation>从每个开放端口读取最多 512 字节，最长 1 秒。</translation>
    </message>
    <message>
        <source>Scan every address of a host name, not only the first.</source>
        <translation>扫描主机名的所有地址，而不仅是第一个。</translation>
    </message>
    <message>
        <source>List closed ports too.</source>
        <translation>同时列出关闭的端口。</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>将报告写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>invalid value "%1" for --%2: expected %3 to %4</source>
        <translation>--%2 的值“%1”无效：应为 %3 到 %4</translation>
    </message>
    <message>
        <source>no targets given (try --help)</source>
        <translation>未指定目标 (请尝试 --help)</translation>
    </message>
    <message>
        <source>scan stopped: %1</source>
        <translation>扫描已停止：%1</translation>
    </message>
    <message>
        <source>Extra attempts for a port that does not answer (default %1).</source>
        <translation>对无响应端口的额外尝试次数 (默认 %1)。</translation>
    </message>
    <message>
        <source>Connects in flight at once; 0 or auto: automatic (default).</source>
        <translation>同时进行的连接数；0 或 auto 表示自动 (默认)。</translation>
    </message>
    <message>
        <source>A host name means its first IPv6 address, not its first IPv4 one.</source>
        <translation>主机名取其第一个 IPv6 地址，而不是第一个 IPv4 地址。</translation>
    </message>
    <message>
        <source>The longest a connect attempt waits, in ms (default %1); less for hosts that answer faster.</source>
        <translation>每次连接尝试最长等待的时间，单位毫秒 (默认 %1)；响应更快的主机等待更短。</translation>
    </message>
    <message>
        <source>The shortest a connect attempt waits, in ms, however fast the host answers (default %1; 0: always the full timeout).</source>
        <translation>无论主机响应多快，每次连接尝试至少等待的时间，单位毫秒 (默认 %1；0 表示始终等待完整超时)。</translation>
    </message>
    <message>
        <source>Timing preset: 0-5 or paranoid, sneaky, polite, normal (default), aggressive, insane. Options given beside it win.</source>
        <translation>时序预设：0-5 或 paranoid、sneaky、polite、normal (默认)、aggressive、insane。同时给出的选项优先。</translation>
    </message>
    <message>
        <source>invalid timing "%1": expected 0 to 5, paranoid, sneaky, polite, normal, aggressive or insane</source>
        <translation>无效的时序“%1”：应为 0 到 5、paranoid、sneaky、polite、normal、aggressive 或 insane</translation>
    </message>
    <message>
        <source>Scan every address of blocks, ranges and target files, up or not (also -Pn).</source>
        <translation>扫描地址块、范围和目标文件中的每个地址，无论是否在线 (也可用 -Pn)。</translation>
    </message>
    <message>
        <source>Find the live hosts, scan no ports (also -sn).</source>
        <translation>查找在线主机，不扫描端口 (也可用 -sn)。</translation>
    </message>
    <message>
        <source>TCP ports that discovery connects to (default %1; "none": ICMP echo alone).</source>
        <translation>主机发现所连接的 TCP 端口 (默认 %1；"none"：仅 ICMP 回显)。</translation>
    </message>
    <message>
        <source>Discovery sends no ICMP echo, only TCP connects.</source>
        <translation>主机发现不发送 ICMP 回显，只进行 TCP 连接。</translation>
    </message>
    <message>
        <source>Also write every host's status to FILE as CSV: host,address,status,reason,latency_ms,names,mac,vendor.</source>
        <translation>同时把每台主机的状态以 CSV 写入 FILE：host,address,status,reason,latency_ms,names,mac,vendor。</translation>
    </message>
    <message>
        <source>-Pn and -sn contradict each other: give one of them</source>
        <translation>-Pn 与 -sn 互相矛盾：只能指定其一</translation>
    </message>
    <message>
        <source>too many discovery ports (%1): at most %2</source>
        <translation>发现端口过多 (%1)：最多 %2 个</translation>
    </message>
    <message>
        <source>Output format: text, csv, json or xml (nmap's XML; default text).</source>
        <translation>输出格式：text、csv、json 或 xml（nmap 的 XML；默认 text）。</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text, csv, json or xml</source>
        <translation>无效的格式“%1”：应为 text、csv、json 或 xml</translation>
    </message>
    <message>
        <source>Do not keep this scan in the history (portolan-cli history).</source>
        <translation>不将此次扫描保存到历史记录（portolan-cli history）。</translation>
    </message>
    <message>
        <source>not kept in the history: %1</source>
        <translation>未保存到历史记录：%1</translation>
    </message>
    <message>
        <source>Detect the service, product and version of each open port by what it says, and the TLS certificate it offers (also -sV).</source>
        <translation>根据每个开放端口的响应检测其服务、产品和版本，以及它提供的 TLS 证书（也可用 -sV）。</translation>
    </message>
    <message>
        <source>The most time detection spends on one port, in ms (default %1).</source>
        <translation>检测在单个端口上花费的最长时间，单位毫秒（默认 %1）。</translation>
    </message>
    <message>
        <source>The most connections detection opens to one host at once (default %1).</source>
        <translation>检测同时向单个主机打开的最大连接数（默认 %1）。</translation>
    </message>
    <message>
        <source>Do not look up the names of live hosts (reverse DNS, mDNS, NetBIOS).</source>
        <translation>不查询在线主机的名称（反向 DNS、mDNS、NetBIOS）。</translation>
    </message>
    <message>
        <source>Ports: 22, 1-1024, 22,80,443, http,ssh, - or all, common, well-known (default: common); U: and T: mark UDP and TCP ports (U:53,161,T:22).</source>
        <translation>端口：22、1-1024、22,80,443、http,ssh、- 或 all、common、well-known（默认：common）；U: 和 T: 标记 UDP 和 TCP 端口（U:53,161,T:22）。</translation>
    </message>
    <message>
        <source>Scan UDP ports (also -sU). Alone it scans only UDP; with --tcp both.</source>
        <translation>扫描 UDP 端口（也可用 -sU）。单独使用只扫描 UDP；与 --tcp 一起则两者都扫描。</translation>
    </message>
    <message>
        <source>Scan TCP ports by connecting (also -sT; the default without --udp).</source>
        <translation>通过连接扫描 TCP 端口（也可用 -sT；未指定 --udp 时为默认）。</translation>
    </message>
    <message>
        <source>The community the UDP SNMP probes offer (default public; none: only SNMPv3 discovery, which needs none).</source>
        <translation>UDP SNMP 探测使用的团体名（默认 public；none：只进行无需团体名的 SNMPv3 发现）。</translation>
    </message>
    <message>
        <source>Portolan port scanner (TCP connect and UDP), without a window.
Scan only hosts you are allowed to test.
Compare two saved scans: portolan-cli diff OLD NEW (see portolan-cli diff --help).
Past scans: portolan-cli history list|show ID|delete ID.
Devices the scans have seen: portolan-cli devices (see portolan-cli devices --help).</source>
        <translation>Portolan 端口扫描器（TCP 连接和 UDP），无窗口。
只扫描您获准测试的主机。
比较两次保存的扫描：portolan-cli diff 旧 新（见 portolan-cli diff --help）。
以往的扫描：portolan-cli history list|show ID|delete ID。
扫描发现的设备：portolan-cli devices（见 portolan-cli devices --help）。</translation>
    </message>
    <message>
        <source>-sn scans no ports: -sU and -sT contradict it</source>
        <translation>-sn 不扫描端口：-sU 和 -sT 与之矛盾</translation>
    </message>
    <message>
        <source>invalid SNMP community: 1 to 64 printable ASCII characters without spaces, or none</source>
        <translation>SNMP 团体名无效：1 到 64 个不含空格的可打印 ASCII 字符，或 none</translation>
    </message>
    <message>
        <source>--%1 acts on TCP connections and this scan has no TCP ports (add -sT or T: ports)</source>
        <translation>--%1 作用于 TCP 连接，而此次扫描没有 TCP 端口（请添加 -sT 或 T: 端口）</translation>
    </message>
</context>
</TS>