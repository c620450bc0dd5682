#include "core/platform/systemlimits.h"

#include <dirent.h>

#include <cerrno>
#include <fcntl.h>
#include <mutex>
#include <sys/resource.h>
#include <unistd.h>

#include <QtGlobal>

namespace SystemLimits {

void raiseFileLimit()
{
    static std::once_flag once;
    std::call_once(once, [] {
        rlimit limit {};
        if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = limit.rlim_max;
            setrlimit(RLIMIT_NOFILE, &limit);
        }
    });
}

long long fileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    return static_cast<long long>(limit.rlim_cur);
}

int openDescriptorCount()
{
    DIR *dir = opendir("/proc/self/fd");
    if (!dir) {
        // No /proc: count descriptors the slow, portable way.
        const long long limit = fileLimit();
        const int top = limit < 0 || limit > 65536 ? 65536 : static_cast<int>(limit);
        int count = 0;
        for (int fd = 0; fd < top; ++fd) {
            if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
                ++count;
        }
        return count;
    }
    int count = 0;
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] != '.')
            ++count;
    }
    closedir(dir);
    return count - 1; // the directory's own descriptor
}

void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    // On Linux, PRIO_PROCESS with a thread id sets that one thread's nice value.
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    if (errno == 0)
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), nice + 5 > 19 ? 19 : nice + 5);
#endif
}

} // namespace SystemLimits
