inventory = {"apple": 3}
def take(item, n):
    if inventory.get(item, 0) < n:
        raise KeyError(f"not enough {item}")
    inventory[item] -= n
take("apple", 1)
take("pear", 1)
