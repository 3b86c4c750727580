# expect: ok
# Mutable defaults accumulate within a run, never across runs.
def f(acc=[]):
    acc.append(len(acc))
    return acc
f()
print(f())
