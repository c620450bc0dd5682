#include "devicespanel.h"

#include "dialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include "core/history/devicelistmodel.h"
#include "core/history/historyjob.h"
#include "core/history/scannername.h"

namespace {

// New devices (not marked known) in bold.
class NewInBold final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(DeviceListModel::KnownRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

DevicesPanel::DevicesPanel(HistoryJob *job, Dialogs *dialogs, QWidget *parent)
    : QDockWidget(parent)
    , m_job(job)
    , m_dialogs(dialogs)
    , m_model(new DeviceListModel(this))
    , m_filter(new DeviceFilterModel(this))
{
    setObjectName(QStringLiteral("devicesDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("devicesSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_onlyNew = new QCheckBox(body);
    m_onlyNew->setObjectName(QStringLiteral("devicesNewCheckBox"));
    filters->addWidget(m_onlyNew);
    m_onlyDown = new QCheckBox(body);
    m_onlyDown->setObjectName(QStringLiteral("devicesDownCheckBox"));
    filters->addWidget(m_onlyDown);
    layout->addLayout(filters);

    m_view = new QTableView(body);
    setUpView();
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_countLabel = new QLabel(body);
    m_countLabel->setObjectName(QStringLiteral("devicesCountLabel"));
    buttons->addWidget(m_countLabel, 1);
    const auto button = [&](const char *name) {
        auto *b = new QPushButton(body);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    m_label = button("devicesLabelButton");
    m_known = button("devicesKnownButton");
    m_forget = button("devicesForgetButton");
    layout->addLayout(buttons);
    setWidget(body);

    connectActions();
    retranslate();
    updateButtons();
}

void DevicesPanel::setUpView()
{
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("devicesView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new NewInBold(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The label column alone is editable (the model's flags say so); F2 is Label….
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeviceListModel::LastSeen, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QFont bold = m_view->font(); // new devices are in bold: room for them
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const auto width = [&](int column, const char *sample) {
        m_view->horizontalHeader()->resizeSection(
            column, metrics.horizontalAdvance(QLatin1String(sample)) + 24);
    };
    width(DeviceListModel::Label, "Printer upstairs");
    width(DeviceListModel::Names, "printer.example.lan");
    width(DeviceListModel::Address, "192.168.100.200");
    width(DeviceListModel::Vendor, "Raspberry Pi Trading");
    width(DeviceListModel::Mac, "00:00:00:00:00:00");
    const QString sampleTime
        = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    m_view->horizontalHeader()->resizeSection(DeviceListModel::Status,
        metrics.horizontalAdvance(tr("Down since %1").arg(sampleTime)) + 24);
    for (int column : { DeviceListModel::LastSeen, DeviceListModel::FirstSeen })
        m_view->horizontalHeader()->resizeSection(
            column, metrics.horizontalAdvance(sampleTime) + 24);
}

void DevicesPanel::connectActions()
{
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        m_filter->setSearchText(m_search->text());
        updateCount();
    });
    connect(m_onlyNew, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOnlyNew(on);
        updateCount();
    });
    connect(m_onlyDown, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOnlyDown(on);
        updateCount();
    });
    connect(m_job, &HistoryJob::devicesListed, this, &DevicesPanel::onListed);
    connect(m_job, &HistoryJob::deviceChanged, this, [this](qint64, const QString &error) {
        if (!error.isEmpty())
            m_dialogs->warn(this, tr("Devices"), error);
        refresh(); // the labels go to the table and hosts pane from the new list
    });
    connect(m_model, &DeviceListModel::labelEdited, this, [this](qint64 id, const QString &label) {
        m_job->changeDevice(id, HistoryJob::DeviceChange::Label, label);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DevicesPanel::updateButtons);
    const auto action = [this](const char *name, const QKeySequence &key = {}) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(a);
        return a;
    };
    m_labelAction = action("deviceLabelAction", QKeySequence(Qt::Key_F2));
    m_knownAction = action("deviceKnownAction", QKeySequence(Qt::CTRL | Qt::Key_K));
    m_newAction = action("deviceNewAction");
    m_forgetAction = action("deviceForgetAction", QKeySequence::Delete);
    connect(m_labelAction, &QAction::triggered, this, &DevicesPanel::askLabel);
    connect(m_knownAction, &QAction::triggered, this,
        [this] { change(static_cast<int>(HistoryJob::DeviceChange::Known)); });
    connect(m_newAction, &QAction::triggered, this,
        [this] { change(static_cast<int>(HistoryJob::DeviceChange::Unknown)); });
    connect(m_forgetAction, &QAction::triggered, this, &DevicesPanel::forgetSelected);
    connect(m_label, &QPushButton::clicked, m_labelAction, &QAction::trigger);
    connect(m_known, &QPushButton::clicked, m_knownAction, &QAction::trigger);
    connect(m_forget, &QPushButton::clicked, m_forgetAction, &QAction::trigger);
}

void DevicesPanel::retranslate()
{
    setWindowTitle(tr("Devices"));
    m_search->setPlaceholderText(tr("Search by label, name, address, MAC, vendor or port"));
    m_search->setAccessibleName(tr("Search the devices"));
    m_onlyNew->setText(tr("&New only"));
    m_onlyNew->setToolTip(tr("Only devices not yet marked known"));
    m_onlyDown->setText(tr("Do&wn only"));
    m_onlyDown->setToolTip(tr("Only devices that the last scan of them found down"));
    m_label->setText(tr("&Label…"));
    m_known->setText(tr("Mark as &Known"));
    m_forget->setText(tr("&Forget"));
    m_labelAction->setText(tr("&Label…"));
    m_labelAction->setToolTip(
        tr("Give the device a label (F2, or double-click the Label column to edit it there)"));
    m_label->setToolTip(m_labelAction->toolTip());
    m_knownAction->setText(tr("Mark as &Known"));
    m_knownAction->setToolTip(tr("The selected devices are no longer new (Ctrl+K)"));
    m_known->setToolTip(m_knownAction->toolTip());
    m_newAction->setText(tr("Mark as &New"));
    m_forgetAction->setText(tr("&Forget"));
    m_forgetAction->setToolTip(
        tr("Remove the selected devices from the inventory; a scan that sees one again finds it "
           "new (Del)"));
    m_forget->setToolTip(m_forgetAction->toolTip());
    updateCount();
}

void DevicesPanel::refresh()
{
    m_job->listDevices();
}

QList<qint64> DevicesPanel::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(DeviceListModel::IdRole).toLongLong());
    return ids;
}

