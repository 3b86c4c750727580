# Rendering an email from a dict whose key is misspelled in the template.
context = {'first': 'Grace', 'last': 'Hopper', 'balance': 1234.5}
print('Dear {first} {last},'.format(**context))
print('Your balance is {balance:,.2f} USD.'.format_map(context))
print('{first[0]}. {last}'.format_map(context))
try:
    print('{0} and {}'.format(1, 2))
except ValueError as e:
    print('ValueError:', e)
try:
    print('{} and {1}'.format(1, 2))
except ValueError as e:
    print('ValueError:', e)
print('Closing line uses {signature}...')
print('Regards, {sender}'.format_map(context))
