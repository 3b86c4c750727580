# Big factorials are fine to compute and compare, but CPython 3.11 refuses to turn an int of more
# than 4300 digits into a decimal string (ValueError), which a report that prints one runs into.


def factorial(n):
    out = 1
    for i in range(2, n + 1):
        out *= i
    return out


def trailing_zeros(n):
    # Zeros at the end of n!, counted from factors of 5 without building the string.
    count = 0
    power = 5
    while power <= n:
        count += n // power
        power *= 5
    return count


for n in (10, 100, 500, 1000):
    f = factorial(n)
    print(f"{n}!: {f.bit_length()} bits, {trailing_zeros(n)} trailing zeros, mod 1e9+7 = {f % 1000000007}")

small = factorial(1000)
print("1000! has", len(str(small)), "digits, starts", str(small)[:12])
print("1000! == 1000 * 999!:", small == 1000 * factorial(999))
huge = factorial(1800)
print("1800! computed:", huge > small, huge.bit_length())
print("printing 1800! in full:")
print(huge)
