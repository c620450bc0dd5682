#!/usr/bin/env bash
# The checks CI enforces on the code itself: clang-format on every C++ file,
# includes that point one way (scripts/check-includes.py), clang-tidy with the
# committed .clang-tidy on app/ and ui/ (clean, warnings are errors; it also
# holds functions to 80 lines), and no file in app/ or ui/ over 500 lines. Run
# after scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
portolan_install_deps clang-format clang-tidy
status=0

echo "== clang-format"
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run -Werror "${sources[@]}"; then
    echo "clang-format: run clang-format -i on the files above"
    status=1
fi

echo "== includes (no cycle between units or folders; folders include only those below)"
if ! python3 scripts/check-includes.py; then
    echo "includes: see docs/ARCHITECTURE.md for what each folder may include"
    status=1
fi

echo "== file length (at most 500 lines in app/ and ui/)"
while read -r lines file; do
    if [ "$lines" -gt 500 ]; then
        echo "$file: $lines lines"
        status=1
    fi
done < <(git ls-files 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'ui/*.ui' | xargs wc -l | grep -v ' total$')

echo "== clang-tidy"
# The compile commands of the test build (scripts/test.sh), which has every file.
[ -f build/asan/compile_commands.json ] || { cmake --preset asan && cmake --build --preset asan; }
mapfile -t product < <(git ls-files 'app/*.cpp' 'ui/*.cpp')
# Debian's run-clang-tidy 14 has no -warnings-as-errors: any finding fails here.
# A clang-tidy that fails to run is a failure too, not a clean result.
tidy=0
run-clang-tidy -p build/asan -j "$(nproc)" -quiet "${product[@]/#/$PWD/}" \
    > build/asan/clang-tidy.log 2>&1 || tidy=$?
if grep -qE '(warning|error): ' build/asan/clang-tidy.log; then
    grep -E '(warning|error): ' -A3 build/asan/clang-tidy.log
    echo "clang-tidy: findings above"
    status=1
elif [ "$tidy" -ne 0 ]; then
    tail -20 build/asan/clang-tidy.log
    echo "clang-tidy: failed to run (exit $tidy)"
    status=1
fi
[ "$status" -eq 0 ] && echo "lint passed"
exit "$status"
