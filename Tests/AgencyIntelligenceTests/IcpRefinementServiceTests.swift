import AgencyCore
import AgencyIntelligence
import AgencyOS
import AgencyStore
import Testing

/// ICP refinement through a store: the newest valid WHO pattern, locked fields, the log row,
/// and base criteria left untouched.
@Suite struct IcpRefinementServiceTests {
    static let base = ICPCriteria(titles: ["VP Sales"], industries: ["Retail"], employeeMin: 10, employeeMax: 200,
                                  countries: ["AU"])
    static let pattern = PatternFactory.who(
        baseline: 0.2,
        titles: [WhoPattern.TitleRanking(title: "ceo", conversionRate: 0.4, sample: 30, lift: 2.0)],
        industries: [WhoPattern.IndustryRanking(industry: "SaaS", conversionRate: 0.5, sample: 20, lift: 2.5)],
        size: WhoPattern.SizeAnalysis(sweetSpot: "16-30", sweetSpotRate: 0.6,
                                      distribution: [WhoPattern.SizeBucketRate(range: "16-30", conversionRate: 0.6, sample: 12)]))

    func setup(locked: [String] = [], confidence: Double = 0.8, computedDaysAgo: Int = 1) async throws
        -> (StoreFixture, Client, ConversionPattern) {
        let fixture = try StoreFixture.make()
        let client = try await fixture.client("Acme", locked: locked)
        let row = try await PatternRepository(store: fixture.scoped(client.id))
            .save(clientId: client.id, type: .who, patterns: try JSONValue(encoding: Self.pattern), sampleSize: 90,
                  confidence: confidence, now: Fixtures.now.adding(days: -computedDaysAgo))
        return (fixture, client, row)
    }

    @Test func appliesTheWhoPatternAndLogsTheRefinements() async throws {
        let (fixture, client, row) = try await setup()
        let service = IcpRefinementService(store: fixture.scoped(client.id))
        let result = try await service.refine(Self.base, forClient: client.id, at: Fixtures.now)
        #expect(result.criteria.titles == ["ceo", "VP Sales"])
        #expect(result.criteria.industries == ["SaaS", "Retail"])
        #expect(result.criteria.employeeMin == 16 && result.criteria.employeeMax == 30)
        #expect(result.criteria.countries == ["AU"])
        #expect(result.fieldsRefined == ["titles", "industries", "company_size"])

        let log = try #require(result.log)
        #expect(!log.id.isUnassigned)
        #expect(log.patternId == row.id)
        #expect(log.confidence == 0.8)
        #expect(log.appliedAt == Fixtures.now)
        #expect(log.baseCriteria == Self.base)
        #expect(log.refinedCriteria == result.criteria)
        #expect(log.refinementCount == 3)
        #expect(try await service.log(forClient: client.id) == [log])
        // The client's stored ICP is never written.
        #expect(try await fixture.platform.get(Client.self, id: client.id) == client)
    }

    @Test func lockedFieldsAreLeftAlone() async throws {
        let (fixture, client, _) = try await setup(locked: ["titles", "employee_max"])
        let result = try await IcpRefinementService(store: fixture.scoped(client.id))
            .refine(Self.base, forClient: client.id, at: Fixtures.now)
        #expect(result.criteria.titles == Self.base.titles)
        #expect(result.criteria.employeeMin == 10 && result.criteria.employeeMax == 200)
        #expect(result.fieldsRefined == ["industries"])
        #expect(result.log?.refinementsApplied.map(\.field) == ["industries"])
    }

    @Test func nothingToApplyWritesNoLog() async throws {
        // Below the confidence gate.
        let (fixture, client, _) = try await setup(confidence: 0.59)
        let service = IcpRefinementService(store: fixture.scoped(client.id))
        let gated = try await service.refine(Self.base, forClient: client.id, at: Fixtures.now)
        #expect(gated.criteria == Self.base && gated.log == nil)
        // Every field locked.
        let (lockedFixture, lockedClient, _) = try await setup(locked: ["titles", "industries", "employee_min"])
        let locked = try await IcpRefinementService(store: lockedFixture.scoped(lockedClient.id))
            .refine(Self.base, forClient: lockedClient.id, at: Fixtures.now)
        #expect(locked.criteria == Self.base && locked.log == nil)
        // Expired pattern: no valid WHO pattern.
        let (expiredFixture, expiredClient, _) = try await setup(computedDaysAgo: 14)
        let expired = try await IcpRefinementService(store: expiredFixture.scoped(expiredClient.id))
            .refine(Self.base, forClient: expiredClient.id, at: Fixtures.now)
        #expect(expired.criteria == Self.base && expired.log == nil)
        for (store, id) in [(fixture, client.id), (lockedFixture, lockedClient.id), (expiredFixture, expiredClient.id)] {
            #expect(try await store.scoped(id).count(Query<IcpRefinementLog>()) == 0)
        }
    }

    @Test func theNewestValidWhoPatternIsUsed() async throws {
        let (fixture, client, _) = try await setup(computedDaysAgo: 3)
        // A newer save replaces the live row: its pattern is what refinement reads.
        var newer = Self.pattern
        newer.titleRankings = [WhoPattern.TitleRanking(title: "cmo", conversionRate: 0.5, sample: 40, lift: 2.5)]
        let replaced = try await PatternRepository(store: fixture.scoped(client.id))
            .save(clientId: client.id, type: .who, patterns: try JSONValue(encoding: newer), sampleSize: 120,
                  confidence: 0.85, now: Fixtures.now)
        let result = try await IcpRefinementService(store: fixture.scoped(client.id))
            .refine(Self.base, forClient: client.id, at: Fixtures.now)
        #expect(result.criteria.titles == ["cmo", "VP Sales"])
        #expect(result.log?.patternId == replaced.id)
        #expect(result.log?.confidence == 0.85)
        await #expect(throws: StoreError.self) {
            try await IcpRefinementService(store: fixture.scoped(client.id))
                .refine(Self.base, forClient: ID(Fixtures.clientId.rawValue), at: Fixtures.now)
        }
    }
}
