# A sparse vector stored in a dict: dot products and set algebra on key views.
def dot(u, v):
    return sum(u[k] * v[k] for k in u.keys() & v.keys())

def add(u, v):
    out = dict(u)
    for k, x in v.items():
        out[k] = out.get(k, 0) + x
    return {k: x for k, x in out.items() if x != 0}

u = {0: 1.5, 3: -2, 7: 4, 12: 1}
v = {3: 5, 7: 0.5, 9: 2, 12: -1}
print(dot(u, v), add(u, v), add(u, {k: -x for k, x in u.items()}))
print(sorted(u.keys() & v.keys()), sorted(u.keys() | v.keys()), sorted(u.keys() - v.keys()), sorted(u.keys() ^ v.keys()))
print(u.keys() & {3, 99}, u.keys() - [0, 3], {12, 40} - u.keys(), u.keys() <= {0, 3, 7, 12, 13})
print(u.keys() == {0, 3, 7, 12}, u.keys() != v.keys(), u.keys().isdisjoint({100, 101}), u.keys().isdisjoint([3]))
print(u.items() & {(3, -2), (7, 5)}, (0, 1.5) in u.items(), (0, 2) in u.items(), 4 in u.values())
print(len(u.keys()), len(u.values()), len(u.items()), list(reversed(u.keys())), list(reversed(u.items()))[0])
print(u.keys(), v.values(), v.items())
print(type(u.keys()).__name__, type(u.values()).__name__, type(u.items()).__name__)
keys = u.keys()
u[20] = 9
print(keys, 20 in keys)
del u[0]
print(keys, list(u.values()))
print(sum(u.values()), max(u.items()), min(v, key=v.get), sorted(v.items(), key=lambda kv: kv[1]))
norm2 = sum(x * x for x in u.values())
print(norm2, norm2 ** 0.5)
print(u.values() == u.values())
