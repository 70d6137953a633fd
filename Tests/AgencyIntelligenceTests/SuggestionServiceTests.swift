import AgencyCore
import AgencyIntelligence
import AgencyOS
import AgencyStore
import Testing

/// A plug-in generator returning fixed update_content suggestions.
struct FixedGenerator: SuggestionGenerator {
    var count = 1
    var confidence = 0.9
    var client: ID<Client>?

    func generateSuggestions(for context: SuggestionContext) async throws -> [CampaignSuggestion] {
        (0..<count).map { index in
            CampaignSuggestion(clientId: client ?? context.clientId, suggestionType: .updateContent,
                               title: "Lead with the quick-call CTA (\(index))", description: "It converts 2× the baseline.",
                               recommendedAction: ["use_ctas": ["quick call"]], confidence: SQLNumeric(confidence),
                               priority: 60 - index, generatedAt: context.now, expiresAt: context.now.adding(days: 14))
        }
    }
}

/// Suggestions through a store: generation with creation history, every legal and illegal
/// transition with its history rows, stale reviews, and the expiry sweep.
@Suite struct SuggestionServiceTests {
    static let review = Fixtures.now.adding(hours: 1)
    static let late = Fixtures.now.adding(days: 15)

    struct Setup {
        let fixture: StoreFixture
        let client: Client
        let reviewer: User
        let service: SuggestionService

        static func make(generator: any SuggestionGenerator = FixedGenerator()) async throws -> Setup {
            let fixture = try StoreFixture.make()
            let client = try await fixture.client("Acme")
            let reviewer = try await fixture.user()
            return Setup(fixture: fixture, client: client, reviewer: reviewer,
                         service: SuggestionService(store: fixture.scoped(client.id), generator: generator))
        }

        /// One pending suggestion, generated at `Fixtures.now` + `offset` µs (a distinct instant per call).
        func pending(_ offset: Int = 0) async throws -> CampaignSuggestion {
            let generated = try await service.generate(forClient: client.id, at: Fixtures.now.adding(microseconds: Int64(offset)),
                                                       force: true)
            return try #require(generated.suggestions.first)
        }

        /// A suggestion brought to `status` through legal transitions.
        func suggestion(in status: SuggestionStatus, _ offset: Int) async throws -> CampaignSuggestion {
            let suggestion = try await pending(offset)
            switch status {
            case .pending: return suggestion
            case .approved: return try await service.approve(suggestion, by: reviewer.id, at: review)
            case .rejected: return try await service.reject(suggestion, by: reviewer.id, reason: "off-brand", at: review)
            case .applied:
                let approved = try await service.approve(suggestion, by: reviewer.id, at: review)
                return try await service.markApplied(approved, by: reviewer.id, at: review)
            case .expired: return try await service.expire(suggestion, at: late)
            }
        }

        func statuses(_ id: ID<CampaignSuggestion>) async throws -> [String] {
            try await service.history(of: id).map { "\($0.oldStatus?.rawValue ?? "nil")→\($0.newStatus.rawValue)" }
        }
    }

