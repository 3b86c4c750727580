# Prime factorisation, divisor functions and a segmented sieve on large-ish integers.
def factor(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out

def fmt(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))

for n in (360, 1001, 2**31 - 1, 600851475143, 9999999967, 2**40 + 1):
    f = factor(n)
    ndiv = 1
    for e in f.values():
        ndiv *= e + 1
    print(n, "=", fmt(f), "| divisors:", ndiv)

def sigma(n):
    total = 1
    for p, e in factor(n).items():
        total *= (p ** (e + 1) - 1) // (p - 1)
    return total

perfect = [n for n in range(2, 10000) if sigma(n) == 2 * n]
print(perfect)
lo, hi = 10**9, 10**9 + 100
flags = [True] * (hi - lo)
for p in range(2, int(hi ** 0.5) + 1):
    start = max(p * p, (lo + p - 1) // p * p)
    for m in range(start, hi, p):
        flags[m - lo] = False
print([lo + i for i, f in enumerate(flags) if f])
print(sum(factor(2**64 - 1).values()), fmt(factor(2**64 - 1)))
print(factor(0), factor(1), fmt(factor(97)))
print(sigma(0))
