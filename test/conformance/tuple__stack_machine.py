# A tiny stack machine whose program is a tuple of (op, arg) tuples; errors on stack underflow.
program = (
    ("push", 6), ("push", 7), ("mul", None), ("dup", None), ("push", 2), ("sub", None),
    ("swap", None), ("print", None), ("print", None), ("push", 10**20), ("push", 3),
    ("divmod", None), ("print", None), ("print", None), ("pop", None),
)
stack = []
trace = []
for pc, (op, arg) in enumerate(program):
    if op == "push":
        stack.append(arg)
    elif op == "pop":
        stack.pop()
    elif op == "dup":
        stack.append(stack[-1])
    elif op == "swap":
        stack[-1], stack[-2] = stack[-2], stack[-1]
    elif op in ("add", "sub", "mul"):
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if op == "add" else a - b if op == "sub" else a * b)
    elif op == "divmod":
        b, a = stack.pop(), stack.pop()
        stack.extend(divmod(a, b))
    elif op == "print":
        print(pc, "->", stack.pop())
    trace.append((pc, op, tuple(stack)))
print(trace[:4])
print(len(program), program[0], program[-1][0], program.count(("print", None)), program.index(("dup", None)))
ops = tuple(sorted({op for op, _ in program}))
print(ops, len(ops), ("nop", None) in program)
print(stack)
