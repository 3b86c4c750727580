# while loops: Collatz sequences, digit manipulation, binary search and a bank queue.


def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best = max(range(1, 3000), key=collatz_length)
print("longest collatz under 3000:", best, collatz_length(best))


def reverse_digits(n):
    out = 0
    while n > 0:
        out = out * 10 + n % 10
        n //= 10
    return out


print(reverse_digits(12345), reverse_digits(1200), reverse_digits(7))


def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


data = list(range(0, 1000, 3))
for t in (0, 501, 999, 998, 4):
    print(t, binary_search(data, t))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(1071, 462), gcd(17, 5), gcd(2 ** 40, 6 ** 20))

queue = [("ann", 3), ("bob", 1), ("cy", 4)]
clock = 0
while queue:
    name, need = queue.pop(0)
    served = min(need, 2)
    clock += served
    if need - served > 0:
        queue.append((name, need - served))
        print(f"t={clock}: {name} partially served, {need - served} left")
    else:
        print(f"t={clock}: {name} done")

i = 10
while True:
    i -= 3
    if i < 0:
        break
    if i % 2:
        continue
    print("even", i)
print("end", i)
