#!/usr/bin/env python3
"""check-translations.py LUPDATE SOURCES_LST TS… [-- LUPDATE_OPTION…]

Fails (exit 1) when a translation is not complete. Each .ts file is copied to a temp folder and
lupdate runs on the copy with the sources and options the build uses (the source tree is never
written). Then:
- the copy must equal the committed file: otherwise a tr() string is missing from it, or an entry
  vanished (its source string is gone), and the diff says which;
- no entry may be unfinished, vanished or obsolete, and every plural (numerus) entry needs all its
  forms, each with %n;
- a translation keeps the source's %1, %2… placeholders and its single & accelerator.
tokendesk_en.ts is special: English needs only the plural forms ("in 1 day"), so only its numerus
entries must be finished.
Run `./dev translations` to update the .ts files, then translate what this lists."""
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def placeholders(text):
    return sorted(set(re.findall(r'%(?:\d+|n)', text or '')))


def accelerators(text):
    return len(re.findall(r'&(?!&|amp;|lt;|gt;|quot;|apos;|#)', (text or '').replace('&&', '')))


def problems_in(path, plural_only):
    found = []
    for ctx in ET.parse(path).getroot().iter('context'):
        cname = ctx.find('name').text
        for m in ctx.iter('message'):
            src = m.find('source').text or ''
            where = f'[{cname}] "{src}"'
            tr = m.find('translation')
            numerus = m.get('numerus') == 'yes'
            kind = tr.get('type') if tr is not None else 'unfinished'
            if kind in ('vanished', 'obsolete'):
                found.append(f'{kind} (no longer in the sources): {where}')
                continue
            if plural_only and not numerus:
                continue
            if kind == 'unfinished':
                found.append(f'unfinished: {where}')
                continue
            texts = [f.text or '' for f in tr.findall('numerusform')] if numerus else [tr.text or '']
            if any(not t.strip() for t in texts):
                found.append(f'empty translation: {where}')
                continue
            for t in texts:
                expected = placeholders(src)
                if numerus and '%n' not in t:
                    found.append(f'plural form without %n ("{t}"): {where}')
                elif placeholders(t) != expected and not (numerus and set(placeholders(t)) <= set(expected)):
                    found.append(f'placeholders {placeholders(t)} instead of {expected} ("{t}"): {where}')
                if accelerators(src) != accelerators(t):
                    found.append(f'{accelerators(t)} & accelerators instead of {accelerators(src)} ("{t}"): {where}')
    return found


def main():
    args = sys.argv[1:]
    options = []
    if '--' in args:
        options = args[args.index('--') + 1:]
        args = args[:args.index('--')]
    lupdate, sources_lst, ts_files = args[0], args[1], args[2:]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            name = os.path.basename(ts)
            copy = os.path.join(tmp, name)
            shutil.copyfile(ts, copy)
            run = subprocess.run([lupdate, *options, '@' + sources_lst, '-ts', copy],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(f'FAIL {name}: lupdate failed:\n{run.stdout}{run.stderr}')
                failures += 1
                continue
            problems = []
            with open(ts, encoding='utf-8') as a, open(copy, encoding='utf-8') as b:
                before, after = a.readlines(), b.readlines()
            if before != after:
                diff = ''.join(difflib.unified_diff(before, after, name, name + ' after lupdate', n=1))
                problems.append('the file is not up to date with the sources (new or removed '
                                'strings); lupdate would change it:\n' + diff)
            problems += problems_in(copy, plural_only=name.endswith('_en.ts'))
            if problems:
                failures += 1
                print(f'FAIL {name}: {len(problems)} problem(s)')
                for p in problems:
                    print('  ' + p)
            else:
                print(f'PASS {name}')
    if failures:
        print('\nUpdate the .ts files with `./dev translations`, then translate the entries above '
              '(Qt Linguist: `linguist translations/tokendesk_fr.ts`, or edit the XML).')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
