# expect: ok
e = ValueError('a')
e.args = ('b',)
e.note = 1
print(e, e.note)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.args)
