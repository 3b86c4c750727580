f() = 1  ### E100 @1 "cannot assign to function call here. Maybe you meant '==' instead of '='?"
# ---
1 = x  ### E100 @1 "cannot assign to literal here. Maybe you meant '==' instead of '='?"
# ---
a + 1 = 2  ### E100 @1 "cannot assign to expression here. Maybe you meant '==' instead of '='?"
# ---
(a, f()) = 1  ### E100 @5 "cannot assign to function call"
# ---
[a, 1] = 1  ### E100 @5 "cannot assign to literal"
# ---
x = f() = 1  ### E100 @5 "cannot assign to function call"
# ---
f() = x = 1  ### E100 @1 "cannot assign to function call"
# ---
True = 1  ### E100 @1 "cannot assign to True"
# ---
None = 1  ### E100 @1 "cannot assign to None"
# ---
(True) = 1  ### E100 @2 "cannot assign to True here. Maybe you meant '==' instead of '='?"
# ---
*a = b  ### E100 @1 "starred assignment target must be in a list or tuple"
# ---
del (a, f())  ### E100 @9 "cannot delete function call"
# ---
with a as f(): pass  ### E100 @11 "cannot assign to function call"
# ---
[x for f() in y]  ### E100 @8 "cannot assign to function call"
# ---
a, f() = 1  ### E100 @4 "cannot assign to function call here. Maybe you meant '==' instead of '='?"
# ---
f(), a = 1  ### E100 @6 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
# ---
f(), a.b = 1  ### E100 @6 "cannot assign to attribute here. Maybe you meant '==' instead of '='?"
# ---
a, f() = b = 1  ### E100 @4 "cannot assign to function call"
# ---
x = 1 = 2  ### E100 @5 "cannot assign to literal"
# ---
[f()] = 1  ### E100 @2 "cannot assign to function call"
# ---
a, b = f() = 1  ### E100 @8 "cannot assign to function call"
# ---
f() = 1 = 2  ### E100 @1 "cannot assign to function call"
# ---
x = f() = yield  ### E100 @5 "cannot assign to function call"
# ---
x, f() += 1  ### E100 @1 "'tuple' is an illegal expression for augmented assignment"
# ---
a = b = yield = 1  ### E100 @9 "assignment to yield expression not possible"
# ---
x = [a] = f() = 1  ### E100 @11 "cannot assign to function call"
# ---
del f()  ### E100 @5 "cannot delete function call"
# ---
del a + 1  ### E100 @5 "cannot delete expression"
# ---
(x for x in y) = 1  ### E100 @1 "cannot assign to generator expression"
# ---
[a for a in b] = 1  ### E100 @1 "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?"
# ---
"a" = 1  ### E100 @1 "cannot assign to literal here. Maybe you meant '==' instead of '='?"
# ---
f"a" = 1  ### E100 @1 "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?"
# ---
... = 1  ### E100 @1 "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?"
# ---
(yield) = 1  ### E100 @2 "cannot assign to yield expression here. Maybe you meant '==' instead of '='?"
# ---
a if b else c = 1  ### E100 @1 "cannot assign to conditional expression"
# ---
lambda: 1 = 1  ### E100 @1 "cannot assign to lambda"
# ---
not a = 1  ### E100 @1 "cannot assign to expression"
# ---
-a = 1  ### E100 @1 "cannot assign to expression here. Maybe you meant '==' instead of '='?"
# ---
a < b = 1  ### E100 @1 "cannot assign to comparison"
# ---
await a = 1  ### E100 @1 "cannot assign to await expression here. Maybe you meant '==' instead of '='?"
# ---
f() : int = 1  ### E100 @1 "illegal target for annotation"
# ---
(a, b): int  ### E100 @1 "only single target (not tuple) can be annotated"
# ---
a and b = 1  ### E100 @1 "cannot assign to expression"
# ---
{a: b} = c  ### E100 @1 "cannot assign to dict literal here. Maybe you meant '==' instead of '='?"
# ---
{a} = b  ### E100 @1 "cannot assign to set display here. Maybe you meant '==' instead of '='?"
# ---
a.b() = c  ### E100 @1 "cannot assign to function call here. Maybe you meant '==' instead of '='?"
# ---
(a := 1) = 2  ### E100 @2 "cannot assign to named expression here. Maybe you meant '==' instead of '='?"
# ---
for x, f() in y: pass  ### E100 @8 "cannot assign to function call"
# ---
for (a, 1) in y: pass  ### E100 @9 "cannot assign to literal"
# ---
del [a, 1]  ### E100 @9 "cannot delete literal"
# ---
del (1,)  ### E100 @6 "cannot delete literal"
# ---
x = 1
f() = 2  ### E100 @1 "cannot assign to function call here. Maybe you meant '==' instead of '='?"
# ---
with a as (b, f()): pass  ### E100 @15 "cannot assign to function call"
# ---
[x for 1 in y]  ### E100 @8 "cannot assign to literal"
# ---
{x: y for f() in z}  ### E100 @11 "cannot assign to function call"
# ---
del a, f()  ### E100 @8 "cannot delete function call"
