# expect: limit output
# limits: maxOutputBytes=10000
class M:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("UNREACHABLE __exit__")
        return True
with M():
    while True:
        print("z" * 100)
