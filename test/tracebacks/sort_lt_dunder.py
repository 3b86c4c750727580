class V:
    def __init__(self, n): self.n = n
    def __lt__(self, other): return self.n < other.n
items = [V(2), V(1), 3]
items.sort()
