0777  ### E100 @1 "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
# ---
0_7  ### E100 @1 "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
# ---
1_  ### E100 @2 "invalid decimal literal"
# ---
1__0  ### E100 @2 "invalid decimal literal"
# ---
0x  ### E100 @2 "invalid hexadecimal literal"
# ---
0xg  ### E100 @2 "invalid hexadecimal literal"
# ---
0x1g  ### E100 @3 "invalid hexadecimal literal"
# ---
0b12  ### E100 @4 "invalid digit '2' in binary literal"
# ---
0b  ### E100 @2 "invalid binary literal"
# ---
0b1_  ### E100 @4 "invalid binary literal"
# ---
0o8  ### E100 @3 "invalid digit '8' in octal literal"
# ---
0o  ### E100 @2 "invalid octal literal"
# ---
0o17_8  ### E100 @6 "invalid digit '8' in octal literal"
# ---
1e  ### E100 @1 "invalid decimal literal"
# ---
1e+  ### E100 @3 "invalid decimal literal"
# ---
1e_1  ### E100 @1 "invalid decimal literal"
# ---
1.5j2  ### E100 @4 "invalid imaginary literal"
# ---
1jx  ### E100 @2 "invalid imaginary literal"
# ---
1abc  ### E100 @1 "invalid decimal literal"
# ---
1.5abc  ### E100 @3 "invalid decimal literal"
# ---
1e5x  ### E100 @3 "invalid decimal literal"
# ---
0.5_  ### E100 @4 "invalid decimal literal"
# ---
1._5  ### E100 @2 "invalid decimal literal"
# ---
x = "abc  ### E100 @5 "unterminated string literal (detected at line 1)"
# ---
x = '''abc  ### E100 @5 "unterminated triple-quoted string literal (detected at line 1)"
# ---
x = rb"abc  ### E100 @5 "unterminated string literal (detected at line 1)"
# ---
"abc\  ### E100 @1 "unterminated string literal (detected at line 1)"
# ---
x = '''abc  ### E100 @5 "unterminated triple-quoted string literal (detected at line 3)"

y
# ---
x = ("abc  ### E100 @6 "unterminated string literal (detected at line 1)"
)
# ---
x = $  ### E100 @5 "invalid syntax"
# ---
x = `  ### E100 @5 "invalid syntax"
# ---
x = !a  ### E100 @5 "invalid syntax"
# ---
x = a!  ### E100 @6 "invalid syntax"
# ---
x = a ? b  ### E100 @7 "invalid syntax"
# ---
x =   ### E100 @5 "invalid non-printable character U+0001"
# ---
x = €  ### E100 @5 "invalid character '€' (U+20AC)"
# ---
a·b = 1
·x = 1  ### E100 @1 "invalid character '·' (U+00B7)"
# ---
x =    ### E100 @5 "invalid non-printable character U+00A0"
# ---
\x  ### E100 @2 "unexpected character after line continuation character"
# ---
a = 1 \ 2  ### E100 @8 "unexpected character after line continuation character"
# ---
1 \  ### E100 @4 "unexpected EOF while parsing"
# ---
(1 \  ### E100 @1 "'(' was never closed"
# ---
x = )  ### E100 @5 "unmatched ')'"
# ---
x = ]  ### E100 @5 "unmatched ']'"
# ---
x = }  ### E100 @5 "unmatched '}'"
# ---
x = (]  ### E100 @6 "closing parenthesis ']' does not match opening parenthesis '('"
# ---
x = [}  ### E100 @6 "closing parenthesis '}' does not match opening parenthesis '['"
# ---
x = {)  ### E100 @6 "closing parenthesis ')' does not match opening parenthesis '{'"
# ---
x = (
1,
]  ### E100 @1 "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
# ---
x = (1,  ### E100 @5 "'(' was never closed"
# ---
x = (1, 2  ### E100 @5 "'(' was never closed"
# ---
x=(  ### E100 @3 "'(' was never closed"
# ---
f(a b  ### E100 @2 "'(' was never closed"
# ---
x = [1,  ### E100 @5 "'[' was never closed"
2 3
y = 4
# ---
x = (  ### E100 @5 "'(' was never closed"
 f() = 3
# ---
print(1, 2  ### E100 @6 "'(' was never closed"
x = 3
# ---
foo(  ### E100 @4 "'(' was never closed"
  a = 1 +
# ---
x = ( $  ### E100 @7 "invalid syntax"
# ---
x = (  ### E100 @5 "'(' was never closed"
 $
# ---
x = (  ### E100 @5 "'(' was never closed"

foo
# ---
x = "\xZ"  ### E100 @10 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"
# ---
x = "\x4"  ### E100 @10 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
# ---
x = "\u12"  ### E100 @11 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape"
# ---
x = "\U1234"  ### E100 @13 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape"
# ---
x = "a\xZ"  ### E100 @11 "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: truncated \\xXX escape"
# ---
x = b"é"  ### E100 @5 "bytes can only contain ASCII literal characters"
# ---
x = "a" b"b"  ### E100 @13 "cannot mix bytes and nonbytes literals"
# ---
x = b"a" "b"  ### E100 @13 "cannot mix bytes and nonbytes literals"
# ---
x = "\N"  ### E100 @9 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"
# ---
x = "\N{"  ### E100 @10 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"
# ---
x = 1
x = "\N{}"  ### E100 @11 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"
# ---
x = "\U00110000"  ### E100 @17 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"
# ---
x = b"\x4"  ### E100 @11 "(value error) invalid \\x escape at position 0"
# ---
'\N{ BULLET}'  ### E100 @14 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name"
# ---
'\N{a_b}'  ### E100 @10 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"
# ---
'x\N{é}'  ### E100 @9 "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-14: unknown Unicode character name"
# ---
'é\x4'  ### E100 @7 "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape"
# ---
'😀\u12'  ### E100 @8 "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-13: truncated \\uXXXX escape"
# ---
x = 1
y = (  ### E100 @5 "'(' was never closed"
# ---
if x:
  a
 b  ### E104 @3 "unindent does not match any outer indentation level"
# ---
x = 1
f() = 2  ### E100 @1 "cannot assign to function call here. Maybe you meant '==' instead of '='?"
# ---
x = 1y = (  ### E100 @2:5 "'(' was never closed"