#!/usr/bin/env python3
"""Fills the English catalogue's unfinished plural entries. The source texts say
"port(s)"; English has two forms, "1 port" and "2 ports", made here from the
source: "(s)" dropped for one, "s" for more. Where that is not the English
(a verb that agrees with its subject), the form is written in EXCEPTIONS.

    lupdate -pluralonly -no-obsolete -locations none @SOURCES -ts translations/portolan_en.ts
    scripts/fill-english-plurals.py translations/portolan_en.ts
"""
import sys
import xml.etree.ElementTree as ET

EXCEPTIONS = {
    "%n scan(s) match": ["%n scan matches", "%n scans match"],
}


def forms(source):
    if source in EXCEPTIONS:
        return EXCEPTIONS[source]
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def main():
    path = sys.argv[1]
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for text in forms(message.findtext("source")):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {filled} plural entries filled")


if __name__ == "__main__":
    main()
