# expect: error RecursionError: maximum recursion depth exceeded
# limits: maxOps=1000000000000 timeoutMs=20000
def f(n, *a):
    big = list(range(1000))
    return f(n + 1, big, big, big)
f(0)
