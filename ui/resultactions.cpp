#include "resultactions.h"

#include "dialogs.h"
#include "icons.h"

#include <QAction>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QTableView>
#include <QUrl>

#include "core/appsettings.h"
#include "core/reportwriter.h"
#include "core/resultfiltermodel.h"
#include "core/scanresultmodel.h"
#include "core/services.h"

namespace {

bool isWebPort(quint16 port, const QString &service)
{
    return service.startsWith(QLatin1String("http")) || port == 80 || port == 443 || port == 8080
        || port == 8443;
}

} // namespace

ResultActions::ResultActions(const Context &context, QObject *parent)
    : QObject(parent)
    , m_view(context.view)
    , m_results(context.results)
    , m_filter(context.filter)
    , m_dialogs(context.dialogs)
    , m_settings(context.settings)
    , m_window(context.window)
    , m_copyAction(context.copyAction)
    , m_copyAddressAction(context.copyAddressAction)
{
}

QList<int> ResultActions::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end(), [this](int a, int b) {
        return m_filter->mapFromSource(m_results->index(a, 0)).row()
            < m_filter->mapFromSource(m_results->index(b, 0)).row();
    });
    return rows;
}

void ResultActions::copyRows()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QStringList lines;
    for (int row : rows) {
        QStringList cells = ReportWriter::fields(m_results->result(row));
        for (QString &cell : cells)
            cell = ReportWriter::neutraliseFormula(cell);
        lines.append(cells.join(QLatin1Char('\t')));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    Q_EMIT statusMessage(tr("Copied %n row(s).", nullptr, static_cast<int>(rows.size())), 3000);
}

void ResultActions::copyAddress()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QStringList lines;
    for (int row : rows) {
        const ScanResult r = m_results->result(row);
        const QString address = r.address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]").arg(r.address.toString())
            : r.address.toString();
        lines.append(QStringLiteral("%1:%2").arg(address).arg(r.port));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void ResultActions::openInBrowser()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    const ScanResult r = m_results->result(rows.first());
    const bool tls = r.port == 443 || r.port == 8443
        || Services::nameForPort(r.port).contains(QLatin1String("https"));
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(r.address.toString());
    url.setPort(r.port);
    m_dialogs->openUrl(url);
}

void ResultActions::showContextMenu(const QPoint &position)
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QMenu menu(m_window);
    menu.addAction(m_copyAction);
    menu.addAction(m_copyAddressAction);
    const ScanResult r = m_results->result(rows.first());
    if (r.state == PortState::Open && isWebPort(r.port, Services::nameForPort(r.port))) {
        QAction *open = menu.addAction(
            Icons::action("internet-web-browser", "browser"), tr("Open in &Browser"));
        connect(open, &QAction::triggered, this, &ResultActions::openInBrowser);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ResultActions::exportResults(bool shownOnly, ScanReport report)
{
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("JSON files (*.json)");
    QString selected = csvFilter;
    QString path = m_dialogs->saveFileName(m_window,
        shownOnly ? tr("Export Shown Rows") : tr("Export Results"), m_settings->lastDirectory(),
        csvFilter + QStringLiteral(";;") + jsonFilter, &selected);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool json
        = suffix == QLatin1String("json") || (suffix.isEmpty() && selected == jsonFilter);
    if (suffix.isEmpty())
        path += json ? QStringLiteral(".json") : QStringLiteral(".csv");
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());

    report.results.clear();
    if (shownOnly) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            report.results.append(
                m_results->result(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    } else {
        for (int row = 0; row < m_results->rowCount(); ++row)
            report.results.append(m_results->result(row));
    }
    const QByteArray bytes
        = json ? ReportWriter::toJson(report) : ReportWriter::toCsv(report.results);
    QString error;
    if (!ReportWriter::writeAtomically(path, bytes, &error)) {
        Q_EMIT statusMessage(tr("Export failed: %1").arg(error), 0);
        m_dialogs->warn(m_window, tr("Export failed"),
            tr("%1\n\nAny earlier file at that path is unchanged.").arg(error));
        return;
    }
    Q_EMIT statusMessage(
        tr("Exported %n row(s) to %1.", nullptr, static_cast<int>(report.results.size())).arg(path),
        0);
}
