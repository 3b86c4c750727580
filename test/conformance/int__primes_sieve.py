# Prime sieve, factorisation, perfect numbers and a few number-theory helpers.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
    return [n for n, flag in enumerate(is_prime) if flag]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def fmt_factors(factors):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in factors.items())


def divisor_sum(n):
    total = 1
    for p, e in factorize(n).items():
        total *= (p ** (e + 1) - 1) // (p - 1)
    return total - n


primes = sieve(5000)
print(len(primes), primes[:10], primes[-3:])
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("max gap:", max(gaps), "at", primes[gaps.index(max(gaps))])
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(len(twins), twins[-2:])
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143, 2 ** 31 - 1]:
    print(n, "=", fmt_factors(factorize(n)))
print("perfect:", [n for n in range(2, 1000) if divisor_sum(n) == n])
amicable = [(a, divisor_sum(a)) for a in range(2, 1500) if divisor_sum(a) > a and divisor_sum(divisor_sum(a)) == a]
print("amicable:", amicable)
print("goldbach 100:", [(p, 100 - p) for p in primes if p <= 50 and (100 - p) in set(primes)])
print("mersenne exps:", [p for p in primes[:8] if all((2 ** p - 1) % q for q in range(3, int((2 ** p - 1) ** 0.5) + 1, 2))])
