import AgencyKit
import Foundation

// Reviewing campaign suggestions: the state machine, every change written with its history
// row in one transaction, a typed error for an illegal transition, a stale review refused,
// and the expiry sweep.
// Run: swift run agencykit-suggestions-review-example  (exits 1 if any step does not behave as shown)

func expect(_ condition: Bool, _ what: String) {
    if !condition {
        print("unexpected: \(what)")
        exit(1)
    }
}

func text(_ time: Timestamp) -> String { String("\(time)".prefix(16)).replacingOccurrences(of: "T", with: " ") }

// The state machine, as data.
print("1. Allowed transitions (SuggestionLifecycle.allowedTransitions):")
for status in SuggestionStatus.allCases {
    let next = (SuggestionLifecycle.allowedTransitions[status] ?? []).map(\.rawValue).sorted()
    print("   \(status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) → \(next.isEmpty ? "final" : next.joined(separator: ", "))")
}

// A client with 90 days of (synthetic) history and its stored patterns.
let now = Timestamp(microsecondsSinceEpoch: 1_775_379_600_000_000)  // 2026-04-05 09:00 UTC
let dataset = SyntheticDataGenerator(configuration: SyntheticConfiguration(seed: 5, leadCount: 2_000, includeFunnel: false))
    .generate(now: now)
let clock = ManualTimeSource(now)
let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(5))
let client = try await store.scoped(.platformWide).insert(dataset.client)
let tenant = store.scoped(.tenant(client.id))
_ = try await tenant.insert(dataset.campaigns)
let reviewer = try await store.scoped(.platformWide).insert(User(email: "maya@northwindgrowth.com.au", fullName: "Maya Ross"))
let colleague = try await store.scoped(.platformWide).insert(User(email: "sam@northwindgrowth.com.au", fullName: "Sam Lee"))
let detections = await LearningEngine().detect(
    LearningInputs(client: client, leads: dataset.leads, activities: dataset.activities), at: now)
let patterns = PatternRepository(store: tenant)
try await patterns.save(detections.who, clientId: client.id, now: now)
try await patterns.save(detections.what, clientId: client.id, now: now)
try await patterns.save(detections.when, clientId: client.id, now: now)
try await patterns.save(detections.how, clientId: client.id, now: now)

// 2. Generation stores each suggestion as pending with its creation history row.
let service = SuggestionService(store: tenant)
let generated = try await service.generate(forClient: client.id, at: now)
print("\n2. Generated \(generated.suggestions.count) pending suggestions (eligible: \(generated.eligibility.isEligible)):")
for suggestion in generated.suggestions {
    print("   [\(suggestion.priority)] \(suggestion.suggestionType.rawValue): \(suggestion.title) "
        + "(confidence \(suggestion.confidence), expires \(text(suggestion.expiresAt)))")
}
expect(generated.suggestions.count >= 2, "at least two suggestions to review")
let first = generated.suggestions[0], second = generated.suggestions[1]

// 3. Approve and apply the first; reject the second.
clock.advance(seconds: 3_600)
let approved = try await service.approve(first, by: reviewer.id, notes: "Looks right", at: clock.now())
clock.advance(seconds: 7_200)
let applied = try await service.markApplied(approved, by: reviewer.id, note: "rolled out", at: clock.now())
let rejected = try await service.reject(second, by: reviewer.id, reason: "We tested this last quarter", at: clock.now())
print("\n3. #1 \(applied.status.rawValue) (reviewed by \(reviewer.fullName ?? "?"), applied \(applied.appliedAt.map(text) ?? "—")); "
    + "#2 \(rejected.status.rawValue): \"\(rejected.rejectionReason ?? "")\"")

// 4. An illegal transition is a typed error, and nothing is written.
do {
    _ = try await service.approve(rejected, by: reviewer.id, at: clock.now())
    expect(false, "approving a rejected suggestion must fail")
} catch let error as SuggestionTransitionError {
    print("\n4. Approving #2 again: \(error)")
    expect(error == .illegalTransition(from: .rejected, to: .approved), "the illegal transition named")
}
expect(try await service.suggestion(second.id).status == .rejected, "the refused change wrote nothing")

// 5. Two reviewers on one pending suggestion: the second, working from a stale copy, is refused.
if generated.suggestions.count > 2 {
    let third = generated.suggestions[2]
    _ = try await service.approve(third, by: reviewer.id, at: clock.now())
    do {
        _ = try await service.reject(third, by: colleague.id, reason: "too risky", at: clock.now())
        expect(false, "a stale review must fail")
    } catch let error as StoreError {
        print("\n5. \(colleague.fullName ?? "?") rejecting #3 from a stale copy: \(error)")
    }
}

// 6. Two weeks later the sweep expires everything still pending (or approved, never applied).
clock.set(now.adding(days: 15))
let sweep = try await service.expireDue(forClient: client.id, at: clock.now())
print("\n6. Expiry sweep 15 days later: \(sweep.expired) expired, \(sweep.conflicts) conflicts")

// 7. The history of each suggestion: one row per change, oldest first.
print("\n7. campaign_suggestion_history:")
for (index, suggestion) in generated.suggestions.enumerated() {
    let rows = try await service.history(of: suggestion.id)
    let steps = rows.map { row in
        "\(row.oldStatus?.rawValue ?? "—")→\(row.newStatus.rawValue)"
            + (row.changedBy == reviewer.id ? " by Maya" : row.changedBy == nil ? " by system" : "")
            + (row.changeReason.map { " \"\($0)\"" } ?? "")
    }
    print("   #\(index + 1) " + steps.joined(separator: ", "))
}
let firstHistory = try await service.history(of: first.id)
expect(firstHistory.map(\.newStatus) == [.pending, .approved, .applied], "#1: pending, approved, applied")
