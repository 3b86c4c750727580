# expect: error ValueError
# An uncaught exception whose message is megabytes long: capped on the way out, host unharmed.
raise ValueError('m' * 8000000)
