import Testing
import AgencyCore
import AgencyStore
import Avenir
import AvenirServices

/// Client rules: test-data detection, the internal client, API keys and their rotation.
@Suite("Avenir client accounts")
struct ClientAccountsTests {
    @Test("is_test: the email contains \"test\" or ends in example.com, any case", arguments: [
        ("qa+TEST@agency.ca", true), ("anna@example.com", true), ("bob@EXAMPLE.COM", true), ("latest@realty.ca", true),
        ("sophie@prestigerealty.ca", false), ("info@example.com.au", false), ("t.e.s.t@realty.ca", false),
    ])
    func testEmails(_ email: String, _ expected: Bool) {
        #expect(Client.isTestEmail(email) == expected)
    }

    @Test("the internal client record of the seed")
    func internalRecord() {
        let client = Client.avenirInternal(passwordHash: "$2a$10$placeholder", apiKey: "k")
        #expect(client.clientId.description == "00000000-0000-0000-0000-000000000001")
        #expect(client.isInternal && !client.isTest && client.isAvenirInternal)
        #expect(client.businessName == "Avenir AI Solutions" && client.email == "internal@aveniraisolutions.ca")
        #expect(client.isValid)
    }

    @Test("API keys: 64 lower-case hex characters from the caller's generator")
    func keyGeneration() {
        var first = SeededGenerator(seed: 1)
        var again = SeededGenerator(seed: 1)
        var other = SeededGenerator(seed: 2)
        let key = APIKey.generate(using: &first)
        #expect(key.count == 64 && key.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(APIKey.generate(using: &again) == key, "the same generator state gives the same key")
        #expect(APIKey.generate(using: &other) != key)
        #expect(APIKey.generate(using: &first) != key, "the generator advances")
        var system = SystemRandomNumberGenerator()
        #expect(APIKey.generate(using: &system).count == 64)
    }

    @Test("timing-safe comparison")
    func matching() {
        #expect(APIKey.matches("abc123", "abc123"))
        #expect(!APIKey.matches("abc124", "abc123"))
        #expect(!APIKey.matches("abc12", "abc123"))
        #expect(!APIKey.matches("abc1234", "abc123"))
        #expect(!APIKey.matches("", "abc123"))
        #expect(APIKey.matches("", ""))
        #expect(APIKey.lastFour("abcdef") == "cdef" && APIKey.lastFour("ab") == "ab")
    }

    @Test("registration detects test data and issues keys; authentication finds exactly the holder")
    func registerAndAuthenticate() async throws {
        let world = try await AvenirWorld()
        let accounts = ClientAccounts(store: world.store, clock: world.clock)
        var generator = SeededGenerator(seed: 5)
        let test = try await accounts.register(businessName: "QA", email: "qa@example.com", passwordHash: "h", using: &generator)
        let real = try await accounts.register(businessName: "Real", email: "hello@realty.ca", passwordHash: "h", language: .fr,
                                               using: &generator)
        #expect(test.isTest && !real.isTest && real.language == .fr)
        #expect(test.clientId != real.clientId && test.apiKey != real.apiKey)
        #expect(try await accounts.client(authenticatedBy: real.apiKey) == real)
        #expect(try await accounts.client(authenticatedBy: test.apiKey) == test)
        #expect(try await accounts.client(authenticatedBy: String(real.apiKey.dropLast())) == nil)
        #expect(try await accounts.client(authenticatedBy: "") == nil)
        await #expect(throws: StoreError.self) {
            try await accounts.register(businessName: "Dup", email: "hello@realty.ca", passwordHash: "h", using: &generator)
        }
    }

    @Test("the internal client is created once and marked internal")
    func ensureInternal() async throws {
        let world = try await AvenirWorld()
        let accounts = ClientAccounts(store: world.store, clock: world.clock)
        var generator = SeededGenerator(seed: 6)
        let created = try await accounts.ensureInternalClient(passwordHash: "h", using: &generator)
        #expect(created.isInternal && created.clientId == .avenirInternal)
        #expect(try await accounts.ensureInternalClient(passwordHash: "other", using: &generator) == created)
        #expect(try await world.store.scoped(.platformWide).count(Query<Client>()) == 2)
    }

    @Test("rotation: a new key, last_rotated now, and a log row with the old key's last four characters, in one batch")
    func rotation() async throws {
        let world = try await AvenirWorld()
        let accounts = ClientAccounts(store: world.store, clock: world.clock)
        var generator = SeededGenerator(seed: 7)
        let old = world.client
        world.clock.advance(seconds: 3_600)
        let (client, log) = try await accounts.rotateAPIKey(of: old.clientId, reason: "suspected leak", using: &generator)
        #expect(client.apiKey != old.apiKey && client.apiKey.count == 64)
        #expect(client.lastRotated == world.clock.now())
        #expect(log.oldKeyLastFour == String(old.apiKey.suffix(4)) && log.reason == "suspected leak")
        #expect(log.rotatedAt == world.clock.now() && log.clientId == old.clientId)
        #expect(!(try Fixtures.encodedObject(log).values.contains(.string(old.apiKey))), "the log never holds the key")
        #expect(try await accounts.client(authenticatedBy: old.apiKey) == nil)
        #expect(try await accounts.client(authenticatedBy: client.apiKey) == client)
        #expect(try await world.scope.fetch(Query<APIKeyRotationLog>()) == [log])
    }

    @Test("a refused rotation changes neither the key nor the log")
    func rotationIsAtomic() async throws {
        let world = try await AvenirWorld()
        let accounts = ClientAccounts(store: world.store, clock: world.clock)
        var generator = SeededGenerator(seed: 8)
        let before = await world.counts()
        await #expect(throws: StoreError.self) { try await accounts.rotateAPIKey(of: world.client.clientId, reason: " ", using: &generator) }
        #expect(await world.counts() == before)
        #expect(try await accounts.client(authenticatedBy: world.client.apiKey) == world.client)
        await #expect(throws: StoreError.self) {
            try await accounts.rotateAPIKey(of: .random(using: &generator), reason: "x", using: &generator)
        }
    }
}
