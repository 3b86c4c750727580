# accepted: special methods and metadata
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __repr__(self):
        return f"{self.__class__.__name__}({self.cents})"
m = Money(1).__add__(Money(2))
print(m.__repr__(), Money.__qualname__, Money.__doc__, Money.__module__, len.__name__)
print(super(Money, m).__init__)
---
# refused: the classic escapes
().__class__.__bases__[0].__subclasses__()   ### E200 E200
def f():
    pass
f.__globals__                                ### E200
f.__code__                                   ### E200
f.__closure__, f.__defaults__, f.__kwdefaults__  ### E200 E200 E200
type(f).__mro__                              ### E200
x = object.__dict__                          ### E200
---
# assignment and deletion
class C:
    pass
c = C()
c.__class__ = int                            ### E200
c.__dict__ = {}                              ### E200
del c.__dict__                               ### E200
c.__name__ = "renamed"
---
# inside f-strings, nested format specs, lambdas, defaults, decorators, comprehensions
print(f"{len.__self__}")                     ### E200
print(f"{1:{len.__self__}}")                 ### E200
g = lambda: len.__self__                     ### E200
def h(a=len.__self__):                       ### E200
    pass
@len.__self__.deco                           ### E200
def k():
    pass
[y for y in range(3).__reduce__()]           ### E200
---
# literal names given to getattr/setattr/delattr/hasattr
getattr(len, "__self__")                     ### E200
setattr(len, "__doc__", "x")
hasattr(len, "__reduce_ex__")                ### E200
getattr(len, "__name__")
---
# class patterns' keyword attributes
match 1:
    case int(__dict__=d):                    ### E200
        pass
---
# attribute hooks called with literal names
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
f = Frozen(1)
object.__setattr__(f, "__class__", int)      ### E200
f.__setattr__("__dict__", {})                ### E200
f.__getattr__("__globals__")                 ### E200
---
# attribute paths in literal str.format fields
print("{0.__class__.__name__} {x!r:>5}".format(1, x=2))
print("{0.__class__.__bases__}".format(1))   ### E200
print("{x.__globals__[y]}".format_map({}))   ### E200
print("{{0.__dict__}} {0:{1.__doc__}}".format(1, 2))
print("{0:{1.__dict__}}".format(1, 2))       ### E200
---
# annotations, class bases and keywords, match guards, slices, keyword arguments
def ann(x: len.__self__) -> len.__self__:     ### E200 E200
    y: len.__self__ = 1                       ### E200
    return y
class K(len.__self__, flag=len.__self__):    ### E200 E200
    pass
print([1][len.__self__:], key=len.__self__)  ### E200 E200
---
# format fields as CPython parses them: brackets hide ':' '!' '}', conversions, nested specs
"{0[:].__globals__}".format({})              ### E200
"{0[}].__code__!r}".format({})               ### E200
"{0!r:{1.__class__.__base__}}".format(1, 2)  ### E200
"{0:{1:{2.__dict__}}}".format(1, 2, 3)       ### E200
f"{{0.__globals__}}".format(len)             ### E200
str.format("{0.__globals__}", len)           ### E200
"{0[__globals__]} {0[a].b}".format({})
---
# NFKC: identifiers are normalised before the check, as CPython compiles them
len._＿self__                                ### E200
match 1:
    case int(_＿dict__=d):                   ### E200
        pass
print(f"{len._＿self__}")                    ### E200
getattr(len, "_＿self__")
