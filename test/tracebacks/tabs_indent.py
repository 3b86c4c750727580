def f(x):
	if x:
		return x + None
f(1)
