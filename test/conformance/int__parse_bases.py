# int() parsing with bases, and formatting numbers back out in several bases.

inputs = ["42", "  -17 ", "+8", "0", "1_000_000"]
for s in inputs:
    print(repr(s), "->", int(s))

print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101101", 2), int("0b101101", 0))
print(int("zz", 36), int("Corral", 36))
print(int(3.99), int(-3.99), int(True), int("-0"))


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in [0, 7, 255, -255, 123456789, 2 ** 64]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, row)
    assert int(row[2], 16) == n
    assert int(row[3], 36) == n

print(hex(2 ** 64), oct(2 ** 64), bin(2 ** 20))
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#o} {255:#b} {255:08b}")
print(f"{1234567:,} {1234567:_} {-1234567:,}")

readings = ["12", "7", "x9", "30"]
total = 0
for r in readings:
    print("reading", r)
    total += int(r)
print("total", total)
