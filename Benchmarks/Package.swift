// swift-tools-version:6.0
import PackageDescription

// Benchmarks for AgencyKit, kept out of the root package so that building or testing the
// library never builds them. Run in release mode:
//
//     swift run -c release --package-path Benchmarks agencykit-bench <subcommand> [options]
//
// See Documentation/Performance.md.
let package = Package(
    name: "AgencyKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "AgencyKit", path: "../"),
    ],
    targets: [
        .executableTarget(
            name: "agencykit-bench",
            dependencies: [
                .product(name: "AgencyCore", package: "AgencyKit"),
                .product(name: "AgencyOS", package: "AgencyKit"),
                .product(name: "AgencyStore", package: "AgencyKit"),
                .product(name: "AgencyScoring", package: "AgencyKit"),
                .product(name: "AgencyIntelligence", package: "AgencyKit"),
            ],
            path: "Sources/AgencyKitBench"),
    ],
    swiftLanguageModes: [.v6]
)
