// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "AgencyKit",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "AgencyCore", targets: ["AgencyCore"]),
        .library(name: "AgencyOS", targets: ["AgencyOS"]),
        .library(name: "AgencyScoring", targets: ["AgencyScoring"]),
        .library(name: "AgencyIntelligence", targets: ["AgencyIntelligence"]),
    ],
    targets: [
        .target(name: "AgencyCore"),
        .target(name: "AgencyOS", dependencies: ["AgencyCore"]),
        .target(name: "AgencyScoring", dependencies: ["AgencyCore", "AgencyOS"]),
        .target(name: "AgencyIntelligence", dependencies: ["AgencyCore", "AgencyOS", "AgencyScoring"]),
        .testTarget(name: "AgencyCoreTests", dependencies: ["AgencyCore"]),
        .testTarget(name: "AgencyOSTests", dependencies: ["AgencyCore", "AgencyOS"]),
        .testTarget(name: "AgencyIntelligenceTests",
                    dependencies: ["AgencyCore", "AgencyOS", "AgencyScoring", "AgencyIntelligence"]),
    ],
    swiftLanguageModes: [.v6]
)
