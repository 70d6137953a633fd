import AgencyCore
import AgencyIntelligence
import AgencyOS
import AgencyStore
import Testing

/// Pattern lifecycle through a store: upsert with archive, validity and confidence queries,
/// the archive step for expired patterns, FUNNEL storage, and a racing save.
@Suite struct PatternRepositoryTests {
    static let who: JSONValue = ["version": "2.0", "title_rankings": []]

    @Test func firstSaveInsertsValidForFourteenDays() async throws {
        let fixture = try StoreFixture.make()
        let client = try await fixture.client("Acme")
        let patterns = PatternRepository(store: fixture.scoped(client.id))
        let row = try await patterns.save(clientId: client.id, type: .who, patterns: Self.who, sampleSize: 40,
                                          confidence: 0.75, now: Fixtures.now)
        #expect(!row.id.isUnassigned)
        #expect(row.computedAt == Fixtures.now)
        #expect(row.validUntil == Fixtures.now.adding(days: 14))
        #expect(row.patterns == Self.who)
        #expect(try await patterns.history(clientId: client.id).isEmpty)
    }

    @Test func secondSaveArchivesTheOldVersionAndUpdatesInPlace() async throws {
        let fixture = try StoreFixture.make()
        let client = try await fixture.client("Acme")
        let patterns = PatternRepository(store: fixture.scoped(client.id))
        let first = try await patterns.save(clientId: client.id, type: .who, patterns: Self.who, sampleSize: 40,
                                            confidence: 0.75, now: Fixtures.now)
        let later = Fixtures.now.adding(days: 3)
        fixture.clock.set(later)
        let second = try await patterns.save(clientId: client.id, type: .who, patterns: ["version": "2.0"], sampleSize: 90,
                                             confidence: 0.83, now: later)
        #expect(second.id == first.id)
        #expect(second.createdAt == first.createdAt)
        #expect(second.updatedAt > first.updatedAt)
        #expect(second.computedAt == later)
        #expect(second.validUntil == later.adding(days: 14))
        #expect(second.sampleSize == 90)

        let history = try await patterns.history(clientId: client.id, type: .who)
        let archived = try #require(history.first)
        #expect(history.count == 1)
        #expect(archived.patterns == Self.who)
        #expect(archived.sampleSize == 40)
        #expect(archived.confidence == 0.75)
        #expect(archived.computedAt == first.computedAt)
        #expect(archived.validUntil == first.validUntil)
        #expect(archived.archivedAt == later)
        let live = try await fixture.scoped(client.id).fetch(Query<ConversionPattern>().includingDeleted())
        #expect(live.count == 1)
    }

