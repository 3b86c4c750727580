# expect: rejected E203
# A fullwidth low line spells __builtins__.
print(_＿builtins__)
