// The user's files are the user's alone (issue 33): the history, the scans kept
// while a shared store is away and the settings (they hold the commands the window
// runs) are made 600 in folders of 700 from the start; one an older Portolan left
// wider is narrowed, and said once.
#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/samplereport.h"
#include "core/history/historystore.h"
#include "core/history/pendingscans.h"
#include "core/platform/privatefiles.h"
#include "core/settings/appsettings.h"

namespace {

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

bool writeWide(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return false;
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), 0644) == 0;
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void folderAndFileMadePrivate();
    void widerOnesNarrowedAndSaidOnce();
    void historyIsPrivate();
    void olderHistoryNarrowed();
    void chosenFolderLeftAlone();
    void pendingScansArePrivate();
    void settingsArePrivate();

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestPrivateFiles::init()
{
    // A wide umask, as many desktops have: the modes must not depend on it.
    ::umask(022);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    ::chmod(QFile::encodeName(m_home->path()).constData(), 0755);
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
    qunsetenv("PORTOLAN_STORE");
}

void TestPrivateFiles::folderAndFileMadePrivate()
{
    const QString folder = m_home->filePath(QStringLiteral("a/b/portolan"));
    QString notice;
    QString error;
    QVERIFY2(PrivateFiles::makeFolder(folder, &notice, &error), qPrintable(error));
    QCOMPARE(modeOf(folder), 0700);
    QVERIFY2(notice.isEmpty(), qPrintable(notice)); // made so: nothing to say
    const QString file = folder + QStringLiteral("/f");
    QVERIFY2(PrivateFiles::makeFile(file, &notice, &error), qPrintable(error));
    QCOMPARE(modeOf(file), 0600);
    QVERIFY(notice.isEmpty());
    // Made again: left as it is, still nothing to say.
    QVERIFY(PrivateFiles::makeFile(file, &notice, &error));
    QVERIFY(PrivateFiles::makeFolder(folder, &notice, &error));
    QVERIFY(notice.isEmpty());
}

void TestPrivateFiles::widerOnesNarrowedAndSaidOnce()
{
    const QString folder = m_home->filePath(QStringLiteral("wide"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    const QString file = folder + QStringLiteral("/f");
    QVERIFY(writeWide(file, "kept"));
    QString notice;
    QString error;
    QVERIFY(PrivateFiles::makeFolder(folder, &notice, &error));
    QVERIFY(PrivateFiles::makeFile(file, &notice, &error));
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(file), 0600);
    QVERIFY2(
        notice.contains(folder) && notice.contains(file) && notice.contains(QLatin1String("644")),
        qPrintable(notice));
    // Its content is what it was.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("kept"));
    // Said once: the next time there is nothing to narrow.
    QString again;
    QVERIFY(PrivateFiles::makeFolder(folder, &again, &error));
    QVERIFY(PrivateFiles::makeFile(file, &again, &error));
    QVERIFY2(again.isEmpty(), qPrintable(again));
}

void TestPrivateFiles::historyIsPrivate()
{
    const QString path = HistoryStore::defaultPath();
    QVERIFY(path.startsWith(m_home->path()));
    {
        HistoryStore store;
        QString notice;
        QString error;
        QVERIFY2(store.open(path, &notice, &error), qPrintable(error));
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
        qint64 id = 0;
        QVERIFY2(store.save(SampleReport::sample(), &id, &error), qPrintable(error));
        // SQLite's own files beside it take the database's mode.
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
    }
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(QFileInfo(path).absolutePath()), 0700);
}

void TestPrivateFiles::olderHistoryNarrowed()
{
    const QString path = HistoryStore::defaultPath();
    const QString folder = QFileInfo(path).absolutePath();
    {
        HistoryStore store;
        QString notice;
        QString error;
        QVERIFY2(store.open(path, &notice, &error), qPrintable(error));
        qint64 id = 0;
        QVERIFY(store.save(SampleReport::sample(), &id, &error));
    }
    // As an older Portolan left them.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY2(store.open(path, &notice, &error), qPrintable(error));
    QVERIFY2(notice.contains(path) && notice.contains(folder), qPrintable(notice));
    QVERIFY(!store.startedAnew());
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QList<HistoryStore::Entry> entries;
    QVERIFY(store.list(QString(), &entries, &error));
    QCOMPARE(entries.size(), 1); // nothing lost
    HistoryStore again;
    QVERIFY(again.open(path, &notice, &error));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
}

void TestPrivateFiles::chosenFolderLeftAlone()
{
    // A history the user put in a folder of their choosing (--store): the file is
    // private, the folder (it may be shared, or /tmp) stays as it is.
    const QString folder = m_home->filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    const QString path = folder + QStringLiteral("/h.sqlite");
    HistoryStore store;
    QString notice;
    QString error;
    QVERIFY2(store.open(path, &notice, &error), qPrintable(error));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(folder), 0755);
    // One it makes is made private.
    const QString made = m_home->filePath(QStringLiteral("new/h.sqlite"));
    HistoryStore other;
    QVERIFY2(other.open(made, &notice, &error), qPrintable(error));
    QCOMPARE(modeOf(QFileInfo(made).absolutePath()), 0700);
}

void TestPrivateFiles::pendingScansArePrivate()
{
    QString path;
    QString error;
    QVERIFY2(PendingScans::keep(SampleReport::sample(), QStringLiteral("site-a"), &path, &error),
        qPrintable(error));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(PendingScans::folder()), 0700);
    QCOMPARE(modeOf(QFileInfo(PendingScans::folder()).absolutePath()), 0700);
    // An older, wider folder is narrowed by the next scan kept.
    QVERIFY(::chmod(QFile::encodeName(PendingScans::folder()).constData(), 0755) == 0);
    QVERIFY(PendingScans::keep(SampleReport::sample(), QStringLiteral("site-a"), &path, &error));
    QCOMPARE(modeOf(PendingScans::folder()), 0700);
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(PendingScans::files().size(), 2);
}

void TestPrivateFiles::settingsArePrivate()
{
    QString file;
    {
        AppSettings settings;
        QVERIFY2(settings.privacyNotice().isEmpty(), qPrintable(settings.privacyNotice()));
        settings.setOpeners({ QStringLiteral("Terminal=xterm -e ssh {host}") });
        settings.sync();
        file = QSettings().fileName();
    }
    QVERIFY(file.startsWith(m_home->path()));
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(QFileInfo(file).absolutePath()), 0700);
    // Left wider by an older Portolan: narrowed, said once, its settings kept.
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    {
        AppSettings settings;
        QVERIFY2(settings.privacyNotice().contains(file), qPrintable(settings.privacyNotice()));
        QCOMPARE(
            settings.openers(), QStringList { QStringLiteral("Terminal=xterm -e ssh {host}") });
    }
    QCOMPARE(modeOf(file), 0600);
    AppSettings again;
    QVERIFY(again.privacyNotice().isEmpty());
    // A file given by name (tests, --settings): private too.
    const QString named = m_home->filePath(QStringLiteral("named.ini"));
    {
        AppSettings settings(named);
        settings.setPorts(QStringLiteral("22"));
        settings.sync();
    }
    QCOMPARE(modeOf(named), 0600);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
