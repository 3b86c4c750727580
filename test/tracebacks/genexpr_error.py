words = ["1", "2", "three"]
total = sum(int(w) for w in words)
