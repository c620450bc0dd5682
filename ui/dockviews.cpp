#include "dockviews.h"

#include <memory>

#include <QAction>
#include <QDockWidget>

namespace DockViews {

namespace {

void focusInside(QDockWidget *dock)
{
    QWidget *body = dock->widget();
    if (!body)
        return;
    const QList<QWidget *> children = body->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isEnabled()
            && child->isVisibleTo(dock)) {
            child->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace

void raiseOnToggle(QDockWidget *dock)
{
    // A tab behind another stays "visible" to QWidget; visibilityChanged is what
    // tells when its tab is selected or unselected (QDockWidget's documentation).
    auto inFront = std::make_shared<bool>(dock->isVisible());
    QObject::connect(dock, &QDockWidget::visibilityChanged, dock,
        [inFront](bool visible) { *inFront = visible; });
    QAction *toggle = dock->toggleViewAction();
    // Replaces QDockWidget's own handler, which only shows or hides.
    QObject::disconnect(toggle, &QAction::triggered, dock, nullptr);
    QObject::connect(toggle, &QAction::triggered, dock, [dock, toggle, inFront] {
        if (!dock->isHidden() && *inFront) {
            dock->close();
        } else {
            dock->show();
            dock->raise(); // a tabified dock's tab becomes the current one
            focusInside(dock);
        }
        toggle->setChecked(!dock->isHidden());
    });
}

} // namespace DockViews
