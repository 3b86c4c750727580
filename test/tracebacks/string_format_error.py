template = "{name} is {age}"
print(template.format(name="ann"))
