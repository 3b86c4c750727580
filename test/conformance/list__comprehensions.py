# List, dict and set comprehensions, nested loops and filters.

nums = list(range(1, 21))
squares = [n * n for n in nums]
evens = [n for n in nums if n % 2 == 0]
fizz = ["FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n for n in nums]
print(squares[:8])
print(evens)
print(fizz)

pairs = [(x, y) for x in range(1, 5) for y in range(x, 5) if (x + y) % 2 == 0]
print(pairs)
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)

matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print(matrix)
flat = [x for row in matrix for x in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(4)]
print(transposed)

words = "the quick brown fox jumps over the lazy dog the end".split()
lengths = {w: len(w) for w in words}
print(lengths)
initials = {w[0] for w in words}
print(sorted(initials))
small = {n % 7 for n in nums}
print(small)
index = {i: w for i, w in enumerate(words) if len(w) > 3}
print(index)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inverted)

x = "outer"
result = [x for x in range(3)]
print(result, x)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print(sum(n for n in nums if n % 3 == 0), max(len(w) for w in words))
print([[c for c in w if c not in "aeiou"] for w in ["queue", "rhythm", "idea"]])
