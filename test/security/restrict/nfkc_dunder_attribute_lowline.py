# expect: rejected E200
# U+FF3F FULLWIDTH LOW LINE is "_" after NFKC: this reads __bases__.
print(().__class__._＿bases__)
