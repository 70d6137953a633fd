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

let arguments: DemoArguments
do {
    arguments = try DemoArguments(parsing: Array(CommandLine.arguments.dropFirst()), options: [.store, .seed, .csv])
} catch {
    fail("\(error)\n" + usage)
}
if arguments.wantsHelp {
    print(usage)
    exit(0)
}
guard let url = arguments.storeURL else { fail("--store is required\n" + usage) }
let seed = arguments.seed
let csvPath = arguments.csvPath

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
