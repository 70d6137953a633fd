import Testing
import AgencyCore
@testable import AgencyStore
import AgencyStoreConformance
import Avenir

let avenirSuite = ConformanceSuite(schema: AvenirSchema.target) { environment in
    try InMemoryStore(schema: AvenirSchema.target, clock: environment.clock, ids: .seeded(environment.seed))
}

/// The whole backend-agnostic conformance suite, built from the Avenir schema descriptions
/// alone, on the in-memory store: a non-primary tenant key and flag soft delete.
@Suite struct AvenirInMemoryConformanceTests {
    @Test(arguments: avenirSuite.cases)
    func conformance(_ check: ConformanceCase) async throws {
        try await avenirSuite.run(check)
    }

    @Test func everyCategoryHasCases() {
        #expect(Set(avenirSuite.cases.map(\.category)) == Set(ConformanceCategory.allCases))
        #expect(Set(avenirSuite.cases.map(\.id)).count == avenirSuite.cases.count, "case identifiers are unique")
    }
}

/// The suite fails broken stores on the Avenir schema too: a store that forgets the flag
/// soft-delete filter, leaks across `client_id` tenants or ignores references does not pass.
@Suite struct AvenirBrokenStoreDetectionTests {
    static let faults: [(String, FaultInjection, ConformanceCategory)] = [
        ("forgets the soft-delete flag filter", .ignoresSoftDeleteFilter, .softDelete),
        ("leaks across tenants", .leaksAcrossTenants, .tenancy),
        ("ignores unique constraints", .ignoresUniqueConstraints, .unique),
        ("loses concurrent updates", .ignoresStaleWrites, .concurrency),
        ("half-applies failed batches", .keepsPartialBatches, .transactions),
        ("ignores references", .ignoresReferences, .references),
    ]

    @Test(arguments: 0..<faults.count)
    func suiteCatchesFault(_ index: Int) async throws {
        let (name, fault, category) = Self.faults[index]
        let suite = ConformanceSuite(schema: AvenirSchema.target) { environment in
            try InMemoryStore(schema: AvenirSchema.target, clock: environment.clock, ids: .seeded(environment.seed), faults: fault)
        }
        var failures: [String] = []
        for check in suite.cases where check.category == category {
            if case .failed(let message) = await suite.outcome(of: check) { failures.append(message) }
        }
        #expect(!failures.isEmpty, "a store that \(name) passed every \(category.rawValue) case")
    }
}
