import AgencyCore
import AgencyIntelligence
import AgencyOS
import AgencyStore
import Foundation

/// `learning` (issue 6): a full CIS learning run for one client — 100k leads and 1M
/// activities from the seeded synthetic generator, or the rows of a directory of JSON Lines
/// files — timed twice: the pure learning (the five detectors and the weight optimiser,
/// concurrently; target < 2 s) and the whole run through an `InMemoryStore` (insert, paged
/// load, learning, saves).
enum LearningCommand: BenchCommand {
    static let name = "learning"
    static let summary = "issue 6: learning run of one client, 100k leads / 1M activities (target < 2 s); pure and through a store"
    static let options = [
        "--leads N         synthetic leads (default 100k)",
        "--activities N    synthetic activities aimed at, about (default 1M)",
        "--input DIR       read leads.jsonl, activities.jsonl [meetings.jsonl, deals.jsonl, deal_stage_history.jsonl] instead",
        "--client UUID     with --input: the client to learn for (default: the one with the most leads)",
        "--now TIMESTAMP   the run's now (default: synthetic 2026-01-23T10:15:30Z; input: latest row + 1 hour)",
        "--rounds N        rounds of the pure learning; medians are reported (default 3)",
        "--page-size N     rows per page when the run loads through the store (default 2M: one page, see Performance.md)",
        "--no-store        skip the run through the store",
        "--seed N          generator seed (default 42)",
    ]

    static let syntheticNow = Timestamp(year: 2026, month: 1, day: 23, hour: 10, minute: 15, second: 30) ?? .unassigned

    static func run(_ options: Options) async throws {
        try options.check(known: Self.options)
        let rounds = max(1, try options.int("rounds", default: 3))
        let pageSize = max(1, try options.int("page-size", default: 2_000_000))
        var data: LearningData
        if let directory = options.string("input") {
            data = try await LearningData.read(directory: directory, client: options.string("client"), now: options.string("now"))
        } else {
            data = try LearningData.synthetic(leads: try options.int("leads", default: 100_000),
                                              activities: try options.int("activities", default: 1_000_000),
                                              seed: UInt64(try options.int("seed", default: 42)), now: options.string("now"))
        }
        print("client \(data.client.id): \(data.leads.count) leads, \(data.activities.count) activities, "
              + "\(data.funnel.meetings.count) meetings, \(data.funnel.deals.count) deals; now \(data.now)")
        await pureLearning(data, rounds: rounds)
        guard !options.flag("no-store") else { return }
        let store = try await data.seedStore()
        data.leads = []
        data.activities = []
        try await storeLearning(store, client: data.client.id, funnel: data.funnel, now: data.now, pageSize: pageSize)
    }

    /// The detectors and the optimiser on rows in memory: each alone on one thread, then all
    /// together as ``LearningEngine`` runs them.
    static func pureLearning(_ data: LearningData, rounds: Int) async {
        let now = data.now
        let inputs = LearningInputs(client: data.client, leads: data.leads, activities: data.activities,
                                    funnel: data.funnel.isEmpty ? nil : data.funnel)
        print("each alone, one thread (CPU):")
        let who = Measure.time { WhoDetector().detect(leads: inputs.leads, now: now) }
        let what = Measure.time { WhatDetector().detect(activities: inputs.activities, now: now) }
        let when = Measure.time { WhenDetector().detect(activities: inputs.activities, now: now) }
        let how = Measure.time { HowDetector().detect(leads: inputs.leads, activities: inputs.activities, now: now) }
        let funnel = Measure.time { inputs.funnel.map { FunnelDetector().detect(leads: inputs.leads, input: $0, now: now) } }
        let optimizer = Measure.time { WeightOptimizer().optimize(leads: inputs.leads, now: now) }
        let parts = [("WHO", who.cpu, who.value.sampleSize), ("WHAT", what.cpu, what.value.sampleSize),
                     ("WHEN", when.cpu, when.value.sampleSize), ("HOW", how.cpu, how.value.sampleSize),
                     ("FUNNEL", funnel.cpu, funnel.value?.sampleSize ?? 0), ("optimiser", optimizer.cpu, optimizer.value.sampleSize)]
        for (label, cpu, sample) in parts { print("  \(label): \(Format.seconds(cpu)) (sample \(sample))") }
        print("  sum: \(Format.seconds(parts.reduce(0) { $0 + $1.1 })); optimiser \(optimizer.value.optimizationStatus.rawValue)")

        var walls: [Double] = [], cpus: [Double] = []
        let engine = LearningEngine()
        for round in 0..<rounds {
            let timed = await Measure.time { await engine.detect(inputs, at: now) }
            walls.append(timed.wall)
            cpus.append(timed.cpu)
            print("  round \(round + 1): \(Format.seconds(timed.wall)) wall, \(Format.seconds(timed.cpu)) CPU")
        }
        let wall = Measure.median(walls)
        print("pure learning, detectors and optimiser concurrently: \(Format.seconds(wall)) wall (median), "
              + "\(Format.seconds(Measure.median(cpus))) CPU on \(ProcessInfo.processInfo.activeProcessorCount) cores "
              + "(target < 2 s: \(wall < 2 ? "met" : "NOT met"))")
    }

