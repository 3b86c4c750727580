# range objects: steps, negative steps, membership, slicing and len.

print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:5], 7 in r, 8 in r, r.index(11), r.count(15))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(0, 10, 2) == range(0, 9, 2), list(range(10)[::3]), list(range(10)[::-2]))

total = 0
for i in range(1, 6):
    for j in range(i):
        total += j
print("nested total:", total)

# Multiplication table
for row in range(1, 6):
    print(" ".join(f"{row * col:3d}" for col in range(1, 8)))


def chunks(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]


print(chunks(list(range(11)), 4))
print(chunks("abcdefgh", 3))
countdown = []
n = 10
for k in range(n, 0, -2):
    countdown.append(k)
print(countdown)
big = range(0, 10 ** 12, 7)
print(len(big), big[10 ** 9], 10 ** 11 in big, (10 ** 11 + 1) in big)
odd_squares = [i * i for i in range(1, 20, 2)]
print(odd_squares)
print(list(enumerate(range(100, 105), start=1)))
