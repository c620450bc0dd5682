#include "eventspanel.h"

#include "dialogs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/formats/atomicfile.h"
#include "core/history/scannername.h"

namespace {

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : QStringLiteral("-");
}

} // namespace

EventsPanel::EventsPanel(Dialogs *dialogs, QWidget *parent)
    : QDockWidget(parent)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("eventsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(body);
    m_kind->setObjectName(QStringLiteral("eventsKindComboBox"));
    m_watch = new QComboBox(body);
    m_watch->setObjectName(QStringLiteral("eventsWatchComboBox"));
    filters->addWidget(m_kind);
    filters->addWidget(m_watch);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_table = new QTableWidget(0, 6, body);
    m_table->setObjectName(QStringLiteral("eventsView"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    QFont bold = m_table->font(); // unacknowledged events are in bold
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(0,
        metrics.horizontalAdvance(shortTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)))) + 20);
    header->resizeSection(
        3, metrics.horizontalAdvance(QStringLiteral("certificate-expiring")) + 20);
    header->resizeSection(
        4, metrics.horizontalAdvance(QStringLiteral("192.168.100.200 (Printer)")) + 20);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("eventsCountLabel"));
    buttons->addWidget(m_count, 1);
    m_acknowledge = new QPushButton(body);
    m_acknowledge->setObjectName(QStringLiteral("eventsAcknowledgeButton"));
    m_export = new QPushButton(body);
    m_export->setObjectName(QStringLiteral("eventsExportButton"));
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    setWidget(body);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { showRows(QString()); });
    connect(m_watch, &QComboBox::currentIndexChanged, this, [this] { showRows(QString()); });
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        QList<qint64> ids = shownIds(true);
        if (ids.isEmpty()) // nothing selected: every event shown
            ids = shownIds(false);
        Q_EMIT acknowledgeRequested(ids);
    });
    connect(m_export, &QPushButton::clicked, this, &EventsPanel::exportShown);
    retranslate();
}

void EventsPanel::retranslate()
{
    setWindowTitle(tr("Events"));
    m_table->setHorizontalHeaderLabels(
        { tr("When"), tr("Watch"), tr("Scanner"), tr("Kind"), tr("Device"), tr("What changed") });
    m_acknowledge->setText(tr("&Acknowledge"));
    m_acknowledge->setToolTip(tr("Mark the selected events (or all shown) as seen"));
    m_export->setText(tr("E&xport…"));
    const QString kind = m_kind->currentData().toString();
    m_kind->blockSignals(true);
    m_kind->clear();
    m_kind->addItem(tr("Every kind"), QString());
    for (const QString &k : WatchEvent::kinds())
        m_kind->addItem(k, k);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    m_kind->blockSignals(false);
    setWatchNames({});
}

void EventsPanel::setWatchNames(const QStringList &names)
{
    QStringList all = names;
    if (all.isEmpty()) { // keep those there (a retranslation)
        for (int i = 1; i < m_watch->count(); ++i)
            all.append(m_watch->itemData(i).toString());
    }
    const QString chosen = m_watch->currentData().toString();
    m_watch->blockSignals(true);
    m_watch->clear();
    m_watch->addItem(tr("Every watch"), QString());
    for (const QString &name : std::as_const(all))
        m_watch->addItem(name, name);
    m_watch->setCurrentIndex(qMax(0, m_watch->findData(chosen)));
    m_watch->blockSignals(false);
}

void EventsPanel::setEvents(const QList<WatchEvent> &events, const QString &error)
{
    m_events = events;
    showRows(error);
}

void EventsPanel::showRows(const QString &error)
{
    const QString kind = m_kind->currentData().toString();
    const QString watch = m_watch->currentData().toString();
    m_table->setRowCount(0);
    int fresh = 0;
    bool elsewhere = false; // an event of another scanner's watch (a shared store)
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) { // newest first
        const WatchEvent &e = *it;
        if ((!kind.isEmpty() && e.kind != kind) || (!watch.isEmpty() && e.watch != watch))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        fresh += e.acknowledged ? 0 : 1;
        QString device = e.address;
        if (!e.label.isEmpty())
            device += QStringLiteral(" (%1)").arg(e.label);
        elsewhere = elsewhere || e.scanner != ScannerName::current();
        const QStringList cells { shortTime(e.time), e.watch, e.scanner, e.kind, device, e.text() };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!e.acknowledged) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, c, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, e.id);
    }
    m_table->setColumnHidden(2, !elsewhere); // which scanner, where there are others
    m_count->setText(error.isEmpty() ? tr("%n event(s)", nullptr, m_table->rowCount())
                + (fresh > 0 ? tr(", %n not acknowledged", nullptr, fresh) : QString())
                                     : error);
    Q_EMIT listed(m_table->rowCount());
}

QList<qint64> EventsPanel::shownIds(bool selectedOnly) const
{
    QList<qint64> ids;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (!selectedOnly || m_table->selectionModel()->isRowSelected(r))
            ids.append(m_table->item(r, 0)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void EventsPanel::exportShown()
{
    QString filter = tr("JSON (*.json)");
    const QString path = m_dialogs->saveFileName(
        this, tr("Export Events"), QStringLiteral("portolan-events.json"), filter, &filter);
    if (path.isEmpty())
        return;
    const QList<qint64> ids = shownIds(false);
    QJsonArray array;
    for (const WatchEvent &e : std::as_const(m_events)) {
        if (ids.contains(e.id))
            array.append(e.toJson());
    }
    QString error;
    if (!AtomicFile::writeData(path, QJsonDocument(array).toJson(QJsonDocument::Indented), &error))
        m_dialogs->warn(this, tr("Export Events"), error);
    else
        Q_EMIT statusMessage(
            tr("%n event(s) exported to %1.", nullptr, static_cast<int>(array.size())).arg(path));
}
