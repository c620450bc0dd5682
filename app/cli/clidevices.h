#pragma once

#include <QStringList>

// "portolan-cli devices [list]|label|notes|known|unknown|forget|import": the
// inventory of devices that the scans kept in the history have seen. A device is
// named by a MAC address or an address it had. Exit status 0; 2 on bad input, an
// unknown device or a file that cannot be read or used (one line on stderr); 1
// when the history cannot be read or written.
namespace CliDevices {

// args: what follows "devices" on the command line.
int run(const QStringList &args);

} // namespace CliDevices
