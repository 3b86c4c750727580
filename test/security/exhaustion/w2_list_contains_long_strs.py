# expect: limit ops
# Equality of long strings inside 'in' on a list is charged by length, not one op an item.
lst = ['a' * 100_000 + 'b'] * 1000
x = 'a' * 100_000 + 'c'
while True:
    x in lst
