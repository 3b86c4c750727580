# Float formatting that must match CPython digit for digit: exact expansions, %g switching,
# alignment with sign-aware padding, and thousands separators.

values = [1 / 3, 2 ** 0.5, 0.1, 1e21, 1.5e-7, 123456.789, -0.0005, 2.5, 1e16, 9.999999]
for v in values:
    print(f"{v!r:>24} | {v:.3f} | {v:.3e} | {v:g} | {v:.10g} | {v:%}")

print(f"{0.1:.20f}")
print(f"{1 / 3:.30f}")
print(f"{2 ** 0.5:.25f}")
print(f"{1e22:f} {1e21:.1f} {123.456:.0f} {0.5:.0f} {1.5:.0f} {-2.5:.0f}")
print(f"{42:=+8} {-42:=8} {3.14159:+08.2f} {-3.14159:08.2f} {7:#06x} {255:#010b}")
print(f"{1234567.891:_.2f} {1234567:_} {-1234567.5:,.1f} {0.5:,.3f} {1e6:,.0f}")
print(f"{0.000001:g} {0.0001:g} {123456789:g} {1234567:.3g} {0.00001234:.2g} {100:g} {1e-5:G}")
print(f"{12.5:>10.1%} {0.123456:.2%} {1:.0%} {-0.5:+.1%}")
print(f"{1.0:.2e} {0.0:e} {-1e-300:.3e} {1.7976931348623157e308:.5e} {5e-324:.2e}")
print("%.3f %.0f %.2e %g %g %G %10.4g|" % (2 / 3, 0.5, 31415.9, 1e-5, 1234567.0, 1e-10, 3.14159))
print("%5.1f%% %-8.2f| %+d %+.3f % d" % (99.44, 1.005, 5, -0.0005, 7))
print(format(1 / 7, ".12f"), format(1e100, ".3g"), format(2.675, ".2f"), format(1.005, ".2f"))
print(format(1234.5, "10.1f") + "|", format(-1234.5, "<12,.2f") + "|", format(1e-3, "^11.2e") + "|")
print(str(1e-7), str(123e18), str(1.0e15), str(1.0e16), str(0.1 + 0.7), str(1 / 9), str(2 / 3))
print(repr(1e23), repr(9007199254740993.0), repr(0.3), repr(1.1 * 3), repr(100.0 / 3))
print(round(2.675, 2), round(1.005, 2), round(0.285, 2), round(1.45, 1), round(-1.45, 1), round(1e-20, 25))
