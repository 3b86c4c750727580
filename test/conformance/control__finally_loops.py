# break, continue and return crossing try/finally and with nested loops: a job runner that
# must always release its resources.

events = []


def run_jobs(jobs):
    done = []
    for job in jobs:
        events.append(f"acquire {job}")
        try:
            if job == "skip":
                continue
            if job == "stop":
                break
            if job == "boom":
                raise RuntimeError("job exploded")
            done.append(job)
        except RuntimeError as e:
            events.append(f"error {e}")
        finally:
            events.append(f"release {job}")
    else:
        events.append("all jobs visited")
    return done


print(run_jobs(["a", "skip", "b"]))
print(run_jobs(["c", "boom", "stop", "never"]))
for e in events:
    print("  ", e)
events.clear()


def first_negative(rows):
    for r, row in enumerate(rows):
        try:
            for c, value in enumerate(row):
                try:
                    if value < 0:
                        return r, c
                finally:
                    events.append(f"cell {r},{c}")
        finally:
            events.append(f"row {r}")
    return None


print(first_negative([[1, 2], [3, -4, 5], [-6]]))
print(events)
events.clear()


def countdown_with_cleanup(n):
    while True:
        try:
            n -= 1
            if n % 2:
                continue
            if n <= 0:
                break
            events.append(n)
        finally:
            events.append("tick")
    return n


print(countdown_with_cleanup(7), events)


def swallow():
    for i in range(3):
        try:
            if i < 1:
                continue
            raise ValueError(i)  # swallowed: the break in finally discards it
        finally:
            if i == 1:
                break
    return f"stopped at {i}"


print(swallow())
