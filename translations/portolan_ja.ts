<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>書き込みが途中で終わりました</translation>
    </message>
</context>
<context>
    <name>CliDevices</name>
    <message numerus="yes">
        <source>%n device(s) labelled from %1.
</source>
        <translation>
            <numerusform>%1 から %n 台のデバイスにラベルを付けました。
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
        <translation>履歴に保存したスキャンが見つけたデバイス (%1)。
  list                   すべてのデバイス (既定)
  label DEVICE TEXT      デバイスにラベルを付ける ("" で削除)
  notes DEVICE TEXT      デバイスのメモを保存する
  known DEVICE           デバイスを既知にする (新規ではなくなる)
  unknown DEVICE         再び新規にする
  forget DEVICE          デバイスを一覧から削除する
  import FILE            CSV からラベルを読み込む: 1 行に device,label[,notes]
DEVICE は MAC アドレス、またはデバイスが使っていたアドレスです。</translation>
    </message>
    <message>
        <source>list, label, notes, known, unknown, forget or import</source>
        <translation>list、label、notes、known、unknown、forget、import のいずれか</translation>
    </message>
    <message>
        <source>Output format of list: text, csv or json (default text).</source>
        <translation>list の出力形式: text、csv、json (既定は text)。</translation>
    </message>
    <message>
        <source>unknown command "%1": expected list, label, notes, known, unknown, forget or import</source>
        <translation>不明なコマンド "%1": list、label、notes、known、unknown、forget、import のいずれかを指定してください</translation>
    </message>
    <message>
        <source>list takes no argument (filter with --search)</source>
        <translation>list は引数を取りません (--search で絞り込みます)</translation>
    </message>
    <message>
        <source>%1 needs a device and a text</source>
        <translation>%1 にはデバイスとテキストが必要です</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation>%1 にはファイルが必要です</translation>
    </message>
    <message>
        <source>%1 needs a device (a MAC address or an address)</source>
        <translation>%1 にはデバイス (MAC アドレスまたはアドレス) が必要です</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text, csv or json</source>
        <translation>無効な形式 "%1": text、csv、json のいずれかを指定してください</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Label of %1 removed.
</source>
        <translation>%1 のラベルを削除しました。
</translation>
    </message>
    <message>
        <source>%1 labelled "%2".
</source>
        <translation>%1 に「%2」とラベルを付けました。
</translation>
    </message>
    <message>
        <source>Notes of %1 saved.
</source>
        <translation>%1 のメモを保存しました。
</translation>
    </message>
    <message>
        <source>%1 forgotten.
</source>
        <translation>%1 を削除しました。
</translation>
    </message>
    <message>
        <source>%1 marked known.
</source>
        <translation>%1 を既知にしました。
</translation>
    </message>
    <message>
        <source>%1 marked new again.
</source>
        <translation>%1 を再び新規にしました。
</translation>
    </message>
    <message>
        <source>List only devices whose label, notes, names, addresses, MAC or vendor hold TEXT, or that had port TEXT open (a number of either protocol, or 53/udp).</source>
        <translation>ラベル、メモ、名前、アドレス、MAC、ベンダーに TEXT を含むデバイス、またはポート TEXT が開いていたデバイスのみを一覧表示します (どちらかのプロトコルの番号、または 53/udp)。</translation>
    </message>
</context>
<context>
    <name>CliDiff</name>
    <message>
        <source>What changed between two saved scans: hosts that came up or went away, ports that opened, closed or changed state, banners that changed.
Exit status: 0 when nothing changed, 3 when something did, 2 on bad input.</source>
        <translation>保存した 2 つのスキャンの差分: 現れた・消えたホスト、開いた・閉じた・状態が変わったポート、変わったバナー。
終了ステータス: 変化なしは 0、変化ありは 3、入力の誤りは 2。</translation>
    </message>
    <message>
        <source>The later scan, likewise.</source>
        <translation>後のスキャン (同様)。</translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>出力形式: text または json (既定は text)。</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>無効な形式 "%1": text または json を指定してください</translation>
    </message>
    <message>
        <source>give two scans to compare, OLD and NEW (try --help)</source>
        <translation>比較する 2 つのスキャン OLD と NEW を指定してください (--help を参照)</translation>
    </message>
    <message>
        <source>The earlier scan: a Portolan JSON export, an nmap XML file, or the id of a scan in the history (portolan-cli history list).</source>
        <translation>前のスキャン: Portolan の JSON エクスポート、nmap の XML ファイル、または履歴のスキャン ID (portolan-cli history list)。</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>The scans kept in the history (%1).
  list              the scans, newest first
  show ID           one scan's report
  delete ID         forget one scan</source>
        <translation>履歴に保存されたスキャン (%1)。
  list              スキャンの一覧 (新しい順)
  show ID           1 つのスキャンのレポート
  delete ID         1 つのスキャンを削除</translation>
    </message>
    <message>
        <source>list, show or delete</source>
        <translation>list、show、delete のいずれか</translation>
    </message>
    <message>
        <source>Output format: text or json for list; text, csv, json or xml for show (default text).</source>
        <translation>出力形式: list は text または json、show は text、csv、json、xml (既定は text)。</translation>
    </message>
    <message>
        <source>invalid format "%1": expected %2</source>
        <translation>無効な形式 "%1": %2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>list takes no argument</source>
        <translation>list は引数を取りません</translation>
    </message>
    <message>
        <source>%1 needs the id of a scan (see portolan-cli history list)</source>
        <translation>%1 にはスキャン ID が必要です (portolan-cli history list を参照)</translation>
    </message>
    <message>
        <source>give list, show ID or delete ID (try --help)</source>
        <translation>list、show ID、delete ID のいずれかを指定してください (--help を参照)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected list, show or delete</source>
        <translation>不明なコマンド "%1": list、show、delete のいずれかを指定してください</translation>
    </message>
    <message>
        <source>Scan %1 deleted from the history.
</source>
        <translation>スキャン %1 を履歴から削除しました。
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>UP</source>
        <translation>稼働</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>開</translation>
    </message>
    <message>
        <source>TARGETS (PORTS)</source>
        <translation>対象 (ポート)</translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation>、中止</translation>
    </message>
    <message>
        <source>No scans in the history.
</source>
        <translation>履歴にスキャンはありません。
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>List only scans of a host (address or name) or a port (number or service name, of either protocol; U:53 or 53/udp for one).</source>
        <translation>ホスト (アドレスまたは名前) またはポート (どちらかのプロトコルの番号またはサービス名。一方だけなら U:53 または 53/udp) のスキャンのみを一覧表示します。</translation>
    </message>
</context>
<context>
    <name>CliRoles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 can be read by other users: chmod 600 it first</source>
        <translation>%1 は他のユーザーが読めます: 先に chmod 600 を実行してください</translation>
    </message>
    <message>
        <source>%1 holds no password (its first line is empty)</source>
        <translation>%1 にパスワードがありません (1 行目が空です)</translation>
    </message>
    <message>
        <source>roles are a shared store's: give --store postgresql://OWNER@HOST/DB</source>
        <translation>ロールは共有ストアのものです: --store postgresql://OWNER@HOST/DB を指定してください</translation>
    </message>
    <message>
        <source>viewer (reads everything)</source>
        <translation>閲覧者 (すべてを読む)</translation>
    </message>
    <message>
        <source>scanner (writes its own rows)</source>
        <translation>スキャナー (自分の行を書き込む)</translation>
    </message>
    <message>
        <source>This store has no roles of its own: whoever logs in as its owner may do everything.
</source>
        <translation>このストアには独自のロールがありません: 所有者としてログインした人は何でもできます。
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
        <translation>共有 PostgreSQL ストアのログインロール。所有者の --store URL で実行します。
  add-scanner NAME  スキャナー NAME の行だけを書き込むロール
  add-viewer NAME   すべてを読み、何も書き込まないロール
  remove-role NAME  このストアが作成したロールを削除 (スキャンは残ります)
  roles             このストアが作成したロール
--password-file を指定しない場合、ロールは名前 (CN) が NAME である
クライアント証明書でのみログインします (pg_hba.conf: hostssl ... cert)。</translation>
    </message>
    <message>
        <source>the command and its NAME</source>
        <translation>コマンドとその NAME</translation>
    </message>
    <message>
        <source>The new role's password: the first line of FILE (mode 600).</source>
        <translation>新しいロールのパスワード: FILE の 1 行目 (モード 600)。</translation>
    </message>
    <message>
        <source>roles takes no argument</source>
        <translation>roles は引数を取りません</translation>
    </message>
    <message>
        <source>%1 needs the role's NAME</source>
        <translation>%1 にはロールの NAME が必要です</translation>
    </message>
    <message>
        <source>NAME: %1</source>
        <translation>NAME: %1</translation>
    </message>
    <message>
        <source>remove-role takes no --password-file</source>
        <translation>remove-role は --password-file を取りません</translation>
    </message>
    <message>
        <source>Role %1 removed; its scans stay in the store.
</source>
        <translation>ロール %1 を削除しました。スキャンはストアに残ります。
</translation>
    </message>
    <message>
        <source>Role %1 added: it reads the whole store and writes nothing.
</source>
        <translation>ロール %1 を追加しました: ストア全体を読み、何も書き込みません。
</translation>
    </message>
    <message>
        <source>Role %1 added: it writes only scanner %1's scans, watches and events, and records what it sees of shared devices.
</source>
        <translation>ロール %1 を追加しました: スキャナー %1 のスキャン、監視、イベントだけを書き込み、共有デバイスについて見たことを記録します。
</translation>
    </message>
    <message>
        <source>It has no password: it logs in with a client certificate whose name is %1.
</source>
        <translation>パスワードはありません: 名前が %1 のクライアント証明書でログインします。
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
        <translation>%1 を読み込めません: ファイルがありません</translation>
    </message>
    <message>
        <source>FROM and TO are the same store</source>
        <translation>FROM と TO が同じストアです</translation>
    </message>
    <message>
        <source>Copied %1 to %2:
</source>
        <translation>%1 を %2 にコピーしました:
</translation>
    </message>
    <message>
        <source>Every table of the copy holds as many rows as the original's.
</source>
        <translation>コピーのすべてのテーブルは元と同じ行数です。
</translation>
    </message>
    <message>
        <source>copy needs FROM and TO (two stores)</source>
        <translation>copy には FROM と TO (二つのストア) が必要です</translation>
    </message>
    <message>
        <source>No scans are waiting for the store.
</source>
        <translation>ストアを待っているスキャンはありません。
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n scan(s) still kept in %2)</source>
        <translation>
            <numerusform>%1 (%n 件のスキャンを %2 に保管中)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) written to %1.
</source>
        <translation>
            <numerusform>%n 件のスキャンを %1 に書き込みました。
