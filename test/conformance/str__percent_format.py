# Old-style %-formatting and str.format, as found in older scripts.

print("%s has %d items costing %.2f" % ("cart", 3, 19.999))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%x %X %o %e %g %g" % (255, 255, 8, 12345.678, 0.0001, 1e20))
print("%r %s" % ("quoted", "plain"))
print("%10.3f|%-10.1f|" % (3.14159, 2.5))
print("%c%c" % (72, "i"))
print("100%% sure, %s" % "really")
print("%(name)s is %(age)d years" % {"name": "Grace", "age": 85})
print("single: %s" % [1, 2])
print("tuple arg: %s" % ((1, 2),))

print("{} + {} = {}".format(2, 3, 5))
print("{0} {1} {0}".format("a", "b"))
print("{name} scored {score:.1f}".format(name="Linus", score=88.25))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x} {:#b}".format(3.14159, 9876543210, 48879, 5))
print("{0[0]} {0[1]} {1[k]}".format(["x", "y"], {"k": "v"}))
print("{{escaped}} {}".format("ok"))
print("{!r:>10}".format("hi"))

rows = [("alice", 1200, 0.051), ("bob", 87, 0.9), ("charlotte", 45000, 0.12345)]
header = "{:<10} {:>8} {:>7}".format("user", "visits", "rate")
print(header)
print("-" * len(header))
for user, visits, rate in rows:
    print("{:<10} {:>8,} {:>7.1%}".format(user, visits, rate))
    print("%-10s %8d %7.3f" % (user, visits, rate))
