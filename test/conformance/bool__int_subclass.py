# bool is an int subclass: arithmetic, sums of predicates, indexing and dict keys.
checks = [3 > 2, "a" in "abc", [] == [], not 0, 5 < 1, None is None]
print(checks, sum(checks), checks.count(True), any(checks), all(checks))
print(True + True, True * 10, True - False, -True, ~True, ~False, True / 2, True // 2)
print(True & False, True | False, True ^ True, True << 4, 7 & True)
print(type(True + 1).__name__, type(True & True).__name__, type(~True).__name__, type(True / 1).__name__)
print(repr(True), str(False), int(True), float(False), True == 1, False == 0.0)
print(hash(True) == hash(1), {True: "yes", 1: "one", 1.0: "float"}, {0, False, 0.0})
options = ["off", "on"]
print(options[True], options[False], options[5 > 3])
scores = {"alice": 91, "bob": 58, "cara": 75, "dan": 40}
passed = {name: score >= 60 for name, score in scores.items()}
print(passed, sum(passed.values()), f"{sum(passed.values()) / len(passed):.0%}")
print(sorted([True, False, True, 0, 1, -1]), max(False, 0), min(True, 1))
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(set()), bool(range(0)), bool(-0.0))
print(bool("0"), bool([0]), bool((None,)), bool(float("nan")))
print(isinstance(True, int), issubclass(bool, int), True.real, True.imag, True.numerator)
print(divmod(True, 2), pow(True, 10), abs(False), round(True), True.bit_length(), True.as_integer_ratio())
print(f"{True:d} {True:5} {False!r} {True:>6}", format(True), format(False, "^7"))
print(bool.__name__, True.conjugate(), (True).to_bytes(1, "big"))
print(bool(), bool(None))
try:
    bool(1, 2)
except TypeError as e:
    print(e)
