#pragma once

#include <QObject>
#include <QString>

// Base of test classes whose process runs in a private network namespace (see
// PORTOLAN_NETNS_TEST_MAIN): knows whether that worked, and why not.
class IsolatedTest : public QObject
{
public:
    IsolatedTest(bool isolated, QString why)
        : m_isolated(isolated)
        , m_why(std::move(why))
    {
    }

protected:
    bool m_isolated;
    QString m_why;
};
