if x:
  a
 b  ### E104 @3 "unindent does not match any outer indentation level"
# ---
if x:
  a
 bcdefg  ### E104 @8 "unindent does not match any outer indentation level"
# ---
if x:
    a
  b  ### E104 @4 "unindent does not match any outer indentation level"
# ---
if x:
pass  ### E104 @1 "expected an indented block after 'if' statement on line 1"
# ---
 x  ### E104 @1 "unexpected indent"
# ---
x = 1
  y  ### E104 @2 "unexpected indent"
# ---
  x = 1  ### E104 @2 "unexpected indent"
# ---
if x: pass
  y  ### E104 @2 "unexpected indent"
# ---
def f():
return  ### E104 @1 "expected an indented block after function definition on line 1"
# ---
class A:
pass  ### E104 @1 "expected an indented block after class definition on line 1"
# ---
for x in y:
z  ### E104 @1 "expected an indented block after 'for' statement on line 1"
# ---
while x:
z  ### E104 @1 "expected an indented block after 'while' statement on line 1"
# ---
try:
x  ### E104 @1 "expected an indented block after 'try' statement on line 1"
# ---
with a:
z  ### E104 @1 "expected an indented block after 'with' statement on line 1"
# ---
if x:  ### E104 @6 "expected an indented block after 'if' statement on line 1"
# ---
if x:  ### E104 @6 "expected an indented block after 'if' statement on line 1"
# ---
if x:  ### E104 @6 "expected an indented block after 'if' statement on line 1"
# ---
match x:
  case 1:
  pass  ### E104 @3 "expected an indented block after 'case' statement on line 2"
# ---
if x:
	a
        b  ### E104 @1 "inconsistent use of tabs and spaces in indentation"
# ---
if x:
        a
	b  ### E104 @1 "inconsistent use of tabs and spaces in indentation"
# ---
if x:
  pass
elif y:
pass  ### E104 @1 "expected an indented block after 'elif' statement on line 3"
# ---
if x:
  pass
else:
pass  ### E104 @1 "expected an indented block after 'else' statement on line 3"
# ---
try:
  pass
except:
pass  ### E104 @1 "expected an indented block after 'except' statement on line 3"
# ---
try:
  pass
finally:
pass  ### E104 @1 "expected an indented block after 'finally' statement on line 3"
# ---
try:
  pass
except E:
pass  ### E104 @1 "expected an indented block after 'except' statement on line 3"
# ---
async def f():
pass  ### E104 @1 "expected an indented block after function definition on line 1"
# ---
async def f():
  async for x in y:
  pass  ### E104 @3 "expected an indented block after 'for' statement on line 2"
# ---
async def f():
  async with a:
  pass  ### E104 @3 "expected an indented block after 'with' statement on line 2"
# ---
match x:
case 1: pass  ### E104 @1 "expected an indented block after 'match' statement on line 1"
# ---
def f():
  pass
    x  ### E104 @4 "unexpected indent"
# ---
if x:
  a
    b  ### E104 @4 "unexpected indent"
# ---
class A:
  def f(self):
  pass  ### E104 @3 "expected an indented block after function definition on line 2"
# ---
while x:
  pass
else:
pass  ### E104 @1 "expected an indented block after 'else' statement on line 3"
# ---
for x in y:
  pass
else:
pass  ### E104 @1 "expected an indented block after 'else' statement on line 3"
# ---
try:
  pass
except* E:
pass  ### E104 @1 "expected an indented block after 'except*' statement on line 3"
# ---
if a:
 if b:
  c
   d  ### E104 @3 "unexpected indent"
# ---
x = 1
	y = 2  ### E104 @1 "unexpected indent"
# ---
if x:
 pass
  \
 y  ### E104 @1 "unexpected indent"
# ---
\
  x = 1  ### E104 @2 "unexpected indent"
# ---
if x:
 pass
  \\  ### E100 @4 "unexpected character after line continuation character"
  y
# ---
x = 1
  \y  ### E100 @4 "unexpected character after line continuation character"