</numerusform>
        </translation>
    </message>
    <message>
        <source>flush takes no argument (the store is --store's)</source>
        <translation>flush は引数を取りません (ストアは --store のもの)</translation>
    </message>
    <message>
        <source>Store: %1 (%2, schema %3)
</source>
        <translation>ストア: %1 (%2、スキーマ %3)
</translation>
    </message>
    <message>
        <source>This scanner: %1
</source>
        <translation>このスキャナー: %1
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>SCANS</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>LAST SCAN</source>
        <translation>最終スキャン</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>WATCHES</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>No scanner has written to this store yet.
</source>
        <translation>このストアにはまだどのスキャナーも書き込んでいません。
</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept here, waiting for the store (%1).
</source>
        <translation>
            <numerusform>ここで保管中のスキャン %n 件、ストアを待っています (%1)。
</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>無効な形式「%1」: text か json を指定してください</translation>
    </message>
    <message>
        <source>copy, flush or status</source>
        <translation>copy、flush または status</translation>
    </message>
    <message>
        <source>Output format of status: text or json (default text).</source>
        <translation>status の出力形式: text または json (既定は text)。</translation>
    </message>
    <message>
        <source>status takes no argument (the store is --store's)</source>
        <translation>status は引数を取りません (ストアは --store のもの)</translation>
    </message>
    <message>
        <source>give copy FROM TO, flush or status (try --help)</source>
        <translation>copy FROM TO、flush、status のいずれかを指定してください (--help を参照)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected copy, flush or status</source>
        <translation>不明なコマンド「%1」: copy、flush、status のいずれかを指定してください</translation>
    </message>
    <message>
        <source>Connection: cannot be read (%1)
</source>
        <translation>接続: 読み取れません (%1)
</translation>
    </message>
    <message>
        <source>Connection: as %1, encrypted (%2)
</source>
        <translation>接続: %1 として、暗号化あり (%2)
</translation>
    </message>
    <message>
        <source>Connection: as %1, not encrypted
</source>
        <translation>接続: %1 として、暗号化なし
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>警告: %1
</translation>
    </message>
    <message>
        <source>The server's certificate and name are checked (sslmode=verify-full).
</source>
        <translation>サーバーの証明書と名前を確認します (sslmode=verify-full)。
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
        <translation>ストア自体: 履歴、デバイス、監視の保存先 (%1)。
  copy FROM TO      ストア全体を新しい空のストアにコピーして確認
  flush             共有ストアが使えない間にここで保管したスキャンを書き込む
  status            スキャナーごとのスキャン数、最終スキャン、デバイス、監視
  add-scanner, add-viewer, remove-role, roles: ストアのログインロール
                    (portolan-cli store add-scanner --help)
FROM と TO: sqlite:PATH (またはパス) か postgresql://USER@HOST[:PORT]/DB。</translation>
    </message>
</context>
<context>
    <name>CliWatch</name>
    <message>
        <source>Output of list, run and events: text or json (default text).</source>
        <translation>list、run、events の出力: text または json (既定は text)。</translation>
    </message>
    <message>
        <source>run: every watch whose time has come.</source>
        <translation>run: 時刻になったすべての監視。</translation>
    </message>
    <message>
        <source>events: only those since WHEN (2026-12-01, 2026-12-01T08:00, or 2h, 1d ago).</source>
        <translation>events: WHEN 以降のものだけ (2026-12-01、2026-12-01T08:00、または 2h、1d 前)。</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text or json</source>
        <translation>無効な形式 "%1": text または json を指定してください</translation>
    </message>
    <message>
        <source>give add, list, remove, pause, resume, run or events (try --help)</source>
        <translation>add、list、remove、pause、resume、run、events のいずれかを指定してください (--help を参照)</translation>
    </message>
    <message>
        <source>unknown command "%1": expected add, list, remove, pause, resume, run or events</source>
        <translation>不明なコマンド "%1": add、list、remove、pause、resume、run、events のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1 needs the name of a watch (see portolan-cli watch list)</source>
        <translation>%1 には監視の名前が必要です (portolan-cli watch list を参照)</translation>
    </message>
    <message>
        <source>%1 takes no more arguments</source>
        <translation>%1 はこれ以上の引数を取りません</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>invalid value "%1" for %2: expected %3 to %4</source>
        <translation>%2 の値「%1」は無効です: %3 から %4 を指定してください</translation>
    </message>
    <message>
        <source>add needs a name first: watch add NAME --every DURATION TARGET...</source>
        <translation>add にはまず名前が必要です: watch add NAME --every DURATION TARGET...</translation>
    </message>
    <message>
        <source>add needs --every DURATION (15m, 2h, 1d; at least 1m)</source>
        <translation>add には --every DURATION が必要です (15m、2h、1d。最短 1m)</translation>
    </message>
    <message>
        <source>invalid interval "%1": expected 15m, 2h, 1d and the like, at least 1m</source>
        <translation>間隔「%1」は無効です: 15m、2h、1d のように、最短 1m で指定してください</translation>
    </message>
    <message>
        <source>--on-change: %1</source>
        <translation>--on-change: %1</translation>
    </message>
    <message>
        <source>unknown event kind "%1" for --alert-on: expected %2</source>
        <translation>--alert-on のイベント種別「%1」は不明です: %2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>EVERY</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>前回</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>次回</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>TARGETS (PORTS)</source>
        <translation>対象 (ポート)</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>、一時停止中</translation>
    </message>
    <message>
        <source>, running</source>
        <translation>、実行中</translation>
    </message>
    <message>
        <source>, last run: %1</source>
        <translation>、前回の実行: %1</translation>
    </message>
    <message>
        <source>No watches (add one: portolan-cli watch add NAME --every 1h TARGET...).
</source>
        <translation>監視はありません (追加: portolan-cli watch add NAME --every 1h TARGET...)。
</translation>
    </message>
    <message>
        <source>invalid --since "%1": expected a date (2026-12-01), a time (2026-12-01T08:00) or a duration ago (2h, 1d)</source>
        <translation>--since「%1」は無効です: 日付 (2026-12-01)、時刻 (2026-12-01T08:00)、または何時間前かの期間 (2h、1d) を指定してください</translation>
    </message>
    <message>
        <source>%1 is running in another Portolan now</source>
        <translation>%1 は現在別の Portolan で実行中です</translation>
    </message>
    <message>
        <source>%1: first run, the baseline: nothing to compare with yet.
</source>
        <translation>%1: 初回の実行 (基準) です。まだ比較対象はありません。
</translation>
    </message>
    <message>
        <source>%1: nothing changed.
</source>
        <translation>%1: 変化はありません。
</translation>
    </message>
    <message>
        <source>Watch %1 added: every %2; its first run (the baseline) is due now.
</source>
        <translation>監視 %1 を追加しました: %2 ごと。初回の実行 (基準) は今です。
</translation>
    </message>
    <message>
        <source>Watch %1 removed.
</source>
        <translation>監視 %1 を削除しました。
</translation>
    </message>
    <message>
        <source>Watch %1 paused.
</source>
        <translation>監視 %1 を一時停止しました。
</translation>
    </message>
    <message>
        <source>Watch %1 resumed.
</source>
        <translation>監視 %1 を再開しました。
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
        <translation>間隔ごとに繰り返し実行し、変化を知らせるスキャンです。
  add NAME --every DURATION [スキャンオプション] [--on-change COMMAND] [--no-notify]
      [--gone-after N] [--cert-days N] [--alert-on KINDS] TARGET...
                      新しい監視 (DURATION: 15m、2h、1d。最短 1m)
  list                監視の一覧
  remove NAME         監視とそのイベントを削除
  pause NAME, resume NAME
  run NAME            今すぐ実行: 変化なしなら終了コード 0、変化ありなら 3
  run --due           時刻の来たすべての監視を実行 (systemd タイマーが使用)
  events [NAME]       実行で見つかった変化
イベント種別: %1.</translation>
    </message>
    <message>
        <source>add, list, remove, pause, resume, run or events</source>
        <translation>add、list、remove、pause、resume、run、events のいずれか</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Scans</source>
        <translation>スキャンの比較</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>変更の種類</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <source>Hosts that appeared</source>
        <translation>現れたホスト</translation>
    </message>
    <message>
        <source>Hosts that went away</source>
        <translation>消えたホスト</translation>
    </message>
    <message>
        <source>Ports that opened</source>
        <translation>開いたポート</translation>
    </message>
    <message>
        <source>Ports that closed</source>
        <translation>閉じたポート</translation>
    </message>
    <message>
        <source>States that changed</source>
        <translation>変わった状態</translation>
    </message>
    <message>
        <source>Banners that changed</source>
        <translation>変わったバナー</translation>
    </message>
    <message>
        <source>Filter by host, port or text</source>
        <translation>ホスト、ポート、テキストで絞り込み</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>未スキャン</translation>
    </message>
    <message>
        <source>No changes.
Old: %1
New: %2</source>
        <translation>変更はありません。
旧: %1
新: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).
Old: %1
New: %2</source>
        <translation>
            <numerusform>%n 件の変更。
旧: %1
新: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>比較をエクスポート</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>%1

Any earlier file at that path is unchanged.</source>
        <translation>%1

そのパスにあった以前のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>no session bus</source>
        <translation>セッションバスがありません</translation>
    </message>
    <message>
        <source>Show Events</source>
        <translation>イベントを表示</translation>
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
        <translation>%1 から down</translation>
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
        <translation>アドレス</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>NAMES / OPEN PORTS</source>
        <translation>名前 / 開いているポート</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(新規)</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (新規)</translation>
    </message>
    <message>
        <source>No devices in the inventory: scans kept in the history add them.
</source>
        <translation>一覧にデバイスはありません: 履歴に保存したスキャンが追加します。
</translation>
    </message>
    <message>
        <source>SCANNER</source>
        <translation>スキャナー</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Up</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Down since %1</source>
        <translation>%1 から停止</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 から %3</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 から)</translation>
    </message>
    <message>
        <source>Known device</source>
        <translation>既知のデバイス</translation>
    </message>
    <message>
        <source>New: not yet marked known</source>
        <translation>新規: まだ既知にしていません</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回確認</translation>
    </message>
    <message>
        <source>Open ports</source>
        <translation>開いているポート</translation>
    </message>
    <message>
        <source>The scanner that saw it last</source>
        <translation>最後に検出したスキャナー</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>スキャナー</translation>
    </message>
