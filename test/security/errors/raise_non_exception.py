# expect: error TypeError: exceptions must derive from BaseException
raise 1
