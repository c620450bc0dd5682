#include "historypanel.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/history/historyjob.h"
#include "core/history/historylistmodel.h"
#include "core/history/scannername.h"

HistoryPanel::HistoryPanel(HistoryJob *job, QWidget *parent)
    : QDockWidget(parent)
    , m_job(job)
    , m_model(new HistoryListModel(this))
    , m_sorter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("historyDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("historySearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_view = new QTableView(body);
    setUpView();
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_countLabel = new QLabel(body);
    m_countLabel->setObjectName(QStringLiteral("historyCountLabel"));
    buttons->addWidget(m_countLabel, 1);
    const auto button = [&](const char *name) {
        auto *b = new QPushButton(body);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    m_open = button("historyOpenButton");
    m_compare = button("historyCompareButton");
    m_rescan = button("historyRescanButton");
    m_delete = button("historyDeleteButton");
    layout->addLayout(buttons);
    setWidget(body);

    connectActions();
    retranslate();
    updateButtons();
}

void HistoryPanel::setUpView()
{
    m_sorter->setSourceModel(m_model);
    m_sorter->setSortRole(HistoryListModel::RawValueRole);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_sorter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryListModel::Started, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    const QFontMetrics metrics = m_view->fontMetrics();
    // Wide enough for a date in the user's format, and a typical block.
    const QString sampleDate
        = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    m_view->horizontalHeader()->resizeSection(
        HistoryListModel::Started, metrics.horizontalAdvance(sampleDate) + 24);
    m_view->horizontalHeader()->resizeSection(HistoryListModel::Targets,
        metrics.horizontalAdvance(QStringLiteral("192.168.100.0/24")) + 24);
    m_view->horizontalHeader()->resizeSection(
        HistoryListModel::Ports, metrics.horizontalAdvance(QStringLiteral("well-known,8080")) + 24);
}

void HistoryPanel::connectActions()
{
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(&m_searchDelay, &QTimer::timeout, this, &HistoryPanel::refresh);
    connect(m_job, &HistoryJob::listed, this, &HistoryPanel::onListed);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HistoryPanel::updateButtons);
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT openRequested(ids.first());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT openRequested(ids.first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 2)
            Q_EMIT compareRequested(ids.at(1), ids.at(0));
    });
    connect(m_rescan, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT rescanRequested(ids.first());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            Q_EMIT deleteRequested(ids);
    });
    // Delete removes the selected scans from the list.
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, m_delete, &QPushButton::click);
    m_view->addAction(deleteAction);
}

void HistoryPanel::retranslate()
{
    setWindowTitle(tr("History"));
    m_search->setPlaceholderText(tr("Search by host, port, service or scanner"));
    m_search->setAccessibleName(tr("Search the history"));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Show the scan in the table, read-only (Enter)"));
    m_compare->setText(tr("Co&mpare"));
    m_compare->setToolTip(tr("Show what changed between the two selected scans"));
    m_rescan->setText(tr("Re&scan"));
    m_rescan->setToolTip(tr("Run the scan again with the same parameters and compare"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the selected scans from the history (Del)"));
    onListed({}, m_error); // the count line, in the new language
}

void HistoryPanel::refresh()
{
    m_job->list(m_search->text().trimmed());
}

void HistoryPanel::select(qint64 id)
{
    m_selectWhenListed = id;
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(m_sorter->mapFromSource(m_model->index(row, 0)).row());
        m_selectWhenListed = 0;
    }
}

QList<qint64> HistoryPanel::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(HistoryListModel::IdRole).toLongLong());
    // Ids grow with time: newest first.
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

const HistoryStore::Entry *HistoryPanel::entry(qint64 id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? nullptr : &m_model->entry(row);
}

void HistoryPanel::onListed(const QList<HistoryStore::Entry> &entries, const QString &error)
{
    // Called with nothing by retranslate(): only the label is redone then.
    if (sender() == m_job) {
        const QList<qint64> keep = selectedIds();
        m_model->setEntries(entries);
        m_error = error;
        // Which scanner, only where the store is shared with another.
        m_view->setColumnHidden(
            HistoryListModel::Scanner, m_model->allFrom(ScannerName::current()));
        if (m_selectWhenListed == 0) {
            // The scans that were selected stay selected, those still listed.
            QItemSelection again;
            for (qint64 id : keep) {
                const int row = m_model->rowOf(id);
                if (row >= 0) {
                    const QModelIndex index = m_sorter->mapFromSource(m_model->index(row, 0));
                    again.select(index, index);
                }
            }
            m_view->selectionModel()->select(
                again, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        } else {
            select(m_selectWhenListed);
        }
    }
    const int count = m_model->rowCount();
    if (!m_error.isEmpty())
        m_countLabel->setText(m_error);
    else if (m_search->text().trimmed().isEmpty())
        m_countLabel->setText(tr("%n scan(s)", nullptr, count));
    else
        m_countLabel->setText(tr("%n scan(s) match", nullptr, count));
    updateButtons();
    if (sender() == m_job)
        Q_EMIT listShown(count);
}

void HistoryPanel::updateButtons()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_open->setEnabled(selected == 1);
    m_rescan->setEnabled(selected == 1);
    m_compare->setEnabled(selected == 2);
    m_delete->setEnabled(selected > 0);
}
