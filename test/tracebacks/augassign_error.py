totals = {"a": 1}
totals["a"] += "x"
