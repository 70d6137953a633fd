import AgencyKit
import Foundation

// The learning loop (CIS) end to end on synthetic data: outreach history in a store, the weekly
// learning run, patterns compared with the effects planted in the data, learned ALS weights,
// ICP refinement, a second run that archives the first patterns, and campaign suggestions.
// Run: swift run agencykit-learning-loop-example  (exits 1 if any step does not behave as shown)

func expect(_ condition: Bool, _ what: String) {
    if !condition {
        print("unexpected: \(what)")
        exit(1)
    }
}

func required<Value>(_ value: Value?, _ what: String) -> Value {
    guard let value else {
        print("unexpected: no \(what)")
        exit(1)
    }
    return value
}

func lift(_ value: Double?) -> String { value.map { String(format: "%.2f×", $0) } ?? "—" }

// 1. One client's 90 days: leads, touches, meetings and deals, with known planted effects.
let now = Timestamp(microsecondsSinceEpoch: 1_775_379_600_000_000)  // 2026-04-05 09:00 UTC
let dataset = SyntheticDataGenerator(configuration: SyntheticConfiguration(seed: 11, leadCount: 3_000)).generate(now: now)
print("1. Synthetic client \"\(dataset.client.name)\": \(dataset.leads.count) leads, \(dataset.activities.count) touches, "
    + "\(dataset.funnel.meetings.count) meetings, \(dataset.funnel.deals.count) deals")
print("   planted: CEOs in SaaS 3×, Tuesday 9–10 am touches 2×, email→LinkedIn sequences 2×")

// 2. Into a store: the client in the platform scope, its rows in its tenant scope.
let clock = ManualTimeSource(now)
let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(11))
let client = try await store.scoped(.platformWide).insert(dataset.client)
let tenant = store.scoped(.tenant(client.id))
_ = try await tenant.insert(dataset.campaigns)
for start in stride(from: 0, to: dataset.leads.count, by: 1_000) {
    _ = try await tenant.insert(Array(dataset.leads[start..<min(start + 1_000, dataset.leads.count)]))
}
for start in stride(from: 0, to: dataset.activities.count, by: 2_000) {
    _ = try await tenant.insert(Array(dataset.activities[start..<min(start + 2_000, dataset.activities.count)]))
}
print("2. Stored: \(try await tenant.count(Query<Lead>())) leads, \(try await tenant.count(Query<Activity>())) activities")

// 3. The weekly run over every client: archive expired patterns, find eligible clients, learn.
//    Meetings and deals are not Agency OS tables; a LearningRecordSource supplies them (FUNNEL).
let records = LearningRecords(funnel: { _, _ in dataset.funnel })
let run = LearningRun(store: store.scoped(.platformWide), records: records)
let summary = try await run.run(at: now)
print("3. Learning run: \(summary.eligibleClients.count) eligible client(s), \(summary.patternsCreated) patterns saved, "
    + "\(summary.weightsWritten) weight set(s) written")
let result = required(summary.clientResults.first, "client result")
for outcome in result.detectors {
    print("   \(outcome.patternType.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) "
        + (outcome.pattern.map { "sample \($0.sampleSize), confidence \(String(format: "%.2f", $0.confidence))" }
            ?? "failed: \(outcome.failure.map { "\($0)" } ?? "?")"))
}
expect(!result.hasFailures && result.weightsWritten, "every detector saved and weights written")

// 4. What was found, against the truth the generator knows.
let who = try required(result.pattern(.who), "WHO pattern").patterns.decode(as: WhoPattern.self)
let how = try required(result.pattern(.how), "HOW pattern").patterns.decode(as: HowPattern.self)
let normalizer = TitleNormalizer()
let ceoTruth = dataset.expectedLeadLift { lead, _ in lead.title.flatMap(normalizer.normalize) == "ceo" }
let saasTruth = dataset.expectedLeadLift { lead, _ in lead.organizationIndustry == "SaaS" }
let sequenceTruth = dataset.expectedLeadLift { _, profile in profile.sequence == .emailThenLinkedIn }
print("4. Detected vs true lift")
print("   WHO title ceo              \(lift(who.titleRankings.first { $0.title == "ceo" }?.lift)) vs \(lift(ceoTruth))")
print("   WHO industry SaaS          \(lift(who.industryRankings.first { $0.industry == "SaaS" }?.lift)) vs \(lift(saasTruth))")
let sequence = how.sequencePatterns.winningSequences.first { $0.value.hasPrefix("email→linkedin") }
let sequenceLift = sequence.flatMap { row in row.lift ?? how.baselineConversionRate.map { row.conversionRate / $0 } }
print("   HOW \((sequence?.value ?? "email→linkedin…").padding(toLength: 23, withPad: " ", startingAt: 0))\(lift(sequenceLift)) vs \(lift(sequenceTruth))")

// 5. The learned weights now on the client, picked up by every scorer built from it.
let learned = ALSWeightSelection(client: try await tenant.get(Client.self, id: client.id))
print("5. Learned ALS weights (\(learned.source.rawValue)): "
    + ALSComponent.allCases.map { "\($0.rawValue) \(String(format: "%.3f", learned.weights[$0]))" }.joined(separator: ", "))
if let optimization = result.optimization {
    print("   correlation with conversion: \(optimization.baselineCorrelation.map { String(format: "%.3f", $0) } ?? "—") "
        + "with the defaults → \(optimization.optimizedCorrelation.map { String(format: "%.3f", $0) } ?? "—") learned")
}

// 6. ICP refinement from the WHO pattern, logged in icp_refinement_log.
let base = ICPCriteria(titles: ["CEO"], industries: ["SaaS"], employeeMin: 1, employeeMax: 2_000)
let refined = try await IcpRefinementService(store: tenant).refine(base, forClient: client.id, at: now)
print("6. ICP refined (\(refined.refinementCount) refinements, logged: \(refined.log != nil)):")
for refinement in refined.refinements { print("   \(refinement.field): \(refinement.action) — \(refinement.reason)") }
print("   titles \(refined.criteria.titles ?? []), industries \(refined.criteria.industries ?? []), "
    + "employees \(refined.criteria.employeeMin.map(String.init) ?? "—")–\(refined.criteria.employeeMax.map(String.init) ?? "—")")

// 7. A week later the run upserts each pattern in place and archives the previous version.
clock.set(now.adding(days: 7))
let second = try await run.run(at: clock.now())
let history = try await PatternRepository(store: tenant).history(clientId: client.id)
print("7. A week later: \(second.patternsCreated) patterns saved again; \(history.count) earlier versions archived "
    + "in conversion_pattern_history; live patterns: \(try await tenant.count(Query<ConversionPattern>()))")
expect(history.count == summary.patternsCreated, "each earlier version archived once")

// 8. Suggestions from the fresh patterns (the review lifecycle is the suggestions-review example).
let generated = try await SuggestionService(store: tenant).generate(forClient: client.id, at: clock.now())
print("8. \(generated.suggestions.count) campaign suggestions:")
for suggestion in generated.suggestions {
    print("   [\(suggestion.priority)] \(suggestion.suggestionType.rawValue): \(suggestion.title)")
}
