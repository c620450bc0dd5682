#!/usr/bin/env python3
"""Lists the test functions that skipped in the last ctest run, and why, from the
JUnit files the tests write (tests/CMakeLists.txt): a skip says what is missing
where the tests ran, so the run's end says it too.

    scripts/list-skips.py build/asan/test-results
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else 'build/asan/test-results'
    skips = []
    for path in sorted(glob.glob(os.path.join(folder, '*.xml'))):
        test = os.path.splitext(os.path.basename(path))[0]
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as e:
            skips.append(f'{test}: its results could not be read ({e})')
            continue
        for case in root.iter('testcase'):
            for skipped in case.findall('skipped'):
                reason = skipped.get('message') or (skipped.text or '').strip()
                skips.append(f'{test}::{case.get("name")}: {reason}')
    if skips:
        print(f'Skipped ({len(skips)}), and why:')
        for line in skips:
            print(f'  {line}')
    else:
        print('Skipped: none')


if __name__ == '__main__':
    main()
