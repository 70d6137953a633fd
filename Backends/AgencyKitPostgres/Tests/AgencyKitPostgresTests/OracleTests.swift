import AgencyCore
import AgencyKitPostgres
import AgencyOS
import AgencyStore
import Foundation
import Testing

/// Random operation sequences applied to `InMemoryStore` (the reference) and `PostgresStore`
/// give the same outcome step by step and leave observably equal states.
@Suite struct OracleTests {
    /// Both stores, fed the same operations, with clocks moved together.
    struct Pair {
        let memory: InMemoryStore
        let postgres: PostgresStore
        let memoryClock: ManualTimeSource
        let postgresClock: ManualTimeSource

        func apply(_ batch: WriteBatch, _ scope: StoreScope) async -> (Result<[String], StoreError>, Result<[String], StoreError>) {
            (await Self.outcome { try await memory.apply(batch, in: scope) },
             await Self.outcome { try await postgres.apply(batch, in: scope) })
        }

        static func outcome(_ body: () async throws -> [WriteResult]) async -> Result<[String], StoreError> {
            do {
                return .success(try await body().map { result in
                    result.row.map { (try? String(decoding: JSONEncoder.agencyKit.encode(AnyEncodable($0)), as: UTF8.self)) ?? "?" }
                        ?? "\(result.purge?.removed.sorted { $0.key < $1.key } ?? [])"
                })
            } catch let error as StoreError {
                return .failure(error)
            } catch {
                return .failure(.backend("\(error)"))
            }
        }

        func advance(_ seconds: Double) {
            memoryClock.advance(seconds: seconds)
            postgresClock.advance(seconds: seconds)
        }
    }

    struct AnyEncodable: Encodable {
        let value: any Encodable
        init(_ value: any Encodable) { self.value = value }
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    static func state(_ store: any Store) async throws -> [String: [String]] {
        var tables: [String: [String]] = [:]
        for model in AgencyOSSchema.target.models {
            tables[model.tableDescription.name] = try await rows(model, store)
        }
        return tables
    }

    static func rows<M: Model>(_ type: M.Type, _ store: any Store) async throws -> [String] {
        try await store.fetch(Query<M>().includingDeleted(), in: .platformWide).map {
            String(decoding: try JSONEncoder.agencyKit.encode($0), as: UTF8.self)
        }
    }

    @Test(arguments: [11, 23, 37] as [UInt64])
    func randomSequencesLeaveEqualStates(seed: UInt64) async throws {
        let namespace = try await TestDatabase.migratedNamespace(prefix: "oracle")
        let start = Timestamp(microsecondsSinceEpoch: 1_767_225_600_000_000)
        let memoryClock = ManualTimeSource(start)
        let postgresClock = ManualTimeSource(start)
        let stores = Pair(memory: try InMemoryStore(schema: AgencyOSSchema.target, clock: memoryClock, ids: .seeded(seed)),
                          postgres: try TestDatabase.store(namespace: namespace, clock: postgresClock, seed: seed),
                          memoryClock: memoryClock, postgresClock: postgresClock)
        var random = SeededGenerator(seed: seed)

        // Two tenants with two campaigns each, created identically in both stores.
        var clients: [Client] = []
        var campaigns: [Campaign] = []
        for index in 0..<2 {
            var batch = WriteBatch()
            let client = Client(id: ID(UUID.version4(using: &random)), name: "Agency \(index)")
            batch.insert(client)
            let (memory, postgres) = await stores.apply(batch, .platformWide)
            #expect(memory == postgres)
            clients.append(client)
            for number in 0..<2 {
                var campaignBatch = WriteBatch()
                let campaign = Campaign(id: ID(UUID.version4(using: &random)), clientId: client.id, name: "Campaign \(index)-\(number)")
                campaignBatch.insert(campaign)
                let (a, b) = await stores.apply(campaignBatch, .tenant(client.id))
                #expect(a == b)
                campaigns.append(campaign)
            }
        }

        var leadIDs: [ID<Lead>] = []
        for step in 0..<160 {
            let tenantIndex = Int(random.next() % 2)
            let scope: StoreScope = random.next() % 8 == 0 ? .platformWide : .tenant(clients[tenantIndex].id)
            var batch = WriteBatch()
            let choice = random.next() % 10
            func newLead() -> Lead {
                let owner = Int(random.next() % 2)
                let campaign = campaigns[owner * 2 + Int(random.next() % 2)]
                let email = "person\(random.next() % 12)@example.com"
                var lead = Lead(id: ID(UUID.version4(using: &random)), clientId: clients[owner].id,
                                campaignId: random.next() % 15 == 0 ? campaigns[(1 - owner) * 2].id : campaign.id,
                                email: random.next() % 3 == 0 ? email.uppercased() : email, firstName: "Lead \(step)",
                                alsScore: random.next() % 12 == 0 ? 150 : Int(random.next() % 101))
                lead.leadPoolId = nil
                return lead
            }
            switch choice {
            case 0...3:
                for _ in 0..<(1 + Int(random.next() % 3)) {
                    let lead = newLead()
                    batch.insert(lead)
                    leadIDs.append(lead.id)
                }
            case 4, 5:
                guard let id = leadIDs.randomElement(using: &random) else { continue }
                let current = try await stores.memory.scoped(.platformWide).find(Lead.self, id: id, includingDeleted: true)
                guard var lead = current else { continue }
                lead.firstName = "Changed \(step)"
                lead.alsScore = Int(random.next() % 101)
                if random.next() % 5 == 0 { lead.updatedAt = lead.updatedAt.adding(microseconds: -1) }
                batch.update(lead)
            case 6:
                guard let id = leadIDs.randomElement(using: &random) else { continue }
                batch.softDelete(Lead.self, id: id)
            case 7:
                guard let id = leadIDs.randomElement(using: &random) else { continue }
                batch.restore(Lead.self, id: id)
            case 8:
                guard let id = leadIDs.randomElement(using: &random) else { continue }
                batch.purge(Lead.self, id: id)
            default:
                let lead = newLead()
                batch.insert(lead)
                leadIDs.append(lead.id)
                if let other = leadIDs.randomElement(using: &random) { batch.softDelete(Lead.self, id: other) }
                batch.insert(lead)
            }
            let (memory, postgres) = await stores.apply(batch, scope)
            #expect(memory == postgres, "step \(step): same outcome")
            if random.next() % 2 == 0 { stores.advance(Double(random.next() % 3)) }
        }
        let memoryState = try await Self.state(stores.memory)
        let postgresState = try await Self.state(stores.postgres)
        for table in memoryState.keys.sorted() {
            #expect(memoryState[table] == postgresState[table], "\(table): equal rows")
        }
        let reads: [Query<Lead>] = [
            Query<Lead>().sorted(by: \.alsScore, .descending).limit(7),
            Query<Lead>().where(\.email, .equalsIgnoringCase("PERSON3@EXAMPLE.COM")),
            Query<Lead>().onlyDeleted().sorted(by: \.email),
            Query<Lead>().where(\.alsScore, .between(20, 60)).sorted(by: \.firstName).offset(2),
        ]
        for query in reads {
            for scope in [StoreScope.platformWide, .tenant(clients[0].id), .tenant(clients[1].id)] {
                let expected = try await stores.memory.fetch(query, in: scope)
                let actual = try await stores.postgres.fetch(query, in: scope)
                #expect(actual == expected, "the same read in \(scope)")
                #expect(try await stores.postgres.count(query, in: scope) == (try await stores.memory.count(query, in: scope)))
            }
        }
    }
}
