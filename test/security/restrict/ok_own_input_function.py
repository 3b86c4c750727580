# expect: ok
# A function named input defined by the script.
def input(prompt):
    return prompt + "!"
print(input("hi"))