    /// The run through the store, phase by phase: paged load, learning, saves.
    static func storeLearning(_ store: InMemoryStore, client id: ID<Client>, funnel: FunnelInput, now: Timestamp,
                              pageSize: Int) async throws {
        let records = LearningRecords(funnel: { _, _ in funnel.isEmpty ? nil : funnel })
        let run = LearningRun(store: store.scoped(.platformWide), records: records, pageSize: pageSize)
        let client = try await store.scoped(.tenant(id)).get(Client.self, id: id)
        let load = try await Measure.time { try await run.load(client, at: now) }
        print("  load (\(pageSize) rows per page): \(load.value.leads.count) leads, \(load.value.activities.count) activities "
              + "in \(Format.seconds(load.wall)) wall, \(Format.seconds(load.cpu)) CPU")
        let detect = await Measure.time { await run.detect(load.value, at: now) }
        print("  detectors and optimiser: \(Format.seconds(detect.wall)) wall, \(Format.seconds(detect.cpu)) CPU")
        let persist = await Measure.time { await run.persist(detect.value, of: load.value, at: now) }
        let result = persist.value
        print("  saves: \(Format.seconds(persist.wall)) wall, \(Format.seconds(persist.cpu)) CPU — saved "
              + "\(result.detectorsSucceeded.map(\.rawValue).joined(separator: ", ")); weights "
              + (result.weightsWritten ? "written" : "not written (\(result.optimization?.optimizationStatus.rawValue ?? "not run"))"))
        for outcome in result.detectors where outcome.failure != nil {
            print("  FAILED \(outcome.patternType.rawValue): \(outcome.failure.map { "\($0)" } ?? "")")
        }
        let wall = load.wall + detect.wall + persist.wall, cpu = load.cpu + detect.cpu + persist.cpu
        print("learning run through the store: \(Format.seconds(wall)) wall, \(Format.seconds(cpu)) CPU "
              + "(load \(Format.fixed(load.wall / wall * 100, 0)) % of wall; detectors \(Format.seconds(detect.wall)))")
    }
}

/// One client's rows for the learning benchmark.
struct LearningData {
    var client: Client
    var campaigns: [Campaign]
    var leads: [Lead]
    var activities: [Activity]
    var funnel: FunnelInput
    var now: Timestamp

    /// The synthetic generator's client with about `activities` touches over `leads` leads.
    static func synthetic(leads: Int, activities: Int, seed: UInt64, now text: String?) throws -> LearningData {
        let now = try text.map { try Timestamp(parsing: $0) } ?? LearningCommand.syntheticNow
        let perLead = max(1, Int((Double(activities) / Double(max(leads, 1))).rounded()))
        let configuration = SyntheticConfiguration(seed: seed, leadCount: leads, touchesPerLead: max(1, perLead - 2)...(perLead + 2))
        let generated = Measure.time { SyntheticDataGenerator(configuration: configuration).generate(now: now) }
        let data = generated.value
        print("generated \(data.leads.count) leads, \(data.activities.count) activities (\(configuration.touchesPerLead) "
              + "touches per lead, seed \(seed)) in \(Format.seconds(generated.cpu)) CPU")
        return LearningData(client: data.client, campaigns: data.campaigns, leads: data.leads, activities: data.activities,
                            funnel: data.funnel, now: now)
    }

    /// The rows of `directory` (one `row_to_json` object per line): `leads.jsonl` and
    /// `activities.jsonl`, optionally `meetings.jsonl`, `deals.jsonl`, `deal_stage_history.jsonl`.
    static func read(directory: String, client chosen: String?, now text: String?) async throws -> LearningData {
        func path(_ file: String) -> String { (directory as NSString).appendingPathComponent(file) }
        func optional<T: Decodable & Sendable>(_ file: String, _ type: T.Type) async throws -> [T] {
            FileManager.default.fileExists(atPath: path(file)) ? try await JSONLines.decode(path(file), as: type) : []
        }
        let allLeads = try await JSONLines.decode(path("leads.jsonl"), as: Lead.self)
        let allActivities = try await JSONLines.decode(path("activities.jsonl"), as: Activity.self)
        var counts: [ID<Client>: Int] = [:]
        for lead in allLeads { counts[lead.clientId, default: 0] += 1 }
        let clientId: ID<Client>
        if let chosen {
            guard let id = ID<Client>(uuidString: chosen) else { throw BenchError("--client \(chosen) is not a UUID") }
            clientId = id
        } else {
            guard let most = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else {
                throw BenchError("\(path("leads.jsonl")) has no rows")
            }
            clientId = most.key
        }
        let leads = allLeads.filter { $0.clientId == clientId }
        let activities = allActivities.filter { $0.clientId == clientId }
        let leadIds = Set(leads.map(\.id))
        let funnel = FunnelInput(
            meetings: try await optional("meetings.jsonl", MeetingRecord.self).filter { $0.leadId.map(leadIds.contains) ?? false },
            deals: try await optional("deals.jsonl", DealRecord.self).filter { $0.leadId.map(leadIds.contains) ?? false },
            stageChanges: try await optional("deal_stage_history.jsonl", DealStageChange.self))
        let latest = (leads.map(\.createdAt) + activities.map(\.createdAt)).max() ?? LearningCommand.syntheticNow
        let now = try text.map { try Timestamp(parsing: $0) } ?? latest.adding(hours: 1)
        var campaignIds: [ID<Campaign>] = []
        var seen = Set<ID<Campaign>>()
        for id in leads.map(\.campaignId) + activities.map(\.campaignId) where seen.insert(id).inserted { campaignIds.append(id) }
        let client = Client(id: clientId, name: "Imported client", subscriptionStatus: .active, createdAt: now.adding(days: -365))
        print("client \(clientId): \(leads.count) of \(allLeads.count) leads, \(activities.count) of \(allActivities.count) activities")
        return LearningData(client: client, campaigns: campaignIds.map { Campaign(id: $0, clientId: clientId, name: "Campaign \($0)") },
                            leads: leads, activities: activities, funnel: funnel, now: now)
    }

