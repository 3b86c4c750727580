# A work queue on a list: append/pop/insert/remove/index/count, ending in a failed remove.
queue = []
for job in ["build", "test", "lint", "test", "deploy"]:
    queue.append(job)
print(queue, len(queue), queue.count("test"), queue.index("test"), queue.index("test", 2))
queue.insert(0, "fetch")
queue.insert(-1, "package")
queue.insert(100, "notify")
queue.insert(-100, "start")
print(queue)
print(queue.pop(), queue.pop(0), queue.pop(-2), queue)
queue.remove("test")
print(queue)
queue.extend(("x", "y"))
queue.extend(c for c in "ab")
queue += ["z"]
print(queue)
queue.reverse()
print(queue, "lint" in queue, "nope" not in queue)
cp = queue.copy()
cp.clear()
print(cp, len(queue))
done = []
while queue:
    job = queue.pop()
    if job in ("x", "y", "z"):
        continue
    done.append(job)
print(done)
print(done * 2, [0] * 3 + [1], done[1:3] * 0)
try:
    done.index("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    done.pop(99)
except IndexError as e:
    print("IndexError:", e)
try:
    done.index(3, 0, 2)
except ValueError as e:
    print("ValueError:", e)
done.remove("deploy")
