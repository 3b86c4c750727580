# expect: ok
# Class and instance attributes named after JavaScript members are plain Python attributes.
class A:
    constructor = 'c'
    length = 3
    def toString(self):
        return 'A!'
    def valueOf(self):
        return 42
    def hasOwnProperty(self, k):
        return k
a = A()
a.then = 'then'
a.prototype = 'p'
print(a.constructor, a.length, a.toString(), a.valueOf(), a.hasOwnProperty('k'), a.then, a.prototype)
print(A.constructor, hasattr(A, 'then'), hasattr(a, 'then'), getattr(a, 'call', 'no call'))
del a.then
print(hasattr(a, 'then'))
