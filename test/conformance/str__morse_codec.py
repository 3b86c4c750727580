# Morse code encoder/decoder with a reverse lookup table.
MORSE = {
    'A': '.-', 'B': '-...', 'C': '-.-.', 'D': '-..', 'E': '.', 'F': '..-.', 'G': '--.', 'H': '....',
    'I': '..', 'J': '.---', 'K': '-.-', 'L': '.-..', 'M': '--', 'N': '-.', 'O': '---', 'P': '.--.',
    'Q': '--.-', 'R': '.-.', 'S': '...', 'T': '-', 'U': '..-', 'V': '...-', 'W': '.--', 'X': '-..-',
    'Y': '-.--', 'Z': '--..', '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-',
    '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.', '.': '.-.-.-', ',': '--..--',
}
REVERSE = {v: k for k, v in MORSE.items()}

def encode(text):
    words = []
    for word in text.upper().split():
        words.append(' '.join(MORSE.get(ch, '?') for ch in word))
    return ' / '.join(words)

def decode(code):
    return ' '.join(''.join(REVERSE.get(sym, '?') for sym in word.split()) for word in code.split(' / '))

for msg in ['SOS', 'Hello, World.', 'meet at 0900', 'Ünicode?']:
    enc = encode(msg)
    print(f'{msg!r:<16} {enc}')
    print(f'{"":<16} {decode(enc)!r}')
stats = {'.': 0, '-': 0}
for ch in encode('the quick brown fox jumps over the lazy dog'):
    if ch in stats:
        stats[ch] += 1
print(stats, max(MORSE, key=lambda k: len(MORSE[k])), sorted(k for k, v in MORSE.items() if len(v) == 1))
print(encode('').split(), decode('... --- ...'), '-'.join(reversed(encode('ok').split(' '))))
