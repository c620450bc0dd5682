#include "resultspane.h"

#include "icons.h"
#include "statedelegate.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

#include "core/models/hostlistmodel.h"
#include "core/models/resultfiltermodel.h"
#include "core/models/scanresultmodel.h"

ResultsPane::ResultsPane(const Widgets &w, QObject *parent)
    : QObject(parent)
    , m_view(w.view)
    , m_hostsView(w.hostsView)
    , m_search(w.search)
    , m_rowCountLabel(w.rowCountLabel)
{
    QSplitter *splitter = w.splitter;
    m_results = new ScanResultModel(this);
    m_filter = new ResultFilterModel(this);
    m_filter->setResultModel(m_results);
    m_view->setModel(m_filter);
    setUpTable();

    m_hosts = new HostListModel(this);
    auto *hostsSorter = new QSortFilterProxyModel(this);
    hostsSorter->setSourceModel(m_hosts);
    hostsSorter->setSortRole(HostListModel::RawValueRole);
    hostsSorter->setFilterRole(HostListModel::StatusRole);
    m_hostsFilter = hostsSorter;
    setShowDownHosts(false);
    m_hostsView->setModel(hostsSorter);
    m_hostsView->sortByColumn(HostListModel::Address, Qt::AscendingOrder);
    sizeHostColumns();
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 420, 780 });

    connect(m_hostsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ResultsPane::onHostSelectionChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ResultsPane::updateRowCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ResultsPane::updateRowCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ResultsPane::updateRowCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ResultsPane::updateRowCount);
    const std::pair<QCheckBox *, PortState> stateBoxes[]
        = { { w.openCheckBox, PortState::Open }, { w.filteredCheckBox, PortState::Filtered },
              { w.openFilteredCheckBox, PortState::OpenFiltered },
              { w.closedCheckBox, PortState::Closed } };
    for (const auto &[box, state] : stateBoxes) {
        box->setIcon(Icons::state(state));
        connect(box, &QCheckBox::toggled, this, [this, s = state](bool on) {
            m_filter->setStateVisible(s, on);
            updateRowCount();
        });
    }
    // Filter once typing pauses, not on every keystroke; Enter filters at once.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &ResultsPane::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &ResultsPane::applySearch);
}

