# A namedtuple-style record built by subclassing tuple: field properties, _replace/_asdict,
# unpacking, sorting, hashing, and immutability errors.
class Row(tuple):
    fields = ("city", "temp", "rain")

    def __new__(cls, city, temp, rain=0.0):
        return super().__new__(cls, (city, temp, rain))

    @property
    def city(self):
        return self[0]

    @property
    def temp(self):
        return self[1]

    @property
    def rain(self):
        return self[2]

    def _replace(self, **changes):
        values = dict(zip(self.fields, self))
        values.update(changes)
        return type(self)(**values)

    def _asdict(self):
        return dict(zip(self.fields, self))

    def __repr__(self):
        inner = ", ".join(f"{f}={v!r}" for f, v in zip(self.fields, self))
        return f"Row({inner})"


rows = [Row("Oslo", 4.5, 1.2), Row("Rome", 18.0), Row("Lima", 19.5, 0.1), Row("Oslo", 3.0)]
for r in sorted(rows):
    print(r, r.city, r.temp)
city, temp, rain = rows[1]
print(city, temp, rain, rows[1] == ("Rome", 18.0, 0.0), rows[0][1:], len(rows[2]))
print(rows[0]._replace(temp=5.0), rows[2]._asdict(), max(rows, key=lambda r: r.temp).city)
by_city = {}
for r in rows:
    by_city.setdefault(r.city, []).append(r.temp)
print(by_city, len(set(rows + [Row("Rome", 18.0)])), Row("A", 1) in rows, rows.index(("Lima", 19.5, 0.1)))
print(isinstance(rows[0], tuple), type(rows[0] + ("x",)).__name__, rows[0].count(4.5), tuple(rows[3]))
try:
    rows[0][1] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    rows[0].temp = 10
except AttributeError as e:
    print("AttributeError:", e)
Row("Paris")
