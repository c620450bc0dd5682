#pragma once

#include <QIcon>

#include "core/results/scanresult.h"

// Icons: the desktop theme's first, Portolan's bundled SVGs second.
namespace Icons {

// Registers the bundled icons; every function below calls it.
void initResources();

QIcon application();
QIcon state(PortState state);
// A themed action icon by freedesktop name, with a bundled fallback (":/icons/<fallback>.svg").
QIcon action(const char *themeName, const char *fallback);

} // namespace Icons
