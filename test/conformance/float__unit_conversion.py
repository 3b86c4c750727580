# Unit conversions with float formatting, rounding modes by hand and tolerance checks.
FACTORS = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}

def convert(value, src, dst):
    return value * FACTORS[src] / FACTORS[dst]

for v, s, d in [(1, "mi", "km"), (5280, "ft", "mi"), (12, "in", "cm"), (3.5, "km", "mi"), (1e-3, "m", "mm")]:
    r = convert(v, s, d)
    print(f"{v} {s} = {r} {d} ~ {r:.4g} {d} | {round(r, 3)} | {r:10.2e}")
temps_c = [-40, -17.7778, 0, 36.6, 100]
for c in temps_c:
    f = c * 9 / 5 + 32
    print(f"{c:>8}C {f:8.2f}F {round(f)} {int(f)} {f // 1} {f % 1:.4f}")

def round_half_up(x, nd=0):
    m = 10 ** nd
    return int(x * m + (0.5 if x >= 0 else -0.5)) / m

for x in (0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 1.005):
    print(x, round(x), round_half_up(x), round(x, 2), round_half_up(x, 2))

def close(a, b, rel=1e-9, abs_tol=0.0):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_tol)

print(close(0.1 + 0.2, 0.3), close(1e-12, 0, abs_tol=1e-9), close(1.0, 1.0001), 0.1 + 0.2 == 0.3)
print(sum([0.1] * 10) == 1.0, abs(sum([0.1] * 10) - 1.0) < 1e-15, float.fromhex((0.1).hex()) == 0.1)
print((1.25).as_integer_ratio(), (0.1).as_integer_ratio(), 7.0.is_integer(), (7.5).is_integer())
print(max(FACTORS, key=FACTORS.get), min(FACTORS.values()), sorted(FACTORS, key=FACTORS.get)[:3])
print(convert(1, "m", "parsec"))
