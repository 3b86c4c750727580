# Benchmark: nested integer loops with arithmetic and a conditional (loop and int-op overhead).


def work(n):
    total = 0
    for i in range(n):
        for j in range(n):
            x = (i * j) % 7
            if x > 3:
                total += x - i
            else:
                total -= j // 3
    return total


print("loops =", work(2000))
