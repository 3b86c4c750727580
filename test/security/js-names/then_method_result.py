# expect: ok
# An object with a then() method is not treated as a promise anywhere.
class Thenable:
    def then(self, resolve=None, reject=None):
        print('then called')
        return 1
t = Thenable()
print(type(t).__name__)
x = [t, {'then': 1}]
print(len(x))