    @Test func saveIsOneBatchSoAFailedUpdateLeavesNoHistoryRow() async throws {
        let fixture = try StoreFixture.make()
        let client = try await fixture.client("Acme")
        _ = try await PatternRepository(store: fixture.scoped(client.id))
            .save(clientId: client.id, type: .how, patterns: Self.who, sampleSize: 40, confidence: 0.75, now: Fixtures.now)
        // Confidence 1.5 breaks the table's rule: the update fails after the history insert of the same batch.
        let failing = PatternRepository(store: fixture.scoped(client.id))
        await #expect(throws: StoreError.self) {
            try await failing.save(clientId: client.id, type: .how, patterns: [:], sampleSize: 1, confidence: 1.5,
                                   now: Fixtures.now.adding(days: 1))
        }
        #expect(try await failing.history(clientId: client.id).isEmpty)
        #expect(try await failing.current(.how, clientId: client.id)?.sampleSize == 40)
    }

    @Test func aRacingSaveLosesCleanly() async throws {
        let fixture = try StoreFixture.make()
        let client = try await fixture.client("Acme")
        let tenant = StoreScope.tenant(client.id)
        _ = try await PatternRepository(store: fixture.scoped(client.id))
            .save(clientId: client.id, type: .what, patterns: Self.who, sampleSize: 40, confidence: 0.75, now: Fixtures.now)
        let later = Fixtures.now.adding(days: 1)
        // Another writer saves between this save's read and its write.
        let racing = ScriptedStore(base: fixture.store, racing: "conversion_patterns") { base in
            _ = try await PatternRepository(store: base.scoped(tenant))
                .save(clientId: client.id, type: .what, patterns: ["winner": true], sampleSize: 77, confidence: 0.8, now: later)
        }
        let loser = PatternRepository(store: racing.scoped(tenant))
        let error = await #expect(throws: StoreError.self) {
            try await loser.save(clientId: client.id, type: .what, patterns: ["loser": true], sampleSize: 12, confidence: 0.4,
                                 now: later)
        }
        guard case .staleWrite = error else {
            Issue.record("expected a stale write, got \(String(describing: error))")
            return
        }
        let patterns = PatternRepository(store: fixture.scoped(client.id))
        #expect(try await patterns.current(.what, clientId: client.id)?.patterns == ["winner": true])
        #expect(try await patterns.history(clientId: client.id).count == 1)  // the winner's archive only
    }

    @Test func validHighConfidenceAndNewestQueries() async throws {
        let fixture = try StoreFixture.make()
        let acme = try await fixture.client("Acme")
        let other = try await fixture.client("Other")
        let patterns = PatternRepository(store: fixture.platform)
        let old = Fixtures.now.adding(days: -20)
        _ = try await patterns.save(clientId: acme.id, type: .what, patterns: [:], sampleSize: 10, confidence: 0.9, now: old)
        _ = try await patterns.save(clientId: acme.id, type: .who, patterns: Self.who, sampleSize: 40, confidence: 0.7,
                                    now: Fixtures.now.adding(days: -1))
        _ = try await patterns.save(clientId: acme.id, type: .how, patterns: [:], sampleSize: 20, confidence: 0.69,
                                    now: Fixtures.now)
        _ = try await patterns.save(clientId: other.id, type: .who, patterns: [:], sampleSize: 40, confidence: 0.95,
                                    now: Fixtures.now)

        let valid = try await patterns.validPatterns(clientId: acme.id, at: Fixtures.now)
        #expect(valid.map(\.patternType) == [.who, .how])  // WHAT expired six days ago
        #expect(try await patterns.highConfidencePatterns(clientId: acme.id, at: Fixtures.now).map(\.patternType) == [.who])
        #expect(try await patterns.validPatterns(at: Fixtures.now).count == 3)
        let who = try #require(try await patterns.newestValidWhoPattern(clientId: acme.id, at: Fixtures.now))
        #expect(who.clientId == acme.id && who.confidence == 0.7)
        // valid_until is exclusive: at exactly valid_until the pattern is no longer valid.
        #expect(try await patterns.newestValid(.who, clientId: acme.id, at: who.validUntil) == nil)
        #expect(try await patterns.newestValid(.what, clientId: acme.id, at: Fixtures.now) == nil)
        // A tenant scope sees only its own client.
        #expect(try await PatternRepository(store: fixture.scoped(other.id)).validPatterns(at: Fixtures.now).count == 1)
    }

    @Test func archiveStepMovesExpiredPatternsToHistoryAndFreesTheSlot() async throws {
        let fixture = try StoreFixture.make()
        let acme = try await fixture.client("Acme")
        let other = try await fixture.client("Other")
        let platform = PatternRepository(store: fixture.platform)
        let old = Fixtures.now.adding(days: -15)
        for type in [PatternType.who, .what, .when] {
            _ = try await platform.save(clientId: acme.id, type: type, patterns: [:], sampleSize: 35, confidence: 0.72, now: old)
        }
        _ = try await platform.save(clientId: other.id, type: .who, patterns: [:], sampleSize: 35, confidence: 0.72, now: old)
        _ = try await platform.save(clientId: acme.id, type: .how, patterns: [:], sampleSize: 35, confidence: 0.72,
                                    now: Fixtures.now)

        let report = try await platform.archiveExpired(at: Fixtures.now, pageSize: 2)
        #expect(report.archivedCount == 4)
        #expect(report.archivedAt == Fixtures.now)
        #expect(report.transactions == 2)
        let history = try await platform.history(clientId: acme.id)
        #expect(history.count == 3)
        #expect(history.allSatisfy { $0.archivedAt == Fixtures.now && $0.validUntil == old.adding(days: 14) })
        let rows = try await fixture.platform.fetch(Query<ConversionPattern>().includingDeleted().sorted(by: \.computedAt))
        #expect(rows.filter { $0.deletedAt != nil }.count == 4)
        #expect(try await platform.validPatterns(clientId: acme.id, at: Fixtures.now).map(\.patternType) == [.how])
        #expect(try await platform.archiveExpired(at: Fixtures.now).archivedCount == 0)

        // The slot is free: a new save inserts a new live row beside the archived one.
        let fresh = try await platform.save(clientId: acme.id, type: .who, patterns: Self.who, sampleSize: 50,
                                            confidence: 0.75, now: Fixtures.now)
        #expect(!rows.contains { $0.id == fresh.id })
        #expect(try await platform.history(clientId: acme.id, type: .who).count == 1)
        await #expect(throws: IntelligenceServiceError.invalidPageSize(0)) {
            try await platform.archiveExpired(at: Fixtures.now, pageSize: 0)
        }
    }

    @Test func funnelIsStorable() async throws {
        let fixture = try StoreFixture.make()
        let client = try await fixture.client("Acme")
        let dataset = SmallDataset.make(seed: 21, leads: 300)
        let detection = FunnelDetector().detect(leads: dataset.leads, input: dataset.funnel, now: Fixtures.now)
        let patterns = PatternRepository(store: fixture.scoped(client.id))
        let row = try await patterns.save(detection, clientId: client.id, now: Fixtures.now)
        #expect(row.patternType == .funnel)
        #expect(row.patterns == (try detection.patternJSON()))
        #expect(try row.patterns.decode(as: FunnelPattern.self) == detection.pattern)
        #expect(try await patterns.newestValid(.funnel, clientId: client.id, at: Fixtures.now)?.id == row.id)
        await #expect(throws: IntelligenceServiceError.invalidValidityDays(0)) {
            try await PatternRepository(store: fixture.scoped(client.id), validityDays: 0)
                .save(detection, clientId: client.id, now: Fixtures.now)
        }
    }
}
