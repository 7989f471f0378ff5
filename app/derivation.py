"""Derivations such as '310 / 1.28': how a derived value was computed,
checked by evaluating them (numbers and + - * / only, never eval)."""

from __future__ import annotations

import ast
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
        return walk(ast.parse(expression, mode="eval"))
    except (SyntaxError, ZeroDivisionError, OverflowError, RecursionError, ValueError) as error:
        raise DerivationError(expression) from error
