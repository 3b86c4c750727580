x = f"{"   ### E100 @10 "f-string: expecting '}'"
# ---
x = f"{}"  ### E100 @10 "f-string: empty expression not allowed"
# ---
x = f"}"  ### E100 @9 "f-string: single '}' is not allowed"
# ---
x = f"{a!x}"  ### E100 @13 "f-string: invalid conversion character: expected 's', 'r', or 'a'"
# ---
x = f"{a!}"  ### E100 @12 "f-string: invalid conversion character: expected 's', 'r', or 'a'"
# ---
x = f"{a:{b:{c}}}"  ### E100 @19 "f-string: expressions nested too deeply"
# ---
x = f"{=}"  ### E100 @11 "f-string: expression required before '='"
# ---
x = f"{\n}"  ### E100 @12 "f-string expression part cannot include a backslash"
# ---
x = f"{#}"  ### E100 @11 "f-string expression part cannot include '#'"
# ---
x = f"{a:{b}"  ### E100 @14 "f-string: expecting '}'"
# ---
x = f"{lambda x:1}"  ### E100 @10 "f-string: invalid syntax"
# ---
x = f"{*a}"  ### E100 @2 "f-string: cannot use starred expression here"
# ---
x = f"{a b}"  ### E100 @2 "f-string: invalid syntax. Perhaps you forgot a comma?"
# ---
x = f"{a)}"  ### E100 @12 "f-string: unmatched ')'"
# ---
x = f"{(a}"  ### E100 @12 "f-string: closing parenthesis '}' does not match opening parenthesis '('"
# ---
x = f"{a!r"  ### E100 @12 "f-string: expecting '}'"
# ---
x = f"{a!rr}"  ### E100 @14 "f-string: expecting '}'"
# ---
x = f"{a" + "}"  ### E100 @11 "f-string: expecting '}'"
# ---
x = f"a}b"  ### E100 @11 "f-string: single '}' is not allowed"
# ---
x = f"{ }"  ### E100 @11 "f-string: empty expression not allowed"
# ---
x = f"{a:{}}"  ### E100 @14 "f-string: empty expression not allowed"
# ---
x = f"{a[}"  ### E100 @12 "f-string: closing parenthesis '}' does not match opening parenthesis '['"
# ---
x = f"{a!r:{b!x}}"  ### E100 @19 "f-string: invalid conversion character: expected 's', 'r', or 'a'"
# ---
x = f"{a:{b}{c}"  ### E100 @17 "f-string: expecting '}'"
# ---
x = f"{a}" f"{"  ### E100 @16 "f-string: expecting '}'"
# ---
x = f"{import x}"  ### E100 @2 "f-string: invalid syntax"
# ---
x = f"{a = 1}"  ### E100 @15 "f-string: expecting '}'"
# ---
f"{x!r=}"  ### E100 @10 "f-string: expecting '}'"
# ---
f"{x!r :>3}"  ### E100 @13 "f-string: expecting '}'"
# ---
f"{x = !r :>3}"  ### E100 @16 "f-string: expecting '}'"
# ---
f"{{}"  ### E100 @7 "f-string: single '}' is not allowed"
# ---
f"}}{"  ### E100 @7 "f-string: expecting '}'"
# ---
f"{x}}"  ### E100 @8 "f-string: single '}' is not allowed"
# ---
f"{x:{}}"  ### E100 @10 "f-string: empty expression not allowed"
# ---
f"{a!r!s}"  ### E100 @11 "f-string: expecting '}'"
# ---
f"{x #}"  ### E100 @9 "f-string expression part cannot include '#'"
