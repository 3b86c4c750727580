# Caesar and Vigenère ciphers over ASCII letters, preserving case and punctuation.
ALPHA = 'abcdefghijklmnopqrstuvwxyz'

def shift_char(ch, k):
    if ch.islower():
        return ALPHA[(ALPHA.index(ch) + k) % 26]
    if ch.isupper():
        return ALPHA[(ALPHA.index(ch.lower()) + k) % 26].upper()
    return ch

def caesar(text, k):
    return ''.join(shift_char(c, k) for c in text)

def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for c in text:
        if c.isalpha() and c.isascii():
            k = ord(key[i % len(key)].lower()) - ord('a')
            out.append(shift_char(c, -k if decrypt else k))
            i += 1
        else:
            out.append(c)
    return ''.join(out)

msg = 'Attack at Dawn! Meet at the old mill, 5pm.'
for k in (1, 3, 13, 25, -3):
    enc = caesar(msg, k)
    print(f'{k:>3}: {enc}')
    assert caesar(enc, -k) == msg
table = str.maketrans(ALPHA + ALPHA.upper(), ALPHA[13:] + ALPHA[:13] + ALPHA.upper()[13:] + ALPHA.upper()[:13])
print(msg.translate(table))
print(msg.translate(table).translate(table) == msg)
v = vigenere(msg, 'LEMON')
print(v)
print(vigenere(v, 'LEMON', decrypt=True))
counts = {}
for c in v.lower():
    if c.isalpha():
        counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
strip_vowels = str.maketrans('', '', 'aeiouAEIOU')
print(msg.translate(strip_vowels))
print(msg.translate({ord('a'): '4', ord('e'): '3', ord('t'): None}))
