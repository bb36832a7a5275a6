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
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
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
        // CSV reading and writing (RFC 4180, streaming, bounded; formula-safe exports). Foundation only.
        .target(name: "VeerkrachtCSV"),
        // SQLite store (GRDB), CSV importers, accounts and the queries that return core values.
        .target(
            name: "VeerkrachtStore",
            dependencies: [
                "VeerkrachtCore", "VeerkrachtCSV",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            exclude: ["Import/README.md"]
        ),
        // The field workers' web app (Hummingbird): entry forms, accounts, dashboards.
        .target(
            name: "VeerkrachtWeb",
            dependencies: [
                "VeerkrachtCore", "VeerkrachtStore", "VeerkrachtReports",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // Report models and renderers (CSV, JSON, HTML with SVG); no SQL here.
        .target(
            name: "VeerkrachtReports",
            dependencies: ["VeerkrachtCore", "VeerkrachtCSV"]
        ),
        // Deterministic synthetic data in the import format.
        .target(
            name: "VeerkrachtDemo",
            dependencies: ["VeerkrachtCore"]
        ),
        .executableTarget(
            name: "veerkracht",
            dependencies: [
                "VeerkrachtCore", "VeerkrachtCSV", "VeerkrachtSurveys", "VeerkrachtStore", "VeerkrachtReports", "VeerkrachtDemo", "VeerkrachtWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "FuzzSupport", path: "Tests/FuzzSupport"),
        .testTarget(name: "VeerkrachtCSVTests", dependencies: ["VeerkrachtCSV"]),
        .testTarget(name: "VeerkrachtCoreTests", dependencies: ["VeerkrachtCore", "VeerkrachtSurveys", "FuzzSupport"]),
        .testTarget(name: "VeerkrachtStoreTests", dependencies: ["VeerkrachtStore", "VeerkrachtCSV", "VeerkrachtSurveys", "VeerkrachtDemo", "FuzzSupport"]),
        .testTarget(name: "VeerkrachtWebTests", dependencies: [
            "VeerkrachtWeb", "VeerkrachtStore", "VeerkrachtCSV", "VeerkrachtReports", "VeerkrachtSurveys",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "VeerkrachtReportsTests", dependencies: ["VeerkrachtReports", "VeerkrachtStore", "VeerkrachtCSV", "VeerkrachtSurveys", "VeerkrachtDemo"]),
    ]
)
