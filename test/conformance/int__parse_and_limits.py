# Parsing integers from text in several bases, and the 4300-digit conversion limit.
samples = ["42", "  -17 ", "0x1F", "0o755", "0b1011", "1_000_000", "z", "10", "+8"]
for s in samples:
    for base in (10, 16, 0, 36):
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError:", e)
print(int(3.99), int(-3.99), int(True), int("-0"), int(1e18))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int(12, 16)
except TypeError as e:
    print(e)
big = 7 ** 5000
print(len(hex(big)), hex(big)[:20], big % 1000)
try:
    print(str(big))
except ValueError as e:
    print("ValueError:", e)
digits = "9" * 4300
print(int(digits) % 11, len(str(int(digits))))
text = "1" * 4301
print("parsing", len(text), "digits")
print(int(text))
