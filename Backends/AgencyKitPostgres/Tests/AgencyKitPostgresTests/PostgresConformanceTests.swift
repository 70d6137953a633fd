import AgencyCore
import AgencyKitPostgres
import AgencyOS
import AgencyStore
import AgencyStoreConformance
import Avenir
import Testing

/// Every case of the conformance suite for `target`, built from its schema descriptions: the
/// same list `InMemoryStore` runs. The factory is only used to enumerate.
func conformanceCases(_ target: SchemaTarget) -> [ConformanceCase] {
    ConformanceSuite(schema: target) { _ in
        throw TestSetupError(description: "the case list's factory is never used")
    }.cases
}

/// One conformance case of `target` against an emptied namespace of the real server.
func runConformance(_ check: ConformanceCase, _ target: SchemaTarget) async throws {
    try await TestDatabase.withNamespace(target) { namespace in
        let suite = ConformanceSuite(schema: target) { environment in
            try TestDatabase.store(namespace: namespace, target: target, clock: environment.clock, seed: environment.seed)
        }
        try await suite.run(check)
    }
}

@Suite struct PostgresConformanceTests {
    /// The Agency OS cases: timestamp soft delete, the tenant key `clients.id`.
    @Test(arguments: conformanceCases(AgencyOSSchema.target))
    func conformance(_ check: ConformanceCase) async throws {
        try await runConformance(check, AgencyOSSchema.target)
    }
}

@Suite struct PostgresAvenirConformanceTests {
    /// The Avenir cases: flag soft delete (`lead_memory.deleted`), the non-primary tenant key
    /// `clients.client_id`, row level security on it.
    @Test(arguments: conformanceCases(AvenirSchema.target))
    func conformance(_ check: ConformanceCase) async throws {
        try await runConformance(check, AvenirSchema.target)
    }

    @Test func everyCategoryHasCases() {
        #expect(Set(conformanceCases(AvenirSchema.target).map(\.category)) == Set(ConformanceCategory.allCases))
    }
}
