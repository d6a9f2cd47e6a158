"""Sanity check for a page set's labels.json (uses no project code), e.g. tests/eval/pages-dev.

For every label: the sentence occurs in the text of its page's <article> (tags stripped, entities
decoded, whitespace collapsed) and is one whole sentence of a <p>/<li> as a naive splitter cuts it;
the claim exists in assets/corpus/meta-ai.json with that proposition; the stance equals the claim's
stance, or its opposite for kind "negation"; partial quotes put a piece of the claim's quote (three words or more) in quotation marks.
Also flags abbreviations with full stops and prints per-page counts.
Run: python3 tests/eval/check_pages.py tests/eval/pages-dev [-v]
"""
import json, re, html, sys, os
from html.parser import HTMLParser
HERE=os.path.dirname(os.path.abspath(__file__))
folders=[a for a in sys.argv[1:] if not a.startswith('-')]
if len(folders)!=1: sys.exit('usage: python3 tests/eval/check_pages.py <page-set folder> [-v]')
D=os.path.abspath(folders[0])+'/'
corpus=json.load(open(os.path.join(HERE,'../../assets/corpus/meta-ai.json')))
C={c['id']:c for c in corpus['claims']}
labels=json.load(open(D+'labels.json'))
BLOCK={'p','li','h1','h2','h3','h4','td','th','figcaption','caption','div','section','blockquote','ul','ol','table','tr','figure','footer','header'}
class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True)
        s.depth=0; s.inart=False; s.blocks=[]; s.cur=None; s.stack=[]; s.skip=0; s.all=[]
    def handle_starttag(s,t,a):
        if t=='article': s.inart=True
        if t in ('svg','script','style'): s.skip+=1
        if s.inart and t in ('p','li'):
            s.cur=[]; s.curtag=t
    def handle_endtag(s,t):
        if t in ('svg','script','style'): s.skip-=1
        if s.inart and t in ('p','li') and s.cur is not None:
            s.blocks.append((s.curtag,re.sub(r'\s+',' ',''.join(s.cur)).strip())); s.cur=None
        if t=='article': s.inart=False
        if s.inart and t in BLOCK: s.all.append(' ')
    def handle_data(s,d):
        if s.inart and not s.skip:
            s.all.append(d)
            if s.cur is not None: s.cur.append(d)
def split(t):
    # naive splitter: end . ? ! optionally followed by closing quote, then space + capital/quote/digit
    # regex above can't do variable lookbehind for quote; do manual
    out=[]; start=0
    for m in re.finditer(r'[.?!][”"’]?(?=\s+[“"‘A-Z0-9$—])', t):
        out.append(t[start:m.end()].strip()); start=m.end()
    out.append(t[start:].strip())
    return [x for x in out if x]
pages=sorted({l['page'] for l in labels})
ok=True
for pg in pages:
    src=open(D+pg,encoding='utf-8').read()
    # Footnote markers that link within the page are no words of the sentence (as the extension reads them).
    src=re.sub(r'<sup[^>]*>\s*<a[^>]*href="#[^"]*"[^>]*>\s*\[?\d{1,3}\]?\s*</a>\s*</sup>','',src)
    p=P(); p.feed(src)
    arttext=re.sub(r'\s+',' ',''.join(p.all))
    blocks=p.blocks
    sents=[]
    for tag,b in blocks:
        for s in split(b): sents.append(s)
    L=[l for l in labels if l['page']==pg and 'sentence' in l]
    ls={l['sentence'] for l in L}
    for l in L:
        s=l['sentence']
        if s not in arttext: print('NOT IN ARTICLE',pg,s); ok=False
        if s not in sents: print('NOT A SPLIT SENTENCE',pg,s); ok=False
        if not re.search(r'[.?!][”"’]?$',s): print('BAD END',s); ok=False
        c=C.get(l['claim'])
        if not c: print('NO CLAIM',l['claim']); ok=False; continue
        if c['proposition']!=l['proposition']: print('PROP MISMATCH',l); ok=False
        exp=c['stance'] if l['kind']!='negation' else {'affirms':'disputes','disputes':'affirms'}[c['stance']]
        if exp!=l['stance']: print('STANCE',l); ok=False
        if l['kind'] not in ('paraphrase','synonym','reorder','partial-quote','negation'): print('KIND',l); ok=False
        if l['kind']=='partial-quote':
            q=c.get('quote','')
            norm=lambda x: x.replace('’',"'").replace('“','"').replace('”','"').lower().rstrip('.')
            # some quoted span of the sentence (between quotation marks) must be a piece of the claim's quote
            spans=[x.strip(' ,.;:') for t in re.findall(r'“([^”]+)”|"([^"]+)"|‘([^’]+(?:’[a-z][^’]*)*)’',s) for x in t if x]
            if not q or not any(len(x.split())>=3 and norm(x) in norm(q) for x in spans): print('QUOTE?',s,'|',q); ok=False
        if len(set(s.split())&set(c['text'].split()))/len(set(s.split()))>0.8: print('TOO CLOSE?',s)
    # abbreviations
    for m in re.finditer(r'\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Inc|Co|Corp|vs|etc|e\.g|i\.e)\.',arttext): print('ABBREV',pg,m.group()); ok=False
    words=sum(len(b.split()) for _,b in blocks)
    nl=len(L); nneg=sum(l['kind']=='negation' for l in L)
    print(f'{pg}: words(p+li)={words} sentences={len(sents)} labelled={nl} restate={nl-nneg} negate={nneg} unlabelled={len(sents)-nl} ({(len(sents)-nl)/len(sents):.0%})')
    from collections import Counter
    print('   kinds',dict(Counter(l['kind'] for l in L)))
    dup=[s for s,n in Counter(sents).items() if n>1]
    if dup: print('   DUP SENTENCES',dup)
    if '-v' in sys.argv:
        for s in sents: print('   ','*' if s in ls else ' ',s)
print('OK' if ok else 'PROBLEMS')
