import AgencyCore
import AgencyKitPostgres
import AgencyOS
import Foundation

// Generates the PostgreSQL migrations of the Agency OS schema target from its schema
// descriptions. With a folder argument it writes one file per migration there (the
// committed files under Sources/AgencyKitPostgres/Migrations/agency_os); without, it prints them.
//
//   swift run --package-path Backends/AgencyKitPostgres agencykit-postgres-ddl \
//       Backends/AgencyKitPostgres/Sources/AgencyKitPostgres/Migrations/agency_os

do {
    let migrations = try PostgresSchemaDDL(target: AgencyOSSchema.target).migrations()
    let arguments = CommandLine.arguments.dropFirst()
    if let folder = arguments.first {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for migration in migrations {
            try migration.template.write(to: url.appendingPathComponent(migration.fileName), atomically: true, encoding: .utf8)
            print("wrote \(url.appendingPathComponent(migration.fileName).path)")
        }
    } else {
        for migration in migrations {
            print("-- \(migration.fileName)")
            print(migration.template)
        }
    }
} catch {
    FileHandle.standardError.write(Data("agencykit-postgres-ddl: \(error)\n".utf8))
    exit(1)
}
