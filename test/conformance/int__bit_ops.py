# Bit manipulation: masks, shifts, popcount and a tiny permission-flag system.

READ = 1 << 0
WRITE = 1 << 1
EXEC = 1 << 2
ADMIN = 1 << 7


def describe(flags):
    names = []
    for name, bit in [("read", READ), ("write", WRITE), ("exec", EXEC), ("admin", ADMIN)]:
        if flags & bit:
            names.append(name)
    return "|".join(names) if names else "none"


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


user = READ | WRITE
print("user:", user, describe(user))
user |= EXEC
print("after grant:", user, describe(user))
user &= ~WRITE
print("after revoke:", user, describe(user))
print("toggle admin:", describe(user ^ ADMIN))

for n in [0, 1, 5, 255, 256, 1023, 2 ** 40 - 1]:
    print(f"{n:>15} bin={bin(n)} popcount={popcount(n)}")

print("shifts:", 1 << 10, 1 << 70, 1024 >> 3, -17 >> 2, -1 >> 10)
print("negatives:", -6 & 0xFF, -1 & 12, ~0, ~5, ~-3, -8 | 3, -8 ^ 3)
print("big xor:", (2 ** 70 + 5) ^ (2 ** 70 + 3))
print("big and:", (2 ** 90 - 1) & 0xFFFF)
print("bit_length:", (255).bit_length(), (256).bit_length(), (-1).bit_length(), (0).bit_length())


def gray(n):
    return n ^ (n >> 1)


print("gray codes:", [gray(i) for i in range(8)])
print("gray bin:", [format(gray(i), "03b") for i in range(8)])
print("hex/oct:", hex(255), hex(-255), oct(8), oct(-64), bin(-5))
