nums = [1, 2, 0]
r = [1 / n
     for n in nums]
