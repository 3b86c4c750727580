# Set displays written out as literals print in CPython's order, which differs from set([...]).
allowed_ports = {8080, 80, 443, 8443, 22}
vowels_codes = {97, 101, 105, 111, 117}
buckets = {10, 2, 18}
same_items = set([10, 2, 18])
print(allowed_ports, vowels_codes, buckets, same_items, buckets == same_items)
print({1, 9, 17, 25}, {5, 13, 21, 2}, {-1, 7, 15}, {0.5, 8, 16}, {(1, 2), (3, 4), (9, 10)})
x = 2
print({10, x, 18}, {10, 2}, {3, 1, 2}, {16, 8, 0, 24, 32, 40, 48, 56, 64})
grid = {(0, 0), (0, 8), (8, 0), (8, 8)}
print(grid, sorted(grid), (0, 8) in grid)
levels = {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000}
print(levels, len(levels), max(levels), min(levels))
for port in sorted(allowed_ports):
    print(port, port in {22, 80, 443})
codes = {404, 500, 200, 301}
codes.add(418)
codes.discard(301)
print(codes, codes | {503, 201, 202}, codes & {200, 404, 999})
print(frozenset({10, 2, 18}), {10, 2, 18} - {2}, {10, 2, 18} ^ {26, 34, 42})
