# Formatting a domain object with an alignment spec it does not implement.
class Coordinate:
    def __init__(self, lat, lon):
        self.lat, self.lon = lat, lon
    def __str__(self):
        return f'({self.lat:.3f}, {self.lon:.3f})'

places = {'Paris': Coordinate(48.8566, 2.3522), 'Quito': Coordinate(-0.1807, -78.4678)}
for name, c in places.items():
    print(f'{name:<6} {c}', '{}'.format(c), format(c), f'{c!s:>22}')
print(f'{str(places["Paris"]):^24}|')
print('aligning raw objects...')
for name, c in places.items():
    print(f'{name:<6} {c:>22}')
