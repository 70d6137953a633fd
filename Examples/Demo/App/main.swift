import AgencyKit
import AgencyKitDemo
import Foundation

// `swift run agencykit-demo [--seed N] [--persist PATH] [--csv PATH]`: the AgencyKit story on
// the embedded InMemoryStore. The story itself is the AgencyKitDemo library, which the
// PostgreSQL backend package runs on a PostgresStore.
let usage = """
    usage: agencykit-demo [--seed N] [--persist PATH] [--csv PATH]
      --seed N        seed of the store's ids and of the simulated outreach (default 42)
      --persist PATH  persist the in-memory store to a JSON snapshot file (must not hold a demo run yet)
      --csv PATH      import this lead CSV instead of Examples/Data/leads.csv
      --store URL     postgres://… prints the command that runs this demo on PostgreSQL
    """

func fail(_ message: String, code: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(code)
}

let arguments: DemoArguments
do {
    arguments = try DemoArguments(parsing: Array(CommandLine.arguments.dropFirst()), options: [.seed, .persist, .csv, .store])
} catch {
    fail("\(error)\n" + usage)
}
if arguments.wantsHelp {
    print(usage)
    exit(0)
}
if let url = arguments.storeURL {
    guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
        fail("unknown store \(url); this executable runs the embedded InMemoryStore\n" + usage)
    }
    fail("""
        This executable runs the embedded InMemoryStore only; the root package has no PostgreSQL driver.
        The same demo runs on PostgreSQL from the backend package, which links the AgencyKitDemo library:

            swift run --package-path Backends/AgencyKitPostgres agencykit-postgres-demo --store '\(url)'

        (use a database or namespace without an earlier demo run; see Documentation/GettingStarted.md)
        """)
}
let seed = arguments.seed
let persistPath = arguments.persistPath
let csvPath = arguments.csvPath

do {
    let csv = try csvPath.map { try String(contentsOfFile: $0, encoding: .utf8) } ?? DemoConfiguration.bundledLeadsCSV()
    let configuration = DemoConfiguration(seed: seed, leadsCSV: csv, leadsCSVName: csvPath ?? "Examples/Data/leads.csv")
    let clock = ManualTimeSource(configuration.start)
    let store: InMemoryStore
    if let persistPath {
        store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(seed),
                                  persistingTo: URL(fileURLWithPath: persistPath))
    } else {
        store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(seed))
    }
    _ = try await AgencyDemo(store: store, clock: clock, configuration: configuration).run()
    if let persistPath {
        let rows = await store.rowCounts().values.reduce(0, +)
        print("The store (\(rows) rows) is persisted at \(persistPath); reopen it with "
            + "InMemoryStore(schema:clock:ids:persistingTo:).")
    }
} catch {
    fail("agencykit-demo failed: \(error)", code: 1)
}
