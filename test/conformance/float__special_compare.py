# inf and nan in arithmetic, comparisons and sorting; exact int/float comparisons.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 10**400, -inf < -(10**400), nan == nan, nan != nan, nan < 1, nan >= 1)
print(inf == float("infinity"), float("-Infinity"), float(" nan "), float("1e500"), float("-1e500"))
big = 2**53
print(big + 1 == float(big + 1), float(big + 1) == big, big + 1 > float(big))
print(10**400 > 1e308, 10**400 < inf, -(10**400) > -inf, 10**400 == inf)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12, 0.5 == 1 / 2, 3 == 3.0, hash(3) == hash(3.0))
print(1e16, 1e15, 123456789.0 * 1000, 1.5e-7, 0.0001, 0.00001, 1e22, 1e21)
print(repr(-0.0), 0.0 == -0.0, str(-0.0), -0.0 + 0.0, abs(-0.0))
print(5e-324, 5e-324 / 2, 1.7976931348623157e308, 1.7976931348623157e308 * 10)
vals = [3.5, -inf, 2, inf, 0.0, -1, 7 // 2]
print(sorted(vals), max(vals), min(vals))
print((2.5).is_integer(), (2.0).is_integer(), inf.is_integer() if False else "skip")
print((0.1).as_integer_ratio(), (-3.75).as_integer_ratio(), (1e100).as_integer_ratio()[1])
print((255.5).hex(), float.fromhex("0x1.ffp4"), float.fromhex("-0x1p-2"))
print(divmod(inf, 2) if False else "no divmod", 1e308 + 1e308, -1e308 * 1e10)
print(round(inf) if False else "inf can't round")
for v in (inf, nan):
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for v in (inf, -inf, nan):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(2.0 ** 1023 * 2 == inf)
