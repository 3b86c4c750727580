# expect: error AttributeError: type object 'int' has no attribute 'prototype'
int.prototype
