# expect: rejected E201
# Mathematical bold letters NFKC-normalise to exec.
𝐞𝐱𝐞𝐜("x = 1")
