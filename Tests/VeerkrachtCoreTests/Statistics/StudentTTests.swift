import XCTest
@testable import VeerkrachtCore

final class StudentTTests: XCTestCase {
    /// (p, df, scipy.stats.t.ppf(p, df))
    private let quantiles: [(p: Double, df: Double, expected: Double)] = [
        (0.025, 1, -12.706204736174705),  // scipy.stats.t.ppf(0.025, 1)
        (0.975, 1, 12.706204736174694),  // scipy.stats.t.ppf(0.975, 1)
        (0.999, 1, 318.30883898555015),  // scipy.stats.t.ppf(0.999, 1)
        (0.025, 2, -4.302652729749464),  // scipy.stats.t.ppf(0.025, 2)
        (0.975, 2, 4.302652729749462),  // scipy.stats.t.ppf(0.975, 2)
        (0.999, 2, 22.327124770119866),  // scipy.stats.t.ppf(0.999, 2)
        (0.025, 5.5, -2.501858617589239),  // scipy.stats.t.ppf(0.025, 5.5)
        (0.975, 5.5, 2.501858617589239),  // scipy.stats.t.ppf(0.975, 5.5)
        (0.999, 5.5, 5.504714867160981),  // scipy.stats.t.ppf(0.999, 5.5)
        (0.025, 9, -2.2621571627982053),  // scipy.stats.t.ppf(0.025, 9)
        (0.975, 9, 2.262157162798205),  // scipy.stats.t.ppf(0.975, 9)
        (0.999, 9, 4.296805662729918),  // scipy.stats.t.ppf(0.999, 9)
        (0.025, 17.3, -2.107032003753469),  // scipy.stats.t.ppf(0.025, 17.3)
        (0.975, 17.3, 2.1070320037534676),  // scipy.stats.t.ppf(0.975, 17.3)
        (0.999, 17.3, 3.634692494240616),  // scipy.stats.t.ppf(0.999, 17.3)
        (0.025, 29, -2.045229642132704),  // scipy.stats.t.ppf(0.025, 29)
        (0.975, 29, 2.045229642132703),  // scipy.stats.t.ppf(0.975, 29)
        (0.999, 29, 3.3962402883568026),  // scipy.stats.t.ppf(0.999, 29)
        (0.025, 100, -1.983971518523552),  // scipy.stats.t.ppf(0.025, 100)
        (0.975, 100, 1.9839715185235518),  // scipy.stats.t.ppf(0.975, 100)
        (0.999, 100, 3.173739493738783),  // scipy.stats.t.ppf(0.999, 100)
        (0.025, 1e5, -1.95998770753461),  // scipy.stats.t.ppf(0.025, 1e5)
        (0.975, 1e5, 1.9599877075346095),  // scipy.stats.t.ppf(0.975, 1e5)
        (0.999, 1e5, 3.0903138094272378),  // scipy.stats.t.ppf(0.999, 1e5)
        (0.025, 1e6, -1.9599663568141072),  // scipy.stats.t.ppf(0.025, 1e6)
        (0.975, 1e6, 1.959966356814107),  // scipy.stats.t.ppf(0.975, 1e6)
        (0.999, 1e6, 3.09024045631652),  // scipy.stats.t.ppf(0.999, 1e6)
    ]

    /// (t, df, scipy.stats.t.cdf(t, df))
    private let cumulative: [(t: Double, df: Double, expected: Double)] = [
        (-3.0, 1, 0.10241638234956672),  // scipy.stats.t.cdf(-3.0, 1)
        (-1.5, 1, 0.18716704181099886),  // scipy.stats.t.cdf(-1.5, 1)
        (0.7, 1, 0.6944001122142147),  // scipy.stats.t.cdf(0.7, 1)
        (2.5, 1, 0.8788810584091566),  // scipy.stats.t.cdf(2.5, 1)
        (-3.0, 2, 0.04773298313335456),  // scipy.stats.t.cdf(-3.0, 2)
        (-1.5, 2, 0.13619656244550055),  // scipy.stats.t.cdf(-1.5, 2)
        (0.7, 2, 0.7218034876835673),  // scipy.stats.t.cdf(0.7, 2)
        (2.5, 2, 0.9351941398892446),  // scipy.stats.t.cdf(2.5, 2)
        (-3.0, 5.5, 0.013361740330922953),  // scipy.stats.t.cdf(-3.0, 5.5)
        (-1.5, 5.5, 0.0943384844535493),  // scipy.stats.t.cdf(-1.5, 5.5)
        (0.7, 5.5, 0.7437855375311961),  // scipy.stats.t.cdf(0.7, 5.5)
        (2.5, 5.5, 0.9749399570653892),  // scipy.stats.t.cdf(2.5, 5.5)
        (-3.0, 9, 0.007478181955207111),  // scipy.stats.t.cdf(-3.0, 9)
        (-1.5, 9, 0.08392532802853753),  // scipy.stats.t.cdf(-1.5, 9)
        (0.7, 9, 0.7491904803919275),  // scipy.stats.t.cdf(0.7, 9)
        (2.5, 9, 0.9830690861585072),  // scipy.stats.t.cdf(2.5, 9)
        (-3.0, 29, 0.002749596066951706),  // scipy.stats.t.cdf(-3.0, 29)
        (-1.5, 29, 0.07221184802019287),  // scipy.stats.t.cdf(-1.5, 29)
        (0.7, 29, 0.7552474256927582),  // scipy.stats.t.cdf(0.7, 29)
        (2.5, 29, 0.9908373278307869),  // scipy.stats.t.cdf(2.5, 29)
        (-3.0, 100, 0.0017039576716647233),  // scipy.stats.t.cdf(-3.0, 100)
        (-1.5, 100, 0.06838252906234442),  // scipy.stats.t.cdf(-1.5, 100)
        (0.7, 100, 0.7572236967728134),  // scipy.stats.t.cdf(0.7, 100)
        (2.5, 100, 0.9929771054379614),  // scipy.stats.t.cdf(2.5, 100)
        (-3.0, 1e5, 0.0013502304420323617),  // scipy.stats.t.cdf(-3.0, 1e5)
        (-1.5, 1e5, 0.06680877976141533),  // scipy.stats.t.cdf(-1.5, 1e5)
        (0.7, 1e5, 0.7580355335763389),  // scipy.stats.t.cdf(0.7, 1e5)
        (2.5, 1e5, 0.9937895404037205),  // scipy.stats.t.cdf(2.5, 1e5)
    ]

