# A container class implementing __len__, __getitem__, __iter__, __contains__ and friends.


class Playlist:
    def __init__(self, name, songs=None):
        self.name = name
        self.songs = list(songs or [])

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f"{self.name} (slice)", self.songs[index])
        return self.songs[index]

    def __setitem__(self, index, song):
        self.songs[index] = song

    def __iter__(self):
        return iter(self.songs)

    def __contains__(self, title):
        return any(s[0] == title for s in self.songs)

    def __add__(self, other):
        return Playlist(f"{self.name}+{other.name}", self.songs + other.songs)

    def __bool__(self):
        return bool(self.songs)

    def __repr__(self):
        return f"Playlist({self.name!r}, {len(self)} songs)"

    def duration(self):
        return sum(seconds for _, seconds in self.songs)


def mmss(seconds):
    return f"{seconds // 60}:{seconds % 60:02d}"


road = Playlist("road", [("Drive", 215), ("Highway", 301), ("Exit", 187)])
calm = Playlist("calm", [("Rain", 420), ("Tide", 365)])
print(road, len(road), bool(road), bool(Playlist("empty")))
print(road[0], road[-1], road[1:])
print("Exit" in road, "Rain" in road)
for title, seconds in road:
    print(f"  {title:<8} {mmss(seconds)}")
both = road + calm
print(both, mmss(both.duration()))
both[0] = ("Drive (remix)", 250)
print([t for t, _ in both], mmss(both.duration()))
print(sorted(both, key=lambda s: s[1])[0], max(both, key=lambda s: s[1]))
print(list(reversed(both.songs))[:2], list(enumerate(calm, 1)))
longest = ""
for title, _ in both:
    if len(title) > len(longest):
        longest = title
print("longest title:", longest)
print(not Playlist("x"), len(both[::2]), both[::2].name)
