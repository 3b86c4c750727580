// The type objects of every builtin (non-exception) Python type, created at load so any module can
// refer to them. Their methods are installed by the module that implements the type
// (types/list.ts installs list.append, ...). Exception types live in core/exception-types.ts.

import { PyType, objectType } from './pytype.js';

function builtinType(name: string, base: PyType = objectType, subclassable = false): PyType {
  const t = new PyType(name, [base], 'builtin', true);
  t.subclassable = subclassable;
  return t;
}

export const noneType = builtinType('NoneType');
export const intType = builtinType('int');
export const boolType = builtinType('bool', intType);
export const floatType = builtinType('float');
export const strType = builtinType('str');
export const bytesType = builtinType('bytes');
export const bytearrayType = builtinType('bytearray');
export const listType = builtinType('list');
export const tupleType = builtinType('tuple');
export const dictType = builtinType('dict');
export const setType = builtinType('set');
export const frozensetType = builtinType('frozenset');
export const rangeType = builtinType('range');
export const sliceType = builtinType('slice');
export const functionType = builtinType('function');
export const methodType = builtinType('method');
export const builtinFunctionType = builtinType('builtin_function_or_method');
export const methodDescriptorType = builtinType('method_descriptor');
export const generatorType = builtinType('generator');
export const moduleType = builtinType('module');
export const propertyType = builtinType('property');
export const staticmethodType = builtinType('staticmethod');
export const classmethodType = builtinType('classmethod');
export const superType = builtinType('super');
export const notImplementedType = builtinType('NotImplementedType');
export const ellipsisType = builtinType('ellipsis');
export const dictKeysType = builtinType('dict_keys');
export const dictValuesType = builtinType('dict_values');
export const dictItemsType = builtinType('dict_items');
export const getsetType = builtinType('getset_descriptor');
