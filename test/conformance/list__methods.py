# List methods on a to-do queue: append, insert, pop, remove, index, extend, sort.

todo = ["write parser", "write tests"]
todo.append("review")
todo.insert(0, "design")
todo.extend(["release", "celebrate"])
print(todo, len(todo))
print("pop last:", todo.pop(), "pop first:", todo.pop(0))
todo.remove("write tests")
print(todo)
print("index:", todo.index("review"), "count:", todo.count("review"))
todo.reverse()
print("reversed:", todo)
todo.sort()
print("sorted:", todo)
copy = todo.copy()
copy.append("extra")
print(len(todo), len(copy))
todo.clear()
print("cleared:", todo)

nums = [5, 3, 8, 1, 9, 2]
nums += [7]
print(nums * 2, [0] * 5, nums + [100])
del nums[1]
print(nums)
del nums[::2]
print(nums)
nums[1:2] = [10, 11, 12]
print(nums)
nums[:] = []
print(nums, nums == [], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [3] > [2, 99])

grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(grid)
print(alias)
print(5 in grid[1], [0, 5, 0] in grid, grid.index([0, 5, 0]))

stack = []
for ch in "(a[b]{c}(d))":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        top = stack.pop()
        print("matched", top, ch)
print("balanced:", not stack)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], sum(matrix, []))
print(min([3, 1, 2]), max([[1, 2], [1, 3]]), list(range(10))[-3:])
