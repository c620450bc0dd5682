#!/usr/bin/env python3
"""After code moves strings to another translation context (a class or namespace
renamed or split), lupdate marks them new (unfinished) in the new context and
vanished in the old one. This gives each new entry the translation its source
text had in a vanished entry, then drops the vanished entries.

    lupdate -locations none @sources -ts translations/*.ts   (keeping obsolete)
    scripts/carry-translations.py translations/*.ts
"""
import sys
import xml.etree.ElementTree as ET


def carry(path):
    tree = ET.parse(path)
    root = tree.getroot()
    old = {}
    for context in root.findall('context'):
        for message in context.findall('message'):
            translation = message.find('translation')
            if translation is not None and translation.get('type') in ('vanished', 'obsolete'):
                old.setdefault(message.findtext('source'), message)
    carried = 0
    for context in root.findall('context'):
        for message in context.findall('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            source = old.get(message.findtext('source'))
            if source is None:
                continue
            message.remove(translation)
            fresh = source.find('translation')
            copy = ET.fromstring(ET.tostring(fresh))
            copy.attrib.pop('type', None)
            copy.tail = translation.tail
            message.append(copy)
            carried += 1
    for context in list(root.findall('context')):
        for message in list(context.findall('message')):
            translation = message.find('translation')
            if translation is not None and translation.get('type') in ('vanished', 'obsolete'):
                context.remove(message)
        if not context.findall('message'):
            root.remove(context)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{path}: {carried} carried')


for p in sys.argv[1:]:
    carry(p)
