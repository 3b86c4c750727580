assert 1 == 2, f"expected {1} got {2}"