    @Test func generationStoresPendingSuggestionsWithTheirCreationRows() async throws {
        let setup = try await Setup.make()
        let fixture = setup.fixture
        let patterns = PatternRepository(store: fixture.scoped(setup.client.id))
        let who = PatternFactory.who(titles: [WhoPattern.TitleRanking(title: "ceo", conversionRate: 0.3, sample: 200, lift: 3)])
        let what = PatternFactory.what(ctas: [RateRow(value: "quick call", conversionRate: 0.08, sample: 5000)])
        let how = PatternFactory.how(channels: [RateRow(value: "linkedin", conversionRate: 0.4, sample: 2000, lift: 2.0)])
        for (type, json) in [(PatternType.who, try JSONValue(encoding: who)), (.what, try JSONValue(encoding: what)),
                             (.how, try JSONValue(encoding: how))] {
            _ = try await patterns.save(clientId: setup.client.id, type: type, patterns: json, sampleSize: 2000,
                                        confidence: 0.95, now: Fixtures.now.adding(days: -1))
        }
        // A campaign already targets CEOs, so no create_campaign suggestion for them.
        _ = try await fixture.scoped(setup.client.id).insert(Campaign(clientId: setup.client.id, name: "Execs",
                                                                      targetTitles: ["CEO"]))
        let service = SuggestionService(store: fixture.scoped(setup.client.id))
        let result = try await service.generate(forClient: setup.client.id, at: Fixtures.now)
        #expect(result.eligibility.isEligible)
        #expect(Set(result.suggestions.map(\.suggestionType)) == [.refineTargeting, .updateContent, .changeChannelMix])
        #expect(result.skipped == 0)
        for suggestion in result.suggestions {
            #expect(!suggestion.id.isUnassigned)
            #expect(suggestion.status == .pending)
            #expect(suggestion.expiresAt == Fixtures.now.adding(days: 14))
            #expect(suggestion.patternSnapshot?["who"]?["sample_size"] == 2000)
            let history = try await service.history(of: suggestion.id)
            #expect(history.count == 1)
            #expect(history.first?.oldStatus == nil && history.first?.newStatus == .pending)
            #expect(history.first?.changeReason == "generated" && history.first?.changedBy == nil)
        }
        #expect(result.suggestions.map(\.priority) == result.suggestions.map(\.priority).sorted(by: >))
        #expect(try await service.pending(forClient: setup.client.id, at: Fixtures.now).count == 3)
        // A replay at the same instant derives the same ids and is refused, writing nothing.
        await #expect(throws: StoreError.self) { try await service.generate(forClient: setup.client.id, at: Fixtures.now) }
        #expect(try await fixture.scoped(setup.client.id).count(Query<CampaignSuggestionHistory>()) == 3)
    }

    @Test func ineligibleClientsGetNothingUnlessForced() async throws {
        let setup = try await Setup.make()
        let result = try await setup.service.generate(forClient: setup.client.id, at: Fixtures.now)
        #expect(!result.eligibility.isEligible)
        #expect(result.eligibility.reason == "Conversions: 0 (need 20+)")
        #expect(result.suggestions.isEmpty)
        #expect(try await setup.fixture.scoped(setup.client.id).count(Query<CampaignSuggestion>()) == 0)
        #expect(try await setup.service.generate(forClient: setup.client.id, at: Fixtures.now, force: true).suggestions.count == 1)
    }

