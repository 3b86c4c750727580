# Palindromes and anagram signatures with normalisation through casefold and isalnum.
def normalize(s):
    return ''.join(ch for ch in s.casefold() if ch.isalnum())

phrases = ['A man, a plan, a canal: Panama', 'Was it a car or a cat I saw?', 'No lemon, no melon',
           'Hello, World', 'Straße', 'Ésope reste ici et se repose', '12321', '']
for p in phrases:
    n = normalize(p)
    print(f'{p!r:<35} {n[:20]!r:<24} palindrome={n == n[::-1]}')
words = ['listen', 'silent', 'enlist', 'Tinsel', 'google', 'elgoog', 'inlets', 'banana', 'Ångström', 'mörtsgnå']
groups = {}
for w in words:
    groups.setdefault(''.join(sorted(w.casefold())), []).append(w)
for sig, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f'{sig:<10} {len(ws)} {" ".join(ws)}')
def longest_palindrome(s):
    best = ''
    for c in range(len(s)):
        for lo, hi in ((c, c), (c, c + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo, hi = lo - 1, hi + 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
for s in ['babad', 'cbbd', 'forgeeksskeegfor', 'a😀b😀a', 'abc']:
    print(s, '->', longest_palindrome(s))
