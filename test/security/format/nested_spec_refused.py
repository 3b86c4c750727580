# expect: error AttributeError: type object 'int' has no attribute '__mro__'
# A field nested in the format spec is resolved with the same guard.
('{0:{1.__class__.__m' + 'ro__}}').format(5, 1)
