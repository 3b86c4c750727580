# Geometry with floats: polygon area (shoelace), centroid, perimeter, angle sorting by slope.
poly = [(0.0, 0.0), (4.0, 0.0), (4.0, 3.0), (2.0, 5.0), (0.0, 3.0)]

def area(pts):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        s += x1 * y2 - x2 * y1
    return s / 2

def perimeter(pts):
    return sum(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))

def centroid(pts):
    a = area(pts)
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        f = x1 * y2 - x2 * y1
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    return (cx / (6 * a), cy / (6 * a))

print(area(poly), area(poly[::-1]), perimeter(poly), centroid(poly))
print(round(perimeter(poly), 4), [round(c, 3) for c in centroid(poly)])
pts = [(3, 1), (-1, 2), (0.5, -2), (-2, -2), (1, 0)]
print(sorted(pts, key=lambda p: p[1] / p[0] if p[0] else float("inf")))
print(sorted(pts, key=lambda p: (p[0] ** 2 + p[1] ** 2, p)))
print(max(pts, key=lambda p: abs(p[0]) + abs(p[1])), min(pts))
unit = [(x / (x * x + y * y) ** 0.5, y / (x * x + y * y) ** 0.5) for x, y in pts]
print([(round(a, 4), round(b, 4)) for a, b in unit])
print(all(abs(a * a + b * b - 1) < 1e-12 for a, b in unit))
print(3.0 * 0.1, 0.3 / 0.1, 0.7 + 0.1, 1 / 7, 22 / 7 - 3.141592653589793, 1e-10 * 3)
print(float("0.1") * 3 == 0.3, round(0.1 * 3, 15) == 0.3, 2.5 % 1, -2.5 % 1, 2.5 // 1, -2.5 // 1)
