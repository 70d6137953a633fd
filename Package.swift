// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "AgencyKit",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "AgencyCore", targets: ["AgencyCore"]),
        .library(name: "AgencyOS", targets: ["AgencyOS"]),
        .library(name: "AgencyScoring", targets: ["AgencyScoring"]),
        .library(name: "AgencyStore", targets: ["AgencyStore"]),
        .library(name: "AgencyStoreConformance", targets: ["AgencyStoreConformance"]),
        .library(name: "AgencyOutreach", targets: ["AgencyOutreach"]),
    ],
    targets: [
        .target(name: "AgencyCore"),
        .target(name: "AgencyOS", dependencies: ["AgencyCore"]),
        .target(name: "AgencyScoring", dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyOutreach"]),
        .target(name: "AgencyStore", dependencies: ["AgencyCore"]),
        .target(name: "AgencyStoreConformance", dependencies: ["AgencyCore", "AgencyStore"]),
        .target(name: "AgencyOutreach", dependencies: ["AgencyCore", "AgencyOS", "AgencyStore"]),
        .testTarget(name: "AgencyCoreTests", dependencies: ["AgencyCore"]),
        .testTarget(name: "AgencyOSTests", dependencies: ["AgencyCore", "AgencyOS"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AgencyStoreTests", dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyOutreach"]),
        .testTarget(name: "AgencyOutreachTests", dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyOutreach"]),
        .testTarget(name: "AgencyStoreConformanceTests",
                    dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyStoreConformance"]),
        .testTarget(name: "AgencyScoringTests",
                    dependencies: ["AgencyCore", "AgencyOS", "AgencyScoring", "AgencyStore", "AgencyOutreach"]),
    ],
    swiftLanguageModes: [.v6]
)
