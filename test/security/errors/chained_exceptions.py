# expect: error KeyError: 'k'
try:
    {}['k']
except KeyError as e:
    try:
        raise ValueError('inner') from e
    except ValueError:
        pass
    raise
