import AgencyCore
import AgencyKitPostgres
import AgencyOS
import Avenir
import Foundation

// Generates the PostgreSQL migrations of every schema target (Agency OS, Avenir) from its
// schema descriptions. With a folder argument it writes one subfolder per target there, one
// file per migration (the committed files under Sources/AgencyKitPostgres/Migrations);
// without, it prints them. `--target NAME` limits it to one target.
//
//   swift run --package-path Backends/AgencyKitPostgres agencykit-postgres-ddl \
//       Backends/AgencyKitPostgres/Sources/AgencyKitPostgres/Migrations

let targets = [AgencyOSSchema.target, AvenirSchema.target]

/// A command line the tool cannot follow.
struct UsageError: Error, CustomStringConvertible {
    let description: String
}

do {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var selected = targets
    if let flag = arguments.firstIndex(of: "--target") {
        guard flag + 1 < arguments.count else { throw UsageError(description: "--target needs a target name") }
        let name = arguments[flag + 1]
        selected = targets.filter { $0.name == name }
        guard !selected.isEmpty else {
            throw UsageError(description: "no schema target \(name) (known: \(targets.map(\.name).joined(separator: ", ")))")
        }
        arguments.removeSubrange(flag...flag + 1)
    }
    for target in selected {
        let migrations = try PostgresSchemaDDL(target: target).migrations()
        if let folder = arguments.first {
            let url = URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(target.name, isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for migration in migrations {
                try migration.template.write(to: url.appendingPathComponent(migration.fileName), atomically: true, encoding: .utf8)
                print("wrote \(url.appendingPathComponent(migration.fileName).path)")
            }
        } else {
            for migration in migrations {
                print("-- \(target.name)/\(migration.fileName)")
                print(migration.template)
            }
        }
    }
} catch {
    FileHandle.standardError.write(Data("agencykit-postgres-ddl: \(error)\n".utf8))
    exit(1)
}
