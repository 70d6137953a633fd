import AgencyCore
import AgencyOS
import AgencyScoring
import AgencyStore

/// `scoring` (issue 5): pure ALS scoring throughput on one core (target ≥ 1M leads/s), on
/// generated leads or on a JSON Lines file of `leads` rows, and batch rescoring of a
/// client's leads through `InMemoryStore` with `LeadScoringService`.
enum ScoringCommand: BenchCommand {
    static let name = "scoring"
    static let summary = "issue 5: pure scoring leads/s on one core (target ≥ 1M/s); batch rescoring of 100k leads in a store"
    static let options = [
        "--leads N       generated leads scored per round (default 1M)",
        "--input PATH    score the rows of this JSON Lines file instead (repeated up to --leads per round)",
        "--rounds N      rounds; medians are reported (default 5)",
        "--rescore N     leads of the batch rescoring run, 0 to skip (default 100k)",
        "--batch-size N  LeadScoringService batch size (default 1000)",
        "--seed N        generator seed (default 1)",
    ]

    static let learnedWeights: JSONValue = [
        "data_quality": 0.15, "authority": 0.30, "company_fit": 0.25, "timing": 0.20, "risk": 0.10,
    ]

    static func run(_ options: Options) async throws {
        try options.check(known: Self.options)
        let target = max(1, try options.int("leads", default: 1_000_000))
        let rounds = max(1, try options.int("rounds", default: 5))
        let rescore = try options.int("rescore", default: 100_000)
        let batchSize = try options.int("batch-size", default: 1_000)
        let seed = UInt64(try options.int("seed", default: 1))

        let leads: [Lead]
        if let path = options.string("input") {
            let lines = try LeadRows.readLines(path)
            let decoded = try Measure.time { try LeadRows.decodeLines(lines) }
            leads = decoded.value
            print("input: \(leads.count) rows from \(path), decoded line by line in \(Format.seconds(decoded.cpu)) CPU "
                  + "(\(Format.count(Double(leads.count) / decoded.cpu)) rows/s)")
        } else {
            var factory = LeadFactory(seed: seed, shape: .insertable)
            let client = ID<Client>.unassigned, campaign = ID<Campaign>.unassigned
            leads = (0..<target).map { factory.lead($0, client: client, campaign: campaign) }
            print("input: \(leads.count) generated leads")
        }
        guard !leads.isEmpty else { throw BenchError("no leads to score") }
        try pureScoring(leads, target: target, rounds: rounds)
        if rescore > 0 { try await batchRescoring(rescore, batchSize: batchSize, seed: seed) }
    }

    /// Scores `leads` on the calling thread until `target` scores per round; reports the
    /// median over `rounds` in thread-CPU time.
    private static func pureScoring(_ leads: [Lead], target: Int, rounds: Int) throws {
        let configuration = ALSScoringConfiguration(
            today: LeadFactory.today, targetIndustries: ["Software", "SaaS", "Marketing and Advertising"],
            competitorDomains: ["rivalagency.com.au", "growthco.com"])
        let scorer = ALSScorer(configuration: configuration)
        let passes = (target + leads.count - 1) / leads.count
        let scored = passes * leads.count
        var checksum = 0
        var cpu: [Double] = [], wall: [Double] = []
        _ = leads.reduce(0) { $0 &+ scorer.score($1).total }  // warm-up
        for round in 0..<rounds {
            let timed = Measure.time {
                var sum = 0
                for _ in 0..<passes {
                    for index in leads.indices { sum &+= scorer.score(leads[index]).total }
                }
                return sum
            }
            checksum = checksum &+ timed.value
            cpu.append(timed.cpu)
            wall.append(timed.wall)
            print("  round \(round + 1): \(scored) scores in \(Format.seconds(timed.cpu)) CPU (\(Format.seconds(timed.wall)) wall), "
                  + "\(Format.count(Double(scored) / timed.cpu)) leads/s")
        }
        let median = Measure.median(cpu)
        let rate = Double(scored) / median
        print("pure scoring, one core: \(Format.count(rate)) leads/s (median \(Format.fixed(median / Double(scored) * 1e9, 0)) ns/lead CPU, "
              + "wall \(Format.count(Double(scored) / Measure.median(wall))) leads/s) (target ≥ 1M: \(rate >= 1e6 ? "met" : "NOT met"); "
              + "checksum \(checksum))")
    }

    /// Inserts `count` unscored leads for one client and scores them twice through the
    /// store: the first run writes every lead, the second (unchanged inputs) writes none.
    private static func batchRescoring(_ count: Int, batchSize: Int, seed: UInt64) async throws {
        var seeding = try StoreSeeding(seed: seed)
        try await seeding.addTenants(1, campaigns: 10) { client in
            client.icpIndustries = ["Software", "SaaS", "Marketing and Advertising"]
            client.alsLearnedWeights = learnedWeights
        }
        try await seeding.addLeads(perTenant: count, batch: 1_000, withScores: false)
        let client = seeding.tenants[0].client
        print("batch rescoring: \(seeding.leadsInserted) leads of one client inserted in \(Format.seconds(seeding.leadInsertCPU)) CPU; "
              + "batch size \(batchSize)")
        let service = LeadScoringService(store: seeding.store.scoped(.tenant(client.id)), batchSize: batchSize)
        for (label, now) in [("first run (writes)", LeadFactory.now), ("rescore, unchanged inputs", LeadFactory.now.adding(hours: 1))] {
            let timed = try await Measure.time {
                try await service.scoreLeads(ofClient: client.id, now: now, today: LeadFactory.today)
            }
            print("  \(label): \(Format.seconds(timed.wall)) wall, \(Format.seconds(timed.cpu)) CPU "
                  + "(\(Format.count(Double(timed.value.scored) / timed.cpu)) leads/s CPU) — \(timed.value)")
        }
        print("  \(Format.memory())")
    }
}
