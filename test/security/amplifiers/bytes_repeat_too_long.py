# expect: error OverflowError: repeated bytes are too long
b = b'ab' * 2**62