    @Test func pluggedGeneratorsPassThePolicy() async throws {
        let setup = try await Setup.make()
        let scoped = setup.fixture.scoped(setup.client.id)
        let many = SuggestionService(store: scoped, generator: FixedGenerator(count: 9))
        let kept = try await many.generate(forClient: setup.client.id, at: Fixtures.now, force: true)
        #expect(kept.suggestions.count == 7)
        #expect(kept.skipped == 2)
        let weak = SuggestionService(store: scoped, generator: FixedGenerator(count: 2, confidence: 0.5))
        #expect(try await weak.generate(forClient: setup.client.id, at: Fixtures.now.adding(seconds: 1), force: true).skipped == 2)
        let other = try await setup.fixture.client("Other")
        let foreign = SuggestionService(store: setup.fixture.platform, generator: FixedGenerator(client: other.id))
        await #expect(throws: IntelligenceServiceError.foreignSuggestion(expected: setup.client.id, found: other.id)) {
            try await foreign.generate(forClient: setup.client.id, at: Fixtures.now.adding(seconds: 2), force: true)
        }
    }

    @Test func everyLegalTransitionWritesTheSuggestionAndItsHistoryRow() async throws {
        let setup = try await Setup.make()
        let reviewer = setup.reviewer.id

        let approved = try await setup.service.approve(try await setup.pending(1), by: reviewer, notes: "go", at: Self.review)
        #expect(approved.status == .approved && approved.reviewedBy == reviewer && approved.reviewedAt == Self.review)
        #expect(approved.clientNotes == "go")
        let applied = try await setup.service.markApplied(approved, by: reviewer, note: "live in campaign 2", at: Self.review)
        #expect(applied.status == .applied && applied.appliedAt == Self.review)
        #expect(try await setup.statuses(applied.id) == ["nil→pending", "pending→approved", "approved→applied"])
        let applyRow = try #require(try await setup.service.history(of: applied.id).last)
        #expect(applyRow.changedBy == reviewer && applyRow.changeReason == "live in campaign 2" && applyRow.changedAt == Self.review)

        let rejected = try await setup.service.reject(try await setup.pending(2), by: reviewer, reason: "off-brand", at: Self.review)
        #expect(rejected.status == .rejected && rejected.rejectionReason == "off-brand")
        #expect(try await setup.statuses(rejected.id) == ["nil→pending", "pending→rejected"])
        #expect(try await setup.service.history(of: rejected.id).last?.changeReason == "off-brand")

        let expired = try await setup.service.expire(try await setup.pending(3), at: Self.late)
        #expect(expired.status == .expired)
        #expect(try await setup.statuses(expired.id) == ["nil→pending", "pending→expired"])
        #expect(try await setup.service.history(of: expired.id).last?.changedBy == nil)

        let stale = try await setup.service.approve(try await setup.pending(4), by: reviewer, at: Self.review)
        let expiredApproval = try await setup.service.expire(stale, at: Self.late)
        #expect(expiredApproval.status == .expired)
        #expect(try await setup.statuses(stale.id) == ["nil→pending", "pending→approved", "approved→expired"])
    }

    @Test func everyIllegalTransitionIsATypedErrorThatChangesNothing() async throws {
        let setup = try await Setup.make()
        let reviewer = setup.reviewer.id
        let actions: [(SuggestionStatus, (CampaignSuggestion) async throws -> CampaignSuggestion)] = [
            (.approved, { try await setup.service.approve($0, by: reviewer, at: Self.review) }),
            (.rejected, { try await setup.service.reject($0, by: reviewer, at: Self.review) }),
            (.applied, { try await setup.service.markApplied($0, by: reviewer, at: Self.review) }),
            (.expired, { try await setup.service.expire($0, at: Self.late) }),
        ]
        var offset = 10
        var illegal = 0
        for status in SuggestionStatus.allCases {
            for (target, action) in actions where !SuggestionLifecycle.canTransition(from: status, to: target) {
                offset += 1
                let suggestion = try await setup.suggestion(in: status, offset)
                let before = try await setup.statuses(suggestion.id)
                await #expect(throws: SuggestionTransitionError.illegalTransition(from: status, to: target)) {
                    _ = try await action(suggestion)
                }
                #expect(try await setup.service.suggestion(suggestion.id) == suggestion)
                #expect(try await setup.statuses(suggestion.id) == before)
                illegal += 1
            }
        }
        #expect(illegal == 15)

        // Legal moves at the wrong time, and deleted suggestions, are refused too.
        let pending = try await setup.pending(100)
        await #expect(throws: SuggestionTransitionError.expired(expiresAt: pending.expiresAt)) {
            try await setup.service.approve(pending, by: reviewer, at: Self.late)
        }
        await #expect(throws: SuggestionTransitionError.notYetExpired(expiresAt: pending.expiresAt)) {
            try await setup.service.expire(pending, at: Self.review)
        }
        let deleted = try await setup.fixture.scoped(setup.client.id).softDelete(CampaignSuggestion.self, id: pending.id)
        await #expect(throws: SuggestionTransitionError.deleted) {
            try await setup.service.reject(deleted, by: reviewer, at: Self.review)
        }
        #expect(try await setup.statuses(pending.id) == ["nil→pending"])
    }

    @Test func aStaleConcurrentReviewLosesCleanly() async throws {
        let setup = try await Setup.make()
        let reviewer = setup.reviewer.id
        // Two reviewers opened the same pending suggestion; the first decision wins.
        let seenByBoth = try await setup.pending(1)
        _ = try await setup.service.approve(seenByBoth, by: reviewer, at: Self.review)
        let error = await #expect(throws: StoreError.self) {
            try await setup.service.reject(seenByBoth, by: reviewer, reason: "too late", at: Self.review)
        }
        guard case .staleWrite = error else {
            Issue.record("expected a stale write, got \(String(describing: error))")
            return
        }
        #expect(try await setup.service.suggestion(seenByBoth.id).status == .approved)
        #expect(try await setup.statuses(seenByBoth.id) == ["nil→pending", "pending→approved"])

        // Truly concurrent: exactly one of the two decisions is written, with its history row.
        let raced = try await setup.pending(2)
        async let approve = try? setup.service.approve(raced, by: reviewer, at: Self.review)
        async let reject = try? setup.service.reject(raced, by: reviewer, at: Self.review)
        let winners = await [approve, reject].compactMap { $0 }
        #expect(winners.count == 1)
        let stored = try await setup.service.suggestion(raced.id)
        #expect(stored.status == winners.first?.status)
        #expect(try await setup.statuses(raced.id) == ["nil→pending", "pending→\(stored.status.rawValue)"])
    }

    @Test func expirySweepExpiresOverduePendingAndApprovedSuggestions() async throws {
        let setup = try await Setup.make(generator: FixedGenerator(count: 3))
        let reviewer = setup.reviewer.id
        let generated = try await setup.service.generate(forClient: setup.client.id, at: Fixtures.now, force: true).suggestions
        _ = try await setup.service.approve(generated[1], by: reviewer, at: Self.review)
        _ = try await setup.service.reject(generated[2], by: reviewer, at: Self.review)
        let fresh = try await setup.pending(5 * 86_400_000_000)  // generated 5 days later: not yet due
        let other = try await setup.fixture.client("Other")
        let otherService = SuggestionService(store: setup.fixture.scoped(other.id), generator: FixedGenerator())
        let otherPending = try #require(try await otherService.generate(forClient: other.id, at: Fixtures.now, force: true)
            .suggestions.first)

        let report = try await setup.service.expireDue(forClient: setup.client.id, at: Self.late, pageSize: 1)
        #expect(report == SuggestionExpiryReport(expired: 2, conflicts: 0))
        #expect(try await setup.statuses(generated[0].id) == ["nil→pending", "pending→expired"])
        #expect(try await setup.statuses(generated[1].id) == ["nil→pending", "pending→approved", "approved→expired"])
        #expect(try await setup.service.suggestion(generated[2].id).status == .rejected)
        #expect(try await setup.service.suggestion(fresh.id).status == .pending)
        #expect(try await otherService.suggestion(otherPending.id).status == .pending)
        #expect(try await setup.service.expireDue(forClient: setup.client.id, at: Self.late) == SuggestionExpiryReport())
    }

    @Test func expirySweepLeavesASuggestionThatChangedMeanwhile() async throws {
        let setup = try await Setup.make()
        let suggestion = try await setup.pending(1)
        let tenant = StoreScope.tenant(setup.client.id)
        // Another sweep expires the suggestion between this sweep's read and its write.
        let racing = ScriptedStore(base: setup.fixture.store, racing: "campaign_suggestions") { base in
            _ = try await SuggestionService(store: base.scoped(tenant)).expire(suggestion, at: Self.late)
        }
        let report = try await SuggestionService(store: racing.scoped(tenant))
            .expireDue(forClient: setup.client.id, at: Self.late)
        #expect(report == SuggestionExpiryReport(expired: 0, conflicts: 1))
        #expect(try await setup.statuses(suggestion.id) == ["nil→pending", "pending→expired"])
    }
}
