# Greedy word wrapping and justified text, a typical report-formatting helper.

TEXT = (
    "Corral runs untrusted scripts written in a small subset of Python. "
    "Each script is parsed, checked against a policy, translated to guarded "
    "JavaScript and executed inside an isolate with hard limits on memory, "
    "time and operations."
)


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) if not current else len(word) + 1
        if current and length + extra > width:
            lines.append(" ".join(current))
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (40, 28):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for i, line in enumerate(lines):
        shown = line if i == len(lines) - 1 else justify(line, width)
        print(f"|{shown:<{width}}|")
    print(f"{len(lines)} lines, longest {max(len(l) for l in lines)}")

print("+" + "-" * 20 + "+")
for word in ["left", "centre", "right"]:
    print("|" + word.center(20) + "|")
print("+" + "-" * 20 + "+")
