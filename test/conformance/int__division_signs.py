# Floor division and modulo with every sign combination, and divmod consistency.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 7), (-1, 7), (100, -9)]

print(f"{'a':>5} {'b':>4} {'a//b':>6} {'a%b':>5} divmod")
for a, b in pairs:
    q = a // b
    r = a % b
    print(f"{a:>5} {b:>4} {q:>6} {r:>5} {divmod(a, b)}")
    assert q * b + r == a

print("big floor:", (-10 ** 20) // 3, (10 ** 20) // -7)
print("big mod:", (-10 ** 20) % 7, (10 ** 20) % -7)

# Floats follow the same sign rules.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.0)]:
    print(a, b, a // b, a % b)

# True division always gives a float.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)


def to_clock(minutes):
    # Negative offsets wrap around the clock correctly only because % follows the divisor's sign.
    hours, mins = divmod(minutes % (24 * 60), 60)
    return f"{hours:02d}:{mins:02d}"


for m in (0, 75, 1439, 1440, -1, -61, 3000):
    print(m, "->", to_clock(m))


def weekday(day_number):
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    return names[day_number % 7]


print([weekday(d) for d in range(-3, 10, 2)])
