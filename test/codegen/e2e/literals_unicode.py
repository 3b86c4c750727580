café = 'naïve\u2028x'
def π(r):
    return 3 * r
print(café.upper() if False else len(café), π(2))
s = "tab\there \"quote\" \\ back \x00 \U0001F600"
print(len(s), repr(s))
big = 2 ** 64
print(big, 18446744073709551616 == big, -9007199254740993, 9007199254740991 + 2)
print(1.0, 1e300, 1e-7, float('inf') > 1e308, 1e400)
print(b'\x00\xffab', ..., None)
