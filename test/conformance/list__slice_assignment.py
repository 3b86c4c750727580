# Editing a playlist with slice assignment and deletion, including extended slices.
tracks = ["intro", "alpha", "beta", "gamma", "delta", "eps", "zeta", "outro"]
t = tracks[:]
t[1:3] = ["ALPHA", "BETA", "NEW"]
print(t)
t[::2] = [s.upper() for s in t[::2]]
print(t)
del t[1::3]
print(t, len(t))
t[len(t):] = ["bonus1", "bonus2"]
t[:0] = ["pre"]
print(t)
t[2:5] = []
print(t)
t[-2:] = "xy"
print(t)
nums = list(range(10))
nums[::-2] = [0] * 5
print(nums)
nums[1:9:3] = (100, 200, 300)
print(nums)
del nums[7:2:-2]
print(nums)
nums[3:3] = range(3)
print(nums)
nums[:] = nums[::-1]
print(nums)
same = nums
same[:] = []
print(nums, same is nums)
m = [1, 2, 3, 4, 5, 6]
m[1:4] = m
print(m)
m[0:100:50] = ["only"]
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    m[1:2] = 7
except TypeError as e:
    print("TypeError:", e)
try:
    m[::0] = []
except ValueError as e:
    print("ValueError:", e)
r = list(range(8))
