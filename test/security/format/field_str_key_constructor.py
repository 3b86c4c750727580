# expect: error TypeError: string indices must be integers, not 'str'
'{0[constructor]}'.format('abc')
