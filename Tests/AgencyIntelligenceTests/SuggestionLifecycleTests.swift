import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

@Suite struct SuggestionLifecycleTests {
    let reviewer = ID<User>(UUID())
    let later = Fixtures.now.adding(hours: 2)

    func suggestion(_ status: SuggestionStatus, expiresInDays days: Int = 14) -> CampaignSuggestion {
        var suggestion = CampaignSuggestion(
            id: ID(UUID()), clientId: Fixtures.clientId, suggestionType: .updateContent, status: status, title: "t",
            description: "d", recommendedAction: ["action": "update_content"], confidence: 0.9, priority: 60,
            generatedAt: Fixtures.now.adding(days: days - 14), expiresAt: Fixtures.now.adding(days: days))
        if status != .pending && status != .expired { suggestion.reviewedAt = Fixtures.now }
        if status == .applied { suggestion.appliedAt = Fixtures.now }
        return suggestion
    }

    @Test func approveSetsReviewAndWritesHistory() throws {
        let pending = suggestion(.pending)
        let transition = try SuggestionLifecycle.approve(pending, by: reviewer, notes: "Go", at: later)
        #expect(transition.suggestion.status == .approved)
        #expect(transition.suggestion.reviewedAt == later)
        #expect(transition.suggestion.reviewedBy == reviewer)
        #expect(transition.suggestion.clientNotes == "Go")
        #expect(transition.suggestion.violations.isEmpty)
        #expect(transition.history == CampaignSuggestionHistory(suggestionId: pending.id, oldStatus: .pending, newStatus: .approved,
                                                               changedBy: reviewer, changeReason: "Go", changedAt: later))
        let silent = try SuggestionLifecycle.approve(pending, by: reviewer, notes: "", at: later)
        #expect(silent.suggestion.clientNotes == nil)
        #expect(silent.history.changeReason == nil)
    }

    @Test func rejectSetsReason() throws {
        let transition = try SuggestionLifecycle.reject(suggestion(.pending), by: reviewer, reason: "Not now", at: later)
        #expect(transition.suggestion.status == .rejected)
        #expect(transition.suggestion.rejectionReason == "Not now")
        #expect(transition.suggestion.reviewedBy == reviewer)
        #expect(transition.history.oldStatus == .pending)
        #expect(transition.history.newStatus == .rejected)
        #expect(transition.history.changeReason == "Not now")
        #expect(transition.suggestion.violations.isEmpty)
    }

    @Test func applySetsAppliedAt() throws {
        let approved = try SuggestionLifecycle.approve(suggestion(.pending), by: reviewer, at: Fixtures.now).suggestion
        let transition = try SuggestionLifecycle.markApplied(approved, by: reviewer, at: later)
        #expect(transition.suggestion.status == .applied)
        #expect(transition.suggestion.appliedAt == later)
        #expect(transition.history.oldStatus == .approved)
        #expect(transition.history.changedBy == reviewer)
        #expect(transition.suggestion.violations.isEmpty)
    }

    /// pending → expired and (AgencyKit's decision) approved → expired, once due.
    @Test func expiry() throws {
        for status in [SuggestionStatus.pending, .approved] {
            let due = suggestion(status, expiresInDays: 0)
            let transition = try SuggestionLifecycle.expire(due, at: Fixtures.now)
            #expect(transition.suggestion.status == .expired)
            #expect(transition.history.changedBy == nil)
            #expect(transition.history.changeReason == "expired")
            #expect(transition.history.oldStatus == status)
            #expect(throws: SuggestionTransitionError.notYetExpired(expiresAt: Fixtures.now.adding(days: 14))) {
                try SuggestionLifecycle.expire(suggestion(status), at: Fixtures.now)
            }
        }
    }

    /// Every transition outside the state machine is a typed error.
    @Test func illegalTransitions() {
        let allowed: [SuggestionStatus: Set<SuggestionStatus>] = [.pending: [.approved, .rejected, .expired],
                                                                 .approved: [.applied, .expired]]
        let operations: [(SuggestionStatus, (CampaignSuggestion) throws -> SuggestionTransition)] = [
            (.approved, { try SuggestionLifecycle.approve($0, by: reviewer, at: later) }),
            (.rejected, { try SuggestionLifecycle.reject($0, by: reviewer, reason: "x", at: later) }),
            (.applied, { try SuggestionLifecycle.markApplied($0, at: later) }),
            (.expired, { try SuggestionLifecycle.expire($0, at: Fixtures.now.adding(days: 30)) }),
        ]
        for from in SuggestionStatus.allCases {
            for (to, operation) in operations {
                let source = suggestion(from)
                if allowed[from]?.contains(to) == true {
                    #expect((try? operation(source))?.suggestion.status == to, "\(from) → \(to)")
                    #expect(SuggestionLifecycle.canTransition(from: from, to: to))
                } else {
                    #expect(throws: SuggestionTransitionError.illegalTransition(from: from, to: to), "\(from) → \(to)") {
                        try operation(source)
                    }
                    #expect(!SuggestionLifecycle.canTransition(from: from, to: to))
                }
            }
        }
    }

    @Test func expiredDeletedAndUnsavedSuggestionsAreRefused() {
        let stale = suggestion(.pending, expiresInDays: 0)
        #expect(throws: SuggestionTransitionError.expired(expiresAt: stale.expiresAt)) {
            try SuggestionLifecycle.approve(stale, by: reviewer, at: Fixtures.now)
        }
        #expect(!SuggestionLifecycle.isActionable(stale, at: Fixtures.now))
        #expect(SuggestionLifecycle.isActionable(suggestion(.pending), at: Fixtures.now))
        var deleted = suggestion(.pending)
        deleted.deletedAt = Fixtures.now
        #expect(throws: SuggestionTransitionError.deleted) { try SuggestionLifecycle.reject(deleted, by: reviewer, at: later) }
        var unsaved = suggestion(.pending)
        unsaved.id = .unassigned
        #expect(throws: SuggestionTransitionError.unsaved) { try SuggestionLifecycle.approve(unsaved, by: reviewer, at: later) }
        #expect(throws: SuggestionTransitionError.unsaved) { try SuggestionLifecycle.creationRecord(for: unsaved, at: later) }
    }

    @Test func sweepExpiresDuePendingAndApproved() throws {
        var deleted = suggestion(.pending, expiresInDays: -1)
        deleted.deletedAt = Fixtures.now
        let list = [suggestion(.pending, expiresInDays: -1), suggestion(.approved, expiresInDays: 0),
                    suggestion(.pending, expiresInDays: 3), suggestion(.rejected, expiresInDays: -2),
                    suggestion(.applied, expiresInDays: -2), deleted]
        let swept = SuggestionLifecycle.expireDue(list, at: Fixtures.now)
        #expect(swept.map(\.suggestion.id) == [list[0].id, list[1].id])
        #expect(swept.allSatisfy { $0.suggestion.status == .expired && $0.history.newStatus == .expired })
        #expect(swept.allSatisfy { $0.suggestion.updatedAt == Fixtures.now && $0.history.changedAt == Fixtures.now })
        let creation = try SuggestionLifecycle.creationRecord(for: list[2], at: Fixtures.now)
        #expect(creation.oldStatus == nil)
        #expect(creation.newStatus == .pending)
    }
}

