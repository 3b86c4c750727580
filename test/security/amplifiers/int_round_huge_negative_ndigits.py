# expect: ok
# round(int, -k) for a huge k must not build 10**k (a fuzz finding: it was an internal error, and
# CPython itself hangs here); every such int rounds to 0.
print(round(15, -2**53 + 1), round(-15, -2**60), round(2**70, -10**6), round(5 * 10**29, -30), round(15 * 10**29, -30))
