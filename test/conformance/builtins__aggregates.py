# min/max/sum/any/all/sorted on realistic data, with key and default, and an empty max at the end.
temps = {"mon": 21.5, "tue": 19.0, "wed": 25.25, "thu": 25.25, "fri": 17.75}
print(max(temps, key=temps.get), min(temps, key=temps.get), max(temps.values()), min(temps.items(), key=lambda kv: kv[1]))
print(max(3, 9, 2), min("pear", "apple", "fig"), max("pear", "apple", "fig", key=len), min([], default="none"))
print(max([], key=abs, default=0), max((-5, 4, -3), key=abs), min(-5, 4, -3, key=abs), max([[1, 2], [3], [1, 2, 0]]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(5), start=100), sum([0.1, 0.2, 0.3]), sum([[1], [2, 3]], []))
print(sum(((1, 2), (3,)), ()), sum(x % 3 == 0 for x in range(10)), sum([True, 2, 3.5]))
print(any([]), all([]), any(x > 20 for x in temps.values()), all(x > 20 for x in temps.values()), any([0, "", None, [0]]))
print(sorted(temps.items(), key=lambda kv: (-kv[1], kv[0])), sorted(temps, reverse=True))
print(list(reversed(sorted(temps.values()))), sorted([3, 1, 2], key=lambda v: -v))
print(round(sum(temps.values()) / len(temps), 3), len(temps), abs(-4.5), abs(-10**30))
print(divmod(97, 12), pow(2, 16), pow(2, 0.5), pow(-2, 3), pow(7, 2, 5), round(2.5), round(-3.5), round(3.14159, 3))
scores = [88, 92, 79, 92, 65]
best = max(range(len(scores)), key=scores.__getitem__)
print(best, scores.index(max(scores)), sorted(range(len(scores)), key=lambda i: scores[i]))
for bad in ("sum(['a', 'b'])", "max()", "min(1)", "max([], default=1, key=None) or max(1, 2, default=3)"):
    try:
        if bad == "sum(['a', 'b'])":
            sum(["a", "b"])
        elif bad == "max()":
            max()
        elif bad == "min(1)":
            min(1)
        else:
            max(1, 2, default=3)
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
readings = []
print("peak:", max(readings))
