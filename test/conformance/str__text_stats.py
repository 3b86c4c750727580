# Text statistics: words, sentences, letter frequencies, longest words, reading time.
TEXT = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was the epoch of belief! Was it the epoch of incredulity?
Numbers like 1859 and 3.5 don't count as words. Hyphen-ated words do."""

sentences = [s.strip() for s in TEXT.replace('...', '.').replace('!', '.').replace('?', '.').split('.') if s.strip()]
print(len(sentences), 'sentences')
words = []
for raw in TEXT.split():
    w = raw.strip('.,;!?').lower()
    if w and not w.replace('.', '').isdigit():
        words.append(w)
print(len(words), 'words,', len(set(words)), 'distinct')
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f'{w:>8} {"#" * c} {c}')
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
print(' '.join(f'{k}:{v / total:.1%}' for k, v in sorted(letters.items(), key=lambda kv: -kv[1])[:5]))
longest = max(words, key=len)
print('longest:', longest, len(longest), 'avg: %.2f' % (sum(map(len, words)) / len(words)))
print('lines:', len(TEXT.splitlines()), 'chars:', len(TEXT), 'non-space:', sum(not c.isspace() for c in TEXT))
print('reading time: {:.1f} min'.format(len(words) / 200))
print(TEXT.count('it was'), TEXT.lower().count('it was'), TEXT.find('epoch'), TEXT.rfind('epoch'))
print([w for w in freq if "'" in w or '-' in w])
