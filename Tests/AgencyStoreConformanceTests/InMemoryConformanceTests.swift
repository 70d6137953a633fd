import Testing
import AgencyCore
import AgencyOS
import AgencyStore
import AgencyStoreConformance

let inMemorySuite = ConformanceSuite(schema: AgencyOSSchema.target) { environment in
    try InMemoryStore(schema: AgencyOSSchema.target, clock: environment.clock, ids: .seeded(environment.seed))
}

@Suite struct InMemoryConformanceTests {
    @Test(arguments: inMemorySuite.cases)
    func conformance(_ check: ConformanceCase) async throws {
        try await inMemorySuite.run(check)
    }
}
