# A tiny stack-based virtual machine: assembles text into instructions and runs a few programs.

PROGRAMS = {
    "arith": """
        push 6
        push 7
        mul
        push 2
        sub
        print
    """,
    "countdown": """
        push 5
    loop:
        dup
        print
        push 1
        sub
        dup
        jnz loop
        pop
        push 0
        print
    """,
    "factorial": """
        push 1
        push 10
    top:
        dup
        jz done
        dup
        rot
        mul
        swap
        push 1
        sub
        jmp top
    done:
        pop
        print
    """,
}


def assemble(text):
    code, labels = [], {}
    for line in text.strip().splitlines():
        line = line.strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        elif line:
            op, *args = line.split()
            code.append((op, args[0] if args else None))
    return [(op, labels.get(arg, int(arg) if arg and arg.lstrip("-").isdigit() else arg)) for op, arg in code]


def run(code, max_steps=10000):
    stack, out, pc, steps = [], [], 0, 0
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise RuntimeError("step limit")
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "rot":
            stack.append(stack.pop(-3))
        elif op in ("add", "sub", "mul"):
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a - b if op == "sub" else a * b)
        elif op == "print":
            out.append(stack.pop())
        elif op == "jmp":
            pc = arg
        elif op in ("jz", "jnz"):
            if (stack.pop() == 0) == (op == "jz"):
                pc = arg
        else:
            raise ValueError(f"unknown op {op!r}")
    return out, steps, stack


for name, text in PROGRAMS.items():
    code = assemble(text)
    out, steps, stack = run(code)
    print(f"{name:<10} {len(code):>2} instrs {steps:>4} steps -> {out} (stack {stack})")
try:
    run(assemble("push 1\nloop:\njmp loop"))
except RuntimeError as e:
    print("RuntimeError:", e)