@Suite struct SuggestionEligibilityTests {
    func pattern(_ type: PatternType, sample: Int = 40, confidence: Double = 0.8, validDays: Int = 5) -> ConversionPattern {
        ConversionPattern(clientId: Fixtures.clientId, patternType: type, patterns: .emptyObject, sampleSize: sample,
                          confidence: confidence, computedAt: Fixtures.now, validUntil: Fixtures.now.adding(days: validDays))
    }

    func client(_ status: SubscriptionStatus = .active, ageDays: Int = 90) -> Client {
        Client(id: Fixtures.clientId, name: "Acme", subscriptionStatus: status, createdAt: Fixtures.now.adding(days: -ageDays))
    }

    @Test func checksInOrder() {
        let all = [pattern(.who), pattern(.what), pattern(.how)]
        #expect(SuggestionEligibility.evaluate(client: client(), patterns: all, now: Fixtures.now).isEligible)
        #expect(SuggestionEligibility.evaluate(client: client(.paused), patterns: all, now: Fixtures.now).reason
            == "Subscription status: paused")
        #expect(SuggestionEligibility.evaluate(client: client(ageDays: 12), patterns: all, now: Fixtures.now).reason
            == "Account age: 12 days (need 60+)")
        let weak = [pattern(.who, sample: 8), pattern(.what, sample: 40, confidence: 0.4), pattern(.how, sample: 50, validDays: -1)]
        #expect(SuggestionEligibility.evaluate(client: client(), patterns: weak, now: Fixtures.now).reason
            == "Conversions: 8 (need 20+)")
        let partial = SuggestionEligibility.evaluate(client: client(), patterns: [pattern(.who), pattern(.when)], now: Fixtures.now)
        #expect(partial.reason == "Missing patterns: {'how', 'what'}")
        #expect(partial.conversionCount == 40)
        #expect(partial.patternCount == 2)
    }
}
