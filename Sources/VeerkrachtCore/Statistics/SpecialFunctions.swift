import Foundation

/// Special functions behind the t distribution: log-gamma, log-beta, the regularized incomplete beta
/// and a starting approximation of the normal quantile.
enum SpecialFunctions {
    /// ln Γ(x) for x > 0: Stirling's series for x ≥ 10, shifted up by Γ(x + 1) = x·Γ(x) below that.
    static func logGamma(_ x: Double) -> Double {
        var z = x
        var product = 1.0
        while z < 10 {
            product *= z
            z += 1
        }
        return (z - 0.5) * log(z) - z + 0.5 * log(2 * .pi) + stirlingCorrection(z) - log(product)
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), with the large-argument terms combined so nothing cancels.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let p = min(a, b), q = max(a, b)
        if q < 10 { return logGamma(p) + logGamma(q) - logGamma(p + q) }
        // ln Γ(q) − ln Γ(p + q) + p·ln q − p, by Stirling's series.
        let ratio = -(p + q - 0.5) * log1p(p / q) + stirlingCorrection(q) - stirlingCorrection(p + q)
        if p < 10 { return logGamma(p) + ratio - p * log(q) + p }
        return 0.5 * log(2 * .pi) + (p - 0.5) * log(p / q) - 0.5 * log(q) + stirlingCorrection(p) + ratio
    }

    /// I_x(a, b), the regularized incomplete beta function; `y` is 1 − x, passed separately to keep its precision.
    /// Uses the continued fraction on whichever of I_x(a, b) and 1 − I_y(b, a) converges quickly, except for
    /// b = ½ with large a and x near 1, where that fraction loses precision and a series in erfc takes over.
    static func regularizedIncompleteBeta(_ a: Double, _ b: Double, x: Double, y: Double) -> Double {
        if x <= 0 { return 0 }
        if y <= 0 { return 1 }
        if b == 0.5, a >= 15, y < 0.3 { return largeAHalfBIncompleteBeta(a, y: y) }
        if x > (a + 1) / (a + b + 2) { return 1 - regularizedIncompleteBeta(b, a, x: y, y: x) }
        let logX = x < 0.5 ? log(x) : log1p(-y)
        let logY = y < 0.5 ? log(y) : log1p(-x)
        let front = exp(a * logX + b * logY - logBeta(a, b)) / a
        return front * betaContinuedFraction(a, b, x: x)
    }

    /// A lower-tail normal quantile Φ⁻¹(p) for 0 < p ≤ ½, good to about 1e-9 (Acklam's rational approximation).
    static func normalQuantileApproximation(_ p: Double) -> Double {
        if p < 0.02425 {
            let q = (-2 * log(p)).squareRoot()
            let numerator = ((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00)
                * q - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00
            let denominator = (((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00)
                * q + 3.754408661907416e+00) * q + 1
            return numerator / denominator
        }
        let q = p - 0.5, r = q * q
        let numerator = (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02)
            * r + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
        let denominator = ((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02)
            * r + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1
        return numerator / denominator
    }

    /// ln Γ(z) − [(z − ½)·ln z − z + ½·ln 2π] for z ≥ 10 (Stirling's series, accurate to double precision there).
    private static func stirlingCorrection(_ z: Double) -> Double {
        let w = 1 / (z * z)
        let series = 1.0 / 12 + w * (-1.0 / 360 + w * (1.0 / 1260 + w * (-1.0 / 1680 + w * (1.0 / 1188
            + w * (-691.0 / 360_360 + w * (1.0 / 156 + w * (-3617.0 / 122_400)))))))
        return series / z
    }

    /// I_x(a, ½) for a ≥ 15 and y = 1 − x < 0.3: DiDonato & Morris's BGRAT series (ACM TOMS 708, eq. 9),
    /// Σ pₙ·Jₙ with T = a − ¼, u = −T·ln x and J₀ built on Q(½, u) = erfc(√u).
    private static func largeAHalfBIncompleteBeta(_ a: Double, y: Double) -> Double {
        let b = 0.5, bigT = a - 0.25
        let logX = log1p(-y)
        let u = -bigT * logX
        let h = (u / .pi).squareRoot() * exp(-u)
        guard h > 0 else { return 0 }
        let prefix = h * exp(0.5 * log(Double.pi) - logBeta(a, b)) / bigT.squareRoot()
        var j = erfc(u.squareRoot()) / h
        var sum = prefix * j
        let halfLogXSquared = logX * logX / 4, fourTSquared = 4 * bigT * bigT
        var logPower = 1.0, b2n = b
        for p in bgratCoefficients.dropFirst() {
            j = (b2n * (b2n + 1) * j + (u + b2n + 1) * logPower) / fourTSquared
            logPower *= halfLogXSquared
            b2n += 2
            let term = prefix * p * j
            sum += term
            if abs(term) <= .ulpOfOne * abs(sum) { break }
        }
        return sum
    }

    /// The BGRAT coefficients for b = ½: p₀ = 1, pₙ = (b − 1)/(2n + 1)! + (1/n)·Σₘ₌₁ⁿ⁻¹ (m·b − n)·pₙ₋ₘ/(2m + 1)!.
    private static let bgratCoefficients: [Double] = {
        let b = 0.5, terms = 30
        var inverseOddFactorials = [1.0]
        for n in 1..<terms { inverseOddFactorials.append(inverseOddFactorials[n - 1] / Double(2 * n * (2 * n + 1))) }
        var p = [1.0]
        for n in 1..<terms {
            let sum = (1..<n).reduce(0.0) { $0 + (Double($1) * b - Double(n)) * p[n - $1] * inverseOddFactorials[$1] }
            p.append(sum / Double(n) + (b - 1) * inverseOddFactorials[n])
        }
        return p
    }()

    /// The continued fraction of I_x(a, b), evaluated with the modified Lentz method.
    private static func betaContinuedFraction(_ a: Double, _ b: Double, x: Double) -> Double {
        let tiny = 1e-300
        func guarded(_ v: Double) -> Double { abs(v) < tiny ? tiny : v }
        var c = 1.0
        var d = 1 / guarded(1 - (a + b) * x / (a + 1))
        var result = d
        for m in 1...100_000 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 / guarded(1 + even * d)
            c = guarded(1 + even / c)
            result *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 / guarded(1 + odd * d)
            c = guarded(1 + odd / c)
            let delta = d * c
            result *= delta
            if abs(delta - 1) <= .ulpOfOne { break }
        }
        return result
    }
}