</context>
<context>
    <name>DeviceStore</name>
    <message>
        <source>there is no device %1 in the inventory</source>
        <translation>一覧にデバイス %1 はありません</translation>
    </message>
    <message>
        <source>"%1" is neither a MAC address nor an IP address</source>
        <translation>"%1" は MAC アドレスでも IP アドレスでもありません</translation>
    </message>
    <message>
        <source>no device in the inventory has %1 (see portolan-cli devices)</source>
        <translation>%1 を持つデバイスは一覧にありません (portolan-cli devices を参照)</translation>
    </message>
    <message>
        <source>line %1: a quote that does not close, or one inside a cell</source>
        <translation>%1 行目: 閉じていない引用符、またはセルの途中の引用符があります</translation>
    </message>
    <message>
        <source>no labels in the file (one "device,label[,notes]" per line)</source>
        <translation>ファイルにラベルがありません (1 行に "device,label[,notes]")</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>%1: expected device,label[,notes], found %2 cells</source>
        <translation>%1: device,label[,notes] が必要ですが、セルが %2 個あります</translation>
    </message>
    <message>
        <source>%1 is a device of each of the scanners %2: name one with --scanner</source>
        <translation>%1 はスキャナー %2 のそれぞれのデバイスです: --scanner で一つを指定してください</translation>
    </message>
    <message>
        <source>permission denied: the store does not let this scanner change device %1 (a device known by its MAC address is forgotten only by the store's owner; one known by its address, only by its own scanner)</source>
        <translation>権限がありません: ストアはこのスキャナーにデバイス %1 の変更を許しません (MAC アドレスで識別されるデバイスを削除できるのはストアの所有者だけ、アドレスで識別されるデバイスはそのスキャナー自身だけです)</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Search by label, name, address, MAC, vendor or port</source>
        <translation>ラベル、名前、アドレス、MAC、ベンダー、ポートで検索</translation>
    </message>
    <message>
        <source>Search the devices</source>
        <translation>デバイスを検索</translation>
    </message>
    <message>
        <source>&amp;New only</source>
        <translation>新規のみ(&amp;N)</translation>
    </message>
    <message>
        <source>Only devices not yet marked known</source>
        <translation>まだ既知にしていないデバイスだけ</translation>
    </message>
    <message>
        <source>Do&amp;wn only</source>
        <translation>停止中のみ(&amp;W)</translation>
    </message>
    <message>
        <source>Only devices that the last scan of them found down</source>
        <translation>最後のスキャンで停止していたデバイスだけ</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>ラベル(&amp;L)…</translation>
    </message>
    <message>
        <source>Mark as &amp;Known</source>
        <translation>既知にする(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>削除(&amp;F)</translation>
    </message>
    <message>
        <source>Give the device a label (F2, or double-click the Label column to edit it there)</source>
        <translation>デバイスにラベルを付けます (F2、またはラベル列をダブルクリックしてその場で編集)</translation>
    </message>
    <message>
        <source>The selected devices are no longer new (Ctrl+K)</source>
        <translation>選択したデバイスを新規でなくします (Ctrl+K)</translation>
    </message>
    <message>
        <source>Mark as &amp;New</source>
        <translation>新規にする(&amp;N)</translation>
    </message>
    <message>
        <source>Remove the selected devices from the inventory; a scan that sees one again finds it new (Del)</source>
        <translation>選択したデバイスを一覧から削除します。再びスキャンで見つかると新規になります (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 台のデバイス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new</source>
        <translation>
            <numerusform>、新規 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shown)</source>
        <translation>
            <numerusform> (%n 件を表示)</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices yet: every scan kept in the history adds those it finds up.</source>
        <translation>まだデバイスはありません: 履歴に保存したスキャンが、稼働中のホストを追加します。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Label for %1 (empty removes it):</source>
        <translation>%1 のラベル (空にすると削除):</translation>
    </message>
    <message>
        <source>Forget Devices</source>
        <translation>デバイスの削除</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n device(s)? Their labels and notes go with them.</source>
        <translation>
            <numerusform>%n 台のデバイスを削除しますか? ラベルとメモも削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Down since %1</source>
        <translation>%1 から停止</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変化の内容</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認済みにする(&amp;A)</translation>
    </message>
    <message>
        <source>Mark the selected events (or all shown) as seen</source>
        <translation>選択したイベント (またはすべての表示中のイベント) を確認済みにします</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Every watch</source>
        <translation>すべての監視</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not acknowledged</source>
        <translation>
            <numerusform>、未確認 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>イベントのエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n 件のイベントを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>スキャナー</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (停止)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Hosts up</source>
        <translation>稼働ホスト</translation>
    </message>
    <message>
        <source>Open ports</source>
        <translation>開いているポート</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>スキャナー</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>履歴を検索</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the scan in the table, read-only (Enter)</source>
        <translation>スキャンを表に読み取り専用で表示 (Enter)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比較(&amp;M)</translation>
    </message>
    <message>
        <source>Show what changed between the two selected scans</source>
        <translation>選択した2つのスキャン間の変更を表示</translation>
    </message>
    <message>
        <source>Re&amp;scan</source>
        <translation>再スキャン(&amp;S)</translation>
    </message>
    <message>
        <source>Run the scan again with the same parameters and compare</source>
        <translation>同じパラメーターで再スキャンして比較</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected scans from the history (Del)</source>
        <translation>選択したスキャンを履歴から削除 (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n 件のスキャン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) match</source>
        <translation>
            <numerusform>%n 件のスキャンが一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by host, port, service or scanner</source>
        <translation>ホスト、ポート、サービス、スキャナーで検索</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt の SQLite ドライバ (QSQLITE) がインストールされていません</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>it is not a database Portolan can read</source>
        <translation>Portolan が読めるデータベースではありません</translation>
    </message>
    <message>
        <source>a newer Portolan made it</source>
        <translation>新しい Portolan が作成したものです</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>破損しています</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2) and cannot be moved aside</source>
        <translation>%1 は使用できず (%2)、退避もできません</translation>
    </message>
    <message>
        <source>The history file %1 could not be used (%2); it was kept as %3 and a new history started.</source>
        <translation>履歴ファイル %1 を使用できませんでした (%2)。%3 として保存し、新しい履歴を開始しました。</translation>
    </message>
    <message>
        <source>cannot start a new history at %1</source>
        <translation>%1 に新しい履歴を開始できません</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>履歴が開かれていません</translation>
    </message>
    <message>
        <source>there is no scan %1 in the history</source>
        <translation>履歴にスキャン %1 はありません</translation>
    </message>
    <message>
        <source>the history database is busy (another Portolan is writing to it); try again</source>
        <translation>履歴データベースは使用中です (別の Portolan が書き込み中)。もう一度試してください</translation>
    </message>
    <message>
        <source>the disk is full: the scan is not in the history</source>
        <translation>ディスクがいっぱいです: スキャンは履歴に保存されていません</translation>
    </message>
    <message>
        <source>writing failed (%1): the scan is not in the history</source>
        <translation>書き込みに失敗しました (%1): スキャンは履歴に保存されていません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL; Debian: libqt6sql6-psql) is not installed</source>
        <translation>Qt の PostgreSQL ドライバー (QPSQL、Debian: libqt6sql6-psql) がインストールされていません</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer Portolan (schema %2; this one knows %3): it is left as it is</source>
        <translation>%1 は新しい Portolan で作成されています (スキーマ %2、このバージョンは %3 まで): そのままにします</translation>
    </message>
</context>
<context>
    <name>HostListModel</name>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開放</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>閉鎖</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>ベンダー: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message numerus="yes">
        <source>and %n more open port(s)</source>
        <translation>
            <numerusform>ほか %n 個の開いているポート</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Accepts a connection on every port: a firewall or tarpit answers for it, so its open ports say little; service detection looked at a few of them only.</source>
        <translation>すべてのポートで接続を受け付けます: ファイアウォールまたはターピットが代わりに応答しているため、開いているポートはあまり意味がありません。サービス検出はそのうち一部だけを調べました。</translation>
    </message>
    <message>
        <source>%1 (every port answers)</source>
        <translation>%1 (すべてのポートが応答)</translation>
    </message>
    <message>
        <source>Open|filtered</source>
        <translation>開放|フィルタ</translation>
    </message>
