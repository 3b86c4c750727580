# Greedy word wrap with justification and a hanging indent.
TEXT = ("Corral runs untrusted scripts written in a Python subset inside Node.js, "
        "safely and fast. Every construct it accepts must behave exactly as CPython does; "
        "what it does not support is rejected up front with a diagnostic.")

def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        if cur and len(' '.join(cur + [word])) > width:
            lines.append(cur)
            cur = []
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    each, extra = divmod(spaces, gaps)
    out = ''
    for i, w in enumerate(words[:-1]):
        out += w + ' ' * (each + (1 if i < extra else 0))
    return out + words[-1]

for width in (30, 45):
    print(f'--- width {width} ---')
    lines = wrap(TEXT, width)
    for i, words in enumerate(lines):
        last = i == len(lines) - 1
        body = ' '.join(words) if last else justify(words, width)
        print(f'|{body:<{width}}|')
print('--- hanging ---')
for i, words in enumerate(wrap(TEXT, 40)):
    prefix = '* ' if i == 0 else '  '
    print(prefix + ' '.join(words))
print('--- centered ---')
for words in wrap('the end of the document', 12):
    print(' '.join(words).center(16, '.'))
print(repr('a\tb\tc'.expandtabs(4)), len('x\ty'.expandtabs()))
