#pragma once

#include <QString>

namespace TestNet {

// Moves this process into a new network namespace of its own, with only the
// loopback interface, up. Call first thing in main(), before any thread starts.
// As root it uses CLONE_NEWNET; otherwise a user namespace too. False and
// *why when the system does not allow it.
bool enterPrivateNamespace(QString *why);

// Whether the process is root inside its namespace and can run iptables.
bool canUseIptables();

// Runs a command (argv) and returns its exit code; -1 if it could not start.
int run(const QStringList &argv, QString *output = nullptr);

// Open file descriptors of this process.
int openDescriptorCount();
// This process's resident memory (VmRSS), in KiB; 0 where it cannot be read.
long residentKb();

} // namespace TestNet

// A main() for tests that sweep port ranges: they run in a private network namespace.
#define PORTOLAN_NETNS_TEST_MAIN(TestClass)                                                        \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QString why;                                                                               \
        const bool isolated = TestNet::enterPrivateNamespace(&why);                                \
        QCoreApplication app(argc, argv);                                                          \
        TestClass test(isolated, why);                                                             \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
