# Big integer arithmetic: factorials, powers and Fibonacci numbers past 2**64.


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    total = 0
    while n:
        n, d = divmod(n, 10)
        total += d
    return total


print("2**64 =", 2 ** 64)
print("2**100 - 1 =", 2 ** 100 - 1)
print("-(2**70) =", -(2 ** 70))
for n in (10, 20, 25, 30):
    f = factorial(n)
    print(f"{n}! = {f} ({len(str(f))} digits, digit sum {digit_sum(f)})")

print("fib(90) =", fib(90))
print("fib(150) =", fib(150))

big = factorial(40)
print("40! // 2**20 =", big // 2 ** 20)
print("40! % 1000007 =", big % 1000007)
print("(2**64) * (2**64) =", (2 ** 64) * (2 ** 64))
print("3**50 - 2**80 =", 3 ** 50 - 2 ** 80)
print("compare:", 2 ** 63 > 9223372036854775807, 2 ** 63 == 9223372036854775808)

# Shrinking back into small range keeps working.
x = 2 ** 80
x = x // 2 ** 75
print("back to small:", x, x + 1, type(x).__name__)

# Mixed small and big in a list, sorted.
values = [2 ** 65, -5, 10 ** 20, 0, -(10 ** 19), 42]
print(sorted(values))
print("sum:", sum(values))
print("max:", max(values), "min:", min(values))
print("abs:", abs(-(3 ** 45)))
print("pow mod:", pow(3, 200, 1000000007))
