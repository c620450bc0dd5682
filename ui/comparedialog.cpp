#include "comparedialog.h"

#include "dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/formats/atomicfile.h"
#include "core/results/bannertext.h"
#include "core/settings/appsettings.h"

namespace {

constexpr int kindRole = Qt::UserRole + 1;

// Rows pass when their kind is the one chosen (or any) and a cell holds the text.
class DiffFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString kind;
    QString text;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!kind.isEmpty() && m->index(row, 0, parent).data(kindRole).toString() != kind)
            return false;
        if (text.isEmpty())
            return true;
        for (int c = 0; c < m->columnCount(parent); ++c) {
            if (m->index(row, c, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

QString portText(PortState state, PortReason reason)
{
    return QStringLiteral("%1 (%2)").arg(portStateName(state), portReasonName(reason));
}

} // namespace

CompareDialog::CompareDialog(Dialogs *dialogs, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_settings(settings)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Scans"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("compareKindComboBox"));
    m_kind->setAccessibleName(tr("Kind of change"));
    m_kind->addItem(tr("All changes"), QString());
    m_kind->addItem(tr("Hosts that appeared"), QStringLiteral("appeared"));
    m_kind->addItem(tr("Hosts that went away"), QStringLiteral("gone"));
    m_kind->addItem(tr("Ports that opened"), QStringLiteral("opened"));
    m_kind->addItem(tr("Ports that closed"), QStringLiteral("closed"));
    m_kind->addItem(tr("States that changed"), QStringLiteral("changed"));
    m_kind->addItem(tr("Banners that changed"), QStringLiteral("banner"));
    filters->addWidget(m_kind);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("compareSearchLineEdit"));
    m_search->setPlaceholderText(tr("Filter by host, port or text"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_model->setHorizontalHeaderLabels(
        { tr("Host"), tr("Port"), tr("Protocol"), tr("Change"), tr("Before"), tr("After") });
    auto *filter = new DiffFilter(this);
    filter->setSourceModel(m_model);
    m_filter = filter;
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("compareView"));
    m_view->setModel(m_filter);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Host, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(
        Host, m_view->fontMetrics().horizontalAdvance(QStringLiteral("2001:db8::100 (localhost)")));
    m_view->horizontalHeader()->resizeSection(Before,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("filtered (no-response)")) + 16);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("compareExportButton"));
    connect(exportButton, &QPushButton::clicked, this, &CompareDialog::exportDiff);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CompareDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &CompareDialog::applyFilter);
    resize(760, 420);
}

void CompareDialog::setDiff(const ScanDiff &diff)
{
    m_diff = diff;
    m_model->removeRows(0, m_model->rowCount());
    // 53/tcp and 53/udp are two rows: the port sorts as a number, the protocol beside it.
    const auto addRow = [this](const QString &host, int port, const QString &protocol,
                            const QString &kind, const QString &before, const QString &after) {
        QList<QStandardItem *> row;
        auto *hostItem = new QStandardItem(host);
        hostItem->setData(kind, kindRole);
        row.append(hostItem);
        auto *portItem = new QStandardItem;
        if (port > 0)
            portItem->setData(port, Qt::DisplayRole); // sorts as a number
        row.append(portItem);
        row.append(new QStandardItem(protocol));
        row.append(new QStandardItem(kind));
        row.append(new QStandardItem(before));
        row.append(new QStandardItem(after));
        m_model->appendRow(row);
    };
    for (const ScanDiff::Host &h : diff.hosts) {
        const QString who
            = h.name == h.address ? h.address : QStringLiteral("%1 (%2)").arg(h.address, h.name);
        if (h.change != ScanDiff::Host::Change::Changed)
            addRow(who, 0, QString(), ScanDiff::changeName(h.change),
                h.oldStatus.isEmpty() ? tr("not scanned") : h.oldStatus,
                h.newStatus.isEmpty() ? tr("not scanned") : h.newStatus);
        for (const ScanDiff::Port &p : h.ports) {
            QString before = p.inOld ? portText(p.oldState, p.oldReason) : tr("not scanned");
            QString after = p.inNew ? portText(p.newState, p.newReason) : tr("not scanned");
            if (p.change == ScanDiff::Port::Change::Banner) {
                before = BannerText::escape(p.oldBanner);
                after = BannerText::escape(p.newBanner);
            }
            addRow(who, p.port, protocolName(p.protocol), ScanDiff::changeName(p.change), before,
                after);
        }
    }
    const int n = diff.changeCount();
    m_summary->setText(n == 0
            ? tr("No changes.\nOld: %1\nNew: %2").arg(diff.oldTitle, diff.newTitle)
            : tr("%n change(s).\nOld: %1\nNew: %2", nullptr, n).arg(diff.oldTitle, diff.newTitle));
    applyFilter();
}

void CompareDialog::applyFilter()
{
    auto *filter = static_cast<DiffFilter *>(m_filter);
    filter->kind = m_kind->currentData().toString();
    filter->text = m_search->text().trimmed();
    filter->invalidate();
}

bool CompareDialog::exportDiff()
{
    const QString textFilter = tr("Text files (*.txt)");
    const QString jsonFilter = tr("JSON files (*.json)");
    QString selected = textFilter;
    QString directory = m_settings->lastDirectory();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QDir::homePath();
    QString path = m_dialogs->saveFileName(this, tr("Export Comparison"),
        QDir(directory).filePath(QStringLiteral("portolan-diff")),
        textFilter + QStringLiteral(";;") + jsonFilter, &selected);
    if (path.isEmpty())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool json
        = suffix == QLatin1String("json") || (suffix.isEmpty() && selected == jsonFilter);
    if (suffix.isEmpty())
        path += json ? QStringLiteral(".json") : QStringLiteral(".txt");
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    QString error;
    if (!AtomicFile::writeData(path, json ? m_diff.toJson() : m_diff.toText().toUtf8(), &error)) {
        m_dialogs->warn(this, tr("Export failed"),
            tr("%1\n\nAny earlier file at that path is unchanged.").arg(error));
        return false;
    }
    return true;
}
