// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "AgencyKit",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "AgencyKit", targets: ["AgencyKit"]),
        .library(name: "AgencyCore", targets: ["AgencyCore"]),
        .library(name: "AgencyOS", targets: ["AgencyOS"]),
        .library(name: "Avenir", targets: ["Avenir"]),
        .library(name: "AgencyStore", targets: ["AgencyStore"]),
        .library(name: "AgencyStoreConformance", targets: ["AgencyStoreConformance"]),
        .library(name: "AgencyOutreach", targets: ["AgencyOutreach"]),
        .library(name: "AgencyScoring", targets: ["AgencyScoring"]),
        .library(name: "AgencyIntelligence", targets: ["AgencyIntelligence"]),
        .library(name: "AvenirServices", targets: ["AvenirServices"]),
        // The demo's story as a library, so a backend package can run the same story on its store.
        .library(name: "AgencyKitDemo", targets: ["AgencyKitDemo"]),
    ],
    targets: [
        // Schema-agnostic core: values, IDs, JSON coding, schema description, validation, queries.
        .target(name: "AgencyCore"),
        // Schema targets, side by side.
        .target(name: "AgencyOS", dependencies: ["AgencyCore"]),
        .target(name: "Avenir", dependencies: ["AgencyCore"]),
        // The store layer: core only, never a schema.
        .target(name: "AgencyStore", dependencies: ["AgencyCore"]),
        .target(name: "AgencyStoreConformance", dependencies: ["AgencyCore", "AgencyStore"]),
        // Domain layers above a schema target; they touch the store only in their services.
        .target(name: "AgencyOutreach", dependencies: ["AgencyCore", "AgencyOS", "AgencyStore"]),
        .target(name: "AgencyScoring", dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyOutreach"]),
        .target(name: "AgencyIntelligence", dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyScoring"]),
        .target(name: "AvenirServices", dependencies: ["AgencyCore", "Avenir", "AgencyStore"]),
        // The umbrella.
        .target(name: "AgencyKit", dependencies: [
            "AgencyCore", "AgencyOS", "AgencyStore", "AgencyOutreach", "AgencyScoring", "AgencyIntelligence",
        ]),
        // Examples.
        .target(name: "AgencyKitDemo", dependencies: ["AgencyKit"], path: "Examples/Demo/Library"),
        .executableTarget(name: "agencykit-demo", dependencies: ["AgencyKit", "AgencyKitDemo"], path: "Examples/Demo/App"),
        .executableTarget(name: "agencykit-quick-start-example", dependencies: ["AgencyKit"], path: "Examples/QuickStart"),
        .executableTarget(name: "agencykit-scoring-example", dependencies: ["AgencyKit"], path: "Examples/Scoring"),
        .executableTarget(name: "agencykit-learning-loop-example", dependencies: ["AgencyKit"], path: "Examples/LearningLoop"),
        .executableTarget(name: "agencykit-suggestions-review-example", dependencies: ["AgencyKit"],
                          path: "Examples/SuggestionsReview"),
        .executableTarget(name: "agencykit-custom-store-example",
                          dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyStoreConformance"],
                          path: "Examples/CustomStore"),
        // Tests.
        .testTarget(name: "AgencyKitTests", dependencies: ["AgencyKit"]),
        .testTarget(name: "AgencyKitDemoTests", dependencies: ["AgencyKit", "AgencyKitDemo"]),
        .testTarget(name: "AgencyCoreTests", dependencies: ["AgencyCore"]),
        .testTarget(name: "AgencyOSTests", dependencies: ["AgencyCore", "AgencyOS"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AvenirTests", dependencies: ["AgencyCore", "Avenir", "AvenirServices", "AgencyStore"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "AgencyStoreTests", dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyOutreach"]),
        .testTarget(name: "AgencyStoreConformanceTests",
                    dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyStoreConformance"]),
        .testTarget(name: "AvenirConformanceTests",
                    dependencies: ["AgencyCore", "Avenir", "AgencyStore", "AgencyStoreConformance"]),
        .testTarget(name: "AgencyOutreachTests", dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyOutreach"]),
        .testTarget(name: "AgencyScoringTests",
                    dependencies: ["AgencyCore", "AgencyOS", "AgencyScoring", "AgencyStore", "AgencyOutreach"]),
        .testTarget(name: "AgencyIntelligenceTests",
                    dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyScoring", "AgencyIntelligence"]),
    ],
    swiftLanguageModes: [.v6]
)
