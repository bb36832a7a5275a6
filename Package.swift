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
        // SQLite store (GRDB), CSV importers, accounts and the queries that return core values.
        .target(
            name: "VeerkrachtStore",
            dependencies: [
                "VeerkrachtCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]
        ),
        // Safe HTML, the page shell, and Dutch numbers, dates and times: what reports and web pages share.
        .target(name: "VeerkrachtPresentation"),
        // The field workers' web app (Hummingbird): entry forms, accounts, dashboards.
        .target(
            name: "VeerkrachtWeb",
            dependencies: [
                "VeerkrachtCore", "VeerkrachtStore", "VeerkrachtReports", "VeerkrachtPresentation", "VeerkrachtApp",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // The Dutch explanations reports print, as data (Reports/uitleg.yaml), embedded in the binary.
        .target(
            name: "VeerkrachtReportTexts",
            path: "Reports",
            exclude: ["README.md"],
            sources: ["ReportTexts.swift"],
            resources: [.embedInCode("uitleg.yaml")]
        ),
        // Report models and renderers (CSV, JSON, HTML with SVG); no SQL here.
        .target(
            name: "VeerkrachtReports",
            dependencies: ["VeerkrachtCore", "VeerkrachtPresentation", "VeerkrachtReportTexts", .product(name: "Yams", package: "Yams")]
        ),
        // Deterministic synthetic data in the import format.
        .target(
            name: "VeerkrachtDemo",
            dependencies: ["VeerkrachtCore"]
        ),
        // CSV files: the streaming file writer of import files.
        .target(
            name: "VeerkrachtCSV",
            dependencies: ["VeerkrachtReports"]
        ),
        // The use cases both shells call: the store as the reports' source, reports and exports,
        // the default instrument, the demo-database rule and the demo pipeline.
        .target(
            name: "VeerkrachtApp",
            dependencies: ["VeerkrachtCore", "VeerkrachtSurveys", "VeerkrachtStore", "VeerkrachtReports", "VeerkrachtDemo", "VeerkrachtCSV"]
        ),
        .executableTarget(
            name: "veerkracht",
            dependencies: [
                "VeerkrachtCore", "VeerkrachtSurveys", "VeerkrachtStore", "VeerkrachtReports", "VeerkrachtDemo", "VeerkrachtWeb", "VeerkrachtApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "FuzzSupport", path: "Tests/FuzzSupport"),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "VeerkrachtCoreTests", dependencies: ["VeerkrachtCore", "VeerkrachtSurveys", "FuzzSupport"]),
        .testTarget(name: "VeerkrachtStoreTests", dependencies: ["VeerkrachtStore", "VeerkrachtSurveys", "VeerkrachtDemo", "FuzzSupport", "TestSupport"]),
        .testTarget(name: "VeerkrachtPresentationTests", dependencies: ["VeerkrachtPresentation"]),
        .testTarget(name: "VeerkrachtWebTests", dependencies: [
            "VeerkrachtWeb", "VeerkrachtStore", "VeerkrachtReports", "VeerkrachtPresentation", "VeerkrachtSurveys", "VeerkrachtApp",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "VeerkrachtReportsTests", dependencies: [
            "VeerkrachtReports", "VeerkrachtReportTexts", "VeerkrachtPresentation", "VeerkrachtStore", "VeerkrachtSurveys", "VeerkrachtDemo",
            "VeerkrachtApp",
        ]),
        .testTarget(name: "VeerkrachtAppTests", dependencies: ["VeerkrachtApp", "VeerkrachtStore", "VeerkrachtReports", "VeerkrachtDemo", "TestSupport"]),
        // Runs the built `veerkracht` as a user does: help, exit codes, messages.
        .testTarget(name: "VeerkrachtCLITests", dependencies: ["TestSupport", "VeerkrachtApp", "VeerkrachtCore"]),
    ]
)
