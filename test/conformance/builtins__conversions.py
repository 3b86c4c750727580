# Number/text conversions: bin/oct/hex, int with bases, chr/ord, float, str/repr, bool.
for n in (0, 5, 255, -255, 2**40, True):
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0), int(hex(n), 16), int(oct(n), 8))
print(chr(65), chr(0x263A), chr(97 + 25), ord("A"), ord("€"), ord("\n"), [ord(c) for c in "hey"])
print("".join(chr(ord(c) + 1) for c in "HAL"), ord(chr(1114111)), chr(0) == "\x00")
print(float("3.5"), float(" -2 "), float("1e3"), float(7), float("-inf"), float("nan") != float("nan"))
print(int("42"), int(" -7 "), int("1_000"), int(4.99), int(-4.99), int("ff", 16), int("z", 36), int("0b11", 0))
print(str(12), str(1.0), str(None), str(True), str([1, "a"]), repr("a'b"), repr('a"b'), repr(1.0), str(1e-7))
print(bool(0), bool(0.5), bool(""), bool(" "), bool(None), bool([]), bool([[]]), bool({}), bool(range(1)))
print(list("abc"), tuple([1, 2]), set("aab") == {"a", "b"}, dict([("k", "v")]), frozenset([1, 1]) == {1})
print(format(255, "x"), format(255, "#010b"), format(3.14159, ".3f"), format(1234567, ","), format(0.25, "%"))
print(ascii("naïve €"), ascii(["é"]), repr("naïve"), hex(ord("é")))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: int("1.5"), lambda: float("x"), lambda: int("12", 40), lambda: hex(1.5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
