#!/usr/bin/env python3
"""Fills the unfinished entries of the catalogues from a file of translations
written by hand: a JSON object whose keys are source texts and whose values map a
language (de, es, fr, ja, zh_CN) to the translation, or, for a numerus entry, to the
list of its forms (two for de, es, fr; one for ja, zh_CN). An entry whose source
text has no translation for a language stays unfinished, and is listed.

    scripts/fill-translations.py NEW.json translations/*.ts
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def language(path):
    return re.search(r"portolan_(\w+)\.ts$", path).group(1)


def fill(path, table):
    lang = language(path)
    tree = ET.parse(path)
    left = []
    filled = 0
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            text = table.get(source, {}).get(lang)
            if text is None:
                left.append(f"{context.findtext('name')}: {source!r}")
                continue
            if message.get("numerus") == "yes":
                if not isinstance(text, list):
                    sys.exit(f"{path}: {source!r} needs a list of forms")
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {filled} filled, {len(left)} left")
    for item in left:
        print("   ", item)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        table = json.load(f)
    for path in sys.argv[2:]:
        fill(path, table)


if __name__ == "__main__":
    main()
