# Trying to fix a typo in place: str is immutable, so rebuild it instead.
word = 'recieve'
i = word.index('ie')
fixed = word[:i] + 'ei' + word[i + 2:]
print(word, '->', fixed)
chars = list(word)
chars[i], chars[i + 1] = chars[i + 1], chars[i]
print(''.join(chars), word.replace('ie', 'ei'))
print(word[::-1], word[-3:], word[10:], word[2:5:2], word[-100:2])
try:
    print(word[20])
except IndexError as e:
    print('IndexError:', e)
print('patching in place...')
word[i] = 'e'
