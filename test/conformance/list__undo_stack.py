# An editor with undo/redo stacks on lists; copy vs alias; and popping an empty stack.
doc = []
undo, redo = [], []

def apply(op, arg=None):
    undo.append(doc[:])
    redo.clear()
    if op == "add":
        doc.append(arg)
    elif op == "del":
        doc.remove(arg)
    elif op == "ins":
        doc.insert(*arg)
    elif op == "rev":
        doc.reverse()
    elif op == "sort":
        doc.sort()

def do_undo():
    redo.append(doc[:])
    doc[:] = undo.pop()

def do_redo():
    undo.append(doc[:])
    doc[:] = redo.pop()

for op, arg in [("add", "b"), ("add", "a"), ("add", "c"), ("sort", None), ("ins", (1, "z")), ("del", "a"), ("rev", None)]:
    apply(op, arg)
    print(f"{op:<4} {doc}")
do_undo()
do_undo()
print("undo x2", doc, len(undo), len(redo))
do_redo()
print("redo", doc, len(undo), len(redo))
apply("add", "q")
print("after edit", doc, "redo cleared:", redo == [])
snapshot = doc
copy = list(doc)
doc.append("!")
print(snapshot is doc, copy == doc, copy, doc, doc.count("!"), "q" in doc)
while undo:
    do_undo()
print("fully undone", doc, len(redo))
print("redo stack sizes", [len(s) for s in redo])
do_undo()
