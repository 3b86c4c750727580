# A notification template references more positional fields than it is given.
TEMPLATES = {
    'welcome': 'Welcome {0}! Your plan is {1}.',
    'reminder': 'Hi {0}, {1} items in cart, total {2:.2f}',
}
users = [('ana', 'pro'), ('ben', 'free')]
for name, plan in users:
    print(TEMPLATES['welcome'].format(name.title(), plan.upper()))
print(TEMPLATES['reminder'].format('ana', 3, 19.999))
print('{0}{1}{0}'.format('<', '>'))
print('{:>5}|{:<5}|'.format('r', 'l'))
print('sending reminder with a missing total...')
print(TEMPLATES['reminder'].format('ben', 2))