void ResultsPane::setUpTable()
{
    m_view->setItemDelegate(new StateDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    // Wide enough for the header (with its sort arrow) and for typical contents, at any font size.
    const QFontMetrics metrics = m_view->fontMetrics();
    const char *samples[] = { "localhost", "10.10.100.100", "65535", "tcp", "open|filtered",
        "postgresql", "not-confirmed", "1000.00" };
    const int iconRoom = m_view->iconSize().isValid() ? m_view->iconSize().width() : 16;
    for (int c = 0; c < ScanResultModel::Banner; ++c) {
        const int headerWidth
            = metrics.horizontalAdvance(m_results->headerData(c, Qt::Horizontal).toString()) + 24;
        int contentWidth = metrics.horizontalAdvance(QLatin1String(samples[c])) + 12;
        if (c == ScanResultModel::State)
            contentWidth += iconRoom + 6;
        header->resizeSection(c, qMax(headerWidth, contentWidth));
    }
    // Version after Service (it is the model's last column, so that saved layouts stay valid).
    header->moveSection(header->visualIndex(ScanResultModel::Version),
        header->visualIndex(ScanResultModel::Service) + 1);
    header->resizeSection(ScanResultModel::Version,
        metrics.horizontalAdvance(QLatin1String("OpenSSH 9.2p1 (Debian-2+deb12u3; protocol 2.0)"))
            + 12);
    // The device's label after the address (the model's last column, as Version is).
    header->moveSection(header->visualIndex(ScanResultModel::Label),
        header->visualIndex(ScanResultModel::Address) + 1);
    header->resizeSection(
        ScanResultModel::Label, metrics.horizontalAdvance(QLatin1String("Printer upstairs")) + 12);
    m_view->setColumnHidden(ScanResultModel::Label, true);
    m_view->sortByColumn(ScanResultModel::Host, Qt::AscendingOrder);
}

void ResultsPane::sizeHostColumns()
{
    QHeaderView *hostsHeader = m_hostsView->header();
    hostsHeader->setStretchLastSection(false);
    const QFontMetrics hostMetrics = m_hostsView->fontMetrics();
    hostsHeader->resizeSection(HostListModel::Address,
        hostMetrics.horizontalAdvance(QStringLiteral("192.168.100.100")) + 14);
    hostsHeader->resizeSection(
        HostListModel::Name, hostMetrics.horizontalAdvance(QStringLiteral("localhost")) + 14);
    hostsHeader->resizeSection(HostListModel::Status,
        qMax(hostMetrics.horizontalAdvance(QStringLiteral("unknown")),
            hostMetrics.horizontalAdvance(
                m_hosts->headerData(HostListModel::Status, Qt::Horizontal).toString()))
            + 20);
    hostsHeader->resizeSection(HostListModel::Latency,
        qMax(hostMetrics.horizontalAdvance(QStringLiteral("100.00")),
            hostMetrics.horizontalAdvance(
                m_hosts->headerData(HostListModel::Latency, Qt::Horizontal).toString()))
            + 20);
    m_hostsView->setColumnHidden(HostListModel::Mac, true);
    hostsHeader->resizeSection(HostListModel::Mac,
        hostMetrics.horizontalAdvance(QStringLiteral("00:00:00:00:00:00")) + 14);
    for (int c = HostListModel::Open; c <= HostListModel::Closed; ++c)
        hostsHeader->resizeSection(c,
            hostMetrics.horizontalAdvance(m_hosts->headerData(c, Qt::Horizontal).toString()) + 20);
    hostsHeader->moveSection(hostsHeader->visualIndex(HostListModel::Label),
        hostsHeader->visualIndex(HostListModel::Address) + 1);
    hostsHeader->resizeSection(HostListModel::Label,
        hostMetrics.horizontalAdvance(QStringLiteral("Printer upstairs")) + 14);
    m_hostsView->setColumnHidden(HostListModel::Label, true);
    // UDP's silent ports after the filtered ones, shown only when a scan found some.
    hostsHeader->moveSection(hostsHeader->visualIndex(HostListModel::OpenFiltered),
        hostsHeader->visualIndex(HostListModel::Filtered) + 1);
    hostsHeader->resizeSection(HostListModel::OpenFiltered,
        hostMetrics.horizontalAdvance(
            m_hosts->headerData(HostListModel::OpenFiltered, Qt::Horizontal).toString())
            + 20);
    m_hostsView->setColumnHidden(HostListModel::OpenFiltered, true);
}

void ResultsPane::addBatch(const ScanBatch &batch)
{
    m_results->appendResults(batch.results);
    m_results->updateDetails(batch.detected);
    updateHostColumn();
    m_hosts->addBatch(batch);
    updateHostColumn();
    // The MAC column only where the scan found some (hosts on the local link).
    if (m_hostsView->isColumnHidden(HostListModel::Mac) == m_hosts->hasMacs())
        m_hostsView->setColumnHidden(HostListModel::Mac, !m_hosts->hasMacs());
    if (m_hostsView->isColumnHidden(HostListModel::OpenFiltered) == m_hosts->hasOpenFiltered())
        m_hostsView->setColumnHidden(HostListModel::OpenFiltered, !m_hosts->hasOpenFiltered());
}

void ResultsPane::setShowDownHosts(bool show)
{
    // Down hosts have no rows in the table; the pane lists them only when asked.
    m_hostsFilter->setFilterRegularExpression(show ? QString() : QStringLiteral("^(up|unknown)$"));
}

void ResultsPane::setHostNames(quint32 hostId, const QList<HostName> &names)
{
    m_hosts->setNames(hostId, names);
}

void ResultsPane::clear()
{
    m_results->clear();
    m_hosts->clear();
    m_hostsView->setColumnHidden(HostListModel::Mac, true);
    m_hostsView->setColumnHidden(HostListModel::OpenFiltered, true);
    updateHostColumn();
}

void ResultsPane::updateRowCount()
{
    m_rowCountLabel->setText(tr("%1 of %2 rows")
                                 .arg(QLocale().toString(m_filter->rowCount()),
                                     QLocale().toString(m_results->rowCount())));
}

void ResultsPane::setDeviceLabels(const QHash<QString, QString> &labels)
{
    m_results->setLabels(labels);
    m_hosts->setLabels(labels);
    updateLabelColumns();
}

void ResultsPane::updateLabelColumns()
{
    // The Label columns only while some host shown has a label.
    const bool noLabels = !m_results->hasLabels();
    if (m_view->isColumnHidden(ScanResultModel::Label) != noLabels)
        m_view->setColumnHidden(ScanResultModel::Label, noLabels);
    const bool noHostLabels = !m_hosts->hasLabels() || m_hosts->rowCount() == 0;
    if (m_hostsView->isColumnHidden(HostListModel::Label) != noHostLabels)
        m_hostsView->setColumnHidden(HostListModel::Label, noHostLabels);
}

void ResultsPane::updateHostColumn()
{
    updateLabelColumns();
    // The Host column only repeats the Address column when targets were addresses.
    const bool hidden = !m_results->hasHostNames();
    if (m_view->isColumnHidden(ScanResultModel::Host) != hidden)
        m_view->setColumnHidden(ScanResultModel::Host, hidden);
}

QByteArray ResultsPane::headerState() const
{
    const bool hostHidden = m_view->isColumnHidden(ScanResultModel::Host);
    m_view->setColumnHidden(ScanResultModel::Host, false);
    QByteArray state = m_view->horizontalHeader()->saveState();
    m_view->setColumnHidden(ScanResultModel::Host, hostHidden);
    return state;
}

void ResultsPane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void ResultsPane::applySearch()
{
    m_searchDelay.stop();
    m_filter->setSearchText(m_search->text());
    updateRowCount();
}

void ResultsPane::onHostSelectionChanged()
{
    QSet<quint32> ids;
    const QModelIndexList rows = m_hostsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.insert(index.data(HostListModel::HostIdRole).toUInt());
    m_filter->setHostIds(ids);
    updateRowCount();
}
