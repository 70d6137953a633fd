import Foundation
import Testing
import AgencyKit
import AgencyKitDemo

/// Collects the demo's lines.
private final class Transcript: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ line: String) {
        lock.lock()
        stored.append(line)
        lock.unlock()
    }

    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

/// One demo run on a fresh in-memory store.
private struct DemoRun {
    let report: DemoReport
    let lines: [String]
    let store: InMemoryStore
    let clock: ManualTimeSource
    let configuration: DemoConfiguration

    init(seed: UInt64 = 42) async throws {
        configuration = DemoConfiguration(seed: seed, leadsCSV: try DemoConfiguration.bundledLeadsCSV())
        clock = ManualTimeSource(.unassigned)
        store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(seed))
        let transcript = Transcript()
        report = try await AgencyDemo(store: store, clock: clock, configuration: configuration,
                                      output: DemoOutput { transcript.append($0) }).run()
        lines = transcript.lines
    }

    /// The 1-based line of the CSV on which `text` appears.
    func csvLine(containing text: String) throws -> Int {
        let lines = configuration.leadsCSV.split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }
}

@Suite("The agencykit-demo story")
struct DemoTests {
    @Test func theStoryTellsEveryStepAndReplaysExactly() async throws {
        let run = try await DemoRun()
        let report = run.report
        let tenant = run.store.scoped(.tenant(report.clientId))

        // Tenant, team and campaign.
        #expect(report.membershipRoles == [.owner, .admin, .member, .viewer])
        #expect(try await tenant.count(Query<Membership>()) == 4)
        #expect(report.sequenceSteps == 4)
        #expect(try await tenant.count(Query<CampaignSequence>()) == 4)

        // The CSV's planted bad rows: skipped by the parser with their physical lines (the
        // file's 208 data records include one whose quoted notes span two lines) …
        #expect(report.csvErrors.map(\.line) == [
            try run.csvLine(containing: "priya.raman@tidewaterfreight.com.au"),
            try run.csvLine(containing: "Declan,Murphy,,"),
            try run.csvLine(containing: "about 40"),
        ])
        #expect(report.csvLeads + report.csvErrors.count == 208)
        // … or refused by the importer, each for its reason.
        let imported = report.importReport
        #expect(imported.suppressed.map(\.match.list) == [.global, .client, .domain])
        #expect(imported.suppressed.map(\.email) == [
            "Marcus.Bell@Summitpeak.com.au", "ella.fraser@coralwave.co.nz", "noah.adams@rivalgrowth.io",
        ])
        #expect(imported.duplicatesInImport == ["Niamh.Scott@Embergate.com"])
        #expect(imported.invalid.map(\.email) == ["zoe.campbell@clearpath.com.au"])
        #expect(imported.invalid.first?.error.violations.flatMap(\.columns).sorted() == ["linkedin_url", "phone"])
        #expect(imported.inserted.count == report.csvLeads - 5)
        #expect(report.suppressionChecks.map { $0.match?.list } == [.global, .client, .domain, nil])

        // Scoring: every imported lead scored, each in one tier.
        let scoring = try #require(report.initialScoring)
        #expect(scoring.scored == imported.inserted.count)
        #expect(report.initialTiers.values.reduce(0, +) == imported.inserted.count)
        let best = try #require(report.bestLead)
        #expect(ALSTier(score: best.score) == report.initialTiers.filter { $0.value > 0 }.keys.max())

        // 90 days of outreach, a learning cycle, learned weights in use.
        #expect(report.simulatedLeads == run.configuration.simulatedProspects)
        #expect(try await tenant.count(Query<Lead>()) == imported.inserted.count + report.simulatedLeads)
        #expect(try await tenant.count(Query<Activity>()) == report.simulatedActivities)
        #expect(report.simulatedConversions >= 20)
        let learning = try #require(report.learning)
        #expect(learning.detectorsSucceeded == [.who, .what, .when, .how])
        #expect(learning.weightsWritten)
        let weights = try #require(report.learnedWeights)
        let client = try await tenant.get(Client.self, id: report.clientId)
        #expect(client.alsLearnedWeights == weights.json)
        let rescoring = try #require(report.rescoring)
        #expect(rescoring.weightSource == .learned)
        #expect(rescoring.scored == imported.inserted.count + report.simulatedLeads)
        #expect(report.rescoredTiers.values.reduce(0, +) == imported.inserted.count)

        // Suggestions, one approved and applied with its history rows.
        #expect(!report.suggestions.isEmpty)
        let reviewed = try #require(report.reviewed)
        #expect(reviewed.id == report.suggestions.first?.id)
        #expect(reviewed.status == .applied && reviewed.reviewedAt != nil && reviewed.appliedAt != nil)
        #expect(report.history.map(\.oldStatus) == [nil, .pending, .approved])
        #expect(report.history.map(\.newStatus) == [.pending, .approved, .applied])
        #expect(try await tenant.count(Query<CampaignSuggestionHistory>().where(\.suggestionId, .equals(reviewed.id))) == 3)

        // The same seed tells the same story, line for line.
        let again = try await DemoRun()
        #expect(again.lines == run.lines)
        #expect(again.report.learnedWeights == report.learnedWeights)
        #expect(again.report.suggestions == report.suggestions)

        // A store that already holds the demo is refused before anything is written.
        let rows = await run.store.rowCounts()
        await #expect(throws: DemoError.self) {
            try await AgencyDemo(store: run.store, clock: run.clock, configuration: run.configuration,
                                 output: DemoOutput { _ in }).run()
        }
        #expect(await run.store.rowCounts() == rows)
    }
}
