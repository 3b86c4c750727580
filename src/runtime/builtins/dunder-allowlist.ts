// Which dunder names getattr/setattr/hasattr/delattr (the builtins taking a name string) accept.
// Everything else starting and ending with '__' is refused with AttributeError, so a script cannot
// reach interpreter internals by computing attribute names the restriction pass never saw.

export const ALLOWED_DUNDERS: ReadonlySet<string> = new Set([
  '__name__', '__qualname__', '__doc__', '__module__', '__class__', '__len__', '__iter__', '__next__',
  '__contains__', '__getitem__', '__setitem__', '__delitem__', '__call__', '__enter__', '__exit__',
  '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__hash__', '__repr__', '__str__',
  '__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__pow__', '__neg__',
  '__bool__', '__init__', '__dict__', '__mro__', '__bases__', '__cause__', '__context__', '__traceback__',
  '__match_args__',
]);

export function isRefusedDunder(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__') && !ALLOWED_DUNDERS.has(name);
}
