xs = [1, 2, 3]
squares = [x * x for x in xs if x > 1]
pairs = {(a, b) for a in xs for b in xs if a < b}
index = {k: v for k, v in enumerate(xs)}
gen = (x + 1 for x in xs)
fs = [lambda: x for x in xs]
sum(gen)
