#pragma once

#include <QString>
#include <QTest>

// For a test that cannot run where it is (no root, no namespace, no TUN device,
// no daemon): under CI (the CI variable set) a failure that says what is
// missing, so that a check never passes by not running; elsewhere a skip with
// the reason, which scripts/test.sh lists at the end of the run.
#define PORTOLAN_SKIP(reason)                                                                      \
    do {                                                                                           \
        const QString portolanSkipReason = (reason);                                               \
        if (qEnvironmentVariableIsSet("CI"))                                                       \
            QFAIL(qPrintable(                                                                      \
                QStringLiteral("cannot run here, and CI is set: ") + portolanSkipReason));         \
        QSKIP(qPrintable(portolanSkipReason));                                                     \
    } while (false)
