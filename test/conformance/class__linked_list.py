# A linked list with iteration, __getitem__ (ints and slices), __len__, __contains__, __reversed__.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += self.size
        for i, value in enumerate(self):
            if i == index:
                return value
        raise IndexError("LinkedList index out of range")

    def __contains__(self, value):
        print(f"  (searching for {value!r})")
        return any(v == value for v in self)

    def __reversed__(self):
        return reversed(list(self))

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __bool__(self):
        return self.head is not None


class Countdown:
    """Old-style sequence protocol: only __getitem__."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i


ll = LinkedList(["a", "b", "c", "d"])
print(ll, len(ll), ll[0], ll[-1], ll[1:3], ll[::2])
print("c" in ll, "z" in ll, list(reversed(ll)), bool(ll), bool(LinkedList()))
print(ll == LinkedList("abcd"), ll != LinkedList("abc"), sorted(ll, reverse=True))
print(list(Countdown(4)), 2 in Countdown(4), 7 in Countdown(4), max(Countdown(3)))
a, b, *rest = ll
print(a, b, rest, dict(enumerate(ll)), "-".join(ll))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
try:
    hash(ll)
except TypeError as e:
    print(e)
