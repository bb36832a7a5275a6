// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Veerkracht",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "veerkracht", targets: ["veerkracht"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // Pure core: instrument, scoring, statistics, area codes, disclosure control. No I/O.
        .target(
            name: "VeerkrachtCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The instruments shipped with the toolkit, embedded in the binary.
        .target(
            name: "VeerkrachtSurveys",
            path: "Surveys",
            exclude: ["README.md"],
            sources: ["BundledInstruments.swift"],
            resources: [.embedInCode("veerkrachtmeter-v1.yaml")]
        ),
        // SQLite store (GRDB), CSV importers and the queries that return core values.
        .target(
            name: "VeerkrachtStore",
            dependencies: ["VeerkrachtCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Report models and renderers (CSV exports); no SQL here.
        .target(
            name: "VeerkrachtReports",
            dependencies: ["VeerkrachtCore"]
        ),
        // Deterministic synthetic data in the import format.
        .target(
            name: "VeerkrachtDemo",
            dependencies: ["VeerkrachtCore"]
        ),
        .executableTarget(
            name: "veerkracht",
            dependencies: [
                "VeerkrachtCore", "VeerkrachtSurveys", "VeerkrachtStore", "VeerkrachtReports", "VeerkrachtDemo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "VeerkrachtCoreTests", dependencies: ["VeerkrachtCore", "VeerkrachtSurveys"]),
        .testTarget(name: "VeerkrachtStoreTests", dependencies: ["VeerkrachtStore", "VeerkrachtSurveys", "VeerkrachtDemo"]),
        .testTarget(name: "VeerkrachtReportsTests", dependencies: ["VeerkrachtReports", "VeerkrachtStore", "VeerkrachtSurveys", "VeerkrachtDemo"]),
    ]
)
