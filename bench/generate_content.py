#!/usr/bin/env python3
"""Writes a generated Nonlin content folder for the site-build benchmarks.

Usage: bench/generate_content.py N DIR [--seed S]

DIR/activations/gen-00001.md … gen-NNNNN.md: one activation each, with a random but
valid formula in Nonlin's formula language (numbers, x, + - * / ^, exp, tanh, sigmoid,
softplus, max, min, abs, if(x > c, a, b), …), a declared parameter on some of them, a
summary paragraph and the required sections (## Problem it solves, ## Pros, ## Cons)
plus the recommended ones. DIR/site.yml and DIR/index.md complete the folder.
The same N and seed always give the same files, so runs are comparable.

Formulas are built so that they are finite for every real x: exp only ever sees a
bounded argument, divisions have denominators bounded away from zero, and powers are
integers. That keeps the benchmark about build speed, not about diagnostics.
"""
import argparse
import pathlib
import random
import shutil

WORDS = ("gate slope curve input output gradient signal unit layer network training "
         "saturation corner bias scale smooth linear bounded negative positive region").split()


def number(rng, low=0.1, high=3.0):
    return f"{rng.uniform(low, high):.3g}"


class FormulaMaker:
    """Random expressions from a small grammar; `bounded` ones stay within [-B, B]."""

    def __init__(self, rng, parameter=None):
        self.rng = rng
        self.parameter = parameter
        self.used_parameter = False

    def scale(self):
        if self.parameter and self.rng.random() < 0.3:
            self.used_parameter = True
            return self.parameter
        return number(self.rng)

    def bounded(self, depth):
        """An expression whose magnitude is at most a few units for every x."""
        r = self.rng
        choices = [
            lambda: f"tanh({self.any(depth - 1)})",
            lambda: f"sigmoid({self.any(depth - 1)})",
            lambda: f"atan({self.any(depth - 1)})",
            lambda: f"erf({self.scale()} * x)",
            lambda: f"Phi({self.scale()} * x)",
            lambda: f"exp(-abs({self.scale()} * x))",
            lambda: f"exp(tanh({self.any(depth - 1)}))",
            lambda: f"clamp({self.any(depth - 1)}, -{number(r, 0.5, 2)}, {number(r, 0.5, 6)})",
            lambda: f"x / (1 + abs(x))",
            lambda: f"x / sqrt(1 + {self.scale()} * x ^ 2)",
        ]
        return r.choice(choices)()

    def any(self, depth):
        """Any finite expression of x (it may grow with x, at most polynomially)."""
        r = self.rng
        if depth <= 0:
            leaf = r.randrange(4)
            return f"{self.scale()} * x" if leaf == 1 else f"x + {number(r)}" if leaf == 3 else "x"
        choices = [
            lambda: f"{self.any(depth - 1)} + {self.bounded(depth - 1)}",
            lambda: f"{self.any(depth - 1)} - {self.scale()} * {self.bounded(depth - 1)}",
            lambda: f"x * {self.bounded(depth - 1)}",
            lambda: f"{self.scale()} * {self.bounded(depth - 1)}",
            lambda: f"max({self.any(depth - 1)}, {self.scale()} * x)",
            lambda: f"min({self.any(depth - 1)}, {number(r, 1, 6)})",
            lambda: f"abs({self.any(depth - 1)})",
            lambda: f"softplus({self.any(depth - 1)})",
            lambda: f"if(x > {number(r, -2, 2)}, {self.any(depth - 1)}, {self.bounded(depth - 1)})",
            lambda: f"({self.any(depth - 1)}) / (1 + {self.bounded(depth - 1)} ^ 2)",
            lambda: f"{self.bounded(depth - 1)} * ({self.any(depth - 1)})",
            lambda: f"x ^ 2 / (1 + x ^ 2)",
        ]
        return r.choice(choices)()


def sentence(rng, n=14):
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng, sentences=3):
    return " ".join(sentence(rng, rng.randint(8, 18)) for _ in range(sentences))


def activation(rng, index, count):
    ident = f"gen-{index:05d}"
    parameter = "alpha" if rng.random() < 0.3 else None
    maker = FormulaMaker(rng, parameter)
    formula = maker.any(rng.randint(1, 3))
    lines = ["---", f"name: Generated {index}", f"full_name: Generated activation number {index}", f"formula: {formula}"]
    if maker.used_parameter:
        lines.append(f'parameters: {{alpha: {{default: {number(rng, 0.5, 2)}, symbol: "α", '
                     f'description: "scale of the input", learnable: false}}}}')
    lines.append(f"year: {rng.randint(1990, 2024)}")
    if count > 1:
        others = sorted({rng.randint(1, count) for _ in range(2)} - {index})
        if others:
            lines.append("related: [" + ", ".join(f"gen-{o:05d}" for o in others) + "]")
    lines.append("---")
    body = [
        "", paragraph(rng, 3), "",
        "## Problem it solves", paragraph(rng, 2), "",
        "## Pros", *[f"- {sentence(rng, rng.randint(6, 12))}" for _ in range(3)], "",
        "## Cons", *[f"- {sentence(rng, rng.randint(6, 12))}" for _ in range(2)], "",
        "## When to use", paragraph(rng, 2), "",
        "## Used in", f"- {sentence(rng, 6)}", "",
    ]
    return ident, "\n".join(lines + body)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("directory", type=pathlib.Path)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    target = args.directory
    if target.exists():
        shutil.rmtree(target)
    (target / "activations").mkdir(parents=True)
    for index in range(1, args.count + 1):
        ident, text = activation(rng, index, args.count)
        (target / "activations" / f"{ident}.md").write_text(text, encoding="utf-8")
    (target / "site.yml").write_text(
        f"title: Generated benchmark site\n"
        f"description: {args.count} generated activations for the build benchmark.\n"
        f"base_url: https://bench.example/\n", encoding="utf-8")
    (target / "index.md").write_text(paragraph(rng, 4) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
