#!/usr/bin/env python3
"""Includes point one way: no cycle between units and none between app/core's folders.

A unit is a header with its source (engine/scanjob.h and engine/scanjob.cpp). A
folder is a top-level folder of app/core (engine/discovery counts as engine), or
app/cli, or ui. Folders may include only the folders listed for them in LAYERS,
so a new include that points the wrong way fails here even before it closes a
cycle. Prints each offence on a line and exits 1 when there is any.
"""
import os
import re
import subprocess
import sys

# What each folder may include besides itself (docs/ARCHITECTURE.md explains it).
LAYERS = {
    'core/platform': [],
    'core/spec': ['core/platform'],
    'core/results': ['core/spec', 'core/platform'],
    'core/identity': ['core/services', 'core/results', 'core/spec', 'core/platform'],
    'core/services': ['core/results', 'core/spec', 'core/platform'],
    'core/engine': ['core/services', 'core/results', 'core/spec', 'core/platform'],
    'core/models': ['core/results', 'core/spec', 'core/platform'],
    'core/formats': ['core/models', 'core/results', 'core/spec', 'core/platform'],
    'core/history': ['core/formats', 'core/models', 'core/results', 'core/spec',
                     'core/platform'],
    'core/watch': ['core/history', 'core/engine', 'core/formats', 'core/models',
                   'core/services', 'core/results', 'core/spec', 'core/platform'],
    'core/settings': ['core/history', 'core/services', 'core/spec', 'core/results',
                      'core/platform'],
    'cli': ['core'],
    'ui': ['core'],
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def folder_of(path):
    """app/core/engine/discovery/x.h -> core/engine; app/cli/x.cpp -> cli; ui/x.h -> ui."""
    parts = path.split('/')
    if parts[0] == 'app' and len(parts) > 3 and parts[1] == 'core':
        return 'core/' + parts[2]
    if parts[0] == 'app' and len(parts) > 2:
        return parts[1]
    if parts[0] == 'ui':
        return 'ui'
    return None


def allowed(source, target):
    if source == target:
        return True
    for permitted in LAYERS.get(source, []):
        if target == permitted or target.startswith(permitted + '/'):
            return True
    return False


def resolve(including, name, files):
    """The repository path an include names, or None for a generated or outside header."""
    here = os.path.dirname(including)
    for candidate in (os.path.normpath(os.path.join(here, name)), 'app/' + name):
        if candidate in files:
            return candidate
    return None


def find_cycle(graph):
    """One cycle in graph (node -> set of nodes) as a list, or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def main():
    root = subprocess.check_output(['git', 'rev-parse', '--show-toplevel'], text=True).strip()
    os.chdir(root)
    listed = subprocess.check_output(
        ['git', 'ls-files', '--cached', '--others', '--exclude-standard', 'app', 'ui'],
        text=True).split()
    files = {f for f in listed if f.endswith(('.h', '.cpp')) and os.path.exists(f)}
    problems = []
    units = {}
    folders = {}
    for f in sorted(files):
        unit = os.path.splitext(f)[0]
        src_folder = folder_of(f)
        with open(f, encoding='utf-8') as handle:
            text = handle.read()
        for name in INCLUDE.findall(text):
            target = resolve(f, name, files)
            if target is None:
                continue
            target_unit = os.path.splitext(target)[0]
            if target_unit != unit:
                units.setdefault(unit, set()).add(target_unit)
            dst_folder = folder_of(target)
            if src_folder and dst_folder and src_folder != dst_folder:
                folders.setdefault(src_folder, set()).add(dst_folder)
                if not allowed(src_folder, dst_folder):
                    problems.append(f'{f}: includes {target}: {src_folder} may not include '
                                    f'{dst_folder}')
    cycle = find_cycle(units)
    if cycle:
        problems.append('unit cycle: ' + ' -> '.join(cycle))
    cycle = find_cycle(folders)
    if cycle:
        problems.append('folder cycle: ' + ' -> '.join(cycle))
    for p in problems:
        print(p)
    if not problems:
        print(f'includes: {len(files)} files, {len({os.path.splitext(f)[0] for f in files})} units, no cycle, every folder '
              'includes only the folders below it')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
