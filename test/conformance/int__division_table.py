# Floor division, modulo and divmod sign rules, checked against the identity a == b*q + r.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10**20 + 3, 7), (-(10**20) - 3, 7), (5, 10**30)]
for a, b in pairs:
    q, r = divmod(a, b)
    assert a == b * q + r
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {(q, r)}, true = {a / b!r}")
print(round(7 / 3, 5), -7 // 3.0, -7 % 3.0, 7.5 // -2, 7.5 % -2)
print(divmod(-7.5, 2), divmod(7, 0.5), divmod(-0.0, 1.0))
print(abs(-7), abs(-7.25), abs(-10**40), abs(True))
print(round(1234567, -3), round(-1500, -3), round(2500, -3), round(3500, -3), round(7, 1))
print((10**40) / (10**20), 1 / 3, 2**-3, (-2)**-3, 10**-1)
for a, b in [(1, 0), (1.0, 0), (5, 0.0), (0, 0)]:
    for op in ("//", "%", "/", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            elif op == "/":
                a / b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
