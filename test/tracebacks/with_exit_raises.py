class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit")
        raise RuntimeError("close failed")

with Resource() as r:
    print("body")
