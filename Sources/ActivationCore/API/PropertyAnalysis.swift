/// Computes the properties of an activation (built-in or interpreted) numerically, within a
/// fixed evaluation budget: every loop is bounded, and whatever the budget could not settle is
/// listed in `Properties.undecided`.
///
/// Method, in short: f and f′ are sampled on a grid (dense in [−20, 20], geometric to ±1000,
/// both sides of every breakpoint); limits at ±∞ come from |x| = 10³ … 10³⁰⁰; critical points
/// are refined by bisection on f′ (so minima are exact to the last bits of x), extrema of f′
/// by golden section; smoothness comes from the breakpoints and one-sided limits of f, f′, f″.
/// A bound is closed when a finite point attains it: a critical point, a breakpoint value, or
/// a flat stretch (f′ exactly 0) within the inner window; a value approached only far out or
/// at ±∞ gives an open end.
public enum PropertyAnalysis {
    public static func analyze(_ function: ActivationFunction) -> Properties {
        Analyzer(Probe(function)).run()
    }
}