</context>
<context>
    <name>IdentityRules</name>
    <message>
        <source>the rules file is not a JSON object: %1</source>
        <translation>ルールファイルが JSON オブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>the rules file holds no rules</source>
        <translation>ルールファイルにルールがありません</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(ID なし)</translation>
    </message>
    <message>
        <source>rule %1: id, source and why are required</source>
        <translation>ルール %1: id、source、why は必須です</translation>
    </message>
    <message>
        <source>rule %1: bad pattern: %2</source>
        <translation>ルール %1: パターンが不正です: %2</translation>
    </message>
    <message>
        <source>rule %1: weight must be 1 to 100</source>
        <translation>ルール %1: weight は 1 から 100 でなければなりません</translation>
    </message>
    <message>
        <source>rule %1: "%2" is not a device type</source>
        <translation>ルール %1: 「%2」はデバイスの種類ではありません</translation>
    </message>
    <message>
        <source>rule %1: it concludes nothing (type, maker, model or os)</source>
        <translation>ルール %1: 何も結論しません (type、maker、model、os のいずれも)</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>バイト %1 で JSON が不正です: %2</translation>
    </message>
    <message>
        <source>not a Portolan JSON export (no scanner and results)</source>
        <translation>Portolan の JSON エクスポートではありません (scanner と results がありません)</translation>
    </message>
    <message>
        <source>%1 entries without a valid address, port, protocol or state skipped</source>
        <translation>有効なアドレス、ポート、プロトコル、状態のない %1 件のエントリをスキップしました</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Targets:</source>
        <translation>ターゲット(&amp;T):</translation>
    </message>
    <message>
        <source>Host names, addresses, 10.0.0.0/24, 10.0.0.1-50, ::1 ...</source>
        <translation>ホスト名、アドレス、10.0.0.0/24、10.0.0.1-50、::1 …</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>&amp;Load from File...</source>
        <translation>ファイルから読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>Load targets from file</source>
        <translation>ファイルからターゲットを読み込む</translation>
    </message>
    <message>
        <source>Targets error</source>
        <translation>ターゲットのエラー</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>オプション(&amp;O)</translation>
    </message>
    <message>
        <source>Show scan options</source>
        <translation>スキャンオプションを表示</translation>
    </message>
    <message>
        <source>Ports error</source>
        <translation>ポートのエラー</translation>
    </message>
    <message>
        <source>Scan options</source>
        <translation>スキャンオプション</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>タイムアウト(&amp;I):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds</source>
        <translation>試行ごとのタイムアウト(ミリ秒)</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>再試行(&amp;R):</translation>
    </message>
    <message>
        <source>Retries for ports that do not answer</source>
        <translation>応答しないポートの再試行回数</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>同時接続数(&amp;C):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Connections in flight, 0 for automatic</source>
        <translation>同時接続数(0 で自動)</translation>
    </message>
    <message>
        <source>Grab &amp;banners</source>
        <translation>バナーを取得(&amp;B)</translation>
    </message>
    <message>
        <source>Every &amp;address of a name</source>
        <translation>名前のすべてのアドレス(&amp;A)</translation>
    </message>
    <message>
        <source>List c&amp;losed ports</source>
        <translation>閉じたポートも表示(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>スキャン(&amp;S)</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>スキャンを開始</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>一時停止(&amp;A)</translation>
    </message>
    <message>
        <source>Pause or resume scan</source>
        <translation>スキャンを一時停止または再開</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation>スキャンを停止</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>スキャンの進行状況</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Scanned hosts</source>
        <translation>スキャンしたホスト</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開放</translation>
    </message>
    <message>
        <source>Show open ports</source>
        <translation>開放ポートを表示</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <source>Show filtered ports</source>
        <translation>フィルタされたポートを表示</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>閉鎖</translation>
    </message>
    <message>
        <source>Show closed ports</source>
        <translation>閉じたポートを表示</translation>
    </message>
    <message>
        <source>Search results (Ctrl+F)</source>
        <translation>結果を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>結果を検索</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>表示中の行</translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation>スキャン結果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Load Targets from File...</source>
        <translation>ファイルからターゲットを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export Results...</source>
        <translation>結果をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Shown Rows...</source>
        <translation>表示中の行をエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Address:Port</source>
        <translation>アドレス:ポートをコピー(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Edit &amp;Targets</source>
        <translation>ターゲットを編集(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>Portolan について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Common ports</source>
        <translation>よく使われるポート</translation>
    </message>
    <message>
        <source>Well-known (1-1024)</source>
        <translation>ウェルノウン (1-1024)</translation>
    </message>
    <message>
        <source>All (1-65535)</source>
        <translation>すべて (1-65535)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>About Portolan</source>
        <translation>Portolan について</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Fix the marked field to start the scan.</source>
        <translation>スキャンを開始するには、印の付いた欄を修正してください。</translation>
    </message>
    <message>
        <source>Large scan</source>
        <translation>大規模なスキャン</translation>
    </message>
    <message>
        <source>This scan sends %1 probes (%2 addresses x %3 ports). Start it?</source>
        <translation>このスキャンは %1 個のプローブ (%2 アドレス × %3 ポート) を送信します。開始しますか?</translation>
    </message>
    <message>
        <source>Scan not started.</source>
        <translation>スキャンは開始されませんでした。</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>%1 をスキャン中…</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <source>Paused. Resume with Ctrl+P.</source>
        <translation>一時停止中。Ctrl+P で再開します。</translation>
    </message>
    <message>
        <source>Load Targets</source>
        <translation>ターゲットの読み込み</translation>
    </message>
    <message>
        <source>Target lists (*.txt *.lst *.list);;All files (*)</source>
        <translation>ターゲット一覧 (*.txt *.lst *.list);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export all results to CSV or JSON</source>
        <translation>すべての結果を CSV または JSON にエクスポート</translation>
    </message>
    <message>
        <source>Start the scan</source>
        <translation>スキャンを開始</translation>
    </message>
    <message>
        <source>Pause or resume the scan</source>
        <translation>スキャンを一時停止または再開</translation>
    </message>
    <message>
        <source>Stop the scan, keeping what it found</source>
        <translation>スキャンを停止し、見つかった結果は残す</translation>
    </message>
    <message>
        <source>Tim&amp;ing:</source>
        <translation>タイミング(&amp;I):</translation>
    </message>
    <message>
        <source>Timing preset</source>
        <translation>タイミングのプリセット</translation>
    </message>
    <message>
        <source>Sets the timeout, retries and concurrency beside it, like nmap's -T0 to -T5</source>
        <translation>横のタイムアウト、再試行、同時接続数を nmap の -T0〜-T5 のように設定します</translation>
    </message>
    <message>
        <source>Paranoid (T0)</source>
        <translation>パラノイド (T0)</translation>
    </message>
    <message>
        <source>Sneaky (T1)</source>
        <translation>スニーキー (T1)</translation>
    </message>
    <message>
        <source>Polite (T2)</source>
        <translation>ポライト (T2)</translation>
    </message>
    <message>
        <source>Normal (T3)</source>
        <translation>ノーマル (T3)</translation>
    </message>
    <message>
        <source>Aggressive (T4)</source>
        <translation>アグレッシブ (T4)</translation>
    </message>
    <message>
        <source>Insane (T5)</source>
        <translation>インセイン (T5)</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Host discovery</source>
        <translation>ホスト検出</translation>
    </message>
    <message>
        <source>Blocks, ranges and target files: scan only the hosts that answer a ping or a connect, or every address (-Pn). Hosts typed one by one are always scanned.</source>
        <translation>ブロック、範囲、ターゲットファイル: ping または接続に応答したホストだけをスキャンするか、すべてのアドレスをスキャンします (-Pn)。個別に入力したホストは常にスキャンします。</translation>
    </message>
    <message>
        <source>Scan live hosts</source>
        <translation>稼働中のホストをスキャン</translation>
    </message>
    <message>
        <source>Scan every address</source>
        <translation>すべてのアドレスをスキャン</translation>
    </message>
    <message>
        <source>Find &amp;Live Hosts</source>
        <translation>稼働中のホストを検出(&amp;L)</translation>
    </message>
    <message>
        <source>Find which hosts of the targets are up, without scanning their ports</source>
        <translation>ポートはスキャンせず、ターゲットのどのホストが稼働しているかを調べます</translation>
    </message>
    <message>
        <source>Show &amp;Down Hosts</source>
        <translation>停止中のホストを表示(&amp;D)</translation>
    </message>
    <message>
        <source>List the hosts that did not answer in the hosts pane</source>
        <translation>応答しなかったホストをホスト一覧に表示します</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>履歴:</translation>
    </message>
    <message>
        <source>Sa&amp;ve every scan</source>
        <translation>すべてのスキャンを保存(&amp;V)</translation>
    </message>
    <message>
        <source>Keep each finished or stopped scan in the history, to open and compare later</source>
        <translation>完了または停止した各スキャンを履歴に保存し、後で開いて比較できるようにする</translation>
    </message>
    <message>
        <source>Ke&amp;ep:</source>
        <translation>保持(&amp;E):</translation>
    </message>
    <message>
        <source> scans</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>How many scans the history keeps; older ones are deleted</source>
        <translation>履歴に保持するスキャンの数。古いものは削除されます</translation>
    </message>
    <message>
        <source>%1 - Portolan (read-only)</source>
        <translation>%1 - Portolan (読み取り専用)</translation>
    </message>
    <message>
        <source>Detect services and versio&amp;ns</source>
        <translation>サービスとバージョンを検出(&amp;N)</translation>
    </message>
    <message>
        <source>Ask each open port what it runs (greetings, HTTP, TLS certificates, Redis, databases, ...), like nmap -sV; otherwise the service is guessed from the port number</source>
        <translation>開いている各ポートに何が動いているかを問い合わせます（グリーティング、HTTP、TLS 証明書、Redis、データベースなど、nmap -sV と同様）。オフの場合はポート番号からサービスを推測します</translation>
    </message>
    <message>
        <source> ms per port</source>
        <translation> ms/ポート</translation>
    </message>
    <message>
        <source>The most time service detection spends on one port</source>
        <translation>サービス検出が 1 つのポートに費やす最大時間</translation>
    </message>
    <message>
        <source> per host</source>
        <translation> /ホスト</translation>
    </message>
    <message>
        <source>Service detection's connections to one host at once</source>
        <translation>サービス検出が 1 つのホストに同時に張る接続数</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <source>Scan TCP ports, UDP ports or both (Alt+U). Ports typed with T: or U: (U:53,161) keep their protocol.</source>
        <translation>TCP ポート、UDP ポート、またはその両方をスキャンします (Alt+U)。T: や U: を付けて入力したポート (U:53,161) はそのプロトコルのままです。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Open|filtered</source>
        <translation>開放|フィルタ</translation>
    </message>
    <message>
        <source>UDP ports that stayed silent: open, or a firewall dropped the probe</source>
        <translation>応答のなかった UDP ポート: 開放されているか、ファイアウォールがプローブを破棄しました</translation>
    </message>
    <message>
        <source>Show open|filtered ports</source>
        <translation>開放|フィルタのポートを表示</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;A fast, accurate TCP and UDP port scanner.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Scan only hosts you are allowed to test.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;高速で正確な TCP・UDP ポートスキャナー。&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン 3 以降の下でライセンスされています。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされ、Qt %3 で動作しています。&lt;/p&gt;&lt;p&gt;テストを許可されたホストのみをスキャンしてください。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NmapXmlReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>%1="%2" is not a number up to %3</source>
        <translation>%1="%2" は %3 以下の数ではありません</translation>
    </message>
    <message>
        <source>port 0</source>
        <translation>ポート 0</translation>
    </message>
    <message>
        <source>not an nmap XML file (no nmaprun element)</source>
        <translation>nmap の XML ファイルではありません (nmaprun 要素がありません)</translation>
    </message>
    <message>
        <source>the %1 part of the scan skipped</source>
        <translation>スキャンの %1 部分を省略しました</translation>
    </message>
    <message>
        <source>"%1" is not an IP address</source>
        <translation>"%1" は IP アドレスではありません</translation>
    </message>
    <message>
        <source>%1 ports not listed one by one skipped</source>
        <translation>個別に列挙されていない %1 ポートを省略しました</translation>
    </message>
    <message>
        <source>ports before the host's address</source>
        <translation>ホストのアドレスより前にポートがあります</translation>
    </message>
    <message>
        <source>ports in state %1 skipped</source>
        <translation>状態 %1 のポートを省略しました</translation>
    </message>
    <message>
        <source>elapsed="%1" is not a duration</source>
        <translation>elapsed="%1" は時間の長さではありません</translation>
    </message>
    <message>
        <source>OS matches and traceroutes skipped</source>
        <translation>OS の判定と traceroute を省略しました</translation>
    </message>
    <message>
        <source>a host without an IP address</source>
        <translation>IP アドレスのないホスト</translation>
    </message>
    <message>
        <source>entity declarations are not allowed</source>
        <translation>エンティティ宣言は許可されていません</translation>
    </message>
    <message>
        <source>unknown entity &amp;%1;</source>
        <translation>不明なエンティティ &amp;%1;</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>要素の入れ子が %1 段より深いです</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 回)</translation>
    </message>
    <message>
        <source>%1 ports skipped (Portolan scans TCP and UDP)</source>
        <translation>%1 個のポートをスキップしました (Portolan がスキャンするのは TCP と UDP です)</translation>
    </message>
    <message>
        <source>reasons from something other than an IP address skipped</source>
        <translation>IP アドレス以外から来た理由をスキップしました</translation>
    </message>
</context>
<context>
    <name>OpenerCommand</name>
    <message>
        <source>unknown placeholder {%1}: use {address}, {port} or {host}</source>
        <translation>不明なプレースホルダー {%1}: {address}、{port}、{host} を使ってください</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Connect with netcat</source>
        <translation>netcat で接続</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引用符が閉じていません</translation>
    </message>
    <message>
        <source>no program given</source>
        <translation>プログラムが指定されていません</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Banners come from TCP connections: this scan has no TCP ports</source>
        <translation>バナーは TCP 接続から得られます: このスキャンには TCP ポートがありません</translation>
    </message>
</context>
<context>
    <name>PendingScans</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a scan kept by Portolan: %2</source>
        <translation>%1 は Portolan が保管したスキャンではありません: %2</translation>
    </message>
    <message>
        <source>scan %1 was written, but %2 cannot be removed: remove it by hand</source>
        <translation>スキャン %1 は書き込みましたが、%2 を削除できません: 手動で削除してください</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) kept while %1 was away written there now.</source>
        <translation>
            <numerusform>%1 が使えない間に保管した %n 件のスキャンを今書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>scans kept while %1 was away could not be written yet: %2</source>
        <translation>%1 が使えない間に保管したスキャンはまだ書き込めません: %2</translation>
    </message>
    <message>
        <source>%1, and keeping the scan here failed too: %2</source>
        <translation>%1。さらにスキャンをここに保管することにも失敗しました: %2</translation>
    </message>
    <message>
        <source>%1; the scan is kept in %2 until "portolan-cli store flush" writes it to %3</source>
        <translation>%1。スキャンは「portolan-cli store flush」が %3 に書き込むまで %2 に保管されます</translation>
    </message>
    <message>
        <source>%1 refused this scanner: %2; the scan is kept in %3 ("portolan-cli store flush" writes it there once that is put right)</source>
        <translation>%1 はこのスキャナーを拒否しました: %2。スキャンは %3 に保管されます (これが解決したら「portolan-cli store flush」がそこに書き込みます)</translation>
    </message>
</context>
<context>
    <name>PgPass</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>PortSpec</name>
    <message>
        <source>no ports given</source>
        <translation>ポートが指定されていません</translation>
    </message>
    <message>
        <source>empty entry in the port list</source>
        <translation>ポート一覧に空の項目があります</translation>
    </message>
    <message>
        <source>invalid port range "%1": ports are 1 to 65535</source>
        <translation>無効なポート範囲「%1」: ポートは 1 から 65535 です</translation>
    </message>
    <message>
        <source>reversed port range "%1"</source>
        <translation>逆順のポート範囲「%1」</translation>
    </message>
    <message>
        <source>invalid port "%1": ports are 1 to 65535</source>
        <translation>無効なポート「%1」: ポートは 1 から 65535 です</translation>
    </message>
    <message>
        <source>unknown port or service "%1"</source>
        <translation>不明なポートまたはサービス「%1」</translation>
    </message>
    <message>
        <source>unknown UDP port or service "%1"</source>
        <translation>不明な UDP ポートまたはサービス「%1」</translation>
    </message>
    <message>
        <source>unknown protocol prefix in "%1": use T: for TCP or U: for UDP</source>
        <translation>「%1」のプロトコル接頭辞が不明です: TCP には T:、UDP には U: を使ってください</translation>
    </message>
    <message>
        <source>no ports after "%1"</source>
        <translation>「%1」の後にポートがありません</translation>
    </message>
    <message>
        <source>"%1" names UDP ports, but only TCP was asked for</source>
        <translation>「%1」は UDP ポートを指していますが、TCP だけが指定されています</translation>
    </message>
    <message>
        <source>"%1" names TCP ports, but only UDP was asked for</source>
        <translation>「%1」は TCP ポートを指していますが、UDP だけが指定されています</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>%1 を非公開にできません: %2</translation>
    </message>
    <message>
        <source>%1 was readable by other users (mode %2): now by you alone (%3)</source>
        <translation>%1 は他のユーザーが読める状態でした (モード %2): 今はあなただけが読めます (%3)</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot make the folder %1: %2</source>
        <translation>フォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>%1 を起動できませんでした（インストールされていますか？）</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n 行をコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export Shown Rows</source>
        <translation>表示中の行をエクスポート</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>結果をエクスポート</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>%1

Any earlier file at that path is unchanged.</source>
        <translation>%1

そのパスにある既存のファイルは変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n 行を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポート中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>%n 行をエクスポート中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; any earlier file at %1 is unchanged.</source>
        <translation>エクスポートを取り消しました。%1 にあった以前のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>nmap XML files (*.xml)</source>
        <translation>nmap XML ファイル (*.xml)</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>%1, %2 ms latency</source>
        <translation>%1、遅延 %2 ms</translation>
    </message>
    <message>
        <source>Host is up (%1).</source>
        <translation>ホストは稼働中です (%1)。</translation>
    </message>
    <message>
        <source>Host is down (%1).</source>
        <translation>ホストは停止しています (%1)。</translation>
    </message>
    <message>
        <source>Host not known to be up (%1).</source>
        <translation>ホストが稼働中かどうかは不明です (%1)。</translation>
    </message>
    <message>
        <source>Hosts: %1 up, %2 down, %3 addresses in all</source>
        <translation>ホスト: 稼働 %1、停止 %2、全 %3 アドレス</translation>
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
            <numerusform>%1 ポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 host(s)</source>
        <translation>
            <numerusform>%1 台のホスト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%2 行中 %1 行</translation>
    </message>
</context>
<context>
    <name>ScanArchive</name>
    <message>
        <source>The scan was not kept in the history: %1</source>
        <translation>スキャンは履歴に保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Could not delete from the history: %1</source>
        <translation>履歴から削除できませんでした: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Open Scan</source>
        <translation>スキャンを開く</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> Skipped: %1</source>
        <translation> スキップ: %1</translation>
    </message>
    <message>
        <source>Opened %1 (read-only).</source>
        <translation>%1 を開きました (読み取り専用)。</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Scan…</source>
        <translation>スキャンを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved scan (Portolan JSON or nmap XML), read-only</source>
        <translation>保存されたスキャン (Portolan JSON または nmap XML) を読み取り専用で開く</translation>
    </message>
    <message>
        <source>Compare &amp;With File…</source>
        <translation>ファイルと比較(&amp;W)…</translation>
    </message>
    <message>
        <source>Show what changed between a saved scan and the one in the table</source>
        <translation>保存されたスキャンと表のスキャンの間の変更を表示</translation>
    </message>
    <message>
        <source>&amp;Rescan and Compare</source>
        <translation>再スキャンして比較(&amp;R)</translation>
    </message>
    <message>
        <source>Run the shown scan again and show what changed</source>
        <translation>表示中のスキャンを再実行し、変更を表示</translation>
    </message>
    <message>
        <source>the scan of %1</source>
        <translation>%1 のスキャン</translation>
    </message>
    <message>
        <source>Showing the saved scan of %1 from %2 (read-only).</source>
        <translation>%2 の %1 の保存済みスキャンを表示中 (読み取り専用)。</translation>
    </message>
    <message>
        <source>Scans (*.json *.xml);;Portolan JSON (*.json);;nmap XML (*.xml);;All files (*)</source>
        <translation>スキャン (*.json *.xml);;Portolan JSON (*.json);;nmap XML (*.xml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Compare With File</source>
        <translation>ファイルと比較</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>比較中…</translation>
    </message>
    <message>
        <source>Compared: no changes.</source>
        <translation>比較: 変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Compared: %n change(s).</source>
        <translation>
            <numerusform>比較: %n 件の変更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Scans</source>
        <translation>スキャンを削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scan(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>%n 件のスキャンを履歴から削除しますか? 元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>デバイス(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ScanDiff</name>
    <message>
        <source>Old: %1
New: %2
</source>
        <translation>旧: %1
新: %2
</translation>
    </message>
    <message>
        <source>+ %1 is up, not in the old scan
</source>
        <translation>+ %1 は稼働中 (旧スキャンにはなし)
</translation>
    </message>
    <message>
        <source>+ %1 is up, was %2
</source>
        <translation>+ %1 は稼働中 (以前は %2)
</translation>
    </message>
    <message>
        <source>- %1 is not in the new scan, was up
</source>
        <translation>- %1 は新スキャンにありません (以前は稼働中)
</translation>
    </message>
    <message>
        <source>- %1 is %2, was up
</source>
        <translation>- %1 は %2 (以前は稼働中)
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
        <translation>%1 バナー "%2" (以前は "%3")</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 以前は %2</translation>
    </message>
    <message>
        <source>%1 %2, was %3</source>
        <translation>%1 %2 (以前は %3)</translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>変化はありません。
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).
</source>
        <translation>
            <numerusform>%n 件の変化。
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1 (開始 %2)</translation>
    </message>
</context>
<context>
    <name>ScanFile</name>
    <message>
        <source>neither a Portolan JSON export nor nmap XML</source>
        <translation>Portolan の JSON エクスポートでも nmap の XML でもありません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 GiB</source>
        <translation>%1 は %2 GiB より大きいです</translation>
    </message>
</context>
<context>
    <name>ScanForm</name>
    <message numerus="yes">
        <source>Loaded %n target(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 個のターゲットを読み込みました。</numerusform>
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
        <translation>TCP と UDP</translation>
    </message>
    <message numerus="yes">
        <source>%n common UDP port(s)</source>
        <translation><numerusform>よく使われる UDP ポート %n 個</numerusform></translation>
    </message>
    <message>
        <source>%1 common TCP ports and %2 common UDP ports</source>
        <translation>よく使われる TCP ポート %1 個と UDP ポート %2 個</translation>
    </message>
    <message numerus="yes">
        <source>%n common TCP port(s)</source>
        <translation><numerusform>よく使われる TCP ポート %n 個</numerusform></translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>cannot resolve %1: unknown host</source>
        <translation>%1 を解決できません: 不明なホスト</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 を解決できません: %2</translation>
    </message>
</context>
<context>
    <name>ScanOptionsJson</name>
    <message>
        <source>the option %1 must be a whole number from %2 to %3</source>
        <translation>オプション %1 は %2 から %3 の整数でなければなりません</translation>
    </message>
    <message>
        <source>the option %1 must be true or false</source>
        <translation>オプション %1 は true か false でなければなりません</translation>
    </message>
    <message>
        <source>the option discovery must be automatic, skip or only</source>
        <translation>オプション discovery は automatic、skip、only のいずれかです</translation>
    </message>
    <message>
        <source>the option discovery_ports must be a list of at most %1 ports</source>
        <translation>オプション discovery_ports は最大 %1 個のポートのリストです</translation>
    </message>
    <message>
        <source>the option discovery_ports holds a port that is not 1-65535</source>
        <translation>オプション discovery_ports に 1-65535 以外のポートがあります</translation>
    </message>
    <message>
        <source>the option snmp_community must be text of at most 255 bytes</source>
        <translation>オプション snmp_community は 255 バイト以下のテキストでなければなりません</translation>
    </message>
</context>
<context>
    <name>ScanResultModel</name>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>遅延 (ms)</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>バナー</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>%1: detected by what the port said (confidence %2 of 10)</source>
        <translation>%1: ポートの応答から検出（信頼度 %2/10）</translation>
    </message>
    <message>
        <source>%1: guessed from the port number</source>
        <translation>%1: ポート番号から推測</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>製品: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1、%2</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2%3</source>
        <translation>証明書: %1、発行者 %2%3</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (自己署名)</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>有効期限: %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>%1 from %2, not from the target</source>
        <translation>%1 (送信元 %2、ターゲットではありません)</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>%1 open, %2 filtered, %3 closed</source>
        <translation>開放 %1、フィルタ %2、閉鎖 %3</translation>
    </message>
    <message>
        <source>%1 probes/s</source>
        <translation>%1 プローブ/秒</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>ETA --</source>
        <translation>残り --</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (停止)</translation>
    </message>
    <message>
        <source> - stopped by an error: %1</source>
        <translation> - エラーで停止: %1</translation>
    </message>
    <message>
        <source> - not scanned: %1</source>
        <translation> - スキャンされなかったもの: %1</translation>
    </message>
    <message>
        <source>discovery %1 of %2 hosts, %3 up</source>
        <translation>検出 %1/%2 ホスト、稼働 %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln host(s) up</source>
        <translation>
            <numerusform>稼働ホスト %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detecting services: %Ln port(s) left</source>
        <translation>
            <numerusform>サービスを検出中: 残り %Ln ポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln live host(s) of %1 in %2</source>
        <translation>
            <numerusform>%1 台中 %Ln 台の稼働ホストを %2 で検出</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed</source>
        <translation>%2 の %1 を %3 でスキャンしました: 開放 %4、フィルタ %5、閉鎖 %6</translation>
    </message>
    <message>
        <source>%1 open, %2 filtered, %3 open|filtered, %4 closed</source>
        <translation>開放 %1、フィルタ %2、開放|フィルタ %3、閉鎖 %4</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s)</source>
        <translation><numerusform>閉じた UDP ポート %n 個を確認中</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation><numerusform>残り約 %n 秒</numerusform></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
    <message numerus="yes">
        <source>Confirming %n closed UDP port(s) (%1)</source>
        <translation><numerusform>閉じた UDP ポート %n 個を確認中 (%1)</numerusform></translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4</source>
        <translation>%2 の %1 を %3 でスキャンしました: %4</translation>
    </message>
</context>
<context>
    <name>ScannerName</name>
    <message>
        <source>a scanner's name cannot be empty</source>
        <translation>スキャナー名を空にはできません</translation>
    </message>
    <message>
        <source>a scanner's name is at most 64 characters</source>
        <translation>スキャナー名は 64 文字以内です</translation>
    </message>
    <message>
        <source>a scanner's name cannot start or end with a space</source>
        <translation>スキャナー名の先頭や末尾に空白は使えません</translation>
    </message>
    <message>
        <source>a scanner's name cannot hold a control character</source>
        <translation>スキャナー名に制御文字は使えません</translation>
    </message>
</context>
<context>
    <name>ServiceInfo</name>
    <message>
        <source>certificate expired %1</source>
        <translation>証明書は %1 に期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>certificate expires in %n day(s)</source>
        <translation>
            <numerusform>証明書はあと %n 日で期限切れ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceOpeners</name>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>ブラウザーで開く(&amp;B)</translation>
    </message>
    <message>
        <source>Copy SS&amp;H Command</source>
        <translation>SSH コマンドをコピー(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;With</source>
        <translation>プログラムから開く(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Edit Openers…</source>
        <translation>オープナーを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>%1 を開けるブラウザーがありません。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>コピーしました: %1</translation>
    </message>
    <message>
        <source>Could not run "%1": %2</source>
        <translation>「%1」を実行できませんでした: %2</translation>
    </message>
    <message>
        <source>Started "%1" for %2 port %3.</source>
        <translation>%2 のポート %3 に対して「%1」を起動しました。</translation>
    </message>
    <message>
        <source>One opener per line: a name, "=", then the program and its arguments. {address}, {port} and {host} are filled in; no shell runs them.</source>
        <translation>1 行に 1 つ: 名前、「=」、続いてプログラムと引数。{address}、{port}、{host} は置き換えられます。シェルは使いません。</translation>
    </message>
    <message>
        <source>Openers</source>
        <translation>オープナー</translation>
    </message>
    <message>
        <source>Line %1 has no name before "=".</source>
        <translation>%1 行目の「=」の前に名前がありません。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>%1 行目 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n opener(s) saved.</source>
        <translation>
            <numerusform>%n 個のオープナーを保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>the source has no table %1</source>
        <translation>コピー元にテーブル %1 がありません</translation>
    </message>
    <message>
        <source>%1 is not empty (%2): a store is copied into a new, empty one</source>
        <translation>%1 は空ではありません (%2): ストアは新しい空のストアにコピーします</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 in the copy; nothing was written</source>
        <translation>%1: コピー元 %2 行、コピー %3 行。何も書き込んでいません</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>History Store</source>
        <translation>履歴ストア</translation>
    </message>
    <message>
        <source>Where Portolan keeps the history of scans, the devices and the watches. Several scanners can share one PostgreSQL database.</source>
        <translation>Portolan がスキャン履歴、デバイス、監視を保存する場所です。複数のスキャナーで一つの PostgreSQL データベースを共有できます。</translation>
    </message>
    <message>
        <source>&amp;This computer (%1)</source>
        <translation>このコンピューター(&amp;T) (%1)</translation>
    </message>
    <message>
        <source>Another &amp;file:</source>
        <translation>別のファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server:</source>
        <translation>PostgreSQL サーバー(&amp;P):</translation>
    </message>
    <message>
        <source>db.example.org, an address, or a socket folder</source>
        <translation>db.example.org、アドレス、またはソケットのフォルダー</translation>
    </message>
    <message>
        <source>5432 (the default)</source>
        <translation>5432 (既定)</translation>
    </message>
    <message>
        <source>empty: from %1</source>
        <translation>空欄: %1 から</translation>
    </message>
    <message>
        <source>&amp;Remember it in %1 (readable by you only)</source>
        <translation>%1 に保存する(&amp;R) (あなただけが読めます)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>The name this Portolan's scans, devices and watches carry in a shared store; empty: this computer's name</source>
        <translation>共有ストアでこの Portolan のスキャン、デバイス、監視に付く名前。空欄ならこのコンピューターの名前</translation>
    </message>
    <message>
        <source>&amp;Scanner name:</source>
        <translation>スキャナー名(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>History File</source>
        <translation>履歴ファイル</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Connected: the store is ready.</source>
        <translation>接続しました: ストアは使用できます。</translation>
    </message>
    <message>
        <source>Cannot use it: %1</source>
        <translation>使用できません: %1</translation>
    </message>
    <message>
        <source>Give the history file's path.</source>
        <translation>履歴ファイルのパスを入力してください。</translation>
    </message>
    <message>
        <source>Give the server's host.</source>
        <translation>サーバーのホストを入力してください。</translation>
    </message>
    <message>
        <source>Give the database.</source>
        <translation>データベースを入力してください。</translation>
    </message>
    <message>
        <source>Give the user.</source>
        <translation>ユーザーを入力してください。</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>接続中...</translation>
    </message>
    <message>
        <source>Portolan uses the new store and scanner name from its next start.</source>
        <translation>新しいストアとスキャナー名は次回の起動から使われます。</translation>
    </message>
    <message>
        <source>The password is not saved: then it must be in %1.</source>
        <translation>パスワードは保存されません。その場合は %1 に必要です。</translation>
    </message>
    <message>
        <source>History &amp;Store...</source>
        <translation>履歴ストア(&amp;S)...</translation>
    </message>
    <message>
        <source>empty: the client certificate, or %1</source>
        <translation>空欄: クライアント証明書、または %1</translation>
    </message>
    <message>
        <source>Connected: the store is ready, but whether it is encrypted cannot be read: %1</source>
        <translation>接続しました: ストアは使用できますが、暗号化されているかどうかを読み取れません: %1</translation>
    </message>
    <message>
        <source>Connected as %1: the store is ready.</source>
        <translation>%1 として接続しました: ストアは使用できます。</translation>
    </message>
    <message>
        <source>Not encrypted, and the server's identity was not checked.</source>
        <translation>暗号化されておらず、サーバーの身元も確認されていません。</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only).</source>
        <translation>暗号化なし (このコンピューターのみ)。</translation>
    </message>
    <message>
        <source>Encrypted (%1); the server's certificate and name were checked.</source>
        <translation>暗号化あり (%1)。サーバーの証明書と名前を確認しました。</translation>
    </message>
    <message>
        <source>Encrypted (%1), but the server's identity was not checked.</source>
        <translation>暗号化あり (%1)。ただしサーバーの身元は確認されていません。</translation>
    </message>
</context>
<context>
    <name>StoreRoles</name>
    <message>
        <source>the store has no tables yet: open it once (portolan-cli store status) as its owner first</source>
        <translation>ストアにはまだテーブルがありません: 先に所有者として一度開いてください (portolan-cli store status)</translation>
    </message>
    <message>
        <source>a role's name is at most 63 bytes (PostgreSQL's limit)</source>
        <translation>ロール名は 63 バイト以内です (PostgreSQL の制限)</translation>
    </message>
    <message>
        <source>names starting with pg_ are PostgreSQL's own</source>
        <translation>pg_ で始まる名前は PostgreSQL 自身のものです</translation>
    </message>
    <message>
        <source>"%1" is a word PostgreSQL keeps for itself</source>
        <translation>「%1」は PostgreSQL が予約している語です</translation>
    </message>
    <message>
        <source>"%1" is not a role this store made (see portolan-cli store roles)</source>
        <translation>「%1」はこのストアが作成したロールではありません (portolan-cli store roles を参照)</translation>
    </message>
    <message>
        <source>this store's login is the role of scanner "%1", which may write only its own rows: the scanner "%2" is refused (leave --scanner out, or give %1)</source>
        <translation>このストアのログインはスキャナー「%1」のロールで、自分の行しか書き込めません: スキャナー「%2」は拒否されます (--scanner を省くか、%1 を指定してください)</translation>
    </message>
</context>
<context>
    <name>StoreTlsFields</name>
    <message>
        <source>none: the server's identity is not checked</source>
        <translation>なし: サーバーの身元は確認されません</translation>
    </message>
    <message>
        <source>The file of the certificate authority (CA) the server's certificate must come from. With it, the server's certificate and its name are checked (sslmode=verify-full).</source>
        <translation>サーバーの証明書の発行元でなければならない認証局 (CA) のファイル。これがあると、サーバーの証明書と名前を確認します (sslmode=verify-full)。</translation>
    </message>
    <message>
        <source>none: log in with the password</source>
        <translation>なし: パスワードでログイン</translation>
    </message>
    <message>
        <source>A client certificate logs this scanner in instead of a password. It needs its key too.</source>
        <translation>パスワードの代わりにクライアント証明書でこのスキャナーをログインさせます。証明書の鍵も必要です。</translation>
    </message>
    <message>
        <source>The private key of the client certificate (readable by you only). The certificate and its key are given together.</source>
        <translation>クライアント証明書の秘密鍵 (あなただけが読めます)。証明書と鍵は一緒に指定します。</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>証明書 (*.crt *.pem *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>CA File</source>
        <translation>CA ファイル</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>クライアント鍵</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>鍵 (*.key *.pem);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>CA ファイル(&amp;A):</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>クライアント証明書(&amp;E):</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>クライアント鍵(&amp;K):</translation>
    </message>
    <message>
        <source>Give the client certificate's key, or no certificate.</source>
        <translation>クライアント証明書の鍵を入力するか、証明書を空欄にしてください。</translation>
    </message>
    <message>
        <source>Give the client certificate of that key, or no key.</source>
        <translation>その鍵のクライアント証明書を入力するか、鍵を空欄にしてください。</translation>
    </message>
    <message>
        <source>The server's certificate and name will be checked.</source>
        <translation>サーバーの証明書と名前を確認します。</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>the store is empty: give sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>保存先が空です: sqlite:PATH または postgresql://USER@HOST/DB を指定してください</translation>
    </message>
    <message>
        <source>sqlite: needs the path of the file</source>
        <translation>sqlite: にはファイルのパスが必要です</translation>
    </message>
    <message>
        <source>unknown kind of store "%1": give sqlite:PATH or postgresql://USER@HOST/DB</source>
        <translation>不明な保存先の種類「%1」: sqlite:PATH または postgresql://USER@HOST/DB を指定してください</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>有効な PostgreSQL URL ではありません: %1</translation>
    </message>
    <message>
        <source>the PostgreSQL port must be 1 to 65535</source>
        <translation>PostgreSQL のポートは 1 から 65535 でなければなりません</translation>
    </message>
    <message>
        <source>the PostgreSQL URL needs one database name after the host (postgresql://USER@HOST/DB)</source>
        <translation>PostgreSQL URL にはホストの後にデータベース名が 1 つ必要です (postgresql://USER@HOST/DB)</translation>
    </message>
    <message>
        <source>the PostgreSQL URL needs a user (postgresql://USER@HOST/DB)</source>
        <translation>PostgreSQL URL にはユーザーが必要です (postgresql://USER@HOST/DB)</translation>
    </message>
    <message>
        <source>unknown parameter "%1" in the PostgreSQL URL (known: host, sslmode, sslrootcert, sslcert, sslkey)</source>
        <translation>PostgreSQL URL のパラメーター「%1」は不明です (既知: host、sslmode、sslrootcert、sslcert、sslkey)</translation>
    </message>
    <message>
        <source>%1 cannot hold ; ' or \ in a PostgreSQL URL</source>
        <translation>PostgreSQL URL の %1 に ; ' や \ は使えません</translation>
    </message>
    <message>
        <source>unknown sslmode "%1": expected one of %2</source>
        <translation>sslmode「%1」は不明です: %2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>a client certificate needs both sslcert and sslkey</source>
        <translation>クライアント証明書には sslcert と sslkey の両方が必要です</translation>
    </message>
    <message>
        <source>The server's certificate is checked against the CA file, but not its name (sslmode=verify-ca).</source>
        <translation>サーバーの証明書は CA ファイルで確認しますが、名前は確認しません (sslmode=verify-ca)。</translation>
    </message>
    <message>
        <source>The connection is encrypted, but the server's identity is not checked: give the CA file that signed its certificate (sslrootcert).</source>
        <translation>接続は暗号化されていますが、サーバーの身元は確認されません: その証明書に署名した CA ファイルを指定してください (sslrootcert)。</translation>
    </message>
    <message>
        <source>The connection may not be encrypted and the server's identity is not checked (sslmode=%1).</source>
        <translation>接続は暗号化されない可能性があり、サーバーの身元も確認されません (sslmode=%1)。</translation>
    </message>
</context>
<context>
    <name>TargetSpec</name>
    <message>
        <source>malformed IPv6 address "%1"</source>
        <translation>不正な IPv6 アドレス「%1」</translation>
    </message>
    <message>
        <source>malformed IPv6 block "%1"</source>
        <translation>不正な IPv6 ブロック「%1」</translation>
    </message>
    <message>
        <source>block "%1" is too large: the largest IPv6 block is /104</source>
        <translation>ブロック「%1」は大きすぎます: IPv6 ブロックの上限は /104 です</translation>
    </message>
    <message>
        <source>malformed IPv4 block "%1"</source>
        <translation>不正な IPv4 ブロック「%1」</translation>
    </message>
    <message>
        <source>block "%1" is too large: the largest IPv4 block is /8</source>
        <translation>ブロック「%1」は大きすぎます: IPv4 ブロックの上限は /8 です</translation>
    </message>
    <message>
        <source>malformed IPv4 range "%1"</source>
        <translation>不正な IPv4 範囲「%1」</translation>
    </message>
    <message>
        <source>reversed IPv4 range "%1"</source>
        <translation>逆順の IPv4 範囲「%1」</translation>
    </message>
    <message>
        <source>range "%1" is too large: at most 16777216 addresses</source>
        <translation>範囲「%1」は大きすぎます: 最大 16777216 アドレスです</translation>
    </message>
    <message>
        <source>malformed IPv4 address "%1"</source>
        <translation>不正な IPv4 アドレス「%1」</translation>
    </message>
    <message>
        <source>invalid target "%1"</source>
        <translation>無効なターゲット「%1」</translation>
    </message>
    <message>
        <source>no targets given</source>
        <translation>ターゲットが指定されていません</translation>
    </message>
    <message>
        <source>cannot read target file "%1": %2</source>
        <translation>ターゲットファイル「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>target file "%1" holds no targets</source>
        <translation>ターゲットファイル「%1」にターゲットがありません</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>Scan report for %1
</source>
        <translation>%1 のスキャン結果
</translation>
    </message>
    <message>
        <source>Scan report for %1 (%2)
</source>
        <translation>%1 (%2) のスキャン結果
</translation>
    </message>
    <message>
        <source>Names: %1
</source>
        <translation>名前: %1
</translation>
    </message>
    <message>
        <source>MAC address: %1
</source>
        <translation>MAC アドレス: %1
</translation>
    </message>
    <message>
        <source>MAC address: %1 (%2)
</source>
        <translation>MAC アドレス: %1 (%2)
</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Not shown: %1 closed ports
</source>
        <translation>非表示: 閉じたポート %1 個
</translation>
    </message>
    <message>
        <source>Not scanned: %1
</source>
        <translation>スキャンされず: %1
</translation>
    </message>
    <message>
        <source>%1 dropped probes (a rate limit?): %2 answers came only to a retry; slowed to one probe every %3 ms for it.
</source>
        <translation>%1 はプローブを破棄しました (レート制限?): %2 件の応答は再試行にだけ返りました。このホストには %3 ミリ秒ごとに 1 つのプローブへ減速しました。
</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (停止)</translation>
    </message>
    <message>
        <source>Note: it accepted a connection on every port probed (a firewall or tarpit answering for it); only the open ports whose service was detected are listed.
</source>
        <translation>注意: 調べたすべてのポートで接続を受け付けました (ファイアウォールまたはターピットが代わりに応答しています)。サービスを検出できた開いているポートだけを一覧にしています。
</translation>
    </message>
    <message>
        <source>Not shown: %1 open ports of a host that answers on every port
</source>
        <translation>表示なし: すべてのポートで応答するホストの開いているポート %1 個
</translation>
    </message>
    <message>
        <source>Probed %1 for being up in %2%3
</source>
        <translation>%1 の稼働確認を %2 で実施%3
</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 (送信元 %2)</translation>
    </message>
    <message>
        <source>Not shown: %1 closed TCP ports
</source>
        <translation>非表示: 閉じた TCP ポート %1 個
</translation>
    </message>
    <message>
        <source>Not shown: %1 closed UDP ports
</source>
        <translation>非表示: 閉じた UDP ポート %1 個
</translation>
    </message>
    <message>
        <source>, %1 open|filtered</source>
        <translation>、開放|フィルタ %1</translation>
    </message>
    <message>
        <source>Scanned %1 on %2 in %3: %4 open, %5 filtered, %6 closed%7%8
</source>
        <translation>%2 の %1 を %3 でスキャンしました: 開放 %4、フィルタ %5、閉鎖 %6%7%8
</translation>
    </message>
</context>
<context>
    <name>UdpScanWorker</name>
    <message>
        <source>UDP scan: %1</source>
        <translation>UDP スキャン: %1</translation>
    </message>
</context>
<context>
    <name>UpnpDescription</name>
    <message>
        <source>the description is longer than %1 bytes</source>
        <translation>記述が %1 バイトを超えています</translation>
    </message>
    <message>
        <source>the description declares a DTD</source>
        <translation>記述が DTD を宣言しています</translation>
    </message>
    <message>
        <source>the description is not XML: %1</source>
        <translation>記述が XML ではありません: %1</translation>
    </message>
    <message>
        <source>no UPnP root device in the description</source>
        <translation>記述に UPnP のルートデバイスがありません</translation>
    </message>
</context>
<context>
    <name>WatchCenter</name>
    <message>
        <source>Watches</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Watch %1 is running…</source>
        <translation>監視 %1 を実行中…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Remove Watch</source>
        <translation>監視の削除</translation>
    </message>
    <message>
        <source>Remove the watch %1? Its events go with it.</source>
        <translation>監視 %1 を削除しますか? そのイベントも削除されます。</translation>
    </message>
    <message>
        <source>&amp;Watch This Scan…</source>
        <translation>このスキャンを監視(&amp;W)…</translation>
    </message>
    <message>
        <source>Run this scan again every interval and say what changed</source>
        <translation>このスキャンを一定間隔で再実行し、変化を知らせます</translation>
    </message>
    <message>
        <source>Keep Watching in the &amp;Tray</source>
        <translation>トレイで監視を続ける(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>オプション(&amp;O)</translation>
    </message>
    <message>
        <source>After the window closes, the watches go on from the tray</source>
        <translation>ウィンドウを閉じた後も、トレイから監視を続けます</translation>
    </message>
    <message>
        <source>This desktop has no tray: the watches run while the window is open, and the systemd timer runs them without it</source>
        <translation>このデスクトップにはトレイがありません: 監視はウィンドウを開いている間に実行され、ウィンドウなしでは systemd タイマーが実行します</translation>
    </message>
    <message>
        <source>&amp;Watches</source>
        <translation>監視(&amp;W)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>今すぐ実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>監視 %1</translation>
    </message>
    <message>
        <source>Watch %1 added: its first run (the baseline) starts now.</source>
        <translation>監視 %1 を追加しました: 最初の実行 (基準) を今開始します。</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>監視中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Watches: %1</source>
        <translation>監視: %1</translation>
    </message>
    <message>
        <source>Watch %1 failed: %2</source>
        <translation>監視 %1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>Watch %1: first run done, the baseline.</source>
        <translation>監視 %1: 最初の実行 (基準) が終わりました。</translation>
    </message>
    <message numerus="yes">
        <source>Watch %1: %n change(s).</source>
        <translation>
            <numerusform>監視 %1: %n 件の変化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n 件の変化</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Portolan</source>
        <translation>Portolan を表示</translation>
    </message>
    <message>
        <source>Portolan watches %1</source>
        <translation>Portolan は %1 を監視中</translation>
    </message>
    <message>
        <source>
Last change: %1</source>
        <translation>
最後の変化: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>Targets (ports)</source>
        <translation>ターゲット (ポート)</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>前回の実行</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>次回の実行</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Run the selected watch now</source>
        <translation>選択した監視を今すぐ実行</translation>
    </message>
    <message>
        <source>Scanner %1 runs this watch, from its own network</source>
        <translation>この監視はスキャナー %1 が自身のネットワークから実行します</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>A new device</source>
        <translation>新しいデバイス</translation>
    </message>
    <message>
        <source>A device back</source>
        <translation>デバイスの復帰</translation>
    </message>
    <message>
        <source>A device gone</source>
        <translation>デバイスの消失</translation>
    </message>
    <message>
        <source>An address changed</source>
        <translation>アドレスの変更</translation>
    </message>
    <message>
        <source>A port opened</source>
        <translation>ポートが開いた</translation>
    </message>
    <message>
        <source>A port closed</source>
        <translation>ポートが閉じた</translation>
    </message>
    <message>
        <source>A service changed</source>
        <translation>サービスの変更</translation>
    </message>
    <message>
        <source>A certificate expiring</source>
        <translation>証明書の期限切れが近い</translation>
    </message>
    <message>
        <source>Edit Watch</source>
        <translation>監視の編集</translation>
    </message>
    <message>
        <source>Watch This Scan</source>
        <translation>このスキャンを監視</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Scans:</source>
        <translation>スキャン対象:</translation>
    </message>
    <message>
        <source>How often it runs: 15m, 2h, 1d, 1h30m; at least 1m</source>
        <translation>実行の間隔: 15m、2h、1d、1h30m。最短 1m</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>実行間隔(&amp;E):</translation>
    </message>
    <message numerus="yes">
        <source> run(s)</source>
        <translation>
            <numerusform> 回</numerusform>
        </translation>
    </message>
    <message>
        <source>A device counts as gone after missing this many runs in a row</source>
        <translation>この回数続けて見つからないとデバイスを消失とみなします</translation>
    </message>
    <message>
        <source>&amp;Gone after:</source>
        <translation>消失とみなす回数(&amp;G):</translation>
    </message>
    <message>
        <source>Alert on:</source>
        <translation>通知する変化:</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification</source>
        <translation>デスクトップ通知を表示(&amp;N)</translation>
    </message>
    <message>
        <source>a program and its arguments; the events arrive as JSON on its input</source>
        <translation>プログラムと引数。イベントは JSON で標準入力に渡されます</translation>
    </message>
    <message>
        <source>On change, &amp;run:</source>
        <translation>変化時に実行(&amp;R):</translation>
    </message>
    <message>
        <source>There is a watch named "%1" already.</source>
        <translation>"%1" という名前の監視がすでにあります。</translation>
    </message>
    <message>
        <source>A name is letters, digits, spaces and . @ + - _, 64 at most.</source>
        <translation>名前には文字、数字、空白、. @ + - _ を 64 文字まで使えます。</translation>
    </message>
    <message>
        <source>Run every: 15m, 2h, 1d and the like, at least 1m.</source>
        <translation>実行間隔: 15m、2h、1d など。最短 1m。</translation>
    </message>
    <message>
        <source>On change, run: %1</source>
        <translation>変化時に実行: %1</translation>
    </message>
</context>
<context>
    <name>WatchEvent</name>
    <message>
        <source>%1: new device, %2</source>
        <translation>%1: 新しいデバイス、%2</translation>
    </message>
    <message>
        <source>%1: back, %2</source>
        <translation>%1: 復帰、%2</translation>
    </message>
    <message>
        <source>%1: gone</source>
        <translation>%1: 消失</translation>
    </message>
    <message>
        <source>%1: address changed from %2</source>
        <translation>%1: アドレスが %2 から変わりました</translation>
    </message>
    <message>
        <source>%1: port %2 opened</source>
        <translation>%1: ポート %2 が開きました</translation>
    </message>
    <message>
        <source>%1: port %2 opened (%3)</source>
        <translation>%1: ポート %2 が開きました (%3)</translation>
    </message>
    <message>
        <source>%1: port %2 closed</source>
        <translation>%1: ポート %2 が閉じました</translation>
    </message>
    <message>
        <source>%1: port %2 now runs %3 (was %4)</source>
        <translation>%1: ポート %2 は今 %3 (以前は %4)</translation>
    </message>
    <message>
        <source>%1: the certificate on port %2 expires %3</source>
        <translation>%1: ポート %2 の証明書は %3 に期限切れになります</translation>
    </message>
    <message>
        <source>no open ports</source>
        <translation>開いているポートなし</translation>
    </message>
    <message>
        <source>open ports %1</source>
        <translation>開いているポート %1</translation>
    </message>
</context>
<context>
    <name>WatchRunner</name>
    <message>
        <source>the on-change command was stopped after %1 s</source>
        <translation>変化時のコマンドを %1 秒で止めました</translation>
    </message>
    <message>
        <source>the on-change command exited with %1</source>
        <translation>変化時のコマンドが %1 で終了しました</translation>
    </message>
    <message>
        <source>the on-change command crashed</source>
        <translation>変化時のコマンドがクラッシュしました</translation>
    </message>
    <message>
        <source>the on-change command could not start: %1</source>
        <translation>変化時のコマンドを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>the scan did not start</source>
        <translation>スキャンが開始しませんでした</translation>
    </message>
    <message>
        <source>the watch has no targets</source>
        <translation>監視に対象がありません</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>nothing to scan</source>
        <translation>スキャンするものがありません</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n 件の変化</numerusform>
        </translation>
    </message>
    <message>
        <source>no desktop notification: %1</source>
        <translation>デスクトップ通知なし: %1</translation>
    </message>
    <message>
        <source>%1; the scan is kept in %2 until "portolan-cli store flush" writes it</source>
        <translation>%1。スキャンは「portolan-cli store flush」が書き込むまで %2 に保管されます</translation>
    </message>
</context>
<context>
    <name>WatchStore</name>
    <message>
        <source>"%1" cannot name a watch: letters, digits, spaces and . @ + - _, 64 at most</source>
        <translation>"%1" は監視の名前にできません: 文字、数字、空白、. @ + - _ を 64 文字まで</translation>
    </message>
    <message>
        <source>there is a watch named "%1" already</source>
        <translation>"%1" という名前の監視がすでにあります</translation>
    </message>
    <message>
        <source>there is no watch "%1"</source>
        <translation>監視 "%1" はありません</translation>
    </message>
    <message>
        <source>there is no watch "%1" (see portolan-cli watch list)</source>
        <translation>監視 "%1" はありません (portolan-cli watch list を参照)</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>通知: %1</translation>
    </message>
    <message>
        <source>the watch "%1" is scanner %2's: run it there, or as that scanner (--scanner %2)</source>
        <translation>監視「%1」はスキャナー %2 のものです: そちらで実行するか、そのスキャナーとして実行してください (--scanner %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hosts to fill in.</source>
        <translation>入力するホスト。</translation>
    </message>
    <message>
        <source>Start the scan at once.</source>
        <translation>すぐにスキャンを開始します。</translation>
    </message>
    <message>
        <source>Portolan TCP and UDP port scanner.</source>
        <translation>Portolan TCP・UDP ポートスキャナー。</translation>
    </message>
    <message>
        <source>Ports to fill in; U:53,161 for UDP ports, T:22 for TCP.</source>
        <translation>入力するポート。UDP ポートは U:53,161、TCP は T:22。</translation>
    </message>
</context>
<context>
    <name>portolan-cli</name>
    <message>
        <source>Host names, IPv4 or IPv6 addresses, CIDR blocks (10.0.0.0/24) or ranges (10.0.0.1-50).</source>
        <translation>ホスト名、IPv4/IPv6 アドレス、CIDR ブロック (10.0.0.0/24)、範囲 (10.0.0.1-50)。</translation>
    </message>
    <message>
        <source>Read targets from FILE, one or more per line, # starts a comment (also -iL).</source>
        <translation>FILE からターゲットを読み込みます。1 行に 1 つ以上、# 以降はコメント (-iL も可)。</translation>
    </message>
    <message>
        <source>Read up to 512 bytes from each open port for up to 1 s.</source>
        <translation>開いている各ポートから最大 1 秒間、最大 512 バイトを読み取ります。</translation>
    </message>
    <message>
        <source>Scan every address of a host name, not only the first.</source>
        <translation>ホスト名の最初のアドレスだけでなく、すべてのアドレスをスキャンします。</translation>
    </message>
    <message>
        <source>List closed ports too.</source>
        <translation>閉じたポートも一覧にします。</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>レポートを標準出力ではなく FILE に書き込みます。</translation>
    </message>
    <message>
        <source>invalid value "%1" for --%2: expected %3 to %4</source>
        <translation>--%2 の値「%1」は無効です: %3 から %4 を指定してください</translation>
    </message>
    <message>
        <source>no targets given (try --help)</source>
        <translation>ターゲットが指定されていません (--help を参照)</translation>
    </message>
    <message>
        <source>scan stopped: %1</source>
        <translation>スキャンが停止しました: %1</translation>
    </message>
    <message>
        <source>Extra attempts for a port that does not answer (default %1).</source>
        <translation>応答しないポートへの追加試行回数 (既定 %1)。</translation>
    </message>
    <message>
        <source>Connects in flight at once; 0 or auto: automatic (default).</source>
        <translation>同時に行う接続数。0 または auto で自動 (既定)。</translation>
    </message>
    <message>
        <source>A host name means its first IPv6 address, not its first IPv4 one.</source>
        <translation>ホスト名を最初の IPv4 アドレスではなく最初の IPv6 アドレスとして扱います。</translation>
    </message>
    <message>
        <source>The longest a connect attempt waits, in ms (default %1); less for hosts that answer faster.</source>
        <translation>接続試行ごとの最長の待ち時間 (ミリ秒、既定 %1)。速く応答するホストではより短くなります。</translation>
    </message>
    <message>
        <source>The shortest a connect attempt waits, in ms, however fast the host answers (default %1; 0: always the full timeout).</source>
        <translation>ホストがどれほど速く応答しても接続試行が待つ最短の時間 (ミリ秒、既定 %1。0 なら常に最長の待ち時間)。</translation>
    </message>
    <message>
        <source>Timing preset: 0-5 or paranoid, sneaky, polite, normal (default), aggressive, insane. Options given beside it win.</source>
        <translation>タイミングのプリセット: 0-5 または paranoid、sneaky、polite、normal (既定)、aggressive、insane。同時に指定したオプションが優先されます。</translation>
    </message>
    <message>
        <source>invalid timing "%1": expected 0 to 5, paranoid, sneaky, polite, normal, aggressive or insane</source>
        <translation>無効なタイミング "%1": 0 から 5、paranoid、sneaky、polite、normal、aggressive、insane のいずれかを指定してください</translation>
    </message>
    <message>
        <source>Scan every address of blocks, ranges and target files, up or not (also -Pn).</source>
        <translation>ブロック、範囲、ターゲットファイルのすべてのアドレスを稼働の有無に関係なくスキャンします (-Pn も可)。</translation>
    </message>
    <message>
        <source>Find the live hosts, scan no ports (also -sn).</source>
        <translation>稼働中のホストを探し、ポートはスキャンしません (-sn も可)。</translation>
    </message>
    <message>
        <source>TCP ports that discovery connects to (default %1; "none": ICMP echo alone).</source>
        <translation>検出で接続する TCP ポート (既定 %1、"none" で ICMP エコーのみ)。</translation>
    </message>
    <message>
        <source>Discovery sends no ICMP echo, only TCP connects.</source>
        <translation>検出で ICMP エコーを送らず、TCP 接続だけを使います。</translation>
    </message>
    <message>
        <source>Also write every host's status to FILE as CSV: host,address,status,reason,latency_ms,names,mac,vendor.</source>
        <translation>各ホストの状態を CSV として FILE にも書き出します: host,address,status,reason,latency_ms,names,mac,vendor。</translation>
    </message>
    <message>
        <source>-Pn and -sn contradict each other: give one of them</source>
        <translation>-Pn と -sn は矛盾します。どちらか一方を指定してください</translation>
    </message>
    <message>
        <source>too many discovery ports (%1): at most %2</source>
        <translation>検出ポートが多すぎます (%1)。最大 %2 個です</translation>
    </message>
    <message>
        <source>Output format: text, csv, json or xml (nmap's XML; default text).</source>
        <translation>出力形式: text、csv、json、xml (nmap の XML。既定は text)。</translation>
    </message>
    <message>
        <source>invalid format "%1": expected text, csv, json or xml</source>
        <translation>無効な形式 "%1": text、csv、json、xml のいずれかを指定してください</translation>
    </message>
    <message>
        <source>Do not keep this scan in the history (portolan-cli history).</source>
        <translation>このスキャンを履歴に保存しません (portolan-cli history)。</translation>
    </message>
    <message>
        <source>not kept in the history: %1</source>
        <translation>履歴に保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Detect the service, product and version of each open port by what it says, and the TLS certificate it offers (also -sV).</source>
        <translation>開いている各ポートの応答からサービス、製品、バージョンと提示される TLS 証明書を検出します（-sV も可）。</translation>
    </message>
    <message>
        <source>The most time detection spends on one port, in ms (default %1).</source>
        <translation>検出が 1 つのポートに費やす最大時間（ミリ秒、既定 %1）。</translation>
    </message>
    <message>
        <source>The most connections detection opens to one host at once (default %1).</source>
        <translation>検出が 1 つのホストに同時に開く最大接続数（既定 %1）。</translation>
    </message>
    <message>
        <source>Do not look up the names of live hosts (reverse DNS, mDNS, NetBIOS).</source>
        <translation>稼働中のホストの名前を調べない（逆引き DNS、mDNS、NetBIOS）。</translation>
    </message>
    <message>
        <source>Ports: 22, 1-1024, 22,80,443, http,ssh, - or all, common, well-known (default: common); U: and T: mark UDP and TCP ports (U:53,161,T:22).</source>
        <translation>ポート: 22、1-1024、22,80,443、http,ssh、- または all、common、well-known (既定: common)。U: と T: で UDP と TCP のポートを示します (U:53,161,T:22)。</translation>
    </message>
    <message>
        <source>Scan UDP ports (also -sU). Alone it scans only UDP; with --tcp both.</source>
        <translation>UDP ポートをスキャンします (-sU も可)。単独では UDP のみ、--tcp と併用すると両方をスキャンします。</translation>
    </message>
    <message>
        <source>Scan TCP ports by connecting (also -sT; the default without --udp).</source>
        <translation>接続して TCP ポートをスキャンします (-sT も可。--udp がなければ既定)。</translation>
    </message>
    <message>
        <source>The community the UDP SNMP probes offer (default public; none: only SNMPv3 discovery, which needs none).</source>
        <translation>UDP の SNMP プローブが提示するコミュニティ (既定 public。none: コミュニティ不要の SNMPv3 ディスカバリのみ)。</translation>
    </message>
    <message>
        <source>Portolan port scanner (TCP connect and UDP), without a window.
Scan only hosts you are allowed to test.
Compare two saved scans: portolan-cli diff OLD NEW (see portolan-cli diff --help).
Past scans: portolan-cli history list|show ID|delete ID.
Devices the scans have seen: portolan-cli devices (see portolan-cli devices --help).</source>
        <translation>Portolan ポートスキャナー (TCP 接続と UDP)、ウィンドウなし。
テストを許可されたホストのみをスキャンしてください。
保存した 2 つのスキャンを比較: portolan-cli diff 旧 新 (portolan-cli diff --help を参照)。
過去のスキャン: portolan-cli history list|show ID|delete ID。
スキャンで見つかったデバイス: portolan-cli devices (portolan-cli devices --help を参照)。</translation>
    </message>
    <message>
        <source>-sn scans no ports: -sU and -sT contradict it</source>
        <translation>-sn はポートをスキャンしません: -sU や -sT とは矛盾します</translation>
    </message>
    <message>
        <source>invalid SNMP community: 1 to 64 printable ASCII characters without spaces, or none</source>
        <translation>SNMP コミュニティが不正です: 空白を含まない 1 から 64 文字の印字可能な ASCII 文字、または none</translation>
    </message>
    <message>
        <source>--%1 acts on TCP connections and this scan has no TCP ports (add -sT or T: ports)</source>
        <translation>--%1 は TCP 接続に作用しますが、このスキャンには TCP ポートがありません (-sT か T: のポートを追加してください)</translation>
    </message>
</context>
</TS>