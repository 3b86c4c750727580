# Walks a route through waypoints by index; an off-by-one lookup runs past the end (IndexError).

waypoints = [(0, 0), (3, 4), (6, 8), (6, 12), (10, 15)]


def distance(a, b):
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def leg_lengths(points):
    legs = []
    for i in range(len(points) - 1):
        legs.append(distance(points[i], points[i + 1]))
    return legs


legs = leg_lengths(waypoints)
print("legs:", legs)
print("total:", sum(legs))
for i, leg in enumerate(legs):
    print(f"leg {i}: {leg:.1f} km")


def leg_after(points, i):
    return distance(points[i], points[i + 1])


for i in range(len(waypoints)):
    print("next leg from", waypoints[i], "is", leg_after(waypoints, i))
