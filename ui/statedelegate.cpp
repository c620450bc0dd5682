#include "statedelegate.h"

#include "icons.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

#include "core/models/scanresultmodel.h"

namespace {

QColor stateColour(PortState state, bool dark)
{
    switch (state) {
    case PortState::Open:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x7a, 0x2e);
    case PortState::Closed:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    case PortState::Filtered:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x5b, 0x00);
    case PortState::OpenFiltered:
        return dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x45, 0x5a, 0x64);
    }
    return {};
}

} // namespace

StateDelegate::StateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void StateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != ScanResultModel::State)
        return;
    const QVariant raw = index.data(ScanResultModel::StateRole);
    if (!raw.isValid())
        return;
    const auto state = static_cast<PortState>(raw.toInt());
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = Icons::state(state);
    option->palette.setColor(QPalette::Text, stateColour(state, dark));
}

QString StateDelegate::toolTipHtml(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

bool StateDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip) {
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        // QToolTip guesses rich text; escaping makes it show the text as it is.
        QToolTip::showText(event->globalPos(), toolTipHtml(tip), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
