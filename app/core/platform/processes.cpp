#include "core/platform/processes.h"

#include <csignal>

#include <cerrno>

namespace Processes {

bool exists(qint64 pid)
{
    if (pid <= 0 || pid != static_cast<pid_t>(pid))
        return false;
    // Signal 0 checks without sending; EPERM means it exists but is not ours.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace Processes
