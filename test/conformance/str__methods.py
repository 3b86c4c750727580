# Common str methods applied to messy user input.

raw = "   Hello, World! Welcome to Corral.   "
s = raw.strip()
print(repr(s))
print(s.lower(), "|", s.upper(), "|", s.title(), "|", s.swapcase())
print(s.startswith("Hello"), s.endswith("."), s.startswith(("Hi", "He")))
print(s.find("o"), s.rfind("o"), s.find("zzz"), s.index("World"), s.count("o"))
print(s.replace("o", "0"), s.replace("o", "0", 2))
print(s.split(), s.split(", "), s.split(" ", 1), s.rsplit(" ", 1))
print("a,b,,c".split(","), "  a  b  ".split(), "".split(), "".split(","))
print(raw.lstrip(), "|", raw.rstrip(), "|", "xxhixx".strip("x"), "abcba".strip("ab"))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")))
print("42".zfill(5), "-42".zfill(5), "ab".center(8, "*"), "ab".ljust(5, ".") + "|", "ab".rjust(5) + "|")
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Abc".islower(), "ABC".isupper())
print("hello world".capitalize(), "Title Case".istitle())
print("line1\nline2\r\nline3".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
print("tab\tsep".expandtabs(4), "a" in "cat", "dog" not in "cat")


def slugify(title):
    out = []
    for ch in title.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


for title in ["Hello, World!", "  Corral: run Python   safely ", "A--B__C"]:
    print(repr(title), "->", slugify(title))


def is_palindrome(text):
    cleaned = [c.lower() for c in text if c.isalpha()]
    return cleaned == cleaned[::-1]


for t in ["A man, a plan, a canal: Panama", "Corral", "Was it a car or a cat I saw?"]:
    print(is_palindrome(t), t)
print(str(123) + str(4.5) + str(None) + str([1, "a"]))
print("ab" * 3, 3 * "-", "" * 10 + "end")
