# refused: the builtins that run strings, expose namespaces or reach outside
eval("1 + 1")                                ### E201
exec("x = 1")                                ### E201
compile("1", "s", "eval")                    ### E201
globals(), locals(), vars()                  ### E201 E201 E201
breakpoint()                                 ### E201
input("name? ")                              ### E201
open("/etc/passwd")                          ### E201
memoryview(b"")                              ### E201
help(len)                                    ### E201
license(), credits, copyright                ### E201 E201 E201
f = eval                                     ### E201
---
# refused wherever they appear: f-strings, lambdas, defaults, decorators, comprehensions, classes
print(f"{eval('1')}")                        ### E201
print(f"{1:{eval('1')}}")                    ### E201
g = lambda: exec("")                         ### E201
def h(a=globals()):                          ### E201
    pass
@vars                                        ### E201
def k():
    pass
[locals() for _ in range(1)]                 ### E201
class C:
    x = compile                              ### E201
---
# accepted: a script's own functions with these names, exit/quit, and other builtins
def input(prompt):
    return "fixed"
input("x")
def run():
    def eval(s):
        return s
    return eval("1")
print(len([1]), exit, quit)
---
# policy: {"allowOpen": true}
# accepted: open when the host grants file access
with open("data.txt") as fh:
    print(fh.read())
---
# annotations, class bases, slices, keyword arguments, dict displays, starred
def ann(x: eval) -> exec:                    ### E201 E201
    return x
class K(vars()):                             ### E201
    pass
print([1][eval("0"):], key=locals, **globals())  ### E201 E201 E201
d = {compile: 1, **vars()}                   ### E201 E201
---
# refused: building a class at run time; accepted: type(x)
K = type("K", (), {})                        ### E201
T = type.__new__(type, "T", (), {})          ### E201
make = type.__call__                         ### E201
parts = ("P", (), {})
P = type(*parts)                             ### E201
print(type(1), type(K) is type)
---
# NFKC: ｅｖａｌ and 𝐞𝐱𝐞𝐜 are eval and exec
ｅｖａｌ("1")                                ### E201
𝐞𝐱𝐞𝐜("x = 1")                                ### E201
---
# accepted: a script's own type
def build(type):
    return type("x")
