import Foundation

/// Student's t distribution with (possibly non-integer) degrees of freedom df > 0.
public enum StudentT {
    /// P(T ≤ t): ½·I_x(df/2, ½) with x = df/(df + t²) for t < 0, and one minus that for t ≥ 0.
    public static func cdf(_ t: Double, degreesOfFreedom df: Double) -> Double {
        guard df > 0, df.isFinite, !t.isNaN else { return .nan }
        let tail = upperTail(abs(t), df: df)
        return t < 0 ? tail : 1 - tail
    }

    /// The t with P(T ≤ t) = p (±∞ at p = 1 or 0): Hill's (1970) approximation, polished by safeguarded
    /// Newton steps on ln P(T > t) against ln t to full double precision.
    public static func quantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        guard df > 0, df.isFinite, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        let tail = min(p, 1 - p)
        var t = hillApproximation(tail, df: df)
        if !(t > 0 && t < 1e100) { t = powerTailApproximation(tail, df: df) }
        // Beyond 1e100 the power law is exact to double precision (relative error ~ df/t²).
        if t < 1e100 { t = refine(t, tail: tail, df: df) }
        return p < 0.5 ? -t : t
    }

    /// P(T > t) for t ≥ 0; beyond 1e100 by the power law df^(df/2 − 1)·t^(−df)/B(df/2, ½), exact there.
    private static func upperTail(_ t: Double, df: Double) -> Double {
        if t > 1e100 { return exp((df / 2 - 1) * log(df) - df * log(t) - SpecialFunctions.logBeta(df / 2, 0.5)) }
        let x: Double, y: Double
        if t * t < df {
            x = df / (df + t * t)
            y = t * t / (df + t * t)
        } else {
            let r = df / (t * t)
            x = r / (1 + r)
            y = 1 / (1 + r)
        }
        return 0.5 * SpecialFunctions.regularizedIncompleteBeta(df / 2, 0.5, x: x, y: y)
    }

    /// Newton's method on ln P(T > t) = ln `tail` in u = ln t, kept inside the bracket seen so far.
    private static func refine(_ start: Double, tail: Double, df: Double) -> Double {
        let logDensityAtZero = -SpecialFunctions.logBeta(df / 2, 0.5) - 0.5 * log(df)
        var t = start, lower = 0.0, upper = Double.infinity
        for _ in 0..<100 {
            let s = upperTail(t, df: df)
            if s == tail { return t }
            if s > tail { lower = t } else { upper = t }
            let logDensity = logDensityAtZero - (df + 1) / 2 * log1p(t * t / df)
            let step = log(s / tail) * exp(log(s) - log(t) - logDensity)
            let next = t * exp(step)
            if abs(step) < 1e-11 { return next }
            let bisection = upper.isInfinite ? 2 * t : (lower > 0 ? (lower * upper).squareRoot() : upper / 2)
            let following = next > lower && next < upper ? next : bisection
            if following == t { return t }
            t = following
        }
        return t
    }

    /// Hill's (1970, CACM algorithm 396) approximation of the t with P(T > t) = `tail`, for df ≥ 1.
    private static func hillApproximation(_ tail: Double, df: Double) -> Double {
        if df < 1 { return .nan }
        let twoSided = 2 * tail
        if df == 1 { return 1 / tan(.pi * tail) }
        if df == 2 { return (2 / (twoSided * (2 - twoSided)) - 2).squareRoot() }
        let a = 1 / (df - 0.5)
        let b = 48 / (a * a)
        var c = ((20700 * a / b - 98) * a - 16) * a + 96.36
        let d = ((94.5 / (b + c) - 3) / b + 1) * (a * .pi / 2).squareRoot() * df
        var y = pow(d * twoSided, 2 / df)
        if (df < 2.1 && twoSided > 0.5) || y > 0.05 + a {
            let x = SpecialFunctions.normalQuantileApproximation(tail), x2 = x * x
            if df < 5 { c += 0.3 * (df - 4.5) * (x + 0.6) }
            c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c
            y = (((((0.4 * x2 + 6.3) * x2 + 36) * x2 + 94.5) / c - x2 - 3) / b + 1) * x
            y = expm1(a * y * y)
        } else {
            y = ((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1)
                * (df + 1) / (df + 2) + 1 / y
        }
        return (df * y).squareRoot()
    }

    /// The power law P(T > t) ≈ df^(df/2 − 1)·t^(−df)/B(df/2, ½) of the far tail, solved for t.
    private static func powerTailApproximation(_ tail: Double, df: Double) -> Double {
        df.squareRoot() * pow(df * tail * exp(SpecialFunctions.logBeta(df / 2, 0.5)), -1 / df)
    }
}
