# Averages over groups; the final empty group divides by zero.

groups = {
    "north": [12.5, 14.0, 9.75],
    "south": [20.0, 18.5],
    "east": [7.25],
    "west": [],
}


def average(xs):
    return sum(xs) / len(xs)


def spread(xs):
    return max(xs) - min(xs) if xs else 0.0


for name, xs in groups.items():
    print(f"{name}: n={len(xs)} spread={spread(xs)}")

for name, xs in groups.items():
    avg = average(xs)
    print(f"{name:>6}: {avg:8.3f}")
