# expect: rejected E202
# Fullwidth "os" is the module os.
import ｏｓ
