# Dynamic programming: 0/1 knapsack with item recovery, coin change, edit distance and LCS.


def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        name, weight, value = items[i - 1]
        for w in range(capacity + 1):
            best[i][w] = best[i - 1][w]
            if weight <= w and best[i - 1][w - weight] + value > best[i][w]:
                best[i][w] = best[i - 1][w - weight] + value
    chosen = []
    w = capacity
    for i in range(n, 0, -1):
        if best[i][w] != best[i - 1][w]:
            chosen.append(items[i - 1][0])
            w -= items[i - 1][1]
    return best[n][capacity], chosen[::-1]


ITEMS = [("tent", 5, 60), ("stove", 3, 50), ("rope", 1, 15), ("camera", 2, 70), ("books", 4, 20), ("food", 3, 65)]
for cap in (5, 8, 12):
    print(cap, knapsack(ITEMS, cap))


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [None] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
            if fewest[a - coin] is not None and (fewest[a] is None or fewest[a - coin] + 1 < fewest[a]):
                fewest[a] = fewest[a - coin] + 1
    return ways[amount], fewest[amount]


print(coin_change([1, 2, 5, 10, 20, 50], 100), coin_change([4, 7], 5), coin_change([3, 7], 200))


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def lcs(a, b):
    table = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = a[i] + table[i + 1][j + 1]
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1], key=len)
    return table[0][0]


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("corral", "coral"), ("", "abc")]:
    print(a, b, edit_distance(a, b), repr(lcs(a, b)))
