#include "core/history/devicestore.h"

#include <tuple>

#include <optional>

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "core/formats/csvformat.h"
#include "core/history/devicerows.h"
#include "core/history/historysql.h"
#include "core/history/historystore.h"

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DeviceStore", text);
}

bool matches(const Device &d, const QString &text, int port)
{
    if (port > 0 && d.portList().contains(static_cast<quint16>(port)))
        return true;
    // "53/udp": that port of that protocol.
    for (const Device::Port &p : d.ports) {
        if (text.compare(p.text(), Qt::CaseInsensitive) == 0)
            return true;
    }
    const auto has
        = [&text](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
    if (has(d.label) || has(d.notes) || has(d.mac) || has(d.vendor))
        return true;
    for (const Device::Address &a : d.addresses) {
        if (has(a.address))
            return true;
    }
    for (const Device::Name &n : d.names) {
        if (has(n.name))
            return true;
    }
    return false;
}

} // namespace

DeviceStore::DeviceStore(const HistoryStore &history)
    : m_connection(history.connectionName())
    , m_only(history.scannerFilter())
{
}

bool DeviceStore::isMac(const QString &text)
{
    static const QRegularExpression mac(
        QStringLiteral("^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}$"));
    return mac.match(text.trimmed()).hasMatch();
}

bool DeviceStore::list(const QString &search, QList<Device> *devices, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlError failure;
    QList<Device> all;
    if (!DeviceRows::read(db, nullptr, &all, &failure)) {
        *error = failure.text();
        return false;
    }
    if (!m_only.isEmpty())
        all.removeIf([this](const Device &d) { return d.scanner != m_only; });
    const QString text = search.trimmed();
    if (text.isEmpty()) {
        *devices = std::move(all);
        return true;
    }
    bool isNumber = false;
    const int port = text.toInt(&isNumber);
    devices->clear();
    for (Device &d : all) {
        if (matches(d, text, isNumber ? port : 0))
            devices->append(std::move(d));
    }
    return true;
}

bool DeviceStore::get(qint64 id, Device *device, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlError failure;
    QList<Device> one;
    const QList<qint64> ids { id };
    if (!DeviceRows::read(db, &ids, &one, &failure)) {
        *error = failure.text();
        return false;
    }
    if (one.isEmpty()) {
        *error = tr("there is no device %1 in the inventory").arg(id);
        return false;
    }
    *device = one.first();
    return true;
}

bool DeviceStore::find(const QString &key, qint64 *id, QString *error) const
{
    const QString text = key.trimmed();
    const bool mac = isMac(text);
    const QHostAddress address(text);
    if (!mac && address.isNull()) {
        *error = tr("\"%1\" is neither a MAC address nor an IP address").arg(key);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // An address may be a device's at each of several sites (scanners).
    q.prepare(mac ? QStringLiteral("SELECT id, scanner FROM devices WHERE mac = ?")
                  : QStringLiteral("SELECT a.device_id, d.scanner FROM device_addresses a JOIN "
                                   "devices d ON d.id = a.device_id WHERE a.address = ?%1 "
                                   "ORDER BY a.last_seen DESC")
                        .arg(m_only.isEmpty() ? QString() : QStringLiteral(" AND d.scanner = ?")));
    q.addBindValue(mac ? DeviceRows::normalMac(text) : address.toString());
    if (!mac && !m_only.isEmpty())
        q.addBindValue(m_only);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *error = tr("no device in the inventory has %1 (see portolan-cli devices)").arg(text);
        return false;
    }
    *id = q.value(0).toLongLong();
    QStringList scanners { q.value(1).toString() };
    while (q.next()) {
        if (!scanners.contains(q.value(1).toString()))
            scanners.append(q.value(1).toString());
    }
    if (scanners.size() > 1) {
        *error = tr("%1 is a device of each of the scanners %2: name one with --scanner")
                     .arg(text, scanners.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

bool DeviceStore::change(const QString &sql, const QVariantList &values, qint64 id, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!HistorySql::exec(q, sql, values, error))
        return false;
    if (q.numRowsAffected() == 0) {
        // Nothing changed: no such device, or one the store's row-level security
        // keeps from this scanner's role (StoreRoles), which is not to be hidden.
        const bool there = HistorySql::exec(q, QStringLiteral("SELECT 1 FROM devices WHERE id = ?"),
                               { id }, error)
            && q.next();
        *error = there ? tr("permission denied: the store does not let this scanner change device "
                            "%1 (a device known by its MAC address is forgotten only by the "
                            "store's owner; one known by its address, only by its own scanner)")
                             .arg(id)
                       : tr("there is no device %1 in the inventory").arg(id);
        return false;
    }
    return true;
}

bool DeviceStore::setColumn(qint64 id, const char *column, const QVariant &value, QString *error)
{
    return change(
        QStringLiteral("UPDATE devices SET %1 = ? WHERE id = ?").arg(QLatin1String(column)),
        { value, id }, id, error);
}

bool DeviceStore::setLabel(qint64 id, const QString &label, QString *error)
{
    return setColumn(id, "label", label.trimmed(), error);
}

bool DeviceStore::setNotes(qint64 id, const QString &notes, QString *error)
{
    return setColumn(id, "notes", notes, error);
}

bool DeviceStore::setKnown(qint64 id, bool known, QString *error)
{
    return setColumn(id, "known", known ? 1 : 0, error);
}

bool DeviceStore::forget(qint64 id, QString *error)
{
    return change(QStringLiteral("DELETE FROM devices WHERE id = ?"), { id }, id, error);
}

bool DeviceStore::importLabels(const QByteArray &csv, int *count, QString *error)
{
    QList<QStringList> rows;
    int badLine = 0;
    if (!CsvFormat::read(csv, &rows, &badLine)) {
        *error = tr("line %1: a quote that does not close, or one inside a cell").arg(badLine);
        return false;
    }
    const bool header = !rows.isEmpty()
        && rows.first().value(0).trimmed().compare(QLatin1String("device"), Qt::CaseInsensitive)
            == 0;
    if (header)
        rows.removeFirst();
    if (rows.isEmpty()) {
        *error = tr("no labels in the file (one \"device,label[,notes]\" per line)");
        return false;
    }
    // Every line is checked before anything is written.
    QList<std::tuple<qint64, QString, std::optional<QString>>> changes;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        const QString where = tr("line %1").arg(i + (header ? 2 : 1));
        if (row.size() < 2 || row.size() > 3) {
            *error = tr("%1: expected device,label[,notes], found %2 cells")
                         .arg(where)
                         .arg(row.size());
            return false;
        }
        qint64 id = 0;
        QString why;
        if (!find(row.at(0), &id, &why)) {
            *error = where + QStringLiteral(": ") + why;
            return false;
        }
        changes.append(
            { id, row.at(1), row.size() == 3 ? std::optional<QString>(row.at(2)) : std::nullopt });
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const auto &[id, label, notes] : std::as_const(changes)) {
        if (!setLabel(id, label, error) || (notes && !setNotes(id, *notes, error))) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    *count = static_cast<int>(changes.size());
    return true;
}
