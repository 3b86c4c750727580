# expect: ok
l = []
for i in range(100000):
    l = [l]
try:
    print(l)
except RecursionError:
    print('caught')
print([[1], (2,)])
