#pragma once

#include <fstream>

#include <string>

// This process's resident set size in KiB, from /proc/self/status (0 elsewhere).
inline long rssKb()
{
    std::ifstream status("/proc/self/status");
    std::string key;
    long value = 0;
    while (status >> key) {
        if (key == "VmRSS:") {
            status >> value;
            return value;
        }
        status.ignore(1 << 16, '\n');
    }
    return 0;
}