    func testQuantileMatchesScipy() {
        for (p, df, expected) in quantiles {
            XCTAssertEqual(StudentT.quantile(p, degreesOfFreedom: df), expected, accuracy: 1e-12 * abs(expected), "p=\(p) df=\(df)")
        }
    }

    func testCDFMatchesScipy() {
        for (t, df, expected) in cumulative {
            XCTAssertEqual(StudentT.cdf(t, degreesOfFreedom: df), expected, accuracy: 1e-12 * abs(expected), "t=\(t) df=\(df)")
        }
    }

    func testFarTailsAndSmallDegreesOfFreedom() {
        // scipy.stats.t.ppf(1e-10, 3)
        XCTAssertEqual(StudentT.quantile(1e-10, degreesOfFreedom: 3), -2225.769284683093, accuracy: 1e-12 * 2225.769284683093)
        // scipy.stats.t.ppf(1e-06, 0.5)
        XCTAssertEqual(StudentT.quantile(1e-6, degreesOfFreedom: 0.5), -102849115631.63399, accuracy: 1e-12 * 102849115631.63399)
        // scipy.stats.t.cdf(-40.0, 2.5)
        XCTAssertEqual(StudentT.cdf(-40, degreesOfFreedom: 2.5), 7.09781714524669e-05, accuracy: 1e-12 * 7.09781714524669e-05)
    }

    func testMedianIsZeroAndQuantileIsSymmetric() {
        for df in [1, 2, 5.5, 9, 29, 100, 1e5] {
            XCTAssertEqual(StudentT.quantile(0.5, degreesOfFreedom: df), 0)
            XCTAssertEqual(StudentT.cdf(0, degreesOfFreedom: df), 0.5)
            XCTAssertEqual(StudentT.quantile(0.875, degreesOfFreedom: df), -StudentT.quantile(0.125, degreesOfFreedom: df))
            XCTAssertEqual(StudentT.cdf(-1.25, degreesOfFreedom: df), 1 - StudentT.cdf(1.25, degreesOfFreedom: df), accuracy: 1e-15)
        }
    }

    func testQuantileInvertsCDF() {
        for df in [0.7, 1.3, 3, 7.25, 42, 3000, 2e5] {
            for p in [1e-8, 0.001, 0.05, 0.3, 0.45, 0.8, 0.99] {
                let t = StudentT.quantile(p, degreesOfFreedom: df)
                XCTAssertEqual(StudentT.cdf(t, degreesOfFreedom: df), p, accuracy: 1e-13 * p, "p=\(p) df=\(df)")
            }
        }
    }

    func testEdgeValues() {
        XCTAssertEqual(StudentT.quantile(0, degreesOfFreedom: 5), -.infinity)
        XCTAssertEqual(StudentT.quantile(1, degreesOfFreedom: 5), .infinity)
        XCTAssertTrue(StudentT.quantile(1.5, degreesOfFreedom: 5).isNaN)
        XCTAssertTrue(StudentT.quantile(0.5, degreesOfFreedom: 0).isNaN)
        XCTAssertEqual(StudentT.cdf(-.infinity, degreesOfFreedom: 5), 0)
        XCTAssertEqual(StudentT.cdf(.infinity, degreesOfFreedom: 5), 1)
        XCTAssertTrue(StudentT.cdf(1, degreesOfFreedom: -1).isNaN)
    }
}
