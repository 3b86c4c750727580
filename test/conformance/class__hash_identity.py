# Identity, equality and hashing: default identity semantics, __eq__ without __hash__, value
# objects used as dict keys and set members, and is vs ==.
class Plain:
    def __init__(self, v):
        self.v = v


class Valued:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Valued) and self.v == other.v


class Key:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return isinstance(other, Key) and self.parts == other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "Key" + repr(self.parts)


class Sub(Key):
    pass


p1, p2 = Plain(1), Plain(1)
print(p1 == p2, p1 == p1, p1 != p2, p1 is p1, len({p1, p2, p1}), hash(p1) == hash(p1))
v1, v2 = Valued(1), Valued(1)
print(v1 == v2, v1 != v2, v1 is v2, Valued.__hash__ is None)
try:
    {v1: "x"}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(v2)
except TypeError as e:
    print("TypeError:", e)
index = {Key("a", 1): "first", Key("b", 2): "second"}
print(index[Key("a", 1)], Key("b", 2) in index, Key("c") in index, index.get(Key("z"), "-"))
index[Key("a", 1)] = "replaced"
print(index, len(index))
print(Sub("a", 1) == Key("a", 1), index[Sub("b", 2)], {Key(1), Sub(1), Key(2)})
seen = set()
for k in [Key(1, 2), Key(1, 2), Key(2, 1), Sub(1, 2)]:
    if k in seen:
        print("dup", k)
    seen.add(k)
print(len(seen), sorted(seen, key=lambda k: k.parts))
print(Valued(3) in [Valued(1), Valued(3)], [Valued(2)].index(Valued(2)), [Plain(1)].count(p1))
print({Key(1): 1} == {Key(1): 1}, (Key(1),) == (Key(1),), [p1] == [p1], [p1] == [p2])
print(hash(Key("x")) == hash(Key("x")), None is None, NotImplemented is NotImplemented)
