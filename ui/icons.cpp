#include "icons.h"

#include <iterator>

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
    // Made once: the delegate asks for one for every painted cell.
    static const QIcon icons[] = {
        (initResources(), QIcon(QStringLiteral(":/icons/state-open.svg"))),
        QIcon(QStringLiteral(":/icons/state-closed.svg")),
        QIcon(QStringLiteral(":/icons/state-filtered.svg")),
        QIcon(QStringLiteral(":/icons/state-open-filtered.svg")),
    };
    const auto i = static_cast<size_t>(state);
    return i < std::size(icons) ? icons[i] : QIcon();
}

QIcon action(const char *themeName, const char *fallback)
{
    initResources();
    return QIcon::fromTheme(QLatin1String(themeName),
        QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(fallback))));
}

} // namespace Icons
