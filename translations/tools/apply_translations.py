#!/usr/bin/env python3
"""Fills a .ts file from a plain list of translations, one per message in file order
(a translation of a source with N line breaks takes N+1 lines). Used once to seed
mmsstudio_zh_CN.ts; later edits are made in Qt Linguist or directly in the .ts file.
With --copy-source, every translation becomes its source (the English catalogue).
With --unfinished, only the unfinished messages are listed (to stdout, without a file argument)
or filled (with one)."""
import sys
import xml.etree.ElementTree as ET


def main():
    ts_path = sys.argv[1]
    tree = ET.parse(ts_path)
    messages = [m for c in tree.getroot().findall('context') for m in c.findall('message')]
    args = sys.argv[2:]
    if args and args[0] == '--unfinished':
        messages = [m for m in messages if m.find('translation').get('type') == 'unfinished']
        args = args[1:]
        if not args:
            for m in messages:
                print(repr(m.find('source').text))
            return
    sys.argv[2:] = args
    if sys.argv[2] == '--copy-source':
        lines = None
    else:
        lines = open(sys.argv[2], encoding='utf-8').read().split('\n')
        if lines and lines[-1] == '':
            lines.pop()
    pos = 0
    for m in messages:
        src = m.find('source').text or ''
        if lines is None:
            text = src
        else:
            n = src.count('\n') + 1
            text = '\n'.join(lines[pos:pos + n])
            pos += n
        tr = m.find('translation')
        if m.get('numerus') == 'yes':
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            form = ET.SubElement(tr, 'numerusform')
            form.text = text
            if lines is None:  # English has two forms
                form.text = text.replace('(s)', '').replace('(es)', '')
                form2 = ET.SubElement(tr, 'numerusform')
                form2.text = text.replace('(s)', 's').replace('(es)', 'es')
        else:
            tr.text = text
        if 'type' in tr.attrib:
            del tr.attrib['type']
    if lines is not None and pos != len(lines):
        sys.exit(f'{len(lines)} lines for {pos} expected')
    tree.write(ts_path, encoding='utf-8', xml_declaration=True)


main()
