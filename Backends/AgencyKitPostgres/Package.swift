// swift-tools-version:6.0
import PackageDescription
import Foundation

/// The root AgencyKit package, two folders up. SwiftPM names a path dependency after its
/// folder, which differs between checkouts (`main`, a worktree, CI's clone), so the name is
/// read from the path rather than written down.
let rootFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let agencyKit = rootFolder.lastPathComponent

let package = Package(
    name: "AgencyKitPostgres",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "AgencyKitPostgres", targets: ["AgencyKitPostgres"]),
        .executable(name: "agencykit-postgres-ddl", targets: ["agencykit-postgres-ddl"]),
        .executable(name: "agencykit-postgres-bench", targets: ["agencykit-postgres-bench"]),
        .executable(name: "agencykit-postgres-demo", targets: ["agencykit-postgres-demo"]),
    ],
    dependencies: [
        .package(path: "../.."),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
    ],
    targets: [
        .target(
            name: "AgencyKitPostgres",
            dependencies: [
                .product(name: "AgencyCore", package: agencyKit),
                .product(name: "AgencyStore", package: agencyKit),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Migrations")]),
        .executableTarget(
            name: "agencykit-postgres-ddl",
            dependencies: [
                "AgencyKitPostgres",
                .product(name: "AgencyCore", package: agencyKit),
                .product(name: "AgencyOS", package: agencyKit),
                .product(name: "Avenir", package: agencyKit),
            ]),
        .executableTarget(
            name: "agencykit-postgres-bench",
            dependencies: [
                "AgencyKitPostgres",
                .product(name: "AgencyCore", package: agencyKit),
                .product(name: "AgencyOS", package: agencyKit),
                .product(name: "AgencyStore", package: agencyKit),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]),
        .executableTarget(
            name: "agencykit-postgres-demo",
            dependencies: [
                "AgencyKitPostgres",
                .product(name: "AgencyKit", package: agencyKit),
                .product(name: "AgencyKitDemo", package: agencyKit),
            ]),
        .testTarget(
            name: "AgencyKitPostgresTests",
            dependencies: [
                "AgencyKitPostgres",
                .product(name: "AgencyCore", package: agencyKit),
                .product(name: "AgencyOS", package: agencyKit),
                .product(name: "AgencyStore", package: agencyKit),
                .product(name: "AgencyStoreConformance", package: agencyKit),
                .product(name: "Avenir", package: agencyKit),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
