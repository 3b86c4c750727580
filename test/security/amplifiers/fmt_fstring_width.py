# expect: error MemoryError
w = 10**9
s = f'{1:0{w}d}'
