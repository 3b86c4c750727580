# Assigning to a name anywhere in a function makes it local everywhere in it (UnboundLocalError).

total = 0
items = [("apple", 3), ("pear", 2), ("plum", 7)]


def add_item_correctly(qty):
    global total
    total += qty
    return total


for name, qty in items:
    print(name, add_item_correctly(qty))
print("total:", total)


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


inc = make_counter()
print(inc(), inc(), inc())


def add_item_buggy(qty):
    total += qty
    return total


print("about to call the buggy version")
add_item_buggy(5)
print("unreachable")
