#include "core/services/openercommand.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenerCommand", text);
}

} // namespace

bool OpenerCommand::expand(
    const ScanResult &result, QString *program, QStringList *arguments, QString *error) const
{
    QStringList words;
    if (!OpenerCommand::splitWords(command, &words, error))
        return false;
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    const QString address = result.address.toString();
    for (QString &word : words) {
        QString out;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(word); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += word.mid(last, m.capturedStart() - last);
            const QString key = m.captured(1);
            if (key == QLatin1String("address"))
                out += address;
            else if (key == QLatin1String("port"))
                out += QString::number(result.port);
            else if (key == QLatin1String("host"))
                out += result.host.isEmpty() ? address : result.host;
            else {
                *error = tr("unknown placeholder {%1}: use {address}, {port} or {host}").arg(key);
                return false;
            }
            last = m.capturedEnd();
        }
        word = out + word.mid(last);
    }
    *program = words.takeFirst();
    *arguments = words;
    return true;
}

bool OpenerCommand::isValid(QString *error) const
{
    QString program;
    QStringList arguments;
    return expand(ScanResult {}, &program, &arguments, error);
}

QList<OpenerCommand> OpenerCommand::defaults()
{
    return {
        { tr("Ping"), QStringLiteral("x-terminal-emulator -e ping -c 4 {address}") },
        { tr("Connect with netcat"), QStringLiteral("x-terminal-emulator -e nc {address} {port}") },
    };
}

QList<OpenerCommand> OpenerCommand::fromLines(const QStringList &lines)
{
    QList<OpenerCommand> out;
    for (const QString &line : lines) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab <= 0)
            continue;
        const OpenerCommand o { line.left(tab).trimmed(), line.mid(tab + 1).trimmed() };
        if (!o.name.isEmpty() && !o.command.isEmpty())
            out.append(o);
    }
    return out;
}

QStringList OpenerCommand::toLines(const QList<OpenerCommand> &openers)
{
    QStringList out;
    for (const OpenerCommand &o : openers)
        out.append(o.name + QLatin1Char('\t') + o.command);
    return out;
}

bool OpenerCommand::splitWords(const QString &text, QStringList *words, QString *error)
{
    QString word;
    bool inWord = false;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull()) {
        *error = tr("a quote is not closed");
        return false;
    }
    if (inWord)
        words->append(word);
    if (words->isEmpty()) {
        *error = tr("no program given");
        return false;
    }
    return true;
}
