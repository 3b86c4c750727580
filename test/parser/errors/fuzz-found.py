match x:  case False: pass  ### E100 @11 "invalid syntax"
# ---
a[1:2 3]  ### E100 @5 "invalid syntax. Perhaps you forgot a comma?"
# ---
a[1 2]  ### E100 @3 "invalid syntax. Perhaps you forgot a comma?"
# ---
[x for x y in z]  ### E100 @8 "invalid syntax. Perhaps you forgot a comma?"
# ---
[x for x y]  ### E100 @8 "invalid syntax. Perhaps you forgot a comma?"
# ---
def f((gs)): pass  ### E100 @7 "Function parameters cannot be parenthesized"
# ---
def f(a, (b)): pass  ### E100 @10 "Function parameters cannot be parenthesized"
# ---
lambda (x): 1  ### E100 @8 "Lambda expression parameters cannot be parenthesized"
# ---
b+x = 1 +  ### E100 @1 "cannot assign to expression here. Maybe you meant '==' instead of '='?"
# ---
f() = 1 +  ### E100 @1 "cannot assign to function call here. Maybe you meant '==' instead of '='?"
# ---
2 *x ^=  ### E100 @6 "invalid syntax"
# ---
0notadBEEF  ### E100 @1 "invalid decimal literal"
# ---
12345678.and9  ### E100 @9 "invalid decimal literal"
# ---
1ins  ### E100 @2 "invalid syntax"
# ---
def f( /,): pass  ### E100 @8 "at least one argument must precede /"
# ---
def m(self=): pass  ### E100 @11 "expected default value expression"
# ---
with (a as b pass  ### E100 @14 "invalid syntax"
# ---
match x0o17  ### E100 @12 "expected ':'"
# ---
match x  ### E100 @8 "expected ':'"
# ---
x = f"{1x:}"  ### E100 @2 "invalid decimal literal"
# ---
"a\  ### E100 @1 "unterminated string literal (detected at line 1)"
# ---
x = f"{(lambda: 1)("  ### E100 @21 "f-string: unmatched '('"
# ---
"\N{LATIN SMALL L"  ### E100 @19 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: malformed \\N character escape"
# ---
1é = 2  ### E100 @2 "invalid syntax"
# ---
x if y else1 lambd1  ### E100 @1 "expected 'else' after 'if' expression"
# ---
1(x for x in y i  ### E100 @16 "invalid syntax"
# ---
a a(d (b or c)  ### E100 @4 "'(' was never closed"
# ---
{x a.b.c = d  ### E100 @2 "invalid syntax. Perhaps you forgot a comma?"
# ---
[m f(x)]  ### E100 @4 "invalid syntax"
# ---
[ma f]  ### E100 @5 "invalid syntax"
# ---
[c f]  ### E100 @4 "invalid syntax"
# ---
[_ f]  ### E100 @4 "invalid syntax"
# ---
[mm f]  ### E100 @2 "invalid syntax. Perhaps you forgot a comma?"
# ---
[print f]  ### E100 @2 "Missing parentheses in call to 'print'. Did you mean print(...)?"
# ---
try:
  pass
except* E:
  pass
except F:  ### E100 @1 "cannot have both 'except' and 'except*' on the same 'try'"
  pass
# ---
try:
  pascases
exincept* E as e:  ### E100 @1 "expected 'except' or 'finally' block"
  pass
# ---
x = "\N{}"  ### E100 @11 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"
# ---
f(*afrom a im  ### E100 @4 "invalid syntax. Perhaps you forgot a comma?"
# ---
b'\''=  ### E100 @1 "cannot assign to literal"
# ---
a[f(x):g(y):h(z)]
\  ### E100 @2 "unexpected EOF while parsing"
# ---
....  ### E100 @5 "invalid syntax"
\
# ---
print(1, 2  ### E100 @6 "'(' was never closed"
x = 3
# ---
print(1, 2 x = 3  ### E100 @10 "invalid syntax. Perhaps you forgot a comma?"
# ---
{x  ### E100 @1 "'{' was never closed"
 a.b.c = d
# ---
de{f f(a): pas  ### E100 @4 "invalid syntax. Perhaps you forgot a comma?"
# ---
f"{x for x in ...y}"  ### E100 @16 "f-string: invalid syntax"
# ---
if (m re.matc(p, s)) is not None: pass  ### E100 @7 "invalid syntax"
# ---
[x for x in y if x][x for x   ### E100 @20 "'[' was never closed"
# ---
with (a, b) as c d: pass  ### E100 @18 "invalid syntax"
# ---
x = [1, 2,
     3 4]  ### E100 @6 "invalid syntax. Perhaps you forgot a comma?"
# ---
x = (a := 1 := 2)  ### E100 @13 "invalid syntax"
# ---
a.b := 1  ### E100 @1 "cannot use assignment expressions with attribute"
# ---
(a.b := 1)  ### E100 @2 "cannot use assignment expressions with attribute"
# ---
f(x := 1 = 2)  ### E100 @10 "invalid syntax"
# ---
del x +  ### E100 @7 "invalid syntax"
# ---
for x in y: pass
else x: pass  ### E100 @6 "expected ':'"
# ---
class A(B C): pass  ### E100 @9 "invalid syntax. Perhaps you forgot a comma?"
# ---
@d e  ### E100 @4 "invalid syntax"
def f(): pass
# ---
import a b  ### E100 @10 "invalid syntax"
# ---
from a import b c  ### E100 @17 "invalid syntax"
# ---
global a b  ### E100 @10 "invalid syntax"
# ---
assert a b  ### E100 @10 "invalid syntax"
# ---
raise a b  ### E100 @9 "invalid syntax"
# ---
return a b  ### E100 @10 "invalid syntax"
# ---
x = lambda: (yield) 1  ### E100 @21 "invalid syntax"
# ---
while x: pass
else: pass
else: pass  ### E100 @1 "invalid syntax"
# ---
if x: pass
elif: pass  ### E100 @5 "invalid syntax"
# ---
x = {a: b c: d}  ### E100 @9 "invalid syntax. Perhaps you forgot a comma?"
# ---
x = {**a b}  ### E100 @10 "invalid syntax"
# ---
f(**a b)  ### E100 @5 "invalid syntax. Perhaps you forgot a comma?"
# ---
[x for *a, b i c]  ### E100 @12 "invalid syntax. Perhaps you forgot a comma?"
# ---
[x for x y if x]  ### E100 @8 "invalid syntax. Perhaps you forgot a comma?"
# ---
a[b]:=  ### E100 @5 "invalid syntax"
# ---
f'{:x}'  ### E100 @8 "f-string: expression required before ':'"
# ---
f'{!r}'  ### E100 @8 "f-string: expression required before '!'"
# ---
x = *a"s",b  ### E100 @7 "invalid syntax"
# ---
(a if b else c) if d elsdele e  ### E100 @2 "expected 'else' after 'if' expression"
# ---
if (m := re.match(p, s)) is t Na[  ### E100 @33 "'[' was never closed"
# ---
x = [*a or b]  ### E100 @9 "invalid syntax"
# ---
f(x := 1 = 2)  ### E100 @10 "invalid syntax"
# ---
a.b := 1  ### E100 @1 "cannot use assignment expressions with attribute"
# ---
(x) := 1  ### E100 @2 "cannot use assignment expressions with name"
# ---
x := 1  ### E100 @3 "invalid syntax"
# ---
if x:
  y = 2;  # c
  z;;  ### E100 @5 "invalid syntax"
# ---
[x for x y(  ### E100 @11 "'(' was never closed"
# ---
[x for x in y z  ### E100 @15 "invalid syntax"
# ---
[x for x in y if z w  ### E100 @20 "invalid syntax"
# ---
0x1andx  ### E100 @4 "invalid hexadecimal literal"
# ---
1and9  ### E100 @1 "invalid decimal literal"
# ---
1.ins  ### E100 @3 "invalid syntax"
