import AgencyKit
import AgencyKitDemo
import AgencyKitPostgres
import Foundation

// `swift run --package-path Backends/AgencyKitPostgres agencykit-postgres-demo --store postgres://…`:
// the story of `swift run agencykit-demo` on a PostgresStore. The store applies the shipped
// migrations first; the namespace must not hold an earlier demo run (its tenant already exists).
let usage = """
    usage: agencykit-postgres-demo --store postgres://user[:password]@host[:port]/database[?namespace=NAME&sslmode=MODE] [--seed N] [--csv PATH]
      --store URL   the PostgreSQL database (the namespace defaults to agency_os)
      --seed N      seed of the store's ids and of the simulated outreach (default 42)
      --csv PATH    import this lead CSV instead of Examples/Data/leads.csv
    """

func fail(_ message: String, code: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(code)
}

var seed: UInt64 = 42
var url: String?
var csvPath: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--store":
        guard let value = arguments.popFirst() else { fail("--store needs a URL\n" + usage) }
        url = value
    case "--seed":
        guard let text = arguments.popFirst(), let value = UInt64(text) else { fail("--seed needs a number\n" + usage) }
        seed = value
    case "--csv":
        guard let path = arguments.popFirst() else { fail("--csv needs a path\n" + usage) }
        csvPath = path
    case "--help", "-h":
        print(usage)
        exit(0)
    default:
        fail("unknown option \(argument)\n" + usage)
    }
}
guard let url else { fail("--store is required\n" + usage) }

let storeConfiguration: PostgresStoreConfiguration
do {
    storeConfiguration = try PostgresStoreConfiguration(url: url)
} catch {
    fail("--store: \(error)\n" + usage)
}

do {
    let csv = try csvPath.map { try String(contentsOfFile: $0, encoding: .utf8) } ?? DemoConfiguration.bundledLeadsCSV()
    let configuration = DemoConfiguration(seed: seed, leadsCSV: csv, leadsCSVName: csvPath ?? "Examples/Data/leads.csv")
    let clock = ManualTimeSource(configuration.start)
    let store = try await PostgresStore.connect(storeConfiguration, schema: AgencyOSSchema.target, clock: clock,
                                                ids: .seeded(seed))
    do {
        _ = try await AgencyDemo(store: store, clock: clock, configuration: configuration).run()
        await store.shutdown()
    } catch {
        await store.shutdown()
        throw error
    }
    print("The demo's rows are in \(storeConfiguration.host):\(storeConfiguration.port)/\(storeConfiguration.database), "
        + "schema \(storeConfiguration.namespace ?? AgencyOSSchema.target.name).")
} catch {
    fail("agencykit-postgres-demo failed: \(error)", code: 1)
}
