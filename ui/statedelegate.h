#pragma once

#include <QStyledItemDelegate>

// Draws the results table: the State column with an icon and a colour that
// reads on light and dark palettes, and tooltips that are always plain text
// (banners come from the network and must never be rendered as HTML).
class StateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateDelegate)

public:
    explicit StateDelegate(QObject *parent = nullptr);

    // The tooltip markup for text: escaped, so that Qt shows it as it is.
    static QString toolTipHtml(const QString &text);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
