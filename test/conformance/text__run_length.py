# Run-length encoding and decoding, plus a simple string compression report.


def encode(text):
    if not text:
        return ""
    out = []
    prev = text[0]
    count = 1
    for ch in text[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}" if count > 1 else prev)
            prev, count = ch, 1
    out.append(f"{count}{prev}" if count > 1 else prev)
    return "".join(out)


def decode(code):
    out = []
    digits = ""
    for ch in code:
        if ch.isdigit():
            digits += ch
        else:
            out.append(ch * (int(digits) if digits else 1))
            digits = ""
    return "".join(out)


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "abc", "aabcccccaaa", "", "zzzzzzzzzzzz", "a b  c   d"]
for s in samples:
    e = encode(s)
    ok = decode(e) == s
    ratio = len(e) / len(s) if s else 1.0
    print(f"{s[:20]!r:<24} -> {e!r:<22} ratio {ratio:.2f} roundtrip {ok}")


def groups(text):
    result = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        result.append((text[i], j - i))
        i = j
    return result


print(groups("aaabccddddde"))
print(max(groups("aaabccddddde"), key=lambda g: g[1]))
look = "1"
for _ in range(8):
    print(look)
    look = "".join(f"{n}{c}" for c, n in groups(look))
