# Float repr, arithmetic edge cases and rounding, as CPython prints them.

values = [0.1 + 0.2, 1.0, -0.0, 1e16, 1e-5, 123456789.0, 1.5e300, 2.5, 1 / 3, 100.0, 1e22, 0.000123]
for v in values:
    print(repr(v), str(v))

print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(3 * 1.1, 1.1 * 1.1, 10 / 4, 2 ** 0.5, 2 ** -1, 10 ** -2)
print(float("3.25"), float("  -1e3 "), float("inf"), float("-inf"), float(7))
print(int(2.0 ** 60), 2.0 ** 60)
print(1e308 * 10, -1e308 * 10)

print("round:")
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 3.14159]:
    print(x, round(x), round(x, 2))
print(round(1234.5678, -2), round(15, -1), round(25, -1))

print("is_integer:", (3.0).is_integer(), (3.5).is_integer())
print("max/min:", max(1.5, 2, -3.0), min([2.5, 1, 3]))
print("sum:", sum([0.1] * 10))
print("abs:", abs(-2.5), abs(-0.0))
print("mixed compare:", 1 == 1.0, 2 < 2.5, -1.0 < -1)
print("divmod:", divmod(7.5, 2), divmod(-7.5, 2))


def mean(xs):
    return sum(xs) / len(xs)


def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5


data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
print(f"mean={mean(data)} stdev={stdev(data):.6f}")
print(f"{3.14159:.2f} {2.5:.0f} {1e6:.3e} {0.000123:g} {1234.5:10.1f}| {12.0:g} {0.5:%}")
