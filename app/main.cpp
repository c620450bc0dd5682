#include "dialogs.h"
#include "icons.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "storedialog.h"

#include <cstdio>

#include <QApplication>
#include <QStatusBar>

#include "core/platform/systemlimits.h"
#include "core/settings/appsettings.h"
#include "core/settings/translator.h"

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Portolan"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("portolan.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("portolan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    LaunchOptions launch;
    {
        // --version, --help and bad arguments are answered without a display.
        QCoreApplication core(argc, argv);
        setApplicationNames();
        Translator translator;
        translator.setLanguage(QString());
        launch = LaunchOptions::parse(QCoreApplication::arguments());
        if (!launch.error.isEmpty()) {
            std::fprintf(stderr, "portolan: %s\n", qPrintable(launch.error));
            return 2;
        }
        if (launch.showVersion) {
            std::printf("portolan %s\n", PORTOLAN_VERSION);
            return 0;
        }
        if (launch.showHelp) {
            std::fputs(qPrintable(launch.helpText), stdout);
            return 0;
        }
    }

    QApplication app(argc, argv);
    setApplicationNames();
    // Again, now that Qt has taken its own options (-style, -platform, ...).
    launch = LaunchOptions::parse(QApplication::arguments());
    QApplication::setApplicationDisplayName(QStringLiteral("Portolan"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.portolan.Portolan"));
    QApplication::setWindowIcon(Icons::application());

    SystemLimits::raiseFileLimit();
    auto settings = std::make_unique<AppSettings>();
    const QString privacyNotice = settings->privacyNotice();
    if (!privacyNotice.isEmpty())
        std::fprintf(stderr, "portolan: %s\n", qPrintable(privacyNotice));
    StoreDialog::apply(*settings); // before the window opens its stores
    MainWindow window(std::move(settings), std::make_unique<Dialogs>());
    window.show();
    if (!privacyNotice.isEmpty())
        window.statusBar()->showMessage(privacyNotice);
    window.applyLaunchOptions(launch);
    return QApplication::exec();
}
