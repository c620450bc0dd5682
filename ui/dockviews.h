#pragma once

class QDockWidget;

// The View menu's dock actions: a view's shortcut brings it forward (shows it,
// raises its tab, focuses it) and hides it only when it is already in front.
namespace DockViews {

// Makes dock's toggleViewAction() show and raise the dock, or hide it when it is
// already in front; its check mark keeps saying whether the dock is open.
void raiseOnToggle(QDockWidget *dock);

} // namespace DockViews
