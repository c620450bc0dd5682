#include "core/results/hostname.h"

namespace HostNames {

QStringList texts(const QList<HostName> &names)
{
    QStringList out;
    for (const HostName &n : names) {
        if (!out.contains(n.name, Qt::CaseInsensitive))
            out.append(n.name);
    }
    return out;
}

bool add(QList<HostName> *names, const QString &name, const QString &source)
{
    if (name.isEmpty())
        return false;
    for (const HostName &n : std::as_const(*names)) {
        if (n.name.compare(name, Qt::CaseInsensitive) == 0)
            return false;
    }
    names->append({ name, source });
    return true;
}

QString toText(const QList<HostName> &names)
{
    QStringList lines;
    for (const HostName &n : names)
        lines.append(n.source == dns ? n.name : n.name + QLatin1Char('\t') + n.source);
    return lines.join(QLatin1Char('\n'));
}

QList<HostName> fromText(const QString &text)
{
    QList<HostName> out;
    if (text.isEmpty())
        return out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab < 0)
            out.append({ line, dns });
        else
            out.append({ line.left(tab), line.mid(tab + 1) });
    }
    return out;
}

QList<HostName> fromDns(const QStringList &names)
{
    QList<HostName> out;
    for (const QString &n : names)
        out.append({ n, dns });
    return out;
}

} // namespace HostNames
