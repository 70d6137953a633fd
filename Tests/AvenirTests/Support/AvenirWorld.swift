import Foundation
import AgencyCore
import AgencyStore
import Avenir

/// A fresh in-memory Avenir store with one client, a manual clock and a seeded generator.
struct AvenirWorld {
    let store: InMemoryStore
    let clock: ManualTimeSource
    let client: Client
    var generator = SeededGenerator(seed: 42)

    init(start: Timestamp = Instants.now, email: String = "owner@prestigerealty.ca") async throws {
        clock = ManualTimeSource(start)
        store = try InMemoryStore(schema: AvenirSchema.target, clock: clock, ids: .seeded(7))
        var keys = SeededGenerator(seed: 99)
        client = try await store.scoped(.platformWide).insert(Client(
            clientId: .random(using: &keys), businessName: "Prestige Realty", email: email,
            passwordHash: "$2a$10$hash", apiKey: APIKey.generate(using: &keys)))
    }

    /// The client's scope.
    var scope: ScopedStore { store.scoped(.tenant(client.clientId)) }

    /// A new lead of the client (not stored).
    func lead(_ name: String = "Sarah Chen", email: String = "sarah@northwind.io") -> LeadMemory {
        LeadMemory(email: email, name: name, clientId: client.clientId)
    }

    /// Rows stored per table.
    func counts() async -> [String: Int] { await store.rowCounts() }
}
