# A Fibonacci and combinatorics table with exact big integers.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def comb(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (10, 50, 90, 100, 200):
    f = fib(n)
    print(n, f, len(str(f)), f % 1_000_000_007, f.bit_length())
for n in range(8):
    print(" " * (7 - n) + " ".join(str(comb(n, k)) for k in range(n + 1)))
print(comb(100, 50), comb(52, 5), comb(10, 11), fact(30), fact(25) // fact(23))
catalan = [comb(2 * n, n) // (n + 1) for n in range(15)]
print(catalan)
print(sum(comb(20, k) for k in range(21)) == 2**20, fact(20) == 2432902008176640000)
ratio = fib(101) / fib(100)
print(ratio, round(ratio, 10), fib(1000) % 10**10)
print(str(fact(100))[:20], str(fact(100)).count("0"), len(str(fact(500))))
derange = [1, 0]
for n in range(2, 15):
    derange.append((n - 1) * (derange[-1] + derange[-2]))
print(derange, [round(fact(n) / d, 6) for n, d in enumerate(derange) if d])
print(fact(1000) // fact(998), divmod(fact(30), 7**10))
