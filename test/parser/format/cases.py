x = 1
if True:
    y = (1,
# ---
def f():
    x = 1 +
# ---
x = f() = 3
# ---
   	x = [1 2 3]
# ---
if x:
  a
 b
# ---
x = "abc
# ---
x = $
# ---
print "hello"
# ---
x = 0777
# ---
x = (1 if 2)
# ---
f(a for a in b,
  c)
# ---
x = [a
   b]
# ---
if x:
	pass
        pass
# ---
x = 1 \
# ---
x = (1 2
# ---
x = "\xZ"
# ---
x = 1
y = 2 +
# ---
x = 2 ** 999 = 2
# ---
def f(a, a=1, b):
    pass
# ---
    
	if x:
		pass
	  else:
# ---
class A:
    def f(self):
        return (
            1,
            2
        ]
# ---
x = "café" + $
# ---
match x:
    case 1 as _:
        pass
# ---
for x in range(3):
    print(x
    y = 1
# ---
x = {1: 2, 3}
# ---
f(**a, *b)
# ---
def f(*):
    pass
# ---
x = 1; y = (2 +
    3 4)
# ---
import a.
# ---
a.b += yield = 1
# ---
def f(x):
    return x +
# ---
print("hello"
x = 1
# ---
if x == 1
    print(x)
# ---
d = {'a': 1, 'b' 2}
# ---
def f(x):
return x
# ---
print('hello)
# ---
x = 5
if x = 5:
    pass
# ---
def f():
    x = 1
   y = 2
# ---
print(f"{x")
# ---
x = "café" +
# ---
s = "éé" = 1
# ---
class A:
    def f(self)
        pass
