# Turn titles into URL slugs, with a collision counter.
def slugify(title, max_len=30):
    out = []
    prev_dash = False
    for ch in title.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
            prev_dash = False
        elif ch in "'’":
            continue
        elif not prev_dash:
            out.append('-')
            prev_dash = True
    slug = ''.join(out).strip('-')
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit('-', 1)[0]
    return slug or 'untitled'

titles = [
    "Hello, World!",
    "  Python 3.11: What's New?  ",
    "Crème brûlée -- a recipe",
    "Don't Panic",
    "Hello World",
    "!!!",
    "A very long title that certainly exceeds the maximum slug length",
    "tabs\tand\nnewlines",
]
seen = {}
for t in titles:
    s = slugify(t)
    n = seen.get(s, 0)
    seen[s] = n + 1
    final = s if n == 0 else f'{s}-{n + 1}'
    print(f'{t!r:<70} -> {final}')
print(sorted(seen.items()))
print('-'.join(w.capitalize() for w in 'the quick brown fox'.split()))
words = []
cur = ''
for ch in 'parseHTTPResponseCode':
    if ch.isupper() and cur and not cur[-1].isupper():
        words.append(cur)
        cur = ch
    else:
        cur += ch
words.append(cur)
print('_'.join(w.lower() for w in words))
