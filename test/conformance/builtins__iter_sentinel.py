# iter(callable, sentinel), next() defaults, and consuming iterators partially.
lines = ["alpha", "beta", "", "gamma"]
pos = [0]

def read_line():
    i = pos[0]
    pos[0] += 1
    return lines[i] if i < len(lines) else ""

block = list(iter(read_line, ""))
print(block, pos)
rest = list(iter(read_line, ""))
print(rest, pos)
counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 5)), counter)
it = iter(range(10))
first_three = [next(it) for _ in range(3)]
print(first_three, next(it), list(it), next(it, "exhausted"))
words = iter("one two three four".split())
pairs = list(zip(words, words))
print(pairs)
nums = iter([1, 2, 3, 4, 5, 6])
evens = [n for n in nums if n % 2 == 0]
print(evens, list(nums))
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(max(data), list(data))
gen = (x * x for x in range(4))
print(sum(gen), sum(gen), list(enumerate(iter("ab"), 1)))
it2 = iter([10, 20])
print(next(it2), next(it2), next(it2, None), next(it2, 0))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
chunks = []
src = iter(range(10))
while True:
    chunk = [x for _, x in zip(range(3), src)]
    if not chunk:
        break
    chunks.append(chunk)
print(chunks)
print(next(iter([])))
