# List slicing corners: extended slice assignment, deletion, copies vs aliases, insert bounds.

nums = list(range(10))
print(nums[2:8:2], nums[::-3], nums[-2:-8:-2], nums[8:2], nums[-100:100:4])
nums[::2] = ["e"] * 5
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
nums[1:4] = []
print(nums)
nums[2:2] = ["in", "serted"]
print(nums)
del nums[-1::-2]
print(nums)
nums[:0] = [0]
print(nums, len(nums))

letters = list("abcdef")
letters.insert(100, "end")
letters.insert(-100, "start")
letters.insert(-1, "before-end")
print(letters)
print(letters.index("c"), letters.index("e", 3), letters.count("x"))
try:
    letters.index("c", 5)
except ValueError as e:
    print("ValueError:", e)

original = [[1, 2], [3, 4]]
shallow = original[:]
shallow[0].append(99)
shallow.append([5])
print(original, shallow, original[0] is shallow[0], original == shallow[:2])
rev = original[::-1]
rev[0][0] = "changed"
print(original)

a = [1, 2, 3]
b = a
b += [4]
c = a
c = c + [5]
print(a, b, c, a is b, a is c)
print([] * 3, [0] * 0, [[]] * 2, [1, 2] * 2 == [1, 2, 1, 2])
print(list(reversed(a)), a[::-1] == list(reversed(a)), sorted(a, reverse=True) == a[::-1])
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1:3] = [7, 8]
print(matrix, [row[:] for row in matrix] == matrix)
stack = [1, 2, 3, 4, 5]
print(stack.pop(), stack.pop(0), stack.pop(-2), stack)
