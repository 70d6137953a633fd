import Testing
import AgencyCore
import AgencyOS
@testable import AgencyStore
import AgencyStoreConformance

/// The suite is only worth something if it fails broken stores: each deliberately broken
/// `InMemoryStore` must fail at least one case of the category that covers its defect.
@Suite struct BrokenStoreDetectionTests {
    static let faults: [(String, FaultInjection, ConformanceCategory)] = [
        ("forgets the soft-delete filter", .ignoresSoftDeleteFilter, .softDelete),
        ("leaks across tenants", .leaksAcrossTenants, .tenancy),
        ("ignores unique constraints", .ignoresUniqueConstraints, .unique),
        ("loses concurrent updates", .ignoresStaleWrites, .concurrency),
        ("half-applies failed batches", .keepsPartialBatches, .transactions),
        ("ignores references", .ignoresReferences, .references),
    ]

    @Test(arguments: 0..<faults.count)
    func suiteCatchesFault(_ index: Int) async throws {
        let (name, fault, category) = Self.faults[index]
        let suite = ConformanceSuite(schema: AgencyOSSchema.target) { environment in
            try InMemoryStore(schema: AgencyOSSchema.target, clock: environment.clock, ids: .seeded(environment.seed), faults: fault)
        }
        var failures: [String] = []
        for check in suite.cases where check.category == category {
            if case .failed(let message) = await suite.outcome(of: check) { failures.append(message) }
        }
        #expect(!failures.isEmpty, "a store that \(name) passed every \(category.rawValue) case")
    }

    @Test func suiteHasEnoughNamedCases() {
        let suite = ConformanceSuite(schema: AgencyOSSchema.target) { environment in
            try InMemoryStore(schema: AgencyOSSchema.target, clock: environment.clock, ids: .seeded(environment.seed))
        }
        #expect(suite.cases.count >= 80)
        #expect(Set(suite.cases.map(\.id)).count == suite.cases.count, "case identifiers are unique")
        #expect(Set(suite.cases.map(\.category)) == Set(ConformanceCategory.allCases), "every category has cases")
    }

    @Test func unsupportedCategoriesAreSkippedNotPassed() async throws {
        let suite = ConformanceSuite(schema: AgencyOSSchema.target, unsupported: [.concurrency]) { environment in
            try InMemoryStore(schema: AgencyOSSchema.target, clock: environment.clock, ids: .seeded(environment.seed))
        }
        let check = try #require(suite.cases.first { $0.category == .concurrency })
        #expect(await suite.outcome(of: check) != .passed)
        await #expect(throws: ConformanceSkipped.self) { try await suite.run(check) }
        #expect(!suite.supportedCases.contains(check))
    }
}
