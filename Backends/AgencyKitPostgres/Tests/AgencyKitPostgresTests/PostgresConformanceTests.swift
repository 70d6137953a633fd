import AgencyCore
import AgencyKitPostgres
import AgencyOS
import AgencyStore
import AgencyStoreConformance
import Testing

/// Every case of the conformance suite, built from the Agency OS schema descriptions, the
/// same list `InMemoryStore` runs; the factory is only used to enumerate.
let postgresConformanceCases = ConformanceSuite(schema: AgencyOSSchema.target) { _ in
    throw TestSetupError(description: "the case list's factory is never used")
}.cases

@Suite struct PostgresConformanceTests {
    /// One conformance case against a fresh (emptied) namespace of the real server.
    @Test(arguments: postgresConformanceCases)
    func conformance(_ check: ConformanceCase) async throws {
        try await TestDatabase.withNamespace { namespace in
            let suite = ConformanceSuite(schema: AgencyOSSchema.target) { environment in
                try TestDatabase.store(namespace: namespace, clock: environment.clock, seed: environment.seed)
            }
            try await suite.run(check)
        }
    }
}
