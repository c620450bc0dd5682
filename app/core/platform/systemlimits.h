#pragma once

// What the system allows this process: open files and thread priority. The
// engine sizes its windows from these and never reads /proc or rlimits itself.
namespace SystemLimits {

// Raises the soft limit on open files to the hard limit, once per process.
void raiseFileLimit();
// The soft limit on open files; -1 when there is none.
long long fileLimit();
// Descriptors this process has open now.
int openDescriptorCount();
// Makes the calling thread a little nicer than its creator, so that on a machine
// with few cores the window's GUI thread wins the CPU over the probe loops.
void lowerThreadPriority();

} // namespace SystemLimits
