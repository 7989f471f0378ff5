"""Derivations such as '310 / 1.28': how a derived value was computed,
checked by evaluating them (numbers and + - * / only, never eval)."""

from __future__ import annotations

import ast
import functools
import math
import operator

_OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
MAX_LENGTH = 200


class DerivationError(ValueError):
    """The text is not a derivation this module can evaluate."""


def evaluate_derivation(expression: str) -> float:
    """Evaluate a derivation such as '310 / 1.28'; raise DerivationError."""

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
            return float(node.value)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -walk(node.operand)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            return _OPERATORS[type(node.op)](walk(node.left), walk(node.right))
        raise DerivationError(expression)

    if not expression or len(expression) > MAX_LENGTH:
        raise DerivationError(expression)
    try:
        value = walk(ast.parse(expression, mode="eval"))
    except (SyntaxError, ZeroDivisionError, OverflowError, RecursionError, ValueError) as error:
        raise DerivationError(expression) from error
    if not math.isfinite(value):  # '1e400', '1e308 * 10': inf or nan would pass any check
        raise DerivationError(expression)
    return value


@functools.lru_cache(maxsize=1024)
def derivation_range(expression: str) -> tuple[float, float]:
    """The least and greatest values the derivation can have when each of
    its numbers is off by half a unit of its last written digit: 4630 / 1.168
    is about 3,962–3,966, since 1.168 stands for anything from 1.1675 to 1.1685.
    Remembered: every chart and caption showing a derived value asks for it."""
    tree = ast.parse(expression, mode="eval")
    constants = [node for node in ast.walk(tree) if isinstance(node, ast.Constant)][:8]
    written, spans = [], []
    for node in constants:
        text = ast.get_source_segment(expression, node) or ""
        decimals = len(text.partition(".")[2]) if "." in text and "e" not in text.lower() else 0
        exact = text in ("1", "100")  # the whole of a share, or of a rate: not rounded
        written.append(float(ast.literal_eval(text or "0")))
        spans.append(0.0 if exact else 0.5 * 10.0**-decimals)
    values = []
    for corner in range(2 ** len(constants)):
        for bit, (node, value, span) in enumerate(zip(constants, written, spans, strict=True)):
            node.value = value + (span if corner >> bit & 1 else -span)
        try:
            values.append(evaluate_derivation(ast.unparse(tree)))
        except DerivationError:
            continue
    if not values:
        raise DerivationError(expression)
    return min(values), max(values)
