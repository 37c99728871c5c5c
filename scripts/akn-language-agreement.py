#!/usr/bin/env python3
"""Link coverage of each language's extraction against three sets of editors' links.

    python3 scripts/akn-language-agreement.py LANG      # fr es ru ar zh; after a release build

For each resolution of ../shared/corpus/akn-lang/LANG that has its English version in
../shared/corpus/akn, the text is written as akn_crosscheck.py writes it and extracted by
.build/release/citegraph, and its targets are compared with: the links of its own markup
(what akn_crosscheck.py counts), the links of the English markup of the same resolution,
and the links both markups agree on. Where a language's markup links a reference to another
document than the English one does, the second and third figures tell the extractor's misses
from the markup's.
"""
import sys, os, json, subprocess, re
sys.path.insert(0, '../shared/tools')
import akn_crosscheck as T
import xml.etree.ElementTree as ET
lang = sys.argv[1]
def links(path):
    root = ET.parse(path).getroot()
    out = set()
    for a in root.iter():
        if a.tag.endswith('}a') or a.tag == 'a' or a.tag.endswith('}ref'):
            s = T.link_symbol(a.get('href', ''))
            if s: out.add(frozenset(T.norm_keys(s)))
    own = T.own_symbol(root, os.path.basename(path))
    return root, {k for k in out if not (own and k & T.norm_keys(own))}
en = {re.sub(r'[A-Z]?(_reissue|_Reissue)?\.xml$', '', n, flags=0): n for n in os.listdir('../shared/corpus/akn')}
d = '../shared/corpus/akn-lang/' + lang
work = '/tmp/s/cons-' + lang; os.makedirs(work, exist_ok=True)
pairs = {}
for n in sorted(os.listdir(d)):
    if not n.endswith('.xml'): continue
    try: root, l = links(os.path.join(d, n))
    except ET.ParseError: continue
    stem = re.sub(r'[A-Z]?(_reissue|_Reissue)?\.xml$', '', n)
    if stem not in en: continue
    _, le = links(os.path.join('../shared/corpus/akn', en[stem]))
    open(os.path.join(work, n[:-4] + '.txt'), 'w').write(T.to_text(root))
    pairs[n[:-4] + '.txt'] = (l, le)
r = json.loads(subprocess.run(['.build/release/citegraph', 'extract', '--format', 'json', work], capture_output=True, text=True).stdout)
by = {os.path.basename(x['source']): x for x in r['documents']}
tot = {'own': [0, 0], 'english': [0, 0], 'both': [0, 0]}
for n, (l, le) in pairs.items():
    found = set()
    for c in by[n]['citations']: found |= T.norm_keys(c['target'])
    found |= T.without_parts(found)
    for name, S in (('own', l), ('english', le), ('both', l & le)):
        for k in S:
            tot[name][1] += 1
            if k & found or T.without_parts(k) & found: tot[name][0] += 1
print(lang, len(pairs), 'texts;', '; '.join(f"{k} links {a}/{b} ({a/b:.3f})" for k, (a, b) in tot.items()))
