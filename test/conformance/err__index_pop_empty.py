# A task scheduler pops from a priority list until it tries to pop one task too many (IndexError).

tasks = [(3, "write report"), (1, "fix outage"), (2, "review PR"), (5, "lunch"), (2, "reply emails")]
tasks.sort(key=lambda t: (-t[0], t[1]))
print("queue:", tasks)

done = []
hours_left = 4
while hours_left > 0:
    priority, name = tasks.pop()
    done.append(name)
    hours_left -= 1
    print(f"did {name!r} (priority {priority}), {hours_left}h left, {len(tasks)} queued")

print("done today:", done)
tomorrow = []
for _ in range(2):
    tomorrow.append(tasks.pop())
print("tomorrow:", tomorrow)
