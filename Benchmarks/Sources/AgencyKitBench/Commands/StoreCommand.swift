import AgencyCore
import AgencyOS
import AgencyStore

/// `store` (issue 4): a tenant-scoped query on an `InMemoryStore` of many tenants versus
/// the same query on a store of few tenants (target: at most 1.2× the time), and the time
/// to insert every lead of the large store (1M by default).
enum StoreCommand: BenchCommand {
    static let name = "store"
    static let summary = "issue 4: tenant-scoped query, 1000 vs 10 tenants × 1000 leads (target ratio ≤ 1.2); 1M lead inserts"
    static let options = [
        "--tenants N        tenants of the large store (default 1000)",
        "--small-tenants N  tenants of the small store (default 10)",
        "--leads N          leads per tenant (default 1000)",
        "--batch N          leads per insert transaction (default 1000)",
        "--queries N        queries per store per round (default 200)",
        "--rounds N         interleaved rounds; medians are reported (default 7)",
        "--seed N           generator seed (default 1)",
    ]

    /// The query measured: a tenant's best new leads, as a dashboard asks for them.
    static let query = Query<Lead>()
        .where(\.status, .equals(.new))
        .where(\.alsScore, .atLeast(60))
        .sorted(by: \.alsScore, .descending)
        .limit(20)

    static func run(_ options: Options) async throws {
        try options.check(known: Self.options)
        let tenants = try options.int("tenants", default: 1_000)
        let smallTenants = try options.int("small-tenants", default: 10)
        let leads = try options.int("leads", default: 1_000)
        let batch = try options.int("batch", default: 1_000)
        let queries = max(1, try options.int("queries", default: 200))
        let rounds = max(1, try options.int("rounds", default: 7))
        let seed = UInt64(try options.int("seed", default: 1))
        guard tenants > 0, smallTenants > 0 else { throw BenchError("--tenants and --small-tenants must be positive") }

        print("store: large \(tenants) tenants × \(leads) leads, small \(smallTenants) tenants × \(leads) leads")
        var large = try StoreSeeding(seed: seed)
        try await large.addTenants(tenants)
        try await large.addLeads(perTenant: leads, batch: batch, withScores: true)
        let inserted = Double(large.leadsInserted)
        print("insert: \(large.leadsInserted) leads in \(Format.seconds(large.leadInsertSeconds)) wall, "
              + "\(Format.seconds(large.leadInsertCPU)) CPU (\(Format.count(inserted / large.leadInsertCPU)) leads/s CPU, "
              + "\(batch) per transaction)")
        print("  after insert: \(Format.memory())")

        var small = try StoreSeeding(seed: seed)
        try await small.addTenants(smallTenants)
        try await small.addLeads(perTenant: leads, batch: batch, withScores: true)

        // The same number of tenants is queried in both stores; in the large one they are
        // spread over the whole store.
        let probes = min(10, smallTenants)
        let largeScopes = (0..<probes).map { large.store.scoped(.tenant(large.tenants[$0 * tenants / probes].client.id)) }
        let smallScopes = (0..<probes).map { small.store.scoped(.tenant(small.tenants[$0].client.id)) }
        let expected = try await smallScopes[0].fetch(query).count
        print("query: status = new AND als_score >= 60 ORDER BY als_score DESC LIMIT 20 "
              + "(\(expected) rows for the first tenant), \(queries) queries over \(probes) tenants per store per round")
        _ = try await runQueries(largeScopes, queries)
        _ = try await runQueries(smallScopes, queries)

        var largeTimes: [Double] = [], smallTimes: [Double] = [], ratios: [Double] = []
        for round in 0..<rounds {
            var largeTime = 0.0, smallTime = 0.0
            for side in round % 2 == 0 ? [true, false] : [false, true] {
                if side { largeTime = try await runQueries(largeScopes, queries) } else { smallTime = try await runQueries(smallScopes, queries) }
            }
            largeTimes.append(largeTime)
            smallTimes.append(smallTime)
            ratios.append(largeTime / smallTime)
            print("  round \(round + 1): \(tenants) tenants \(Format.seconds(largeTime / Double(queries)))/query, "
                  + "\(smallTenants) tenants \(Format.seconds(smallTime / Double(queries)))/query (CPU), ratio \(Format.fixed(largeTime / smallTime, 3))")
        }
        let largeMedian = Measure.median(largeTimes) / Double(queries)
        let smallMedian = Measure.median(smallTimes) / Double(queries)
        print("\(tenants) tenants: \(Format.seconds(largeMedian)) CPU per query (median)")
        print("\(smallTenants) tenants: \(Format.seconds(smallMedian)) CPU per query (median)")
        let ratio = Measure.median(ratios)
        print("ratio large/small: median of rounds \(Format.fixed(ratio, 3)), of medians \(Format.fixed(largeMedian / smallMedian, 3)) "
              + "(target ≤ 1.2: \(ratio <= 1.2 ? "met" : "NOT met"))")
    }

    /// Process-CPU seconds (robust on a shared machine; the wall time is printed by the
    /// caller only in aggregate) for `count` queries cycling over `scopes`.
    private static func runQueries(_ scopes: [ScopedStore], _ count: Int) async throws -> Double {
        var rows = 0
        let timed = try await Measure.time {
            for index in 0..<count { rows += try await scopes[index % scopes.count].fetch(query).count }
            return rows
        }
        guard timed.value > 0 else { throw BenchError("the query matched no rows; use more --leads") }
        return timed.cpu
    }
}
