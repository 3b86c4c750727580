# Bit tricks on large integers: masks, shifts, popcount, and a negative shift at the end.
def bits(n, width):
    return format(n & ((1 << width) - 1), f"0{width}b")

flags = 0
for pos in (0, 3, 64, 65, 127):
    flags |= 1 << pos
print(hex(flags), flags.bit_length(), flags.bit_count())
print(bits(flags, 8), bits(flags >> 64, 4))
print(flags >> 200, -flags >> 200, -1 >> 5, -(1 << 70) >> 69)
print(~flags & 0xFF, ~0, ~-1, ~(2**100) + 2**100)
mask = (1 << 128) - 1
rot = ((flags << 5) | (flags >> 123)) & mask
print(hex(rot))
print(-12345678901234567890 & 0xFFFF, -12345678901234567890 | 0xFFFF)
print(-12345678901234567890 ^ 12345678901234567890)
x = 0xDEADBEEFCAFEBABE
print(x.to_bytes(8, "little").hex(), int.from_bytes(b"\xff\xfe", "big", signed=True))
for n in (0, 1, 255, 256, 2**63, -2**63, -1):
    print(n, n.bit_length(), bin(n), oct(n), hex(n))
gray = [i ^ (i >> 1) for i in range(16)]
print(gray)
print(sum(1 << i for i in range(100)) == 2**100 - 1)
print(True << 3, True >> 1, 5 << False)
width = -3
print("shifting by", width)
print(1 << width)