    /// An `InMemoryStore` holding the client, its campaigns, leads and activities, timed.
    /// Rows the store refuses (an external data set may break a rule or reference a row that
    /// is not exported) are skipped and counted; `lead_pool_id` is cleared (pools are not loaded).
    func seedStore() async throws -> InMemoryStore {
        let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: FixedTimeSource(now), ids: .seeded(1))
        _ = try await store.scoped(.platformWide).insert(client)
        let tenant = store.scoped(.tenant(client.id))
        _ = try await tenant.insert(campaigns)
        let leadRows = leads.map { lead -> Lead in
            var row = lead
            row.leadPoolId = nil
            return row
        }
        let insertedLeads = try await insert(leadRows, into: tenant, label: "leads")
        let known = Set(insertedLeads)
        _ = try await insert(activities.filter { known.contains($0.leadId) }, into: tenant, label: "activities")
        return store
    }

    /// Inserts `rows` 5 000 per transaction; a refused batch is retried row by row. Returns the
    /// ids of the leads inserted (empty for other rows).
    private func insert<M: Model>(_ rows: [M], into tenant: ScopedStore, label: String) async throws -> [ID<Lead>] {
        var inserted: [ID<Lead>] = []
        var refused = 0
        var firstError: (any Error)?
        let timed = await Measure.time {
            for start in stride(from: 0, to: rows.count, by: 5_000) {
                let chunk = Array(rows[start..<min(start + 5_000, rows.count)])
                do {
                    let stored = try await tenant.insert(chunk)
                    inserted += stored.compactMap { ($0 as? Lead)?.id }
                } catch {
                    for row in chunk {
                        do {
                            if let lead = try await tenant.insert(row) as? Lead { inserted.append(lead.id) }
                        } catch {
                            refused += 1
                            firstError = firstError ?? error
                        }
                    }
                }
            }
        }
        print("  insert \(rows.count - refused) \(label): \(Format.seconds(timed.wall)) wall, \(Format.seconds(timed.cpu)) CPU"
              + (refused > 0 ? "; \(refused) refused, first: \(firstError.map { "\($0)" } ?? "")" : ""))
        return inserted
    }
}

/// Parallel decoding of JSON Lines files.
enum JSONLines {
    /// Every non-blank line of `path` decoded as `T` with `JSONDecoder.agencyKit`, on every
    /// core; a line that does not decode is named.
    static func decode<T: Decodable & Sendable>(_ path: String, as type: T.Type) async throws -> [T] {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
        let lines = data.withUnsafeBytes { bytes in
            var lines: [Range<Int>] = []
            var start = 0
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
                if index > start { lines.append(start..<index) }
                start = index + 1
            }
            if bytes.count > start { lines.append(start..<bytes.count) }
            return lines
        }
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = (lines.count + workers - 1) / max(workers, 1)
        let timed = try await Measure.time {
            try await withThrowingTaskGroup(of: (Int, [T]).self) { group in
                for worker in 0..<workers where worker * chunk < lines.count {
                    let range = (worker * chunk)..<min(lines.count, (worker + 1) * chunk)
                    group.addTask {
                        let decoder = JSONDecoder.agencyKit
                        var rows: [T] = []
                        rows.reserveCapacity(range.count)
                        for number in range where !data[lines[number]].allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                            do {
                                rows.append(try decoder.decode(T.self, from: data[lines[number]]))
                            } catch {
                                throw BenchError("\(path) line \(number + 1): \(error)")
                            }
                        }
                        return (worker, rows)
                    }
                }
                var parts: [(Int, [T])] = []
                for try await part in group { parts.append(part) }
                return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
            }
        }
        print("decoded \(timed.value.count) rows of \(path) in \(Format.seconds(timed.wall)) wall, \(Format.seconds(timed.cpu)) CPU")
        return timed.value
    }
}