void DevicesPanel::onListed(const QList<Device> &devices, const QString &error)
{
    const QList<qint64> keep = selectedIds();
    m_model->setDevices(devices);
    m_error = error;
    QItemSelection again;
    for (qint64 id : keep) {
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
            again.select(index, index);
        }
    }
    m_view->selectionModel()->select(
        again, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // MAC and vendor only where some device has them (a scan on its own link).
    bool macs = false;
    for (const Device &d : devices)
        macs = macs || !d.mac.isEmpty() || !d.vendor.isEmpty();
    m_view->setColumnHidden(DeviceListModel::Mac, !macs);
    m_view->setColumnHidden(DeviceListModel::Vendor, !macs);
    // Which scanner, only where the store is shared with another.
    m_view->setColumnHidden(DeviceListModel::Scanner, m_model->allFrom(ScannerName::current()));
    updateCount();
    Q_EMIT labelsChanged(m_model->labelsByAddress());
    Q_EMIT listShown(m_model->rowCount());
}

void DevicesPanel::updateCount()
{
    if (!m_error.isEmpty()) {
        m_countLabel->setText(m_error);
        return;
    }
    int fresh = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        fresh += m_model->device(row).known ? 0 : 1;
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text = tr("%n device(s)", nullptr, total);
    if (fresh > 0)
        text += tr(", %n new", nullptr, fresh);
    if (shown != total)
        text += tr(" (%n shown)", nullptr, shown);
    if (total == 0)
        text = tr("No devices yet: every scan kept in the history adds those it finds up.");
    m_countLabel->setText(text);
    updateButtons();
}

void DevicesPanel::updateButtons()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_label->setEnabled(selected == 1);
    m_labelAction->setEnabled(selected == 1);
    m_known->setEnabled(selected > 0);
    m_knownAction->setEnabled(selected > 0);
    m_newAction->setEnabled(selected > 0);
    m_forget->setEnabled(selected > 0);
    m_forgetAction->setEnabled(selected > 0);
}

void DevicesPanel::askLabel()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return;
    const Device &d = m_model->device(row);
    QString label = d.label;
    if (!m_dialogs->askText(this, tr("Label"),
            tr("Label for %1 (empty removes it):").arg(d.mac.isEmpty() ? d.address() : d.mac),
            &label))
        return;
    m_model->setData(m_model->index(row, DeviceListModel::Label), label);
}

void DevicesPanel::forgetSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()
        || !m_dialogs->confirm(this, tr("Forget Devices"),
            tr("Forget %n device(s)? Their labels and notes go with them.", nullptr,
                static_cast<int>(ids.size()))))
        return;
    for (qint64 id : ids)
        m_job->changeDevice(id, HistoryJob::DeviceChange::Forget);
}

void DevicesPanel::change(int kind)
{
    for (qint64 id : selectedIds())
        m_job->changeDevice(id, static_cast<HistoryJob::DeviceChange>(kind));
}
