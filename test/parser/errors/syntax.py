a b c  ### E100 @3 "invalid syntax"
# ---
x = 1 2  ### E100 @7 "invalid syntax"
# ---
print "x"  ### E100 @1 "Missing parentheses in call to 'print'. Did you mean print(...)?"
# ---
print x  ### E100 @1 "Missing parentheses in call to 'print'. Did you mean print(...)?"
# ---
exec "code"  ### E100 @1 "Missing parentheses in call to 'exec'. Did you mean exec(...)?"
# ---
f(a b)  ### E100 @3 "invalid syntax. Perhaps you forgot a comma?"
# ---
x = [1 2]  ### E100 @6 "invalid syntax. Perhaps you forgot a comma?"
# ---
x = {1 2}  ### E100 @6 "invalid syntax. Perhaps you forgot a comma?"
# ---
x = (1 2)  ### E100 @6 "invalid syntax. Perhaps you forgot a comma?"
# ---
x = [a b]  ### E100 @6 "invalid syntax. Perhaps you forgot a comma?"
# ---
x = [a "s"]  ### E100 @8 "invalid syntax"
# ---
x = 1 +  ### E100 @8 "invalid syntax"
# ---
import  ### E100 @7 "invalid syntax"
# ---
import a.  ### E100 @10 "invalid syntax"
# ---
from x import  ### E100 @14 "invalid syntax"
# ---
from x import a,  ### E100 @17 "trailing comma not allowed without surrounding parentheses"
# ---
from x import *, a  ### E100 @16 "invalid syntax"
# ---
import a as  ### E100 @12 "invalid syntax"
# ---
global  ### E100 @7 "invalid syntax"
# ---
return 1 2  ### E100 @10 "invalid syntax"
# ---
assert  ### E100 @7 "invalid syntax"
# ---
raise X from  ### E100 @13 "invalid syntax"
# ---
class  ### E100 @6 "invalid syntax"
# ---
for x y: pass  ### E100 @7 "invalid syntax"
# ---
elif x: pass  ### E100 @1 "invalid syntax"
# ---
else: pass  ### E100 @1 "invalid syntax"
# ---
x = 1;; y  ### E100 @7 "invalid syntax"
# ---
async x  ### E100 @7 "invalid syntax"
# ---
x = (1 if)  ### E100 @10 "invalid syntax"
# ---
x = (1 if 2)  ### E100 @6 "expected 'else' after 'if' expression"
# ---
x = 1 if 2  ### E100 @5 "expected 'else' after 'if' expression"
# ---
x = 1 if 2 else  ### E100 @16 "invalid syntax"
# ---
lambda x=: 1  ### E100 @10 "invalid syntax"
# ---
x = {1: 2, 3}  ### E100 @12 "':' expected after dictionary key"
# ---
x = {1, 2: 3}  ### E100 @10 "invalid syntax"
# ---
x = {**a: 1}  ### E100 @9 "invalid syntax"
# ---
a.1  ### E100 @2 "invalid syntax"
# ---
a.if  ### E100 @3 "invalid syntax"
# ---
from a import b as  ### E100 @19 "invalid syntax"
# ---
x = yield = 1  ### E100 @5 "assignment to yield expression not possible"
# ---
if x = 1: pass  ### E100 @4 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
# ---
x = (a = 1)  ### E100 @6 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
# ---
while x = 1: pass  ### E100 @7 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
# ---
if x.y = 1: pass  ### E100 @4 "cannot assign to attribute here. Maybe you meant '==' instead of '='?"
# ---
[x for x in lambda: y]  ### E100 @13 "invalid syntax"
# ---
x = *a  ### E100 @5 "can't use starred expression here"
# ---
f(**a, *b)  ### E100 @8 "iterable argument unpacking follows keyword argument unpacking"
# ---
f(a=1, b)  ### E100 @9 "positional argument follows keyword argument"
# ---
f(**a, b)  ### E100 @9 "positional argument follows keyword argument unpacking"
# ---
f(a.b=1)  ### E100 @3 "expression cannot contain assignment, perhaps you meant \"==\"?"
# ---
f(True=1)  ### E100 @3 "cannot assign to True"
# ---
f(a, b for b in c)  ### E100 @6 "Generator expression must be parenthesized"
# ---
f(x for x in y, )  ### E100 @3 "Generator expression must be parenthesized"
# ---
x = (*a)  ### E100 @6 "cannot use starred expression here"
# ---
x = [*a for a in b]  ### E100 @6 "iterable unpacking cannot be used in comprehension"
# ---
x = {*a for a in b}  ### E100 @6 "iterable unpacking cannot be used in comprehension"
# ---
del *a  ### E100 @5 "cannot delete starred"
# ---
if x:
  pass
