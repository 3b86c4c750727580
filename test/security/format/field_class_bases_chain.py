# expect: error AttributeError: type object 'int' has no attribute '__bases__'
('{0.__class__.__ba' + 'ses__}').format(1)
