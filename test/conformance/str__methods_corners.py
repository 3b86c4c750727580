# Less common str behaviour that real scripts still hit: split/strip corners, title(), translate
# via dict, count overlap, center padding, zfill, and numeric predicates.

print("a  b   c".split(" "), "a  b   c".split(), " a b ".split(None, 1), "a,b,c".split(",", -1))
print("a,b,c".rsplit(",", 1), "1|2|3|4".split("|", 2), "one\ntwo\n\nthree\n".splitlines())
print("one\ntwo\n".splitlines(True), "x".split("x"), "".splitlines(), "abc".split("abc"))
print(repr("  \t\n pad \r\n".strip()), "www.example.com".strip("w.moc"), "--x--".lstrip("-"))
print("they're bill's friends".title(), "hello WORLD".capitalize(), "ABC def".swapcase())
print("aaaa".count("aa"), "banana".count("an"), "banana".count(""), "".count("a"))
print("abc".center(6, "*"), "abc".center(7, "*"), "ab".center(5), "|" + "x".center(4) + "|")
print("7".zfill(3), "+7".zfill(4), "-".zfill(3), "abc".zfill(5), "12345".zfill(3))
print("12".isdigit(), "½".isnumeric(), "٣".isdecimal(), "1.5".isdigit(), "".isalpha(), "ab1".isalnum())
print("Hello".startswith("ell", 1), "Hello".endswith("ll", 0, 4), "abc".find("c", -1), "abc".rfind(""))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "x".join([]), ", ".join(["only"]))
print("%s|%5s|%-5s|%.2s" % ("a", "b", "c", "defg"), "%d%%" % 50, "%+.1f" % 2.25, "%03d" % -5)
print("{:^7}|{:<3}|{:>3}".format("mid", "toolong", "x"), "{:.3}".format("truncate"), "{:-^9}".format(" hi "))
print("{0:{1}}|".format("w", 4), "{:{fill}>{w}}".format(7, fill="0", w=3), "{!s:>4}{!r}".format(1, "r"))

table = {"a": "4", "e": "3", "o": "0", "s": "5"}
leet = "".join(table.get(ch, ch) for ch in "cheese sauce on toast")
print(leet)
vowels = set("aeiou")
print("".join(ch for ch in "programming language" if ch not in vowels))
sentence = "The quick brown fox"
print(" ".join(w[::-1] for w in sentence.split()), sentence.lower().count("o"))
print(max(sentence.split(), key=len), sorted(sentence.split(), key=str.lower))
print("abc" * 0 == "", "-" * 3 + ">" , "ab" < "abc" < "abd" < "b")
parts = "2024-03-15T10:30:00".replace("T", "-").replace(":", "-").split("-")
print([int(p) for p in parts])
