class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__)
        return False

with Resource():
    x = {"a": 1}["b"]
