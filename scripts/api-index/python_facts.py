"""Reads Python sources with Python's own parser and prints, as JSON, the facts the API index derives from them.

Input (stdin): {"files": {"<name>": "<source>"}}. Output: {"<name>": facts}. Only names and literal strings leave this
script; no source text does. Used by scripts/generate-api-index.ts.
"""
import ast
import json
import re
import sys

EXPORTERS = {"tf_export", "keras_export"}


def jsonable(value):
    """Tuples become lists; a dict with non-string keys becomes the list of its keys' first items."""
    if isinstance(value, (str, bool, int, float)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {k: jsonable(v) for k, v in value.items()}
        return sorted({str(k[0] if isinstance(k, tuple) else k) for k in value})
    return None


def literal(node):
    try:
        return ast.literal_eval(node)
    except Exception:  # not a literal: the caller records that
        return None


def strings(node):
    value = literal(node)
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    return []


def export_call(call):
    """Names of a tf_export/keras_export call: positional names (TF2 and TF1 alike) and `v1=` names."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    if name not in EXPORTERS:
        return None
    names = [s for arg in call.args for s in strings(arg)]
    v1 = None
    for kw in call.keywords:
        if kw.arg == "v1":
            v1 = strings(kw.value)
    return {"names": names, "v1": v1}


def facts(source):
    tree = ast.parse(source)
    out = {"all": None, "defs": {}, "assigns": {}, "imports": [], "exports": [], "dicts": {}, "documented": None}
    lists = {}
    docstring = ast.get_docstring(tree) or ""
    for node in tree.body:
        # remove_undocumented(__name__, allowed): at import time TensorFlow deletes every public name that the module
        # docstring's @@ lines and the allowed list do not name.
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            func = node.value.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name == "remove_undocumented":
                allowed = []
                if len(node.value.args) > 1:
                    arg = node.value.args[1]
                    allowed = lists.get(arg.id, []) if isinstance(arg, ast.Name) else strings(arg)
                out["documented"] = re.findall(r"^@@(\w+)", docstring, re.M) + allowed
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = strings(node.value)
            if value:
                lists[node.targets[0].id] = value
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out["defs"][node.name] = "class" if isinstance(node, ast.ClassDef) else "function"
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    if target.id == "__all__":
                        value = literal(node.value)
                        out["all"] = list(value) if isinstance(value, (list, tuple)) else None
                    elif isinstance(node.value, ast.Tuple) and node.value.elts and isinstance(node.value.elts[0], ast.Attribute):
                        # `(ast_edits.ERROR, "…")`: the level tf_upgrade_v2 reports a module with.
                        out["assigns"][target.id] = ast.unparse(node.value.elts[0])
                    elif isinstance(node.value, (ast.Name, ast.Attribute)):
                        out["assigns"][target.id] = ast.unparse(node.value)
                    else:
                        out["assigns"][target.id] = None
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == "__all__":
            value = literal(node.value)
            if out["all"] is not None and isinstance(value, (list, tuple)):
                out["all"] += list(value)
        elif isinstance(node, ast.ImportFrom):
            out["imports"].append({"module": node.module or "", "level": node.level,
                                   "names": [[a.name, a.asname or a.name] for a in node.names]})
        elif isinstance(node, ast.Import):
            for a in node.names:
                out["imports"].append({"module": a.name, "level": 0, "names": None, "as": a.asname})
    for node in ast.walk(tree):
        # Decorators: @tf_export(...) on a def or class.
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for deco in node.decorator_list:
                if isinstance(deco, ast.Call):
                    found = export_call(deco)
                    if found:
                        found["kind"] = "class" if isinstance(node, ast.ClassDef) else "function"
                        out["exports"].append(found)
        # Calls: tf_export(...)(fn), tf_export(...).export_constant(__name__, 'X').
        elif isinstance(node, ast.Call):
            inner = node.func
            if isinstance(inner, ast.Call):
                found = export_call(inner)
                if found:
                    found["kind"] = "function"
                    out["exports"].append(found)
            elif isinstance(inner, ast.Attribute) and inner.attr == "export_constant" and isinstance(inner.value, ast.Call):
                found = export_call(inner.value)
                if found:
                    found["kind"] = "constant"
                    out["exports"].append(found)
        # Dict literals assigned to a name or an attribute (tf_upgrade_v2's tables): keys, and values where literal.
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict) and len(node.targets) == 1:
            target = node.targets[0]
            key = target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else None
            if key:
                table = {}
                for k, v in zip(node.value.keys, node.value.values):
                    k = literal(k) if k is not None else None
                    if isinstance(k, str):
                        value = literal(v)
                        # A value that is not a literal is kept as its expression (e.g. `(ast_edits.ERROR, _MSG)`),
                        # for the caller to read a level from; it never reaches the committed index.
                        table[k] = jsonable(value) if value is not None else {"$expr": ast.unparse(v)}
                # The same table may be assigned in several classes (an empty one among them): keep the union.
                out["dicts"].setdefault(key, {}).update(table)
    return out


def main():
    files = json.load(sys.stdin)["files"]
    result = {}
    for name, source in files.items():
        try:
            result[name] = facts(source)
        except SyntaxError as error:
            result[name] = {"error": f"line {error.lineno}: {error.msg}"}
    json.dump(result, sys.stdout, sort_keys=True)


main()
