"""Inventory check: a module docstring, __debug__ guards and a quiet exit status."""

def check(stock):
    if __debug__:
        assert all(q >= 0 for q in stock.values()), "negative stock"
    low = sorted(name for name, q in stock.items() if q < 5)
    return low

if __name__ == "__main__":
    print(__doc__.split(":")[0])
    print("debug mode:", __debug__)
    stock = {"bolts": 120, "nuts": 3, "washers": 0, "screws": 48}
    low = check(stock)
    print("low stock:", ", ".join(low))
    if low:
        print("reorder needed; exiting with status 0")
        exit()
    print("unreachable")
