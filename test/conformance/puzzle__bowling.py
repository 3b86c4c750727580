# Ten-pin bowling scores from roll lists, with strikes, spares, the tenth frame and validation.


def score(rolls):
    total = 0
    frames = []
    i = 0
    for frame in range(10):
        if i >= len(rolls):
            raise ValueError(f"incomplete game: frame {frame + 1} missing")
        if rolls[i] == 10:
            if i + 2 >= len(rolls):
                raise ValueError("strike needs two bonus rolls")
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif i + 1 < len(rolls) and rolls[i] + rolls[i + 1] == 10:
            if i + 2 >= len(rolls):
                raise ValueError("spare needs one bonus roll")
            total += 10 + rolls[i + 2]
            i += 2
        else:
            if i + 1 >= len(rolls):
                raise ValueError(f"frame {frame + 1} needs a second roll")
            if rolls[i] + rolls[i + 1] > 10:
                raise ValueError(f"frame {frame + 1} knocks down {rolls[i] + rolls[i + 1]} pins")
            total += rolls[i] + rolls[i + 1]
            i += 2
        frames.append(total)
    return total, frames


def card(rolls):
    marks = []
    i = 0
    while i < len(rolls):
        if rolls[i] == 10:
            marks.append("X")
            i += 1
        elif i + 1 < len(rolls) and rolls[i] + rolls[i + 1] == 10:
            marks.append(f"{rolls[i] or '-'}/")
            i += 2
        else:
            pair = rolls[i:i + 2]
            marks.append("".join(str(p) if p else "-" for p in pair))
            i += 2
    return " ".join(marks)


games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "typical": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "short": [10, 10, 10],
    "too many pins": [7, 6] + [0] * 18,
}
for name, rolls in games.items():
    try:
        total, frames = score(rolls)
        print(f"{name:<14}{total:>4}  {frames}")
    except ValueError as e:
        print(f"{name:<14} invalid: {e}")
print(card(games["typical"]))
print(card(games["one spare"][:4]))
