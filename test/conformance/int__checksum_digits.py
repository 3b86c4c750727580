# Check digits and checksums on integer identifiers: Luhn, ISBN-10, mod-97 IBAN style.
def digits(n):
    return [int(c) for c in str(n)]

def luhn_ok(number):
    total = 0
    for i, d in enumerate(reversed(digits(number))):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

def luhn_digit(partial):
    for d in range(10):
        if luhn_ok(partial * 10 + d):
            return d

for card in (4539578763621486, 4539578763621487, 79927398713, 1234567812345670):
    print(card, luhn_ok(card))
print(luhn_digit(7992739871), luhn_digit(453957876362148))

def isbn10_check(first9):
    s = sum((10 - i) * d for i, d in enumerate(first9))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)

print(isbn10_check([0, 3, 0, 6, 4, 0, 6, 1, 5]), isbn10_check([0, 8, 0, 4, 4, 2, 9, 5, 7]))
account = 3214282912345698765432161182
print(account % 97, 98 - (account * 100) % 97, pow(10, 28, 97))
big = int("".join(str(i) for i in range(1, 60)))
print(big % 97, big % 9 == sum(digits(big)) % 9, sum(digits(big)), len(str(big)))
print(int(str(big)[::-1]) % 1000003, str(2**100)[::-1], sum(digits(2**1000)))
print([n for n in range(100, 200) if n == sum(d ** 3 for d in digits(n))])
print(sorted(range(1, 30), key=lambda n: (sum(digits(n)), -n))[:8])
persistence = {}
for n in (39, 999, 277777788888899):
    steps, x = 0, n
    while x >= 10:
        p = 1
        for d in digits(x):
            p *= d
        x, steps = p, steps + 1
    persistence[n] = steps
print(persistence)
