#pragma once

#include <QtGlobal>

// Other processes of this machine, as the watches' run lock needs them.
namespace Processes {

// Whether a process with this id exists (another user's counts); false for ids <= 0.
bool exists(qint64 pid);

} // namespace Processes
