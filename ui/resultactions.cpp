#include "resultactions.h"

#include "dialogs.h"
#include "serviceopeners.h"

#include <QAction>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTableView>

#include "core/formats/csvformat.h"
#include "core/models/resultfiltermodel.h"
#include "core/models/scanresultmodel.h"
#include "core/settings/appsettings.h"

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
    m_openers = new ServiceOpeners(m_dialogs, m_settings, m_window, this);
    connect(m_openers, &ServiceOpeners::statusMessage, this, &ResultActions::statusMessage);
    // Double-click: the port's own action (browser, ssh command, first opener).
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        m_openers->openDefault(m_results->result(m_filter->mapToSource(index).row()));
    });
    connect(&m_export, &ExportJob::finished, this, &ResultActions::onExportFinished);
    connect(&m_export, &ExportJob::progressChanged, this, [this](qsizetype written, qsizetype) {
        if (m_progress)
            m_progress->setValue(static_cast<int>(qMin<qsizetype>(written, INT_MAX)));
    });
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
        QStringList cells = CsvFormat::fields(m_results->result(row));
        for (QString &cell : cells)
            cell = CsvFormat::neutraliseFormula(cell);
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

void ResultActions::showContextMenu(const QPoint &position)
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QMenu menu(m_window);
    menu.addAction(m_copyAction);
    menu.addAction(m_copyAddressAction);
    m_openers->addActions(&menu, m_results->result(rows.first()));
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

QString ResultActions::suggestedFileName(
    const QString &targets, const QDateTime &started, ReportFormat format)
{
    // The whole target text, each run of characters a file name should not hold
    // made one '_'. A long list is cut and ends in a digest of the whole, so that
    // two lists still get two names.
    constexpr qsizetype maxTargets = 60;
    const QString text = targets.trimmed();
    QString name;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-'))
            name += c;
        else if (!name.endsWith(QLatin1Char('_')))
            name += QLatin1Char('_');
    }
    if (name.size() > maxTargets) {
        const QByteArray digest
            = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
        name = name.left(maxTargets) + QLatin1Char('_') + QString::fromLatin1(digest);
    }
    const QString when = (started.isValid() ? started : QDateTime::currentDateTime())
                             .toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    const QString suffix = ReportFormats::suffix(format);
    return name.isEmpty() ? QStringLiteral("portolan-%1.%2").arg(when, suffix)
                          : QStringLiteral("portolan-%1-%2.%3").arg(name, when, suffix);
}

void ResultActions::exportResults(bool shownOnly, const ScanReport &header)
{
    if (m_export.isRunning())
        return;
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("JSON files (*.json)");
    const QString xmlFilter = tr("nmap XML files (*.xml)");
    QString selected = csvFilter;
    QString directory = m_settings->lastDirectory();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggestion = QDir(directory).filePath(
        suggestedFileName(header.targets, header.started, ReportFormat::Csv));
    QString path = m_dialogs->saveFileName(m_window,
        shownOnly ? tr("Export Shown Rows") : tr("Export Results"), suggestion,
        QStringList { csvFilter, jsonFilter, xmlFilter }.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    // The suffix decides; a name typed without one gets the chosen filter's.
    const QString suffix = QFileInfo(path).suffix().toLower();
    ReportFormat format = ReportFormat::Csv;
    if (suffix == QLatin1String("json") || (suffix.isEmpty() && selected == jsonFilter))
        format = ReportFormat::Json;
    else if (suffix == QLatin1String("xml") || (suffix.isEmpty() && selected == xmlFilter))
        format = ReportFormat::Xml;
    if (suffix.isEmpty()) {
        path += QLatin1Char('.') + ReportFormats::suffix(format);
    }
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());

    ScanResultModel::Snapshot rows;
    if (shownOnly) {
        QList<int> sourceRows;
        sourceRows.reserve(m_filter->rowCount());
        for (int row = 0; row < m_filter->rowCount(); ++row)
            sourceRows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
        rows = m_results->snapshot(sourceRows);
    } else {
        rows = m_results->snapshot();
    }
    m_exportPath = path;
    delete m_progress;
    m_progress = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        tr("Cancel"), 0, static_cast<int>(qMin<qsizetype>(rows.size(), INT_MAX)), m_window);
    m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setMinimumDuration(500); // small exports finish before it shows
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, &m_export, &ExportJob::cancel);
    Q_EMIT statusMessage(tr("Exporting %n row(s)…", nullptr, static_cast<int>(rows.size())), 0);
    m_export.start(path, format, header, std::move(rows));
}

void ResultActions::onExportFinished(const ExportJob::Outcome &outcome)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (outcome.cancelled) {
        Q_EMIT statusMessage(
            tr("Export cancelled; any earlier file at %1 is unchanged.").arg(m_exportPath), 0);
    } else if (!outcome.ok) {
        Q_EMIT statusMessage(tr("Export failed: %1").arg(outcome.error), 0);
        m_dialogs->warn(m_window, tr("Export failed"),
            tr("%1\n\nAny earlier file at that path is unchanged.").arg(outcome.error));
    } else {
        Q_EMIT statusMessage(
            tr("Exported %n row(s) to %1.", nullptr, static_cast<int>(outcome.rows))
                .arg(m_exportPath),
            0);
    }
    Q_EMIT exportFinished(outcome.ok);
}
