# Infinity and NaN in a sensor pipeline, big-int/float mixing, and float formatting corners.

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(nan))
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan is nan)
print(inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf, max(1, inf), min(-inf, 0))
print([1.5, inf, nan], {"v": -inf}, (nan,))

readings = [12.0, float("nan"), 15.5, float("inf"), -3.25, float("-inf"), 8.0]
clean = [r for r in readings if r == r and r not in (inf, -inf)]
print("clean:", clean, "mean:", sum(clean) / len(clean))
print("has nan:", any(r != r for r in readings), "finite max:", max(clean))

print(float(2 ** 53), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(2 ** 80 / 3, 10 ** 30 / 10 ** 10, (2 ** 100) / (2 ** 99), 7 / 2 ** 70)
print(int(1e20), int(-2.5e10), int(1e300) == 10 ** 300, float(10 ** 22))
print(2 ** 64 > 1.8e19, 2 ** 64 == 2.0 ** 64, 10 ** 20 < 1e20 + 1)
print(1e16, 1e15, 123456789012345678.0, 0.1 * 3, 1e-4, 0.0001234, 1e-5)
print(5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print(round(1e20), round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(0.375, 2))
print(f"{inf:.2f} {nan:>6} {-inf:e} {1e-10:.3g} {123456789.0:g} {0.0:g} {-0.0:.1f}")
print(f"{1.5:.0f} {2.5:.0f} {0.05:.1f} {1234.5678:.2e} {1e100:.3g} {12345.6789:,.1f}")
print(divmod(5.5, -2), 5.5 // -2, -5.5 % 2, 2.0 ** 0.5 * 2.0 ** 0.5)
print(abs(-inf), -(-0.0), 0.0 == -0.0, str(-0.0 + 0.0))
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 3) == 0.3, 0.1 + 0.2 + 0.3)
print(int("12") * 0.5, True + 0.5, 3 * 1.0, type(3 * 1.0).__name__, 6 / 3, type(6 // 3.0).__name__)
