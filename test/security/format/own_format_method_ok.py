# expect: ok
# Objects whose __format__ is the script's are formatted through it, spec and all.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        return '$' + format(self.cents / 100, spec or '.2f')
print('{0} {0:.1f} {m:>8}'.format(Money(1234), m='x'))
print(f'{Money(5)}')
