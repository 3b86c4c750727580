def f(*args, **kwargs):
    return args, kwargs

args = [1, 2]
opts = {'a': 1}
f(0, *args, 3, *args)
f(x=1, **opts, y=2)
f(*args, k=3, **opts)
obj = [3, 1, 2]
obj.sort(reverse=True)
obj.append(4)
[*args, *obj]
{**opts, 'b': 2}
first, *rest = obj
obj[1:2] = [9]
obj[::2]
