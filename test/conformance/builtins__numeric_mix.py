# abs/round/divmod/pow across int, float and bool; min/max mixing them; sum precision.
values = [3, -2.5, True, 10**18, -7, 0.1, False, 2**0.5]
print([abs(v) for v in values])
print([type(abs(v)).__name__ for v in values])
print(max(values), min(values), sorted(values), sum(values))
print(round(-2.5), round(2.5), round(-2.5, 0), round(10**18, -17), round(0.1, 20), round(-7, -1), round(True, 2))
print(divmod(10**18, 7), divmod(-2.5, 1), divmod(True, True), divmod(7, -2.5), divmod(-7, 2))
print(pow(2, 100) == 2**100, pow(2.5, 2), pow(-8, 1 / 3) if False else pow(8, 1 / 3), pow(10, -2), pow(True, 5), pow(3, 2, 4))
print(7 / 2, 7 // 2, -7 // 2, 7 % -3, 2**-1, 10**18 / 10**17, 10**18 // 10**17, 1e18 == 10**18)
print(int(2.9999999999999996), int(-0.9), float(10**18), 0.1 + 0.7, 1 - 0.9 == 0.1)
print(min(1, 1.0), max(1.0, 1), min(0, False), max(True, 1), min([2, 1.5, 1.5]), max(3, 3.0))
print(sum([0.1, 0.2, 0.3]) == 0.6, sum([1e100, 1.0, -1e100]), sum([10**20, 0.5]), sum([True] * 5, 0.5))
print(hex(255), oct(255), bin(255), hex(-1), f"{10**18:_}", f"{2.5:g}", f"{-0.0:+}", f"{1e16:.0f}")
print(abs(-0.0), -0.0 == 0, (-0.0).__repr__() if False else repr(-0.0), 0.0 * -1, -0.0 + 0)
