# Converting code points back to characters; chr() has limits.
codes = [72, 105, 0x1F600, 0xE9, 0x10FFFF]
print(''.join(chr(c) for c in codes[:4]), [ord(ch) for ch in 'Hé😀'], repr(chr(0x10FFFF)))
print([hex(ord(c)) for c in 'Zoë'], chr(ord('a') + 25), ''.join(chr(ord(c) ^ 32) for c in 'sWAP'))
for bad in ['ab', '', 5]:
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    chr('a')
except TypeError as e:
    print('TypeError:', e)
shifted = [c + 0x110000 // 2 for c in codes]
print('decoding shifted', shifted[:2])
print(''.join(chr(c) for c in shifted))
