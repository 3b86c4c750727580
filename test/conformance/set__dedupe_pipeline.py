# Deduplicating a stream of events with sets and frozensets; set algebra on ids.
events = [
    (101, "login"), (102, "view"), (101, "login"), (103, "buy"),
    (102, "view"), (104, "login"), (101, "buy"), (105, "view"),
]
seen = set()
unique = []
for e in events:
    if e not in seen:
        seen.add(e)
        unique.append(e)
print(unique, len(seen))
users_by_action = {}
for uid, action in unique:
    users_by_action.setdefault(action, set()).add(uid)
for action in sorted(users_by_action):
    print(action, sorted(users_by_action[action]))
logins, buyers, viewers = users_by_action["login"], users_by_action["buy"], users_by_action["view"]
print(sorted(logins & buyers), sorted(logins | viewers), sorted(logins - buyers), sorted(buyers ^ viewers))
print(logins.isdisjoint(viewers), buyers <= logins | {103}, buyers < buyers, logins >= {101})
print(logins.union(buyers, [999]), logins.intersection(buyers, {101}), logins.difference([101], [104]))
pairs = {frozenset(p) for p in [(1, 2), (2, 1), (3, 4), (4, 3), (5, 5)]}
print(len(pairs), sorted(sorted(p) for p in pairs))
combos = {}
for p in pairs:
    combos[p] = sum(p)
print(combos[frozenset({2, 1})], frozenset({5}) in combos, frozenset([1, 2]) == {1, 2})
nums = set(range(10))
evens = {n for n in nums if n % 2 == 0}
nums -= evens
nums |= {100}
nums &= {1, 3, 100, 7}
nums ^= {3, 50}
print(nums, evens, sorted(evens, reverse=True), min(evens), max(nums), sum(nums))
s = {3, 1, 2}
s.update([5], (4,))
s.discard(99)
s.remove(1)
print(s, s.pop(), s, len(s), 2 in s, frozenset(s) | {7}, {7} | frozenset(s))
print(set(), frozenset(), set("aaa"), {1, 1.0, True}, {0, False, -0.0})
s.remove(42)
