# expect: error RecursionError
t = ()
for i in range(100000):
    t = (t,)
{t: 1}
