// swift-tools-version:6.0
import PackageDescription

// The modules, inner first; ARCHITECTURE.md says what each may import and why.
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
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
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
            resources: [.embedInCode("veerkrachtmeter-v1.yaml"), .embedInCode("veerkrachtmeter-v2.yaml")]
        ),
        // CSV reading and writing (RFC 4180, streaming, bounded; formula-safe exports). Foundation only.
        .target(name: "VeerkrachtCSV"),
        // SQLite's process-wide setup that Swift cannot call (sqlite3_config is variadic).
        .target(name: "CSQLiteSetup", linkerSettings: [.linkedLibrary("sqlite3")]),
        // SQLite store (GRDB): schema, records, importers, entry, accounts and the queries that return core values.
        .target(
            name: "VeerkrachtStore",
            dependencies: [
                "VeerkrachtCore", "VeerkrachtCSV", "CSQLiteSetup",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            exclude: ["Import/README.md"]
        ),
        // Safe HTML, the page shell, and Dutch numbers, dates and times: what reports and web pages share.
        .target(name: "VeerkrachtPresentation"),
        // The Dutch explanations reports print, as data (Reports/uitleg.yaml), embedded in the binary.
        .target(
            name: "VeerkrachtReportTexts",
            path: "Reports",
            exclude: ["README.md"],
            sources: ["ReportTexts.swift"],
            resources: [.embedInCode("uitleg.yaml")]
        ),
        // Excel workbooks (.xlsx) written row by row: a minimal Office Open XML writer over ZIPFoundation.
        .target(
            name: "VeerkrachtSpreadsheet",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // SPSS data files (.sav) written row by row through ReadStat, loaded at run time (never linked).
        .target(name: "VeerkrachtSPSS"),
        // Report models and renderers (CSV, JSON, HTML with SVG, exports as CSV or xlsx); no SQL here.
        .target(
            name: "VeerkrachtReports",
            dependencies: [
                "VeerkrachtCore", "VeerkrachtCSV", "VeerkrachtPresentation", "VeerkrachtReportTexts", "VeerkrachtSpreadsheet",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Deterministic synthetic data in the import format.
        .target(
            name: "VeerkrachtDemo",
            dependencies: ["VeerkrachtCore"]
        ),
        // The use cases both shells call: the store as the reports' source, reports and exports,
        // the default instrument, the demo-database rule, the demo pipeline and the XLSForm.
        .target(
            name: "VeerkrachtApp",
            dependencies: [
                "VeerkrachtCore", "VeerkrachtSurveys", "VeerkrachtCSV", "VeerkrachtSpreadsheet", "VeerkrachtStore", "VeerkrachtReports",
                "VeerkrachtDemo", "VeerkrachtSPSS",
            ]
        ),
        // The field workers' web app (Hummingbird): entry forms, accounts, dashboards.
        .target(
            name: "VeerkrachtWeb",
            dependencies: [
                "VeerkrachtCore", "VeerkrachtStore", "VeerkrachtReports", "VeerkrachtPresentation", "VeerkrachtApp",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // The command-line interface: one small file per command.
        .executableTarget(
            name: "veerkracht",
            dependencies: [
                "VeerkrachtCore", "VeerkrachtCSV", "VeerkrachtSurveys", "VeerkrachtStore", "VeerkrachtReports", "VeerkrachtDemo",
                "VeerkrachtApp", "VeerkrachtWeb", "VeerkrachtSPSS",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "FuzzSupport", path: "Tests/FuzzSupport"),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "VeerkrachtCoreTests", dependencies: ["VeerkrachtCore", "VeerkrachtSurveys", "FuzzSupport"]),
        .testTarget(name: "VeerkrachtCSVTests", dependencies: ["VeerkrachtCSV"]),
        .testTarget(name: "VeerkrachtStoreTests", dependencies: [
            "VeerkrachtStore", "VeerkrachtCSV", "VeerkrachtSurveys", "VeerkrachtDemo", "VeerkrachtReports", "FuzzSupport", "TestSupport",
            "VeerkrachtApp", "VeerkrachtSpreadsheet",
        ]),
        .testTarget(name: "VeerkrachtPresentationTests", dependencies: ["VeerkrachtPresentation"]),
        .testTarget(name: "VeerkrachtSpreadsheetTests", dependencies: [
            "VeerkrachtSpreadsheet", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "VeerkrachtReportsTests", dependencies: [
            "VeerkrachtReports", "VeerkrachtReportTexts", "VeerkrachtPresentation", "VeerkrachtCSV", "VeerkrachtStore",
            "VeerkrachtSurveys", "VeerkrachtDemo", "VeerkrachtApp",
        ]),
        .testTarget(name: "VeerkrachtAppTests", dependencies: [
            "VeerkrachtApp", "VeerkrachtCSV", "VeerkrachtStore", "VeerkrachtReports", "VeerkrachtDemo", "VeerkrachtSPSS", "TestSupport",
            "VeerkrachtSurveys",
        ]),
        .testTarget(name: "VeerkrachtWebTests", dependencies: [
            "VeerkrachtWeb", "VeerkrachtStore", "VeerkrachtCSV", "VeerkrachtReports", "VeerkrachtPresentation", "VeerkrachtSurveys",
            "VeerkrachtApp",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        // Runs the built `veerkracht` as a user does: help, exit codes, messages.
        .testTarget(name: "VeerkrachtCLITests", dependencies: ["TestSupport", "VeerkrachtApp", "VeerkrachtCore"]),
    ]
)
