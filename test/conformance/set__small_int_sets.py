# Sets of small integers as they print in CPython: seat maps, lottery checks and bitmask helpers.

booked = {3, 7, 1, 12, 5}
requests = [[2, 3], [4, 6], [7, 8, 9], [10, 11]]
print(booked, len(booked), 7 in booked, 2 in booked)
for req in requests:
    wanted = set(req)
    clash = wanted & booked
    if clash:
        print(req, "refused, taken:", clash)
    else:
        booked |= wanted
        print(req, "booked ->", booked)
free = set(range(1, 16)) - booked
print("free:", free, "min:", min(free), "max:", max(free))
rows = {seat // 5 for seat in booked}
print("rows used:", rows, {seat % 5 for seat in free})

ticket = {4, 8, 15, 16, 23, 42}
draw = {42, 4, 7, 15, 30, 8}
print("matched:", ticket & draw, "missed:", ticket - draw, "either:", ticket ^ draw)
print(ticket <= set(range(50)), {4, 8} < ticket, ticket.isdisjoint({1, 2}), sorted(draw, reverse=True))


def to_mask(s):
    mask = 0
    for bit in s:
        mask |= 1 << bit
    return mask


def from_mask(mask):
    return {i for i in range(mask.bit_length()) if mask >> i & 1}


m = to_mask({0, 3, 5})
print(m, bin(m), from_mask(m), from_mask(to_mask({9, 2}) | m), from_mask(0))
seen = set()
dupes = set()
for n in [5, 3, 9, 3, 1, 5, 5, 0]:
    (dupes if n in seen else seen).add(n)
print(seen, dupes)
s = {10, 20, 30}
s.discard(20)
s.add(5)
print(s, s.pop() in {5, 10, 30}, len(s))
print({1, 2, 3} == {3, 2, 1}, {0, False} == {0}, {1, True, 1.0}, set([2, 1, 2, 0]))
