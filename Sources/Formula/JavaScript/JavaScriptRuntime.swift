extension FormulaLanguage {
    /// The JavaScript helpers that `Expression.javaScript(parameters:)` calls, as one
    /// script of function declarations (include it once, before the expressions).
    ///
    /// Names: `__sigmoid`, `__softplus`, `__phi`, `__erf`, `__erfc` (the functions of the
    /// language that `Math` lacks), `__lt`, `__le`, `__gt`, `__ge`, `__and`, `__or`,
    /// `__if` (conditions as 1, 0 or NaN, so that a NaN compared gives NaN as in Swift),
    /// and the internal `__expNegSquare`, `__erfSeries`, `__erfcFraction`.
    /// erf and erfc are accurate to a few units of 1e-15 (relative) wherever the result
    /// is a normal number: a positive series below |x| = 2.5 (below 1 for erfc) and a
    /// continued fraction above, with e^(-x²) computed from an exact split of x².
    public static let javaScriptRuntime: String = #"""
        "use strict";
        function __sigmoid(x) {
          if (x >= 0) return 1 / (1 + Math.exp(-x));
          var t = Math.exp(x);
          return t / (1 + t);
        }
        function __softplus(x) {
          return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
        }
        function __phi(x) {
          return __erfc(-x / Math.SQRT2) / 2;
        }
        function __lt(a, b) { return a !== a || b !== b ? NaN : (a < b ? 1 : 0); }
        function __le(a, b) { return a !== a || b !== b ? NaN : (a <= b ? 1 : 0); }
        function __gt(a, b) { return a !== a || b !== b ? NaN : (a > b ? 1 : 0); }
        function __ge(a, b) { return a !== a || b !== b ? NaN : (a >= b ? 1 : 0); }
        function __and(p, q) { return p !== p || q !== q ? NaN : (p && q ? 1 : 0); }
        function __or(p, q) { return p !== p || q !== q ? NaN : (p || q ? 1 : 0); }
        function __if(c, a, b) { return c !== c ? NaN : (c ? a : b); }
        function __expNegSquare(x) {
          // e^(-x^2) with x^2 split exactly: x = hi + lo, hi having 26 significant bits.
          var s = x * 134217729, hi = s - (s - x), lo = x - hi;
          return Math.exp(-hi * hi) * Math.exp(-(2 * hi * lo + lo * lo));
        }
        function __erfSeries(x) {
          // erf(x) = 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1) / (1*3*...*(2n+1)): every term has
          // the sign of x, so the sum does not cancel; used for |x| < 2.5.
          var x2 = 2 * x * x, term = x, sum = x;
          for (var n = 1; n < 200; n++) {
            term *= x2 / (2 * n + 1);
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
          }
          return 1.1283791670955126 * __expNegSquare(x) * sum;
        }
        function __erfcFraction(x) {
          // erfc(x) for x >= 1 by its continued fraction (modified Lentz):
          // erfc(x) = e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))).
          if (x > 27) return 0;
          var tiny = 1e-300, f = x, C = x, D = 0;
          for (var n = 1; n < 5000; n++) {
            var a = n / 2;
            D = x + a * D; if (D === 0) D = tiny; D = 1 / D;
            C = x + a / C; if (C === 0) C = tiny;
            var delta = C * D; f *= delta;
            if (Math.abs(delta - 1) < 1e-16) break;
          }
          return __expNegSquare(x) / (1.7724538509055159 * f);
        }
        function __erf(x) {
          if (x !== x) return NaN;
          var a = Math.abs(x);
          if (a < 2.5) return __erfSeries(x);
          if (a >= 6) return x > 0 ? 1 : -1;
          var r = 1 - __erfcFraction(a);
          return x > 0 ? r : -r;
        }
        function __erfc(x) {
          if (x !== x) return NaN;
          if (x < -2.5) return 2 - __erfcFraction(-x);
          if (x < 1) return 1 - __erfSeries(x);
          return __erfcFraction(x);
        }
        """#
}
