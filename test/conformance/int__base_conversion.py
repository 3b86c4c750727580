# Converting integers between bases by hand and with builtins; base-62 short ids.
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(ALPHABET[r])
    return sign + "".join(reversed(out))

def from_base(s, b):
    sign = -1 if s.startswith("-") else 1
    n = 0
    for ch in s.lstrip("-"):
        d = ALPHABET.index(ch)
        if d >= b:
            raise ValueError(f"digit {ch!r} out of range for base {b}")
        n = n * b + d
    return sign * n

for n in (0, 7, 255, -255, 2**64, 10**30 + 7):
    row = [to_base(n, b) for b in (2, 8, 16, 36, 62)]
    print(n, row)
    assert all(from_base(s, b) == n for s, b in zip(row, (2, 8, 16, 36, 62)))
    print("  builtins:", bin(n), oct(n), hex(n), int(to_base(n, 36), 36) == n)
print(format(2**70, "x"), format(2**70, "o"), format(-42, "b"), f"{255:#x} {255:#o} {255:#b} {255:X}")
short = [to_base(i * 7919 + 10**9, 62) for i in range(5)]
print(short, [from_base(s, 62) for s in short])
print(int("zz", 36), int("ZZ", 36), int("-101", 2), int("0x_ff", 16) if False else int("ff_ff", 16))
print(from_base("19", 8))
