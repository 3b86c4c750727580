# for/while else clauses with break and continue: a prime sieve and a search with retries.


def primes_below(n):
    found = []
    for candidate in range(2, n):
        for p in found:
            if p * p > candidate:
                found.append(candidate)
                break
            if candidate % p == 0:
                break
        else:
            found.append(candidate)
    return found


print(primes_below(40))


def find_slot(schedule, length):
    for start in range(0, 24 - length + 1):
        for hour in range(start, start + length):
            if hour in schedule:
                break
        else:
            return start
    else:
        return None


busy = {0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 13, 18, 22}
for want in [1, 2, 3, 5, 9]:
    print(f"slot for {want}h:", find_slot(busy, want))

attempt = 0
while attempt < 5:
    attempt += 1
    if attempt % 2:
        print("attempt", attempt, "skipped")
        continue
    if attempt == 4:
        print("attempt", attempt, "succeeded")
        break
    print("attempt", attempt, "failed")
else:
    print("gave up")

n = 3
while n:
    n -= 1
else:
    print("while finished normally, n =", n)

for word in ["alpha", "beta"]:
    if word.startswith("z"):
        break
else:
    print("no z-word")

for i in []:
    print("never")
else:
    print("empty loop still runs else")
