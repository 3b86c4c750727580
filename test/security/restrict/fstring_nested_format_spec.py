# expect: rejected E200
# A replacement field inside a format spec.
print(f"{1:{len.__self__}}")
