# A typo in a variable name only surfaces when that branch finally runs (NameError).

thresholds = {"low": 10, "high": 90}
readings = [12, 45, 88, 91, 30]


def classify(value):
    if value < thresholds["low"]:
        return "too low"
    if value > thresholds["high"]:
        return "too high"
    return "ok"


summary = {}
for r in readings[:3]:
    label = classify(r)
    summary[label] = summary.get(label, 0) + 1
    print(r, label)
print(summary)


def alert(value):
    message = f"ALERT: reading {value} out of range"
    print(alert_txt)


for r in readings:
    if classify(r) != "ok":
        alert(r)
    else:
        print("fine:", r)
