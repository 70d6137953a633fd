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
        .library(name: "Avenir", targets: ["Avenir"]),
        .library(name: "AvenirServices", targets: ["AvenirServices"]),
    ],
    targets: [
        .target(name: "AgencyCore"),
        .target(name: "AgencyOS", dependencies: ["AgencyCore"]),
        .target(name: "AgencyScoring", dependencies: ["AgencyCore", "AgencyOS"]),
        .target(name: "AgencyStore", dependencies: ["AgencyCore"]),
        .target(name: "AgencyStoreConformance", dependencies: ["AgencyCore", "AgencyStore"]),
        .target(name: "Avenir", dependencies: ["AgencyCore"]),
        .target(name: "AvenirServices", dependencies: ["AgencyCore", "Avenir", "AgencyStore"]),
        .testTarget(name: "AgencyCoreTests", dependencies: ["AgencyCore"]),
        .testTarget(name: "AgencyOSTests", dependencies: ["AgencyCore", "AgencyOS"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AgencyStoreTests", dependencies: ["AgencyCore", "AgencyOS", "AgencyStore"]),
        .testTarget(name: "AgencyStoreConformanceTests",
                    dependencies: ["AgencyCore", "AgencyOS", "AgencyStore", "AgencyStoreConformance"]),
        .testTarget(name: "AvenirTests", dependencies: ["AgencyCore", "Avenir", "AvenirServices", "AgencyStore"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "AvenirConformanceTests",
                    dependencies: ["AgencyCore", "Avenir", "AgencyStore", "AgencyStoreConformance"]),
    ],
    swiftLanguageModes: [.v6]
)