else  ### E100 @5 "expected ':'"
  pass
# ---
while x  ### E100 @8 "expected ':'"
  pass
# ---
for x in y  ### E100 @11 "expected ':'"
  pass
# ---
with a as b  ### E100 @12 "expected ':'"
# ---
if x  # c  ### E100 @7 "expected ':'"
 pass
# ---
class A  ### E100 @8 "expected ':'"
# ---
try x: pass  ### E100 @5 "expected ':'"
# ---
if x:
 pass
else x:  ### E100 @6 "expected ':'"
 pass
# ---
def f:  ### E100 @6 "expected '('"
# ---
def f()  ### E100 @8 "expected ':'"
# ---
def f() -> : pass  ### E100 @9 "expected ':'"
# ---
class A(: pass  ### E100 @9 "invalid syntax"
# ---
try:
  pass  ### E100 @7 "expected 'except' or 'finally' block"
# ---
try:
  pass
except X, Y:  ### E100 @8 "multiple exception types must be parenthesized"
  pass
# ---
try:
  pass
except* :  ### E100 @9 "expected one or more exception types"
  pass
# ---
try:
  pass
except E:
  pass
except* F:  ### E100 @1 "cannot have both 'except' and 'except*' on the same 'try'"
  pass
# ---
if x y:  ### E100 @6 "invalid syntax"
 pass
# ---
class A y: pass  ### E100 @9 "invalid syntax"
# ---
while x y: pass  ### E100 @9 "invalid syntax"
# ---
for x in y z: pass  ### E100 @12 "invalid syntax"
# ---
with a b: pass  ### E100 @8 "invalid syntax"
# ---
match x:
  case 1 as _: pass  ### E100 @13 "cannot use '_' as a target"
# ---
match x:
  case A(x=1, 2): pass  ### E100 @15 "positional patterns follow keyword patterns"
# ---
x = 1 2 3  ### E100 @7 "invalid syntax"
# ---
f(  ### E100 @2 "'(' was never closed"
# ---
def f(a=1, b): pass  ### E100 @12 "non-default argument follows default argument"
# ---
def f(*): pass  ### E100 @7 "named arguments must follow bare *"
# ---
def f(*, **k): pass  ### E100 @7 "named arguments must follow bare *"
# ---
def f(**a, b): pass  ### E100 @12 "arguments cannot follow var-keyword argument"
# ---
def f(/): pass  ### E100 @7 "invalid syntax"
# ---
def f(a, /, /): pass  ### E100 @13 "/ may appear only once"
# ---
def f(*, a, /): pass  ### E100 @13 "/ must be ahead of *"
# ---
def f(*a, *b): pass  ### E100 @11 "* argument may appear only once"
# ---
def f(*a=1): pass  ### E100 @9 "var-positional argument cannot have default value"
# ---
def f(**a=1): pass  ### E100 @10 "var-keyword argument cannot have default value"
# ---
lambda a=1, b: 0  ### E100 @13 "non-default argument follows default argument"
# ---
lambda *: 0  ### E100 @9 "named arguments must follow bare *"
# ---
def f(a b): pass  ### E100 @9 "invalid syntax"
# ---
def f(a,, b): pass  ### E100 @9 "invalid syntax"
# ---
def f(**a, **b): pass  ### E100 @12 "arguments cannot follow var-keyword argument"
# ---
class A(x=1, y): pass  ### E100 @15 "positional argument follows keyword argument"
# ---
x = 1 +  ### E100 @8 "invalid syntax"
y = 2
# ---
x = [1, 2  ### E100 @9 "invalid syntax. Perhaps you forgot a comma?"
y = 3]
# ---
if True:
    x = (1,  ### E100 @9 "'(' was never closed"
    y = 2
# ---
x += 1 = 2  ### E100 @8 "invalid syntax"
# ---
x = (yield) = 1  ### E100 @6 "cannot assign to yield expression"
# ---
a, b += 1  ### E100 @1 "'tuple' is an illegal expression for augmented assignment"
# ---
f() += 1  ### E100 @1 "'function call' is an illegal expression for augmented assignment"
# ---
x: int, y  ### E100 @7 "invalid syntax"
# ---
x, y: int  ### E100 @1 "only single target (not tuple) can be annotated"
# ---
[a]: int  ### E100 @1 "only single target (not list) can be annotated"
# ---
f(): int  ### E100 @1 "illegal target for annotation"
# ---
@  ### E100 @2 "invalid syntax"
def f(): pass
# ---
@x
y = 1  ### E100 @1 "invalid syntax"
# ---
nonlocal  ### E100 @9 "invalid syntax"
# ---
del  ### E100 @4 "invalid syntax"
# ---
del 1  ### E100 @5 "cannot delete literal"
# ---
def  ### E100 @4 "invalid syntax"
# ---
def 1(): pass  ### E100 @5 "invalid syntax"
# ---
class 1: pass  ### E100 @7 "invalid syntax"
# ---
import 1  ### E100 @8 "invalid syntax"
# ---
from 1 import x  ### E100 @6 "invalid syntax"
# ---
with a as 1: pass  ### E100 @11 "cannot assign to literal"
# ---
for 1 in x: pass  ### E100 @5 "cannot assign to literal"
# ---
x = a.  ### E100 @7 "invalid syntax"
# ---
x = f(a=)  ### E100 @9 "invalid syntax"
# ---
x = [1,,2]  ### E100 @8 "invalid syntax"
# ---
x = ,  ### E100 @5 "invalid syntax"
# ---
x = (,)  ### E100 @6 "invalid syntax"
# ---
[x, y for x, y in z]  ### E100 @2 "did you forget parentheses around the comprehension target?"
# ---
{**a for a in b}  ### E100 @2 "dict unpacking cannot be used in dict comprehension"
# ---
{x, y for x in z}  ### E100 @2 "did you forget parentheses around the comprehension target?"
# ---
(x, y for x in z)  ### E100 @7 "invalid syntax"
# ---
[x, *y for x in z]  ### E100 @2 "did you forget parentheses around the comprehension target?"
# ---
{**a, **b for a in b}  ### E100 @11 "invalid syntax"
# ---
f(lambda: x=1)  ### E100 @3 "expression cannot contain assignment, perhaps you meant \"==\"?"
# ---
f(**)  ### E100 @5 "invalid syntax"
# ---
del x, 1  ### E100 @8 "cannot delete literal"
# ---
lambda *args, *b: 0  ### E100 @15 "* argument may appear only once"
# ---
x = [1, 2 3, 4]  ### E100 @9 "invalid syntax. Perhaps you forgot a comma?"
# ---
x = f(a)(b c)  ### E100 @10 "invalid syntax. Perhaps you forgot a comma?"
# ---
for x in : pass  ### E100 @10 "invalid syntax"
# ---
x = 1 +* 2  ### E100 @8 "invalid syntax"
# ---
try:
  pass
except A as b.c:  ### E100 @14 "invalid syntax"
  pass
# ---
d = {'a': 1, 'b' 2}  ### E100 @16 "':' expected after dictionary key"
# ---
x = {1: 2, b c}  ### E100 @12 "':' expected after dictionary key"
# ---
x = {1: 2, abc}  ### E100 @14 "':' expected after dictionary key"
# ---
x = {1: 2, f(x) 3}  ### E100 @15 "':' expected after dictionary key"
# ---
x = {1: 2, **a, b}  ### E100 @17 "':' expected after dictionary key"
# ---
x = {1: 2,
 3  ### E100 @2 "':' expected after dictionary key"
}
# ---
def f(x):
    return x +  ### E100 @15 "invalid syntax"
# ---
print("hello"  ### E100 @6 "'(' was never closed"
x = 1
# ---
x = [1, 2, 3  ### E100 @5 "'[' was never closed"
print(x)
# ---
print('hello)  ### E100 @7 "unterminated string literal (detected at line 1)"
# ---
x = (1 + 2))  ### E100 @12 "unmatched ')'"
# ---
def f():
    x = 1
   y = 2  ### E104 @9 "unindent does not match any outer indentation level"
# ---
if x:
    pass
  else:  ### E104 @8 "unindent does not match any outer indentation level"
    pass
# ---
x = 1 ++ 2 = 3  ### E100 @5 "cannot assign to expression"
# ---
print(f"{x")  ### E100 @12 "f-string: expecting '}'"
# ---
lst[0 = 5  ### E100 @4 "'[' was never closed"
# ---
try:
    x = 1
print(x)  ### E100 @1 "expected 'except' or 'finally' block"
# ---
x = 10 if y  ### E100 @5 "expected 'else' after 'if' expression"
# ---
while x < 10:
x += 1  ### E104 @1 "expected an indented block after 'while' statement on line 1"
# ---
data = {"a": [1, 2}, "b": 3}  ### E100 @19 "closing parenthesis '}' does not match opening parenthesis '['"
# ---
lambda x: return x  ### E100 @11 "invalid syntax"
# ---
x = [i for i in range(10) if i % 2 = 0]  ### E100 @36 "invalid syntax"
