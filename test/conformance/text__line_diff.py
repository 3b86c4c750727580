# A line-based diff (longest common subsequence) printed in a unified-like format with stats.

OLD = """def total(items):
    result = 0
    for item in items:
        result += item.price
    return result

def describe(item):
    return item.name"""

NEW = """def total(items, tax=0.0):
    result = 0
    for item in items:
        result += item.price * item.qty
    return result * (1 + tax)

def describe(item):
    return item.name

def count(items):
    return len(items)"""


def lcs_table(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    return table


def diff(a, b):
    table = lcs_table(a, b)
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append((" ", a[i]))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            out.append(("-", a[i]))
            i += 1
        else:
            out.append(("+", b[j]))
            j += 1
    out.extend(("-", line) for line in a[i:])
    out.extend(("+", line) for line in b[j:])
    return out


old_lines, new_lines = OLD.splitlines(), NEW.splitlines()
result = diff(old_lines, new_lines)
for tag, line in result:
    print(f"{tag} {line}".rstrip())
added = sum(1 for tag, _ in result if tag == "+")
removed = sum(1 for tag, _ in result if tag == "-")
print(f"--- {len(old_lines)} lines, +++ {len(new_lines)} lines: {added} added, {removed} removed")
similarity = 2 * lcs_table(old_lines, new_lines)[0][0] / (len(old_lines) + len(new_lines))
print(f"similarity {similarity:.2%}")
print(diff(list("kitten"), list("sitting")))
print("".join(tag if tag != " " else "=" for tag, _ in diff(list("abcde"), list("abxde"))))
