# An LRU cache built on dict insertion order, used to memoise an expensive lookup.


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value  # move to the most-recent end
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evicted.append(oldest)
        self.data[key] = value

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return f"LRUCache({list(self.data)}, hits={self.hits}, misses={self.misses})"


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache, len(cache))
print(cache.get("a"), cache.get("z", "?"))
cache.put("d", "D")
print(cache, "b" in cache, cache.evicted)
cache.put("c", "C2")
cache.put("e", "E")
print(cache, cache.evicted)

calls = []


def slow_square(n):
    calls.append(n)
    return n * n


memo = LRUCache(4)


def cached_square(n):
    value = memo.get(n)
    if value is None:
        value = slow_square(n)
        memo.put(n, value)
    return value


results = [cached_square(n) for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 6, 3]]
print(results)
print("computed:", calls)
print(memo, f"hit rate {memo.hits / (memo.hits + memo.misses):.0%}")
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
