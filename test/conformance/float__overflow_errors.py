# Floats that overflow: conversions of huge ints, power overflow, and int(inf).
def describe(label, thunk):
    try:
        print(label, "=", repr(thunk()))
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)

describe("float(10**308)", lambda: float(10**308))
describe("float(10**309)", lambda: float(10**309))
describe("10**400 / 1", lambda: 10**400 / 1)
describe("10**400 / 10**399", lambda: 10**400 / 10**399)
describe("1 / 10**400", lambda: 1 / 10**400)
describe("10**400 * 1.0", lambda: 10**400 * 1.0)
describe("1.5 ** 5000", lambda: 1.5 ** 5000)
describe("10.0 ** -400", lambda: 10.0 ** -400)
describe("(-8.0) ** 2", lambda: (-8.0) ** 2)
describe("0.0 ** -1", lambda: 0.0 ** -1)
describe("0 ** -1", lambda: 0 ** -1)
describe("int(1e308)", lambda: int(1e308) % 1000)
describe("int(inf)", lambda: int(float("inf")))
describe("int(nan)", lambda: int(float("nan")))
describe("round(1e308 * 10)", lambda: round(1e308 * 10))
describe("1.0 / 0", lambda: 1.0 / 0)
describe("1 % 0.0", lambda: 1 % 0.0)
describe("5 // 0.0", lambda: 5 // 0.0)
describe("divmod(5.0, 0)", lambda: divmod(5.0, 0))
describe("10**400 // 1.0", lambda: 10**400 // 1.0)
describe("2 ** 1024 + 0.5", lambda: 2 ** 1024 + 0.5)
describe("1e308 + 1e308", lambda: 1e308 + 1e308)
growth = 1.0
steps = 0
while growth != float("inf"):
    growth *= 1000.0
    steps += 1
print("overflowed to inf after", steps, "multiplications")
print("now the power:")
print(10.0 ** 400)
