#include "icons.h"

// The qrc lives in a static library: register it before the first icon is made.
static void initPortolanResources()
{
    Q_INIT_RESOURCE(portolan);
}

namespace Icons {

void initResources()
{
    static const bool done = (initPortolanResources(), true);
    Q_UNUSED(done);
}

QIcon application()
{
    initResources();
    return QIcon(QStringLiteral(":/icons/portolan.svg"));
}

QIcon state(PortState state)
{
    initResources();
    switch (state) {
    case PortState::Open:
        return QIcon(QStringLiteral(":/icons/state-open.svg"));
    case PortState::Closed:
        return QIcon(QStringLiteral(":/icons/state-closed.svg"));
    case PortState::Filtered:
        return QIcon(QStringLiteral(":/icons/state-filtered.svg"));
    }
    return {};
}

QIcon action(const char *themeName, const char *fallback)
{
    initResources();
    return QIcon::fromTheme(QLatin1String(themeName),
        QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(fallback))));
}

} // namespace Icons
