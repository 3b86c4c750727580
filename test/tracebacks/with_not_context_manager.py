class M:
    pass

def use():
    with M() as m:
        print("never")

use()
