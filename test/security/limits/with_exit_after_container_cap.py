# expect: limit memory
# limits: maxOps=1000000000000 timeoutMs=20000
class M:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("UNREACHABLE __exit__")
        return True
d = {}
with M():
    i = 0
    while True:
        d[i] = i
        i += 1
