# expect: limit output
# limits: maxOutputBytes=100000
try:
    while True:
        print("y" * 1000)
except BaseException:
    print("UNREACHABLE except")
finally:
    print("UNREACHABLE finally")
