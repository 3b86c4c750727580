# Formatting and converting big integers: separators, bases, digit sums, %-formatting, overflow.

n = 2 ** 100
print(n, f"{n:,}", f"{n:_}", f"{n:x}", f"{n:#o}", f"{n:e}", f"{n:>40}|")
print("%d %x %o" % (n, n, n), "{:,}".format(-n), str(-n)[:10])
print(len(str(3 ** 1000)), str(3 ** 1000)[:20], str(3 ** 1000)[-20:])
print(sum(int(d) for d in str(2 ** 1000)), (2 ** 1000).bit_length(), (10 ** 100).bit_length())
print(int("9" * 40) + 1, int("-" + "1" * 30) * 3, int("f" * 20, 16), int("1" * 70, 2))
print(10 ** 40 // 7, 10 ** 40 % 7, -(10 ** 40) // 7, -(10 ** 40) % 7, divmod(-(10 ** 30), 10 ** 15 + 7))
print(2 ** 200 >> 190, 1 << 100, (2 ** 100 - 1) & (2 ** 50 + 3), -(2 ** 70) >> 3, ~(2 ** 70))
print(round(12345678901234567890, -5), round(-(10 ** 20) + 5, -1), abs(-(7 ** 30)))
print(pow(2, 10 ** 4, 10 ** 9 + 7), pow(10 ** 20, 2), (-3) ** 41, 7 ** 0, 0 ** 0)
print(10 ** 400 // 10 ** 399, 10 ** 30 / 10 ** 10, (10 ** 400) / (10 ** 399))
print(max(2 ** 64, 2.0 ** 64 + 1), min(-(2 ** 70), -1e30), sorted([2 ** 70, 1e21, 10 ** 21, 3.5]))
print(2 ** 63 - 1 == 9223372036854775807, hex(2 ** 63), int(2 ** 63 * 1.0) == 2 ** 63)
print(float(2 ** 1000) > 1e300, (2 ** 100) * 0.5, 2 ** 100 + 0.0)


def fact(k):
    out = 1
    for i in range(2, k + 1):
        out *= i
    return out


f100 = fact(100)
print(len(str(f100)), str(f100).rstrip("0") != str(f100), len(str(f100)) - len(str(f100).rstrip("0")))
print(f100 // fact(98), f100 % (10 ** 30 + 1))
print([2 ** k % 1000 for k in (10, 50, 100, 500)], [k for k in range(1, 200) if (2 ** k - 1) % 7 == 0][:5])
print("overflowing to float next")
print(float(10 ** 400))
