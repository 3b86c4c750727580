# Modular arithmetic: inverses with pow, CRT, gcd by hand, and a non-invertible base.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def crt(residues, moduli):
    total, prod = 0, 1
    for m in moduli:
        prod *= m
    for r, m in zip(residues, moduli):
        p = prod // m
        total += r * p * pow(p, -1, m)
    return total % prod

print(gcd(1071, 462), gcd(-48, 18), gcd(0, 5))
print(crt([2, 3, 2], [3, 5, 7]))
print(crt([1, 2, 3, 4], [5, 7, 9, 11]))
P = 2**61 - 1
print(pow(3, P - 2, P) * 3 % P)
print(pow(-7, 3, 10), pow(7, 3, -10), pow(-7, -1, 10))
for a in range(1, 12):
    print(a, pow(a, -1, 12) if gcd(a, 12) == 1 else "-", end="; ")
print()
print(pow(2, 10**6, 1000007))
print(pow(0, 0, 1), pow(5, 0, 1), pow(10**30, 2, 10**15 + 37))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1)
    print(pow(2, -1))
except ZeroDivisionError as e:
    print("never", e)
print(pow(4, -1, 6))
